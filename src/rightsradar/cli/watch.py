"""`rightsradar watch`: poll feeds on their schedules and run the pipeline on what is new."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import typer

from .app import app
from .common import console, friendly_errors, get_store, load_settings


@app.command("watch")
@friendly_errors
def watch(
    feeds: Path = typer.Option(..., "--feeds", help="FEEDS.toml: the feeds and their schedules."),
    once: bool = typer.Option(False, "--once", help="Poll every feed once, then stop."),
) -> None:
    """Poll the configured feeds; new articles go through extract, resolve and alerts.

    Runs until interrupted (Ctrl-C or SIGTERM finish the current cycle, then stop). The
    models are loaded once, so an article reaches the alert channels within its feed's
    polling interval plus the processing time.
    """
    from ..watch import Cycle, Watcher, load_feeds

    settings = load_settings()
    configs = load_feeds(feeds)
    watcher = Watcher(get_store(settings), settings, configs)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    console.print(f"watching {len(configs)} feed(s)", highlight=False)

    def report(c: Cycle) -> None:
        r = c.run
        alerts = f", alerts {r.alerts.n_sent} sent" if r else ""
        incidents = f", {len(r.resolve.incident_ids)} incidents changed" if r else ""
        failed = f", {len(c.failed)} feed(s) failed" if c.failed else ""
        n_unread = getattr(r.extract, "n_unread", 0) if r else 0
        unread = f" ({n_unread} in languages the model does not read)" if n_unread else ""
        console.print(f"polled {len(c.polled)}: {c.new_articles} new{unread}{incidents}{alerts}"
                      f"{failed}", highlight=False)  # fmt: skip

    watcher.run_forever(stop, on_cycle=report, max_cycles=1 if once else None)
