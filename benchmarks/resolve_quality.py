"""Incident resolution quality: B-cubed and pairwise scores of batch resolve on demo corpora.

Usage: python benchmarks/resolve_quality.py DEMO_DIR [DEMO_DIR ...] [--pred-name preds.jsonl]
       [--linkage-model MODEL.json] [--threshold P]

Each DEMO_DIR is a corpus written by ``demo.generator.generate`` (articles.jsonl and the
gold clusters incidents.jsonl) with extractions in DEMO_DIR/PRED_NAME (``rightsradar
extract``). Resolution is the same as ``rightsradar resolve`` (Splink predict + best link).
The gold clusters are read only to score: train the linkage model on another seed than
the ones scored here.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from rightsradar.evaluate.clusters import bcubed, pairwise
from rightsradar.resolve.incidents.batch import cluster
from rightsradar.resolve.incidents.model import MATCH_PROBABILITY, MatchModel, log2_odds
from rightsradar.resolve.incidents.rows import read_rows


def rows_of(demo: Path, pred_name: str) -> list[dict]:
    return read_rows(demo / "articles.jsonl", pred=demo / pred_name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("demos", nargs="+", type=Path)
    parser.add_argument("--pred-name", default="preds.jsonl")
    parser.add_argument("--linkage-model", type=Path, default=None)
    parser.add_argument("--threshold", type=float, default=MATCH_PROBABILITY)
    args = parser.parse_args()
    logging.getLogger("splink").setLevel(logging.WARNING)
    model = MatchModel.load(args.linkage_model, threshold=log2_odds(args.threshold))
    print(f"{'corpus':<24}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'pw P':>7}{'pw R':>7}{'pw F1':>7}")
    for demo in args.demos:
        gold = {
            o["id"]: o["incident_id"]
            for o in map(
                json.loads, (demo / "incidents.jsonl").read_text(encoding="utf-8").splitlines()
            )
        }
        pred = cluster(rows_of(demo, args.pred_name), model)
        b, p = bcubed(gold, pred), pairwise(gold, pred)
        cells = [b["precision"], b["recall"], b["f1"], p["precision"], p["recall"], p["f1"]]
        print(f"{demo.name:<24}" + "".join(f"{c:>7.3f}" for c in cells))


if __name__ == "__main__":
    main()
