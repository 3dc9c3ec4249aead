"""The hostile corpus (tests/hostile.py) through the upload path and through the CLI: each file
is refused with a one-line reason or read correctly, within the time limit, and a refusal
changes nothing in the database."""

import subprocess
import sys
import time

import pytest
from streamlit.testing.v1 import AppTest

from parley.ingest import display_name
from parley.pipeline import ingest_file
from parley.settings import ROOT
from tests.conftest import db_snapshot
from tests.hostile import CASES, Case

READ_SECONDS = 5  # the guard's limit in these tests; the default is 20
# Seconds a case may take on top of that limit: process start, and extraction of what is stored.
MARGIN = 15


@pytest.fixture(autouse=True)
def tight_limits(monkeypatch):
    monkeypatch.setenv("PARLEY_READ_SECONDS", str(READ_SECONDS))


@pytest.fixture(scope="module")
def corpus():
    """Every case's bytes, made once for the module (the bombs take seconds to build)."""
    return {case.label: case.make() for case in CASES}


def _check(case: Case, status: str, reason: str, shown: str) -> None:
    assert status == case.outcome, (case.label, reason)
    if case.outcome == "refused":
        assert any(words in reason for words in case.reason.split("|")), (case.label, reason)
        assert "\n" not in reason and len(reason) < 200
    assert "/" not in shown and "\\" not in shown and "\x00" not in shown and len(shown) <= 120
    assert all(ch.isprintable() for ch in shown)


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_the_upload_path_refuses_or_reads_each_hostile_file(seeded_store, corpus, case):
    before = db_snapshot(seeded_store)
    started = time.monotonic()
    outcome = ingest_file(seeded_store, corpus[case.label], case.name)
    assert time.monotonic() - started < READ_SECONDS + MARGIN, case.label
    _check(case, outcome.status, outcome.reason, outcome.name)
    if outcome.status == "refused":
        assert db_snapshot(seeded_store) == before
    else:
        assert seeded_store.get_article(outcome.article_id).source_name == display_name(case.name)


def test_the_cli_refuses_or_reads_the_whole_hostile_folder(tmp_path, corpus):
    folder = tmp_path / "hostile"
    folder.mkdir()
    on_disk = [case for case in CASES if case.cli]
    for number, case in enumerate(on_disk):
        # The folder holds each file under a safe name of its own; names are the upload path's test.
        suffix = display_name(case.name).rsplit(".", 1)[-1]
        (folder / f"{number:02d}.{suffix}").write_bytes(corpus[case.label])
    database = f"sqlite:///{tmp_path / 'cli.db'}"
    result = subprocess.run([sys.executable, "-m", "parley", "--database", database, "ingest", str(folder)],
                            cwd=ROOT, capture_output=True, text=True, timeout=(READ_SECONDS + MARGIN) * len(on_disk),
                            env={**__import__("os").environ, "PARLEY_READ_SECONDS": str(READ_SECONDS)})
    assert result.returncode == 1  # some files were refused, and the exit code says so
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    for number, case in enumerate(on_disk):
        [line] = [line for line in lines if f"{number:02d}." in line]
        status = line.split()[0].lower().rstrip(":")
        _check(case, status, line, f"{number:02d}.x")


def test_uploading_hostile_files_in_the_app_reports_each_and_keeps_running(app_env, corpus):
    chosen = [c for c in CASES if c.label in ("PDF decompression bomb (2 GB)", ".docx zip bomb (1 GB)",
                                              "name with ../", "binary junk as .pdf")]
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    app.switch_page("app_pages/articles.py").run()
    app.file_uploader[0].set_value([(c.name, corpus[c.label], "application/octet-stream") for c in chosen]).run()
    [ingest] = [b for b in app.button if b.label.startswith("Ingest ")]
    ingest.click().run()
    assert not app.exception
    assert len(app.error) == 3 and len(app.success) == 1
    assert any("zip bomb" in e.value for e in app.error)
