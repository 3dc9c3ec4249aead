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


# Plain "Key: value" lines before a blank line, as text exports and wire dumps write them.
_FIELD_LINE = re.compile(r"^(?P<key>title|headline|outlet|source|publisher|publication|published|date|url|link|"
                         r"author|byline|by)[ \t]*:[ \t]*(?P<value>\S[^\n]{0,300})$", re.IGNORECASE)
_FIELD_NAMES = {"headline": "title", "source": "outlet", "publisher": "outlet", "publication": "outlet",
                "date": "published", "link": "url"}
_HEADER_LINES = 12


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return the header's fields and the text after it; no header gives an empty dict."""
    match = _BLOCK.match(text.lstrip("\ufeff"))
    if not match:
        return split_field_lines(text)
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


def split_field_lines(text: str) -> tuple[dict[str, Any], str]:
    """A header of "Title: ...", "Source: ...", "Published: ..." lines (two or more, then a blank
    line) as fields; a date there that is not ISO is read as news writes it ("14 August 2025"),
    or left for the article's dateline."""
    lines = text.lstrip("\ufeff").split("\n")
    fields: dict[str, Any] = {}
    for count, line in enumerate(lines[:_HEADER_LINES]):
        if not line.strip():
            break
        found = _FIELD_LINE.match(line.strip())
        if not found:
            return {}, text
        key = found.group("key").lower()
        fields.setdefault(_FIELD_NAMES.get(key, key), found.group("value").strip())
    else:
        return {}, text
    if count < 2:
        return {}, text
    if "published" in fields:
        fields["published"] = _written_date(fields["published"])
    return {k: v for k, v in fields.items() if k in KNOWN_KEYS and v is not None}, "\n".join(lines[count + 1:])


def _written_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        from parley.extract.dates import dates_in

        days = [m.day for m in dates_in(value, None) if m.kind == "day" and m.day]
        return days[0] if days else None


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
