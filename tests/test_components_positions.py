"""The Positions page's evidence: what it says when a cell holds more sentences than it shows."""

from components.positions import evidence_note


def test_the_evidence_says_how_many_it_leaves_out_and_where_they_are():
    assert evidence_note(30, 126).startswith("The 30 most recent of 126 statements")
    assert "Statements page" in evidence_note(30, 1_200)
    assert evidence_note(12, 12) is None and evidence_note(30, 0) is None
