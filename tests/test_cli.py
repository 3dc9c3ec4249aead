"""The CLI as a user runs it: a subprocess, its output and its exit code."""

import csv
import io
import json
import subprocess
import sys

import pytest

from parley.settings import ROOT, SEED_DIR
from tests.bad_inputs import BAD_FILES
from tests.conftest import fail_storing
from tests.fixtures.documents import docx_document, html_page

SEEDS = sorted(SEED_DIR.glob("*.txt"))


def parley(*args: str, db: str | None = None) -> subprocess.CompletedProcess:
    prefix = ["--database", db] if db else []
    return subprocess.run([sys.executable, "-m", "parley", *prefix, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _is(value, *types):
    return value is None or isinstance(value, types)


def test_extract_prints_one_contract_object_per_file_in_order(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(html_page())
    result = parley("extract", str(SEEDS[0]), str(page), str(SEEDS[1]), "--json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["format"] for r in records] == ["txt", "html", "txt"]
    assert records[1]["article"]["title"] == "Talks resume in Geneva"
    for record in records:
        article = record["article"]
        assert set(article) == {"title", "outlet", "published", "url", "format", "flags", "text"}
        assert _is(article["published"], str) and isinstance(article["flags"], list)
        assert record["statements"], "every article has sentences"
        for s in record["statements"]:
            assert set(s) == {"text", "start", "end", "actor", "speaker", "issues", "stance", "confidence",
                                  "reported_by"}
            assert article["text"][s["start"]:s["end"]] == s["text"]
            assert isinstance(s["issues"], list) and _is(s["confidence"], float, int)
        assert isinstance(record["figures"], list) and isinstance(record["deadlines"], list)


def test_extract_touches_no_database(tmp_path):
    result = subprocess.run([sys.executable, "-m", "parley", "extract", str(SEEDS[0]), "--json"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env={"PARLEY_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
                                 "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "x.db").exists()


def test_ingest_reports_each_file_and_fails_when_one_is_refused(tmp_path, db_url):
    for name, data, _ in BAD_FILES[:3]:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "memo.docx").write_bytes(docx_document())
    # A folder yields only files with a readable extension; a file named explicitly is tried.
    result = parley("ingest", str(SEED_DIR), str(SEEDS[0]), str(tmp_path),
                    str(tmp_path / "setup.exe"), db=db_url)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [
        "stored", "stored", "duplicate", "refused", "refused", "stored", "refused"]
    assert "setup.exe: unsupported file type" in result.stdout


def test_ingest_of_good_files_exits_zero(db_url):
    result = parley("ingest", str(SEED_DIR), db=db_url)
    assert result.returncode == 0 and result.stdout.count("stored") == 2


@pytest.mark.parametrize("table", ["articles", "statements", "figures", "deadlines"])
def test_export_csv(db_url, table):
    from parley.store import Store

    parley("ingest", str(SEED_DIR), db=db_url)
    result = parley("export", "--format", "csv", "--table", table, db=db_url)
    assert result.returncode == 0, result.stderr
    read = list(csv.DictReader(io.StringIO(result.stdout)))
    summary = Store(db_url).summary()
    expected = summary.articles if table == "articles" else getattr(summary, table)
    assert len(read) == expected > 0 and {r["published"] for r in read} == {"2025-07-23"}


def test_export_json_to_a_file(db_url, tmp_path):
    parley("ingest", str(SEED_DIR), db=db_url)
    out = tmp_path / "corpus.json"
    result = parley("export", "--format", "json", "--output", str(out), db=db_url)
    assert result.returncode == 0 and "exported 2 articles" in result.stderr
    corpus = json.loads(out.read_text())
    assert {c["article"]["outlet"] for c in corpus} == {"AInvest", None}
    assert all(len(c["id"]) == 16 and c["statements"] for c in corpus)


def test_a_database_newer_than_the_code_is_a_message_not_a_trace(db_url):
    import sqlalchemy as sa

    from parley.store import SCHEMA_VERSION, Store, meta
    newer = SCHEMA_VERSION + 1
    with Store(db_url).write() as conn:
        conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value=str(newer)))
    result = parley("ingest", str(SEED_DIR), db=db_url)
    assert result.returncode == 2
    assert result.stderr.startswith(f"parley: the database has schema version {newer}")
    assert "Traceback" not in result.stderr


def test_an_unknown_profile_is_a_message():
    result = parley("--profile", "atlantis", "extract", str(SEEDS[0]), "--json")
    assert result.returncode == 2 and "no profile named 'atlantis'" in result.stderr


def test_extract_fills_the_attributes():
    result = parley("extract", str(SEEDS[1]), "--json")
    record = json.loads(result.stdout)
    actors = {s["actor"] for s in record["statements"]}
    assert {"russia", "ukraine", "joint"} <= actors
    assert all(f["category"] and f["qualifier"] for f in record["figures"])
    assert {d["due"] for d in record["deadlines"]} >= {"2025-09-02"}


def test_groups_json(db_url):
    parley("ingest", str(SEED_DIR), db=db_url)
    result = parley("groups", "--threshold", "0.6", "--json", db=db_url)
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    assert groups and all(set(g) == {"id", "representative", "members", "first", "last", "related"} for g in groups)
    member = groups[0]["members"][0]
    assert set(member) == {"article_id", "statement", "actor", "outlet", "start", "end"}
    assert all(len({m["article_id"] for m in g["members"]}) >= 2 for g in groups)  # two articles or more
    assert all(g["first"] <= g["last"] for g in groups)  # ISO dates of the members' articles
    ids = {g["id"] for g in groups}
    assert all(set(g["related"]) <= ids - {g["id"]} for g in groups)


@pytest.fixture
def parley_logger():
    """main() points the "parley" logger at a file; put it back for the other tests."""
    import logging

    logger = logging.getLogger("parley")
    handlers, propagate = list(logger.handlers), logger.propagate
    yield
    for handler in logger.handlers[len(handlers):]:
        handler.close()
    logger.handlers[:], logger.propagate = handlers, propagate


def test_an_unexpected_failure_on_one_file_is_a_line_not_a_traceback(tmp_path, db_url, monkeypatch, capsys,
                                                                     parley_logger):
    from parley.__main__ import main

    fail_storing(monkeypatch, "Vienna")
    for name, city in (("a.txt", "Geneva"), ("b.txt", "Vienna"), ("c.txt", "Doha")):
        (tmp_path / name).write_text(f"The delegations met in {city} and agreed to exchange prisoners, officials said.")
    log = tmp_path / "parley.log"
    monkeypatch.setenv("PARLEY_LOG_FILE", str(log))
    assert main(["--database", db_url, "ingest", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["stored", "refused", "stored"]
    assert "b.txt: Parley failed on this file (RuntimeError); the details are in the log" in out
    assert "Traceback" not in out + err
    assert "Traceback" in log.read_text() and "disk on fire" in log.read_text()


def test_a_command_that_fails_says_so_in_a_sentence(tmp_path, db_url, monkeypatch, capsys, parley_logger):
    import parley.export
    from parley.__main__ import main

    monkeypatch.setattr(parley.export, "write_json", lambda store, out: 1 / 0)
    monkeypatch.setenv("PARLEY_LOG_FILE", str(tmp_path / "parley.log"))
    assert main(["--database", db_url, "export", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"parley: export failed (ZeroDivisionError); the details are in {tmp_path / 'parley.log'}"
    assert "ZeroDivisionError" in (tmp_path / "parley.log").read_text()


@pytest.mark.parametrize("args", [["--help"], ["ledger", "--help"], ["groups", "--help"], ["ingest", "--help"]])
def test_commands_that_need_no_model_never_load_one(args, db_url):
    probe = ("import sys\nfrom parley.__main__ import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "heavy = sorted({'spacy', 'torch', 'sentence_transformers', 'onnxruntime', 'trafilatura'} & set(sys.modules))\n"
             "print('loaded:', heavy, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, "--database", db_url, *args], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.stderr.strip().endswith("loaded: []"), result.stderr[-500:]


def test_ingest_echoes_a_path_exactly_as_given_with_control_characters_escaped(tmp_path, db_url):
    odd = tmp_path / "..\\..\\bell\x07\x1b[31m.txt"
    odd.write_text("The delegations met in Geneva and agreed to exchange prisoners, officials said.")
    result = parley("ingest", "--jobs", "1", str(odd), db=db_url)
    assert result.stdout.startswith(f"stored     {tmp_path}/..\\..\\bell\\x07\\x1b[31m.txt: ")


LEDGER_KEYS = {"id", "category", "kind", "date", "label", "figures", "discrepancies"}
REF_KEYS = {"article_id", "start", "end", "value", "text"}


def test_ledger_json_prints_the_ledger_contract(db_url):
    parley("ingest", str(SEED_DIR), db=db_url)
    result = parley("ledger", "--json", db=db_url)
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert events and all(LEDGER_KEYS <= set(e) for e in events)
    assert all(REF_KEYS <= set(f) for e in events for f in e["figures"])
    [agreement] = [e for e in events if e["category"] == "prisoners"]
    assert (agreement["kind"], agreement["date"]) == ("agreement", "2025-07-23")
    [conflict] = agreement["discrepancies"]
    assert conflict["kind"] == "conflict" and conflict["explanation"]
    assert {f["value"] for f in conflict["a"] + conflict["b"]} == {1000, 1200}
    assert all(REF_KEYS <= set(f) for f in conflict["a"] + conflict["b"])


def test_ledger_takes_the_sidebars_filters(db_url):
    parley("ingest", str(SEED_DIR), db=db_url)
    only = json.loads(parley("ledger", "--json", "--outlet", "AInvest", db=db_url).stdout)
    assert {f["outlet"] for e in only for f in e["figures"]} == {"AInvest"}
    assert not any(d["kind"] == "conflict" for e in only for d in e["discrepancies"])
    assert json.loads(parley("ledger", "--json", "--since", "2025-07-24", db=db_url).stdout) == []
    assert json.loads(parley("ledger", "--json", "--tier", "independent", db=db_url).stdout)


def test_ledger_refuses_a_malformed_date_with_a_message(db_url):
    result = parley("ledger", "--json", "--since", "23/07/2025", db=db_url)
    assert result.returncode == 2 and "not a date YYYY-MM-DD" in result.stderr and "Traceback" not in result.stderr
