"""Sign-in through a real OpenID Connect provider, in a real headless Chromium: the PyPI package
oidc-provider-mock serves one on a local port, and Parley runs with an [auth] section pointing
st.login at it (a temporary secrets file; the repository's own secrets are never read). Someone
signed out who follows a deep link sees only the sign-in page; an editor, once signed in, sees
where the data is kept and the upload; a reader sees neither, and signing out ends the session.

Set PARLEY_SCREENSHOTS to a folder to keep a screenshot of each state."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from parley.embed import HashingEmbedder
from parley.pipeline import ingest_paths
from parley.settings import SEED_DIR
from parley.store import Store
from tests.postgres import free_port
from tests.test_browser import CHROMIUM
from tests.test_browser_pages import running_app

playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason="no Chromium (apt-get install chromium; make test tries)")

EDITOR, READER = "ana@example.org", "eve@example.org"
SEED_TITLE = "Russia Ukraine Talks End With Prisoner Exchange"  # an article in the corpus
SETTLED = """() => {
    const size = document.body.innerHTML.length, now = Date.now();
    if (window.__size !== size) { window.__size = size; window.__since = now; return false; }
    return now - window.__since > 1000;
}"""


def _wait_for(url: str, process: subprocess.Popen, log: Path) -> None:
    for _ in range(120):
        if process.poll() is not None:
            raise RuntimeError(f"the provider stopped (is oidc-provider-mock installed? make .venv/.dev):\n"
                               f"{log.read_text()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"nothing answered at {url}:\n{log.read_text()}")


@pytest.fixture(scope="module")
def provider(tmp_path_factory):
    """The mock provider in its own process (it allows plain http on loopback there only)."""
    port, log = free_port(), tmp_path_factory.mktemp("provider") / "provider.log"
    with log.open("w") as output:
        process = subprocess.Popen([sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1",
                                    "--port", str(port)], stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/.well-known/openid-configuration", process, log)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def signed_in_app(tmp_path_factory, provider):
    folder = tmp_path_factory.mktemp("sign-in")
    url = f"sqlite:///{folder / 'parley.db'}"
    assert [o.status for o in ingest_paths(Store(url), [SEED_DIR], embedder=HashingEmbedder())] == ["stored"] * 2
    port = free_port()
    secrets_file = folder / "secrets.toml"
    secrets_file.write_text(f"""
[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "{secrets.token_hex(32)}"
client_id = "parley"
client_secret = "{secrets.token_hex(16)}"
server_metadata_url = "{provider}/.well-known/openid-configuration"

[parley]
editors = ["{EDITOR}"]
""")
    # Only this file: a developer's own .streamlit/secrets.toml must not leak into the test.
    with running_app(url, port, STREAMLIT_SECRETS_FILES=str(secrets_file)) as base:
        yield base




@pytest.fixture
def context(browser):
    """A fresh browser (no cookies) that may reach only this machine: the provider's form links a
    stylesheet from a CDN, which is refused like any other request off the loopback."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).hostname == "127.0.0.1"
                  else route.abort())
    yield context
    context.close()


def _settle(page) -> None:
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(SETTLED, polling=250, timeout=60_000)


def _shot(page, name: str) -> None:
    folder = os.environ.get("PARLEY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _sign_in(page, app: str, provider: str, email: str) -> None:
    """Click Sign in, type the e-mail as the subject on the provider's form, come back."""
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{provider}/oauth2/authorize*", timeout=30_000)
    page.get_by_placeholder("sub").fill(email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{app}/", timeout=30_000)  # the callback sends the browser to the app's root
    page.wait_for_selector("[data-testid=stSidebar]", timeout=60_000)
    _settle(page)


def _sidebar(page) -> str:
    return page.inner_text("[data-testid=stSidebar]")


def _assert_sign_in_page_only(page) -> None:
    main = [line.strip() for line in page.inner_text("[data-testid=stMain]").splitlines() if line.strip()]
    assert main == ["Parley", "This Parley is shared with a team. Sign in to read it.", "Sign in"]
    assert not page.locator("[data-testid=stSidebar]").count()
    html = page.content()
    assert SEED_TITLE not in html and "AInvest" not in html
    assert "parley.db" not in html and "sqlite" not in html.lower()
    for part in ("stMetric", "stDataFrame", "stVegaLiteChart", "stPlotlyChart", "stFileUploader"):
        assert not page.locator(f"[data-testid={part}]").count(), part


def test_a_signed_out_deep_link_shows_only_the_sign_in_page(signed_in_app, context):
    page = context.new_page()
    page.goto(f"{signed_in_app}/exchanges?outlet=AInvest")
    page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
    _settle(page)
    _shot(page, "signed-out-deep-link")
    _assert_sign_in_page_only(page)


def test_an_editor_signs_in_sees_the_data_location_and_upload_then_signs_out(signed_in_app, provider, context):
    page = context.new_page()
    page.goto(f"{signed_in_app}/articles")
    _settle(page)
    _sign_in(page, signed_in_app, provider, EDITOR)
    sidebar = _sidebar(page)
    assert f"Signed in as {EDITOR}. You can add, correct and delete articles" in sidebar
    assert "Data is kept in a SQLite file" in sidebar
    assert page.locator("[data-testid=stMetric]").count()  # the Overview, with the corpus
    _shot(page, "editor-overview")

    page.goto(f"{signed_in_app}/articles")  # a new session: the sign-in cookie carries the editor
    _settle(page)
    page.wait_for_selector("[data-testid=stFileUploader]", timeout=60_000)
    assert "Data is kept in a SQLite file" in _sidebar(page)
    _shot(page, "editor-articles")

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{provider}/oauth2/end_session*", timeout=30_000)
    page.get_by_role("button", name="End session").click()
    page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
    _settle(page)
    _assert_sign_in_page_only(page)
    page.goto(f"{signed_in_app}/articles")  # and the cookie is gone: a deep link asks again
    page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
    _settle(page)
    _assert_sign_in_page_only(page)


def test_a_reader_signs_in_and_sees_neither_the_data_location_nor_the_upload(signed_in_app, provider, context):
    page = context.new_page()
    page.goto(signed_in_app)
    _settle(page)
    _sign_in(page, signed_in_app, provider, READER)
    sidebar = _sidebar(page)
    assert f"Signed in as {READER}. You can read everything here." in sidebar
    assert "Data is kept" not in sidebar
    assert page.locator("[data-testid=stMetric]").count()  # the reader does read the corpus
    _shot(page, "reader-overview")

    page.goto(f"{signed_in_app}/articles")
    _settle(page)
    page.get_by_text(f"{READER} may read but not change the corpus").wait_for(timeout=60_000)
    assert SEED_TITLE in page.inner_text("[data-testid=stMain]")  # the library is there
    assert not page.locator("[data-testid=stFileUploader]").count()
    html = page.content()
    assert "Data is kept" not in html and "parley.db" not in html and "sqlite" not in html.lower()
    _shot(page, "reader-articles")
