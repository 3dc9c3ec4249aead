"""The store's core: transactions (all of a write or none of it), who may write, and the schema
made or migrated when the store opens."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from parley.access import LOCAL, Access
from parley.errors import PermissionDenied, StoreError
from parley.store.engine import make_engine
from parley.store.schema import (
    SCHEMA_VERSION,
    _forget_vectors_of_another_recipe,
    _migrate,
    meta,
    metadata,
)


class StoreBase:
    """Transactions and access: what every part of the store builds on."""

    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self.engine = engine or make_engine(url)
        self.access = LOCAL
        self.ensure_schema()

    def with_access(self, access: Access) -> Self:
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
