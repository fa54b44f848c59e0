"""How much the place and date figures move when the training data move a little.

Usage::

    .venv/bin/python benchmarks/placetime_stability.py [--draws 15] [--drop 3]

The ``placetime`` rankers are fitted on the HRDsAttack train split, then again on each of
``--draws`` copies of it with ``--drop`` random articles left out (a few changed training
texts do the same to a rebuild), with the other learned parts as shipped. Each fit is done
twice: keeping the settings (``placetime_train.SETTINGS``, as `rightsradar train` does) and
choosing them anew on the data (``--choose`` in ``dates_cv.py``). Prints, per method, in how
many draws the chosen settings differ from the kept ones, and per set and field (year,
month, day, city; plain accuracy, %) the full-train figure and the largest drop and rise
over the draws. A stable build moves by an article or two.
"""

from __future__ import annotations

import argparse
import sys
import time

import multilingual as ml
import refits

from rightsradar.extract.learned import load_examples
from rightsradar.extract.learned import placetime_train as ptt
from rightsradar.extract.learned.pipeline import SHIPPED_MODEL, LearnedPipeline, load_parts
from rightsradar.extract.learned.placetime import (
    PlaceTimePart,
    RulePipeline,
    featurise,
    rule_draft,
)

FIELDS = ("year", "month", "day", "city")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draws", type=int, default=15)
    ap.add_argument("--drop", type=int, default=3)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    rules = RulePipeline()
    examples = load_examples(str(refits.HRDS / "train.json"))
    train = [(ex, featurise(*rule_draft(ex, rules))) for ex in examples]
    sets = refits.scored_sets()
    others = [p for p in load_parts(SHIPPED_MODEL) if p.name != "placetime"]
    draws = refits.draws(train, args.draws, args.drop)
    for choose in (False, True):
        table: dict[str, list[tuple[float, ...]]] = {name: [] for name in sets}
        n_changed = 0
        for items in draws:
            settings = ptt.chosen_settings(items) if choose else None
            n_changed += settings not in (None, (ptt.SETTINGS, ptt.DATE_MODES, ptt.DAY_THRESHOLD))
            models, cv = ptt.train_models(items, settings)
            parts = [*others, PlaceTimePart(models, cv)]
            extractor = LearnedPipeline(parts=parts, languages=["en"])
            for name, (articles, gold) in sets.items():
                row = ml.evaluate(extractor, articles, gold)
                table[name].append(tuple(row[field] for field in FIELDS))
        label = "chosen anew at each build" if choose else "kept (SETTINGS)"
        print(f"\nSettings {label}: {len(draws) - 1} draws without {args.drop} articles each")
        if choose:
            print(f"  settings differ from the kept ones in {n_changed} of {len(draws)} fits")
        refits.print_spread(FIELDS, table, 22)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
