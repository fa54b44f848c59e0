"""`rightsradar alerts ...`: alert rules and the alerts they fired."""

from __future__ import annotations

from enum import StrEnum

import typer
from rich.markup import escape
from rich.table import Table

from ..alert.kinds import CHANNELS, DIGESTS, RULE_KINDS
from .app import app
from .common import console, friendly_errors, get_store, load_settings
from .pipeline import render_table

alerts_app = typer.Typer(help="Alert rules and the alerts they fired.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


# The choices the command line offers are the store's, so a new kind is added once.
RuleKind = StrEnum("RuleKind", {k: k for k in RULE_KINDS})  # type: ignore[misc]
ChannelName = StrEnum("ChannelName", {c: c for c in CHANNELS})  # type: ignore[misc]
Digest = StrEnum("Digest", {d: d for d in DIGESTS})  # type: ignore[misc]


@alerts_app.command("add-rule")
@friendly_errors
def add_rule(
    name: str = typer.Option(..., "--name", help="A unique name for the rule."),
    kind: RuleKind = typer.Option(..., "--kind", help="What the pattern is matched against."),
    pattern: str = typer.Option(
        ...,
        "--pattern",
        help="Watched name, country, violation type or victim group; "
        "for surge, a country or * for all; for risk, the escalation "
        "risk (0-1) of a victim to alert at, e.g. 0.6.",
    ),
    channel: ChannelName = typer.Option(ChannelName.log, "--channel", help="How to deliver."),
    target: str | None = typer.Option(
        None, "--target", help="Webhook URL, or e-mail addresses separated by commas."
    ),
    digest: Digest | None = typer.Option(
        None,
        "--digest",
        help="daily: send the rule's alerts of each UTC day together, in one "
        "message after the day is over. Left out: each alert at once.",
    ),
) -> None:
    """Add an alert rule (audited). It applies to incidents created or changed from now on."""
    from ..store import alerts as alert_store

    store = get_store(load_settings())
    with store.session() as s:
        rule = alert_store.add_rule(
            s,
            name=name,
            kind=kind.value,
            pattern=pattern,
            channel=channel.value,
            target=target,
            digest=digest.value if digest else None,
        )
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
    table = Table("id", "name", "kind", "pattern", "channel", "target", "digest", "enabled")
    with store.session() as s:
        for r in alert_store.list_rules(s):
            table.add_row(
                str(r.id),
                escape(r.name),
                r.kind,
                escape(r.pattern),
                r.channel,
                escape(r.target or ""),
                r.digest or "",
                "yes" if r.enabled else "no",
            )
    typer.echo(render_table(table))


@alerts_app.command("list")
@friendly_errors
def list_alerts(
    status: str | None = typer.Option(None, "--status", help="pending, sent or failed."),
) -> None:
    """List fired alerts with their delivery state, then the digests of digest rules (an
    alert sent in a digest names it)."""
    from ..store import alerts as alert_store

    store = get_store(load_settings())
    table = Table("id", "rule", "incident", "status", "attempts", "sent at", "digest",
                  "last error", title="Alerts")  # fmt: skip
    digests = Table("id", "rule", "period", "status", "attempts", "alerts", "sent at",
                    "last error", title="Digests")  # fmt: skip
    with store.session() as s:
        for a in alert_store.list_alerts(s, status=status):
            table.add_row(str(a.id), str(a.rule_id), str(a.incident_id), a.status,
                          str(a.attempts), str(a.sent_at or ""), str(a.digest_id or ""),
                          escape(a.last_error or ""))  # fmt: skip
        sizes = alert_store.digest_sizes(s)
        found = alert_store.list_digests(s, status=status)
        for d in found:
            digests.add_row(str(d.id), str(d.rule_id), d.period, d.status, str(d.attempts),
                            str(sizes.get(d.id, 0)), str(d.sent_at or ""),
                            escape(d.last_error or ""))  # fmt: skip
    typer.echo(render_table(table))
    if found:
        typer.echo(render_table(digests))
