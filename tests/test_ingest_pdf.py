import pytest

from parley.errors import UnreadableFile
from parley.ingest.pdf import read_pdf
from tests.fixtures.documents import PARAGRAPHS, encrypted_pdf, pdf_document


def test_text_and_title():
    doc = read_pdf(pdf_document())
    assert doc.title == "Talks resume in Geneva"
    # Wrapped lines come back as lines; ingest's cleaning rejoins them into paragraphs.
    assert " ".join(doc.text.split()) == " ".join(" ".join(PARAGRAPHS).split())


@pytest.mark.parametrize("data, reason", [
    (encrypted_pdf(), "encrypted"),
    (pdf_document()[:400], "damaged"),
    (b"%PDF-1.7\n" + b"\x00garbage" * 50, "damaged"),
    (b"just words, not a PDF at all", "not a PDF"),
])
def test_unreadable_pdfs_are_refused_with_reason(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        read_pdf(data)
