from datetime import date

from parley.evaluate import Score, expected_keys, predicted_keys
from parley.model import Deadline, Extraction, Figure, Statement


def test_score_arithmetic():
    score = Score()
    score.add("a", {1, 2, 3}, {2, 3, 4, 5})
    assert (score.true_positives, score.precision, score.recall) == (2, 2 / 3, 0.5)
    assert score.misses == ["a: 4", "a: 5"] and score.extras == ["a: 1"]


def test_nothing_expected_and_nothing_found_is_perfect():
    assert (Score().precision, Score().recall) == (1.0, 1.0)


def test_keys_of_extraction_and_truth_meet():
    extraction = Extraction(
        statements=(Statement("x", 0, 1, actor="russia", issues=("ceasefire", "summit")),
                    Statement("y", 2, 3, issues=("ceasefire",))),
        figures=(Figure(value=1200, text="x", start=0, end=1, category="prisoners"),),
        deadlines=(Deadline(label="d", text="x", start=0, end=1, due=date(2025, 9, 2)),),
    )
    truth = {"figures": [[1200, "prisoners"]], "pairs": [["russia", "ceasefire"], ["russia", "summit"]],
             "deadlines": ["2025-09-02"]}
    assert predicted_keys(extraction) == expected_keys(truth)
