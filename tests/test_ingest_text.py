from datetime import date

import pytest

from parley.ingest.text import headline, markdown_to_text, read_text
from tests.fixtures.documents import text_with_header


def test_txt_with_header():
    data = text_with_header("Negotiators met again on Friday.", title="Talks", outlet="Wire",
                            published="2025-06-02", url="https://wire.example/a")
    doc = read_text(data, "txt")
    assert (doc.title, doc.outlet, doc.published, doc.url) == (
        "Talks", "Wire", date(2025, 6, 2), "https://wire.example/a")
    assert doc.text == "Negotiators met again on Friday."


def test_markdown_is_reduced_to_text_and_titled_by_its_heading():
    doc = read_text(b"# Talks resume\n\nThe **northern** side [said](https://x.example) no.\n", "md")
    assert doc.title == "Talks resume"
    assert "The northern side said no." in doc.text and "#" not in doc.text


def test_markdown_rules_and_links():
    assert markdown_to_text("---\n![chart](c.png) see [here](u)") == "\nchart see here"


def test_headline_is_a_short_unfinished_first_line():
    assert headline("Talks End With No Ceasefire\n\nThe talks ended.") == "Talks End With No Ceasefire"
    # a text that opens with a finished sentence is titled by that sentence
    assert headline("The talks ended without a deal.\nMore.") == "The talks ended without a deal"
    assert headline("Too short.\nMore.") is None


@pytest.mark.parametrize("text, title", [
    ("Easter truce frays as 277 come home\nKyiv counts violations\n\nBody.", "Easter truce frays as 277 come home"),
    # past a section label, a byline or a dateline line
    ("News analysis\nTwo weeks, again: a new clock on Moscow\n\nBody.", "Two weeks, again: a new clock on Moscow"),
    ("Desk · Society · Prisoners of war\nHome after eleven years: 84 freed\n\nBody.", "Home after eleven years: 84 freed"),
    ("Analysis | Thirty days, thirty hours, three days: what the truces added up to\n\nBody.",
     "Thirty days, thirty hours, three days: what the truces added up to"),
    # no headline: the lead's first sentence, past its dateline, shortened
    ("MOSCOW, April 28. /Agency/. Russia declared a ceasefire for the days of the holiday, the "
     "Kremlin said on Monday in a long statement about it. More text.",
     "Russia declared a ceasefire for the days of the holiday, the Kremlin said on Monday in…"),
])
def test_the_headline_of_a_text_without_a_header(text, title):
    from parley.ingest.text import headline

    assert headline(text) == title
