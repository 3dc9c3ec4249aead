import threading

import pytest
import sqlalchemy as sa

from parley.errors import StoreError
from parley.ingest import read_article
from parley.model import Extraction, Figure, Statement
from parley.store import SCHEMA_VERSION, Store, meta
from tests.conftest import BACKENDS, database_url_for, sqlite_only


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    return database_url_for(request, tmp_path)


def _article(text: str = "Both delegations agreed to exchange prisoners, officials said on Friday."):
    return read_article(text.encode(), "a.txt")


def _extraction(article) -> Extraction:
    return Extraction(
        statements=(Statement(text=article.text, start=0, end=len(article.text), issues=("prisoners",)),),
        figures=(Figure(value=300.0, text="300", start=0, end=3, per_side=True, category="prisoners"),),
    )


def test_new_database_records_its_schema_version(store):
    assert store.schema_version() == SCHEMA_VERSION


def test_sqlite_file_runs_in_wal_mode(store, db_url):
    sqlite_only(db_url)
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_a_database_from_a_newer_parley_is_refused(store, db_url):
    with store.write() as conn:
        conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value="99"))
    with pytest.raises(StoreError, match="schema version 99"):
        Store(db_url)


def test_article_round_trip(store):
    article = _article()
    assert store.add_article(article, _extraction(article)) is True
    assert store.get_article(article.id).text == article.text
    found = store.extraction(article.id)
    assert found.statements[0].issues == ("prisoners",)
    assert found.figures[0].per_side is True and found.figures[0].value == 300.0
    [row] = store.list_articles()
    assert (row.id, row.statements, row.figures) == (article.id, 1, 1)


def test_the_same_text_is_stored_once(store):
    article = _article()
    assert store.add_article(article, Extraction()) is True
    revision = store.revision()
    assert store.add_article(article, Extraction()) is False
    assert store.article_count() == 1
    assert store.revision() == revision  # a duplicate writes nothing


def test_a_failure_half_way_leaves_nothing_behind(store):
    article = _article()
    broken = Extraction(statements=(Statement(text=None, start=0, end=1),))  # NOT NULL fails
    with pytest.raises(sa.exc.IntegrityError):
        store.add_article(article, broken)
    assert store.article_count() == 0
    assert store.summary().statements == 0


def test_delete_removes_the_article_and_its_extractions(store):
    article = _article()
    store.add_article(article, _extraction(article))
    assert store.delete_article(article.id) is True
    assert store.summary() .statements == 0 and store.summary().figures == 0
    assert store.delete_article(article.id) is False


def test_summary_counts_outlets_and_dates(seeded_store):
    summary = seeded_store.summary()
    assert summary.articles == 2
    assert summary.outlets == {"(unknown outlet)": 1, "AInvest": 1}
    assert summary.first_published.isoformat() == summary.last_published.isoformat() == "2025-07-23"


def test_statement_search_escapes_like_wildcards(seeded_store):
    assert seeded_store.statement_rows(contains="50-day")
    assert seeded_store.statement_rows(contains="100%") == []


def test_concurrent_writers_wait_instead_of_failing(db_url):
    Store(db_url)
    errors: list[BaseException] = []

    def writer(worker: int) -> None:
        store = Store(db_url)  # its own engine, as another process would have
        for n in range(10):
            text = f"Worker {worker} reports that talks round {n} ended with a statement by both sides."
            try:
                article = _article(text)
                store.add_article(article, _extraction(article))
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Store(db_url).article_count() == 40


def test_a_version_1_database_is_migrated(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # the tables as schema version 1 had them
        conn.exec_driver_sql("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)")
        conn.exec_driver_sql("INSERT INTO meta VALUES ('schema_version', '1')")
        conn.exec_driver_sql(
            "CREATE TABLE articles (id VARCHAR(16) PRIMARY KEY, fingerprint VARCHAR(64) NOT NULL UNIQUE,"
            " title TEXT NOT NULL, outlet TEXT, url TEXT, published DATE, ingested_at DATETIME NOT NULL,"
            " format VARCHAR(8) NOT NULL, flags JSON NOT NULL, tier VARCHAR(32), source_name TEXT,"
            " text TEXT NOT NULL)")
        conn.exec_driver_sql("INSERT INTO articles VALUES ('a1', 'f1', 'T', NULL, NULL, NULL,"
                             " '2025-07-23 00:00:00', 'txt', '[]', NULL, NULL, 'Old text.')")
        conn.exec_driver_sql(
            "CREATE TABLE deadlines (id INTEGER PRIMARY KEY, article_id VARCHAR(16) NOT NULL, seq INTEGER NOT NULL,"
            " start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,"
            " issuer VARCHAR(64), target VARCHAR(64), days FLOAT, announced DATE, due DATE)")
    engine.dispose()
    store = Store(url)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.stale_articles("2") == ["a1"]  # kept, and marked as extracted by version 1
    assert store.get_article("a1").text == "Old text."


def test_replace_extraction_swaps_everything_found(store):
    article = _article()
    store.add_article(article, _extraction(article), extractor="1")
    store.replace_extraction(article.id, Extraction(), extractor="2", tier="independent")
    assert store.extraction(article.id) == Extraction()
    assert store.stale_articles("2") == []
    assert store.list_articles()[0].tier == "independent"


def test_position_counts_group_by_issue_side_and_stance(seeded_store):
    from parley.filters import CorpusFilter

    counts = seeded_store.position_counts()
    ukraine_ceasefire = {c.stance: c.statements for c in counts if (c.issue, c.actor) == ("ceasefire", "ukraine")}
    assert ukraine_ceasefire.get("demands", 0) >= 2
    assert all(c.actor for c in counts)
    assert seeded_store.position_counts(CorpusFilter(outlets=("Nobody",))) == []


def test_figure_rows_filter_by_outlet(seeded_store):
    from parley.filters import CorpusFilter

    only = seeded_store.figure_rows(CorpusFilter(outlets=("AInvest",)), categories=("prisoners",))
    assert only and {r.outlet for r in only} == {"AInvest"} and {r.figure.value for r in only} == {1000}


def test_rulings_are_added_never_replaced(store):
    store.add_ruling("k", "confirmed", "first", "ann")
    store.add_ruling("k", "superseded", "second", "bob")
    assert [(r.ruling, r.who) for r in store.rulings()["k"]] == [("confirmed", "ann"), ("superseded", "bob")]
    with pytest.raises(ValueError, match="ruling must be one of"):
        store.add_ruling("k", "maybe", "x", "ann")


def test_a_version_2_database_gets_its_statement_issues(store, db_url):
    from parley.store import statement_issues

    article = _article()
    store.add_article(article, _extraction(article))
    with store.write() as conn:  # as a version 2 database had it: issues only in the JSON column
        conn.execute(sa.delete(statement_issues))
        conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value="2"))
    reopened = Store(db_url)
    assert reopened.schema_version() == SCHEMA_VERSION
    with reopened.read() as conn:
        assert conn.execute(sa.select(statement_issues.c.issue)).scalars().all() == ["prisoners"]


def test_analysts_deadlines_and_revisions(store):
    from datetime import date

    from parley.profile import KnownDeadline, Revision

    first = Revision(announced=date(2025, 9, 1), days=14, source="EU summit communique")
    store.add_deadline(KnownDeadline(id="eu-package", label="EU sanctions package", issuer="ukraine",
                                     target="russia", measure="new sanctions", revisions=(first,)), "ann")
    store.add_deadline_revision("us-ceasefire-deadline",
                                Revision(announced=date(2025, 8, 6), days=3, source="press briefing"), "bob")
    added, revisions = store.analyst_deadlines()
    assert [d.id for d in added] == ["eu-package"]
    assert revisions["eu-package"][0].source == "EU summit communique (added by ann)"
    assert revisions["us-ceasefire-deadline"][0].days == 3
    with pytest.raises(ValueError, match="needs its source"):
        store.add_deadline_revision("eu-package", Revision(announced=date(2025, 9, 2), days=1, source=" "), "x")


def test_saving_vectors_again_replaces_them_and_skips_deleted_statements(store):
    import numpy as np

    article = _article()
    store.add_article(article, _extraction(article))
    [(statement_id, article_id, _)] = store.unembedded("m1")
    first, second = np.ones(4, dtype=np.float32), np.full(4, 2.0, dtype=np.float32)
    store.save_vectors("m1", [(statement_id, article_id, first)])
    # A second process that embedded the same statement at the same time, with another model.
    store.save_vectors("m2", [(statement_id, article_id, second), (statement_id + 999, article_id, first)])
    assert store.count_unembedded("m2") == 0 and store.count_unembedded("m1") == 1
    _, vectors, ids = store.statement_vectors("m2")
    assert ids == [statement_id] and np.allclose(vectors, second)


def test_a_reader_s_store_refuses_every_write_and_changes_nothing(store):
    from datetime import date

    from parley.access import decide_access
    from parley.errors import PermissionDenied
    from parley.profile import KnownDeadline, Revision
    from tests.conftest import db_snapshot

    article = _article()
    store.add_article(article, _extraction(article))
    reader = store.with_access(decide_access(sign_in_configured=True, email="eve@example.org",
                                             editors=["ana@example.org"], read_only=False))
    before = db_snapshot(store)
    other = _article("A different report: both delegations met again and agreed on nothing.")
    revision = Revision(announced=date(2025, 7, 14), days=50, source="x")
    for write in (lambda: reader.add_article(other, _extraction(other)),
                  lambda: reader.delete_article(article.id),
                  lambda: reader.replace_extraction(article.id, _extraction(article), "9"),
                  lambda: reader.add_ruling("k", "confirmed", "note", "eve"),
                  lambda: reader.add_deadline(KnownDeadline("d", "D", "x", None, None, (revision,)), "eve"),
                  lambda: reader.add_deadline_revision("d", revision, "eve")):
        with pytest.raises(PermissionDenied, match="eve@example.org may read"):
            write()
    assert db_snapshot(store) == before
    assert reader.article_count() == 1 and store.access.can_write  # reads work; the shared store is untouched


def test_every_write_moves_the_revision_even_when_writers_overlap(db_url):
    Store(db_url)

    def writer(worker: int) -> None:
        store = Store(db_url)
        for n in range(5):
            article = _article(f"Worker {worker} notes that round {n} of the talks closed without a deal.")
            store.add_article(article, _extraction(article))

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # 20 articles, 20 increments: none lost to two writers reading the same number.
    assert Store(db_url).revision() == 20


def test_a_version_5_database_gains_date_sources_and_reporters(tmp_path):
    url = f"sqlite:///{tmp_path / 'v5.db'}"
    store = Store(url)
    article = _article()
    store.add_article(article, _extraction(article), extractor="3")
    with store.engine.begin() as conn:  # back to version 5: the two columns did not exist
        conn.exec_driver_sql("ALTER TABLE articles DROP COLUMN dated_by")
        conn.exec_driver_sql("ALTER TABLE statements DROP COLUMN reporter")
        conn.exec_driver_sql("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    store.engine.dispose()
    migrated = Store(url)
    assert migrated.schema_version() == SCHEMA_VERSION
    assert migrated.get_article(article.id).dated_by is None
    assert migrated.extraction(article.id).statements[0].reporter is None


def test_events_an_editor_adds_are_kept_with_who_and_when(store):
    from datetime import date

    from parley.profile import KnownEvent

    event = KnownEvent(id="deal", label="Deal", date=date(2025, 5, 16), kind="agreement", category="prisoners",
                       source="Communiqué", per_side=1000)
    store.add_event(event, "ann")
    [(stored, who, at)] = store.analyst_events()
    assert stored == event and who == "ann" and at.tzinfo is not None


@pytest.mark.parametrize("problem", ["taken here", "taken in the profile", "no source"])
def test_a_refused_event_changes_nothing(store, problem):
    from datetime import date

    from parley.profile import KnownEvent
    from tests.conftest import db_snapshot

    event = KnownEvent(id="deal", label="Deal", date=date(2025, 5, 16), kind="agreement", category="prisoners",
                       source="Communiqué", per_side=1000)
    if problem == "taken here":
        store.add_event(event, "ann")
    before = db_snapshot(store)
    with pytest.raises(ValueError):
        if problem == "no source":
            store.add_event(KnownEvent(**{**event.__dict__, "id": "other", "source": "  "}), "bob")
        else:
            store.add_event(event, "bob", taken=("deal",) if problem == "taken in the profile" else ())
    assert db_snapshot(store) == before


def test_a_version_7_database_gets_the_event_table(store, db_url):
    from parley.store import event_entries

    with store.write() as conn:  # as a version 7 database had it: no table of editors' events
        event_entries.drop(conn)
        conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value="7"))
    reopened = Store(db_url)
    assert reopened.schema_version() == SCHEMA_VERSION
    assert reopened.analyst_events() == []


def test_grouping_rows_carry_reporter_issues_and_tier(store):
    import numpy as np
    from dataclasses import replace

    article = replace(_article(), tier="independent")
    extraction = Extraction(statements=(Statement(text=article.text, start=0, end=len(article.text), actor="ukraine",
                                                  reporter="russia", issues=("prisoners", "ceasefire")),))
    store.add_article(article, extraction)
    [(statement_id, article_id, _)] = store.unembedded("m1")
    store.save_vectors("m1", [(statement_id, article_id, np.ones(4, dtype=np.float32))])
    [row], vectors, ids = store.grouping_rows("m1")
    assert (row.actor, row.reporter, row.issues, row.tier) == ("ukraine", "russia", ("prisoners", "ceasefire"),
                                                               "independent")
    assert ids == [statement_id] and vectors.shape == (1, 4)
    assert store.grouping_rows("m1", actor="russia")[0] == [] and store.grouping_rows("m1", issue="ceasefire")[2] == ids


def test_vectors_of_another_recipe_are_dropped_once_when_the_store_opens(store, db_url):
    import numpy as np

    from parley.claims import CLAIM_RECIPE

    article = _article()
    store.add_article(article, _extraction(article))
    [(statement_id, article_id, _)] = store.unembedded("m1")
    store.save_vectors("m1", [(statement_id, article_id, np.ones(4, dtype=np.float32))])
    assert Store(db_url).count_unembedded("m1") == 0  # same recipe: kept
    with store.write() as conn:  # a database whose vectors embed whole sentences (before claims)
        conn.execute(sa.delete(meta).where(meta.c.key == "vectors_of"))
    before = store.revision()
    reopened = Store(db_url)
    assert reopened.count_unembedded("m1") == 1 and reopened.revision() > before  # pages see the change
    with reopened.read() as conn:
        assert conn.execute(sa.select(meta.c.value).where(meta.c.key == "vectors_of")).scalar() == CLAIM_RECIPE
