"""The three ways Parley runs: open locally, signed in (editors write, others read), read-only."""

import pytest
from streamlit.testing.v1 import AppTest

from parley.settings import ROOT
from tests.conftest import db_snapshot

APP = str(ROOT / "app.py")
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "test-secret",
        "client_id": "parley", "client_secret": "s", "server_metadata_url": "https://id.example.org/.well-known"}


def _app(*, user: dict | None = None, signed_in_setup: bool = False) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    if signed_in_setup:
        app.secrets["auth"] = AUTH
        app.secrets["parley"] = {"editors": ["ana@example.org"]}
    if user is not None:
        app.user = user
    return app


def _write_controls(app: AppTest) -> dict[str, int]:
    """How many controls that write each page shows."""
    found = {}
    for page, labels in {"app_pages/articles.py": ("Fetch and ingest",),
                         "app_pages/exchanges.py": ("Record ruling",),
                         "app_pages/deadline.py": ("Add revision", "Add deadline")}.items():
        app.switch_page(page).run()
        assert not app.exception, app.exception
        found[page] = sum(b.label in labels for b in app.button) + len(app.file_uploader)
    return found


def test_without_sign_in_local_use_is_open(app_env):
    app = _app().run()
    assert not app.exception
    assert all(_write_controls(app).values())
    assert any("Running on this computer: you can add, correct and delete" in c.value for c in app.sidebar.caption)
    assert any("Data is kept in a SQLite file" in c.value for c in app.sidebar.caption)


def test_with_sign_in_configured_nobody_reads_before_signing_in(app_env):
    app = _app(signed_in_setup=True, user={"is_logged_in": False}).run()
    assert not app.exception
    assert [b.label for b in app.button] == ["Sign in"]
    assert not app.dataframe and not app.metric  # no page content at all


def test_a_signed_in_reader_sees_everything_and_can_change_nothing(app_env):
    before = db_snapshot(app_env)
    app = _app(signed_in_setup=True, user={"is_logged_in": True, "email": "eve@example.org"}).run()
    assert not app.exception and app.metric  # the overview is there
    sidebar = [c.value for c in app.sidebar.caption]
    assert "Signed in as eve@example.org. You can read everything here." in sidebar
    assert not any("Data is kept" in c or "editor" in c for c in sidebar)  # no location, no role jargon
    assert not any(_write_controls(app).values())
    app.switch_page("app_pages/articles.py").run()
    assert any("eve@example.org may read but not change" in i.value for i in app.info)
    assert not app.get("popover")  # no delete
    assert db_snapshot(app_env) == before


def test_a_signed_in_editor_writes_and_is_recorded_by_e_mail(app_env):
    app = _app(signed_in_setup=True, user={"is_logged_in": True, "email": "Ana@example.org"}).run()
    assert any(c.value.startswith("Data is kept in a SQLite file") for c in app.sidebar.caption)
    assert all(_write_controls(app).values())
    app.switch_page("app_pages/exchanges.py").run()
    [note] = [t for t in app.text_input if t.key.startswith("note-")]
    note.input("Checked against the ministry's list.")
    [submit] = [b for b in app.button if b.label == "Record ruling"]
    submit.click().run()
    assert not app.exception
    [rulings] = app_env.rulings().values()
    assert [r.who for r in rulings] == ["Ana@example.org"]


def test_read_only_hides_every_write_even_for_an_editor(app_env, monkeypatch):
    monkeypatch.setenv("PARLEY_READ_ONLY", "1")
    before = db_snapshot(app_env)
    for app in (_app(), _app(signed_in_setup=True, user={"is_logged_in": True, "email": "ana@example.org"})):
        app.run()
        assert not any(_write_controls(app).values())
        assert any("A read-only copy: nothing can be changed here." in c.value for c in app.sidebar.caption)
        assert not any("Data is kept" in c.value for c in app.sidebar.caption)
    assert db_snapshot(app_env) == before


@pytest.mark.parametrize("chosen", [3, 4])
def test_an_upload_of_too_many_files_is_refused_whole(app_env, monkeypatch, chosen):
    monkeypatch.setenv("PARLEY_MAX_FILES", "3")
    before = db_snapshot(app_env)
    app = _app().run()
    app.switch_page("app_pages/articles.py").run()
    files = [(f"{n}.txt", f"Delegations met in round {n} and agreed to meet again.".encode(), "text/plain")
             for n in range(chosen)]
    app.file_uploader[0].set_value(files).run()
    too_many = chosen > 3
    assert any("at most 3 per upload" in e.value for e in app.error) == too_many
    assert any(b.label.startswith("Ingest ") for b in app.button) != too_many
    assert db_snapshot(app_env) == before
