"""`rightsradar run` and `rightsradar stats`."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum

import typer
from rich.markup import escape
from rich.table import Table

from ..progress import RichReporter
from .app import app
from .common import console, friendly_errors, get_store, load_settings


@app.command("run")
@friendly_errors
def run_pipeline() -> None:
    """Extract pending articles, resolve them into incidents and fire alerts (safe to re-run)."""
    from ..pipeline import run

    settings = load_settings()
    store = get_store(settings)
    with RichReporter(console) as reporter:
        rep = run(store, settings, reporter=reporter)
    ex, rs, al = rep.extract, rep.resolve, rep.alerts
    n_unread = getattr(ex, "n_unread", 0)
    unread = f", {n_unread} in languages the model does not read" if n_unread else ""
    digests = (f"; digests {al.n_digests_sent} sent, {al.n_digests_failed} failed"
               if al.n_digests_sent or al.n_digests_failed else "")  # fmt: skip
    console.print(
        f"extracted {getattr(ex, 'n_articles', 0)} ({getattr(ex, 'n_relevant', 0)} relevant, "
        f"{getattr(ex, 'n_failed', 0)} failed{unread}); resolved {rs.n_articles}: "
        f"{rs.n_new_incidents} new incidents, {rs.n_joined} joined, {rs.n_duplicates} copies; "
        f"alerts {al.n_sent} sent, {al.n_failed} failed, {al.n_deferred} deferred"
        f"{digests} ({rep.seconds:.1f}s)",
        highlight=False,
    )


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("stats")
@friendly_errors
def stats(
    sdg: str | None = typer.Option(
        None, "--sdg", help="Indicator to compute: 16.10.1. Without it, a summary."
    ),
    year: int | None = typer.Option(None, "--year", help="Only incidents of this year."),
    status: list[str] = typer.Option(
        ["verified"], "--status", help="Incident statuses to count (repeatable)."
    ),
    by: list[str] = typer.Option(
        ["country", "victim_group", "sex", "perpetrator_type", "most_serious"],
        "--by",
        help="Dimensions (repeatable): country, victim_group, sex, perpetrator_type, "
        "most_serious, sdg_category, year.",
    ),
    fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json."),
) -> None:
    """SDG 16.10.1 victim counts (verified incidents by default), or a summary of the store.

    Counts are of victims, not articles; see `rightsradar.analyze.sdg` for the rules.
    """
    settings = load_settings()
    store = get_store(settings)
    if sdg is None:
        from ..analyze.summary import summary

        typer.echo(json.dumps(summary(store), indent=2, default=str))
        return
    if sdg != "16.10.1":
        console.print(f"[red]error[/red] unsupported indicator '{escape(sdg)}': use 16.10.1")
        raise typer.Exit(2)
    from ..analyze.sdg import victim_counts

    try:
        rows = victim_counts(store, year=year, statuses=tuple(status), by=tuple(by))
    except ValueError as exc:
        console.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    cols = [*by, "victims"]
    if fmt is Format.json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt is Format.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        typer.echo(buf.getvalue(), nl=False)
    else:
        table = Table(*cols, title=f"SDG 16.10.1 victims ({', '.join(status)})")
        for r in rows:
            table.add_row(*(escape(str(r[c]) if r[c] is not None else "–") for c in cols))
        typer.echo(render_table(table))


def render_table(table: Table) -> str:
    """A rich table as plain text, 160 columns wide (for pipes and tests)."""
    from rich.console import Console

    out = Console(file=io.StringIO(), width=160, color_system=None)
    out.print(table)
    return out.file.getvalue()  # type: ignore[attr-defined]
