"""Every page in a real headless Chromium at 1280x800 on the seed corpus: nothing wider than the
window (tables included: no column cut off), no raw side id anywhere in the page, charts drawn,
the Overview's numbers following a date filter in the URL, and no database location for someone
who may not change the corpus."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

import pytest

from parley.embed import HashingEmbedder
from parley.pipeline import ingest_paths
from parley.profile import load_profile
from parley.settings import ROOT, SEED_DIR
from parley.store import Store
from tests.postgres import free_port
from tests.test_browser import CHROMIUM

playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason="no Chromium (apt-get install chromium; make test tries)")

PAGES = {"/": 3, "/positions": 1, "/exchanges": 2, "/deadline": 1, "/statements": 1, "/articles": 0}  # charts

# Elements wider than the window, and tables whose columns run past their own box.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')]
    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })
    .map(e => e.tagName + ' ' + (e.getAttribute('data-testid') || e.className || ''));
  const cut = [...document.querySelectorAll('[data-testid=stDataFrame]')]
    .filter(t => [...t.querySelectorAll('.dvn-scroller')].some(s => s.scrollWidth > s.clientWidth + 1))
    .map(t => 'table ' + (t.innerText || '').slice(0, 40));
  return [...wide, ...cut];
}"""
TEXTS = """() => [...document.querySelectorAll('body *')].flatMap(e => [...e.childNodes])
  .filter(n => n.nodeType === 3).map(n => n.textContent.trim()).filter(Boolean)"""
CHARTS = "() => document.querySelectorAll('[data-testid=stVegaLiteChart], [data-testid=stPlotlyChart]').length"


@contextmanager
def running_app(url: str, port: int | None = None, **env: str):
    port = port or free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true", f"--server.port={port}",
         "--server.address=127.0.0.1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PARLEY_DATABASE_URL": url, "PARLEY_EMBEDDER": "hashing", "HF_HUB_OFFLINE": "1", **env})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'parley.db'}"
    assert [o.status for o in ingest_paths(Store(url), [SEED_DIR], embedder=HashingEmbedder())] == ["stored"] * 2
    return url




def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url.split("/", 3)[0] + "//"
                                                                                       + url.split("/")[2])
               else route.abort())
    page.goto(url)
    page.wait_for_selector("h1", timeout=60_000)
    # The page has finished when its DOM has stopped changing for a second.
    page.wait_for_function("""() => {
        const size = document.body.innerHTML.length, now = Date.now();
        if (window.__size !== size) { window.__size = size; window.__since = now; return false; }
        return now - window.__since > 1000;
    }""", polling=250, timeout=60_000)
    return page


@pytest.fixture(scope="module")
def local_app(seeded_url):
    with running_app(seeded_url) as base:
        yield base


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_fits_names_sides_and_draws_its_charts(local_app, browser, path):
    page = _open(browser, local_app + path)
    page.wait_for_function(f"() => ({CHARTS})() >= {PAGES[path]}", timeout=60_000)
    page.wait_for_timeout(500)  # the last chart sizes itself to its column
    assert page.evaluate(OVERFLOW) == []
    ids = [a.id for a in (*load_profile().actors, load_profile().joint)]
    texts = page.evaluate(TEXTS)
    assert not [t for t in texts if t in ids or re.search(r"\b[a-z]+_[a-z]+\b", t) and "united_states" in t]
    assert page.evaluate(CHARTS) >= PAGES[path]
    assert "Data is kept in a SQLite file" in page.inner_text("[data-testid=stSidebar]")  # local use edits
    page.close()


def test_overview_numbers_follow_a_date_filter_in_the_url(local_app, browser):
    def articles(query: str) -> str:
        page = _open(browser, f"{local_app}/{query}")
        value = page.locator("[data-testid=stMetricValue]").first.inner_text()
        page.close()
        return value

    assert articles("") == "2"
    assert articles("?since=2025-07-24") == "0"
    assert articles("?outlet=AInvest") == "1"


def test_a_reader_of_a_read_only_copy_sees_no_database_location(seeded_url, browser):
    with running_app(seeded_url, PARLEY_READ_ONLY="1") as base:
        page = _open(browser, base + "/articles")
        sidebar = page.inner_text("[data-testid=stSidebar]")
        assert "read-only copy" in sidebar and "Data is kept" not in sidebar
        assert "parley.db" not in page.content() and "sqlite" not in page.inner_text("body").lower()
        assert not page.locator("[data-testid=stFileUploader]").count()
        page.close()
