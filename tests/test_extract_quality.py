"""Extraction scored on the labelled development set; fails under the issue's thresholds."""

from parley.evaluate import report, score_files
from parley.settings import ROOT

LABELLED = ROOT / "tests" / "fixtures" / "labelled"
THRESHOLDS = {"figures": (0.9, 0.9), "pairs": (0.75, 0.8), "deadlines": (0.75, 0.75)}


def test_the_set_is_big_enough():
    assert len(list(LABELLED.glob("*.yaml"))) >= 10


def test_extraction_quality_on_the_labelled_set():
    scores = score_files(LABELLED.glob("*.yaml"))
    print(report(scores))
    for kind, (precision, recall) in THRESHOLDS.items():
        score = scores[kind]
        detail = "\n".join(["missed:", *score.misses, "extra:", *score.extras])
        assert score.precision >= precision, f"{kind} precision {score.precision:.2f}\n{detail}"
        assert score.recall >= recall, f"{kind} recall {score.recall:.2f}\n{detail}"
