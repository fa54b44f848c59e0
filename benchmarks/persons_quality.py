"""Person linkage quality on the demo corpus: pairwise P/R/F1 over named victim mentions.

Usage::

    .venv/bin/python benchmarks/persons_quality.py [--seed 7 --seed 11] [--pipeline]
        [--model NAME] [--json]

For each seed it generates the demo corpus into a temporary directory and scores
(``rightsradar.analyze.persons_quality``):

- ``gold``: the linker alone, on the corpus's gold victim mentions in publication order
  (what linkage does with perfect extraction);
- ``pipeline`` (with ``--pipeline``): ingest and ``run`` into a temporary SQLite database
  with the given extractor, then the person links the pipeline stored, on the mentions it
  extracted. Mentions naming no true victim of their incident are extraction errors: they
  are counted (``unmatched``) and left out of the pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from rightsradar.analyze.persons_quality import PersonScore, score_gold, score_store
from rightsradar.demo.generator import generate


def pipeline_score(corpus: Path, work: Path, model: str | None) -> PersonScore:
    from rightsradar.ingest.service import ingest
    from rightsradar.pipeline import run
    from rightsradar.settings import Settings
    from rightsradar.store import open_store

    extra = {"extractor": model} if model else {}
    settings = Settings(data_dir=work, environment="development", **extra)
    store = open_store(f"sqlite:///{work / 'persons.db'}", upgrade=True)
    try:
        ingest(store, settings, [str(corpus / "articles.jsonl")])
        run(store, settings)
        return score_store(store, corpus)
    finally:
        store.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, action="append", help="demo seed (repeatable)")
    parser.add_argument("--pipeline", action="store_true", help="also score the full pipeline")
    parser.add_argument("--model", default=None, help="extractor for --pipeline")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for seed in args.seed or [7, 11]:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = generate(Path(tmp) / "corpus", seed=seed).articles.parent
            started = time.perf_counter()
            rows.append(
                {
                    "seed": seed,
                    "mode": "gold",
                    **score_gold(corpus).as_dict(),
                    "seconds": round(time.perf_counter() - started, 1),
                }
            )
            if args.pipeline:
                started = time.perf_counter()
                score = pipeline_score(corpus, Path(tmp), args.model)
                rows.append(
                    {
                        "seed": seed,
                        "mode": "pipeline",
                        **score.as_dict(),
                        "seconds": round(time.perf_counter() - started, 1),
                    }
                )
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        print()
        return 0
    print(
        f"{'seed':>4} {'mode':<8} {'P':>6} {'R':>6} {'F1':>6} {'mentions':>8} "
        f"{'unmatched':>9} {'persons':>7} {'s':>6}"
    )
    for r in rows:
        print(
            f"{r['seed']:>4} {r['mode']:<8} {r['precision']:6.4f} {r['recall']:6.4f} "
            f"{r['f1']:6.4f} {r['n_mentions']:>8} {r['n_unmatched']:>9} {r['n_persons']:>7} "
            f"{r['seconds']:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
