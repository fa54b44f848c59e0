"""`rightsradar backtest`: rolling-origin backtests of the early-warning models."""

from __future__ import annotations

import json
import math
from pathlib import Path

import typer

from .app import app
from .common import console, friendly_errors


@app.command("backtest")
@friendly_errors
def backtest(
    history: Path | None = typer.Option(
        None,
        "--history",
        help="ACLED-style CSV (event_date, country, admin1, event_type, "
        "sub_event_type, fatalities) or a demo incidents_truth.jsonl; the demo world when "
        "left out.",
    ),
    seed: int = typer.Option(7, help="Seed of the demo world."),
    months: int = typer.Option(36, help="Length of the demo world in months."),
    incidents: int = typer.Option(3000, help="Incidents in the demo world."),
    models: list[str] = typer.Option(
        ["risk", "surge", "forecast"], "--model", help="Which backtests to run (repeatable)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON on stdout."),
) -> None:
    """Backtest escalation risk, surge detection and forecasts at rolling origins.

    Risk needs person ids (the demo world or a truth file); an ACLED-style CSV has none, so
    only surges and forecasts run on it. Every model sees only what was known at each
    origin. The risk backtest refits at every origin and takes minutes.
    """
    from ..analyze import backtest as bt
    from ..analyze.history import from_acled_csv, from_demo, from_truth_jsonl

    if history is None:
        events = from_demo(seed, months=months, n_incidents=incidents)
        source = f"demo world (seed {seed}, {months} months, {incidents} incidents)"
    elif history.suffix == ".jsonl":
        events, source = from_truth_jsonl(history), str(history)
    else:
        events, source = from_acled_csv(history), str(history)
    console.print(f"{len(events)} events from {source}", highlight=False)
    results: dict[str, dict] = {}
    has_persons = any(e.person_ids for e in events)
    for name in models:
        if name == "risk" and not has_persons:
            console.print("risk: skipped (no person ids in this history)")
            continue
        fn = {"risk": bt.backtest_risk, "surge": bt.backtest_surges,
              "forecast": bt.backtest_forecast}.get(name)  # fmt: skip
        if fn is None:
            raise typer.BadParameter(f"unknown model '{name}'", param_hint="--model")
        results[name] = fn(events)
        figures = ", ".join(f"{k} {_fmt(v)}" for k, v in results[name].items())
        console.print(f"{name}: {figures}", highlight=False)
    if as_json:
        typer.echo(json.dumps(results, indent=1, default=str))


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return "n/a" if math.isnan(v) else f"{v:.3f}"
    return str(v)
