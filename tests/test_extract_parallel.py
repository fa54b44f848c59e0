"""Extraction by forked worker processes: the same predictions, in input order."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightsradar import registry
from rightsradar.cli import get_app
from rightsradar.domain import Article, Extraction
from rightsradar.extract.parallel import ParallelPredictor, default_workers

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked"
)

TEXTS = [
    "Gunmen shot dead the journalist Tomas Verlan outside his office in Lagos on Monday.",
    "The football club's attack scored three goals in the league match.",
    "La policía detuvo a la periodista Ana Pérez Rojas en Caracas el 3 de marzo de 2025.",
    "Des inconnus ont enlevé le syndicaliste Paul Mbeki à Kinshasa mardi dernier.",
    "Police arrested the activist Mira Osente at a protest in the capital.",
    "A polícia prendeu o advogado João da Silva em Belém na segunda-feira.",
    "The central bank kept interest rates unchanged on Thursday.",
]


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", title=f"Report {i}", text=TEXTS[i % len(TEXTS)]) for i in range(n)]


class _Recorder:
    """An extractor that says which process read each article, and fails on one id."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on

    def predict(self, batch: list[Article]) -> list[Extraction]:
        for a in batch:
            if a.id == self.fail_on:
                raise ValueError(f"cannot read {a.id}")
        return [Extraction(id=a.id, model=f"pid-{os.getpid()}") for a in batch]


def _batches(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def test_parallel_predictions_equal_the_in_process_ones_in_order() -> None:
    extractor = registry.create("extract.pipeline.rules.v1")
    articles = _articles(23)
    expected = extractor.predict(articles)
    with ParallelPredictor(extractor, workers=2) as predictor:
        got = [(batch, preds) for batch, preds in predictor.predict_batches(_batches(articles, 3))]
    assert [a for batch, _ in got for a in batch] == articles
    assert [p for _, preds in got for p in preds] == expected


def test_parallel_workers_are_other_processes_and_one_worker_is_this_one() -> None:
    articles = _articles(12)
    with ParallelPredictor(_Recorder(), workers=2) as predictor:
        models = {
            p.model for _, preds in predictor.predict_batches(_batches(articles, 2)) for p in preds
        }
    assert f"pid-{os.getpid()}" not in models and models
    with ParallelPredictor(_Recorder(), workers=1) as predictor:
        models = {
            p.model for _, preds in predictor.predict_batches(_batches(articles, 2)) for p in preds
        }
    assert models == {f"pid-{os.getpid()}"}


def test_parallel_error_of_a_worker_is_raised_for_its_batch() -> None:
    articles = _articles(10)
    seen: list[str] = []
    with (
        ParallelPredictor(_Recorder(fail_on="a7"), workers=2) as predictor,
        pytest.raises(ValueError, match="cannot read a7"),
    ):
        for batch, _ in predictor.predict_batches(_batches(articles, 2)):
            seen.extend(a.id for a in batch)
    # Every batch before the failing one was delivered, none after it.
    assert seen == [f"a{i}" for i in range(6)]


def test_parallel_default_workers_is_one_per_usable_core() -> None:
    assert 1 <= default_workers() <= min(os.cpu_count() or 1, 8)


def test_cli_extract_workers_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": f"x{i}", "title": f"Report {i}", "text": TEXTS[i % len(TEXTS)]})
            + "\n"
            for i in range(20)
        ),
        encoding="utf-8",
    )
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = CliRunner().invoke(
            get_app(),
            ["extract", str(src), "-o", str(out), "--workers", workers, "--batch-size", "3"],
        )
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[1].splitlines()] == [
        f"x{i}" for i in range(20)
    ]


def test_cli_extract_negative_workers_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": TEXTS[0]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        get_app(), ["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--workers", "-1"]
    )
    assert result.exit_code != 0
    assert "--workers" in result.output
