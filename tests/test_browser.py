"""Article content cannot attack a reader: a real headless Chromium loads the reader, the
positions evidence and the statements page of a running Parley whose corpus holds an article
full of script, event handlers, javascript: links and Markdown tricks. No script runs, no such
element reaches the DOM, and the payloads show as text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from parley.pipeline import ingest_file
from parley.settings import ROOT
from parley.store import Store
from tests.postgres import free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason="no Chromium (apt-get install chromium; make test tries)")

HOSTILE = """---
title: Talks <script>window.pwned = "title"</script> in Geneva
outlet: <img src=x onerror="window.pwned='outlet'">Wire
published: 2025-07-24
---
Ukraine demanded an immediate ceasefire <script>window.pwned = "body"</script> before any summit, Umerov said.

Russia rejected the ceasefire <img src=x onerror="window.pwned='img'"> and proposed an exchange of 300 prisoners each, Medinsky said.

Both sides agreed to meet again [in Istanbul](javascript:window.pwned='link') next month, officials said.

Ukraine also demanded a ceasefire <iframe srcdoc="<script>parent.pwned='iframe'</script>"></iframe> along the front, Zelensky said.

Russia warned that :red[the ceasefire] talks and $\\href{javascript:window.pwned='tex'}{click}$ would fail, Peskov said.

Ukraine demanded a ceasefire ![x](https://evil.example/x.png) <a href="javascript:window.pwned='a'">and talks</a>, Sybiha said.
"""
PAYLOADS = ["<script>", "onerror=", "javascript:window.pwned"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'parley.db'}"
    outcome = ingest_file(Store(url), HOSTILE.encode(), "hostile.md")
    assert outcome.status == "stored", outcome.reason
    port = free_port()
    env = {**os.environ, "PARLEY_DATABASE_URL": url, "PARLEY_EMBEDDER": "hashing", "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true",
                                f"--server.port={port}", "--server.address=127.0.0.1"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        yield base, outcome.article_id
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
            "--no-first-run", "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


@pytest.mark.parametrize("path", ["/articles?article={id}",
                                  "/positions?evidence_issue=ceasefire&evidence_side=ukraine",
                                  "/statements", "/exchanges"])
def test_article_content_shows_as_text_and_never_runs(server, browser, path):
    base, article_id = server
    page = browser.new_page()
    blocked = []
    # Nothing may leave the machine: an image from an article would be a tracking request.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
               else (blocked.append(route.request.url), route.abort()))
    page.goto(base + path.format(id=article_id))
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_timeout(4000)  # the page's own scripts settle; anything injected would have run
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("() => [...document.querySelectorAll('iframe')].filter(f => f.srcdoc).length") == 0
    assert page.evaluate("() => document.querySelectorAll('[onerror], [onload], [onclick]').length") == 0
    assert page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                         ".filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length") == 0
    scripts = page.evaluate("() => [...document.querySelectorAll('script')].map(s => s.textContent).join(' ')")
    assert "pwned" not in scripts
    shown = page.inner_text("body")
    if "articles" in path or "positions" in path:
        assert "<script>" in shown  # the payload is there, as text
    assert not any("evil.example" in url for url in blocked)  # the article's image was never asked for
    page.close()
