"""The records the store hands out (articles, statements, figures, rows as pages list them) and
the conversions from database rows to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from parley.model import Article, Deadline, Figure, Statement


@dataclass(frozen=True)
class Ruling:
    """An analyst's ruling; rulings are only ever added, never edited or deleted."""

    subject: str
    ruling: str
    note: str
    who: str
    at: datetime


@dataclass(frozen=True)
class FigureRow:
    """A figure with the article it came from, as the ledger lists it."""

    id: int
    article_id: str
    title: str
    outlet: str | None
    tier: str | None
    published: date | None
    flags: tuple[str, ...]
    figure: Figure


@dataclass(frozen=True)
class PositionCount:
    """How many statements (and outlets) give one side's stance on one issue."""

    issue: str
    actor: str
    stance: str | None
    statements: int
    outlets: int


@dataclass(frozen=True)
class ArticleRow:
    """An article as the library lists it: metadata and counts, not the text."""

    id: str
    title: str
    outlet: str | None
    published: date | None
    ingested_at: datetime
    format: str
    flags: tuple[str, ...]
    tier: str | None
    source_name: str | None
    statements: int
    figures: int
    dated_by: str | None = None  # "text" when the date came from the article's dateline


@dataclass(frozen=True)
class StatementRow:
    """A statement with where it came from, as tables list it."""

    article_id: str
    title: str
    outlet: str | None
    published: date | None
    text: str
    actor: str | None
    start: int
    end: int
    speaker: str | None = None
    stance: str | None = None
    reporter: str | None = None  # the side that reports a position another side holds
    issues: tuple[str, ...] = ()  # filled by grouping_rows only
    tier: str | None = None  # the outlet's tier; filled by grouping_rows only


@dataclass(frozen=True)
class CorpusSummary:
    """What the corpus holds, in a few aggregated numbers."""

    articles: int
    statements: int
    figures: int
    deadlines: int
    outlets: dict[str, int]
    first_published: date | None
    last_published: date | None
    undated: int
    last_ingested: datetime | None = None


@dataclass(frozen=True)
class CoverageCount:
    """How many articles one outlet (of one tier) published on one day (None: undated)."""

    day: date | None
    outlet: str | None
    tier: str | None
    articles: int


@dataclass(frozen=True)
class Correction:
    """An editor's change to one field of an article, with the value it replaced."""

    article_id: str
    field: str
    value: str | None
    previous: str | None
    note: str
    who: str
    at: datetime
    source: str = "editor"


def _span(article_id: str, seq: int, item: Statement | Figure | Deadline) -> dict[str, Any]:
    return {"article_id": article_id, "seq": seq, "start_char": item.start,
            "end_char": item.end, "text": item.text}


def _article(row: Any) -> Article:
    return Article(
        id=row["id"], fingerprint=row["fingerprint"], title=row["title"], text=row["text"],
        format=row["format"], outlet=row["outlet"], url=row["url"],
        published=_as_date(row["published"]), ingested_at=_utc(row["ingested_at"]),
        flags=tuple(row["flags"] or ()), tier=row["tier"], source_name=row["source_name"],
        dated_by=row["dated_by"],
    )


def _statement(row: Any) -> Statement:
    return Statement(
        text=row["text"], start=row["start_char"], end=row["end_char"], actor=row["actor"],
        speaker=row["speaker"], issues=tuple(row["issues"] or ()), stance=row["stance"],
        reported=row["reported"], confidence=row["confidence"], reporter=row["reporter"],
    )


def _figure(row: Any) -> Figure:
    return Figure(
        value=row["value"], text=row["text"], start=row["start_char"], end=row["end_char"],
        low=row["low"], high=row["high"], qualifier=row["qualifier"], unit=row["unit"],
        category=row["category"], per_side=row["per_side"], status=row["status"],
        scope=row["scope"], actor=row["actor"], round=row["round"], confidence=row["confidence"],
    )


def _deadline(row: Any) -> Deadline:
    return Deadline(
        label=row["label"], text=row["text"], start=row["start_char"], end=row["end_char"],
        issuer=row["issuer"], target=row["target"], days=row["days"],
        announced=_as_date(row["announced"]), due=_as_date(row["due"]), measure=row["measure"],
    )


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def _utc(value: Any) -> datetime:
    # SQLite hands back naive datetimes; everything Parley writes is UTC.
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
