"""`rightsradar extract IN -o OUT.jsonl`: predictions for a file, no database needed."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from ..domain import Article
from ..progress import RichReporter
from .app import app
from .common import console, friendly_errors, load_settings


def read_articles(
    location: str, fmt: str | None
) -> Iterator[tuple[int, Article | None, str | None]]:
    """(position, article or None, error text or None) for every input record, in order."""
    from ..ingest.readers import iter_records

    for rec in iter_records(location, format=fmt):
        yield (
            rec.position,
            rec.article,
            str(rec.error) if rec.error and rec.article is None else None,
        )


@app.command()
@friendly_errors
def extract(
    input: Annotated[str, typer.Argument(help="Article JSONL, CSV, HRDsAttack JSON, feed or URL.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Prediction JSONL to write.")],
    format: Annotated[
        str | None, typer.Option("--format", help="Input format; detected when left out.")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Registry name of the extractor.")
    ] = None,
    model_dir: Annotated[
        Path | None,
        typer.Option(
            "--model-dir",
            help="Model directory written by `rightsradar train` (default: the shipped model, "
            "or RIGHTSRADAR_MODEL_DIR).",
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Articles predicted together.")] = 64,
    workers: Annotated[
        int,
        typer.Option(
            min=0,
            help="Processes that predict (0: one per usable core, at most 8, on Linux, "
            "else 1; 1: in this process). Predictions are the same whatever the number.",
        ),
    ] = 0,
) -> None:
    """Write one Prediction JSONL line per input article, in input order.

    Malformed input records are reported with file and line and skipped.
    """
    from .. import registry
    from ..extract.parallel import ParallelPredictor, default_workers

    extractor = registry.create_extractor(load_settings(), name=model, model_dir=model_dir)
    n_written = n_skipped = 0
    unread: Counter[str] = Counter()

    def batches() -> Iterator[list[Article]]:
        nonlocal n_skipped
        batch: list[Article] = []
        for _, article, error in read_articles(input, format):
            if article is None:
                console.print(f"[yellow]skipped[/yellow] {error}", highlight=False)
                n_skipped += 1
                continue
            batch.append(article)
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    output.parent.mkdir(parents=True, exist_ok=True)
    # The workers are forked before the progress bar starts its thread.
    with (
        ParallelPredictor(extractor, workers or default_workers()) as predictor,
        RichReporter() as reporter,
        output.open("w", encoding="utf-8") as out,
    ):
        reporter.start("extract", None)
        for batch, predictions in predictor.predict_batches(batches()):
            for ex in predictions:
                out.write(json.dumps(ex.to_prediction(), ensure_ascii=False) + "\n")
                if not ex.language_read:
                    unread[ex.language or "unknown"] += 1
            n_written += len(batch)
            reporter.advance(len(batch))
    console.print(
        f"{n_written} predictions written to {output}"
        + (f", {n_skipped} records skipped" if n_skipped else "")
    )
    if unread:
        console.print(unread_warning(unread), highlight=False)


def unread_warning(unread: Counter[str]) -> str:
    """The warning for articles in languages the extractor does not read."""
    counts = ", ".join(f"{lang} {n}" for lang, n in sorted(unread.items()))
    return (
        f"[yellow]not read[/yellow] {sum(unread.values())} articles are in languages this "
        f'model does not read ({counts}): their predictions say "language_read": false '
        "and extract nothing. Have a person read them, or extract a translation."
    )
