"""The built-in exporters (csv, html, brat, jsonld, text) on analyses built by hand."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import pickle
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

from newskit.brat import read_ann
from newskit.components import needs_directory
from newskit.default_plugins.formats import PROBED, Deferred
from newskit.export import BratExporter, CsvExporter, HtmlExporter, JsonLdExporter, TextExporter
from newskit.export.bratfiles import fragments, to_brat
from newskit.export.csvfiles import neutralise
from newskit.lexicons import Lexicons
from newskit.scoring import AttributionScorer, LanguageScorer, SourcingScorer
from newskit.testing import ExporterContract
from newskit.types import Analysis, Article, Failure, Quote, Span
from test_scorers import TEXT, at, build_analysis

HOSTILE = "<script>document.title='pwned'</script><img src=x onerror=\"alert(1)\">"


def scored(analysis: Analysis) -> Analysis:
    scorers = (SourcingScorer(), AttributionScorer(Lexicons()), LanguageScorer(Lexicons()))
    return attrs.evolve(analysis, scores=tuple(s for sc in scorers for s in sc.score(analysis)))


@pytest.fixture
def analysis() -> Analysis:
    return scored(build_analysis())


FAILURE = Failure(input="broken.json", line=3, message="malformed JSON: =1+1")


def stream(exporter: object, results: list[object]) -> str:
    buffer = io.StringIO()
    exporter.write(results, buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


# -- csv ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1"])
def test_neutralise_formula_cells(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", "a=b", " =x", ""])
def test_neutralise_leaves_other_text(value: str) -> None:
    assert neutralise(value) == value


def test_neutralise_non_text() -> None:
    assert neutralise(-3) == -3
    assert neutralise(None) == ""
    assert neutralise(True) == "true"


def read_table(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_directory_tables_join(tmp_path: Path, analysis: Analysis) -> None:
    CsvExporter().write_directory([analysis, FAILURE], tmp_path)
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {"articles.csv", "quotes.csv", "actors.csv", "timexes.csv", "events.csv",
                     "scores.csv", "failures.csv"}
    quotes = read_table(tmp_path / "quotes.csv")
    actors = {(r["article_id"], r["actor_id"]): r for r in read_table(tmp_path / "actors.csv")}
    assert [q["quote_id"] for q in quotes] == ["q1", "q2", "q3", "q4", "q5"]
    for q in quotes:
        if q["speaker_id"]:
            assert actors[(q["article_id"], q["speaker_id"])]["name"] == q["speaker_name"]
    q2 = quotes[1]
    assert q2["parts"] == ";".join(f"{p.start}-{p.end}" for p in analysis.quotes[1].parts)
    assert q2["text"] == "The bridge is clearly unsafe, … We may reopen it\nnext year."
    assert actors[("bridge", "a2")]["quotes"] == "2"
    events = read_table(tmp_path / "events.csv")
    assert [(e["event_id"], e["date"]) for e in events] == [("e1", "2025"), ("e2", "2024-05-13")]
    scores = {r["score"]: r for r in read_table(tmp_path / "scores.csv")}
    assert scores["sourcing.distinct_sources"]["value"] == "2"
    assert json.loads(scores["sourcing.by_country"]["details"])["Sweden"]["quotes"] == 2
    failures = read_table(tmp_path / "failures.csv")
    assert failures[0]["input"] == "broken.json" and failures[0]["line"] == "3"
    assert failures[0]["message"] == "malformed JSON: =1+1"  # starts with "m": unchanged


def test_csv_neutralises_formulas_in_every_table(tmp_path: Path) -> None:
    text = "=cmd|' /C calc'!A0 said @someone.\n+1 more."
    quote = Quote(id="q1", kind="indirect", parts=(Span(start=0, end=18),),
                  cue=at(text, "said"), speaker_mention=at(text, "@someone"))
    analysis = Analysis(article=Article(id="-id", text=text, title="=HYPERLINK(\"x\")"),
                        quotes=(quote,))
    CsvExporter().write_directory([scored(analysis), FAILURE], tmp_path)
    for path in tmp_path.glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path, cell)
    quotes = read_table(tmp_path / "quotes.csv")
    assert quotes[0]["text"] == "'=cmd|' /C calc'!A0"
    assert quotes[0]["speaker_mention"] == "'@someone"
    assert quotes[0]["article_id"] == "'-id"
    assert read_table(tmp_path / "articles.csv")[0]["title"] == "'=HYPERLINK(\"x\")"


def test_csv_stream_writes_one_table(analysis: Analysis) -> None:
    rows = list(csv.DictReader(io.StringIO(stream(CsvExporter(), [analysis, FAILURE]))))
    assert len(rows) == 5 and rows[0]["quote_id"] == "q1"
    failures = list(csv.DictReader(io.StringIO(stream(CsvExporter("failures"), [FAILURE]))))
    assert failures[0]["error_type"] == "InputError"
    with pytest.raises(ValueError, match="table must be one of"):
        CsvExporter("nope")


# -- html ---------------------------------------------------------------------------


VOID = {"meta", "br", "img", "hr", "link", "input", "wbr"}


class TreeCheck(HTMLParser):
    """Collects tags and checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] not in ("style", "title"):
            self.text.append(data)


def parse(page: str) -> TreeCheck:
    checker = TreeCheck()
    checker.feed(page)
    checker.close()
    assert checker.problems == [] and checker.stack == [], (checker.problems, checker.stack)
    return checker


def test_html_escapes_everything_from_the_article() -> None:
    text = TEXT.replace("Officials said", f"Officials {HOSTILE} said")
    analysis = scored(build_analysis(text, title=HOSTILE, id='x"><script>'))
    page = stream(HtmlExporter(), [analysis])
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    tree = parse(page)
    assert not any(tag in ("script", "img", "iframe", "object") for tag, _ in tree.tags)
    assert all(not name.startswith("on") for _, a in tree.tags for name in a)
    assert HOSTILE in "".join(tree.text)  # shown to the reader, as text


def test_html_strict_content_security_policy(analysis: Analysis) -> None:
    page = stream(HtmlExporter(), [analysis])
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    policy = csp.group(1).replace("&#x27;", "'")
    assert "default-src 'none'" in policy and "script-src 'none'" in policy
    assert "unsafe-inline" not in policy
    css = re.search(r"<style>(.*?)</style>", page, re.S)
    assert css is not None
    digest = base64.b64encode(hashlib.sha256(css.group(1).encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert ' style="' not in page  # inline style attributes would be refused by the policy


def test_html_highlights_quotes_by_speaker(analysis: Analysis) -> None:
    tree = parse(stream(HtmlExporter(), [analysis]))
    marks = [a for tag, a in tree.tags if tag == "mark"]
    by_quote: dict[str, set[str]] = {}
    for a in marks:
        by_quote.setdefault(str(a["data-quote"]), set()).add(str(a["class"]))
    assert set(by_quote) == {"q1", "q2", "q3", "q4", "q5"}
    assert by_quote["q3"] == by_quote["q4"]  # same speaker, same colour
    assert by_quote["q2"] != by_quote["q3"]
    assert by_quote["q1"] == by_quote["q5"] == {"q anon"}  # anonymous sources
    swatches = [a["class"] for tag, a in tree.tags if tag == "span"
                and "swatch" in str(a.get("class"))]
    assert "swatch s1" in swatches and "swatch s2" in swatches
    actors = {a.get("data-actor") for tag, a in tree.tags if tag == "span"
              and "actor" in str(a.get("class"))}
    assert {"a1", "a2", "a3"} <= actors


def test_html_text_is_unchanged_inside_the_marks(analysis: Analysis) -> None:
    page = stream(HtmlExporter(), [analysis])
    body = re.search(r'<div class="body">(.*?)</div>', page, re.S)
    assert body is not None
    import html as html_module

    shown = re.sub(r"<sup[^>]*>.*?</sup>", "", body.group(1))
    assert html_module.unescape(re.sub(r"<[^>]+>", "", shown)) == TEXT


def test_html_timeline_in_date_order(analysis: Analysis) -> None:
    page = stream(HtmlExporter(), [analysis])
    assert page.index("2024-05-13") < page.index(">2025<")


def test_html_directory_has_index_and_pages(tmp_path: Path, analysis: Analysis) -> None:
    other = scored(build_analysis(id="../../etc/passwd"))
    HtmlExporter().write_directory([analysis, FAILURE, other], tmp_path)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["bridge.html", "etc_passwd.html", "index.html"]
    index = (tmp_path / "index.html").read_text("utf-8")
    links = [a["href"] for tag, a in parse(index).tags if tag == "a"]
    assert links == ["bridge.html", "etc_passwd.html"]
    assert "broken.json" in index
    parse((tmp_path / "bridge.html").read_text("utf-8"))


def test_html_stream_with_several_articles_has_contents(analysis: Analysis) -> None:
    page = stream(HtmlExporter(), [analysis, attrs.evolve(analysis, article=attrs.evolve(
        analysis.article, id="second", title="Second"))])
    tree = parse(page)
    ids = [a.get("id") for tag, a in tree.tags if tag == "article"]
    assert ids == ["a1", "a2"]
    anchors = [a.get("id") for tag, a in tree.tags if tag == "mark" and a.get("id")]
    assert len(anchors) == len(set(anchors)) == 10


def test_html_overlapping_and_odd_spans_stay_well_formed() -> None:
    text = "Ann said that Bob Carr said no."
    quotes = (
        Quote(id="q1", kind="indirect", parts=(Span(start=9, end=30),), cue=at(text, "said"),
              speaker_mention=at(text, "Ann")),
        Quote(id="q2", kind="indirect", parts=(Span(start=14, end=30),),
              cue=at(text, "said", 2), speaker_mention=Span(start=14, end=22)),
        Quote(id="q3", kind="direct", parts=(Span(start=5, end=5),)),
    )
    analysis = Analysis(article=Article(id="x", text=text), quotes=quotes)
    parse(stream(HtmlExporter(), [analysis]))


# -- brat ---------------------------------------------------------------------------


def test_brat_polnear_conventions(analysis: Analysis) -> None:
    ann = stream(BratExporter(), [analysis])
    lines = ann.splitlines()
    t_line = re.compile(r"^T\d+\t(Source|Cue|Content|Attribution|Attribution-no-source) "
                        r"\d+ \d+(;\d+ \d+)*\t[^\n]*$")
    e_line = re.compile(r"^E\d+\t(Attribution|Attribution-no-source):T\d+ Content:T\d+"
                        r"( Cue:T\d+)?( Source:T\d+)?$")
    for line in lines:
        assert t_line.match(line) or e_line.match(line) or line.startswith("#"), line
    assert sum(1 for line in lines if line.startswith("E")) == 5
    doc = read_ann(ann)
    split = doc.textbound(doc.events[1].argument("Content"))
    assert split is not None
    # The split quote's second part crosses a line break: three fragments.
    assert len(split.fragments) == 3
    trigger = doc.textbound(doc.events[0].trigger)
    cue = doc.textbound(doc.events[0].argument("Cue"))
    assert trigger is not None and cue is not None
    assert trigger.type == "Attribution" and trigger.fragments == cue.fragments


def test_brat_quote_without_speaker_has_no_source() -> None:
    text = '"Nothing," came the reply.'
    quote = Quote(id="q1", kind="direct", parts=(Span(start=1, end=9),))
    doc = to_brat(Analysis(article=Article(id="x", text=text), quotes=(quote,)))
    assert doc.events[0].type == "Attribution-no-source"
    assert doc.events[0].argument("Source") is None


def test_brat_fragments_cut_at_line_breaks() -> None:
    text = "ab\r\ncd\n\nef"
    assert fragments([Span(start=0, end=len(text))], text) == ((0, 2), (4, 6), (8, 10))


def test_brat_round_trip_through_evaluate(tmp_path: Path, analysis: Analysis) -> None:
    from newskit.evaluation.quotes import load_documents

    BratExporter().write_directory([analysis, FAILURE], tmp_path)
    assert (tmp_path / "annotation.conf").is_file() and (tmp_path / "visual.conf").is_file()
    assert (tmp_path / "bridge.txt").read_bytes() == TEXT.encode("utf-8")
    (doc,) = load_documents(tmp_path, tmp_path)
    assert doc.text == TEXT
    assert [(g.start, g.end) for g in doc.gold] == [(q.start, q.end) for q in analysis.quotes]
    sources = [g.source for g in doc.gold]
    assert sources == [((q.speaker_mention.start, q.speaker_mention.end),)
                       for q in analysis.quotes if q.speaker_mention is not None]
    assert "broken.json" in (tmp_path / "failures.txt").read_text("utf-8")


def assert_brat_round_trip(directory: Path, analyses: list[Analysis]) -> None:
    """Every quote comes back from the exported files with the same span."""
    from newskit.evaluation.quotes import load_documents

    docs = {d.name: d for d in load_documents(directory, directory)}
    for analysis in analyses:
        doc = docs[analysis.article.id]
        assert doc.text == analysis.article.text
        expected = []
        for q in analysis.quotes:
            frags = fragments(q.parts, analysis.article.text)
            if frags:
                expected.append((frags[0][0], frags[-1][1]))
        assert sorted((g.start, g.end) for g in doc.gold) == sorted(expected)


# -- jsonld -------------------------------------------------------------------------


def test_jsonld_news_article(analysis: Analysis) -> None:
    doc = json.loads(stream(JsonLdExporter(), [analysis, FAILURE]))
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle" and doc["headline"] == "Bridge to close"
    types = {m["name"]: m["@type"] for m in doc["mentions"]}
    assert types == {"Ida Holm": "Person", "Tom Reyes": "Person",
                     "Lakeside council": "Organization", "Oslo": "Place"}
    ids = {m["@id"] for m in doc["mentions"]}
    quotations = doc["hasPart"]
    assert [q["@type"] for q in quotations] == ["Quotation"] * 5
    q2 = quotations[1]
    assert q2["spokenByCharacter"]["@id"] in ids
    assert q2["spokenByCharacter"] == q2["creator"]
    assert q2["text"].startswith("The bridge is clearly unsafe,")
    assert "spokenByCharacter" not in quotations[0]  # anonymous
    holm = next(m for m in doc["mentions"] if m["name"] == "Ida Holm")
    assert holm["affiliation"]["@id"] in ids and holm["jobTitle"] == ["Mayor"]


def test_jsonld_several_articles_form_a_graph(analysis: Analysis) -> None:
    other = attrs.evolve(analysis, article=attrs.evolve(
        analysis.article, id="two", url="https://example.org/two"))
    doc = json.loads(stream(JsonLdExporter(), [analysis, other]))
    graph = doc["@graph"]
    assert [g["@id"] for g in graph] == ["urn:newskit:article:bridge", "https://example.org/two"]
    assert graph[1]["mentions"][0]["@id"].startswith("https://example.org/two#")


# -- text ---------------------------------------------------------------------------


def test_text_summary(analysis: Analysis) -> None:
    out = stream(TextExporter(), [analysis, FAILURE])
    assert "Tom Reyes" in out and "2  (1 direct, 1 indirect or mixed" in out
    assert out.index("2024-05-13") < out.index("2025 ")
    assert "sourcing.distinct_sources = 2" in out
    assert "!! broken.json:3: InputError" in out


def test_text_summary_neutralises_terminal_controls() -> None:
    analysis = build_analysis(title="\x1b[31mred\x1b[0m\rover")
    out = stream(TextExporter(), [analysis])
    assert "\x1b" not in out and "\r" not in out
    assert "\\x1b[31mred" in out


# -- registration and contract --------------------------------------------------------


def test_exporters_registered(registry: object) -> None:
    found = registry.components("exporters")  # type: ignore[attr-defined]
    for name, suffix in [("csv", ".csv"), ("html", ".html"), ("brat", ".ann"),
                         ("jsonld", ".jsonld"), ("text", ".txt")]:
        comp = found[name].component
        assert comp.suffix == suffix and comp.media_type


def test_deferred_exporters_declare_what_the_real_ones_do(registry: object) -> None:
    # The registry holds stand-ins that import their module on first use; what
    # the command line reads before that (name, suffix, media type, whether it
    # writes a directory) must be what the real exporter says.
    import newskit.export

    for reg in registry.components("exporters").values():  # type: ignore[attr-defined]
        comp = reg.component
        if not isinstance(comp, Deferred):
            continue
        real = getattr(newskit.export, comp.class_name)()
        assert (comp.name, comp.suffix, comp.media_type) == (
            real.name, real.suffix, real.media_type)
        assert needs_directory(comp) == needs_directory(real)
        assert not any(hasattr(real, attr) for attr in PROBED)
        assert type(comp.exporter()) is type(real)


def test_deferred_exporter_delegates_and_pickles(tmp_path: Path) -> None:
    deferred = Deferred("CsvExporter", name="csv", suffix=".csv", media_type="text/csv",
                        needs_directory=True)
    copy = pickle.loads(pickle.dumps(deferred))
    assert copy.name == "csv" and copy.table == "quotes"  # table: the real exporter's
    copy.write_directory([FAILURE], tmp_path)
    assert (tmp_path / "failures.csv").exists()


def test_writing_json_imports_no_other_format(tmp_path: Path) -> None:
    # Start-up: the other formats' modules are imported only when used.
    source = tmp_path / "a.txt"
    source.write_text("Ana Lopez said on Monday that talks would resume.", encoding="utf-8")
    probe = (
        "import sys; from newskit.cli import main; "
        f"code = main(['analyze', {str(source)!r}, '-q', '-f', 'jsonl', '-o', "
        f"{str(tmp_path / 'out.jsonl')!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith('newskit.export')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1


@pytest.mark.parametrize("exporter", [CsvExporter(), HtmlExporter(), BratExporter(),
                                      JsonLdExporter(), TextExporter()],
                         ids=lambda e: e.name)
def test_only_failures(exporter: object, tmp_path: Path) -> None:
    stream(exporter, [FAILURE])
    if getattr(exporter, "needs_directory", False):
        exporter.write_directory([FAILURE], tmp_path)  # type: ignore[attr-defined]


class TestCsvContract(ExporterContract):
    name = "csv"


class TestHtmlContract(ExporterContract):
    name = "html"


class TestBratContract(ExporterContract):
    name = "brat"


class TestJsonLdContract(ExporterContract):
    name = "jsonld"


class TestTextContract(ExporterContract):
    name = "text"


@pytest.mark.parametrize("name", ["csv", "html", "brat"])
def test_directory_formats_from_the_command_line(name: str, tmp_path: Path) -> None:
    from newskit.cli import main

    article = tmp_path / "story.txt"
    article.write_text('"We are ready," Anna Berg said on Monday.\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(article), "--format", name, "--output", str(out), "-q"]) == 0
    produced = {p.name for p in out.iterdir()}
    expected = {"csv": "quotes.csv", "html": "index.html", "brat": "story.ann"}[name]
    assert expected in produced


@pytest.mark.parametrize("name", ["jsonld", "text"])
def test_stream_formats_from_the_command_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newskit.cli import main

    article = tmp_path / "story.txt"
    article.write_text('"We are ready," Anna Berg said on Monday.\n', encoding="utf-8")
    assert main(["analyze", str(article), "--format", name, "-q"]) == 0
    out = capsys.readouterr().out
    if name == "jsonld":
        assert json.loads(out)["identifier"] == "story"
    else:
        assert out.startswith("== story ==")


def test_directory_formats_survive_unencodable_text(tmp_path: Path) -> None:
    text = 'A lone \ud800 surrogate and a \x00 NUL, "quoted," Ann said.'
    quote = Quote(id="q1", kind="direct", parts=(at(text, "quoted,"),), cue=at(text, "said"),
                  speaker_mention=at(text, "Ann"))
    analysis = Analysis(article=Article(id="odd", text=text), quotes=(quote,))
    for exporter in (CsvExporter(), HtmlExporter(), BratExporter()):
        exporter.write_directory([analysis], tmp_path / exporter.name)
    written = (tmp_path / "brat" / "odd.txt").read_text("utf-8")
    assert len(written) == len(text)  # the surrogate became one "?": offsets still hold
    from newskit.evaluation.quotes import load_documents

    (doc,) = load_documents(tmp_path / "brat", tmp_path / "brat")
    assert [(g.start, g.end) for g in doc.gold] == [(quote.start, quote.end)]
