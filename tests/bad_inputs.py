"""The bad files of issue 2, made in code: each with the words its refusal must contain."""

from __future__ import annotations

import os

from tests.fixtures.documents import encrypted_pdf, pdf_document

FIFTY_MB = b"All talk, no ceasefire. " * (50 * 2**20 // 24 + 1)

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty"),
    ("junk.txt", os.urandom(8192), "binary"),
    ("setup.exe", b"MZ\x90\x00" + os.urandom(512), "unsupported file type"),
    ("truncated.pdf", pdf_document()[:500], "damaged"),
    ("locked.pdf", encrypted_pdf(), "encrypted"),
    ("empty.html", b"<html><head><title>t</title></head><body><div></div></body></html>", "no article text"),
    ("huge.txt", FIFTY_MB, "limit is 20 MB"),
]

LEGACY_TEXT = [
    ("kyiv-cp1251.txt", "Переговоры в Стамбуле завершились обменом пленными, заявили в Киеве.", "cp1251"),
    ("geneve-latin1.txt", "Les négociateurs réunis à Genève ont décidé un échange de détenus.", "latin-1"),
]
