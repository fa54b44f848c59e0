"""Nested cross-validation of the learned "heads" part on the HRDsAttack train split.

Each outer fold trains the part on the other folds (its own inner cross-validation picks C,
calibration and thresholds) and predicts the held-out fold through the learned pipeline
(rules + heads only), as `rightsradar extract` would. The held-out predictions of all folds
are then scored with `rightsradar evaluate`'s scorer (paper scoring), so the figures compare
with dev figures and with each other across changes; the dev split is never read.

    python benchmarks/heads_cv.py [--folds 5] [--data ../shared/data/hrdsattack/train.json]

Prints violation-type F1 (micro, "unknown" included as the scorer does), per-label
precision/recall (which labels are over-predicted), perpetrator mention F1 and type accuracy.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.model_selection import KFold

from rightsradar.evaluate.extraction import score
from rightsradar.evaluate.records import from_prediction
from rightsradar.extract.learned import heads, load_examples
from rightsradar.extract.learned.pipeline import LearnedPipeline

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/hrdsattack/train.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if "dev" in Path(args.data).name or "test" in Path(args.data).name:
        sys.exit("cross-validate on the train split only")

    examples = load_examples(args.data)
    preds: dict[str, dict] = {}
    t0 = time.perf_counter()
    folds = KFold(args.folds, shuffle=True, random_state=args.seed).split(np.arange(len(examples)))
    for tr, te in folds:
        part = heads.train([examples[i] for i in tr])
        pipe = LearnedPipeline(parts=[part])
        for ext in pipe.predict([examples[i].article for i in te]):
            preds[ext.id] = ext.to_prediction()
    elapsed = time.perf_counter() - t0

    golds = [e.gold for e in examples]
    head = score(golds, preds).headline()
    per = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    exact = 0
    ptype = collections.Counter()
    for g in golds:
        p = from_prediction(preds[g.id])
        exact += g.violation_types == p.violation_types
        for lab in g.violation_types | p.violation_types:
            per[lab][0] += lab in g.violation_types and lab in p.violation_types
            per[lab][1] += lab in p.violation_types and lab not in g.violation_types
            per[lab][2] += lab in g.violation_types and lab not in p.violation_types
        if g.perpetrator_type != p.perpetrator_type:
            ptype[(g.perpetrator_type, p.perpetrator_type)] += 1

    print(f"{len(examples)} articles, {args.folds} outer folds, {elapsed:.0f} s")
    print(
        f"violation types F1 {head['violation_types_f1']}  exact set {100 * exact / len(golds):.1f}"
        f"  perpetrator mention F1 {head['perpetrator_mention_f1']}"
        f"  perpetrator type {head['perpetrator_type']}"
    )
    print(f"{'label':24} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for lab, (tp, fp, fn) in sorted(per.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{lab:24} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}  {tp:3} {fp:3} {fn:3}")
    print("perpetrator type errors (gold -> predicted):")
    for (g, p), n in ptype.most_common(10):
        print(f"  {n:3}  {g} -> {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
