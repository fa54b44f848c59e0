"""Latency from an article landing in a watched feed to the webhook receiving its alert.

Usage::

    .venv/bin/python benchmarks/alert_latency.py [--n 30] [--every 0.2] [--model NAME]
        [--background 500]

A local HTTP server serves an RSS feed and receives webhooks. A watcher (the same code as
`rightsradar watch`, models loaded once) polls the feed every ``--every`` seconds against a
fresh SQLite database that already holds ``--background`` demo-corpus articles (run
through the pipeline first, so resolution compares against a populated store). An alert
rule watches arbitrary detention; ``--n`` different defenders are then reported arrested,
each in a new item (a new incident: another person, city and date), one at a time: the
clock starts when the item is added to the feed and stops when the webhook for it arrives.
Prints median, p95 and max. The polling interval is part of the latency, as for a user.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from rightsradar.pipeline import Components, run
from rightsradar.settings import Settings
from rightsradar.store import alerts as alert_store
from rightsradar.store import open_store
from rightsradar.watch import FeedConfig, Watcher

FIRST = ["Lucía", "Rosa", "Juana", "Carmen", "Elena", "Marta", "Inés", "Teresa", "Pilar", "Ana"]
LAST = ["Quispe", "Mamani", "Huamán", "Condori", "Choque", "Flores", "Ccama", "Apaza",
        "Yupanqui", "Sonco", "Villca", "Turpo"]  # fmt: skip
PLACES = [("Cusco", "Peru"), ("Arequipa", "Peru"), ("Puno", "Peru"), ("La Paz", "Bolivia"),
          ("Cochabamba", "Bolivia"), ("Quito", "Ecuador"), ("Cuenca", "Ecuador"),
          ("Medellín", "Colombia"), ("Cali", "Colombia"), ("Lima", "Peru")]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


TEMPLATES = (
    "Police in {city}, {country}, arrested human rights defender {who} on {date} at her "
    "office. She leads a land rights organisation and had reported threats; officers "
    "detained her without a warrant, her lawyer said.",
    "{who}, a journalist who covered corruption in {city}, was detained by soldiers on "
    "{date}, according to the national press union of {country}. Her family does not know "
    "where she is held.",
    "Trade unionist {who} was taken into custody in {city} on {date} after leading a strike "
    "at a mine, colleagues told reporters. The {country} labour federation demanded her "
    "release.",
    "Security agents raided the home of environmental activist {who} in {city} on {date} "
    "and arrested her, witnesses said. Rights groups in {country} condemned the detention.",
)


def _item(i: int) -> str:
    city, country = PLACES[i % len(PLACES)]
    day = date(2025, 1, 1) + timedelta(days=9 * i)
    who = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}-{i}"
    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    text = TEMPLATES[i % len(TEMPLATES)].format(city=city, country=country, who=who, date=when)
    return (f"<item><title>Defender detained in {city} ({i})</title>"
            f"<link>https://news.example.org/bench-{i}</link><guid>bench-{i}</guid>"
            f"<description>{text}</description></item>")  # fmt: skip


class Local:
    """The feed and the webhook receiver on one local server."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.arrivals: list[tuple[float, dict]] = []
        self.got = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>'
                        + "".join(outer.items) + "</channel></rss>").encode()  # fmt: skip
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802
                payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.arrivals.append((time.perf_counter(), payload))
                outer.got.set()
                self.send_response(200)
                self.end_headers()

            def log_message(self, *a: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"


def _background(store, settings, n: int, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    if n <= 0:
        return
    from rightsradar.demo.generator import generate
    from rightsradar.ingest.service import ingest

    paths = generate(workdir / "demo", seed=7)
    lines = paths.articles.read_text(encoding="utf-8").splitlines()[:n]
    sample = workdir / "background.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest(store, settings, [str(sample)])
    run(store, settings)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--every", type=float, default=0.2)
    ap.add_argument("--model", default=None, help="extractor (default: the settings' default)")
    ap.add_argument("--background", type=int, default=500)
    args = ap.parse_args()
    local = Local()
    with tempfile.TemporaryDirectory() as tmp:
        extra = {"extractor": args.model} if args.model else {}
        settings = Settings(data_dir=Path(tmp), alert_backoff_s=0, **extra)
        store = open_store(settings.resolved_database_url, upgrade=True)
        t0 = time.perf_counter()
        _background(store, settings, args.background, Path(tmp))
        print(f"background: {args.background} articles stored and processed in "
              f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
        with store.session() as s:
            alert_store.add_rule(s, name="bench", kind="violation", pattern="arbitrary detention",
                                 channel="webhook", target=f"{local.url}/hook")  # fmt: skip
        feed = FeedConfig(name="Bench", url=f"{local.url}/feed", every_s=args.every,
                          allow_private=True)  # fmt: skip
        watcher = Watcher(store, settings, [feed], components=Components.load(settings))
        stop = threading.Event()
        thread = threading.Thread(target=watcher.run_forever, args=(stop,), daemon=True)
        thread.start()
        time.sleep(2 * args.every)
        latencies = []
        for i in range(args.n):
            local.got.clear()
            n_before = len(local.arrivals)
            start = time.perf_counter()
            local.items.append(_item(i))
            if not local.got.wait(30):
                print(f"item {i}: no alert within 30 s")
                continue
            latencies.append(local.arrivals[n_before][0] - start)
            time.sleep(0.05)
        stop.set()
        thread.join(5)
    if not latencies:
        print("no alert arrived")
        return 1
    qs = (
        statistics.quantiles(latencies, n=20, method="inclusive")
        if len(latencies) >= 2
        else latencies * 19
    )
    print(f"alerts {len(latencies)}/{args.n}; polling every {args.every:g} s")
    print(f"latency median {statistics.median(latencies):.3f} s, p95 {qs[18]:.3f} s, "
          f"max {max(latencies):.3f} s (target p95 <= 1 s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
