"""Paragraphs of cleaned text, and the lines that are headings or labels rather than sentences."""

from __future__ import annotations

import re

BULLET = re.compile(r"^(?:[-–—•*·]|\d{1,2}[.)])\s+")
_TERMINAL = tuple(".!?\"'”’»…)")
# A line under this many words with no closing punctuation is a heading or a widget label.
HEADING_MAX_WORDS = 8


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
    """A short line that does not end like a sentence."""
    return len(line.split()) < HEADING_MAX_WORDS and not line.rstrip().endswith(_TERMINAL)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())
