"""Word .docx files through python-docx: paragraphs in order, title from the core properties."""

from __future__ import annotations

import io
import zipfile

import docx

from parley.errors import UnreadableFile
from parley.ingest.document import RawDocument

# A real article's package expands to a few MB; a zip bomb declares gigabytes.
MAX_EXPANDED_BYTES = 200 * 2**20


def read_docx(data: bytes) -> RawDocument:
    """Paragraph text of a .docx, one paragraph a line."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFile("not a .docx (not a zip package)")
    try:
        expanded = sum(entry.file_size for entry in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile("damaged .docx (broken zip package)") from exc
    if expanded > MAX_EXPANDED_BYTES:
        raise UnreadableFile(f"the .docx expands to {expanded / 2**20:.0f} MB (a zip bomb?); "
                             f"the limit is {MAX_EXPANDED_BYTES // 2**20} MB")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError ... on broken packages
        raise UnreadableFile(f"damaged .docx ({type(exc).__name__})") from exc
    text = "\n\n".join(p.text for p in document.paragraphs if p.text.strip())
    title = (document.core_properties.title or "").strip() or None
    return RawDocument(text=text, format="docx", title=title)
