"""The slice of the corpus a page shows (outlets, tiers, dates), and its form in a URL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CorpusFilter:
    """Which articles count; empty fields mean no restriction."""

    outlets: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    def to_query(self) -> dict[str, str | list[str]]:
        """Query parameters for a link that reproduces this view (empty fields left out)."""
        query: dict[str, str | list[str]] = {}
        if self.outlets:
            query["outlet"] = list(self.outlets)
        if self.tiers:
            query["tier"] = list(self.tiers)
        if self.since:
            query["since"] = self.since.isoformat()
        if self.until:
            query["until"] = self.until.isoformat()
        return query

    @classmethod
    def from_query(cls, params: Mapping[str, str | list[str]]) -> CorpusFilter:
        """Read a filter back from query parameters; malformed values are ignored, not fatal."""
        return cls(outlets=_many(params.get("outlet")), tiers=_many(params.get("tier")),
                   since=_day(params.get("since")), until=_day(params.get("until")))


def _many(value: str | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else list(value)
    return tuple(v for v in values if v)


def _day(value: str | list[str] | None) -> date | None:
    text = value[-1] if isinstance(value, list) and value else value
    try:
        return date.fromisoformat(text) if isinstance(text, str) and text else None
    except ValueError:
        return None
