"""The database: one SQLAlchemy Core schema for SQLite (default) and PostgreSQL, and its queries.

Every write runs in one transaction (an article with all its extractions, or nothing). On
SQLite a write transaction starts with BEGIN IMMEDIATE: a deferred BEGIN would upgrade its
read lock to a write lock at the first INSERT and fail at once with "database is locked"
when another process writes, instead of waiting for the busy timeout.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from parley.access import LOCAL, Access
from parley.claims import CLAIM_RECIPE
from parley.errors import PermissionDenied, StoreError
from parley.filters import CorpusFilter
from parley.model import Article, Deadline, Extraction, Figure, Statement
from parley.profile import TIERS, KnownDeadline, KnownEvent, Revision
from parley.settings import database_url

SCHEMA_VERSION = 8
BUSY_TIMEOUT_MS = 30_000

metadata = sa.MetaData()

meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("format", sa.String(8), nullable=False),
    sa.Column("flags", sa.JSON, nullable=False),
    sa.Column("tier", sa.String(32)),
    sa.Column("source_name", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    # The extraction version that produced the stored statements, figures and deadlines.
    sa.Column("extractor", sa.String(16), nullable=False, server_default="1"),
    # Where ``published`` came from when not the file's metadata: "text" (its dateline), "editor".
    sa.Column("dated_by", sa.String(16)),
)


def _child(name: str, *columns: sa.Column) -> sa.Table:
    """A table of things found in an article: deleted with it, ordered by seq, spans in chars."""
    return sa.Table(
        name, metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(16),
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        *columns,
    )


statements = _child(
    "statements",
    sa.Column("actor", sa.String(64)), sa.Column("speaker", sa.Text),
    sa.Column("issues", sa.JSON, nullable=False), sa.Column("stance", sa.String(16)),
    sa.Column("reported", sa.Boolean), sa.Column("confidence", sa.Float),
    # The side that reports a position another side holds (Statement.reporter).
    sa.Column("reporter", sa.String(64)),
)
# One row per issue a statement is about: lets positions be counted in SQL on any database.
statement_issues = sa.Table(
    "statement_issues", metadata,
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("issue", sa.String(64), primary_key=True),
    sa.Column("article_id", sa.String(16), nullable=False, index=True),
    sa.Index("ix_statement_issues_issue", "issue"),
)
# A statement's vector, with the model that made it (a new model re-embeds lazily).
embeddings = sa.Table(
    "embeddings", metadata,
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("article_id", sa.String(16), nullable=False, index=True),
    sa.Column("model", sa.String(64), nullable=False, index=True),
    sa.Column("vector", sa.LargeBinary, nullable=False),
)
figures = _child(
    "figures",
    sa.Column("value", sa.Float), sa.Column("low", sa.Float), sa.Column("high", sa.Float),
    sa.Column("qualifier", sa.String(16)), sa.Column("unit", sa.String(32)),
    sa.Column("category", sa.String(32)), sa.Column("per_side", sa.Boolean, nullable=False),
    sa.Column("status", sa.String(16)), sa.Column("scope", sa.String(16)),
    sa.Column("actor", sa.String(64)), sa.Column("round", sa.String(64)),
    sa.Column("confidence", sa.Float),
)
deadlines = _child(
    "deadlines",
    sa.Column("label", sa.Text, nullable=False), sa.Column("issuer", sa.String(64)),
    sa.Column("target", sa.String(64)), sa.Column("days", sa.Float),
    sa.Column("announced", sa.Date), sa.Column("due", sa.Date), sa.Column("measure", sa.Text),
)


adjudications = sa.Table(
    "adjudications", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # What was ruled on, by content (not row ids, which re-extraction replaces).
    sa.Column("subject", sa.Text, nullable=False, index=True),
    sa.Column("ruling", sa.String(16), nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

RULINGS = ("confirmed", "wrong", "superseded")

# Deadlines and revisions an analyst adds; the profile's own stay in the profile.
deadline_entries = sa.Table(
    "deadline_entries", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("issuer", sa.String(64), nullable=False),
    sa.Column("target", sa.String(64)),
    sa.Column("measure", sa.Text),
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)
deadline_revisions = sa.Table(
    "deadline_revisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("deadline_id", sa.String(64), nullable=False, index=True),
    sa.Column("announced", sa.Date, nullable=False),
    sa.Column("days", sa.Float, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

# An editor's correction of an article's metadata (issue 14). Kept like rulings: only ever added,
# each with the value it replaced, who and when; the article row holds the corrected value, so
# every query and filter sees it without a join. No foreign key: the audit outlives a deletion.
article_corrections = sa.Table(
    "article_corrections", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(16), nullable=False, index=True),
    sa.Column("field", sa.String(16), nullable=False),
    sa.Column("value", sa.Text),  # ISO date for "published"; NULL clears the field
    sa.Column("previous", sa.Text),
    # Where the value came from: always "editor" here; beside the article's own date source.
    sa.Column("source", sa.String(16), nullable=False, server_default="editor"),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)
CORRECTABLE = ("title", "outlet", "published", "tier")

# Exchange events an editor adds, with their source: only ever added, like rulings (the
# profile's own stay in the profile).
event_entries = sa.Table(
    "event_entries", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("date", sa.Date, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("category", sa.String(32), nullable=False),
    sa.Column("per_side", sa.Float),
    sa.Column("total", sa.Float),
    sa.Column("qualifier", sa.String(16), nullable=False),
    sa.Column("parent", sa.String(64)),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)


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


def make_engine(url: str | None = None) -> Engine:
    """An engine for the URL (default: ``PARLEY_DATABASE_URL`` or the SQLite file)."""
    url = url or database_url()
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get("parley_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class Store:
    """All reads and writes of Parley's data; pages and the CLI go through this, never SQL."""

    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self.engine = engine or make_engine(url)
        self.access = LOCAL
        self.ensure_schema()

    def with_access(self, access: Access) -> Store:
        """This store (same engine, same connections) as one person may use it: writes by
        someone who may not write raise PermissionDenied before any SQL runs."""
        view = copy.copy(self)
        view.access = access
        return view

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction of the corpus: committed when the block ends, rolled back if it
        raises; refused when this store's user may not write."""
        if not self.access.can_write:
            raise PermissionDenied(self.access.reason or "you may not change the corpus")
        with self._transaction() as conn:
            yield conn

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """A write transaction without the access check: for the schema and for vectors, which
        are derived from stored text and change nothing a reader could dispute."""
        with self.engine.connect() as conn:
            conn.execution_options(parley_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only connection whose queries see one consistent snapshot."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # -- schema -------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create the tables on a new database, migrate an older one, refuse a newer one."""
        with self._transaction() as conn:
            existed = sa.inspect(conn).has_table("meta")
            metadata.create_all(conn)
            found = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version"))
            version = found.scalar()
            if version is None or not existed:
                conn.execute(sa.delete(meta).where(meta.c.key == "schema_version"))
                conn.execute(sa.insert(meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
            elif int(version) > SCHEMA_VERSION:
                raise StoreError(
                    f"the database has schema version {version}; this Parley knows up to "
                    f"{SCHEMA_VERSION}: update Parley"
                )
            elif int(version) < SCHEMA_VERSION:
                _migrate(conn, int(version))
            _forget_vectors_of_another_recipe(conn)

    def schema_version(self) -> int:
        with self.read() as conn:
            return int(conn.execute(
                sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar_one())

    def revision(self) -> int:
        """A number that changes with every write: a cache key for what pages compute."""
        with self.read() as conn:
            value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "revision")).scalar()
        return int(value or 0)

    # -- writes -------------------------------------------------------------------------
    def add_article(self, article: Article, extraction: Extraction, extractor: str = "1",
                    vectors: tuple[str, np.ndarray] | None = None) -> bool:
        """Store the article, everything extracted from it and its statements' vectors
        ((model, one row per statement)) in one transaction; False if its text is stored."""
        try:
            with self.write() as conn:
                if _has_fingerprint(conn, article.fingerprint):
                    return False
                _insert_article(conn, article, extractor)
                ids = _insert_extraction(conn, article.id, extraction)
                if vectors is not None:
                    _insert_vectors(conn, article.id, vectors[0], list(zip(ids, vectors[1])))
                _bump_revision(conn)
        except sa.exc.IntegrityError:
            # Another process stored the same text between our check and our insert
            # (possible on PostgreSQL, where the check does not lock the table).
            if self.has_fingerprint(article.fingerprint):
                return False
            raise
        return True

    def replace_extraction(self, article_id: str, extraction: Extraction, extractor: str,
                           tier: str | None = None, dated: date | None = None) -> None:
        """Swap what was extracted from a stored article for a new extraction, atomically;
        ``dated`` is a date found in the text of an article stored without one."""
        with self.write() as conn:
            for table in (embeddings, statement_issues, statements, figures, deadlines):
                conn.execute(sa.delete(table).where(table.c.article_id == article_id))
            _insert_extraction(conn, article_id, extraction)
            conn.execute(sa.update(articles).where(articles.c.id == article_id)
                         .values(extractor=extractor, tier=tier))
            if dated is not None:
                conn.execute(sa.update(articles).where(articles.c.id == article_id, articles.c.published.is_(None))
                             .values(published=dated, dated_by="text"))
            _apply_corrections(conn, article_id)  # an editor's tier outlives the profile's
            _bump_revision(conn)

    def stale_articles(self, extractor: str) -> list[str]:
        """Ids of articles whose stored extraction came from another extractor version."""
        query = sa.select(articles.c.id).where(articles.c.extractor != extractor).order_by(articles.c.id)
        with self.read() as conn:
            return list(conn.execute(query).scalars())

    def delete_article(self, article_id: str) -> bool:
        """Delete an article and all that was extracted from it; False if there was none."""
        with self.write() as conn:
            for table in (embeddings, statement_issues, statements, figures, deadlines):
                conn.execute(sa.delete(table).where(table.c.article_id == article_id))
            deleted = conn.execute(sa.delete(articles).where(articles.c.id == article_id)).rowcount > 0
            if deleted:
                _bump_revision(conn)
            return deleted

    # -- reads --------------------------------------------------------------------------
    def has_fingerprint(self, digest: str) -> bool:
        with self.read() as conn:
            return _has_fingerprint(conn, digest)

    def article_count(self) -> int:
        with self.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()

    def summary(self, where: CorpusFilter | None = None) -> CorpusSummary:
        """Counts, outlets and date range of the articles the filter admits (all without one),
        each from one aggregated query."""
        with self.read() as conn:
            count, first, last, undated, ingested = conn.execute(_filtered(sa.select(
                sa.func.count(), sa.func.min(articles.c.published),
                sa.func.max(articles.c.published),
                sa.func.count() - sa.func.count(articles.c.published),
                sa.func.max(articles.c.ingested_at),
            ).select_from(articles), where)).one()
            outlet = sa.func.coalesce(articles.c.outlet, "(unknown outlet)")
            outlets = conn.execute(_filtered(
                sa.select(outlet, sa.func.count()).group_by(outlet)
                .order_by(sa.func.count().desc(), outlet), where)
            ).all()
            found = {table.name: conn.execute(_counted(table, where)).scalar_one()
                     for table in (statements, figures, deadlines)}
        return CorpusSummary(
            articles=count, statements=found["statements"], figures=found["figures"],
            deadlines=found["deadlines"],
            outlets={name: n for name, n in outlets},
            first_published=_as_date(first), last_published=_as_date(last), undated=undated or 0,
            last_ingested=_utc(ingested) if ingested else None,
        )

    def list_articles(self) -> list[ArticleRow]:
        """Every article's metadata and counts, newest publication first."""
        counts = {
            table.name: sa.select(table.c.article_id, sa.func.count().label("n"))
            .group_by(table.c.article_id).subquery()
            for table in (statements, figures)
        }
        query = (
            sa.select(
                articles.c.id, articles.c.title, articles.c.outlet, articles.c.published,
                articles.c.ingested_at, articles.c.format, articles.c.flags, articles.c.tier,
                articles.c.source_name,
                sa.func.coalesce(counts["statements"].c.n, 0),
                sa.func.coalesce(counts["figures"].c.n, 0), articles.c.dated_by,
            )
            .outerjoin(counts["statements"], counts["statements"].c.article_id == articles.c.id)
            .outerjoin(counts["figures"], counts["figures"].c.article_id == articles.c.id)
            .order_by(articles.c.published.desc().nulls_last(), articles.c.title)
        )
        with self.read() as conn:
            rows = conn.execute(query).all()
        return [
            ArticleRow(id=r[0], title=r[1], outlet=r[2], published=_as_date(r[3]),
                       ingested_at=_utc(r[4]), format=r[5], flags=tuple(r[6] or ()), tier=r[7],
                       source_name=r[8], statements=r[9], figures=r[10], dated_by=r[11])
            for r in rows
        ]

    def statement_counts_by_actor(self) -> dict[str | None, int]:
        """How many statements each side holds; None counts those not attributed."""
        query = sa.select(statements.c.actor, sa.func.count()).group_by(statements.c.actor)
        with self.read() as conn:
            return {actor: n for actor, n in conn.execute(query)}

    def statement_rows(self, limit: int = 500, contains: str = "", where: CorpusFilter | None = None,
                       actor: str | None = None, issue: str | None = None) -> list[StatementRow]:
        """Statements with their article's title, outlet and date, newest articles first."""
        query = (
            sa.select(statements.c.article_id, articles.c.title, articles.c.outlet,
                      articles.c.published, statements.c.text, statements.c.actor,
                      statements.c.start_char, statements.c.end_char, statements.c.speaker,
                      statements.c.stance, statements.c.reporter)
            .join(articles, articles.c.id == statements.c.article_id)
            .order_by(articles.c.published.desc().nulls_last(), statements.c.article_id,
                      statements.c.seq)
            .limit(limit)
        )
        if contains:
            query = query.where(statements.c.text.ilike(f"%{_escape_like(contains)}%", escape="\\"))
        if actor:
            query = query.where(statements.c.actor == actor)
        if issue:
            query = query.join(statement_issues, statement_issues.c.statement_id == statements.c.id) \
                .where(statement_issues.c.issue == issue)
        query = _filtered(query, where)
        with self.read() as conn:
            return [StatementRow(article_id=r[0], title=r[1], outlet=r[2], published=_as_date(r[3]),
                                 text=r[4], actor=r[5], start=r[6], end=r[7], speaker=r[8], stance=r[9],
                                 reporter=r[10])
                    for r in conn.execute(query)]

    def position_counts(self, where: CorpusFilter | None = None) -> list[PositionCount]:
        """Statements per issue, side and stance, with distinct outlets: one grouped query."""
        outlet = sa.func.coalesce(articles.c.outlet, articles.c.id)
        query = (
            sa.select(statement_issues.c.issue, statements.c.actor, statements.c.stance,
                      sa.func.count(), sa.func.count(sa.distinct(outlet)))
            .select_from(statement_issues)
            .join(statements, statements.c.id == statement_issues.c.statement_id)
            .join(articles, articles.c.id == statements.c.article_id)
            .where(statements.c.actor.is_not(None))
            .group_by(statement_issues.c.issue, statements.c.actor, statements.c.stance)
        )
        with self.read() as conn:
            return [PositionCount(*row) for row in conn.execute(_filtered(query, where))]

    def figure_rows(self, where: CorpusFilter | None = None,
                    categories: tuple[str, ...] = ()) -> list[FigureRow]:
        """Figures with their articles, oldest publication first."""
        query = (sa.select(figures, articles.c.title, articles.c.outlet, articles.c.tier,
                           articles.c.published, articles.c.flags)
                 .join(articles, articles.c.id == figures.c.article_id)
                 .order_by(articles.c.published.nulls_last(), figures.c.article_id, figures.c.seq))
        if categories:
            query = query.where(figures.c.category.in_(categories))
        with self.read() as conn:
            rows = conn.execute(_filtered(query, where)).mappings().all()
        return [FigureRow(id=r["id"], article_id=r["article_id"], title=r["title"], outlet=r["outlet"],
                          tier=r["tier"], published=_as_date(r["published"]), flags=tuple(r["flags"] or ()),
                          figure=_figure(r)) for r in rows]

    def unembedded(self, model: str, limit: int = 5000,
                   article_ids: list[str] | None = None) -> list[tuple[int, str, str]]:
        """(statement id, article id, text) of statements with no vector from this model (of
        these articles only, when given)."""
        have = sa.select(embeddings.c.statement_id).where(embeddings.c.model == model)
        query = (sa.select(statements.c.id, statements.c.article_id, statements.c.text)
                 .where(statements.c.id.not_in(have)).order_by(statements.c.id).limit(limit))
        if article_ids is not None:
            query = query.where(statements.c.article_id.in_(article_ids))
        with self.read() as conn:
            return [tuple(row) for row in conn.execute(query)]

    def count_unembedded(self, model: str) -> int:
        have = sa.select(embeddings.c.statement_id).where(embeddings.c.model == model)
        with self.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(statements)
                                .where(statements.c.id.not_in(have))).scalar_one()

    def save_vectors(self, model: str, rows: list[tuple[int, str, np.ndarray]]) -> None:
        """Store vectors for statements (replacing another model's). Two processes may embed the
        same statements at once (a page and an ingest): the vector is an upsert, so the later
        one wins instead of failing; statements deleted meanwhile are skipped. Anyone's visit
        may store them: they are derived from stored text."""
        with self._transaction() as conn:
            alive = set(conn.execute(sa.select(statements.c.id).where(
                statements.c.id.in_([r[0] for r in rows]))).scalars())
            values = [{"statement_id": sid, "article_id": aid, "model": model,
                       "vector": np.asarray(vector, dtype=np.float32).tobytes()}
                      for sid, aid, vector in rows if sid in alive]
            if values:
                insert = _dialect_insert(conn)(embeddings)
                conn.execute(insert.on_conflict_do_update(
                    index_elements=[embeddings.c.statement_id],
                    set_={"model": insert.excluded.model, "vector": insert.excluded.vector}), values)
            _bump_revision(conn)

    def statement_vectors(self, model: str, where: CorpusFilter | None = None, actor: str | None = None,
                          issue: str | None = None) -> tuple[list[StatementRow], np.ndarray, list[int]]:
        """Statements of the view that have a vector from the model, their vectors and ids."""
        query = (sa.select(statements.c.id, statements.c.article_id, articles.c.title, articles.c.outlet,
                           articles.c.published, statements.c.text, statements.c.actor,
                           statements.c.start_char, statements.c.end_char, statements.c.speaker,
                           statements.c.stance, embeddings.c.vector)
                 .join(articles, articles.c.id == statements.c.article_id)
                 .join(embeddings, embeddings.c.statement_id == statements.c.id)
                 .where(embeddings.c.model == model).order_by(statements.c.id))
        if actor:
            query = query.where(statements.c.actor == actor)
        if issue:
            query = query.join(statement_issues, statement_issues.c.statement_id == statements.c.id) \
                .where(statement_issues.c.issue == issue)
        with self.read() as conn:
            rows = conn.execute(_filtered(query, where)).all()
        found = [StatementRow(article_id=r[1], title=r[2], outlet=r[3], published=_as_date(r[4]), text=r[5],
                              actor=r[6], start=r[7], end=r[8], speaker=r[9], stance=r[10]) for r in rows]
        vectors = np.stack([np.frombuffer(r[11], dtype=np.float32) for r in rows]) if rows \
            else np.zeros((0, 0), dtype=np.float32)
        return found, vectors, [r[0] for r in rows]

    # -- reads for statement groups -----------------------------------------------------
    def grouping_rows(self, model: str, where: CorpusFilter | None = None, actor: str | None = None,
                      issue: str | None = None) -> tuple[list[StatementRow], np.ndarray, list[int]]:
        """Statements of the view with a vector from the model, as grouping needs them: with
        the side reporting them, their issues and their outlet's tier; their vectors and ids."""
        query = (sa.select(statements.c.id, statements.c.article_id, articles.c.title, articles.c.outlet,
                           articles.c.published, statements.c.text, statements.c.actor,
                           statements.c.start_char, statements.c.end_char, statements.c.speaker,
                           statements.c.stance, statements.c.reporter, statements.c.issues, articles.c.tier,
                           embeddings.c.vector)
                 .join(articles, articles.c.id == statements.c.article_id)
                 .join(embeddings, embeddings.c.statement_id == statements.c.id)
                 .where(embeddings.c.model == model).order_by(statements.c.id))
        if actor:
            query = query.where(statements.c.actor == actor)
        if issue:
            query = query.join(statement_issues, statement_issues.c.statement_id == statements.c.id) \
                .where(statement_issues.c.issue == issue)
        with self.read() as conn:
            rows = conn.execute(_filtered(query, where)).all()
        found = [StatementRow(article_id=r[1], title=r[2], outlet=r[3], published=_as_date(r[4]), text=r[5],
                              actor=r[6], start=r[7], end=r[8], speaker=r[9], stance=r[10], reporter=r[11],
                              issues=tuple(r[12] or ()), tier=r[13]) for r in rows]
        vectors = np.stack([np.frombuffer(r[14], dtype=np.float32) for r in rows]) if rows \
            else np.zeros((0, 0), dtype=np.float32)
        return found, vectors, [r[0] for r in rows]

    def add_ruling(self, subject: str, ruling: str, note: str, who: str) -> Ruling:
        """Record an analyst's ruling; the values ruled on stay as they are."""
        if ruling not in RULINGS:
            raise ValueError(f"ruling must be one of {', '.join(RULINGS)}")
        made = Ruling(subject=subject, ruling=ruling, note=note.strip(), who=who, at=datetime.now(timezone.utc))
        with self.write() as conn:
            conn.execute(sa.insert(adjudications).values(
                subject=made.subject, ruling=made.ruling, note=made.note, who=made.who, at=made.at))
            _bump_revision(conn)
        return made

    def add_deadline(self, deadline: KnownDeadline, who: str) -> None:
        """Record a deadline an analyst found, with its first revision."""
        now = datetime.now(timezone.utc)
        with self.write() as conn:
            conn.execute(sa.insert(deadline_entries).values(
                id=deadline.id, label=deadline.label, issuer=deadline.issuer, target=deadline.target,
                measure=deadline.measure, timezone=deadline.timezone, who=who, at=now))
            for revision in deadline.revisions:
                _insert_revision(conn, deadline.id, revision, who, now)
            _bump_revision(conn)

    def add_deadline_revision(self, deadline_id: str, revision: Revision, who: str) -> None:
        """Record a new setting of a deadline (the profile's or an analyst's), with its source."""
        with self.write() as conn:
            _insert_revision(conn, deadline_id, revision, who, datetime.now(timezone.utc))
            _bump_revision(conn)

    def add_event(self, event: KnownEvent, who: str, taken: tuple[str, ...] = ()) -> None:
        """Record an exchange event an editor knows of, with its source; an id already used (here
        or in ``taken``, the profile's) is refused and nothing is written."""
        if not event.source.strip():
            raise ValueError("an event needs its source")
        with self.write() as conn:
            used = conn.execute(sa.select(event_entries.c.id).where(event_entries.c.id == event.id)).first()
            if used is not None or event.id in taken:
                raise ValueError(f"there is already an event with the id {event.id!r}")
            conn.execute(sa.insert(event_entries).values(
                id=event.id, label=event.label, date=event.date, kind=event.kind, category=event.category,
                per_side=event.per_side, total=event.total, qualifier=event.qualifier, parent=event.parent,
                source=event.source.strip(), who=who, at=datetime.now(timezone.utc)))
            _bump_revision(conn)

    def analyst_events(self) -> list[tuple[KnownEvent, str, datetime]]:
        """Events editors added, oldest first, each with who added it and when."""
        with self.read() as conn:
            rows = conn.execute(sa.select(event_entries).order_by(event_entries.c.at)).mappings().all()
        return [(KnownEvent(id=r["id"], label=r["label"], date=_as_date(r["date"]), kind=r["kind"],
                            category=r["category"], source=r["source"], per_side=r["per_side"], total=r["total"],
                            qualifier=r["qualifier"], parent=r["parent"]), r["who"], _utc(r["at"]))
                for r in rows]

    def article_texts(self, article_ids: list[str]) -> dict[str, str]:
        """The cleaned text of these articles, by id (what event resolution reads around a figure)."""
        found: dict[str, str] = {}
        with self.read() as conn:
            for start in range(0, len(article_ids), 500):  # parameter limits of both databases
                chunk = article_ids[start:start + 500]
                found.update(conn.execute(sa.select(articles.c.id, articles.c.text)
                                          .where(articles.c.id.in_(chunk))).all())
        return found

    def analyst_deadlines(self) -> tuple[list[KnownDeadline], dict[str, list[Revision]]]:
        """Deadlines analysts added (without revisions) and every analyst revision by deadline id."""
        with self.read() as conn:
            entries = conn.execute(sa.select(deadline_entries).order_by(deadline_entries.c.at)).mappings().all()
            rows = conn.execute(sa.select(deadline_revisions).order_by(deadline_revisions.c.announced)).mappings().all()
        revisions: dict[str, list[Revision]] = {}
        for r in rows:
            revisions.setdefault(r["deadline_id"], []).append(Revision(
                announced=_as_date(r["announced"]), days=r["days"], source=f"{r['source']} (added by {r['who']})"))
        added = [KnownDeadline(id=e["id"], label=e["label"], issuer=e["issuer"], target=e["target"],
                               measure=e["measure"], revisions=(), timezone=e["timezone"]) for e in entries]
        return added, revisions

    def deadline_rows(self, where: CorpusFilter | None = None) -> list[tuple[str, str | None, date | None, Deadline]]:
        """Deadlines found in articles: (article id, outlet, published, deadline), oldest first."""
        query = (sa.select(deadlines, articles.c.outlet, articles.c.published)
                 .join(articles, articles.c.id == deadlines.c.article_id)
                 .order_by(articles.c.published.nulls_last(), deadlines.c.article_id, deadlines.c.seq))
        with self.read() as conn:
            rows = conn.execute(_filtered(query, where)).mappings().all()
        return [(r["article_id"], r["outlet"], _as_date(r["published"]), _deadline(r)) for r in rows]

    def rulings(self) -> dict[str, list[Ruling]]:
        """Every ruling by subject, oldest first (the last one is in force)."""
        with self.read() as conn:
            rows = conn.execute(sa.select(adjudications).order_by(adjudications.c.at, adjudications.c.id)).mappings()
            found: dict[str, list[Ruling]] = {}
            for r in rows:
                found.setdefault(r["subject"], []).append(
                    Ruling(subject=r["subject"], ruling=r["ruling"], note=r["note"], who=r["who"], at=_utc(r["at"])))
        return found

    def get_article(self, article_id: str) -> Article | None:
        with self.read() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).mappings().first()
        return _article(row) if row else None

    def iter_articles(self) -> Iterator[Article]:
        """Every article with its text, oldest first (for export)."""
        with self.read() as conn:
            for row in conn.execute(sa.select(articles).order_by(articles.c.published, articles.c.id)).mappings():
                yield _article(row)

    def extraction(self, article_id: str) -> Extraction:
        """What was stored as extracted from one article, in article order."""
        with self.read() as conn:
            found = {
                table.name: conn.execute(
                    sa.select(table).where(table.c.article_id == article_id).order_by(table.c.seq)
                ).mappings().all()
                for table in (statements, figures, deadlines)
            }
        return Extraction(
            statements=tuple(_statement(r) for r in found["statements"]),
            figures=tuple(_figure(r) for r in found["figures"]),
            deadlines=tuple(_deadline(r) for r in found["deadlines"]),
        )


    # -- dashboard reads and editors' corrections (issue 14) ----------------------------
    def coverage(self, where: CorpusFilter | None = None) -> list[CoverageCount]:
        """Articles per day (undated ones under None), outlet and tier: one grouped query, as
        many rows as (day, outlet) pairs however many articles there are."""
        query = (sa.select(articles.c.published, articles.c.outlet, articles.c.tier, sa.func.count())
                 .group_by(articles.c.published, articles.c.outlet, articles.c.tier)
                 .order_by(articles.c.published.nulls_last(), articles.c.outlet.nulls_last()))
        with self.read() as conn:
            return [CoverageCount(day=_as_date(r[0]), outlet=r[1], tier=r[2], articles=r[3])
                    for r in conn.execute(_filtered(query, where))]

    def correct_article(self, article_id: str, changes: dict[str, Any], who: str, note: str) -> list[Correction]:
        """Change an article's title, outlet, date or tier: each changed field is recorded with
        the value it replaced, who, when and why, then the article carries the new value. Fields
        given unchanged record nothing. Bad values raise ValueError and change nothing."""
        wanted = {name: _correction_value(name, value) for name, value in changes.items()}
        if not note.strip():
            raise ValueError("a correction needs a note saying why")
        now = datetime.now(timezone.utc)
        with self.write() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).mappings().first()
            if row is None:
                raise ValueError(f"no article {article_id!r}")
            made = [Correction(article_id=article_id, field=name, value=value, previous=_stored_text(row[name]),
                               note=note.strip(), who=who, at=now)
                    for name, value in wanted.items() if value != _stored_text(row[name])]
            for correction in made:
                conn.execute(sa.insert(article_corrections).values(
                    article_id=article_id, field=correction.field, value=correction.value,
                    previous=correction.previous, source=correction.source, note=correction.note,
                    who=who, at=now))
            if made:
                _apply_corrections(conn, article_id)
                _bump_revision(conn)
        return made

    def corrections(self, article_id: str) -> list[Correction]:
        """Every correction of one article, oldest first (the last per field is in force)."""
        query = (sa.select(article_corrections).where(article_corrections.c.article_id == article_id)
                 .order_by(article_corrections.c.at, article_corrections.c.id))
        with self.read() as conn:
            return [Correction(article_id=r["article_id"], field=r["field"], value=r["value"],
                               previous=r["previous"], note=r["note"], who=r["who"], at=_utc(r["at"]),
                               source=r["source"]) for r in conn.execute(query).mappings()]


def _correction_value(name: str, value: Any) -> str | None:
    """A correction's value as stored (text; ISO for a date), or ValueError saying what is wrong."""
    if name not in CORRECTABLE:
        raise ValueError(f"only {', '.join(CORRECTABLE)} can be corrected, not {name!r}")
    text = value.isoformat() if isinstance(value, date) else (str(value).strip() if value is not None else "")
    if name == "title" and not text:
        raise ValueError("an article needs a title")
    if name == "published" and text:
        try:
            text = date.fromisoformat(text[:10]).isoformat()
        except ValueError as exc:
            raise ValueError(f"a date must be YYYY-MM-DD, not {text!r}") from exc
    if name == "tier" and text and text not in TIERS:
        raise ValueError(f"tier must be one of {', '.join(TIERS)}")
    return text or None


def _stored_text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat()[:10] if isinstance(value, date) else str(value)


def _apply_corrections(conn: Connection, article_id: str) -> None:
    """Put the latest correction of each field on the article row: an editor's word wins over
    whatever ingest or re-extraction read from the file."""
    rows = conn.execute(sa.select(article_corrections.c.field, article_corrections.c.value)
                        .where(article_corrections.c.article_id == article_id)
                        .order_by(article_corrections.c.at, article_corrections.c.id)).all()
    latest = {field: value for field, value in rows}
    if "published" in latest:
        latest["published"] = date.fromisoformat(latest["published"]) if latest["published"] else None
        latest["dated_by"] = "editor"
    if latest:
        conn.execute(sa.update(articles).where(articles.c.id == article_id).values(**latest))


def _forget_vectors_of_another_recipe(conn: Connection) -> None:
    """Vectors embed a statement's claim (parley.claims.claim_text); those made from other
    words (an older recipe, or the whole sentence before there was one) are dropped here, once,
    and made again lazily like a new model's."""
    found = conn.execute(sa.select(meta.c.value).where(meta.c.key == "vectors_of")).scalar()
    if found == CLAIM_RECIPE:
        return
    conn.execute(sa.delete(meta).where(meta.c.key == "vectors_of"))
    conn.execute(sa.insert(meta).values(key="vectors_of", value=CLAIM_RECIPE))
    if conn.execute(sa.select(sa.func.count()).select_from(embeddings)).scalar_one():
        conn.execute(sa.delete(embeddings))
        _bump_revision(conn)


# -- row <-> record ------------------------------------------------------------------------
def _to_v2(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE deadlines ADD COLUMN measure TEXT")
    conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN extractor VARCHAR(16) NOT NULL DEFAULT '1'")


def _to_v5(conn: Connection) -> None:
    """embeddings is a new table; statements get vectors lazily (the Statements page does it)."""


def _to_v6(conn: Connection) -> None:
    """Where an article's date came from, and who reports a statement held by another side.
    Articles dated by an editor's correction say so; the rest fill in at re-extraction."""
    _add_column(conn, "articles", "dated_by", "VARCHAR(16)")
    _add_column(conn, "statements", "reporter", "VARCHAR(64)")
    conn.execute(sa.update(articles).where(articles.c.id.in_(
        sa.select(article_corrections.c.article_id).where(article_corrections.c.field == "published")))
        .values(dated_by="editor"))


def _add_column(conn: Connection, table: str, column: str, kind: str) -> None:
    """Add a column an older database lacks (a table made by create_all in this run has it)."""
    if column not in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _to_v7(conn: Connection) -> None:
    """article_corrections is a new table; create_all made it."""


def _to_v8(conn: Connection) -> None:
    """event_entries (known events editors add) is a new table; create_all made it."""


def _to_v4(conn: Connection) -> None:
    """deadline_entries and deadline_revisions are new tables; create_all made them."""


def _to_v3(conn: Connection) -> None:
    """statement_issues and adjudications are new tables (create_all made them); fill the first."""
    rows = conn.execute(sa.select(statements.c.id, statements.c.article_id, statements.c.issues)).all()
    values = [{"statement_id": i, "article_id": a, "issue": issue}
              for i, a, issues in rows for issue in dict.fromkeys(issues or ())]
    if values:
        conn.execute(sa.insert(statement_issues), values)


# Steps from one schema version to the next, in order, in the transaction that opens the store.
# A new database is created at the current version directly by create_all.
MIGRATIONS = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5, 6: _to_v6, 7: _to_v7, 8: _to_v8}


def _migrate(conn: Connection, version: int) -> None:
    for step in range(version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[step](conn)
    conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))


def _insert_revision(conn: Connection, deadline_id: str, revision: Revision, who: str, at: datetime) -> None:
    if not revision.source.strip():
        raise ValueError("a revision needs its source")
    conn.execute(sa.insert(deadline_revisions).values(
        deadline_id=deadline_id, announced=revision.announced, days=revision.days,
        source=revision.source.strip(), who=who, at=at))


def _filtered(query: sa.Select, where: CorpusFilter | None) -> sa.Select:
    """The query restricted to the articles the filter admits."""
    if where is None:
        return query
    if where.outlets:
        query = query.where(articles.c.outlet.in_(where.outlets))
    if where.tiers:
        query = query.where(articles.c.tier.in_(where.tiers))
    if where.since:
        query = query.where(articles.c.published >= where.since)
    if where.until:
        query = query.where(articles.c.published <= where.until)
    return query


def _counted(table: sa.Table, where: CorpusFilter | None) -> sa.Select:
    """COUNT(*) of a child table, joined to its articles only when a filter restricts them."""
    query = sa.select(sa.func.count()).select_from(table)
    if where is None or not where.to_query():
        return query
    return _filtered(query.join(articles, articles.c.id == table.c.article_id), where)


def _has_fingerprint(conn: Connection, digest: str) -> bool:
    query = sa.select(articles.c.id).where(articles.c.fingerprint == digest)
    return conn.execute(query).first() is not None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _bump_revision(conn: Connection) -> None:
    """One more write. An increment in SQL, not read-then-write: on PostgreSQL two transactions
    that both read 5 would both write 6, and a page caching by revision would miss one change.
    The UPDATE locks the row, so concurrent writers take their turns."""
    bumped = conn.execute(sa.update(meta).where(meta.c.key == "revision").values(
        value=sa.cast(sa.cast(meta.c.value, sa.Integer) + 1, sa.Text)))
    if bumped.rowcount == 0:  # the first write ever: the row is made once, whoever comes first
        insert = _dialect_insert(conn)(meta).values(key="revision", value="1")
        conn.execute(insert.on_conflict_do_update(
            index_elements=[meta.c.key],
            set_={"value": sa.cast(sa.cast(meta.c.value, sa.Integer) + 1, sa.Text)}))


def _insert_article(conn: Connection, article: Article, extractor: str) -> None:
    conn.execute(sa.insert(articles).values(
        id=article.id, fingerprint=article.fingerprint, title=article.title,
        outlet=article.outlet, url=article.url, published=article.published,
        ingested_at=article.ingested_at or datetime.now(timezone.utc), format=article.format,
        flags=list(article.flags), tier=article.tier, source_name=article.source_name,
        text=article.text, extractor=extractor, dated_by=article.dated_by,
    ))


def _dialect_insert(conn: Connection) -> Any:
    """The INSERT with ON CONFLICT of the connection's database (both speak it)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def _insert_vectors(conn: Connection, article_id: str, model: str, pairs: list[tuple[int, np.ndarray]]) -> None:
    if pairs:
        conn.execute(sa.insert(embeddings), [
            {"statement_id": statement_id, "article_id": article_id, "model": model,
             "vector": np.asarray(vector, dtype=np.float32).tobytes()} for statement_id, vector in pairs])


def _insert_extraction(conn: Connection, article_id: str, extraction: Extraction) -> list[int]:
    """Insert what was extracted; returns the new statement ids in statement order."""
    rows = {
        statements: [
            {**_span(article_id, i, s), "actor": s.actor, "speaker": s.speaker,
             "issues": list(s.issues), "stance": s.stance, "reported": s.reported,
             "confidence": s.confidence, "reporter": s.reporter}
            for i, s in enumerate(extraction.statements)
        ],
        figures: [
            {**_span(article_id, i, f), "value": f.value, "low": f.low, "high": f.high,
             "qualifier": f.qualifier, "unit": f.unit, "category": f.category,
             "per_side": f.per_side, "status": f.status, "scope": f.scope, "actor": f.actor,
             "round": f.round, "confidence": f.confidence}
            for i, f in enumerate(extraction.figures)
        ],
        deadlines: [
            {**_span(article_id, i, d), "label": d.label, "issuer": d.issuer, "target": d.target,
             "days": d.days, "announced": d.announced, "due": d.due, "measure": d.measure}
            for i, d in enumerate(extraction.deadlines)
        ],
    }
    inserted: list = []
    if rows[statements]:
        inserted = conn.execute(sa.insert(statements).returning(statements.c.id, statements.c.seq,
                                                                sort_by_parameter_order=True),
                                rows[statements]).all()
        issues = [{"statement_id": statement_id, "article_id": article_id, "issue": issue}
                  for statement_id, seq in inserted
                  for issue in dict.fromkeys(extraction.statements[seq].issues)]
        if issues:
            conn.execute(sa.insert(statement_issues), issues)
    for table in (figures, deadlines):
        if rows[table]:
            conn.execute(sa.insert(table), rows[table])
    return [statement_id for statement_id, _ in sorted(inserted, key=lambda r: r[1])]


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
