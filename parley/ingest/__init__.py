"""Bytes and a file name in, a cleaned and fingerprinted Article out (or a refusal with a reason)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from parley.errors import EmptyArticle, FileTooLarge, UnsupportedFormat
from parley.ingest.clean import clean_text
from parley.ingest.document import RawDocument
from parley.ingest.docx import read_docx
from parley.ingest.fingerprint import article_id, fingerprint
from parley.ingest.guard import read_limited
from parley.ingest.html import read_html
from parley.ingest.pdf import read_pdf
from parley.ingest.text import headline, read_text
from parley.model import Article
from parley.settings import max_file_bytes

# Plain text is decoded here; the parsers of structured formats run under a time and memory
# limit in a child process (parley.ingest.guard).
READERS: dict[str, Callable[[bytes], RawDocument]] = {
    "txt": lambda data: read_text(data, "txt"),
    "md": lambda data: read_text(data, "md"),
    "html": lambda data: read_limited(read_html, data, "HTML page"),
    "pdf": lambda data: read_limited(read_pdf, data, "PDF"),
    "docx": lambda data: read_limited(read_docx, data, ".docx"),
}
EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
              ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
# Enough words to hold one statement; below this a file is a stub, not an article.
MIN_WORDS = 5
_WORD = re.compile(r"\w+")

__all__ = ["EXTENSIONS", "RawDocument", "display_name", "file_format", "make_article",
           "read_article", "read_document"]


def display_name(name: str) -> str:
    """The file name without folders or control characters, safe to print and show."""
    base = PurePath(name.replace("\\", "/")).name
    cleaned = "".join(ch for ch in base if ch.isprintable())
    if len(cleaned) > 120:  # shorten the stem, keep the extension that says how to read it
        suffix = PurePath(cleaned).suffix[:16]
        cleaned = cleaned[:120 - len(suffix)] + suffix
    return cleaned or "(unnamed)"


def file_format(name: str) -> str:
    """The format a file name announces; raises UnsupportedFormat for anything else."""
    suffix = PurePath(display_name(name)).suffix.lower()
    if suffix not in EXTENSIONS:
        accepted = ", ".join(sorted({s.lstrip(".") for s in EXTENSIONS}))
        shown = suffix or "no extension"
        raise UnsupportedFormat(f"unsupported file type ({shown}); Parley reads {accepted}")
    return EXTENSIONS[suffix]


def read_document(data: bytes, name: str) -> RawDocument:
    """Check size and format, then read the file with the reader for its format."""
    fmt = file_format(name)
    limit = max_file_bytes()
    if len(data) > limit:
        raise FileTooLarge(
            f"file is {len(data) / 2**20:.1f} MB; the limit is {limit / 2**20:.0f} MB"
        )
    if not data.strip():
        raise EmptyArticle("the file is empty")
    return READERS[fmt](data)


def make_article(document: RawDocument, name: str) -> Article:
    """Clean the text, settle the title, and fingerprint the result."""
    cleaned = clean_text(document.text)
    text = cleaned.text
    title = document.title or headline(text) or PurePath(display_name(name)).stem
    first, _, rest = text.partition("\n\n")
    if first.strip().casefold() == title.strip().casefold():
        text = rest
    if len(_WORD.findall(text)) < MIN_WORDS:
        raise EmptyArticle("no article text after removing page furniture")
    digest = fingerprint(text)
    flags = tuple(dict.fromkeys(document.flags + cleaned.flags))
    return Article(
        id=article_id(digest), fingerprint=digest, title=title, text=text,
        format=document.format, outlet=document.outlet, url=document.url,
        published=document.published, flags=flags, source_name=display_name(name),
    )


def read_article(data: bytes, name: str) -> Article:
    """``read_document`` then ``make_article``: the whole of ingest short of storing."""
    return make_article(read_document(data, name), name)

