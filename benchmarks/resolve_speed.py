"""Incident resolution speed: 100,000 articles at once, and one article against 1M.

Usage: python benchmarks/resolve_speed.py DEMO_DIR [--pred PRED.jsonl]

DEMO_DIR is a demo corpus (``rightsradar demo`` / ``demo.generator.generate``). Its
extractions (``--pred``, else extracted here) are replicated to reach the sizes: replica
k is the same news moved k years later, with victim names and rare words tagged by k,
so each replica is a new set of incidents at the demo's density (about 2,600 articles
a year over some 30 countries). Resolution time excludes extraction (see
extract_speed.py). Run it with 2 cores (``taskset -c 0,1``) for the stated target.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

from rightsradar.resolve.incidents.batch import cluster
from rightsradar.resolve.incidents.features import PERIOD_DAYS
from rightsradar.resolve.incidents.index import IncidentIndex
from rightsradar.resolve.incidents.model import MatchModel
from rightsradar.resolve.incidents.rows import read_rows

DAYS_PER_REPLICA = 364  # 13 blocking periods: replicas never share a period


def base_rows(demo: Path, pred: Path | None) -> list[dict]:
    return read_rows(demo / "articles.jsonl", pred=pred)


def replica(row: dict, k: int) -> dict:
    out = dict(row, unique_id=f"{row['unique_id']}~{k}")
    for col in ("name_keys", "name_tokens", "name_pairs", "rare_words"):
        if row[col] is not None:
            out[col] = [f"{v}~{k}" for v in row[col]]
    if row["name_first"] is not None:
        out["name_first"] = f"{row['name_first']}~{k}"
    shift = k * DAYS_PER_REPLICA
    for col in ("event_day", "event_mid", "pub_day"):
        if row[col] is not None:
            out[col] = row[col] + shift
    for col in ("period_a", "period_b"):
        if row[col] is not None:
            out[col] = row[col] + shift // PERIOD_DAYS
    return out


def replicate(rows: list[dict], n: int) -> list[dict]:
    out: list[dict] = []
    k = 0
    while len(out) < n:
        out.extend(replica(r, k) for r in rows[: n - len(out)])
        k += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("demo", type=Path)
    ap.add_argument("--pred", type=Path)
    ap.add_argument("--batch", type=int, default=100_000)
    ap.add_argument("--index", type=int, default=1_000_000)
    ap.add_argument("--attach", type=int, default=25, help="articles attached one by one")
    args = ap.parse_args()
    logging.getLogger("splink").setLevel(logging.WARNING)
    model = MatchModel.load()
    rows = base_rows(args.demo, args.pred)

    batch = replicate(rows, args.batch)
    started = time.perf_counter()
    assignment = cluster(batch, model)
    seconds = time.perf_counter() - started
    print(
        f"batch: {len(batch)} articles -> {len(set(assignment.values()))} incidents "
        f"in {seconds:.1f} s ({len(batch) / seconds:.0f} articles/s)"
    )

    # The index holds 1M articles; the articles attached are left out of it, spread evenly
    # over the year of its last full replica, so they meet that year's incidents.
    index = IncidentIndex(model)
    started = time.perf_counter()
    everything = replicate(rows, args.index + args.attach)
    k_last = len(everything) // len(rows) - 1
    step = max(1, len(rows) // args.attach)
    chosen = {f"{r['unique_id']}~{k_last}" for r in rows[::step][: args.attach]}
    held_out = []
    for r in everything:
        if r["unique_id"] in chosen:
            held_out.append(r)
        else:
            index.add(r, r["unique_id"])
    print(f"index: {len(index)} articles loaded in {time.perf_counter() - started:.1f} s")
    times, candidates = [], []
    for r in held_out:
        t = time.perf_counter()
        index.best(r)
        times.append(1000 * (time.perf_counter() - t))
        candidates.append(len(index.candidates(r)))
    print(
        f"attach one against {len(index)}: median {statistics.median(times):.2f} ms, "
        f"max {max(times):.2f} ms over {len(times)} articles "
        f"(median {statistics.median(candidates):.0f} candidates scored)"
    )


if __name__ == "__main__":
    sys.exit(main())
