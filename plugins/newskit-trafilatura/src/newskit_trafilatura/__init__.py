"""newskit-trafilatura: web pages and web archives as newskit input.

Registered through the ``newskit`` entry point; provides two loaders:

* ``html`` (``.html``, ``.htm``): the main text of a saved page with trafilatura,
  its metadata, headings and figure captions as blocks, and offsets back to
  the page (:func:`html_span`);
* ``warc`` (``.warc``, ``.warc.gz``): every HTML response of a web archive.

trafilatura, htmldate and warcio are imported when a page is first loaded,
not when newskit starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newskit import hookimpl

from .offsets import html_span

__version__ = "0.1.0"
__all__ = ["html_span", "newskit_register_loaders"]


@hookimpl
def newskit_register_loaders() -> Iterable[Any]:
    from .html import HtmlLoader
    from .warc import WarcLoader

    return [HtmlLoader(), WarcLoader()]
