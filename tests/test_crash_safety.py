"""Kill the ingest process (SIGKILL, no chance to clean up) at random points, 20 times over one
folder: the database never holds half an article, and ingesting the folder again completes it
with no duplicates and every statement embedded."""

import os
import random
import signal
import subprocess
import sys
import time

import sqlalchemy as sa

from parley.pipeline import ingest_paths
from parley.settings import ROOT
from parley.store import Store, articles, figures, statements
from tests.test_concurrency import _article

KILLS = 20
# Enough that twenty runs, each killed a few articles in, leave work for the last one: worker
# processes hand over several prepared articles at once, so a run stores a handful between
# the line the test waits for and the kill.
ARTICLES = 300


def _counts(store: Store) -> dict[str, tuple[int, int]]:
    """Statements and figures per article title."""
    with store.read() as conn:
        titles = dict(conn.execute(sa.select(articles.c.id, articles.c.title)).all())
        per = {}
        for table in (statements, figures):
            per[table.name] = dict(conn.execute(sa.select(table.c.article_id, sa.func.count())
                                                .group_by(table.c.article_id)).all())
    return {title: (per["statements"].get(aid, 0), per["figures"].get(aid, 0)) for aid, title in titles.items()}


def _ingest(database: str, folder) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "parley", "--database", database, "ingest", str(folder)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def test_killing_ingest_at_random_points_never_leaves_half_an_article(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(ARTICLES):
        (folder / f"{number:03d}.txt").write_text(_article(number))
    reference = Store(f"sqlite:///{tmp_path / 'reference.db'}")
    list(ingest_paths(reference, [folder]))
    expected = _counts(reference)
    assert len(expected) == ARTICLES and all(s >= 3 for s, _ in expected.values())

    database = f"sqlite:///{tmp_path / 'parley.db'}"
    store = Store(database)
    rng = random.Random(8)
    stored_before_kill = []
    for _ in range(KILLS):
        process = _ingest(database, folder)
        # Let it print a few lines (an article is stored before its line, a duplicate is
        # skipped fast), then kill it somewhere inside the next article: reading, extracting,
        # or in the middle of its transaction.
        wanted, stored = rng.randint(1, 3), 0
        while stored < wanted and (line := process.stdout.readline()):
            stored += line.startswith(b"stored")
        time.sleep(rng.uniform(0, 0.05))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        found = _counts(store)
        stored_before_kill.append(len(found))
        # Whatever is there is whole: each article with exactly what its extraction holds.
        assert all(found[title] == expected[title] for title in found), "half an article after SIGKILL"
    # Every kill landed during ingest, each after more articles, and work was left for the end.
    assert stored_before_kill == sorted(set(stored_before_kill)), stored_before_kill
    assert stored_before_kill[-1] < ARTICLES, stored_before_kill

    finished = _ingest(database, folder)
    assert finished.wait(timeout=300) == 0, finished.stderr.read().decode()[-2000:]
    assert _counts(store) == expected  # all of them, once each
    assert store.article_count() == ARTICLES
    assert store.count_unembedded("hashing-test") == 0  # the interrupted runs' vectors are made up
