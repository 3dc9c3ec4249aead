"""A small YAML header on text and Markdown files: title, outlet, published, url, flags."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

from parley.errors import UnreadableFile

_BLOCK = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
KNOWN_KEYS = frozenset({"title", "outlet", "published", "url", "flags", "source"})


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return the header's fields and the text after it; no header gives an empty dict."""
    match = _BLOCK.match(text.lstrip("\ufeff"))
    if not match:
        return {}, text
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise UnreadableFile(f"malformed metadata header: {_first_line(exc)}") from exc
    if not isinstance(fields, dict):
        return {}, text
    return fields, text.lstrip("\ufeff")[match.end():]


def header_date(value: Any) -> date | None:
    """The header's ``published`` as a date; refuses a value that is not an ISO date."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise UnreadableFile(f"metadata header: published must be YYYY-MM-DD, not {value!r}") from exc


def header_flags(value: Any) -> tuple[str, ...]:
    """Flags as a tuple of names, from a YAML list or a comma-separated string."""
    if not value:
        return ()
    items = value if isinstance(value, list) else str(value).split(",")
    return tuple(str(item).strip() for item in items if str(item).strip())


def header_text(value: Any) -> str | None:
    """A header string field, or None when absent or blank."""
    text = str(value).strip() if value is not None else ""
    return text or None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
