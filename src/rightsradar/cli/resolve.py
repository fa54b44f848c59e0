"""`rightsradar resolve IN -o OUT.jsonl` and `resolve-train`: incidents without a database."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated, Any

import typer

from .app import app
from .common import console, friendly_errors, load_settings

InputArg = Annotated[str, typer.Argument(help="Article JSONL, CSV, HRDsAttack JSON or feed.")]
PredOpt = Annotated[
    Path | None,
    typer.Option("--pred", help="Prediction JSONL for the articles; extracted when left out."),
]
FormatOpt = Annotated[
    str | None, typer.Option("--format", help="Input format; detected when left out.")
]
ExtractorOpt = Annotated[
    str | None, typer.Option("--model", help="Registry name of the extractor.")
]


def _feature_rows(
    input: str, fmt: str | None, pred: Path | None, extractor_name: str | None
) -> list[dict[str, Any]]:
    """One linkage row per readable article, in input order."""
    from ..resolve.incidents.rows import read_rows

    def skipped(error: str) -> None:
        console.print(f"[yellow]skipped[/yellow] {error}", highlight=False)

    return read_rows(
        input,
        fmt=fmt,
        pred=pred,
        extractor=extractor_name or load_settings().extractor,
        on_skip=skipped,
    )


@app.command()
@friendly_errors
def resolve(
    input: InputArg,
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL of {id, incident_id}.")],
    pred: PredOpt = None,
    format: FormatOpt = None,
    model: ExtractorOpt = None,
    linkage_model: Annotated[
        Path | None,
        typer.Option("--linkage-model", help="Splink model JSON; shipped one when left out."),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            help="Match probability at or above which articles join; the database path's "
            "own when left out."
        ),
    ] = None,
) -> None:
    """Group articles into incidents and write one {"id", "incident_id"} line per article.

    Every article gets an incident (irrelevant ones too: relevance is scored apart), so
    the output can be scored with `rightsradar evaluate-clusters`. Each article joins the
    incident of its best-scoring earlier article when that pair reaches the threshold.
    """
    from ..resolve.incidents.batch import cluster
    from ..resolve.incidents.model import MatchModel, log2_odds

    logging.getLogger("splink").setLevel(logging.WARNING)
    rows = _feature_rows(input, format, pred, model)
    # Left out, the same rule as `run` and `watch` (the model's MATCH_PROBABILITY): the
    # figures scored here are the ones the database gives.
    kwargs = {} if threshold is None else {"threshold": log2_odds(threshold)}
    linker = MatchModel.load(linkage_model, **kwargs)
    assignment = cluster(rows, linker)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        for r in rows:
            uid = r["unique_id"]
            out.write(json.dumps({"id": uid, "incident_id": assignment[uid]}) + "\n")
    n_incidents = len(set(assignment.values()))
    console.print(f"{len(rows)} articles in {n_incidents} incidents written to {output}")


@app.command("resolve-train")
@friendly_errors
def resolve_train(
    input: InputArg,
    output: Annotated[Path, typer.Option("-o", "--output", help="Splink model JSON to write.")],
    pred: PredOpt = None,
    format: FormatOpt = None,
    model: ExtractorOpt = None,
) -> None:
    """Estimate the incident linkage model from unlabelled articles (Splink EM)."""
    from ..resolve.incidents.train import train

    logging.getLogger("splink").setLevel(logging.WARNING)
    rows = _feature_rows(input, format, pred, model)
    settings = train(rows)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(settings, indent=1), encoding="utf-8")
    console.print(f"linkage model trained on {len(rows)} articles written to {output}")
