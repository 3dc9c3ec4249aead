from dataclasses import dataclass, fields

import pytest

from parley.embed import HashingEmbedder
from parley.pipeline import expand_paths, ingest_file, ingest_paths
from parley.settings import SEED_DIR
from tests.bad_inputs import BAD_FILES, LEGACY_TEXT
from parley.profile import Profile, load_profile
from parley.store import Store
from tests.conftest import BACKENDS, database_url_for, db_snapshot, fail_storing


@dataclass(frozen=True)
class BrittleProfile(Profile):
    def outlet_for(self, name, url):
        if name == "Boom":
            raise LookupError("outlet lookup failed")
        return super().outlet_for(name, url)


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    return database_url_for(request, tmp_path)


@pytest.mark.parametrize("name, data, reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_are_refused_and_change_nothing(seeded_store, name, data, reason):
    before = db_snapshot(seeded_store)
    outcome = ingest_file(seeded_store, data, name)
    assert outcome.status == "refused"
    assert reason in outcome.reason
    assert "\n" not in outcome.reason
    assert db_snapshot(seeded_store) == before


@pytest.mark.parametrize("name, text, encoding", LEGACY_TEXT)
def test_legacy_encodings_are_stored_decoded(store, name, text, encoding):
    outcome = ingest_file(store, text.encode(encoding), name)
    assert outcome.status == "stored"
    assert store.get_article(outcome.article_id).text == text


def test_second_upload_of_the_same_text_says_duplicate(store):
    data = (SEED_DIR / "003_9711547623b31f7c.txt").read_bytes()
    first, second = ingest_file(store, data, "a.txt"), ingest_file(store, data, "copy.txt")
    assert (first.status, second.status) == ("stored", "duplicate")
    assert second.article_id == first.article_id
    assert "already in the library" in second.line()
    assert store.article_count() == 1


def test_stage_timings_are_reported(store):
    outcome = ingest_file(store, b"The delegations met in Geneva and agreed to meet again.", "a.txt")
    assert set(outcome.timings) == {"read", "clean", "extract", "store"}


def test_folders_expand_to_readable_files_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "skip.exe").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("c")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.md", "b.txt", "c.html"]


def test_missing_file_is_refused(store, tmp_path):
    [outcome] = ingest_paths(store, [tmp_path / "nope.txt"])
    assert outcome.status == "refused" and "No such file" in outcome.reason


def test_outlet_tier_comes_from_the_profile(store):
    data = b"---\noutlet: TASS\n---\nRussia proposed a ceasefire of two to three days, Medinsky said."
    outcome = ingest_file(store, data, "tass.txt")
    assert store.get_article(outcome.article_id).tier == "party-official"


def test_reextract_brings_old_articles_up_to_date(store):
    from parley.extract import EXTRACTOR_VERSION
    from parley.ingest import read_article
    from parley.model import Extraction
    from parley.pipeline import reextract

    article = read_article(b"Russia rejected the proposal for a summit, the Kremlin said.", "a.txt")
    store.add_article(article, Extraction(), extractor="0")
    assert list(reextract(store)) == [article.id]
    assert store.stale_articles(EXTRACTOR_VERSION) == []
    [statement] = store.extraction(article.id).statements
    assert (statement.actor, statement.stance) == ("russia", "rejects")
    assert list(reextract(store)) == []  # nothing stale any more


def test_ingest_embeds_only_the_new_articles_statements(store):
    from parley.embed import HashingEmbedder

    embedder = HashingEmbedder()
    data = (SEED_DIR / "003_9711547623b31f7c.txt").read_bytes()
    outcome = ingest_file(store, data, "a.txt", embedder=embedder)
    rows, vectors, ids = store.statement_vectors(embedder.name)
    assert outcome.timings["embed"] >= 0 and len(rows) == store.summary().statements == len(vectors)
    assert store.count_unembedded(embedder.name) == 0
    assert [r.article_id for r in rows] == [outcome.article_id] * len(rows)


def test_a_new_model_embeds_lazily_in_batches(seeded_store):
    from parley.embed import HashingEmbedder
    from parley.pipeline import embed_missing

    other = HashingEmbedder(dimension=32)
    other.name = "hashing-32"
    total = seeded_store.summary().statements
    progress = list(embed_missing(seeded_store, other, batch=10))
    assert progress[-1] == (total, total) and len(progress) == -(-total // 10)
    assert seeded_store.count_unembedded("hashing-32") == 0
    assert list(embed_missing(seeded_store, other)) == []  # nothing left to do


class CountingEmbedder(HashingEmbedder):
    """The test fake, recording the size of every batch it is asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []

    def encode(self, sentences):
        self.batches.append(len(sentences))
        return super().encode(sentences)


def test_a_folder_is_embedded_in_batches_across_articles_not_article_by_article(store, tmp_path):
    cities = ["Geneva", "Vienna", "Doha", "Riyadh", "Ankara", "Helsinki"]
    for index, path in enumerate(sorted(SEED_DIR.glob("*.txt")) * 3):
        # Each seed three times over, each copy made a different article by a sentence of its own.
        header, body = path.read_text().split("---\n", 2)[1:]
        extra = f"The delegations said they were ready to meet again in {cities[index]} next month.\n\n"
        (tmp_path / f"{index}.txt").write_text(f"---\n{header}---\n{extra}{body}")
    embedder = CountingEmbedder()
    outcomes = list(ingest_paths(store, [tmp_path], embedder=embedder))
    assert [o.status for o in outcomes] == ["stored"] * 6
    statements = store.summary().statements
    assert store.count_unembedded(embedder.name) == 0
    assert embedder.batches == [statements]  # one batch: fewer than 512 statements in all


def test_a_reader_s_upload_is_refused_with_the_reason_and_changes_nothing(seeded_store):
    from parley.access import decide_access

    reader = seeded_store.with_access(decide_access(sign_in_configured=False, email=None, editors=[], read_only=True))
    before = db_snapshot(seeded_store)
    outcome = ingest_file(reader, b"Both delegations met in Geneva and agreed to meet again.", "new.txt")
    assert outcome.status == "refused" and "read-only" in outcome.reason
    assert db_snapshot(seeded_store) == before


# --- one file's failure is that file's ----------------------------------------------------------

def _article_text(city: str, outlet: str = "Wire") -> bytes:
    return (f"---\noutlet: {outlet}\n---\nThe delegations met in {city} and agreed to exchange prisoners, "
            f"officials said.").encode()


def _brittle_profile():
    """The real profile, failing (in the worker, as a reader bug would) on one outlet's files."""
    from tests.test_pipeline import BrittleProfile

    profile = load_profile()
    return BrittleProfile(**{f.name: getattr(profile, f.name) for f in fields(profile)})


def test_a_bug_in_one_file_is_its_refusal_and_the_folder_goes_on(store, tmp_path, caplog):
    for name, outlet in (("a.txt", "Wire"), ("b.txt", "Boom"), ("c.txt", "Wire")):
        (tmp_path / name).write_bytes(_article_text(name[0].upper() + "eneva", outlet))
    outcomes = list(ingest_paths(store, [tmp_path], _brittle_profile(), jobs=2))
    assert [o.status for o in outcomes] == ["stored", "refused", "stored"]
    assert outcomes[1].reason == "could not be read (LookupError)"
    assert "Traceback" in caplog.text and "outlet lookup failed" in caplog.text
    assert store.article_count() == 2


def test_a_failure_while_storing_one_file_is_its_refusal(store, monkeypatch, caplog):
    fail_storing(monkeypatch, "Vienna")
    before = db_snapshot(store)
    outcome = ingest_file(store, _article_text("Vienna"), "v.txt")
    assert outcome.status == "refused" and "Parley failed on this file (RuntimeError)" in outcome.reason
    assert "disk on fire" in caplog.text and db_snapshot(store) == before
    assert ingest_file(store, _article_text("Doha"), "d.txt").status == "stored"


def test_files_that_cannot_be_read_from_disk_are_refused_without_reading_them(store, tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")  # reading a pipe would never end
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_bytes(_article_text("Oslo"))
    (tmp_path / "locked").chmod(0)
    try:
        outcomes = {o.name: o for o in ingest_paths(store, [tmp_path / "pipe.txt", tmp_path / "locked",
                                                            tmp_path / "nope.txt"])}
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert "not a regular file" in outcomes[str(tmp_path / "pipe.txt")].reason
    assert "No such file" in outcomes[str(tmp_path / "nope.txt")].reason
    if os.geteuid() != 0:  # root lists any folder
        assert "Permission denied" in outcomes[str(tmp_path / "locked")].reason


def test_jobs_change_nothing_but_the_speed(tmp_path):
    for number, city in enumerate(["Geneva", "Vienna", "Doha", "Riyadh", "Ankara", "Oslo", "Baku"]):
        (tmp_path / f"{number}.txt").write_bytes(_article_text(city))
    (tmp_path / "7.txt").write_bytes(_article_text("Geneva"))  # a duplicate, after the first
    (tmp_path / "8.txt").write_bytes(b"\x00\x01junk")
    runs = []
    for jobs in (1, 3):
        store = Store(f"sqlite:///{tmp_path / f'jobs{jobs}.db'}")
        runs.append([(o.name, o.status, o.article_id) for o in ingest_paths(store, [tmp_path], jobs=jobs)])
    assert runs[0] == runs[1]
    assert [status for _, status, _ in runs[0]] == ["stored"] * 7 + ["duplicate", "refused"]


def test_an_undated_upload_takes_the_date_of_its_dateline_and_says_so(store):
    text = "KYIV, 14 August 2025 · 3 min read\n\nUkraine said Russia had agreed to swap 84 prisoners each."
    outcome = ingest_file(store, text.encode(), "undated.txt")
    article = store.get_article(outcome.article_id)
    assert (article.published.isoformat(), article.dated_by) == ("2025-08-14", "text")
    assert [r.dated_by for r in store.list_articles()] == ["text"]


def test_who_reports_another_side_s_position_is_stored(store):
    outcome = ingest_file(store, b"---\npublished: 2025-06-03\n---\nPeskov said Kyiv was not ready for a ceasefire.",
                          "a.txt")
    [statement] = [s for s in store.extraction(outcome.article_id).statements if s.actor]
    assert (statement.actor, statement.reporter) == ("ukraine", "russia")
    [row] = store.statement_rows(actor="ukraine")
    assert row.reporter == "russia"
