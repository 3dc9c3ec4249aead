"""The extraction contract of DESIGN.md as plain JSON-ready dicts (other tools depend on it)."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.model import Article, Deadline, Extraction, Figure, Statement

ARTICLE_KEYS = ("title", "outlet", "published", "url", "format", "flags", "text")
# "reported_by": the side that reports a position another side holds (None: the holder's own words).
STATEMENT_KEYS = ("text", "start", "end", "actor", "speaker", "issues", "stance", "confidence", "reported_by")
FIGURE_KEYS = ("value", "low", "high", "qualifier", "unit", "category", "per_side",
               "status", "scope", "actor", "text", "start", "end", "confidence")
DEADLINE_KEYS = ("label", "issuer", "target", "days", "announced", "due", "text", "start", "end")


def extraction_record(article: Article, extraction: Extraction) -> dict[str, Any]:
    """One article and what was extracted from it, exactly the contract's keys."""
    return {
        "article": article_record(article),
        "statements": [statement_record(s) for s in extraction.statements],
        "figures": [figure_record(f) for f in extraction.figures],
        "deadlines": [deadline_record(d) for d in extraction.deadlines],
    }


def article_record(article: Article) -> dict[str, Any]:
    return {
        "title": article.title, "outlet": article.outlet, "published": iso(article.published),
        "url": article.url, "format": article.format, "flags": list(article.flags),
        "text": article.text,
    }


def statement_record(statement: Statement) -> dict[str, Any]:
    return {
        "text": statement.text, "start": statement.start, "end": statement.end,
        "actor": statement.actor, "speaker": statement.speaker,
        "issues": list(statement.issues), "stance": statement.stance,
        "confidence": statement.confidence, "reported_by": statement.reporter,
    }


def figure_record(figure: Figure) -> dict[str, Any]:
    return {key: getattr(figure, key) for key in FIGURE_KEYS}


def deadline_record(deadline: Deadline) -> dict[str, Any]:
    record = {key: getattr(deadline, key) for key in DEADLINE_KEYS}
    record["announced"], record["due"] = iso(deadline.announced), iso(deadline.due)
    return record


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
