"""HTML pages: trafilatura finds the article body and the page's title, date and site name."""

from __future__ import annotations

from datetime import date

import trafilatura

from parley.errors import EmptyArticle, UnreadableFile
from parley.ingest.document import RawDocument


def read_html(data: bytes) -> RawDocument:
    """Extract the main text and metadata of an HTML page."""
    try:
        found = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed markup
        raise UnreadableFile(f"HTML could not be parsed: {type(exc).__name__}") from exc
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise EmptyArticle("no article text found in the HTML")
    title = found.title or None
    if title and text.splitlines()[0].strip() == title.strip():
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return RawDocument(
        text=text,
        format="html",
        title=title,
        outlet=found.sitename or found.hostname or None,
        url=found.url or None,
        published=_iso_date(found.date),
    )


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
