"""`rightsradar run`, `rightsradar alerts ...` and `rightsradar stats`."""

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
    console.print(
        f"extracted {getattr(ex, 'n_articles', 0)} ({getattr(ex, 'n_relevant', 0)} relevant, "
        f"{getattr(ex, 'n_failed', 0)} failed); resolved {rs.n_articles}: "
        f"{rs.n_new_incidents} new incidents, {rs.n_joined} joined, {rs.n_duplicates} copies; "
        f"alerts {al.n_sent} sent, {al.n_failed} failed, {al.n_deferred} deferred "
        f"({rep.seconds:.1f}s)",
        highlight=False,
    )


alerts_app = typer.Typer(help="Alert rules and the alerts they fired.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


class RuleKind(StrEnum):
    watchlist = "watchlist"
    country = "country"
    violation = "violation"
    victim_group = "victim_group"
    surge = "surge"


class ChannelName(StrEnum):
    webhook = "webhook"
    email = "email"
    log = "log"


@alerts_app.command("add-rule")
@friendly_errors
def add_rule(
    name: str = typer.Option(..., "--name", help="A unique name for the rule."),
    kind: RuleKind = typer.Option(..., "--kind", help="What the pattern is matched against."),
    pattern: str = typer.Option(..., "--pattern",
                                help="Watched name, country, violation type or victim group; "
                                "for surge, a country or * for all."),
    channel: ChannelName = typer.Option(ChannelName.log, "--channel", help="How to deliver."),
    target: str | None = typer.Option(
        None, "--target", help="Webhook URL, or e-mail addresses separated by commas."
    ),
) -> None:
    """Add an alert rule (audited). It applies to incidents created or changed from now on."""
    from ..store import alerts as alert_store

    store = get_store(load_settings())
    with store.session() as s:
        rule = alert_store.add_rule(s, name=name, kind=kind.value, pattern=pattern,
                                    channel=channel.value, target=target)
        console.print(f"rule {rule.id} added", highlight=False)


@alerts_app.command("remove-rule")
@friendly_errors
def remove_rule(rule_id: int = typer.Argument(..., help="Id shown by `alerts rules`.")) -> None:
    """Remove an alert rule and its alerts (audited)."""
    from ..store import alerts as alert_store

    store = get_store(load_settings())
    with store.session() as s:
        alert_store.remove_rule(s, rule_id)
    console.print(f"rule {rule_id} removed", highlight=False)


@alerts_app.command("rules")
@friendly_errors
def rules() -> None:
    """List alert rules (watchlist patterns are names: shown only on this terminal)."""
    from ..store import alerts as alert_store

    store = get_store(load_settings())
    table = Table("id", "name", "kind", "pattern", "channel", "target", "enabled")
    with store.session() as s:
        for r in alert_store.list_rules(s):
            table.add_row(str(r.id), escape(r.name), r.kind, escape(r.pattern), r.channel,
                          escape(r.target or ""), "yes" if r.enabled else "no")
    typer.echo(_render(table))


@alerts_app.command("list")
@friendly_errors
def list_alerts(
    status: str | None = typer.Option(None, "--status", help="pending, sent or failed."),
) -> None:
    """List fired alerts with their delivery state."""
    from ..store import alerts as alert_store

    store = get_store(load_settings())
    table = Table("id", "rule", "incident", "status", "attempts", "sent at", "last error")
    with store.session() as s:
        for a in alert_store.list_alerts(s, status=status):
            table.add_row(str(a.id), str(a.rule_id), str(a.incident_id), a.status,
                          str(a.attempts), str(a.sent_at or ""), escape(a.last_error or ""))
    typer.echo(_render(table))


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("stats")
@friendly_errors
def stats(
    sdg: str | None = typer.Option(None, "--sdg",
                                   help="Indicator to compute: 16.10.1. Without it, a summary."),
    year: int | None = typer.Option(None, "--year", help="Only incidents of this year."),
    status: list[str] = typer.Option(["verified"], "--status",
                                     help="Incident statuses to count (repeatable)."),
    by: list[str] = typer.Option(
        ["country", "victim_group", "sex", "perpetrator_type", "most_serious"], "--by",
        help="Dimensions (repeatable): country, victim_group, sex, perpetrator_type, "
        "most_serious, sdg_category, year."),
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
        typer.echo(_render(table))


def _render(table: Table) -> str:
    from rich.console import Console

    out = Console(file=io.StringIO(), width=160, color_system=None)
    out.print(table)
    return out.file.getvalue()  # type: ignore[attr-defined]
