"""Fetching URLs: local server for feeds and pages; SSRF, scheme and size limits."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rightsradar.errors import InputError
from rightsradar.ingest.fetch import check_url, fetch
from rightsradar.ingest.readers import iter_records, open_location
from rightsradar.settings import Settings

DATA = Path(__file__).parent / "data" / "ingest"
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local Monitor</title>
<item><title>Entry one</title><link>{base}/page.html</link><guid>local-1</guid>
<description>Short summary of a fictional detention.</description></item>
<item><title>Entry two</title><link>{base}/missing</link><guid>local-2</guid>
<description>Summary of a fictional threat against a union organiser.</description></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes: dict[str, tuple[str, bytes]] = {
            "/feed": ("application/rss+xml", FEED.format(base=base).encode()),
            "/page.html": ("text/html", (DATA / "page.html").read_bytes()),
            "/articles": ("application/x-ndjson", (DATA / "articles.jsonl").read_bytes()),
        }
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.end_headers()
        elif self.path == "/to-internal":
            self.send_response(302)
            self.send_header(
                "Location", f"http://internal.example:{self.server.server_address[1]}/admin"
            )
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must hold while streaming
            for _ in range(64):
                self.wfile.write(b"x" * 1024)
        elif self.path in routes:
            ctype, body = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on /big is the point of that test


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def small_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, fetch_max_bytes=16 * 1024, fetch_timeout_s=5)


def test_fetch_feed_from_local_server(server: str, small_settings: Settings) -> None:
    loc, records = open_location(f"{server}/feed", allow_private=True, settings=small_settings)
    articles = [r.article for r in records if r.article]
    assert loc.format == "feed" and loc.kind == "feed"
    assert loc.source_name == "Local Monitor"
    assert [a.id for a in articles] == ["local-1", "local-2"]
    assert articles[0].text == "Short summary of a fictional detention."


def test_fetch_feed_with_pages_keeps_summary_when_page_fails(
    server: str, small_settings: Settings
) -> None:
    _, records = open_location(
        f"{server}/feed", allow_private=True, settings=small_settings, fetch_pages=True
    )
    first, second = list(records)
    assert first.article is not None and first.error is None
    assert first.article.text.startswith("A reporter for a fictional regional newspaper")
    assert second.article is not None and second.article.text.startswith("Summary of")
    assert second.error is not None and (second.error.code, second.error.line) == ("E103", 2)


def test_fetch_page_from_local_server_follows_redirect(
    server: str, small_settings: Settings
) -> None:
    records = list(iter_records(f"{server}/redirect", allow_private=True, settings=small_settings))
    assert len(records) == 1 and records[0].article is not None
    assert records[0].article.url == f"{server}/page.html"
    assert records[0].article.title == "Reporter assaulted while covering protest"


def test_fetch_jsonl_by_content_type(server: str, small_settings: Settings) -> None:
    records = list(iter_records(f"{server}/articles", allow_private=True, settings=small_settings))
    assert [r.article.id for r in records if r.article] == ["a1", "a2", "a3"]


@pytest.mark.parametrize("path", ["/feed", "/page.html"])
def test_fetch_loopback_refused_without_allow_private(
    server: str, small_settings: Settings, path: str
) -> None:
    with pytest.raises(InputError) as exc:
        list(iter_records(f"{server}{path}", settings=small_settings))
    assert exc.value.code == "E105"
    assert "--allow-private-hosts" in (exc.value.hint or "")


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://[::ffff:127.0.0.1]/x",
        "http://0.0.0.0/x",
        "http://localhost/x",
        "http://192.168.1.10/x",
    ],
)
def test_fetch_check_url_refuses_non_public_hosts(url: str) -> None:
    with pytest.raises(InputError) as exc:
        check_url(url)
    assert exc.value.code == "E105"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_fetch_check_url_refuses_other_schemes(url: str) -> None:
    with pytest.raises(InputError) as exc:
        check_url(url, allow_private=True)
    assert exc.value.code == "E105"


def test_fetch_oversize_body_refused_while_streaming(server: str, small_settings: Settings) -> None:
    with pytest.raises(InputError) as exc:
        fetch(f"{server}/big", settings=small_settings, allow_private=True)
    assert exc.value.code == "E105"
    assert "larger than" in exc.value.message


def test_fetch_http_error_is_e103(server: str, small_settings: Settings) -> None:
    with pytest.raises(InputError) as exc:
        fetch(f"{server}/missing", settings=small_settings, allow_private=True)
    assert exc.value.code == "E103"


PUBLIC = "93.184.216.34"  # what the fake DNS below answers for a "public" host


@pytest.fixture
def fake_net(server: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """A fake DNS (``public.example`` is public, ``internal.example`` private,
    ``rebind.example`` public once then loopback) and a network where the public address
    reaches the local server. Records every lookup and every address connected to."""
    import socket

    import httpcore

    port = int(server.rsplit(":", 1)[1])
    seen: dict[str, list[str]] = {"lookups": [], "connects": []}
    rebind = iter([PUBLIC])
    answers = {"public.example": lambda: PUBLIC, "internal.example": lambda: "10.0.0.7",
               "rebind.example": lambda: next(rebind, "127.0.0.1")}  # fmt: skip
    real_lookup, real_connect = socket.getaddrinfo, httpcore.SyncBackend.connect_tcp

    def lookup(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host in answers:
            seen["lookups"].append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[host](), port))]
        return real_lookup(host, *args, **kwargs)

    def connect(self, host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["connects"].append(host)
        return real_connect(self, "127.0.0.1" if host == PUBLIC else host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect)
    return seen


def test_fetch_resolves_each_redirect_hop_once(
    server: str, small_settings: Settings, fake_net: dict[str, list[str]]
) -> None:
    """Two hops, two connections, two lookups: the vetted connect is the only check."""
    port = server.rsplit(":", 1)[1]
    got = fetch(f"http://public.example:{port}/redirect", settings=small_settings)
    assert got.url == f"http://public.example:{port}/page.html"
    assert b"Reporter assaulted" in got.body
    assert fake_net["connects"] == [PUBLIC, PUBLIC]
    assert fake_net["lookups"] == ["public.example", "public.example"]


def test_fetch_refused_redirect_names_the_refused_target(
    server: str, small_settings: Settings, fake_net: dict[str, list[str]]
) -> None:
    port = server.rsplit(":", 1)[1]
    with pytest.raises(InputError) as exc:
        fetch(f"http://public.example:{port}/to-internal", settings=small_settings)
    assert exc.value.code == "E105"
    assert exc.value.file == f"http://internal.example:{port}/admin"
    assert fake_net["connects"] == [PUBLIC]  # never to the private address


def test_fetch_dns_rebinding_cannot_reach_a_private_host(
    server: str, small_settings: Settings, fake_net: dict[str, list[str]]
) -> None:
    """The name answers "public" once, then loopback: the connection goes to the address
    that was checked, and the next lookup's loopback answer is refused, not connected to."""
    port = server.rsplit(":", 1)[1]
    got = fetch(f"http://rebind.example:{port}/page.html", settings=small_settings)
    assert b"Reporter assaulted" in got.body
    with pytest.raises(InputError) as exc:
        fetch(f"http://rebind.example:{port}/page.html", settings=small_settings)
    assert exc.value.code == "E105"
    assert exc.value.file == f"http://rebind.example:{port}/page.html"
    assert fake_net["connects"] == [PUBLIC]  # the name itself never reaches the client
    assert fake_net["lookups"] == ["rebind.example", "rebind.example"]
