"""The brat standoff reader and writer."""

from __future__ import annotations

from newskit.brat import BratDocument, BratTextbound, read_ann, textbound_text, write_ann

ANN = (
    "T1\tSource 0 8\tThe mayor\n"
    "T2\tCue 9 13\tsaid\n"
    "T3\tContent 14 20;25 31\tstreets closed\n"
    "T4\tAttribution 9 13\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "#1\tAnnotatorNotes T3\tcheck this\n"
)


def test_reads_textbounds_with_discontinuous_offsets() -> None:
    doc = read_ann(ANN)
    content = doc.textbounds["T3"]
    assert content.type == "Content"
    assert content.fragments == ((14, 20), (25, 31))
    assert (content.start, content.end) == (14, 31)


def test_reads_events_with_roles() -> None:
    doc = read_ann(ANN)
    (event,) = doc.events
    assert event.type == "Attribution"
    assert event.trigger == "T4"
    assert event.argument("Source") == "T1"
    assert event.argument("Content") == "T3"
    assert event.argument("Missing") is None


def test_keeps_other_lines_verbatim() -> None:
    doc = read_ann(ANN)
    assert doc.other == ("#1\tAnnotatorNotes T3\tcheck this",)


def test_round_trip() -> None:
    doc = read_ann(ANN)
    assert write_ann(doc) == ANN
    assert read_ann(write_ann(doc)) == doc


def test_text_spanning_lines_is_one_annotation() -> None:
    ann = "T1\tContent 0 12\tfirst\nsecond\nT2\tCue 13 17\tsaid\n"
    doc = read_ann(ann)
    assert doc.textbounds["T1"].text == "first\nsecond"
    assert set(doc.textbounds) == {"T1", "T2"}
    assert read_ann(write_ann(doc)) == doc


def test_malformed_lines_do_not_raise() -> None:
    doc = read_ann("T1\tSource x y\tbad\nE1\tAttribution\nT2\tCue 5 3\tbackwards\n")
    assert doc.textbounds == {}
    assert len(doc.other) == 3


def test_write_built_document() -> None:
    doc = BratDocument(
        textbounds={"T1": BratTextbound(id="T1", type="Source", fragments=[(0, 3)], text="Ann")}
    )
    assert write_ann(doc) == "T1\tSource 0 3\tAnn\n"
    assert textbound_text("Ann said so", [(0, 3), (9, 11)]) == "Ann so"
