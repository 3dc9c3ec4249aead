"""PDF files through pypdf: text of every page; encrypted files open only without a password."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from parley.errors import UnreadableFile
from parley.ingest.document import RawDocument


def read_pdf(data: bytes) -> RawDocument:
    """Text of all pages, pages separated by a blank line; the title from the PDF's metadata."""
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise UnreadableFile("not a PDF (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile("the PDF is encrypted and needs a password")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except UnreadableFile:
        raise
    except FileNotDecryptedError as exc:
        raise UnreadableFile("the PDF is encrypted and needs a password") from exc
    except PdfReadError as exc:  # pypdf's own wording runs messages together; ours is one line
        raise UnreadableFile("damaged or truncated PDF") from exc
    except Exception as exc:  # pypdf raises assorted errors on malformed files
        raise UnreadableFile(f"damaged PDF ({type(exc).__name__})") from exc
    return RawDocument(text="\n\n".join(pages), format="pdf", title=(title or "").strip() or None)
