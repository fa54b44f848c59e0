"""`rightsradar train`: train the learned extraction parts."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app
from .common import console, friendly_errors


@app.command()
@friendly_errors
def train(
    data: list[str] = typer.Option(
        ...,
        "--data",
        help="Labelled articles: HRDsAttack JSON or "
        "JSONL with article and label fields (repeatable).",
    ),
    out: Path = typer.Option(..., "--out", help="Model directory to write."),
    version: str | None = typer.Option(None, help="Model version (default: OUT's name)."),
    part: list[str] | None = typer.Option(None, "--part", help="Train only these parts."),
    eval_path: str | None = typer.Option(
        None,
        "--eval",
        help="Labelled file to score the model on for its model card (e.g. the dev split); "
        "if the training data hold some of its articles, a twin trained without them is scored.",
    ),
) -> None:
    """Train every learned extraction part and write a model directory with its model card.

    Use it with `rightsradar extract --model-dir OUT`, or set `RIGHTSRADAR_MODEL_DIR=OUT` for
    `run` and `watch`; `make model` rebuilds the shipped model from the HRDsAttack train split.
    """
    from ..extract.learned.training import train_model

    manifest = train_model(
        data,
        out,
        version=version or out.name,
        parts=part or None,
        eval_path=eval_path,
        log=console.print,
    )
    console.print(f"model {manifest['version']} written to {out}")
    for k, v in manifest.get("eval", {}).get("headline", {}).items():
        console.print(f"  {k:<24} {v:>6}")
