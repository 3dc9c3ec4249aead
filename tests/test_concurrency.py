"""Several processes ingesting into one database at once, on SQLite and on PostgreSQL: every
article arrives once, none is lost, and each article's extraction is whole."""

import subprocess
import sys

import pytest
import sqlalchemy as sa

from parley.settings import ROOT
from parley.store import Store, articles, statements
from tests.conftest import BACKENDS, database_url_for

WORKERS = 4
PER_WORKER = 25
SHARED = 5  # every worker also ingests these: four processes race to store the same texts

PLACES = ["Geneva", "Vienna", "Doha", "Riyadh", "Ankara", "Helsinki", "Oslo", "Rome", "Cairo", "Baku"]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    return database_url_for(request, tmp_path)


def _article(number: int) -> str:
    place, other = PLACES[number % len(PLACES)], PLACES[(number // len(PLACES)) % len(PLACES)]
    return (f"---\ntitle: Report {number}\noutlet: Wire {number % 7}\npublished: 2025-07-{1 + number % 28:02d}\n---\n"
            f"Delegations met in {place} for round {number} of talks, officials said.\n\n"
            f"Russia said it was ready to exchange {100 + number} prisoners, Medinsky told reporters in {other}.\n\n"
            f"Ukraine demanded a full ceasefire before any meeting of leaders, Umerov said.\n")


def test_four_processes_ingesting_at_once_lose_and_duplicate_nothing(db_url, tmp_path):
    Store(db_url)  # the schema exists before the race, as on a deployed instance
    folders = []
    for worker in range(WORKERS):
        folder = tmp_path / f"worker{worker}"
        folder.mkdir()
        numbers = [*range(worker * PER_WORKER, (worker + 1) * PER_WORKER), *range(1000, 1000 + SHARED)]
        for number in numbers:
            (folder / f"{number}.txt").write_text(_article(number))
        folders.append(folder)
    processes = [subprocess.Popen([sys.executable, "-m", "parley", "--database", db_url, "ingest", str(folder)],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for folder in folders]
    results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    assert all(code == 0 for code, _, _ in results), [err[-2000:] for _, _, err in results]

    store = Store(db_url)
    expected = WORKERS * PER_WORKER + SHARED
    assert store.article_count() == expected
    with store.read() as conn:
        titles = conn.execute(sa.select(articles.c.title)).scalars().all()
        per_article = conn.execute(sa.select(statements.c.article_id, sa.func.count())
                                   .group_by(statements.c.article_id)).all()
    assert sorted(titles) == sorted({f"Report {n}" for n in [*range(WORKERS * PER_WORKER), *range(1000, 1000 + SHARED)]})
    assert len(per_article) == expected and all(count >= 3 for _, count in per_article)
    # Each shared text was stored by exactly one process; the others said duplicate.
    stored_lines = sum(out.count("stored") for _, out, _ in results)
    assert stored_lines == expected
    assert store.count_unembedded("hashing-test") == 0
