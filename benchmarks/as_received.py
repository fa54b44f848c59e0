"""Reports as they really arrive against the clean copies the annotated sets hold.

Usage::

    .venv/bin/python benchmarks/as_received.py [--model NAME] [--how KIND ...] [--data DIR ...]

For every annotated set in ``benchmarks/data`` (each language file of each folder) it scores
the extractor on the clean articles and on the same articles as a desk receives them
(``multilingual.AS_RECEIVED``: hard-wrapped at 72 characters, with no-break spaces, without a
title field, with the title in capitals), and prints per field the mean change over the
set/language pairs and the worst one, in points. A robust reader moves nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import multilingual as ml

from rightsradar import registry

DATA = Path(__file__).resolve().parent / "data"
FIELDS = (
    ("rel_p", "relevance P"), ("rel_r", "relevance R"), ("viol_f1", "violation F1"),
    ("victim_name_fuzzy_f1", "names F1"), ("victim_type", "victim type"),
    ("victim_sex", "victim sex"), ("country", "country"), ("region", "region"),
    ("city", "city"), ("year", "year"), ("month", "month"), ("day", "day"),
)  # fmt: skip


def sets(folders: list[Path]) -> list[tuple[str, Path]]:
    """(name, path) of every language file of ``folders`` that has the benchmark's format."""
    out = []
    for folder in folders:
        for lang in ml.LANGUAGES:
            path = folder / f"{lang}.jsonl"
            if path.exists():
                out.append((f"{folder.name}/{lang}", path))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="extract.pipeline.learned.v1")
    parser.add_argument("--how", nargs="*", choices=sorted(ml.AS_RECEIVED), default=None)
    parser.add_argument("--data", nargs="*", type=Path, default=None, help="set folders")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    extractor = registry.create(args.model)
    folders = args.data or sorted(p for p in DATA.iterdir() if p.is_dir())
    pairs = sets(folders)
    hows = args.how or list(ml.AS_RECEIVED)
    changes: dict[str, list[tuple[str, dict[str, float]]]] = {h: [] for h in hows}
    for name, path in pairs:
        articles, gold = ml.load_articles(path), ml.load_gold(path)
        clean = ml.evaluate(extractor, articles, gold)
        for how in hows:
            got = ml.evaluate(extractor, ml.as_received(articles, how), gold)
            delta = {k: (got[k] or 0.0) - (clean[k] or 0.0) for k, _ in FIELDS}
            changes[how].append((name, delta))
    print(f"model: {args.model}; {len(pairs)} set/language pairs; change from the clean text")
    for how in hows:
        print(f"\n{how}")
        print(f"{'field':<14}{'mean':>8}{'worst':>8}  worst set")
        for key, title in FIELDS:
            rows = changes[how]
            worst = min(rows, key=lambda r: r[1][key])
            mean = statistics.mean(r[1][key] for r in rows)
            print(f"{title:<14}{mean:>8.2f}{worst[1][key]:>8.1f}  {worst[0]}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
