import pytest

from parley.extract.sentences import is_heading, paragraphs, trim


def test_paragraph_spans_leave_out_bullets():
    text = "  one line  \n\n- Both sides agreed.\n3) Third point here."
    assert [text[s:e] for s, e in paragraphs(text)] == ["one line", "Both sides agreed.", "Third point here."]


@pytest.mark.parametrize("line, heading", [
    ("No Ceasefire or Summit", True), ("Kremlin Skepticism Persists", True),
    ("Talks ended.", False), ("The delegations said they would meet again after the summer break", False)])
def test_headings(line, heading):
    assert is_heading(line) is heading


def test_trim():
    assert trim("  abc  ", 0, 7) == (2, 5)
