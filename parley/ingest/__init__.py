"""Bytes and a file name in, a cleaned and fingerprinted Article out (or a refusal with a reason)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path, PurePath

from parley.errors import EmptyArticle, FileTooLarge, UnreadableFile, UnsupportedFormat
from parley.ingest.clean import clean_text
from parley.ingest.document import RawDocument
from parley.ingest.docx import read_docx
from parley.ingest.fingerprint import article_id, fingerprint
from parley.ingest.guard import read_limited
from parley.ingest.html import read_html
from parley.ingest.pdf import read_pdf
from parley.ingest.quality import REPLACEMENT, check_prose
from parley.ingest.text import headline, read_markdown, read_plain_text
from parley.model import Article
from parley.settings import max_article_chars, max_file_bytes

# Every reader runs under a time and memory limit in a child process (parley.ingest.guard);
# inside an ingest worker, which is such a child already, it runs right there.
READERS: dict[str, Callable[[bytes], RawDocument]] = {
    "txt": lambda data: read_limited(read_plain_text, data, "text file"),
    "md": lambda data: read_limited(read_markdown, data, "Markdown file"),
    "html": lambda data: read_limited(read_html, data, "HTML page"),
    "pdf": lambda data: read_limited(read_pdf, data, "PDF"),
    "docx": lambda data: read_limited(read_docx, data, ".docx"),
}
EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
              ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}

__all__ = ["EXTENSIONS", "RawDocument", "display_name", "file_format", "make_article",
           "read_article", "read_document", "read_file"]


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
    _check_size(len(data))
    if not data.strip():
        raise EmptyArticle("the file is empty")
    return READERS[fmt](data)


def read_file(path: Path) -> bytes:
    """A file's bytes; refused without reading when it is not a regular file (a pipe or a device
    would never end) or is over the size limit."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            os.listdir(path)  # a folder that was given back because it could not be listed
            raise UnreadableFile("a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("not a regular file (a device, pipe or socket)")
        _check_size(info.st_size)
        with open(path, "rb") as handle:
            data = handle.read(max_file_bytes() + 1)  # it may have grown since
    except OSError as exc:
        raise UnreadableFile(f"cannot read it: {exc.strerror or type(exc).__name__}") from exc
    _check_size(len(data))
    return data


def _check_size(size: int) -> None:
    limit = max_file_bytes()
    if size > limit:
        raise FileTooLarge(f"file is {size / 2**20:.1f} MB; the limit is {limit / 2**20:.0f} MB")


def make_article(document: RawDocument, name: str) -> Article:
    """Clean the text, settle the title, and fingerprint the result."""
    cleaned = clean_text(document.text)
    text = cleaned.text
    title = document.title or headline(text) or PurePath(display_name(name)).stem
    first, _, rest = text.partition("\n\n")
    if first.strip().casefold() == title.strip().casefold():
        text = rest
    limit = max_article_chars()
    if len(text) > limit:
        raise FileTooLarge(f"the text is {len(text):,} characters after cleaning; Parley reads articles "
                           f"of up to {limit:,}")
    check_prose(text)
    digest = fingerprint(text)
    # Bytes the decoder had to replace: the text is stored, and says it is damaged.
    damaged = ("decoding_damage",) if REPLACEMENT in text else ()
    flags = tuple(dict.fromkeys(document.flags + cleaned.flags + damaged))
    return Article(
        id=article_id(digest), fingerprint=digest, title=title, text=text,
        format=document.format, outlet=document.outlet, url=document.url,
        published=document.published, flags=flags, source_name=display_name(name),
    )


def read_article(data: bytes, name: str) -> Article:
    """``read_document`` then ``make_article``: the whole of ingest short of storing."""
    return make_article(read_document(data, name), name)

