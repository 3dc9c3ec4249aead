from datetime import date

import pytest

from parley.errors import UnreadableFile
from parley.ingest.frontmatter import header_date, header_flags, split_front_matter


def test_header_is_split_from_the_body():
    fields, body = split_front_matter("---\ntitle: Talks\npublished: 2025-07-23\n---\nBody text.")
    assert fields == {"title": "Talks", "published": date(2025, 7, 23)}
    assert body == "Body text."


def test_text_without_header_is_untouched():
    text = "--- not a header\nJust text."
    assert split_front_matter(text) == ({}, text)


def test_malformed_header_is_refused_with_reason():
    with pytest.raises(UnreadableFile, match="malformed metadata header"):
        split_front_matter("---\ntitle: [unclosed\n---\nBody")


@pytest.mark.parametrize("value, expected", [
    ("2025-05-16", date(2025, 5, 16)), (date(2025, 6, 2), date(2025, 6, 2)), (None, None)])
def test_header_dates(value, expected):
    assert header_date(value) == expected


def test_a_date_that_is_not_iso_is_refused():
    with pytest.raises(UnreadableFile, match="YYYY-MM-DD"):
        header_date("23 July")


def test_flags_from_list_or_string():
    assert header_flags(["ai_generated", "excerpt"]) == ("ai_generated", "excerpt")
    assert header_flags("ai_generated, excerpt") == ("ai_generated", "excerpt")
    assert header_flags(None) == ()


@pytest.mark.parametrize("header, reason", [
    ("title: [a, b]", "title must be plain text"),
    ("title: {a: 1}", "title must be plain text"),
    ("flags: [[x]]", "flags must be a list"),
    ("a: &a [x, x]\nb: &b [*a, *a]\ntitle: *b", "title must be plain text"),
])
def test_fields_that_are_not_plain_values_are_refused(header, reason):
    from parley.ingest.text import read_text

    with pytest.raises(UnreadableFile, match=reason):
        read_text(f"---\n{header}\n---\nThe delegations met in Geneva and agreed to meet again.".encode())


def test_a_huge_header_is_refused_before_yaml_reads_it():
    with pytest.raises(UnreadableFile, match="metadata header is"):
        split_front_matter("---\n" + "x: 1\n" * 10_000 + "---\nText.")


def test_plain_key_value_lines_are_a_header():
    from datetime import date

    from parley.ingest.frontmatter import split_front_matter

    fields, body = split_front_matter("TITLE: Talks end\nSource: Example Wire\nDate: 14 August 2025\n\nBody text.")
    assert fields == {"title": "Talks end", "outlet": "Example Wire", "published": date(2025, 8, 14)}
    assert body == "Body text."


@pytest.mark.parametrize("text", [
    "Title: only one line\n\nBody.",                   # one line is a sentence as likely as a header
    "Note: the talks ended.\nThey said so.\n\nBody.",   # not header keys
    "Title: A\nOutlet: B\nThe body starts here without a blank line.",
])
def test_what_is_no_plain_header(text):
    from parley.ingest.frontmatter import split_front_matter

    assert split_front_matter(text) == ({}, text)
