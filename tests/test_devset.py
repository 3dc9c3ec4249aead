"""The development-set scorer on a tiny set written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from parley.devset import Calibration, read_reports, score_reports

BODY = """MOSCOW, April 28. /Agency/. Russia and Ukraine agreed to exchange 300 prisoners each.

Kyiv said it would take the offer within two weeks. A strike on the city injured 12 people.
"""


def test_scores_a_report_of_the_truth_schema(tmp_path: Path):
    (tmp_path / "01_x.txt").write_text("TITLE: X\nOUTLET: Y\nPUBLISHED: 2025-04-28\n\n" + BODY)
    truth = [{"id": "01", "file": "devset/01_x.txt", "figures": [
        {"value": 300, "unit": "prisoners", "salience": "core"},
        {"value": 2, "unit": "weeks", "salience": "core"},          # counted in days by extraction
        {"value": 9, "unit": "things", "salience": "core"}],       # not in the text: missed
        "positions": [{"actor_group": ["Russia", "Ukraine"], "issue": "prisoner exchanges"},
                      {"actor_group": "Ukraine", "issue": "prisoner exchanges"}],
        "deadlines": [{"due": "2025-05-12"}, {"due": "2025-06-30"}],
        "distractors": [{"text": "injured 12 people"}]}]
    (tmp_path / "truth.json").write_text(json.dumps(truth))
    scores, calibration = score_reports(read_reports(tmp_path), {"prisoner exchanges": ["prisoners"]})
    figures, positions, deadlines = scores["figures"], scores["positions"], scores["deadlines"]
    assert (figures.recalled, figures.expected) == (2, 3)
    assert figures.misses == ["01: 9 things"] and figures.precision == 1.0  # the 12 injured are no figure
    assert positions.recall == 1.0  # Russia and Ukraine by the joint statement, Ukraine by its own
    assert (deadlines.recalled, deadlines.expected) == (1, 2)  # 28 April + 14 days; 30 June missed
    assert sum(calibration["figures"].found.values()) == 2


def test_calibration_counts_by_band():
    calibration = Calibration()
    for confidence, right in ((0.9, True), (0.9, False), (0.6, True), (None, False)):
        calibration.add(confidence, right)
    assert calibration.lines() == ["0.00-0.50: 0/1 right (0%)", "0.50-0.70: 1/1 right (100%)",
                                   "0.85-1.00: 1/2 right (50%)"]
