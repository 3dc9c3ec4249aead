"""A small YAML header on text and Markdown files: title, outlet, published, url, flags."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

from parley.errors import UnreadableFile

_BLOCK = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
KNOWN_KEYS = frozenset({"title", "outlet", "published", "url", "flags", "source"})
# A header holds a few short fields; anything longer is not one.
MAX_HEADER_CHARS = 16_384
# Field values are scalars: a list or mapping (perhaps of aliases nested a billion times over)
# is never turned into text.
_SCALARS = (str, int, float, date)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return the header's fields and the text after it; no header gives an empty dict."""
    match = _BLOCK.match(text.lstrip("\ufeff"))
    if not match:
        return {}, text
    if len(match.group(1)) > MAX_HEADER_CHARS:
        raise UnreadableFile(f"metadata header is {len(match.group(1)):,} characters; at most {MAX_HEADER_CHARS:,}")
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise UnreadableFile(f"malformed metadata header: {_first_line(exc)}") from exc
    except RecursionError as exc:
        raise UnreadableFile("malformed metadata header: nested too deeply") from exc
    if not isinstance(fields, dict):
        return {}, text
    return fields, text.lstrip("\ufeff")[match.end():]


def check_fields(fields: dict[str, Any]) -> None:
    """Refuse a header whose known fields are not plain values (a list where a title belongs, or
    aliases that would expand a billion times when made into text)."""
    for key in ("title", "outlet", "url", "published", "source"):
        if fields.get(key) is not None and not isinstance(fields[key], _SCALARS):
            raise UnreadableFile(f"metadata header: {key} must be plain text")
    flags = fields.get("flags")
    if isinstance(flags, list) and not all(isinstance(flag, _SCALARS) for flag in flags):
        raise UnreadableFile("metadata header: flags must be a list of names")
    if flags is not None and not isinstance(flags, (list, *_SCALARS)):
        raise UnreadableFile("metadata header: flags must be a list of names")


def header_date(value: Any) -> date | None:
    """The header's ``published`` as a date; refuses a value that is not an ISO date."""
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, _SCALARS):
        raise UnreadableFile("metadata header: published must be YYYY-MM-DD")
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise UnreadableFile(f"metadata header: published must be YYYY-MM-DD, not {value!r}") from exc


def header_flags(value: Any) -> tuple[str, ...]:
    """Flags as a tuple of names, from a YAML list or a comma-separated string."""
    if not value:
        return ()
    items = value if isinstance(value, list) else str(value).split(",") if isinstance(value, _SCALARS) else []
    return tuple(str(item).strip() for item in items if isinstance(item, _SCALARS) and str(item).strip())


def header_text(value: Any) -> str | None:
    """A header string field, or None when absent or blank."""
    text = str(value).strip() if isinstance(value, _SCALARS) else ""
    return text or None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
