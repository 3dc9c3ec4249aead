"""Every page through AppTest on the seed corpus: what it shows, and that it never raises."""

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

from parley.settings import ROOT, SEED_DIR
from parley.store import Store, meta
from tests.bad_inputs import BAD_FILES
from tests.conftest import db_snapshot
from tests.fixtures.documents import html_page

APP = ROOT / "app.py"
PAGES = ["app_pages/overview.py", "app_pages/positions.py", "app_pages/exchanges.py", "app_pages/deadline.py",
         "app_pages/statements.py", "app_pages/articles.py"]


def open_app(page: str | None = None) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=60).run()
    if page:
        app.switch_page(page).run()
    assert not app.exception, app.exception
    return app


def _text(app: AppTest) -> str:
    """Everything the page says in text elements, unescaped."""
    parts = [e.value for kind in ("title", "markdown", "caption", "info", "success", "error", "warning", "text")
             for e in getattr(app, kind)]
    return "\n".join(str(p) for p in parts).replace("\\", "")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_from_the_store(app_env, page):
    app = open_app(page)
    assert app.title[0].value == page.split("/")[1].removesuffix(".py").capitalize()


def test_overview_counts_articles_outlets_and_dates(app_env):
    app = open_app()
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Articles"] == "2" and metrics["Outlets"] == "2"
    assert metrics["Statements"] == str(app_env.summary().statements)
    assert "**Published:** 2025-07-23" in _text(app)
    assert set(app.dataframe[0].value["Outlet"]) == {"AInvest", "(unknown outlet)"}


def test_overview_of_an_empty_library_points_to_upload(monkeypatch, db_url):
    monkeypatch.setenv("PARLEY_DATABASE_URL", db_url)
    app = open_app()
    assert "No articles yet" in app.info[0].value


def test_positions_says_how_many_statements_have_a_side(app_env):
    counts = app_env.statement_counts_by_actor()
    attributed, total = sum(n for a, n in counts.items() if a), sum(counts.values())
    assert 0 < attributed < total
    assert f"{attributed} of {total} stored statements are attributed" in _text(open_app("app_pages/positions.py"))


def test_statements_lists_and_searches(app_env):
    app = open_app("app_pages/statements.py")
    assert len(app.dataframe[0].value) == app_env.summary().statements
    app.text_input(key="contains").input("1,200").run()
    [statement] = app.dataframe[0].value["Statement"]
    assert "at least 1,200 prisoners each" in statement


def test_library_lists_articles_with_flags_and_reads_one(app_env):
    app = open_app("app_pages/articles.py")
    library = app.dataframe[0].value
    assert len(library) == 2
    assert "AI-generated" in set(library["Flags"])
    _, second = [row.id for row in app_env.list_articles()]
    assert "Flagged: AI-generated" in _text(app)
    assert "1,000 prisoners from each side" in _text(app)
    app.selectbox(key="article").select(second).run()
    assert "at least 1,200 prisoners each" in _text(app)
    assert "Flagged" not in _text(app)


def test_upload_reports_each_file_and_stores_only_the_good_one(app_env, tmp_path):
    seed = (SEED_DIR / "003_9711547623b31f7c.txt").read_bytes()
    before = app_env.article_count()
    app = open_app("app_pages/articles.py")
    app.file_uploader[0].set_value([
        ("geneva.html", html_page(), "text/html"),
        ("again.txt", seed, "text/plain"),
        *[(name, data, "application/octet-stream") for name, data, _ in BAD_FILES[:5]],
    ]).run()
    app.button[0].click().run()
    assert not app.exception
    text = _text(app)
    assert "stored     geneva.html: Talks resume in Geneva" in text
    assert "duplicate  again.txt" in text
    for name, _, reason in BAD_FILES[:5]:
        assert f"refused    {name}: " in text and reason in text
    assert app_env.article_count() == before + 1
    assert len(app.dataframe[0].value) == before + 1


def test_a_refused_upload_changes_nothing(app_env):
    before = db_snapshot(app_env)
    app = open_app("app_pages/articles.py")
    app.file_uploader[0].set_value(("junk.txt", BAD_FILES[1][1], "text/plain")).run()
    app.button[0].click().run()
    assert "binary data" in app.error[0].value
    assert db_snapshot(app_env) == before


def test_a_database_it_cannot_use_is_a_message(monkeypatch, db_url):
    with Store(db_url).write() as conn:
        conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value="99"))
    monkeypatch.setenv("PARLEY_DATABASE_URL", db_url)
    app = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not app.exception
    assert "schema version 99" in app.error[0].value


def test_no_pages_folder_streamlit_would_serve_on_its_own():
    # With a folder named pages/, a first visit to /statements runs that file without app.py
    # (no page config, no navigation, no sidebar): the page files live in app_pages/.
    assert not (ROOT / "pages").exists()
    assert all((ROOT / page).exists() for page in PAGES)
