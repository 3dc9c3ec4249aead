"""Plain-text and Markdown files, with an optional YAML metadata header."""

from __future__ import annotations

import re

from parley.ingest.decode import decode_text
from parley.ingest.document import RawDocument
from parley.ingest.frontmatter import (
    check_fields,
    header_date,
    header_flags,
    header_text,
    split_front_matter,
)

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
# Brackets and parentheses are left out of the link's parts so that a run of "[" or "](" is
# read once, not once from every bracket to the end of the line.
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[> \t]*", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# A rule is a short line (the look-ahead bounds the repeated group: on a 20 MB line the regex
# engine would keep a frame per character).
_MD_RULE = re.compile(r"^(?=[^\n]{0,200}$)\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE)
_HEADLINE_MAX = 200


def read_text(data: bytes, fmt: str = "txt") -> RawDocument:
    """Decode a .txt or .md file; Markdown syntax is reduced to its text."""
    # Windows line ends, so that the header's "---" lines are found as lines.
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    fields, body = split_front_matter(text)
    check_fields(fields)
    title = header_text(fields.get("title"))
    if fmt == "md":
        title = title or _markdown_title(body)
        body = markdown_to_text(body)
    return RawDocument(
        text=body,
        format=fmt,
        title=title,
        outlet=header_text(fields.get("outlet")),
        url=header_text(fields.get("url")),
        published=header_date(fields.get("published")),
        flags=header_flags(fields.get("flags")),
    )


def read_plain_text(data: bytes) -> RawDocument:
    return read_text(data, "txt")


def read_markdown(data: bytes) -> RawDocument:
    return read_text(data, "md")


def markdown_to_text(text: str) -> str:
    """Keep what a reader reads: quoted, heading and link text, emphasised words."""
    text = _MD_QUOTE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def headline(text: str) -> str | None:
    """The first of the opening lines that reads as a headline (short, not a finished sentence),
    past a section label ("Explainer | Repatriation of the dead", "News analysis"), a byline
    or a dateline; else the lead's first sentence, shortened."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:_HEADLINE_LINES]:
        if len(line) > _HEADLINE_MAX or line.endswith((".", ",", ";")):
            continue
        if not _label_line(line):
            return line
        # "Analysis | Thirty days, thirty hours ...": the label's headline after its separator
        longest = max(_LABEL_SEPARATOR.split(line), key=len).strip()
        if len(longest.split()) >= _LABELLED_WORDS and not _DATELINE_DATE.search(longest):
            return longest
    return _lead(lines[0]) if lines else None


_HEADLINE_LINES = 4
_LABEL_SEPARATOR = re.compile(r"\s[|·•]\s")
_BYLINE = re.compile(r"^by\s", re.IGNORECASE)
_DATELINE_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{4}|\b(?:19|20)\d\d\b|:\d\d\b")
_LEAD_WORDS = 16
_LABELLED_WORDS = 6


def _label_line(line: str) -> bool:
    """A section label, a byline, or a line of place, date and time: not the headline."""
    words = line.split()
    return (len(words) <= 3 or bool(_LABEL_SEPARATOR.search(line)) or bool(_BYLINE.match(line))
            or bool(_DATELINE_DATE.search(line)) and len(words) <= 12)


def _lead(paragraph: str) -> str | None:
    """The first sentence of the lead, past its dateline, shortened to a title's length."""
    from parley.extract.sentences import dateline_end

    body = paragraph[dateline_end(paragraph):]
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", body, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    if len(words) < 4:
        return None
    return " ".join(words[:_LEAD_WORDS]) + ("…" if len(words) > _LEAD_WORDS else "")


def _markdown_title(text: str) -> str | None:
    match = re.search(r"^\s{0,3}#\s+(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else None
