"""The quote evaluation: metric definitions on small hand-made data, the CLI, the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newskit.evaluation.quotes import (
    Document,
    Prediction,
    exact_bounds,
    load_documents,
    read_gold,
    score_documents,
)

TEXT = (
    '"The bridge will reopen," Mayor Lea Stone said on Monday.\n\n'
    "Officials said the repairs would cost more than planned.\n"
)
# T1 source, T2 cue, T3 content (direct), T4 source, T5 cue, T6 content (indirect)
ANN = (
    "T1\tSource 26 41\tMayor Lea Stone\n"
    "T2\tCue 42 46\tsaid\n"
    "T3\tContent 0 25\t\"The bridge will reopen,\"\n"
    "T4\tAttribution 42 46\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 59 68\tOfficials\n"
    "T6\tCue 69 73\tsaid\n"
    "T7\tContent 74 114\tthe repairs would cost more than planned\n"
    "T8\tAttribution 69 73\tsaid\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
)


def doc() -> Document:
    return Document(name="t", text=TEXT, gold=tuple(read_gold(TEXT, ANN)))


def test_gold_direct_and_indirect() -> None:
    gold = doc().gold
    assert [g.direct for g in gold] == [True, False]
    assert TEXT[gold[1].start : gold[1].end] == "the repairs would cost more than planned"


def test_perfect_predictions() -> None:
    preds = [Prediction(start=1, end=24, speaker_mention=(26, 41)),
             Prediction(start=74, end=114, speaker_mention=(59, 68))]
    result = score_documents([doc()], [preds])
    assert result["precision"] == 1.0
    assert result["recall"] == 1.0
    assert result["exact_f1"] == 1.0  # marks and the comma are trimmed before comparing
    assert result["attributed_f1"] == 1.0
    assert result["all_attribution_recall"] == 1.0
    assert result["speaker_accuracy"] == 1.0


def test_wrong_speaker_counts_as_match_but_not_attributed() -> None:
    preds = [Prediction(start=1, end=24, speaker_mention=(74, 77))]
    result = score_documents([doc()], [preds])
    assert result["precision"] == 1.0
    assert result["attributed_precision"] == 0.0
    assert result["speaker_accuracy"] == 0.0
    assert result["all_attribution_recall"] == 0.5


def test_half_overlap_rule_and_unmatched_prediction() -> None:
    # "The bridge" (9 non-space characters) against the 22 of the gold quote: shorter
    # side fully shared, so it matches; a span in the second sentence's source does not
    preds = [Prediction(start=1, end=11), Prediction(start=59, end=68)]
    result = score_documents([doc()], [preds])
    assert result["counts"]["matched"] == 1
    assert result["precision"] == 0.5
    assert result["exact_precision"] == 0.0


def test_exact_bounds_trim() -> None:
    text = ' "Hello, world," '
    assert exact_bounds(text, 0, len(text)) == (2, 14)


def test_load_documents_picks_first_annotation(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "ann").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "ann" / "a_1111.ann").write_text(ANN, "utf-8")
    (tmp_path / "ann" / "a_2222.ann").write_text("", "utf-8")
    (tmp_path / "text" / "unannotated.txt").write_text("x", "utf-8")
    docs = load_documents(tmp_path / "text", tmp_path / "ann")
    assert [d.name for d in docs] == ["a"]
    assert len(docs[0].gold) == 2


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newskit.cli import main

    (tmp_path / "text").mkdir()
    (tmp_path / "ann").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "ann" / "a.ann").write_text(ANN, "utf-8")
    code = main(["evaluate", "quotes", "--text", str(tmp_path / "text"),
                 "--ann", str(tmp_path / "ann"), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    assert result["recall"] == 1.0
    assert result["all_attribution_recall"] == 1.0


def test_cli_missing_directory(tmp_path: Path) -> None:
    from newskit.cli import main

    assert main(["evaluate", "quotes", "--text", str(tmp_path / "no"),
                 "--ann", str(tmp_path)]) == 2


def test_polnear_dev_sample(corpus: Path) -> None:
    from newskit.evaluation.quotes import evaluate

    dev = corpus / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip("PolNeAR dev not present")
    docs = load_documents(dev / "text", dev / "attributions", limit=10)
    result = evaluate(docs)
    # a sample, so loose floors: the full figures are in benchmarks/eval_quotes.py
    assert result["precision"] > 0.8
    assert result["recall"] > 0.9
