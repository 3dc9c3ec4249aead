from datetime import date

import pytest

from parley.errors import EmptyArticle
from parley.ingest.html import read_html
from tests.fixtures.documents import PARAGRAPHS, html_page


def test_article_body_and_metadata():
    doc = read_html(html_page())
    assert doc.title == "Talks resume in Geneva"
    assert doc.outlet == "The Daily Courier"
    assert doc.published == date(2025, 6, 2)
    assert doc.url == "https://courier.example/world/talks-resume"
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text
    assert "Sport" not in doc.text and "Copyright" not in doc.text


def test_page_without_text_is_empty():
    with pytest.raises(EmptyArticle, match="no article text"):
        read_html(b"<html><head><title>Nothing here</title></head><body>  </body></html>")
