"""The ``html`` exporter: a self-contained page a person reads.

Each article shows its text with the quotes highlighted by speaker (one colour
and one label ``S1``, ``S2``… per source, with a legend), actor mentions
underlined, attribution cues in bold, then the quotes, the event timeline, the
actors and the scores. The page needs no JavaScript and loads nothing: its
Content-Security-Policy allows only its own stylesheet (by hash). Everything
that comes from the article is escaped, so ``<script>`` in a text is shown as
text. The layout reflows on a phone and prints on paper (labels and borders
carry the speaker where colours are not printed).

``write`` gives one page with every article of the run; ``write_directory``
gives one page per article and an ``index.html``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from newskit import __version__
from newskit.components import Result
from newskit.scoring.sources import (
    ANONYMOUS,
    UNRESOLVED,
    Source,
    actor_index,
    quote_text,
    quoted_words,
    source_of,
)
from newskit.types import Analysis, Failure, Quote, Span

from .common import file_stem, json_cell, published_text, sorted_events

__all__ = ["HtmlExporter", "render_article", "render_page"]

# Light backgrounds with a darker border of the same hue (readable with black text).
PALETTE = (
    ("#ffe08a", "#b38600"),
    ("#a8d8ff", "#1f6fb2"),
    ("#c6f0b8", "#3d8a26"),
    ("#ffc2d6", "#c2185b"),
    ("#d9c8ff", "#6a3fc9"),
    ("#ffd1a8", "#d0661a"),
    ("#b8f0ec", "#158f86"),
    ("#e6d2b5", "#8a5a2b"),
    ("#ffb3a7", "#b71c1c"),
    ("#cfd8e3", "#4a5d75"),
)

BASE_CSS = """
:root{color-scheme:light;--ink:#1a1a1a;--muted:#555;--rule:#ccc}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:52rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.15rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem;margin-top:2rem}
.meta,.note,footer{color:var(--muted);font-size:.9rem}
.body{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;
font-size:1.05rem;line-height:1.7}
mark.q{color:inherit;border-bottom:2px solid;padding:.05em 0;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.actor{text-decoration:underline dotted;text-underline-offset:.2em}
.speaker{font-weight:600}.speaker .actor,.speaker{text-decoration:underline solid}
b.cue{font-weight:700;font-style:italic}
.block.heading{font:700 1.1rem/1.4 system-ui,sans-serif}
.block.caption,.block.credit,.block.byline,.block.dateline{font-size:.9rem;color:var(--muted)}
sup.who{font:700 .7rem/1 system-ui,sans-serif;padding:0 .2em;border:1px solid;margin-left:.1em;
border-radius:.2em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem .8rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;min-width:2.2em;text-align:center;font-weight:700;font-size:.8rem;
border:2px solid;border-radius:.25em;padding:0 .25em;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .45rem;border-bottom:1px solid var(--rule)}
th{background:#f4f4f4}
td.num{text-align:right;font-variant-numeric:tabular-nums}
ol.timeline{list-style:none;padding-left:0;border-left:3px solid var(--rule);margin-left:.4rem}
ol.timeline li{position:relative;padding:.15rem 0 .6rem 1rem}
ol.timeline li::before{content:"";position:absolute;left:-.5rem;top:.55rem;width:.7rem;
height:.7rem;border-radius:50%;background:var(--muted)}
.date{font-weight:700;font-variant-numeric:tabular-nums;margin-right:.4rem}
.status{font-size:.8rem;border:1px solid var(--rule);border-radius:.2em;padding:0 .3em}
details pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem;background:#f7f7f7;
padding:.4rem;max-height:20rem;overflow:auto}
.error{color:#8a1c1c}
nav.toc ol{padding-left:1.2rem}
article.nk+article.nk{border-top:4px double var(--rule);margin-top:3rem}
.anon{background:repeating-linear-gradient(45deg,#eee 0 4px,#ddd 4px 8px);border-color:#555}
.unres{background:#eee;border-color:#999;border-style:dashed}
@media (max-width:40rem){
main{padding:.6rem}body{font-size:15px}
table.stack thead{display:none}
table.stack tr{display:block;border-bottom:2px solid var(--rule);padding:.3rem 0}
table.stack td{display:block;border:0;padding:.1rem .2rem}
table.stack td.num{text-align:left}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}
}
@media print{
body{font-size:10.5pt}main{max-width:none;padding:0}
h2{break-after:avoid}tr,li{break-inside:avoid}
a{color:inherit;text-decoration:none}
nav.toc,.noprint{display:none}
article.nk+article.nk{break-before:page;border:0}
}
"""


def esc(value: Any) -> str:
    """Escape any value for HTML text or a double-quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


@attrs.frozen
class _Speaker:
    number: int
    source: Source
    css: str
    """``s3``, or ``anon``/``unres`` for sources without a name."""

    @property
    def label(self) -> str:
        if self.css == "anon":
            return "A"
        if self.css == "unres":
            return "?"
        return f"S{self.number}"


def _speakers(analysis: Analysis) -> tuple[dict[str, _Speaker], dict[str, _Speaker]]:
    """Speakers by source key in order of first quote, and by quote id."""
    actors = actor_index(analysis.actors)
    by_key: dict[str, _Speaker] = {}
    by_quote: dict[str, _Speaker] = {}
    n = 0
    for quote in sorted(analysis.quotes, key=lambda q: (q.start, q.end)):
        source = source_of(quote, analysis, actors)
        speaker = by_key.get(source.key)
        if speaker is None:
            if source.key == ANONYMOUS:
                css, number = "anon", 0
            elif source.key == UNRESOLVED:
                css, number = "unres", 0
            else:
                n += 1
                css, number = f"s{(n - 1) % len(PALETTE) + 1}", n
            speaker = by_key[source.key] = _Speaker(number, source, css)
        by_quote[quote.id] = speaker
    return by_key, by_quote


def _css() -> str:
    rules = [BASE_CSS.strip()]
    for i, (bg, border) in enumerate(PALETTE, start=1):
        rules.append(f".s{i}{{background:{bg};border-color:{border}}}")
    return "\n".join(rules) + "\n"


# -- the text with its marks ------------------------------------------------


def _render_text(analysis: Analysis, prefix: str, by_quote: dict[str, _Speaker]) -> str:
    """The article text with its marks, properly nested.

    Five layers, outermost first: blocks other than paragraphs (``span.block``
    with the block type: headings, captions…), quote parts (``mark.q``), speaker mentions
    (``span.speaker``), actor mentions (``span.actor``) and cues (``b.cue``). The
    text is cut at every boundary; for each piece the open item of each layer is
    the one that started first (the longest on a tie), and tags are closed and
    reopened only where that changes, so the markup is always well formed and
    the characters shown are exactly the article's.
    """
    text = analysis.article.text
    n = len(text)

    def fits(span: Span | None) -> bool:
        return span is not None and span.start < span.end <= n

    layers: dict[str, list[tuple[Span, Any]]] = {"k": [], "q": [], "s": [], "m": [], "c": []}
    layers["k"] = [(b.span, b) for b in analysis.blocks if b.type != "paragraph" and fits(b.span)]
    for q in analysis.quotes:
        layers["q"].extend((p, q) for p in q.parts if fits(p))
        if q.speaker_mention is not None and fits(q.speaker_mention):
            layers["s"].append((q.speaker_mention, q))
        if q.cue is not None and fits(q.cue):
            layers["c"].append((q.cue, q))
    for actor in analysis.actors:
        layers["m"].extend((m.span, actor) for m in actor.mentions if fits(m.span))
    ends_of_quotes: dict[int, list[Quote]] = {}
    for q in analysis.quotes:
        if q.end <= n and fits(q.span):
            ends_of_quotes.setdefault(q.end, []).append(q)
    bounds = {0, n, *ends_of_quotes}
    for items in layers.values():
        items.sort(key=lambda e: (e[0].start, -e[0].end))
        for span, _ in items:
            bounds.update((span.start, span.end))
    points = sorted(bounds)
    order = ("k", "q", "s", "m", "c")
    closing = {"k": "</span>", "q": "</mark>", "s": "</span>", "m": "</span>", "c": "</b>"}
    out: list[str] = []
    stack: list[tuple[str, tuple[Span, Any]]] = []  # open tags, outermost first
    first_mark: set[str] = set()
    cursor = dict.fromkeys(order, 0)
    active: dict[str, list[tuple[Span, Any]]] = {k: [] for k in order}

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            out.append(closing[stack.pop()[0]])

    def open_tag(layer: str, item: tuple[Span, Any]) -> str:
        _, obj = item
        if layer == "k":
            return f'<span class="block {esc(obj.type)}">'
        if layer == "q":
            sp = by_quote[obj.id]
            anchor = ""
            if obj.id not in first_mark:
                first_mark.add(obj.id)
                anchor = f' id="{esc(prefix)}-{esc(obj.id)}"'
            return (
                f'<mark class="q {sp.css}" data-quote="{esc(obj.id)}" '
                f'data-speaker="{esc(sp.label)}"{anchor} '
                f'title="{esc(obj.kind)} quote {esc(obj.id)}: {esc(sp.source.name)}">'
            )
        if layer == "s":
            sp = by_quote[obj.id]
            return (
                f'<span class="speaker" data-speaker="{esc(sp.label)}" '
                f'title="speaker of {esc(obj.id)}: {esc(sp.source.name)}">'
            )
        if layer == "m":
            return (
                f'<span class="actor" data-actor="{esc(obj.id)}" '
                f'title="{esc(obj.name)} ({esc(obj.kind)})">'
            )
        return '<b class="cue">'

    for start, end in itertools.pairwise(points):
        want: list[tuple[str, tuple[Span, Any]]] = []
        for layer in order:
            items = layers[layer]
            while cursor[layer] < len(items) and items[cursor[layer]][0].start <= start:
                active[layer].append(items[cursor[layer]])
                cursor[layer] += 1
            active[layer] = [e for e in active[layer] if e[0].end > start]
            if active[layer]:
                want.append((layer, active[layer][0]))
        if start in ends_of_quotes:
            close_to(0)
            for q in ends_of_quotes.pop(start):
                out.append(_who(q, by_quote))
        depth = 0
        while depth < min(len(stack), len(want)) and stack[depth] == want[depth]:
            depth += 1
        close_to(depth)
        for layer, item in want[depth:]:
            stack.append((layer, item))
            out.append(open_tag(layer, item))
        out.append(esc(text[start:end]))
    close_to(0)
    for position in sorted(ends_of_quotes):
        for q in ends_of_quotes[position]:
            out.append(_who(q, by_quote))
    return "".join(out)


def _who(quote: Quote, by_quote: dict[str, _Speaker]) -> str:
    """The speaker label after a quote (carries the speaker on paper without colour)."""
    sp = by_quote[quote.id]
    return (
        f'<sup class="who {sp.css}" title="{esc(quote.id)}: {esc(sp.source.name)}">'
        f"{esc(sp.label)}</sup>"
    )


# -- sections ------------------------------------------------------------------


def _legend(by_key: dict[str, _Speaker], analysis: Analysis) -> str:
    counts: dict[str, list[int]] = {}
    actors = actor_index(analysis.actors)
    for q in analysis.quotes:
        key = source_of(q, analysis, actors).key
        row = counts.setdefault(key, [0, 0])
        row[0] += 1
        row[1] += q.kind == "direct"
    items = []
    for key, sp in by_key.items():
        total, direct = counts.get(key, [0, 0])
        who = sp.source.name
        actor = sp.source.actor
        if actor is not None:
            about = [", ".join(actor.roles)]
            affiliation = actors.get(actor.affiliation_id or "")
            about.append(affiliation.name if affiliation is not None else actor.affiliation or "")
            about.append(actor.country or "")
            about = [a for a in about if a and a != actor.name]
            if about:
                who += f" ({'; '.join(about)})"
        items.append(
            f'<li><span class="swatch {sp.css}">{esc(sp.label)}</span>'
            f"<span>{esc(who)} — {total} quote{'s' if total != 1 else ''}"
            f" ({direct} direct)</span></li>"
        )
    if not items:
        return (
            '<section class="legend"><h2>Speakers</h2>'
            '<p class="note">No quotes found.</p></section>'
        )
    return (
        '<section class="legend" aria-label="Speakers"><h2>Speakers</h2><ul>'
        + "".join(items)
        + '</ul><p class="note">Highlight and label: quoted content, by speaker; '
        '<span class="actor">dotted underline</span>: an actor; '
        '<span class="speaker">solid underline</span>: the words naming a quote\'s speaker; '
        '<b class="cue">bold italic</b>: the attribution cue.</p></section>'
    )


def _quotes_table(analysis: Analysis, prefix: str, by_quote: dict[str, _Speaker]) -> str:
    text = analysis.article.text
    rows = []
    for q in analysis.quotes:
        sp = by_quote[q.id]
        cue = q.cue.text(text) if q.cue else ""
        mention = q.speaker_mention.text(text) if q.speaker_mention else ""
        content = quote_text(q, text)
        if len(content) > 300:
            content = content[:297] + "…"
        rows.append(
            f'<tr><td data-label="Quote"><a href="#{esc(prefix)}-{esc(q.id)}">{esc(q.id)}</a></td>'
            f'<td data-label="Speaker"><span class="swatch {sp.css}">{esc(sp.label)}</span> '
            f"{esc(sp.source.name)}"
            + (f' <span class="note">(“{esc(mention)}”)</span>' if mention else "")
            + f'</td><td data-label="Kind">{esc(q.kind)}</td>'
            f'<td data-label="Cue">{esc(cue)}</td>'
            f'<td data-label="Words" class="num">{quoted_words(q, text)}</td>'
            f'<td data-label="Content">{esc(content)}</td></tr>'
        )
    if not rows:
        return ""
    return (
        '<section class="quotes"><h2>Quotes</h2><div class="wrap"><table class="stack">'
        "<thead><tr><th>Quote</th><th>Speaker</th><th>Kind</th><th>Cue</th><th>Words</th>"
        "<th>Content</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div></section>"
    )


def _timeline(analysis: Analysis) -> str:
    text = analysis.article.text
    actors = actor_index(analysis.actors)
    items = []
    for date, event in sorted_events(analysis):
        who = ", ".join(
            f"{actors[p.actor].name if p.actor in actors else p.actor} ({p.role})"
            for p in event.participants
        )
        where = actors[event.where].name if event.where in actors else event.where
        items.append(
            f'<li><span class="date">{esc(date or "undated")}</span>'
            f"<strong>{esc(event.type)}</strong>: “{esc(event.trigger.text(text))}”"
            + (f" — {esc(who)}" if who else "")
            + (f" — in {esc(where)}" if where else "")
            + f' <span class="status">{esc(event.status)}</span></li>'
        )
    body = (
        '<ol class="timeline">' + "".join(items) + "</ol>"
        if items
        else '<p class="note">No events found.</p>'
    )
    return f'<section class="events"><h2>Timeline</h2>{body}</section>'


def _actors_table(analysis: Analysis) -> str:
    rows = []
    for a in analysis.actors:
        extra = "; ".join(
            x for x in (", ".join(a.roles), a.affiliation or "", a.country or "") if x
        )
        rows.append(
            f'<tr><td data-label="Actor">{esc(a.name)}</td><td data-label="Kind">{esc(a.kind)}</td>'
            f'<td data-label="About">{esc(extra)}</td>'
            f'<td data-label="Mentions" class="num">{len(a.mentions)}</td></tr>'
        )
    if not rows:
        return (
            '<section class="actors"><h2>Actors</h2>'
            '<p class="note">No actors found.</p></section>'
        )
    return (
        '<section class="actors"><h2>Actors</h2><div class="wrap"><table class="stack"><thead>'
        "<tr><th>Actor</th><th>Kind</th><th>Role, affiliation, country</th><th>Mentions</th>"
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div></section>"
    )


def _scores_table(analysis: Analysis) -> str:
    rows = []
    for s in analysis.scores:
        value = s.value
        shown = f"{value:.3g}" if isinstance(value, float) else str(value)
        details = ""
        if s.details:
            details = (
                f"<details><summary>details ({len(s.evidence)} evidence spans)</summary>"
                f"<pre>{esc(json_cell(dict(s.details)))}</pre></details>"
            )
        rows.append(
            f'<tr><td data-label="Score"><code>{esc(s.name)}</code></td>'
            f'<td data-label="Value" class="num">{esc(shown)}</td>'
            f'<td data-label="Explanation">{esc(s.explanation)}{details}</td></tr>'
        )
    if not rows:
        return ""
    return (
        '<section class="scores"><h2>Scores</h2><div class="wrap"><table class="stack"><thead>'
        "<tr><th>Score</th><th>Value</th><th>Explanation</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div></section>"
    )


def _errors(analysis: Analysis) -> str:
    if not analysis.errors:
        return ""
    items = "".join(
        f'<li class="error">{esc(e.component)} ({esc(e.plugin)}): {esc(e.message)}</li>'
        for e in analysis.errors
    )
    return f'<section class="errors"><h2>Component errors</h2><ul>{items}</ul></section>'


def _link(url: str | None) -> str:
    if not url:
        return ""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{esc(url)}</a>'
    return esc(url)


def render_article(analysis: Analysis, prefix: str = "a1") -> str:
    """One ``<article>`` element for an analysis (ids inside start with ``prefix``)."""
    art = analysis.article
    by_key, by_quote = _speakers(analysis)
    meta = " · ".join(
        x
        for x in (
            esc(art.source) if art.source else "",
            esc(published_text(art.published)),
            ", ".join(esc(a) for a in art.authors),
            f"id <code>{esc(art.id)}</code>",
            _link(art.url),
        )
        if x
    )
    return (
        f'<article class="nk" id="{esc(prefix)}" lang="{esc(art.language or "en")}">'
        f"<header><h1>{esc(art.title or art.id)}</h1><p class=\"meta\">{meta}</p></header>"
        + _legend(by_key, analysis)
        + '<section class="text"><h2>Text</h2><div class="body">'
        + _render_text(analysis, prefix, by_quote)
        + "</div></section>"
        + _quotes_table(analysis, prefix, by_quote)
        + _timeline(analysis)
        + _actors_table(analysis)
        + _scores_table(analysis)
        + _errors(analysis)
        + "</article>"
    )


def _failures(failures: Sequence[Failure]) -> str:
    if not failures:
        return ""
    items = "".join(
        f'<li class="error"><code>{esc(f.input)}{":" + str(f.line) if f.line else ""}</code>'
        f" {esc(f.error_type)}: {esc(f.message)}</li>"
        for f in failures
    )
    return f'<section class="failures"><h2>Inputs that failed</h2><ul>{items}</ul></section>'


def render_page(title: str, body: str) -> str:
    """A complete HTML document with the stylesheet and a strict Content-Security-Policy."""
    css = _css()
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    csp = (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; "
        "script-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="generator" content="newskit {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>{css}</style></head>\n<body><main>"
        + body
        + f"<footer><p>Generated by newskit {esc(__version__)}.</p></footer></main></body></html>\n"
    )


class HtmlExporter:
    """Self-contained HTML pages: one per article, with an index for a batch."""

    name = "html"
    suffix = ".html"
    media_type = "text/html"
    needs_directory = True

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        """One page holding every article (with a table of contents for several)."""
        articles: list[str] = []
        toc: list[str] = []
        failures: list[Failure] = []
        titles: list[str] = []
        for i, result in enumerate(results, start=1):
            if isinstance(result, Failure):
                failures.append(result)
                continue
            prefix = f"a{i}"
            articles.append(render_article(result, prefix))
            name = result.article.title or result.article.id
            titles.append(name)
            toc.append(f'<li><a href="#{prefix}">{esc(name)}</a></li>')
        nav = ""
        if len(articles) > 1:
            nav = f'<nav class="toc"><h2>Articles</h2><ol>{"".join(toc)}</ol></nav>'
        title = titles[0] if len(titles) == 1 else f"{len(titles)} articles"
        stream.write(render_page(f"{title} — newskit", nav + _failures(failures)
                                 + "".join(articles)))

    def write_directory(self, results: Iterable[Result], directory: Path) -> None:
        """``<id>.html`` per article and an ``index.html`` linking them."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        used: set[str] = {"index"}
        rows: list[str] = []
        failures: list[Failure] = []
        for result in results:
            if isinstance(result, Failure):
                failures.append(result)
                continue
            art = result.article
            stem = file_stem(art.id, used)
            page = render_page(
                f"{art.title or art.id} — newskit",
                '<p class="noprint"><a href="index.html">← all articles</a></p>'
                + render_article(result, "a1"),
            )
            (directory / f"{stem}.html").write_text(page, encoding="utf-8", errors="replace")
            speakers = len({source_of(q, result).key for q in result.quotes})
            rows.append(
                f'<tr><td data-label="Article"><a href="{esc(stem)}.html">{esc(art.id)}</a></td>'
                f'<td data-label="Title">{esc(art.title or "")}</td>'
                f'<td data-label="Published">{esc(published_text(art.published))}</td>'
                f'<td data-label="Quotes" class="num">{len(result.quotes)}</td>'
                f'<td data-label="Sources" class="num">{speakers}</td>'
                f'<td data-label="Events" class="num">{len(result.events)}</td>'
                f'<td data-label="Errors" class="num">{len(result.errors)}</td></tr>'
            )
        table = (
            '<div class="wrap"><table class="stack"><thead><tr><th>Article</th><th>Title</th>'
            "<th>Published</th><th>Quotes</th><th>Sources</th><th>Events</th><th>Errors</th>"
            "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>"
        )
        body = f"<h1>{len(rows)} articles</h1>" + table + _failures(failures)
        (directory / "index.html").write_text(render_page("newskit — articles", body),
                                              encoding="utf-8", errors="replace")
