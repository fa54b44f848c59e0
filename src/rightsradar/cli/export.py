"""`rightsradar export ...`: files for partners and scripts, never with a name in them.

``export incidents`` writes the analyst export of the web app (structured fields, the title
redacted, one keyed pseudonym per victim). ``export synthetic`` writes differentially
private synthetic victim rows (``privacy.synthetic``), charged to the ``partners`` privacy
budget, and reports how far their one- and two-way marginals are from the true ones.
Every run is audited (who, what, how many rows; never a name or a file name).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from .app import app
from .common import console, friendly_errors, get_store, load_settings

if TYPE_CHECKING:
    from ..privacy.dp import Ledger, NoisyRelease, Spend
    from ..store import Store

export_app = typer.Typer(help="Export incidents (pseudonymised, redacted) or DP synthetic "
                         "microdata for partners.", no_args_is_help=True)  # fmt: skip
app.add_typer(export_app, name="export")

SCOPE = "partners"
# Total privacy loss every synthetic release to partners may spend together, unless the
# data protection officer decides otherwise (--budget).
PARTNER_BUDGET = 2.0
# Attributes of a synthetic victim row; the first is the root of the tree.
ATTRIBUTES = ("country", "year", "most_serious", "perpetrator_type", "victim_group", "sex")
# Chosen without looking at the data (so choosing it costs no privacy): each attribute
# hangs off the one it depends on most in the field's own reporting.
TREE = [("country", "year"), ("country", "most_serious"), ("most_serious", "perpetrator_type"),
        ("country", "victim_group"), ("victim_group", "sex")]  # fmt: skip
UNKNOWN = "unknown"


class IncidentFormat(StrEnum):
    csv = "csv"
    hxl = "hxl"
    geojson = "geojson"


def _one_of(values: Iterable[str], allowed: Iterable[str], option: str) -> None:
    """Refuse (exit 2, naming ``option``) any of ``values`` outside the vocabulary."""
    allowed = list(allowed)
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise typer.BadParameter(
            f"unknown {', '.join(unknown)}; use one of {', '.join(allowed)}", param_hint=option
        )


def _write(output: Path, text: str) -> None:
    if str(output) == "-":
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        console.print(f"[red]error[/red] cannot write {output}: {exc.strerror}", highlight=False)
        raise typer.Exit(2) from None


@export_app.command("incidents")
@friendly_errors
def incidents(
    output: Path = typer.Option(..., "-o", "--output", help="File to write ('-': stdout)."),
    fmt: IncidentFormat = typer.Option(
        IncidentFormat.csv, "--format", help="csv, hxl (CSV with HXL hashtags) or geojson."
    ),
    country: str | None = typer.Option(None, "--country", help="Only this country."),
    year: int | None = typer.Option(None, "--year", help="Only incidents of this year."),
    status: str | None = typer.Option(
        None, "--status", help="Only this status: detected, corroborated, verified or rejected."
    ),
    violation: str | None = typer.Option(
        None, "--violation", help="Only incidents with this violation type."
    ),
    actor: str = typer.Option("cli", help="Who exports (for the audit log)."),
) -> None:
    """Incidents as the analyst export of the web app: no names.

    One row per incident: date, place, violations, perpetrator type, victim groups and
    counts, status, sources, the title redacted (victims' names and aliases replaced by
    `[P-…]` pseudonyms, every other name found by `[NAME-n]`, e-mail addresses, phone
    numbers and other identifiers by `[EMAIL_ADDRESS]`…) and `victim_pseudonyms`, one keyed
    pseudonym per victim, the same token as in the title. Pseudonyms are keyed on
    RIGHTSRADAR_SECRET_KEY.
    """
    from ..domain.taxonomy import INCIDENT_STATUSES, VIOLATION_TYPES
    from ..store import audit, queries
    from ..web import exports

    _one_of([status] if status else [], INCIDENT_STATUSES, "--status")
    _one_of([violation] if violation else [], VIOLATION_TYPES, "--violation")
    f = queries.IncidentFilter(
        country=country, status=status, violation=violation,
        date_from=date(year, 1, 1) if year else None, date_to=date(year, 12, 31) if year else None,
    )  # fmt: skip
    settings = load_settings()
    store = get_store(settings)
    try:
        with store.session() as s:
            rows = exports.incident_rows(s, f, analyst=True, key=exports.pseudonym_key(settings))
            text = (
                exports.geojson_text(rows)
                if fmt is IncidentFormat.geojson
                else exports.to_csv(rows, exports.columns(True), hxl=fmt is IncidentFormat.hxl)
            )
            _write(output, text)
            filters = {
                k: v
                for k, v in {
                    "country": country,
                    "year": year,
                    "status": status,
                    "violation": violation,
                }.items()
                if v is not None
            }
            audit.record(
                s,
                actor=actor,
                action="export.incidents",
                object_type="incidents",
                object_id=None,
                after={
                    "format": fmt.value,
                    "rows": len(rows),
                    "analyst_columns": True,
                    "filters": filters,
                },
            )
    finally:
        store.dispose()
    console.print(f"{len(rows)} incident(s) written ({fmt.value}); no names, titles redacted")


# -- synthetic ---------------------------------------------------------------------------------
def domains(countries: list[str] | None, years: tuple[int, int]) -> dict[str, list[Any]]:
    """The public domain of every attribute: the project's vocabulary, a country list
    (given, or every country of the gazetteer) and a year range, never the data's values."""
    from ..domain.taxonomy import PERPETRATOR_TYPES, SEVERITY_ORDER, SEXES, VICTIM_GROUPS
    from ..extract.geo import gazetteer

    if countries is None:
        countries = sorted({c[1] for c in gazetteer().countries})
    return {
        "country": [*countries, UNKNOWN],
        "year": [*range(years[0], years[1] + 1), UNKNOWN],
        "most_serious": [*SEVERITY_ORDER, UNKNOWN],
        "perpetrator_type": list(PERPETRATOR_TYPES),
        "victim_group": list(VICTIM_GROUPS),
        "sex": list(SEXES),
    }


def victim_rows(store: Store, statuses: tuple[str, ...],
                doms: dict[str, list[Any]]) -> list[dict[str, Any]]:  # fmt: skip
    """One row per victim by the SDG 16.10.1 counting rules (``analyze.sdg``); a value
    outside its public domain becomes its domain's "unknown" value."""
    from ..analyze.sdg import UNKNOWN_GROUP, incident_victims
    from ..store import incidents as incident_store

    fallback = {"country": UNKNOWN, "year": UNKNOWN, "most_serious": UNKNOWN,
                "perpetrator_type": "insufficient info", "victim_group": UNKNOWN_GROUP,
                "sex": "unknown"}  # fmt: skip
    allowed = {a: set(v) for a, v in doms.items()}
    rows = []
    with store.session() as s:
        incs = incident_store.list_incidents(s, statuses=statuses)
        victims = incident_victims(s, [i.id for i in incs])
        for inc in incs:
            # An incident describing no victim counts one, of unknown group (as in the SDG).
            for groups, sex in [(v.groups, v.sex) for v in victims.get(inc.id) or []] or [
                ({UNKNOWN_GROUP}, "unknown")
            ]:
                row = {"country": inc.country,
                       "year": inc.event_date.year if inc.event_date else None,
                       "most_serious": inc.most_serious, "perpetrator_type": inc.perpetrator_type,
                       # One row per victim: a victim of several groups counts under one.
                       "victim_group": sorted(groups)[0] if groups else None,
                       "sex": sex}  # fmt: skip
                rows.append({a: x if x in allowed[a] else fallback[a] for a, x in row.items()})
    return rows


@dataclass
class _DryRun:
    """A ledger that answers from the real one but records instead of charging: what a
    release would cost, found before anything is charged."""

    real: Ledger
    cost: list[Spend] = field(default_factory=list)

    def spent(self, scope: str) -> Spend:
        return self.real.spent(scope)

    def cached(self, scope: str, query: str) -> NoisyRelease | None:
        return self.real.cached(scope, query)

    def charge(self, scope: str, release: NoisyRelease, budget: Spend) -> NoisyRelease:
        self.cost.append(release.spend)
        return release


@export_app.command("synthetic")
@friendly_errors
def synthetic(
    output: Path = typer.Option(..., "-o", "--output", help="CSV file to write ('-': stdout)."),
    epsilon: float = typer.Option(..., "--epsilon", help="Privacy loss of this release."),
    rows: int | None = typer.Option(
        None, "--rows", min=1, help="Rows to generate (default: the noisy victim count)."
    ),
    report: Path | None = typer.Option(
        None, "--report", help="Write the utility report (JSON) here."
    ),
    status: list[str] = typer.Option(
        ["verified"], "--status", help="Incident statuses whose victims count (repeatable)."
    ),
    country: list[str] = typer.Option(
        [], "--country", help="The public country list (repeatable; default: every country)."
    ),
    years: str = typer.Option(
        f"{date.today().year - 9}-{date.today().year}",
        "--years",
        help="The public year range, FIRST-LAST.",
    ),
    budget: float = typer.Option(
        PARTNER_BUDGET, "--budget", help="Total epsilon all synthetic releases may spend."
    ),
    seed: int | None = typer.Option(None, "--seed", help="Seed of the sampling (not the noise)."),
    actor: str = typer.Option("cli", help="Who exports (for the audit log)."),
) -> None:
    """Differentially private synthetic victim rows for partners, with a utility report.

    One row per synthetic victim: country, year, most serious violation, perpetrator type,
    victim group, sex. Sampled from noisy one- and two-way marginals (OpenDP), charged to
    the `partners` budget in the database's privacy ledger; a release that would go past
    --budget is refused (E601) before anything is spent. The same data, epsilon and domains
    again give the same marginals at no cost. The utility report (total variation distance
    of every one- and two-way marginal, 0 = identical) reads the true data: it is for the
    data owner, not for partners. Values outside the public domains (--country, --years)
    count as "unknown": narrowing the country list to the countries you monitor makes the
    rows far more useful.
    """
    from ..domain.taxonomy import INCIDENT_STATUSES
    from ..privacy.dp import Spend, check_budget
    from ..privacy.ledger import installation_ledger
    from ..privacy.synthetic import snapshot_name, synthesize, utility_report
    from ..store import audit
    from ..web.exports import pseudonym_key, to_csv

    _one_of(status, INCIDENT_STATUSES, "--status")
    try:
        first, last = (int(y) for y in years.split("-"))
    except ValueError:
        raise typer.BadParameter("give FIRST-LAST, e.g. 2016-2025", param_hint="--years") from None
    if first > last:
        raise typer.BadParameter("the first year is after the last", param_hint="--years")
    settings = load_settings()
    doms = domains(sorted(set(country)) or None, (first, last))
    store = get_store(settings)
    ledger = installation_ledger(store, settings.data_dir)
    try:
        true_rows = victim_rows(store, tuple(status), doms)
        # Keyed with the installation's pseudonym key: the ledger cannot be used to test
        # candidate datasets against it.
        snapshot = snapshot_name(true_rows, pseudonym_key(settings))
        args: dict[str, Any] = {"epsilon": epsilon, "budget": Spend(budget),
                                "dataset": snapshot, "tree": TREE,
                                "scope": SCOPE, "n": rows, "seed": seed}  # fmt: skip
        dry = _DryRun(ledger)
        synthesize(true_rows, doms, ledger=dry, **args)
        cost = Spend(sum(c.epsilon for c in dry.cost))
        if cost.epsilon > 0:
            check_budget(ledger.spent(SCOPE), cost, Spend(budget), SCOPE)
        before = ledger.spent(SCOPE).epsilon
        syn = synthesize(true_rows, doms, ledger=ledger, **args)
        charged = ledger.spent(SCOPE).epsilon - before
        utility = utility_report(true_rows, syn.rows, doms)
        _write(output, to_csv(syn.rows, [(a, "") for a in ATTRIBUTES], hxl=False))
        summary = {
            "rows": len(syn.rows),
            "epsilon": epsilon,
            "charged_epsilon": round(charged, 6),
            "scope": SCOPE,
            "scope_spent_epsilon": round(ledger.spent(SCOPE).epsilon, 6),
            "budget": budget,
            "measured": [list(m) for m in syn.measured],
            "tree": [list(e) for e in syn.tree],
            "utility": utility,
            "note": "the utility report reads the true data: for the data owner only",
        }
        if report is not None:
            _write(report, json.dumps(summary, indent=2) + "\n")
        with store.session() as s:
            audit.record(
                s,
                actor=actor,
                action="export.synthetic",
                object_type="export",
                object_id=None,
                after={
                    "rows": len(syn.rows),
                    "epsilon": epsilon,
                    "charged_epsilon": summary["charged_epsilon"],
                    "scope": SCOPE,
                    "statuses": sorted(status),
                },
            )
    finally:
        store.dispose()
    console.print(
        f"{len(syn.rows)} synthetic row(s) written; epsilon {charged:.3g} charged "
        f"(scope '{SCOPE}': {summary['scope_spent_epsilon']:.3g} of {budget:.3g} spent)"
    )
    console.print(
        f"marginal error (total variation distance): one-way mean "
        f"{utility['mean_1way_tvd']:.3f}, two-way mean {utility['mean_2way_tvd']:.3f}"
    )
    for name, tvd in utility.items():
        if not name.startswith("mean_"):
            console.print(f"  {name}: {tvd:.3f}", highlight=False)
