"""How much the violation and perpetrator figures move when the training data move a little.

Usage::

    .venv/bin/python benchmarks/heads_stability.py [--draws 10] [--drop 3]

The ``heads`` part (violation types, perpetrator mention and type) is fitted on the
HRDsAttack train split, then again on each of ``--draws`` copies of it with ``--drop``
random articles left out (a few changed training texts do the same to a rebuild), with
the other learned parts as shipped. Each fit is done twice: with every head's C chosen
anew in ``heads_models.C_GRID`` by cross-validation (as `rightsradar train` does), and
with the C of each head kept at the full train split's choice. Prints, per method, in how
many fits the chosen C differ from the full train split's, and per set the full-train
figure and the largest drop and rise over the draws (violation F1, perpetrator mention
F1, perpetrator type plain accuracy; %). A stable build moves by an article or two.
"""

from __future__ import annotations

import argparse
import sys
import time

import multilingual as ml
import refits

from rightsradar.evaluate.extraction import score
from rightsradar.extract.learned import heads_models as hm
from rightsradar.extract.learned import load_examples
from rightsradar.extract.learned.heads import HeadsPart
from rightsradar.extract.learned.pipeline import SHIPPED_MODEL, LearnedPipeline, load_parts

FIELDS = ("violation F1", "perp mention", "perp type")


def figures(extractor: LearnedPipeline, articles: list, gold: list) -> tuple[float, ...]:
    rep = score(gold, ml.predict(extractor, articles))
    return (
        100 * rep.violation_types.f1,
        100 * rep.perpetrator_mention.f1,
        100 * rep.perpetrator_type["plain"].value,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draws", type=int, default=10)
    ap.add_argument("--drop", type=int, default=3)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    train = load_examples(str(refits.HRDS / "train.json"))
    sets = refits.scored_sets()
    others = [p for p in load_parts(SHIPPED_MODEL) if p.name != "heads"]
    draws = refits.draws(train, args.draws, args.drop)
    kept: dict | None = None  # the full train split's C, from the first fit
    for method in ("chosen", "kept"):
        table: dict[str, list[tuple[float, ...]]] = {name: [] for name in sets}
        n_changed = 0
        for items in draws:
            fitted, c = hm.fit_heads(items, kept if method == "kept" else None)
            kept = kept or c
            n_changed += c != kept
            parts = [HeadsPart(**fitted), *others]
            extractor = LearnedPipeline(parts=parts, languages=["en"])
            for name, (articles, gold) in sets.items():
                table[name].append(figures(extractor, articles, gold))
            print(f"  ({method}) C {c}; {time.perf_counter() - started:.0f} s", flush=True)
        label = "chosen anew at each build" if method == "chosen" else f"kept at {kept}"
        print(f"\nC {label}: {len(draws) - 1} draws without {args.drop} articles each")
        if method == "chosen":
            print(f"  C differ from the full train split's in {n_changed} of {len(draws)} fits")
        refits.print_spread(FIELDS, table, 24)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
