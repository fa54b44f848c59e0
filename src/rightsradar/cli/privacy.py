"""`rightsradar audit verify`, `rightsradar forget`, `rightsradar retention`: the privacy
lifecycle of stored data."""

from __future__ import annotations

import typer

from ..errors import ConfigError
from .app import app
from .common import console, friendly_errors, get_store, load_settings

audit_app = typer.Typer(help="The audit log of changes and reads of personal data.",
                        no_args_is_help=True)  # fmt: skip
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
@friendly_errors
def verify(
    expect: list[str] = typer.Option(
        [], "--expect", help="An anchor ID:HASH kept offline from an earlier run (repeatable)."
    ),
) -> None:
    """Check every audit record's hash and link, and that the newest records are all there.

    The head anchor file in the data directory is checked and any --expect anchor; the
    current head is printed on stdout: keep it somewhere the database's administrators
    cannot write, and pass it with --expect next time. Exit status 1 on any problem.
    """
    from ..privacy.audit_anchor import Anchor, anchor_path, check, read_anchor

    settings = load_settings()
    anchors = [Anchor.parse(e) for e in expect]
    stored = read_anchor(anchor_path(settings))
    if stored is not None:
        anchors.append(stored)
    store = get_store(settings)
    try:
        with store.session() as s:
            result = check(s, anchors)
    finally:
        store.dispose()
    for problem in result.problems:
        console.print(f"[red]E604[/red] {problem}", highlight=False)
    if stored is None and result.n_records:
        console.print(f"[yellow]warning[/yellow] no head anchor at {anchor_path(settings)}: "
                      "deletion of the newest records cannot be detected without one")  # fmt: skip
    if result.head is not None:
        typer.echo(str(result.head))  # stdout: the anchor to keep offline
    if not result.ok:
        raise typer.Exit(1)
    console.print(f"audit log intact: {result.n_records} record(s), "
                  f"{len(anchors)} anchor(s) checked")  # fmt: skip


@app.command("forget")
@friendly_errors
def forget(
    person_id: int = typer.Argument(..., help="Id of the person whose data is erased."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
    actor: str = typer.Option("cli", help="Who asked for the erasure (for the audit log)."),
) -> None:
    """Erase one person's personal data everywhere and compact the database.

    Removes the person's name, aliases and notes, their name on every mention, in article
    titles, text and URLs, incident titles and claims, alert payloads and watch-list
    rules; keeps the incidents with unnamed victims; cannot be undone.
    """
    from ..privacy.erasure import forget as erase

    if not yes and not typer.confirm(f"Erase person {person_id}'s personal data? "
                                     "This cannot be undone", err=True):  # fmt: skip
        raise typer.Exit(1)
    store = get_store(load_settings())
    try:
        report = erase(store, person_id, actor=actor)
    finally:
        store.dispose()
    console.print(
        f"person {person_id} erased: {report.mentions} mention(s), {report.articles} "
        f"article(s), {report.incidents} incident(s), {report.alerts} alert(s), "
        f"{report.rules} watch-list rule(s); database compacted"
    )  # fmt: skip
    console.print("Backups and replicas still hold the data until they expire or are "
                  "rebuilt (see docs/security.md).")  # fmt: skip


@app.command("retention")
@friendly_errors
def retention(
    dry_run: bool = typer.Option(False, "--dry-run", help="Report what would go; change nothing."),
    days: int = typer.Option(
        None, "--days", min=1, help="Override RIGHTSRADAR_RETENTION_DAYS for this run."
    ),  # fmt: skip
) -> None:
    """Purge raw article text older than the retention period; incidents stay."""
    from ..privacy.retention import purge_expired

    settings = load_settings()
    keep = days or settings.retention_days
    if keep is None:
        raise ConfigError("E602", "no retention period is set",
                          field="RIGHTSRADAR_RETENTION_DAYS",
                          hint="set RIGHTSRADAR_RETENTION_DAYS or pass --days")  # fmt: skip
    store = get_store(settings)
    try:
        report = purge_expired(store, keep, dry_run=dry_run)
    finally:
        store.dispose()
    verb = "would purge" if dry_run else "purged"
    oldest = f", oldest ingested {report.oldest:%Y-%m-%d}" if report.oldest else ""
    console.print(f"{verb} the text of {report.purged} article(s) ingested before "
                  f"{report.cutoff:%Y-%m-%d %H:%M}{oldest}; {report.waiting} older "
                  "article(s) not yet processed are kept")  # fmt: skip
