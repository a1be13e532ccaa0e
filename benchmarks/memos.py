"""Cross-article memos, emptied and refilled on other articles before each timed pass.

Some components keep what they worked out for a stretch of text from one article to
the next: the actor extractor its plans of name chunks and the fates of words opening
sentences (on its lexicon), the organisation merge the short forms of a name, the quote
finder its speaker phrases and the last names it indexes. On a stream of news they hold
what recurs (the same people, outlets and places, the same attributions). A benchmark
that times a second pass over the same articles finds every stretch memoised, which no
stream of new articles does: callgrind, the default pipeline over the 84 PolNeAR dev
articles after 50 train articles (PYTHONHASHSEED=0): the first pass 3,400 million
instructions, a repeated pass 2,859 million (the memos 228 million of the difference,
one-time work such as patterns compiled at their first use the rest).

So before each timed pass the benchmarks empty these memos and fill them again by running
on PolNeAR *train* articles (not timed): each timed pass then meets the dev articles as new
text, with the memos a stream of earlier articles leaves. One-time work (patterns compiled
at first use, lexicons loaded) stays done, as in a long batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))

WARM_ARTICLES = 300
"""PolNeAR train articles run before each timed pass (about 2 s through the whole
pipeline)."""


def train_texts(n: int = WARM_ARTICLES) -> list[str]:
    """The first ``n`` PolNeAR train texts (by file name): the articles memos are refilled on."""
    directory = CORPUS / "polnear" / "train" / "text"
    return [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))[:n]]


def clear(components: Iterable[Any]) -> None:
    """Empty the cross-article memos: the actor lexicons of ``components`` (any with a
    built ``lexicon`` holding ``memo`` and ``opener_fate``) and the module-level caches of
    the actor merge and the quote finder's speakers. Fails loudly if one has moved, so
    that a benchmark does not silently time memoised passes again."""
    from newskit.actors import merge
    from newskit.quotes import speakers

    for component in components:
        lexicon = getattr(component, "_lex", None)
        if lexicon is not None:
            lexicon.memo.clear()
            lexicon.opener_fate.clear()
    for cache in (merge._suffixes, speakers._chunk_phrase, speakers._last_name):
        cache.cache_clear()


def refill(components: Iterable[Any], run: Callable[[Any], object], warm: Iterable[Any]) -> None:
    """Empty the memos (:func:`clear`), then fill them by calling ``run`` on each of
    ``warm`` (inputs built from :func:`train_texts`)."""
    clear(components)
    for item in warm:
        run(item)
