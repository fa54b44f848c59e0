"""Cross-validated place and date figures of the learned "placetime" rankers, over fold draws.

The rankers' settings (regularisation, date mode per level, day threshold) are those
`rightsradar train` keeps (``placetime_train.SETTINGS``), or with ``--choose`` chosen anew on
train, printed with those that differ from the kept ones (re-choose when the features
change, and keep the new ones only if they hold on every set); then five-fold
cross-validation on train and dev together (400 articles: one draw of 300 moves by one or
two articles with any change) is repeated over ``--draws`` fold draws. Prints year / month /
day accuracy, paper and plain scoring (see `rightsradar evaluate`), mean and standard
deviation over the draws, and the same for country / region / city. A guide for changes
to the place and date features (and to the gazetteer, which the rules' pick and the
candidates come from); the shipped model stays trained on train alone.

    python benchmarks/dates_cv.py [--draws 5] [--choose]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from rightsradar.extract.learned import load_examples
from rightsradar.extract.learned import placetime_train as ptt
from rightsradar.extract.learned.placetime import RulePipeline, featurise, rule_draft

SHARED = Path(__file__).resolve().parents[2] / "shared/data/hrdsattack"
FIELDS = ("country", "region", "city", "year", "month", "day")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=str(SHARED / "train.json"))
    ap.add_argument("--dev", default=str(SHARED / "dev.json"))
    ap.add_argument("--draws", type=int, default=5)
    ap.add_argument("--choose", action="store_true", help="choose the settings on train")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rules = RulePipeline()

    def items(path: str) -> list:
        return [(ex, featurise(*rule_draft(ex, rules))) for ex in load_examples(path)]

    train, dev = items(args.train), items(args.dev)
    c, modes, day = dict(ptt.SETTINGS), dict(ptt.DATE_MODES), ptt.DAY_THRESHOLD
    if args.choose:
        c, modes, day = ptt.chosen_settings(train)
        changed = {f: v for f, v in c.items() if ptt.SETTINGS.get(f) != v}
        changed.update({f: m for f, m in modes.items() if ptt.DATE_MODES[f] != m})
        if day != ptt.DAY_THRESHOLD:
            changed["day threshold"] = day
        print("chosen on train, where not as kept:", changed or "none")
    rows = []
    for seed in range(args.draws):
        fig, _ = ptt.cross_validate(train + dev, c=c, modes=modes, day=day, seed=seed)
        rows.append([fig[f"cv_{f}_{s}"] for f in FIELDS for s in ("paper", "plain")])
    r = np.array(rows)
    print(f"{len(train)} + {len(dev)} articles, {args.draws} draws of 5 folds, day threshold {day}")
    print(f"{'field':<8}{'paper':>14}{'plain':>14}")
    for i, level in enumerate(FIELDS):
        p, q = r[:, 2 * i], r[:, 2 * i + 1]
        print(f"{level:<8}{p.mean():>8.1f} ±{p.std():4.1f}{q.mean():>8.1f} ±{q.std():4.1f}")
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
