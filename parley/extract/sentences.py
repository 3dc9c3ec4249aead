"""Sentence spans over cleaned article text (pysbd, paragraph by paragraph)."""

from __future__ import annotations

import re

import pysbd

_BULLET = re.compile(r"^(?:[-–—•*·]|\d{1,2}[.)])\s+")
_TERMINAL = tuple(".!?\"'”’»…)")
# A line under this many words with no closing punctuation is a heading or a widget label.
HEADING_MAX_WORDS = 8


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of the text (cleaned text has one paragraph a line)."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            spans.append((start, start + len(stripped)))
        offset += len(line) + 1
    return spans


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence."""
    return len(line.split()) < HEADING_MAX_WORDS and not line.rstrip().endswith(_TERMINAL)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; headings and widget labels are left out."""
    segmenter = pysbd.Segmenter(language="en", clean=False)  # holds state: one per call
    spans: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        line = text[start:end]
        bullet = _BULLET.match(line)
        if bullet:
            start += bullet.end()
            line = text[start:end]
        if is_heading(line):
            continue
        spans.extend((start + s, start + e) for s, e in _locate(line, segmenter.segment(line)))
    return spans


def _locate(line: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Find each segment in the line in order; pysbd's own offsets drift on repeated text."""
    spans = []
    cursor = 0
    for sentence in sentences:
        piece = sentence.strip()
        found = line.find(piece, cursor) if piece else -1
        if found < 0:
            continue
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    if not spans and line.strip():
        spans.append((0, len(line)))
    return spans
