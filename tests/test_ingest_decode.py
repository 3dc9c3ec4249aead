import os

import pytest

from parley.errors import UnreadableFile
from parley.ingest.decode import decode_text, guess_legacy_encoding

RUSSIAN = "Стороны договорились об обмене пленными по формуле тысяча на тысячу."
FRENCH = "Les négociateurs se sont réunis à Genève; l'échange de prisonniers a été décidé."


@pytest.mark.parametrize("text, encoding", [
    (RUSSIAN, "cp1251"),
    (RUSSIAN, "koi8-r"),
    (FRENCH, "cp1252"),
    (FRENCH, "latin-1"),
])
def test_legacy_encodings_are_decoded_not_refused(text, encoding):
    assert decode_text(text.encode(encoding)) == text


def test_utf8_and_boms():
    assert decode_text(RUSSIAN.encode("utf-8")) == RUSSIAN
    assert decode_text(RUSSIAN.encode("utf-8-sig")) == RUSSIAN
    assert decode_text(FRENCH.encode("utf-16")) == FRENCH
    assert decode_text(RUSSIAN.encode("utf-32")) == RUSSIAN


def test_guess_separates_cyrillic_from_western():
    assert guess_legacy_encoding(RUSSIAN.encode("cp1251")) == "cp1251"
    assert guess_legacy_encoding(FRENCH.encode("cp1252")) == "cp1252"


@pytest.mark.parametrize("data", [
    os.urandom(4096),
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff",
    bytes(range(1, 9)) * 200,
])
def test_binary_is_refused(data):
    with pytest.raises(UnreadableFile, match="binary"):
        decode_text(data)


@pytest.mark.parametrize("passage, encoding", [(RUSSIAN, "cp1251"), (FRENCH, "cp1252")])
def test_a_legacy_passage_in_utf8_text_is_decoded_with_the_rest_intact(passage, encoding):
    before, after = "Переговоры в Стамбуле: «обмен»", "Ukraine’s delegation — led by Umerov — agreed."
    data = before.encode() + b" " + passage.encode(encoding) + b" " + after.encode()
    assert decode_text(data) == f"{before} {passage} {after}"


def test_bytes_no_encoding_knows_are_replaced_not_refused():
    assert decode_text("Talks resumed".encode("cp1252") + b"\x81 today.") == "Talks resumed\ufffd today."
