import io
import zipfile

import pytest

from parley.errors import UnreadableFile
from parley.ingest.docx import read_docx
from tests.fixtures.documents import PARAGRAPHS, docx_document


def test_paragraphs_and_title():
    doc = read_docx(docx_document())
    assert doc.title == "Talks resume in Geneva"
    assert doc.text.split("\n\n")[1:] == PARAGRAPHS


def _zip_without_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    return out.getvalue()


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04 truncated", "not a .docx"),
    (_zip_without_document(), "damaged .docx"),
    (docx_document()[:2000], "not a .docx|damaged"),
])
def test_broken_packages_are_refused(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        read_docx(data)
