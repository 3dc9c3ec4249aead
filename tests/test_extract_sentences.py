import pytest

from parley.extract.sentences import is_heading, paragraphs, sentence_spans


def _sentences(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_spans_index_the_text_and_skip_headings_and_bullets():
    text = ("Renewing POW Exchanges\n\n- Both sides agreed to swap 1,200 prisoners. "
            "Mr. Peskov said the U.S. deadline was 50 days.\n\nNo comment was made.")
    assert _sentences(text) == ["Both sides agreed to swap 1,200 prisoners.",
                                "Mr. Peskov said the U.S. deadline was 50 days.",
                                "No comment was made."]


def test_repeated_sentences_get_their_own_spans():
    text = "The talks ended. The talks ended. The talks ended."
    assert sentence_spans(text) == [(0, 16), (17, 33), (34, 50)]


def test_paragraph_spans():
    assert paragraphs("  one  \n\ntwo") == [(2, 5), (9, 12)]


@pytest.mark.parametrize("line, heading", [
    ("No Ceasefire or Summit", True), ("Kremlin Skepticism Persists", True),
    ("Talks ended.", False), ("The delegations said they would meet again after the summer break", False)])
def test_headings(line, heading):
    assert is_heading(line) is heading
