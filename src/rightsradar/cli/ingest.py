"""`rightsradar ingest PATH_OR_URL...`: store articles from files, feeds and pages."""

from __future__ import annotations

import typer
from rich.markup import escape

from ..ingest.readers import FORMATS
from ..progress import RichReporter
from .app import app
from .common import console, friendly_errors, get_store, load_settings

# Printed errors are capped so a broken file of a million lines does not flood the terminal;
# the count is always complete.
MAX_SHOWN_ERRORS = 200


@app.command()
@friendly_errors
def ingest(
    locations: list[str] = typer.Argument(
        ...,
        metavar="PATH_OR_URL...",
        help="Files (JSONL, CSV, RSS/Atom, HTML, HRDsAttack JSON) or http(s) URLs.",
    ),
    format: str | None = typer.Option(
        None, "--format", "-f", help=f"Force the input format: {', '.join(FORMATS)}."
    ),
    source: str | None = typer.Option(
        None, "--source", "-s", help="Outlet name for records that do not name their own."
    ),
    fetch_pages: bool = typer.Option(
        False, "--fetch-pages", help="For feeds, fetch each entry's page and keep its main text."
    ),
    allow_private_hosts: bool = typer.Option(
        False,
        "--allow-private-hosts",
        help="Allow URLs on private, loopback or link-local addresses (trusted networks only).",
    ),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="Records per transaction."),
) -> None:
    """Store articles from files, feeds and web pages, each once (safe to re-run).

    Malformed records are reported with file and line; the good ones are stored. An
    interrupted run continues where it stopped. Exit status 2 when a location cannot be
    read at all.
    """
    from ..ingest.service import ingest as run_ingest

    settings = load_settings()
    store = get_store(settings)
    with RichReporter(console) as reporter:
        report = run_ingest(
            store,
            settings,
            locations,
            format=format,
            source=source,
            allow_private=allow_private_hosts,
            fetch_pages=fetch_pages,
            reporter=reporter,
            batch_size=batch_size,
        )
    for err in report.errors[:MAX_SHOWN_ERRORS]:
        console.print(f"[red]error[/red] {escape(str(err))}", highlight=False)
    if len(report.errors) > MAX_SHOWN_ERRORS:
        console.print(f"… and {len(report.errors) - MAX_SHOWN_ERRORS} more errors")
    for location in report.skipped:
        console.print(f"skipped {location}: already ingested and unchanged", highlight=False)
    console.print(
        f"{report.new} new, {report.duplicates} duplicates, {len(report.errors)} errors",
        highlight=False,
    )
    if report.failed:
        raise typer.Exit(2)
