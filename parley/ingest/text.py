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
    """The first line when it reads as a headline (short, not a finished sentence)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first and len(first) <= _HEADLINE_MAX and not first.endswith((".", ",", ";")):
        return first
    return None


def _markdown_title(text: str) -> str | None:
    match = re.search(r"^\s{0,3}#\s+(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else None
