"""Pass 1 of the actor extractor: the name chunks.

One pattern finds runs of capitalised tokens; this module cuts them where a sentence
ends or a run-in heading stops, says where each stands (mid-sentence, opening a
sentence, a quotation or a bracket, in a heading or title-case line, on a line in
capitals) and joins a run to the next across an organisation connector (``Ministry of
Foreign Affairs``) or into a name known whole (``House of Representatives``). It
knows no kinds: what a chunk names is :mod:`.names`'s.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Sequence

from newskit.structure.blocks import TITLE_SMALL_WORDS
from newskit.types import Block, Span

from .lexicon import ActorLexicon
from .patterns import patterns, plain_text
from .spans import _inside, _union
from .words import _LEADING_SKIP, _NOT_NAMES, _OF_FOR

_CONNECTORS = frozenset({"of", "for", "of the", "for the", "at the", "and", "de", "&"})


_POSSESSIVE = frozenset({"'s ", "\u2019s "})


_OPENERS = frozenset("\"'“‘«([—–-•*:")


def _initial_positions(
    text: str, blocks: Sequence[Block], sentences: Sequence[Span]
) -> set[int]:
    """Where blocks and sentences start, after opening quotes, brackets and bullets: a set,
    as every chunk asks whether it starts at one of them (built per article and only
    read: not copied into a frozenset)."""
    starts = {0, *[b.span.start for b in blocks], *[sent.start for sent in sentences]}
    # most starts open with a letter: only those opening with a skipped mark are moved
    moved = [pos for pos in starts if text[pos : pos + 1] in _LEADING_SKIP]
    if not moved:
        return starts
    n = len(text)
    for pos in moved:
        starts.discard(pos)
    for pos in moved:
        i = pos
        while i < n and i < pos + 6 and text[i] in _LEADING_SKIP:
            i += 1
        starts.add(i)
    return starts


def _line_is_upper(text: str, pos: int, cache: dict[int, bool]) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    got = cache.get(ls)
    if got is None:
        le = text.find("\n", pos)
        if le < 0:
            le = len(text)
        le = min(le, ls + 400)
        got = patterns()["lower"].search(text, ls, le, concurrent=False) is None and le - ls >= 4
        cache[ls] = got
    return got


def _line_is_title_case(text: str, pos: int, cache: dict[int, bool], lex: ActorLexicon) -> bool:
    """A headline in title case: most words of the line capitalised, and those in lower
    case only words title case leaves so (articles, conjunctions, short prepositions),
    unless the line is the text's first and capitalised like a title (:func:`_title_caps`)."""
    ls = text.rfind("\n", 0, pos) + 1
    key = -1 - ls
    got = cache.get(key)
    if got is None:
        le = text.find("\n", pos)
        if le < 0:
            le = len(text)
        line = text[ls : min(le, ls + 300)].rstrip()
        words = [w for w in line.split() if w[:1].isalpha()]
        caps = sum(1 for w in words if w[:1].isupper())
        got = (
            len(words) >= 4
            and caps >= 0.8 * len(words)
            # (a sentence of names, "Rep. Jo Roe, D-Ore., leads the Democratic National
            # Committee.", has a word in lower case that title case capitalises)
            and (
                all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words)
                or (ls == 0 and _title_caps(words, lex))
            )
        )
        cache[key] = got
    return got


_WORD_STRIP = ".,:;!?'\"‘’“”()"


def _title_caps(words: list[str], lex: ActorLexicon) -> bool:
    """Whether the text's first line, a word of it in lower case that title case
    capitalises, is still its title, carelessly capitalised ("Pundit Tells Guest Peace
    is Beyond Reach."): it capitalises, after its first word, at least two common words
    that a sentence would leave in lower case (no title, demonym, day or month, nor a
    word of a known name or a first name). A sentence in sentence case capitalises
    only those: "Jo Roe met Senate Majority Leader Tom Hale in Washington on Monday."
    is a lede, not a headline, and its titles are roles."""
    n = 0
    for w in words[1:]:
        w = w.strip(_WORD_STRIP)
        if (
            w[:1].isupper()
            and w.lower() in lex.common
            and w not in lex.title_words
            and w not in lex.demonyms
            and w not in lex.known_words
            and w not in lex.first_names
            and w not in _NOT_NAMES
        ):
            n += 1
            if n >= 2:
                return True
    return False


def _split_tokens(start: int, chunk: str) -> list[tuple[int, int, str]]:
    if " " not in chunk and "\u00a0" not in chunk:
        return [(start, start + len(chunk), chunk)]
    out = []
    pos = start
    if "\u00a0" in chunk:
        chunk = chunk.replace("\u00a0", " ")
    for tok in chunk.split(" "):
        end = pos + len(tok)
        out.append((pos, end, tok))
        pos = end + 1
    return out


def _gap_connector(gap: str) -> bool:
    return gap.strip(" ") in _CONNECTORS and gap.startswith(" ") and gap.endswith(" ")


def _split_at_stops(
    toks: list[tuple[int, int, str]], initials: Container[int], abbreviations: Container[str]
) -> list[list[tuple[int, int, str]]]:
    """Split a chunk after a token whose full stop ends a sentence (not Mr., U.S., J.):
    a word that is no abbreviation (``abbreviations``: the keys of the ``abbreviations``
    lexicon, lower case without the stop), or an abbreviation after which the sentence
    layer starts a new sentence (``Jo Kan. He said``: Kan. is also Kansas's abbreviation)."""
    out = []
    cur: list[tuple[int, int, str]] = []
    last = len(toks) - 1
    for i, t in enumerate(toks):
        w = t[2]
        if w.endswith(".") and len(w) > 2 and w.count(".") == 1 and (
            w[:-1].lower() not in abbreviations or (i < last and toks[i + 1][0] in initials)
        ):
            cur.append((t[0], t[1] - 1, w[:-1]))
            out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def _opens(text: str, s: int, initials: Container[int]) -> bool:
    """Whether a chunk at ``s`` opens a block or a sentence, or follows an opening mark
    (a quotation mark, a bracket, a dash, a bullet): its capital then says nothing about
    a name."""
    return (
        s in initials
        or (s > 0 and text[s - 1] in _OPENERS)
        or (s > 1 and text[s - 2] in _OPENERS and text[s - 1] == " ")
    )


_Chunks = tuple[list[list[tuple[int, int, str]]], list[int], set[str]]


def _chunks(
    text: str, blocks: Sequence[Block], sentences: Sequence[Span], lex: ActorLexicon
) -> _Chunks:
    """Pass 1: the name chunks with where each stands (0 mid-sentence, 1 opening a sentence,
    a quotation or a bracket, 2 in a heading or a title-case line, 3 on an all-capital
    line), chunks joined across an organisation connector, and the words written
    capitalised mid-sentence.

    One loop with most per-chunk tests inline: it runs once per capitalised run (about a
    hundred per article), so calls and repeated lookups there are most of its cost."""
    initials = _initial_positions(text, blocks, sentences)
    headings = _union([(b.span.start, b.span.end) for b in blocks if b.type == "heading"])
    # where a run-in heading ends inside its line: no name runs across that edge (a chunk
    # there is split; no join across a connector reaches one, the heading standing apart
    # by its flag)
    # headings in capitals (a run-in one shares its line with the paragraph's lower case):
    # their chunks are read as those of a line in capitals
    upper_heads = [
        (b.span.start, b.span.end)
        for b in blocks
        if b.type == "heading"
        and patterns()["lower"].search(text, b.span.start, b.span.end) is None
    ] if headings else []
    edges: list[int] = []
    for _, e in headings:
        if text[e : e + 1] in _RUN_IN_GAP:
            while text[e : e + 1] in _RUN_IN_GAP:
                e += 1
            edges.append(e)
    # no chunk from the last heading's end on is in one (most chunks): no search
    heads_end = headings[-1][1] if headings else -1
    cache: dict[int, bool] = {}
    raw: list[list[tuple[int, int, str]]] = []
    flags: list[int] = []
    mid_caps: set[str] = set()
    prev_end = -100
    prev_flag = -1
    # (the pattern's ASCII form where it finds the same runs: most texts)
    chunk_rx = patterns()["chunk_ascii" if plain_text(text) else "chunk"]
    for m in chunk_rx.finditer(text, concurrent=False):
        chunk = m[0]  # cheaper than m.group() (no argument parsing)
        if chunk.isalnum() or (" " not in chunk and "." not in chunk and "\u00a0" not in chunk):
            # one plain word (two chunks in three, nearly all letters only: one test):
            # the tests below for one token, inline
            s = m.start()
            e = s + len(chunk)
            flag = 1 if _opens(text, s, initials) else 0
            if (
                len(chunk) > 1
                and chunk.isupper()
                and (_line_is_upper(text, s, cache) or (upper_heads and _inside(upper_heads, s)))
            ):
                flag = 3
            elif s < heads_end and _inside(headings, s):
                flag = 2
            if s - prev_end <= 9 and _continues(
                text, prev_end, s, flag, prev_flag, raw[-1], chunk, lex
            ):
                raw[-1].append((s, e, chunk))
                prev_end = e
                continue
            raw.append([(s, e, chunk)])
            flags.append(flag)
            prev_end = e
            prev_flag = flag
            if flag == 0:
                mid_caps.add(chunk)
            continue
        pieces: Sequence[list[tuple[int, int, str]]]
        cs = m.start()
        ce = cs + len(chunk)
        if ce < len(text) and text[ce] == "." and (
            chunk[chunk.rfind(" ") + 1 :].lower() in lex.company_abbreviations
        ):
            chunk += "."  # "Acme Corp. said": the stop is the abbreviation's
        if "." in chunk:
            # split after a full stop that ends a sentence
            pieces = _split_at_stops(_split_tokens(cs, chunk), initials, lex.abbreviations)
        else:
            pieces = [_split_tokens(cs, chunk)]
        if edges:
            i = bisect.bisect_right(edges, cs)
            if i < len(edges) and edges[i] < ce:
                pieces = [part for toks in pieces for part in _split_at(toks, edges)]
        for toks in pieces:
            s = toks[0][0]
            flag = 1 if _opens(text, s, initials) else 0
            first = toks[0][2]
            if (
                len(first) > 1
                and first.isupper()
                and (_line_is_upper(text, s, cache) or (upper_heads and _inside(upper_heads, s)))
            ):
                flag = 3
            elif (s < heads_end and _inside(headings, s)) or (
                len(toks) >= 4 and _line_is_title_case(text, s, cache, lex)
            ):
                flag = 2
            # merge with the previous chunk across an organisation connector
            if s - prev_end <= 9 and _continues(
                text, prev_end, s, flag, prev_flag, raw[-1],
                first if len(toks) == 1 else None, lex,
            ):
                n = len(toks)
                if lex.org_heads.isdisjoint([t[2] for t in raw[-1]]):
                    # "Joint Chiefs of Staff Gen. Jo Roe": only the title's rest joins
                    n = _across(text, s, raw[-1], lex)
                raw[-1].extend(toks[:n])
                prev_end = toks[n - 1][1]
                if n == len(toks):
                    continue
                toks = toks[n:]
            raw.append(toks)
            flags.append(flag)
            prev_end = toks[-1][1]
            prev_flag = flag
            if flag == 0:
                if len(toks) == 1:
                    mid_caps.add(toks[0][2])
                else:
                    mid_caps.update([t[2] for t in toks])
    return raw, flags, mid_caps


_RUN_IN_GAP = frozenset({" ", "\u00a0"})  # (an empty string is not in it: the text's end)


def _split_at(
    toks: list[tuple[int, int, str]], edges: Container[int]
) -> list[list[tuple[int, int, str]]]:
    """``toks`` cut before each token starting a block (a run-in heading's paragraph)."""
    out = [toks[:1]]
    for t in toks[1:]:
        if t[0] in edges:
            out.append([])
        out[-1].append(t)
    return out


def _continues(
    text: str,
    prev_end: int,
    s: int,
    flag: int,
    prev_flag: int,
    last: list[tuple[int, int, str]],
    word: str | None,
    lex: ActorLexicon,
) -> bool:
    """Whether the chunk at ``s`` (``word`` when it is one token) continues the chunk
    ``last`` ending at ``prev_end`` across an organisation connector (``Bank of
    England``): same position flag (or ``of``/``for`` after a sentence-initial
    chunk), not on an all-capital line, a connector between them, the new chunk no
    demonym or adjective alone, and ``last`` holding an organisation head word and
    not ending in a company's abbreviation (``Acme Inc. and Brennvik``, ``Acme Corp
    of Delaware``: the company's name is whole). Asked only when the two are at most
    9 characters apart."""
    if flag == 3 or len(last) >= 30:
        return False
    same = flag == prev_flag
    if not same and not (flag == 0 and prev_flag == 1):
        return False
    gap = text[prev_end:s]
    if gap == " in ":
        # only into a name known whole written across "in" ("Organization for Security
        # and Co-operation in Europe"; not "Obama in Washington", "Rights in China")
        e = last[-1][0]
        for name, _ in lex.across.get(last[-1][2], ()):
            if (
                " in " in name
                and text.startswith(name, e)
                and text[last[0][0] : e + len(name)] in lex.known
            ):
                return True
        return False
    return (
        (same or gap in _OF_FOR)
        and _gap_connector(gap)
        and not (word is not None and (word in lex.demonyms or word in lex.adjectives))
        and (
            not lex.org_heads.isdisjoint([t[2] for t in last]) or _across(text, s, last, lex) > 0
        )
        and last[-1][2].rstrip(".").lower() not in lex.company_abbreviations
        and not (
            # "the European Union and NATO": two names the lexicons know, two actors
            word is not None
            and word in lex.known
            and gap == " and "
            and text[last[0][0] : last[-1][1]] in lex.known
        )
    )


def _across(text: str, s: int, last: list[tuple[int, int, str]], lex: ActorLexicon) -> int:
    """How many words from ``s`` join ``last`` across the connector before ``s`` when
    ``last`` has no organisation head: the rest of a known name written across it
    (``House of Representatives``, not ``House of Cards``) or of a plural title
    (:func:`_plural_title`); 0 when none does."""
    w, e = last[-1][2], last[-1][0]
    names = lex.across.get(w)
    if names is not None and text[last[0][0] - 3 : last[0][0]] not in _POSSESSIVE:
        # (not after a possessive: "People’s Republic of Korea" is not "Republic of Korea")
        for name, n in names:
            end = e + len(name)
            if (
                text.startswith(name, e)
                and not (end < len(text) and text[end].isalnum())
                and (
                    # what the run has before the name modifies it ("U.S. House of
                    # Representatives") or is part of a name known whole ("Islamic
                    # Republic of Iran"; not "People's Republic of Korea" for Korea's
                    # Democratic People's Republic written with another apostrophe)
                    all(
                        t[2] in lex.known or t[2] in lex.demonyms or t[2] in lex.adjectives
                        for t in last[:-1]
                    )
                    or text[last[0][0] : end] in lex.known
                )
            ):
                return n
    return _plural_title(text, s, last, lex)


def _plural_title(text: str, s: int, last: list[tuple[int, int, str]], lex: ActorLexicon) -> int:
    """How many words the rest of a title written across "of" takes from ``s`` when
    ``last`` ends in the title's plural after a modifier (``Joint Chiefs`` before "of
    Staff"): the body those officers form, named like an organisation; 0 when it does
    not (nor a bare plural: ``Secretaries of State Jo Roe and Tom Hale`` are people)."""
    rests = lex.plural_titles.get(last[-1][2])
    if rests is None or len(last) < 2 or last[-2][2] == "The" or text[s - 4 : s] != " of ":
        return 0
    for rest in rests:
        e = s + len(rest)
        if text.startswith(rest, s) and not (e < len(text) and text[e].isalnum()):
            return rest.count(" ") + 1
    return 0
