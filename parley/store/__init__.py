"""The database: one SQLAlchemy Core schema for SQLite (default) and PostgreSQL, and its queries.

Every write runs in one transaction (an article with all its extractions, or nothing). The
store is split by reason to change: the schema and its migrations (``schema``), connections
(``engine``), the ingest transaction (``writes``), the reads pages share (``reads``), what
analysts add (``analyst``) and the records all of them hand out (``records``); ``Store`` is
all of them over one engine.
"""

from __future__ import annotations

from parley.store.analyst import CORRECTABLE, AnalystEntries
from parley.store.engine import BUSY_TIMEOUT_MS, make_engine
from parley.store.reads import PageReads
from parley.store.records import (
    ArticleRow,
    CorpusSummary,
    Correction,
    CoverageCount,
    FigureRow,
    PositionCount,
    Ruling,
    StatementRow,
)
from parley.store.schema import (
    RULINGS,
    SCHEMA_VERSION,
    adjudications,
    article_corrections,
    articles,
    deadline_entries,
    deadline_revisions,
    deadlines,
    embeddings,
    event_entries,
    figures,
    meta,
    metadata,
    statement_issues,
    statements,
)
from parley.store.writes import CorpusWrites


class Store(CorpusWrites, PageReads, AnalystEntries):
    """All reads and writes of Parley's data; pages and the CLI go through this, never SQL."""


__all__ = [
    "BUSY_TIMEOUT_MS", "CORRECTABLE", "RULINGS", "SCHEMA_VERSION", "ArticleRow", "CorpusSummary", "Correction",
    "CoverageCount", "FigureRow", "PositionCount", "Ruling", "StatementRow", "Store", "adjudications",
    "article_corrections", "articles", "deadline_entries", "deadline_revisions", "deadlines", "embeddings",
    "event_entries", "figures", "make_engine", "meta", "metadata", "statement_issues", "statements",
]
