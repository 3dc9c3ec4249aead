"""The schema: every table of Parley's database, its version, and the steps that bring an older
version up to date (run in the transaction that opens the store)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from parley.claims import CLAIM_RECIPE

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


SCHEMA_VERSION = 8


def _to_v2(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE deadlines ADD COLUMN measure TEXT")
    conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN extractor VARCHAR(16) NOT NULL DEFAULT '1'")


def _to_v3(conn: Connection) -> None:
    """statement_issues and adjudications are new tables (create_all made them); fill the first."""
    rows = conn.execute(sa.select(statements.c.id, statements.c.article_id, statements.c.issues)).all()
    values = [{"statement_id": i, "article_id": a, "issue": issue}
              for i, a, issues in rows for issue in dict.fromkeys(issues or ())]
    if values:
        conn.execute(sa.insert(statement_issues), values)


def _to_v4(conn: Connection) -> None:
    """deadline_entries and deadline_revisions are new tables; create_all made them."""


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


# Steps from one schema version to the next, in order, in the transaction that opens the store.
# A new database is created at the current version directly by create_all.
MIGRATIONS = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5, 6: _to_v6, 7: _to_v7, 8: _to_v8}


def _migrate(conn: Connection, version: int) -> None:
    for step in range(version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[step](conn)
    conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))


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


def _dialect_insert(conn: Connection) -> Any:
    """The INSERT with ON CONFLICT of the connection's database (both speak it)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert
