"""Cross-validated figures of the learned "victims" part on the HRDsAttack train split.

Trains the part on train.json (its own 5-fold cross-validation picks the regularisation,
the decision threshold and the sex shift) and prints the out-of-fold figures it chose them
by: victim-name F1 exact / fuzzy and type, sex and age accuracy on matched victims. With
``--dev`` it also scores the dev split through the learned pipeline (the shipped heads and
placetime parts plus the freshly trained victims part) as a guide; choices are made on the
cross-validated figures, never on dev.

    python benchmarks/victims_cv.py [--data ../shared/data/hrdsattack/train.json] [--dev PATH]
    python benchmarks/victims_cv.py --part src/rightsradar/extract/models/hrdsattack-v1/victims \
        --dev ../shared/data/hrdsattack/dev.json

(the second form scores a saved part on dev without training; its "cv" figures are those
saved with it.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rightsradar.extract.learned import load_examples, victims

SHARED = Path(__file__).resolve().parents[2] / "shared/data/hrdsattack"
MODEL = Path(__file__).resolve().parents[1] / "src/rightsradar/extract/models/hrdsattack-v1"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(SHARED / "train.json"))
    ap.add_argument("--dev", default=None, help="a labelled file to score as a guide")
    ap.add_argument("--save", default=None, help="directory to save the trained part in")
    ap.add_argument("--part", default=None, help="score this saved part instead of training")
    args = ap.parse_args(argv)
    if "dev" in Path(args.data).name or "test" in Path(args.data).name:
        sys.exit("cross-validate on the train split only")
    t0 = time.perf_counter()
    if args.part:
        part = victims.load(Path(args.part))
    else:
        part = victims.train(load_examples(args.data))
        print(f"trained in {time.perf_counter() - t0:.0f} s")
    meta = {k: v for k, v in part.meta.items() if k != "cv"}
    print(json.dumps({"cv": part.meta["cv"], **meta}, indent=1))
    if args.save:
        part.save(Path(args.save))
    if args.dev:
        from rightsradar.extract.learned import heads, placetime
        from rightsradar.extract.learned.training import evaluate_model

        parts = [part]
        for other in (heads, placetime):
            try:
                parts.append(other.load(MODEL / other.NAME))
            except ValueError as err:  # a part being rebuilt: score without it
                print(f"without {other.NAME}: {err}")
        head = evaluate_model(parts, args.dev)
        keys = [k for k in head if k.startswith("victim")]
        print(json.dumps({k: head[k] for k in keys}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
