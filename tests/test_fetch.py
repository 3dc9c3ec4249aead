"""URL fetching against a local HTTP server the test starts (loopback only, allowed by setting)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from parley.fetch import FetchRefused, fetch_url
from parley.pipeline import ingest_url
from tests.conftest import db_snapshot
from tests.fixtures.documents import html_page, pdf_document


def _server(routes):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            status, headers, body = routes(self.server.server_port).get(self.path, (404, {}, b"missing"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def site(monkeypatch):
    other = _server(lambda port: {"/": (200, {"Content-Type": "text/html"}, html_page())})

    def routes(port):
        return {
            "/world/article": (200, {"Content-Type": "text/html; charset=utf-8"}, html_page()),
            "/report": (200, {"Content-Type": "application/pdf"}, pdf_document()),
            "/moved": (301, {"Location": "/world/article"}, b""),
            "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data"}, b""),
            "/to-other-local": (302, {"Location": f"http://127.0.0.1:{other.server_port}/"}, b""),
            "/loop": (302, {"Location": "/loop"}, b""),
            "/big": (200, {"Content-Type": "text/plain"}, b"x" * 300_000),
            "/junk": (200, {"Content-Type": "text/html"}, bytes(range(256)) * 64),
            "/furniture": (200, {"Content-Type": "text/html"},
                           b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
                           b"<footer>Read more</footer></body></html>"),
            "/lies": (200, {"Content-Type": "text/plain", "Content-Length": "7"}, html_page()),
            "/pdf-as-html": (200, {"Content-Type": "text/html"}, pdf_document()),
        }

    server = _server(routes)
    monkeypatch.setenv("PARLEY_FETCH_ALLOW", f"127.0.0.1:{server.server_port}")
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    other.shutdown()


def test_fetches_a_page_and_names_it_by_its_type(site):
    data, name = fetch_url(f"{site}/world/article")
    assert name == "article.html" and b"Talks resume in Geneva" in data
    assert fetch_url(f"{site}/report")[1] == "report.pdf"
    assert fetch_url(f"{site}/moved")[1] == "article.html"  # redirects within the allowed server


@pytest.mark.parametrize("path, reason", [
    ("/to-metadata", "private, loopback or reserved"),   # a redirect to link-local is checked too
    ("/to-other-local", "private, loopback or reserved"),
    ("/loop", "more than 5 redirects"),
    ("/nowhere", "answered 404"),
])
def test_refusals_on_the_way(site, path, reason):
    with pytest.raises(FetchRefused, match=reason):
        fetch_url(f"{site}{path}")


def test_size_cap(site):
    with pytest.raises(FetchRefused, match="limit"):
        fetch_url(f"{site}/big", max_bytes=100_000)


@pytest.mark.parametrize("url", ["http://10.1.2.3/a", "http://127.0.0.1:9/x", "http://[::1]/x",
                                 "http://169.254.169.254/", "http://0.0.0.0/", "https://192.168.1.1/"])
def test_private_addresses_are_refused_before_connecting(url, monkeypatch):
    monkeypatch.delenv("PARLEY_FETCH_ALLOW", raising=False)
    with pytest.raises(FetchRefused, match="private, loopback or reserved"):
        fetch_url(url)


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", ""])
def test_only_http_and_https(url):
    with pytest.raises(FetchRefused, match="only http and https"):
        fetch_url(url)


def test_ingest_by_url_stores_or_refuses_and_changes_nothing(site, store):
    outcome = ingest_url(store, f"{site}/world/article")
    assert outcome.status == "stored" and outcome.name == f"{site}/world/article"
    assert store.get_article(outcome.article_id).outlet == "The Daily Courier"
    before = db_snapshot(store)
    refused = ingest_url(store, f"{site}/to-metadata")
    assert refused.status == "refused" and "reserved" in refused.reason
    assert db_snapshot(store) == before


@pytest.mark.parametrize("path, reason", [
    ("/junk", "no article text"),
    ("/furniture", "no article text"),
    ("/lies", "empty|no article text"),  # the body is cut where its declared length ends
    ("/pdf-as-html", "no article text|binary"),
])
def test_hostile_pages_are_refused_and_change_nothing(site, store, path, reason):
    before = db_snapshot(store)
    outcome = ingest_url(store, f"{site}{path}")
    assert outcome.status == "refused" and any(words in outcome.reason for words in reason.split("|")), outcome.reason
    assert db_snapshot(store) == before


def test_an_unexpected_failure_while_fetching_is_a_refusal(store, monkeypatch, caplog):
    import parley.fetch

    def broken(url):
        raise ValueError("a bug in the fetcher")

    monkeypatch.setattr(parley.fetch, "fetch_url", broken)
    outcome = ingest_url(store, "https://example.org/a")
    assert outcome.status == "refused" and "Parley failed on this file (ValueError)" in outcome.reason
    assert "a bug in the fetcher" in caplog.text and store.article_count() == 0
