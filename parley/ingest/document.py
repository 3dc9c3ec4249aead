"""What a format reader hands on: text as the file had it, plus the metadata the file carried."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RawDocument:
    """A file read into text and metadata, before cleaning; fields the file lacks are None."""

    text: str
    format: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    flags: tuple[str, ...] = ()
