"""`rightsradar evaluate` and `rightsradar evaluate-clusters`: score predictions against gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from .app import app
from .common import console, friendly_errors

GoldOpt = Annotated[Path, typer.Option("--gold", help="Gold: HRDsAttack JSON or annotation JSONL.")]
PredOpt = Annotated[Path, typer.Option("--pred", help="Predictions: Prediction JSONL.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the full report as JSON on stdout.")]


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _report_table(rep: dict[str, Any]) -> Table:
    table = Table(title=f"{rep['n_scored']} articles scored, {rep['missing']} without prediction")
    for col in ("attribute", "metric", "paper", "plain / P", "R", "n"):
        table.add_column(col, justify="left" if col in ("attribute", "metric") else "right")

    def prf(name: str, d: dict[str, Any]) -> None:
        table.add_row(
            name, "F1", _pct(d["f1"]), _pct(d["precision"]), _pct(d["recall"]), str(d["gold"])
        )

    if rep["relevance"]:
        prf("relevance", rep["relevance"])
    prf("perpetrator mention", rep["perpetrator_mention"])
    pt = rep["perpetrator_type"]
    table.add_row(
        "perpetrator type",
        "accuracy",
        _pct(pt["paper"]["accuracy"]),
        _pct(pt["plain"]["accuracy"]),
        "",
        str(pt["paper"]["n"]),
    )
    prf("violation types", rep["violation_types"])
    for mode, d in rep["victim_names"].items():
        prf(f"victim name ({mode})", d)
    plain_attrs = rep.get("victim_attributes_plain", {})
    for k, d in rep["victim_attributes"].items():
        p = plain_attrs.get(k)
        table.add_row(
            f"victim {k}",
            "accuracy",
            _pct(d["accuracy"]),
            _pct(p["accuracy"]) if p else "",
            "",
            str(d["n"]),
        )
    for k, d in {**rep["places"], **rep["dates"]}.items():
        table.add_row(
            k,
            "accuracy",
            _pct(d["paper"]["accuracy"]),
            _pct(d["plain"]["accuracy"]),
            "",
            str(d["paper"]["n"]),
        )
    for k, d in rep["calibration"].items():
        table.add_row(f"{k} calibration", "ECE", f"{d['ece']:.3f}", "", "", str(d["n"]))
    return table


@app.command("evaluate")
@friendly_errors
def evaluate(gold: GoldOpt, pred: PredOpt, as_json: JsonOpt = False) -> None:
    """Score extraction predictions with the HRDsAttack metrics ("paper" and "plain")."""
    from ..evaluate.extraction import load_gold, load_predictions, score

    gold_records, predictions = load_gold(gold), load_predictions(pred)
    report = score(gold_records, predictions).to_dict()
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    out = Console()
    out.print(_report_table(report))
    if report["missing"]:
        console.print(f"[yellow]{report['missing']} gold articles have no prediction[/yellow]")
    gold_ids = {g.id for g in gold_records}
    unread = sum(
        1 for k, p in predictions.items() if k in gold_ids and p.get("language_read") is False
    )
    if unread:
        console.print(
            f"[yellow]{unread} scored articles were not read (a language the model does not "
            "read): they count as predicted empty[/yellow]"
        )


@app.command("evaluate-clusters")
@friendly_errors
def evaluate_clusters(gold: GoldOpt, pred: PredOpt, as_json: JsonOpt = False) -> None:
    """Score incident grouping (JSONL of {"id", "incident_id"}) with B-cubed and pairwise F1."""
    from ..evaluate.clusters import bcubed, load_assignments, pairwise

    g, p = load_assignments(gold), load_assignments(pred)
    result = {"n": len(g), "bcubed": bcubed(g, p), "pairwise": pairwise(g, p)}
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    table = Table(title=f"{len(g)} gold items")
    for col in ("metric", "precision", "recall", "F1"):
        table.add_column(col)
    for name in ("bcubed", "pairwise"):
        d = result[name]
        table.add_row(name, _pct(d["precision"]), _pct(d["recall"]), _pct(d["f1"]))
    Console().print(table)
