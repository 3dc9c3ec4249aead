"""The domain records Parley passes between ingest, extraction, storage and pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Article:
    """A cleaned article, identified by the fingerprint of its normalised text."""

    id: str
    fingerprint: str
    title: str
    text: str
    format: str
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    ingested_at: datetime | None = None
    flags: tuple[str, ...] = ()
    tier: str | None = None
    source_name: str | None = None
    # Where ``published`` came from when not from the file's metadata: "text" (its dateline).
    dated_by: str | None = None


@dataclass(frozen=True)
class Statement:
    """One sentence of an article, with who holds the position it states (when known)."""

    text: str
    start: int
    end: int
    actor: str | None = None
    speaker: str | None = None
    issues: tuple[str, ...] = ()
    stance: str | None = None
    reported: bool | None = None
    confidence: float | None = None
    # The side that reports a position held by another ("the North's envoy said the South had
    # asked for a summit": held by the South, reported by the North); None when the holder
    # speaks for itself.
    reporter: str | None = None


# What a figure counts (DESIGN.md); a profile's issues name the ones that are about them.
FIGURE_CATEGORIES = ("prisoners", "bodies", "civilians", "children", "deadline_days", "duration",
                     "percent", "other")


@dataclass(frozen=True)
class Figure:
    """A number that says something (people, bodies, days ...), with the sentence it came from."""

    value: float | None
    text: str
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    category: str | None = None
    per_side: bool = False
    status: str | None = None
    scope: str | None = None
    actor: str | None = None
    round: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Deadline:
    """A deadline mentioned in an article: who set it, for whom, how long, when due."""

    label: str
    text: str
    start: int
    end: int
    issuer: str | None = None
    target: str | None = None
    days: float | None = None
    announced: date | None = None
    due: date | None = None
    measure: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one article; spans index ``Article.text``."""

    statements: tuple[Statement, ...] = ()
    figures: tuple[Figure, ...] = ()
    deadlines: tuple[Deadline, ...] = ()


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one file: stored, duplicate, or refused with a one-line reason."""

    name: str
    status: str
    reason: str = ""
    article_id: str | None = None
    title: str | None = None
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    def line(self) -> str:
        """The one line the CLI and the uploader print for this file."""
        if self.status == "refused":
            return f"refused    {self.name}: {self.reason}"
        detail = f" ({self.reason})" if self.reason else ""
        return f"{self.status:<10} {self.name}: {self.title}{detail}"
