"""The html exporter's page as a reader sees it, in headless Chromium.

Skipped where no Chromium is installed (Debian: ``apt-get install chromium``).
Chromium loads the page from a file with networking off; the DOM it dumps is
what the browser built, so it shows whether any markup from the article became
live, and its log (``--enable-logging=stderr``) shows console messages,
including Content-Security-Policy violations.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from pathlib import Path

import attrs
import pytest

from newskit.export import HtmlExporter
from newskit.lexicons import Lexicons
from newskit.scoring import AttributionScorer, LanguageScorer, SourcingScorer
from newskit.types import Analysis
from test_scorers import TEXT, build_analysis

BROWSER = next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome"))
     if p), None
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed")

PAYLOAD = (
    "<script>document.title='pwned';console.error('script ran')</script>"
    "<img src=x onerror=\"console.error('handler ran')\">"
)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--enable-logging=stderr", "--v=0",
]


def run_browser(page: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    assert BROWSER is not None
    return subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def hostile_analysis() -> Analysis:
    text = TEXT.replace("Officials said", f"Officials {PAYLOAD} said")
    analysis = build_analysis(text, title=PAYLOAD + "Bridge")
    scorers = (SourcingScorer(), AttributionScorer(Lexicons()), LanguageScorer(Lexicons()))
    return attrs.evolve(analysis, scores=[s for sc in scorers for s in sc.score(analysis)])


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "page.html"
    buffer = io.StringIO()
    HtmlExporter().write([hostile_analysis()], buffer)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_console_is_observed(tmp_path: Path) -> None:
    """The harness sees console messages (else the absence checks below prove nothing)."""
    probe = tmp_path / "probe.html"
    probe.write_text("<!DOCTYPE html><title>t</title><script>console.error('probe')</script>",
                     encoding="utf-8")
    result = run_browser(probe, tmp_path, "--dump-dom")
    if not any("probe" in line for line in console_lines(result.stderr)):
        pytest.skip("this Chromium does not log console messages to stderr")


def test_reader_sees_highlights_and_legend_and_no_script(page: Path, tmp_path: Path) -> None:
    test_console_is_observed(tmp_path)
    result = run_browser(page, tmp_path, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    # Nothing from the article became markup, and nothing ran.
    assert "<script" not in dom.lower()
    assert "<img" not in dom.lower()
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title is not None
    assert html.unescape(title.group(1)) == PAYLOAD + "Bridge — newskit"  # not "pwned"
    assert console_lines(result.stderr) == []  # no script output, no CSP violation
    # The payload is on the page as text.
    assert "&lt;script&gt;document.title='pwned'" in dom
    # Quotes are highlighted by speaker, with a legend.
    quotes = set(re.findall(r'<mark class="q [^"]+" data-quote="(q\d+)"', dom))
    assert quotes == {"q1", "q2", "q3", "q4", "q5"}
    legend = re.search(r'<section class="legend".*?</section>', dom, re.S)
    assert legend is not None
    assert "Ida Holm" in legend.group(0) and "Tom Reyes" in legend.group(0)
    assert 'class="swatch s1"' in legend.group(0)
    assert '<ol class="timeline">' in dom


@pytest.mark.parametrize("width", [390, 1000])
def test_page_renders_on_phone_and_desktop(page: Path, tmp_path: Path, width: int) -> None:
    shot = tmp_path / f"page-{width}.png"
    result = run_browser(page, tmp_path, f"--window-size={width},1800", f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    png_width = int.from_bytes(data[16:20], "big")
    assert png_width == width


def test_page_prints(page: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    result = run_browser(page, tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert result.returncode == 0, result.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert console_lines(result.stderr) == []
