"""What the refit benchmarks share (``placetime_stability.py``, ``heads_stability.py``): the
sets they score and the copies of train, each a few articles short, that they refit on."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import multilingual as ml
import numpy as np

from rightsradar.extract.learned import load_examples

BENCH = Path(__file__).resolve().parent
HRDS = BENCH.parent.parent / "shared" / "data" / "hrdsattack"
# The English annotated sets, scored with HRDsAttack dev.
SETS = ("english-news", "english-news-2", "english-news-3", "english-feed", "short-alerts")
T = TypeVar("T")


def scored_sets() -> dict[str, tuple[list[Any], list[Any]]]:
    """(articles, gold) of HRDsAttack dev and of each English set, by name."""
    dev = load_examples(str(HRDS / "dev.json"))
    sets = {"hrdsattack dev": ([ex.article for ex in dev], [ex.gold for ex in dev])}
    for name in SETS:
        path = BENCH / "data" / name / "en.jsonl"
        sets[name] = (ml.load_articles(path), ml.load_gold(path))
    return sets


def draws(items: list[T], n: int, drop: int, seed: int = 0) -> list[list[T]]:
    """``items`` itself, then ``n`` copies of it each without ``drop`` random items (a few
    changed training texts do the same to a rebuild)."""
    rng = np.random.default_rng(seed)
    out = [items]
    for _ in range(n):
        left_out = set(rng.choice(len(items), drop, replace=False).tolist())
        out.append([it for i, it in enumerate(items) if i not in left_out])
    return out


def print_spread(fields: Sequence[str], rows: dict[str, list[Sequence[float]]], width: int) -> None:
    """Per set, each field's full-train figure (the first row) and its largest drop and rise
    over the other rows (the draws)."""
    print(f"  {'set':<16}" + "".join(f"{f:>{width}}" for f in fields))
    for name, figures in rows.items():
        cells = []
        for k in range(len(fields)):
            full, *rest = (r[k] for r in figures)
            lo, hi = min(rest) - full, max(rest) - full
            cells.append(f"{full:6.1f} ({lo:+5.1f} / {hi:+5.1f})")
        print(f"  {name:<16}" + "".join(f"{c:>{width}}" for c in cells))
