"""The ingest transaction: an article with everything extracted from it (and its statements'
vectors) stored in one transaction, replaced on re-extraction, or deleted."""

from __future__ import annotations

from datetime import date, datetime, timezone

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from parley.model import Article, Extraction
from parley.store.analyst import _apply_corrections
from parley.store.base import StoreBase
from parley.store.records import _span
from parley.store.schema import (
    _bump_revision,
    _dialect_insert,
    articles,
    deadlines,
    embeddings,
    figures,
    statement_issues,
    statements,
)


class CorpusWrites(StoreBase):
    """Storing, replacing and deleting articles with what was extracted from them."""

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


def _insert_article(conn: Connection, article: Article, extractor: str) -> None:
    conn.execute(sa.insert(articles).values(
        id=article.id, fingerprint=article.fingerprint, title=article.title,
        outlet=article.outlet, url=article.url, published=article.published,
        ingested_at=article.ingested_at or datetime.now(timezone.utc), format=article.format,
        flags=list(article.flags), tier=article.tier, source_name=article.source_name,
        text=article.text, extractor=extractor, dated_by=article.dated_by,
    ))


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


def _has_fingerprint(conn: Connection, digest: str) -> bool:
    query = sa.select(articles.c.id).where(articles.c.fingerprint == digest)
    return conn.execute(query).first() is not None
