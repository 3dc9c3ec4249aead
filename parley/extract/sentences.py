"""Paragraphs of cleaned text, and the lines and prefixes that are not sentences of the story:
headings and labels, datelines ("ISTANBUL, June 2. /TASS/."), bylines, timestamps, captions.
"""

from __future__ import annotations

import re

from parley.extract.dates import MONTH_WORDS, dates_in
from parley.extract.numbers import SWAP_GRAMMAR

_MARKS = "-–—•*·"  # what marks a list's item at the start of its line
_HEADING_LENGTH = 60  # a line heading a list ("MAY 16, THE PALACE"), not a line of prose
BULLET = re.compile(rf"^(?:[{_MARKS}]|\d{{1,2}}[.)])\s+")
_TERMINAL = tuple(".!?\"'”’»…)")
# A line under this many words with no closing punctuation is a heading or a widget label.
HEADING_MAX_WORDS = 8


def paragraph_start(text: str, position: int) -> int:
    """Where the line holding ``position`` starts (a paragraph is a line of the text)."""
    return text.rfind("\n", 0, position) + 1


def list_heading(text: str, at: int) -> tuple[int, int] | None:
    """The span of the short line heading the list whose item holds ``at`` ("MAY 16, THE PALACE"
    over "* The sides agreed ..."): up past the list's other items (and the blank lines a stored
    text puts between lines), not past a line of prose."""
    start = paragraph_start(text, at)
    if not BULLET.match(text[start:start + 4]):
        return None
    while start > 0:
        above = paragraph_start(text, start - 1)
        line = text[above:start - 1]
        if line.strip() and not BULLET.match(line[:4]):
            return (above, start - 1) if len(line) <= _HEADING_LENGTH else None
        start = above
    return None



def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of the text, a leading bullet left out."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            bullet = BULLET.match(stripped)
            spans.append((start + (bullet.end() if bullet else 0), start + len(stripped)))
        offset += len(line) + 1
    return spans


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence (not a table's dated row that counts a
    swap: "5 March · 150 for 150")."""
    return len(line.split()) < HEADING_MAX_WORDS and not line.rstrip().endswith(_TERMINAL) \
        and not _DATED_ROW.match(line)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())


# "ISTANBUL, June 2. /TASS/. ", "KYIV — ", "DOHA/WASHINGTON – ", "ISTANBUL (Our bureau) – "
_PLACE = r"[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]{1,})*"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:\s*\([^)\n]{{1,60}}\))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    r"(?:\s*\([^)\n]{1,60}\))?"
    r"(?P<agency>\.?\s*/[^/\n]{1,40}/)?"
    r"(?P<end>\s*[-–—:]\s+|\.\s+|\s+(?=[A-Z]))")
# Lines that frame a story rather than tell it.
_FRAME = re.compile(
    r"^(?:by\s+[\w .'’-]{2,60}$|photo\b|photograph\b|pictured\b|image\b|video\b|credit\b|source\b|"
    r"(?:chart|graphic|map|table|figure|infographic)\s*\d*\s*[:.|–—-]|advertisement\b|sponsored\b|"
    r"read (?:also|more)\b|further reading\s*[:.|–—-]|related\b|see also\b|→|►|▶|\(\d+ (?:images|photos)\))", re.IGNORECASE)
_FURNITURE_WORDS = re.compile(
    r"\b(?:\d+\s*min(?:ute)?s?\s+read|reading time|print edition|page \w+|updated|last updated|published|"
    r"posts?|edition|ref\.?|press release|media centre|\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?)\b", re.IGNORECASE)


# A timeline entry's label: "18-19 March: ...", "- 2 June, Port Vale: ...", "July 14: ...".
_MONTH = rf"(?i:{'|'.join(MONTH_WORDS)})\b\.?"
_DAYS = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
_DAY_AT_START = rf"^\s*(?:[{_MARKS}]\s*)?(?:{_DAYS}\s+{_MONTH}|{_MONTH}\s+{_DAYS})(?:,?\s+\d{{4}})?"
_ENTRY_LABEL = re.compile(_DAY_AT_START + r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*:\s+(?=\S)")
# A table's row: a day, a separator and such a swap ("5 March · 150 for 150").
_DATED_ROW = re.compile(_DAY_AT_START + rf"\s*[·|:–—-].*?{SWAP_GRAMMAR}")
# What may stand before a number that heads its line ("- 4,000: prisoners freed since May"), and
# the colon after which the line's words gloss it.
LINE_LEAD = re.compile(rf"\s*(?:[{_MARKS}]\s*)?")
GLOSS = re.compile(r"\s*:\s+(?=[A-Za-z])")


def without_entry_label(sentence: str) -> str:
    """The sentence with a timeline entry's date label blanked (same length, so offsets hold):
    "18-19 March: After a call, the North agrees ..." is parsed as the sentence it labels."""
    label = _ENTRY_LABEL.match(sentence)
    return " " * label.end() + sentence[label.end():] if label else sentence


def dateline_end(paragraph: str) -> int:
    """Where a dateline that opens a paragraph ends (0 when there is none)."""
    match = _DATELINE.match(paragraph)
    if not match or not (match.group("date") or match.group("agency") or match.group("end").strip(" .")):
        return 0
    return match.end()


def is_furniture(line: str) -> bool:
    """A byline, caption, credit, link or a line of place, date and time ("KYIV, 20 April
    2025 · 21:40 EEST · 4 min read"): nothing a side said or did. Not a table's dated row that
    counts a swap ("5 March · 150 for 150")."""
    if _FRAME.match(line.strip()):
        return True
    if _DATED_ROW.match(line):
        return False
    rest = line
    for mention in reversed(dates_in(line, None)):
        rest = rest[:mention.start] + " " + rest[mention.end:]
    rest = _FURNITURE_WORDS.sub(" ", rest)
    framed = rest != line or bool(re.search(r"[·|•]", line))  # a date, a time, a counter, separators
    rest = re.sub(rf"\b{_PLACE}\b", " ", rest)
    words = re.findall(r"\b[a-z][a-z'’-]+", rest)
    return framed and len(words) < 3 and len(line.split()) <= 20
