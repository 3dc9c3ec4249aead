"""A hostile corpus made in code, not committed: each case is (label, file name, bytes thunk,
expected outcome). Expected is "refused" (with words its one-line reason must contain) or
"stored" (read correctly, under a cleaned name). Thunks build big cases only when a test runs."""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from tests.fixtures.documents import (
    PARAGRAPHS,
    docx_document,
    encrypted_pdf,
    html_page,
    pdf_document,
)

ARTICLE = "\n\n".join(PARAGRAPHS).encode()


@dataclass(frozen=True)
class Case:
    label: str
    name: str
    make: Callable[[], bytes]
    outcome: str  # "refused" or "stored"
    reason: str = ""  # words the refusal contains (any of them, separated by |)
    cli: bool = True  # False when the name cannot exist on a disk (NUL)


def _junk(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _pdf_with_stream(compressed: bytes, declared_filter: str = "/FlateDecode") -> bytes:
    """A one-page PDF whose content stream is the given (compressed) bytes, with a valid xref."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d /Filter %s >>\nstream\n" % (len(compressed), declared_filter.encode())
               + compressed + b"\nendstream"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_bomb(expanded: int = 2 * 2**30) -> bytes:
    """A PDF whose 2 MB content stream inflates to 2 GB of text operators."""
    squeeze, chunk, parts = zlib.compressobj(9), b"(A) Tj " * (2**20 // 7), []
    for _ in range(expanded // len(chunk)):
        parts.append(squeeze.compress(chunk))
    parts.append(squeeze.flush())
    return _pdf_with_stream(b"".join(parts))


def docx_zip_bomb(expanded: int = 1 * 2**30) -> bytes:
    """A .docx whose document.xml declares (and holds) 1 GB of zeros, deflated to about 1 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_document())) as original, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in original.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, original.read(item))
        with bomb.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = b"\0" * 2**24
            for _ in range(expanded // len(zeros)):
                member.write(zeros)
    return out.getvalue()


def docx_with_entities() -> bytes:
    """A .docx whose document.xml defines billion-laughs entities."""
    laughs = "".join(f'<!ENTITY l{n} "{"&l%d;" % (n - 1) * 10}">' for n in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">{laughs}]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_document())) as original, zipfile.ZipFile(out, "w") as changed:
        for item in original.infolist():
            data = xml.encode() if item.filename == "word/document.xml" else original.read(item)
            changed.writestr(item, data)
    return out.getvalue()


def html_laughs() -> bytes:
    laughs = "".join(f'<!ENTITY l{n} "{"&l%d;" % (n - 1) * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "lol">{laughs}]>'
            "<html><body><p>&l9;</p></body></html>").encode()


def deep_html(depth: int = 1_000_000) -> bytes:
    return b"<html><body>" + b"<div>" * depth + ARTICLE + b"</div>" * depth + b"</body></html>"


def one_paragraph_html(size: int = 19 * 2**20) -> bytes:
    """19 MB of text in one paragraph on one line: over libxml2's 10 MB cap on a text node."""
    sentence = b"Negotiators met again in Geneva and agreed to exchange prisoners. "
    return b"<html><body><article><p>" + sentence * (size // len(sentence)) + b"</p></article></body></html>"


def minified_html(paragraphs: int = 170_000) -> bytes:
    """A 17 MB page on one line, 170,000 different paragraphs: trafilatura needs minutes on it."""
    words = "negotiators met again in geneva and agreed to exchange prisoners after long talks".split()
    rng = random.Random(3)
    body = "".join(f"<p>{' '.join(rng.choice(words) for _ in range(12)).capitalize()} {n}.</p>"
                   for n in range(paragraphs))
    return f"<html><body><article>{body}</article></body></html>".encode()


def mixed_encodings() -> bytes:
    return ("Talks in Istanbul ended, officials said. ".encode() + "Переговоры завершились обменом пленными."
            .encode("cp1251") + " Both sides agreed to meet again.".encode())


NAMED = ARTICLE  # valid content for the file-name cases

CASES: list[Case] = [
    Case("empty file", "empty.txt", lambda: b"", "refused", "empty"),
    Case("whitespace only", "blank.md", lambda: b" \n\t\r\n  \n", "refused", "empty"),
    *[Case(f"binary junk as .{ext}", f"junk.{ext}", lambda ext=ext: _junk(64 * 1024, hash(ext) % 1000), "refused",
           "binary|not a PDF|not a .docx|no article text|could not be parsed")
      for ext in ("txt", "md", "html", "htm", "pdf", "docx")],
    Case("truncated PDF", "truncated.pdf", lambda: pdf_document()[:600], "refused", "damaged"),
    Case("encrypted PDF", "locked.pdf", encrypted_pdf, "refused", "encrypted"),
    Case("malformed PDF", "malformed.pdf", lambda: b"%PDF-1.7\n" + _junk(4096, 7) + b"\n%%EOF", "refused",
         "damaged"),
    Case("PDF with a bad stream filter", "filter.pdf", lambda: _pdf_with_stream(b"x" * 100, "/NoSuchDecode"),
         "refused", "damaged|no article text"),
    Case("PDF decompression bomb (2 GB)", "bomb.pdf", pdf_bomb, "refused",
         "longer than|more than|out of memory|damaged|no article text"),
    Case("HTML nested a million deep", "deep.html", deep_html, "refused", "no article text"),
    Case("HTML: one 19 MB paragraph", "paragraph.html", one_paragraph_html, "refused", "no article text"),
    Case("HTML: 17 MB minified on one line", "minified.html", minified_html, "refused", "longer than"),
    Case("HTML with billion-laughs entities", "laughs.html", html_laughs, "refused", "no article text"),
    Case(".docx with billion-laughs entities", "laughs.docx", docx_with_entities, "refused",
         "damaged|no article text"),
    Case(".docx zip bomb (1 GB)", "bomb.docx", docx_zip_bomb, "refused", "zip bomb"),
    Case("invalid UTF-8", "invalid.txt", lambda: ARTICLE + b"\xff\xfe\xc3\x28 \xa0\xa1" + ARTICLE[:80], "stored"),
    Case("mixed encodings", "mixed.txt", mixed_encodings, "stored"),
    Case("a real HTML page", "page.html", html_page, "stored"),
    # Names: shown cleaned, never used as a path. Each a different text, so none is a duplicate.
    Case("name with ../", "../../etc/passwd.txt", lambda: NAMED + b" One.", "stored"),
    Case("name with backslashes", "..\\..\\windows\\win.ini.txt", lambda: NAMED + b" Two.", "stored"),
    Case("name with NUL", "evil\x00.txt", lambda: NAMED + b" Three.", "stored", cli=False),
    Case("name with control characters", "bell\x07\x1b[31mred.txt", lambda: NAMED + b" Four.", "stored"),
    Case("name of 300 characters", "n" * 296 + ".txt", lambda: NAMED + b" Five.", "stored"),
    Case("name with a right-to-left override", "report\u202etxt.exe.txt", lambda: NAMED + b" Six.", "stored"),
]
