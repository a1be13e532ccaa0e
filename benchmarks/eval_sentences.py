"""Sentence splitting and article structure: accuracy figures.

* PolNeAR dev (``../shared/corpus/polnear/dev``): the share of gold attribution
  ``Content`` spans (first ``.ann`` per article in sort order) that start at a
  sentence start the splitter found, leading whitespace and quotation marks
  allowed. Many contents start inside a sentence (``said that …``), so 100 %
  is not reachable; the figure is also given for the contents that follow
  sentence-final punctuation (``.``, ``!``, ``?``, ``…``, then closing quotes)
  or begin a line: those a splitter should open a sentence at (recall).
* CoNLL-2003 (``eng.testa``, ``eng.train``): boundary precision and recall
  against the corpus's sentences, on the runs of running-text sentences of each
  document (tokens joined back into text; headlines, datelines, tables and
  bulleted items left out), also for the boundaries after a word read as an
  abbreviation. (TempEval-3's TimeML does not mark sentences.)
* The seed article: its headings and caption groups against the gold file.
* Speed of the ``structure`` extractor on the PolNeAR dev and train texts.

Run: ``python benchmarks/eval_sentences.py`` (skips when the corpus is absent).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from newskit.structure import StructureExtractor, sentence_spans
from newskit.structure.sentences import is_abbreviation
from newskit.types import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))
QUOTES = "\"'“”‘’«»„"


def first_ann(directory: Path) -> dict[str, Path]:
    chosen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        chosen.setdefault(stem, path)
    return chosen


def content_starts(path: Path) -> list[int]:
    starts = []
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        fields = parts[1].split(" ", 1)
        if fields[0] != "Content" or len(fields) < 2:
            continue
        starts.append(int(fields[1].split(";")[0].split()[0]))
    return starts


def matches(text: str, sentence_starts: list[int], start: int) -> bool:
    import bisect

    i = bisect.bisect_right(sentence_starts, start)
    candidates = sentence_starts[max(0, i - 1) : i + 1]
    for s in candidates:
        lo, hi = sorted((s, start))
        if all(ch.isspace() or ch in QUOTES for ch in text[lo:hi]):
            return True
    return False


def _after_sentence_end(text: str, start: int) -> bool:
    """True when only whitespace and quote marks stand between ``start`` and the
    end of the previous sentence (final punctuation) or the start of its line."""
    j = start
    while j > 0 and (text[j - 1] in " \t" or text[j - 1] in QUOTES):
        j -= 1
    return j == 0 or text[j - 1] in ".!?…\n"


def polnear() -> None:
    base = CORPUS / "polnear" / "dev"
    if not (base / "text").is_dir():
        print(f"PolNeAR dev not found under {base}: skipped")
        return
    extractor = StructureExtractor()
    anns = first_ann(base / "attributions")
    total = hit = upper_total = upper_hit = n_sent = 0
    for name, ann in sorted(anns.items()):
        text_path = base / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text("utf-8")
        layers = extractor.extract(Article(id=name, text=text), {})
        starts = sorted(s.start for s in layers["sentences"])
        n_sent += len(starts)
        for c in content_starts(ann):
            ok = matches(text, starts, c)
            total += 1
            hit += ok
            if _after_sentence_end(text, c):
                upper_total += 1
                upper_hit += ok
    print(f"PolNeAR dev: {len(anns)} articles, {n_sent} sentences found")
    print(f"  gold Content spans starting at a found sentence start: "
          f"{hit}/{total} = {hit / max(total, 1):.1%}")
    print(f"  … of those after sentence-final punctuation or at a line start: "
          f"{upper_hit}/{upper_total} = {upper_hit / max(upper_total, 1):.1%}")


_ATTACH_LEFT = frozenset(
    {".", ",", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'", "...", "'re", "'ve", "'ll",
     "'d", "'m"}
)
_FINAL = frozenset({".", "!", "?", "...", '"', ")"})
_BULLETS = frozenset({"-", "--", "*", "**", "+", "o"})


def _detokenize(tokens: list[str]) -> str:
    """Reuters tokens back to text: punctuation joined to its word, quotes to the words
    they enclose (a ``"`` that opens the sentence opens, one that ends it closes, the
    others alternate: a quotation may go on over several sentences)."""
    out: list[str] = []
    glue = False  # the next token joins the previous one (after an opening mark)
    quotes = 0
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        if tok == '"':
            opening = i == 0 or (i < last and quotes % 2 == 0)
            quotes += 1
            if opening:
                out.append(" " + tok if out else tok)
                glue = True
                continue
            out.append(tok)
        elif tok in _ATTACH_LEFT or glue or not out:
            out.append(tok)
        else:
            out.append(" " + tok)
        glue = tok in ("(", "[")
    return "".join(out)


def _prose(tokens: list[str]) -> bool:
    """A running-text sentence: three lower-case words or more, sentence-final ending,
    not a bulleted item (``- Talks will resume``, ``* Stocks rose``)."""
    if tokens[0] in _BULLETS:
        return False
    if not (tokens[-1] in _FINAL or tokens[-1].endswith(".")) or (tokens[-1] in {'"', ")"} and (
        len(tokens) < 2 or tokens[-2] not in {".", "!", "?", "..."}
    )):
        return False
    return sum(1 for t in tokens if t.isalpha() and t.islower()) >= 3


def conll_documents(path: Path) -> list[list[list[str]]]:
    docs: list[list[list[str]]] = []
    sentence: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        token = line.split(" ", 1)[0].strip()
        if not token:
            if sentence:
                docs[-1].append(sentence) if docs else docs.append([sentence])
                sentence = []
        elif token == "-DOCSTART-":
            docs.append([])
        else:
            sentence.append(token)
    if sentence:
        docs[-1].append(sentence)
    return docs


def conll(name: str) -> None:
    """Boundary precision and recall on CoNLL-2003 Reuters text.

    The gold sentences of a document that are running text (:func:`_prose`) are joined,
    a run of them into one paragraph (headlines, datelines and tables split the runs);
    a gold boundary is the end of a sentence that another follows in its paragraph.
    """
    path = CORPUS / "conll2003" / name
    if not path.exists():
        print(f"CoNLL-2003 {name} not found: skipped")
        return
    gold_n = found_n = hit = 0
    abbr_gold = abbr_found = abbr_hit = 0
    for doc in conll_documents(path):
        runs: list[list[list[str]]] = [[]]
        for tokens in doc:
            if _prose(tokens):
                runs[-1].append(tokens)
            elif runs[-1]:
                runs.append([])
        for run in runs:
            if len(run) < 2:
                continue
            texts = [_detokenize(tokens) for tokens in run]
            text = " ".join(texts)
            gold: set[int] = set()
            pos = 0
            for sentence in texts[:-1]:
                pos += len(sentence)
                gold.add(pos)
                pos += 1
            found = {e for _, e in sentence_spans(text)[:-1]}
            gold_n += len(gold)
            found_n += len(found)
            hit += len(gold & found)
            for end in gold | found:
                word = text[:end].rstrip(QUOTES + ")").rsplit(" ", 1)[-1]
                if word.endswith(".") and is_abbreviation(word[:-1].lstrip("(\"")):
                    abbr_gold += end in gold
                    abbr_found += end in found
                    abbr_hit += end in gold and end in found
    print(f"CoNLL-2003 {name}: boundaries between running-text sentences "
          f"(headlines, datelines, tables left out): {gold_n} gold, {found_n} found, "
          f"precision {hit / max(found_n, 1):.4f}, recall {hit / max(gold_n, 1):.4f}")
    print(f"  … after a word read as an abbreviation: {abbr_gold} gold, {abbr_found} found, "
          f"{abbr_hit} right")


def seed() -> None:
    path = CORPUS / "seed" / "nato-japan-office.txt"
    if not path.exists():
        print("seed article not found: skipped")
        return
    text = path.read_text("utf-8")
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text("utf-8"))
    gold = gold["structure"]
    blocks = StructureExtractor().extract(Article(id="seed", text=text), {})["blocks"]
    headings = [b.span.text(text) for b in blocks if b.type == "heading"]
    groups: dict[str, list[object]] = {}
    for b in blocks:
        if b.group is not None:
            groups.setdefault(b.group, []).append(b)
    found = []
    for members in groups.values():
        entry: dict[str, str] = {}
        for b in members:
            value = b.span.text(text)  # type: ignore[attr-defined]
            if b.type == "caption":  # type: ignore[attr-defined]
                entry["caption"] = value
            elif "photographer" in b.attributes:  # type: ignore[attr-defined]
                entry["credit"] = value
            else:
                entry["agency"] = value
        found.append(entry)
    h_ok = headings == gold["headings"]
    c_ok = found == gold["captions"]
    print(f"seed headings: {len(headings)} found, {len(gold['headings'])} gold, "
          f"{'exact match' if h_ok else 'MISMATCH ' + repr(headings)}")
    print(f"seed caption groups: {len(found)} found, {len(gold['captions'])} gold, "
          f"{'exact match' if c_ok else 'MISMATCH ' + repr(found)}")


def speed() -> None:
    texts = []
    for split in ("dev", "train"):
        d = CORPUS / "polnear" / split / "text"
        if d.is_dir():
            texts += [p.read_text("utf-8") for p in sorted(d.glob("*.txt"))]
    if not texts:
        return
    extractor = StructureExtractor()
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    extractor.extract(articles[0], {})  # compile patterns
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for a in articles:
            extractor.extract(a, {})
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(t) for t in texts)
    print(f"structure speed: {len(articles) / best:,.0f} PolNeAR articles/s "
          f"({chars / best / 1e6:.1f} M chars/s, {len(articles)} articles, best of 3)")


def main() -> int:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: skipped")
        return 0
    polnear()
    conll("eng.testa")
    conll("eng.train")
    seed()
    speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
