"""`rightsradar watch`: a watch-listed defender's arrest in a new feed item produces exactly
one alert on each configured channel (webhook, e-mail, log); config errors are clear."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from rightsradar.errors import InputError
from rightsradar.settings import Settings
from rightsradar.store import alerts as alert_store
from rightsradar.store import open_store
from rightsradar.watch import Watcher, load_feeds, parse_duration

DEFENDER = "Lucía Quispe-Testnombre"
ITEM = """<item><title>{title}</title><link>https://news.example.org/{slug}</link>
<guid>{slug}</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>
<description>{text}</description></item>"""
ARREST = (
    f"Police in Cusco, Peru, arrested human rights defender {DEFENDER} on Sunday, "
    "2 March 2025, at her home. She leads an indigenous land rights organisation and "
    "had reported threats. Officers detained her without a warrant, her lawyer said."
)
OTHER = (
    "The city council of Lima approved a new budget for public parks on Monday, "
    "officials said, after a long debate about maintenance costs."
)


class FeedServer:
    def __init__(self) -> None:
        self.items: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = (
                    '<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Monitor'
                    "</title>" + "".join(outer.items) + "</channel></rss>"
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802 - the webhook receiver
                n = int(self.headers["Content-Length"])
                outer.hooks.append(json.loads(self.rfile.read(n)))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *a: object) -> None:
                pass

        self.hooks: list[dict] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def add(self, slug: str, title: str, text: str) -> None:
        self.items.append(ITEM.format(slug=slug, title=title, text=text))


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def world(tmp_path: Path):
    feed = FeedServer()
    inbox = Inbox()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    smtp.start()
    settings = Settings(data_dir=tmp_path, smtp_host="127.0.0.1", smtp_port=port,
                        extractor="extract.pipeline.rules.v1", alert_backoff_s=0)  # fmt: skip
    store = open_store(settings.resolved_database_url, upgrade=True)
    with store.session() as s:
        for channel, target in (("webhook", f"{feed.url}/hook"), ("email", "desk@example.org"),
                                ("log", None)):  # fmt: skip
            alert_store.add_rule(s, name=f"watch-{channel}", kind="watchlist", pattern=DEFENDER,
                                 channel=channel, target=target)  # fmt: skip
    conf = tmp_path / "feeds.toml"
    conf.write_text(f'[[feed]]\nname = "Andes Monitor"\nurl = "{feed.url}/feed"\n'
                    'every = "1s"\nallow_private = true\n')  # fmt: skip
    yield feed, inbox, settings, store, conf
    smtp.stop()
    feed.httpd.shutdown()


def test_watch_arrest_of_watched_defender_alerts_once_per_channel(world):
    feed, inbox, settings, store, conf = world
    feed.add("parks", "Lima approves parks budget", OTHER)
    clock = [0.0]
    watcher = Watcher(store, settings, load_feeds(conf), clock=lambda: clock[0])
    first = watcher.poll()
    assert first.new_articles == 1 and not feed.hooks and not inbox.messages

    feed.add("arrest", "Defender arrested in Cusco", ARREST)
    clock[0] += 1
    second = watcher.poll()
    assert second.new_articles == 1 and second.run is not None
    assert len(feed.hooks) == 1 and len(inbox.messages) == 1
    # The store was loaded once, on the first cycle; the second only added its article.
    assert watcher.components.resolver.n_loads == 1
    log_lines = (settings.data_dir / "alerts.jsonl").read_text().splitlines()
    assert len(log_lines) == 1
    # Nothing personal leaves through a channel.
    for blob in (json.dumps(feed.hooks), inbox.messages[0].decode(), "\n".join(log_lines)):
        assert "Quispe" not in blob and "Lucía" not in blob

    clock[0] += 1
    third = watcher.poll()  # the same feed again: nothing new, nothing re-sent
    assert third.new_articles == 0 and third.run is None
    assert len(feed.hooks) == 1 and len(inbox.messages) == 1
    # Not due yet: not polled at all.
    assert watcher.poll().polled == []


@pytest.mark.parametrize(("text", "field"), [
    ('[[feed]]\nurl = "https://x.org/f"\n', "name"),
    ('[[feed]]\nname = "x"\nurl = "https://x.org/f"\nevery = "often"\n', "every"),
    ('[[feed]]\nname = "x"\nurl = "https://x.org/f"\ncolour = "red"\n', "colour"),
    ('[[feed]]\nname = "x"\nurl = "https://x.org/f"\nevery = "0.05s"\n', "every"),
])  # fmt: skip
def test_watch_config_errors_name_the_field(tmp_path, text, field):
    path = tmp_path / "feeds.toml"
    path.write_text(text)
    with pytest.raises(InputError) as err:
        load_feeds(path)
    assert err.value.code == "E109" and err.value.field == field
    assert str(path) in str(err.value)


def test_watch_config_syntax_error_has_a_line(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text('[[feed]]\nname = "x"\nurl = \n')
    with pytest.raises(InputError) as err:
        load_feeds(path)
    assert err.value.code == "E109" and err.value.line == 3


def test_watch_durations():
    assert parse_duration("30s") == 30 and parse_duration("5m") == 300
    assert parse_duration("1h") == 3600 and parse_duration(45) == 45


def test_watch_cli_once_and_bad_config(world, monkeypatch):
    from typer.testing import CliRunner

    from rightsradar.cli import get_app

    feed, inbox, settings, store, conf = world
    feed.add("arrest", "Defender arrested in Cusco", ARREST)
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("RIGHTSRADAR_EXTRACTOR", "extract.pipeline.rules.v1")
    monkeypatch.setenv("RIGHTSRADAR_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("RIGHTSRADAR_SMTP_PORT", str(settings.smtp_port))
    result = CliRunner().invoke(get_app(), ["watch", "--feeds", str(conf), "--once"])
    assert result.exit_code == 0, result.output
    assert "polled 1: 1 new" in result.output and "alerts 3 sent" in result.output
    bad = conf.parent / "bad.toml"
    bad.write_text("[[feed]]\n")
    result = CliRunner().invoke(get_app(), ["watch", "--feeds", str(bad)])
    assert result.exit_code == 2 and "E109" in result.output
