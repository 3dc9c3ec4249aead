"""Shared fixtures: a fresh SQLite store per test, the seed corpus, the app pointed at a store."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.pipeline import ingest_paths
from parley.settings import SEED_DIR
from parley.store import Store
from tests import postgres


@pytest.fixture(autouse=True)
def fast_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests embed with the hashing fake (one test loads the real model on purpose)."""
    monkeypatch.setenv("PARLEY_EMBEDDER", "hashing")


@pytest.fixture(scope="session")
def real_model():
    """The packaged sentence model on the default backend (what ingest uses), loaded once for
    the tests that need the real thing."""
    from parley.embed import load_embedder

    return load_embedder("minilm")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'parley.db'}"


# Store and pipeline modules override ``db_url`` with ``params=BACKENDS`` to run on both.
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.Server]:
    """One PostgreSQL server for the whole run; skipped, with the reason, where none can start."""
    reason = postgres.why_not_available()
    if reason:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    with postgres.running_server() as server:
        yield server


def database_url_for(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh empty database on the backend the test is parametrised with."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'parley.db'}"
    server: postgres.Server = request.getfixturevalue("postgres_server")
    return server.create_database(f"t{uuid.uuid4().hex[:16]}")


def sqlite_only(url: str) -> None:
    """For tests of SQLite's own settings or of files from older SQLite-only releases."""
    if not url.startswith("sqlite"):
        pytest.skip("SQLite-specific")


@pytest.fixture
def store(db_url: str) -> Store:
    return Store(db_url)


@pytest.fixture
def seeded_store(store: Store) -> Store:
    outcomes = list(ingest_paths(store, [SEED_DIR]))
    assert [o.status for o in outcomes] == ["stored", "stored"]
    return store


@pytest.fixture
def app_env(seeded_store: Store, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The app's store is the seeded test store (the store cache is keyed by URL)."""
    monkeypatch.setenv("PARLEY_DATABASE_URL", db_url)
    return seeded_store


def db_snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, to prove that something changed nothing."""
    from parley.store import metadata

    with store.read() as conn:
        return {name: sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
                for name, table in metadata.tables.items()}


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, one per test module (the browser tests skip
    before they ask for it when either is missing)."""
    from playwright import sync_api

    from tests.test_browser import CHROMIUM

    with sync_api.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        yield chromium
        chromium.close()


def fail_storing(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    """Make storing any article whose text has this word fail, as a full disk would."""
    from parley.store import Store

    real = Store.add_article

    def fails(self, article, *args, **kwargs):
        if word in article.text:
            raise RuntimeError("disk on fire")
        return real(self, article, *args, **kwargs)

    monkeypatch.setattr(Store, "add_article", fails)
