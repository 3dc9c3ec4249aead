from datetime import date

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
    assert headline("The talks ended without a deal.\nMore.") is None
