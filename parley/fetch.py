"""Fetch an article by URL, safely: http(s) only, public addresses only (checked at every redirect
and pinned for the connection, so a second DNS answer cannot point elsewhere), a timeout, and a
size cap. Tests allow their own local server by listing it in ``PARLEY_FETCH_ALLOW``."""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import time
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

from parley.errors import RefusedFile
from parley.settings import max_file_bytes

TIMEOUT_SECONDS = 10.0
MAX_REDIRECTS = 5
_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf",
          "text/plain": ".txt", "text/markdown": ".md",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


class FetchRefused(RefusedFile):
    """A URL Parley will not or could not fetch; the message says which."""


def allowed_hosts() -> set[str]:
    """host:port pairs exempt from the public-address rule (for tests' own servers)."""
    return {h.strip() for h in os.environ.get("PARLEY_FETCH_ALLOW", "").split(",") if h.strip()}


def fetch_url(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int | None = None) -> tuple[bytes, str]:
    """The document at a URL and a file name for it (its extension from the path or content type)."""
    limit = max_bytes or max_file_bytes()
    deadline = time.monotonic() + 3 * timeout
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused("only http and https addresses can be fetched")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = vetted_address(parts.hostname, port)
        connection = _connection(parts.scheme, parts.hostname, address, port, timeout)
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", path, headers={"User-Agent": "Parley/0.1 (article fetch)",
                                                     "Accept": "text/html,application/pdf,text/plain,*/*;q=0.5"})
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status != 200:
                raise FetchRefused(f"the server answered {response.status} {response.reason}")
            data = _read_capped(response, limit, deadline)
            return data, _file_name(parts.path, response.getheader("Content-Type", ""))
        except (OSError, http.client.HTTPException) as exc:
            raise FetchRefused(f"could not fetch the page ({type(exc).__name__}: {exc})") from exc
        finally:
            connection.close()
    raise FetchRefused(f"more than {MAX_REDIRECTS} redirects")


def vetted_address(host: str, port: int) -> str:
    """The address to connect to; refuses hosts that resolve to private, loopback, link-local,
    multicast or reserved addresses unless host:port is allowed."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchRefused(f"cannot resolve {host}") from exc
    addresses = [info[4][0] for info in infos]
    if f"{host}:{port}" in allowed_hosts():
        return addresses[0]
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchRefused(f"{host} is a private, loopback or reserved address ({ip}); refused")
    return addresses[0]


def _connection(scheme: str, host: str, address: str, port: int, timeout: float) -> http.client.HTTPConnection:
    if scheme == "https":
        return _PinnedHTTPS(host, address, port, timeout)
    return _PinnedHTTP(host, address, port, timeout)


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the vetted address while sending the real host name."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _read_capped(response: http.client.HTTPResponse, limit: int, deadline: float) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchRefused(f"the page is {int(declared) / 2**20:.1f} MB; the limit is {limit / 2**20:.0f} MB")
    chunks, size = [], 0
    while chunk := response.read(65536):
        size += len(chunk)
        if size > limit:
            raise FetchRefused(f"the page is over the {limit / 2**20:.0f} MB limit")
        if time.monotonic() > deadline:
            raise FetchRefused("the page took too long to download")
        chunks.append(chunk)
    return b"".join(chunks)


def _file_name(path: str, content_type: str) -> str:
    name = PurePosixPath(path).name or "page"
    if PurePosixPath(name).suffix.lower() in (".html", ".htm", ".pdf", ".txt", ".md", ".docx"):
        return name
    kind = content_type.split(";")[0].strip().lower()
    return f"{name}{_TYPES.get(kind, '.html')}"
