"""The reads pages and the CLI share: aggregated queries per view (a filter of outlets, tiers
and dates), so a page's cost does not grow with the corpus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import numpy as np
import sqlalchemy as sa

from parley.filters import CorpusFilter
from parley.model import Article, Deadline, Extraction
from parley.store.base import StoreBase
from parley.store.records import (
    ArticleRow,
    CorpusSummary,
    CoverageCount,
    FigureRow,
    PositionCount,
    StatementRow,
    _article,
    _as_date,
    _deadline,
    _figure,
    _statement,
    _utc,
)
from parley.store.schema import (
    articles,
    deadlines,
    embeddings,
    figures,
    statement_issues,
    statements,
)
from parley.store.writes import _has_fingerprint


class PageReads(StoreBase):
    """The reads of the pages and the CLI."""

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

    def statement_vectors(self, model: str, where: CorpusFilter | None = None, actor: str | None = None,
                          issue: str | None = None) -> tuple[list[StatementRow], np.ndarray, list[int]]:
        """Statements of the view that have a vector from the model, their vectors and ids (the
        rows grouping reads: the few columns more cost nothing beside the vectors)."""
        return self.grouping_rows(model, where, actor, issue)

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

    def article_texts(self, article_ids: list[str]) -> dict[str, str]:
        """The cleaned text of these articles, by id (what event resolution reads around a figure)."""
        found: dict[str, str] = {}
        with self.read() as conn:
            for start in range(0, len(article_ids), 500):  # parameter limits of both databases
                chunk = article_ids[start:start + 500]
                found.update(conn.execute(sa.select(articles.c.id, articles.c.text)
                                          .where(articles.c.id.in_(chunk))).all())
        return found

    def deadline_rows(self, where: CorpusFilter | None = None) -> list[tuple[str, str | None, date | None, Deadline]]:
        """Deadlines found in articles: (article id, outlet, published, deadline), oldest first."""
        query = (sa.select(deadlines, articles.c.outlet, articles.c.published)
                 .join(articles, articles.c.id == deadlines.c.article_id)
                 .order_by(articles.c.published.nulls_last(), deadlines.c.article_id, deadlines.c.seq))
        with self.read() as conn:
            rows = conn.execute(_filtered(query, where)).mappings().all()
        return [(r["article_id"], r["outlet"], _as_date(r["published"]), _deadline(r)) for r in rows]

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

    def coverage(self, where: CorpusFilter | None = None) -> list[CoverageCount]:
        """Articles per day (undated ones under None), outlet and tier: one grouped query, as
        many rows as (day, outlet) pairs however many articles there are."""
        query = (sa.select(articles.c.published, articles.c.outlet, articles.c.tier, sa.func.count())
                 .group_by(articles.c.published, articles.c.outlet, articles.c.tier)
                 .order_by(articles.c.published.nulls_last(), articles.c.outlet.nulls_last()))
        with self.read() as conn:
            return [CoverageCount(day=_as_date(r[0]), outlet=r[1], tier=r[2], articles=r[3])
                    for r in conn.execute(_filtered(query, where))]


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


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
