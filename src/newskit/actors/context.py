"""Pass 4 of the actor extractor: the words around a name.

Titles before it (``NATO spokeswoman X``), appositions and copular descriptions after
it (``X, director of the …``, ``X is a Russian …``) give roles, kinds, countries and
affiliations; credit lines give their photographer's and agency's kinds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newskit.types import Block

from .candidates import _CAND_START, DemonymsAt, TitlesAt, _Cand, _person_surnames
from .lexicon import ActorLexicon
from .patterns import patterns
from .words import _ORGS


def _context(
    text: str,
    cands: list[_Cand],
    lex: ActorLexicon,
    demonym_at: DemonymsAt,
    titles_at: TitlesAt,
    surnames: dict[str, bool] | None,
) -> bool:
    """Roles, kinds, countries and affiliations from the words around each candidate.
    Returns whether a candidate was given the span of an affiliation's role noun
    (``aff_span``: ``… of the bloc Jens Stoltenberg``), which the caller then resolves.
    ``surnames`` is :func:`.candidates._person_surnames` if the caller has it already (else it is
    computed when first asked). The cheap tests of each candidate are made here, the
    steps they let through are methods of :class:`_Context`."""
    ctx = _Context(text, cands, lex, demonym_at, titles_at, surnames)
    pats = patterns()
    before = pats["before"]
    appos = pats["apposition"]
    cues = lex.lower_cues
    for c in cands:
        if c.kind not in (None, "person", "media", "organization"):
            continue
        # lower-case words before: "spokeswoman ", "NATO's spokeswoman ", "the political scientist "
        m = None
        cs = c.start
        if cs > 2 and text[cs - 1] == " ":
            lo = cs - 60 if cs > 60 else 0
            j = text.rfind(" ", lo, cs - 1)
            if text[j + 1 : cs - 1] in cues:
                m = before.search(text, lo, cs, concurrent=False)
        if m is not None:
            if ctx.words_before(c, m):
                continue
        elif c.kind in (None, "person"):
            # "Russian Foreign Minister" chunk right before a name
            p = demonym_at.get(c.start - 1)
            if p is not None and c.kind == "person" and c.code is None:
                c.country, c.code = p[1], p[2]
            es = c.ext_start
            if c.roles and c.affiliation is None and es is not None and es > 3:
                ctx.employer_before(c, es)
        if c.kind not in (None, "person"):
            continue
        if c.kind == "person" and c.code is None and _copula_opens(text, c.end):
            ctx.copula(c)
        if text[c.end : c.end + 1] != ",":
            continue
        m = appos.match(text, c.end, min(len(text), c.end + 160), concurrent=False)
        if m is not None:
            ctx.apposition(c, m)
    return ctx.linked


class _Context:
    """What the steps of :func:`_context` share over an article's candidates: the
    text, the lexicon, demonyms and titles by where they end, the candidates by end
    and by start and the surnames of the article's people (each built when first
    asked: most articles ask few times or never; nothing here moves a candidate), and
    whether a candidate was given the span of an affiliation's role noun."""

    __slots__ = (
        "_by_end",
        "_starts",
        "_surnames",
        "cands",
        "demonym_at",
        "lex",
        "linked",
        "text",
        "titles_at",
    )

    def __init__(
        self,
        text: str,
        cands: list[_Cand],
        lex: ActorLexicon,
        demonym_at: DemonymsAt,
        titles_at: TitlesAt,
        surnames: dict[str, bool] | None,
    ) -> None:
        self.text = text
        self.cands = cands
        self.lex = lex
        self.demonym_at = demonym_at
        self.titles_at = titles_at
        self._surnames = surnames
        self._by_end: dict[int, _Cand] | None = None
        self._starts: dict[int, _Cand] | None = None
        self.linked = False

    def by_end(self) -> dict[int, _Cand]:
        """The candidates by where they end."""
        if self._by_end is None:
            self._by_end = {x.end: x for x in self.cands}
        return self._by_end

    def starts(self) -> dict[int, _Cand]:
        """The candidates by where they start."""
        if self._starts is None:
            self._starts = {x.start: x for x in self.cands}
        return self._starts

    def surnames(self) -> dict[str, bool]:
        """:func:`.candidates._person_surnames`, computed when first asked."""
        if self._surnames is None:
            self._surnames = _person_surnames(self.cands, self.lex)
        return self._surnames

    def words_before(self, c: _Cand, m: Any) -> bool:
        """Lower-case words before ``c`` (``m``, the match of the ``before`` pattern):
        an affiliation's role noun after a title, a noun giving the kind, a title or
        role noun phrase and where the descriptor starts. True when ``c`` was given an
        affiliation's role noun (nothing more read around it)."""
        words = m.group(1).split()
        k = len(words)
        if (
            k >= 2
            and words[-2] == "the"
            and (k == 2 or words[-3] == "of")
            and c.kind in (None, "person")
            and self._role_noun_of(c, m, words)
        ):
            return True
        if c.kind is None or (c.kind == "organization" and c.known is None):
            self._noun_kind(c, words)
        lex = self.lex
        while k > 0 and not lex.is_title(words[-k:]) and not (
            _role_noun_phrase(words[-k:], lex)
            and lex.role_nouns[" ".join(words[-k:]).lower()].kind == (c.kind or "person")
        ):
            k -= 1
        if k > 0 and c.kind in (None, "person"):
            phrase = " ".join(words[-k:])
            if lex.is_title(words[-k:]):
                c.roles.insert(0, phrase)
                c.kind = "person"
                c.gender = c.gender or lex.title_gender(phrase)
                c.evidence = max(c.evidence, 2)
        if k > 0:
            self._descriptor(c, m, words, k)
        return False

    def _role_noun_of(self, c: _Cand, m: Any, words: list[str]) -> bool:
        """A title, ``of the`` and an organisation's role noun before a person (the
        words before it end in ``of the`` and a noun, or are ``the`` and a noun): ``c``
        the titled person, the noun's span to resolve to the organisation."""
        k = len(words)
        # "Secretary General of the bloc Ana Berg"
        noun = self.lex.role_nouns.get(words[-1])
        of_at = m.end(1) - len(" ".join(words[-3:])) - 2
        t = self.titles_at.get(of_at) if k >= 3 else None
        if noun is None or noun.kind not in ("organization", "media") or t is None:
            return False
        c.roles[:0] = t[1]
        c.kind = "person"
        c.gender = c.gender or t[2]
        c.evidence = max(c.evidence, 2)
        c.ext_start = t[0]
        c.aff_span = (m.end(1) - len(words[-1]) - 5, m.end(1) - 1)
        self.linked = True
        return True

    def _noun_kind(self, c: _Cand, words: list[str]) -> None:
        """An organisation's role noun just before ``c``, a name of no kind or an
        unknown organisation's, gives its kind."""
        # "the newspaper Aftenposten", "the company Acme": the noun gives the kind
        # (not to a person's surname: "the campaign Clinton wanted")
        noun = self.lex.role_nouns.get(words[-1])
        if (
            noun is not None
            and noun.kind in _ORGS
            and len(c.tokens) < 4
            and (len(c.tokens) > 1 or not self.surnames().get(c.tokens[0]))
        ):
            c.kind = noun.kind

    def _descriptor(self, c: _Cand, m: Any, words: list[str], k: int) -> None:
        """The descriptor of ``c``, its last ``k`` words before it: what stands just
        before it (an organisation, a place, a demonym) gives the affiliation or the
        country, and the extent of ``c`` starts there (with a ``the`` before)."""
        text = self.text
        # start of the words making up the descriptor
        ds = m.end(1) - len(" ".join(words[-k:])) - 1
        ds = max(ds, m.start(1))
        prev_end = ds - 1 if ds > 0 and text[ds - 1] == " " else ds
        if text[max(0, prev_end - 2) : prev_end] in ("'s", "’s"):
            prev_end -= 2
        prev = self.by_end().get(prev_end)
        if prev is not None and prev.kind in _ORGS and c.kind == "person":
            c.affiliation = c.affiliation or prev
            if prev.known is not None and prev.known.country_code and c.code is None:
                c.country, c.code = prev.known.country, prev.known.country_code
            c.ext_start = prev.start
        elif prev is not None and prev.kind == "place" and c.code is None:
            c.country = prev.known.country if prev.known else prev.text
            c.code = prev.known.country_code if prev.known else None
            c.ext_start = prev.start
        elif prev_end in self.demonym_at:
            dstart, country, code = self.demonym_at[prev_end]
            if c.code is None:
                c.country, c.code = country, code
            c.ext_start = dstart
        else:
            c.ext_start = ds
        es = c.ext_start if c.ext_start is not None else ds
        if text[max(0, es - 4) : es] in ("the ", "The "):
            c.ext_start = es - 4

    def employer_before(self, c: _Cand, es: int) -> None:
        """A titled name with no affiliation whose extent starts at ``es``: a medium's
        or organisation's possessive before it is the person's employer."""
        # a medium's or organisation's possessive before the titled name, a
        # place (a bureau) between them or not: "CNN's Political Editor Jo Roe",
        # "Acme News' Washington Managing Editor Jo Roe": the person's employer
        q = self.text[es - 3 : es]
        prev_end = -1
        if q in ("'s ", "’s "):
            prev_end = es - 3
        elif q[0] == "s" and q[1:] in ("' ", "’ "):
            prev_end = es - 2  # "Acme News' "
        if prev_end > 0:
            prev = self.by_end().get(prev_end)
            if prev is not None and prev.kind in _ORGS:
                c.affiliation = prev

    def copula(self, c: _Cand) -> None:
        """A person's country from a demonym after a copula (``X is a Russian …``)."""
        text = self.text
        cm = patterns()["copula"].match(
            text, c.end, min(len(text), c.end + 80), concurrent=False
        )
        if cm is not None and cm.group(1) in self.lex.demonyms:
            c.country, c.code = self.lex.demonyms[cm.group(1)]

    def apposition(self, c: _Cand, m: Any) -> None:
        """An apposition after ``c`` and its comma (``m``, the match of the
        ``apposition`` pattern) ending in a title: a person with that role; demonyms
        and organisations in it, or one it names after the title, give the country and
        the affiliation."""
        lex = self.lex
        words = m.group(1).split()
        k = len(words)
        while k > 0 and not lex.is_title(words[-k:]):
            k -= 1
        if k == 0:
            return
        phrase = " ".join(words[-k:])
        c.roles.append(phrase)
        c.kind = "person"
        c.gender = c.gender or lex.title_gender(phrase)
        c.evidence = max(c.evidence, 2)
        starts = self.starts()
        for w in words[: len(words) - k]:
            if w in lex.demonyms and c.code is None:
                c.country, c.code = lex.demonyms[w]
            kn = lex.known.get(w)
            if kn is not None and kn.kind in ("organization", "media"):
                c.affiliation = c.affiliation or starts.get(m.start(1) + _offset(words, w))
        if m.end() > m.end(1):
            self._affiliation_after(c, starts.get(m.end()))

    def _affiliation_after(self, c: _Cand, aff: _Cand | None) -> None:
        """``aff``, the candidate an apposition names after its title, the affiliation
        of ``c`` (an organisation if of no kind), unless a surname of a person."""
        # "a spokesman for the Roe campaign", "a spokeswoman for Roe": the
        # surname of a person the article names is that person, not an organisation
        if (
            aff is not None
            and aff.kind is None
            and len(aff.tokens) == 1
            and self.surnames().get(aff.tokens[0])
        ):
            aff = None
        if aff is not None and aff.kind in ("organization", "media", None):
            if aff.kind is None:
                aff.kind = "organization"
            c.affiliation = c.affiliation or aff
            if aff.code and c.code is None:
                c.country, c.code = aff.country, aff.code


_COPULA_VERBS = ("is", "was", "became", "becomes", "remains", ",")


def _copula_opens(text: str, end: int) -> bool:
    """Whether the text at ``end`` opens as the ``copula`` pattern needs (``, who was``,
    `` became``, ``, ,``): a space, or a comma and a space, an optional ``who``, then its
    verb or comma. Tested before the pattern, which a name is followed by a dozen
    times an article and matches almost never (a pattern match costs more than these
    string tests)."""
    ch = text[end : end + 1]
    if ch == ",":
        end += 1
        ch = text[end : end + 1]
        if ch != " " and ch != "\u00a0":
            return False
    elif ch != " ":
        return False
    end += 1
    if text.startswith(("who ", "who\u00a0"), end):
        end += 4
    return text.startswith(_COPULA_VERBS, end)


def _offset(words: list[str], w: str) -> int:
    pos = 0
    for x in words:
        if x == w:
            return pos
        pos += len(x) + 1
    return pos


def _role_noun_phrase(words: list[str], lex: ActorLexicon) -> bool:
    return " ".join(words).lower() in lex.role_nouns


def _credits(text: str, credits: Sequence[Block], cands: list[_Cand], lex: ActorLexicon) -> None:
    """Photo credits: the structure layer gives ``photographer`` and ``agency``."""
    if not credits:
        return
    for b in credits:
        photographer = b.attributes.get("photographer")
        agency = b.attributes.get("agency")
        seg = text[b.span.start : b.span.end]
        aff: _Cand | None = None
        if agency:
            pos = seg.find(agency)
            if pos >= 0:
                s = b.span.start + pos
                aff = next((c for c in cands if c.start == s and c.end == s + len(agency)), None)
                if aff is None:
                    aff = next(
                        (c for c in cands if c.start >= s and c.end <= s + len(agency)), None
                    )
                if aff is None:
                    aff = _Cand(s, s + len(agency), agency, agency.split())
                    cands.append(aff)
                k = lex.known.get(agency)
                if k is not None:
                    aff.known, aff.kind = k, k.kind
                elif aff.kind is None or aff.kind == "person":
                    aff.kind = "media"
        if photographer:
            pos = seg.find(photographer)
            if pos < 0:
                continue
            s = b.span.start + pos
            e = s + len(photographer)
            p = next((c for c in cands if c.start == s), None)
            if p is None:
                p = _Cand(s, e, photographer, photographer.split())
                cands.append(p)
            # the name is one candidate ("MICHAEL B. THOMAS", not also "B. THOMAS")
            cands[:] = [c for c in cands if c is p or c.end <= s or c.start >= e]
            p.end = e
            p.text = photographer
            p.tokens = photographer.split()
            p.evidence = 2
            first = lex.known.get(p.tokens[0])
            if (
                len(p.tokens) > 1
                and first is not None
                and first.kind == "place"
                and p.tokens[-1] not in lex.surnames
            ):
                # an outlet named after its town credited for the picture ("Jo City
                # Sentinel via …"), not a photographer
                p.kind = "media"
                p.known = None
                continue
            p.kind = "person"
            if "photographer" not in p.roles:
                p.roles.append("photographer")
            if aff is not None:
                p.affiliation = aff
    cands.sort(key=_CAND_START)
