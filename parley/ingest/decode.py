"""Bytes to text for plain-text formats: UTF-8 first, then the legacy encodings news still uses."""

from __future__ import annotations

import codecs
import re

from parley.errors import UnreadableFile

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text of any encoding we accept (tab, LF, FF and CR are fine).
_CONTROL = set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F}
_MAX_CONTROL_SHARE = 0.01
# In Cyrillic cp1251 text most letters are high bytes; in Western latin-1 text accented
# letters are a small minority among ASCII ones. A third separates the two comfortably.
_CYRILLIC_SHARE = 0.3
# Bytes that are not UTF-8, as surrogateescape decoding leaves them.
_ESCAPED = re.compile("[\udc80-\udcff]+")


def decode_text(data: bytes) -> str:
    """Decode text bytes; raises UnreadableFile when they are not text in any usual encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_or_refuse(data, encoding)
    if _looks_binary(data):
        raise UnreadableFile("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Text in a legacy encoding, or UTF-8 with a passage pasted in from one. Legacy text looks
    # like a UTF-8 character only by chance (in cp1251, a capital before "і" or "ё"): a handful in
    # a thousand letters. More valid characters than that, and the invalid bytes are a passage.
    escaped = data.decode("utf-8", errors="surrogateescape")
    runs = _ESCAPED.findall(escaped)
    foreign = sum(map(len, runs))
    valid = sum(1 for ch in escaped if ord(ch) > 0x7F) - foreign
    if valid < max(5, 0.05 * foreign):
        return data.decode(guess_legacy_encoding(data), errors="replace")
    # Cyrillic in cp1251 is whole words of high bytes; Western text in cp1252 has an accented
    # letter here and there inside ASCII words.
    legacy = "cp1251" if foreign / len(runs) >= 2.5 else "cp1252"
    return _ESCAPED.sub(lambda run: run.group().encode("utf-8", errors="surrogateescape")
                        .decode(legacy, errors="replace"), escaped)


def guess_legacy_encoding(data: bytes) -> str:
    """Choose cp1251 or KOI8-R (Cyrillic) or cp1252 (Western) for bytes that are not UTF-8."""
    high_letters = sum(1 for b in data if b >= 0xC0)
    ascii_letters = sum(1 for b in data if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    letters = high_letters + ascii_letters
    if letters and high_letters / letters > _CYRILLIC_SHARE:
        # Both put the Cyrillic alphabet in 0xC0-0xFF, in two halves: cp1251 capitals then small
        # letters, KOI8-R the other way round. Running text is mostly small letters.
        upper_half = sum(1 for b in data if b >= 0xE0)
        return "cp1251" if upper_half * 2 >= high_letters else "koi8-r"
    return "cp1252"


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b in _CONTROL)
    return control > _MAX_CONTROL_SHARE * max(len(sample), 1)


def _decode_or_refuse(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"invalid {encoding} text at byte {exc.start}") from exc
