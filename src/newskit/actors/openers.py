"""Pass 2 of the actor extractor: capitals that mark no name.

A word capitalised only because it opens a sentence (``According``), the article
opening a chunk (``The``, unless the name's: ``The Hague``), and lines in capitals
(headlines), which yield only the names the lexicons know and the words that name a
person of the article (``ROE’S PLAN``); in a chunk of several words opening a
sentence, the common words before the name (:func:`_drop_openers`), and in a
title-case heading the words no name attests (:func:`_heading_runs`).
"""

from __future__ import annotations

from collections.abc import Container

from .candidates import _Actor, _Cand
from .lexicon import ActorLexicon
from .names import _known_at, _title_at
from .words import _FUNCTION_OPENERS, _NOT_NAMES, _OF_FOR


def _opener_fate(w: str, lex: ActorLexicon) -> int:
    """What the loop of :func:`.extractor.find_actors` makes of the one-word chunk ``w`` opening a
    sentence, apart from the article: 0 dropped (an article), 1 kept (a demonym, a known
    name, a word not common), 2 dropped unless the article writes it capitalised
    mid-sentence (a common word: ``According``, ``Earlier``)."""
    lw = w.lower()
    if lw in ("the", "a", "an"):
        return 0
    if w in lex.demonyms or w in lex.adjectives or w in lex.known:
        return 1
    return 2 if lw in lex.common or w in _NOT_NAMES else 1


_UPPER_POSSESSIVE = frozenset({"'S", "\u2019S"})


def _the_is_named(toks: list[tuple[int, int, str]], lex: ActorLexicon) -> bool:
    """Whether ``The`` opening ``toks`` is part of a known name that begins with it
    (``The Hague``, ``The Atlantic``), not an article to drop."""
    return (
        len(toks) > 1
        and toks[1][2] in lex.the_seconds
        and _known_at(toks, 0, lex, len(toks)) > 1
    )


def _upper_chunk(
    toks: list[tuple[int, int, str]],
    lex: ActorLexicon,
    cands: list[_Cand],
    left: list[tuple[int, int, str]],
    common_here: _CommonHere,
) -> None:
    """An all-capital headline: only names the lexicons know (also before a possessive:
    ``CHINA’S``), and of those that are common words too only the ones the article does
    not write as the word (:class:`_CommonHere`: ``FOR THE FIRST TIME``); the words left
    over go to ``left`` (maybe people the body names)."""
    i = 0
    n = len(toks)
    while i < n:
        for j in range(min(n, i + 5), i, -1):
            surface = " ".join([t[2] for t in toks[i:j]])
            k = lex.known_upper.get(surface)
            end = toks[j - 1][1]
            if k is None and surface[-2:] in _UPPER_POSSESSIVE:
                surface = surface[:-2]
                end -= 2
                k = lex.known_upper.get(surface)
            if (
                k is not None
                and (j - i > 1 or len(surface) > 2 or k.mention_kind == "acronym")
                and not (surface in lex.common_known and common_here(surface))
            ):
                c = _Cand(toks[i][0], end, surface, surface.split(" "))
                c.known = k
                c.kind = k.kind
                c.mention_kind = "alias"
                c.evidence = 3
                cands.append(c)
                i = j
                break
        else:
            left.append(toks[i])
            i += 1


class _CommonHere:
    """Whether a known name of one word that is a common word too (in ``common_known``:
    ``Time``, ``TIME``) is that word in this article: written in lower case as a word
    (``time``) and never capitalised mid-sentence (``Time`` or ``TIME``).

    The answer depends only on the article, so it is kept per word: asking again for
    each occurrence would scan the text once per occurrence (quadratic in a text
    that repeats the word)."""

    __slots__ = ("answers", "mid_caps", "text")

    def __init__(self, text: str, mid_caps: Container[str]) -> None:
        self.text = text
        self.mid_caps = mid_caps
        self.answers: dict[str, bool] = {}

    def __call__(self, w: str) -> bool:
        answer = self.answers.get(w)
        if answer is None:
            answer = self.answers[w] = self._scan(w)
        return answer

    def _scan(self, w: str) -> bool:
        mixed = w[:1] + w[1:].lower()
        if mixed in self.mid_caps or w.upper() in self.mid_caps:
            return False
        text = self.text
        lw = w.lower()
        n = len(text)
        i = text.find(lw)
        while i >= 0:
            j = i + len(lw)
            if (i == 0 or not text[i - 1].isalpha()) and (j >= n or not text[j].isalpha()):
                return True
            i = text.find(lw, j)
        return False


def _upper_people(left: list[tuple[int, int, str]], actors: list[_Actor]) -> None:
    """A word of a line or heading in capitals that is the last word of the name of one
    person the article names (``OBAMA’S`` after ``Barack Obama``) is a mention of them."""
    people: dict[str, _Actor | None] = {}
    for a in actors:
        if a.kind == "person" and len(a.tokens) > 1:
            last = a.tokens[-1].upper()
            people[last] = None if people.get(last, a) is not a else a
    if not people:
        return
    for s, e, w in left:
        if w[-2:] in _UPPER_POSSESSIVE:
            w = w[:-2]
            e -= 2
        person = people.get(w)
        if person is not None and len(w) > 2:
            person.mentions.append((s, e, "alias"))


def _drop_openers(
    text: str,
    toks: list[tuple[int, int, str]],
    lex: ActorLexicon,
    mid_caps: Container[str],
) -> list[tuple[int, int, str]]:
    """``toks`` (a chunk of several words opening a sentence or a heading) without the
    common words capitalised only because they open it (``According``, ``In August``),
    and without an article that is not the name's (``The``, not in ``The Hague``)."""
    while toks:
        w = toks[0][2]
        lw = w.lower()
        if lw in ("the", "a", "an"):
            if w == "The" and _the_is_named(toks, lex):
                return toks  # the article is the name's: "The Hague", "The Hill"
            toks = toks[1:]
            continue
        if (
            w in lex.org_heads
            and len(toks) > 2
            and w not in lex.known
            and _title_at(toks, 1, lex, len(toks))
        ):
            # "Party Chairman Jane Roe" opening a sentence: the organisation word
            # alone names none (even when the article writes "Republican Party")
            return toks[1:]
        if w in mid_caps or w in lex.demonyms or w in lex.adjectives:
            return toks
        if _known_at(toks, 0, lex, len(toks)):
            return toks
        if w.isupper() and " ".join([t[2] for t in toks]) in lex.known_upper:
            return toks  # a dateline's "DES MOINES"
        if lw in _FUNCTION_OPENERS and len(toks) > 1:
            toks = toks[1:]
            if len(toks) > 1 and toks[0][2] in _NOT_NAMES:
                toks = toks[1:]  # "In August Trump met …", "On Monday Jo Roe …"
            continue
        if len(toks) > 1 and (
            w in lex.first_names
            or _title_at(toks, 0, lex, len(toks))
            or not lex.org_heads.isdisjoint([t[2] for t in toks[1:]])
            or (w in lex.org_heads and text[toks[0][1] : toks[1][0]] in _OF_FOR)
            or (
                len(toks) > 2
                and toks[1][2] in lex.plural_titles
                and text[toks[1][1] : toks[2][0]] == " of "
            )
        ):
            # "Ministry of Defence", "Bank of France", "Joint Chiefs of Staff": a
            # name, not a word
            return toks
        if lw in lex.common or w in _NOT_NAMES:
            toks = toks[1:]
            continue
        return toks
    return toks


def _heading_runs(
    toks: list[tuple[int, int, str]],
    lex: ActorLexicon,
    mid_caps: Container[str],
    common_here: _CommonHere,
) -> list[list[tuple[int, int, str]]]:
    """The runs of words a heading's chunk keeps (each a chunk of its own; some empty):
    words the article or the lexicons attest as names, and a first name opening a name
    with the census surname after it that is no common word, title nor organisation
    word (:func:`_first_last`; ``Ann Coulter``, ``Jane Roe``; not ``Hillary Just``, nor
    ``Hammers`` after ``Elizabeth Warren``)."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    pair = -1  # the index of the last word kept with the words before it
    known_end = -1  # the index of the last word of a known name
    for i, t in enumerate(toks):
        w = t[2]
        tl = _title_at(toks, i, lex, len(toks) - 2) if i > pair else 0
        if tl and _first_last(toks, i + tl, lex):
            # a title before a first name and a word that is no common word:
            # the person's ("NATO Chief Jens Stoltenberg Meets …"), the
            # title a role and a kept word before it an affiliation
            pair = i + tl + 1  # (the words up to it follow, kept)
            runs[-1].append(t)
            continue
        kl = (
            _known_at(toks, i, lex, len(toks))
            if i > pair and w in lex.known_words
            else 0
        )
        if kl > 1:
            # a name the lexicons know, whole and alone ("NY Post")
            if runs[-1]:
                runs.append([])
            pair = known_end = i + kl - 1
            runs[-1].append(t)
        elif not runs[-1] and _first_last(toks, i, lex) and toks[i + 1][2] in lex.surnames:
            # the title's test above, and the census surname asked for too: without a
            # title before it a first name and any capitalised word are too often a
            # headline's words ("Clinton Scandals", "Bill Revoking Hillary")
            pair = i + 1
            runs[-1].append(t)
        elif (
            i <= pair
            or w in mid_caps
            or (
                w in lex.known
                and not (w in lex.common_known and common_here(w))
            )
            or w in lex.demonyms
            or (w in lex.first_names and w.lower() not in lex.common)
        ):
            runs[-1].append(t)
            if i == known_end:
                runs.append([])
        elif runs[-1]:
            runs.append([])
    return runs


def _first_last(toks: list[tuple[int, int, str]], i: int, lex: ActorLexicon) -> bool:
    """Whether tokens ``i`` and ``i + 1`` of a heading's chunk are a first name and a
    surname: a word that is no common word, title nor organisation word (``Jens
    Stoltenberg``; not ``Jo Meets``, ``Jo Party``). After a title that is enough; a run
    that opens with a first name also asks for a census surname (:func:`_heading_runs`)."""
    if i + 1 >= len(toks) or toks[i][2] not in lex.first_names:
        return False
    w = toks[i + 1][2]
    return (
        w[:1].isupper()
        and w.lower() not in lex.common
        and w not in lex.title_words
        and w not in lex.org_heads
    )
