"""Connections: an engine for SQLite (default file) or PostgreSQL, SQLite set up for several
processes at once, and the small writes every transaction shares (the revision counter).

On SQLite a write transaction starts with BEGIN IMMEDIATE: a deferred BEGIN would upgrade its
read lock to a write lock at the first INSERT and fail at once with "database is locked"
when another process writes, instead of waiting for the busy timeout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from parley.settings import database_url

BUSY_TIMEOUT_MS = 30_000


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





