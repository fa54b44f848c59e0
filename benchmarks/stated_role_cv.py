"""Victim type on matched victims by 5-fold CV on the HRDsAttack train split, with and
without the stated-role override of the learned victims part.

Where the type model answers "insufficient information", ``VictimsPart._describe`` takes
the role the text states right at the name (``extract.victims.stated_groups``). This
script fits the type model out of fold, as ``learned.victims.train`` does (folds by
article, the gold victims' candidates, the regularisation given), and prints the accuracy
of the model alone and with the override, and how many victims the override changes.

    python benchmarks/stated_role_cv.py [--data ../shared/data/hrdsattack/train.json] [--c 0.3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from rightsradar.extract.learned import load_examples
from rightsradar.extract.learned import victims as part
from rightsradar.extract.learned.victims_features import shipped_first_names, with_count
from rightsradar.extract.pipeline import prepare
from rightsradar.extract.victims import headline_groups, stated_groups

SHARED = Path(__file__).resolve().parents[2] / "shared/data/hrdsattack"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(SHARED / "train.json"))
    ap.add_argument("--c", type=float, default=0.3, help="the type model's C (shipped: 0.3)")
    args = ap.parse_args(argv)
    if "dev" in Path(args.data).name or "test" in Path(args.data).name:
        sys.exit("cross-validate on the train split only")
    examples = load_examples(args.data)
    data = part._prepare(examples, shipped_first_names())
    rows, types, owner, stated, headed = [], [], [], [], []
    for a, item in enumerate(data):
        n = sum(1 for lab in item.labels if lab >= 0)
        text = prepare(examples[a].article).text
        for cand, lab in zip(item.named, item.labels, strict=True):
            if lab < 0:
                continue
            rows.append(with_count(cand.attrs, n))
            types.append(part._type_key(item.gold.victims[lab].type))
            owner.append(a)
            stated.append(part._type_key(stated_groups(text, cand.person)))
            # The headline's one group, for an article's one victim.
            head = headline_groups(text) if n == 1 else []
            headed.append(part._type_key(head) if len(head) == 1 else None)
    owner_arr = np.array(owner)
    plain = override = changed = headline = changed_h = 0
    for fold in part._folds(len(data)):
        test = np.isin(owner_arr, fold)
        model = part._fit(
            [r for r, t in zip(rows, test, strict=True) if not t],
            [y for y, t in zip(types, test, strict=True) if not t],
            args.c,
        )
        for i in np.flatnonzero(test):
            guess = part._shifted(model, rows[i], 0.0)[0]
            final = stated[i] if guess == part._INSUFFICIENT else guess
            plain += guess == types[i]
            override += final == types[i]
            changed += final != guess
            if final == part._INSUFFICIENT and headed[i]:
                changed_h += 1
                final = headed[i]
            headline += final == types[i]
    n = len(rows)
    print(f"type on matched victims, CV (C {args.c}, {n} victims): model {100 * plain / n:.1f}, "
          f"with the stated role {100 * override / n:.1f} ({changed} changed), "
          f"and the headline's one group for a lone victim {100 * headline / n:.1f} "
          f"({changed_h} more changed)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
