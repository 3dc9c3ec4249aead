"""Imported once by the reader server (parley.ingest.guard): runs each parser on a tiny document,
so the modules they import lazily on first use are loaded there, not again in every child."""

from __future__ import annotations

import contextlib
import io
import zipfile

from parley.errors import RefusedFile
from parley.ingest.docx import read_docx
from parley.ingest.html import read_html
from parley.ingest.pdf import read_pdf

_PAGE = (b"<html><head><title>Warm</title></head><body><article><p>"
         + b"Delegations met and agreed to meet again next week in the same city. " * 5
         + b"</p></article></body></html>")
_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length 21>>stream\nBT (warm) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF")


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    return out.getvalue()


for _reader, _data in ((read_html, _PAGE), (read_pdf, _PDF), (read_docx, _docx())):
    with contextlib.suppress(RefusedFile):
        _reader(_data)
