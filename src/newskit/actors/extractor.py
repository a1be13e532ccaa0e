"""The built-in, rule-based actor extractor.

How it works, in passes over one article:

1. **Name chunks**: one regular expression finds runs of capitalised tokens
   (with name particles: ``von der``). Chunks whose head is an organisation word
   absorb ``of``/``for``/``and``/``at the`` and the next chunk (``Ministry of
   Foreign Affairs``, ``Center for … of the Institute of …``).
2. **Clean-up**: a capitalised common word that starts a sentence, a quotation
   or a heading (``According``, ``Earlier``, ``Expanding``) is dropped unless
   the article also writes it capitalised mid-sentence; all-capital lines only
   yield names the lexicons know.
3. **Analysis of a chunk**: known names (countries, places, organisations,
   media), leading demonyms and known entities as modifiers, titles
   (``Foreign Minister``), and the remaining name classified by organisation
   head words, first names, surnames and shape.
4. **Context**: lower-case titles before a name (``NATO spokeswoman X``) and
   appositions after it (``X, director of the …``) give roles, affiliation and
   country.
5. **One actor per entity**: full names absorb later surnames, long names their
   acronyms; lexicon aliases are merged; a capital used for its state
   (``Beijing's reaction``, ``Tokyo said``) is a mention of the country.
6. **Role nouns and pronouns** (``the diplomat``, ``the newspaper``, ``he``)
   become mentions of the nearest preceding compatible actor.
7. **Groups**: plural nouns of people (``Russian officials``, ``analysts``) are
   actors of their own.

Each pass has its module, whose docstring says why it exists: :mod:`.chunks` (1),
:mod:`.openers` (2), :mod:`.names` (3), :mod:`.places` and :mod:`.revise` (what the
rest of the article says of a candidate), :mod:`.context` (4), :mod:`.merge` (5),
:mod:`.coref` (6), :mod:`.groups` (7), :mod:`.output` (the layer's values), on the shared
:mod:`.candidates`, :mod:`.spans` and :mod:`.words`. This module holds the plugin
class and :func:`find_actors`, which runs the passes in order (and drops a one-word
chunk opening a sentence itself, the commonest chunk, from the memo of
:func:`.openers._opener_fate`).

Every search and match passes ``concurrent=False``: the ``regex`` module otherwise
releases and retakes the GIL around each one, which costs more than most of these
short matches (about a thousand instructions per chunk found); the output is the same.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newskit.lexicons import Lexicons
from newskit.types import Actor, Article, Block, Span

from .candidates import _FIRST, DemonymsAt, TitlesAt, _Cand
from .chunks import _chunks
from .context import _context, _credits
from .coref import _affiliation_nouns, _pronouns, _role_nouns
from .groups import _groups
from .lexicon import ActorLexicon
from .merge import _form_actors
from .names import _MEMO_SIZE, _analyse_chunk, _apply_of_titles, _of_title
from .openers import (
    _CommonHere,
    _drop_openers,
    _heading_runs,
    _opener_fate,
    _the_is_named,
    _upper_chunk,
    _upper_people,
)
from .output import _finish
from .places import _capitals, _spread_places, _states, _surnames_over_states, _tables
from .revise import _SHIP_PREFIXES, _article_names, _ships, _team_nicknames
from .spans import _union

__all__ = ["ActorExtractor", "find_actors"]


class ActorExtractor:
    """Finds people, organisations, media, places and groups (the ``actors`` layer)."""

    name = "actors"
    requires = ("blocks", "sentences")
    produces = ("actors",)

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        self._lexicons = lexicons if lexicons is not None else Lexicons()
        self._lex: ActorLexicon | None = None

    @property
    def lexicon(self) -> ActorLexicon:
        if self._lex is None:
            self._lex = ActorLexicon(self._lexicons)
        return self._lex

    def extract(
        self, article: Article, layers: Mapping[str, tuple[Any, ...]]
    ) -> dict[str, tuple[Any, ...]]:
        # lists, not tuples of generators: no generator frame resumed per block and sentence
        blocks = [b for b in layers.get("blocks", ()) if isinstance(b, Block)]
        sentences = [s for s in layers.get("sentences", ()) if isinstance(s, Span)]
        return {"actors": find_actors(article.text, blocks, sentences, self.lexicon)}


def find_actors(
    text: str,
    blocks: Sequence[Block],
    sentences: Sequence[Span],
    lex: ActorLexicon,
) -> tuple[Actor, ...]:
    """All actors of ``text`` (the work behind :class:`ActorExtractor`)."""
    credits = [b for b in blocks if b.type == "credit"]
    raw, flags, mid_caps = _chunks(text, blocks, sentences, lex)
    common_here = _CommonHere(text, mid_caps)

    fates = lex.opener_fate
    memo = lex.memo
    cands: list[_Cand] = []
    demonym_at: DemonymsAt = {}
    titles_at: TitlesAt = {}
    of_titles: dict[int, tuple[int, str]] = {}
    upper_left: list[tuple[int, int, str]] = []  # words left over in lines in capitals
    prev: list[tuple[int, int, str]] = []
    for toks, flag in zip(raw, flags, strict=True):
        last, prev = prev, toks
        if flag == 3:
            _upper_chunk(toks, lex, cands, upper_left, common_here)
            continue
        if (
            flag == 0
            and last
            and last[-1][1] == toks[0][0] - 4
            and text[last[-1][1] : toks[0][0]] == " of "
        ):
            split = _of_title(toks, last, lex)
            if split is not None:
                # "Chief of Staff Jane Roe", "Secretary of State Jane Roe": the title's
                # words after "of" are no name (nor an organisation)
                b, title, title_start = split
                if b == len(toks):
                    continue
                toks = toks[b:]
                of_titles[toks[0][0]] = (title_start, title)
        if flag == 1 and len(toks) == 1:
            # one word opening a sentence (a third of all chunks: The, But, He…)
            w = toks[0][2]
            fate = fates.get(w)
            if fate is None:
                fate = _opener_fate(w, lex)
                if len(fates) < _MEMO_SIZE:
                    fates[w] = fate
            if fate == 0 or (fate == 2 and w not in mid_caps):
                continue
            if w in lex.common_known and common_here(w):
                continue  # "Time is short": a known name that is a common word, as one
        elif flag == 1 or flag == 2:
            # drop common words that are capitalised only because they open a sentence
            toks = _drop_openers(text, toks, lex, mid_caps)
            if flag == 2:
                # a heading keeps only words the article or the lexicons attest as names
                for run in _heading_runs(toks, lex, mid_caps, common_here):
                    if run:
                        _analyse_chunk(text, run, lex, cands, demonym_at, titles_at)
                continue
            if not toks:
                continue
        elif toks[0][2] == "The" and not _the_is_named(toks, lex):
            # (not when the article is the name's: "in The Hague")
            toks = toks[1:]
            if not toks:
                continue
        if len(toks) == 1:
            # one word seen before yielding at most a name (most chunks): replayed here
            t0 = toks[0]
            plan = memo.get(t0[2])
            if plan is not None and len(plan[0]) < 2 and not plan[1] and not plan[2]:
                if plan[0]:
                    c = plan[0][0].at(t0[0])
                    if flag:
                        c.initial = c.start == t0[0] and c.tokens[0] not in mid_caps
                    cands.append(c)
                continue
        before = len(cands)
        _analyse_chunk(text, toks, lex, cands, demonym_at, titles_at)
        if flag and len(cands) > before:
            c = cands[before]
            c.initial = c.start == toks[0][0] and c.tokens[0] not in mid_caps

    if of_titles:
        _apply_of_titles(cands, of_titles, lex)
    if not mid_caps.isdisjoint(_SHIP_PREFIXES) or not _SHIP_PREFIXES.isdisjoint(
        [toks[0][2] for toks in raw if toks]
    ):
        # (a ship's prefix capitalised mid-sentence, after "the", "aboard", "of", or
        # opening a sentence, a heading or the text: the first word of a chunk)
        _ships(text, cands)
    surnames: dict[str, bool] | None = None  # computed when first asked
    if not mid_caps.isdisjoint(lex.state_words):
        # a state's abbreviation after "Newark, " stands mid-sentence, capitalised
        _states(text, cands, lex)
        surnames = _surnames_over_states(text, cands, lex)
    places = _tables(text, cands, lex)
    if places:
        _spread_places(cands, places)
    _team_nicknames(text, cands, lex)
    linked = _context(text, cands, lex, demonym_at, titles_at, surnames)
    _article_names(text, cands, lex)
    _credits(text, credits, cands, lex)
    actors = _form_actors(text, cands, lex)
    if upper_left:
        _upper_people(upper_left, actors)
    _capitals(text, cands, actors, lex)
    aside = _union([(b.span.start, b.span.end) for b in blocks if b.type in ("caption", "credit")])
    _role_nouns(text, actors, lex, aside)
    if linked:
        _affiliation_nouns(text, cands, actors, lex, aside)
    _pronouns(text, actors, aside)
    _groups(text, actors, lex)
    actors.sort(key=_FIRST)
    return _finish(text, actors)
