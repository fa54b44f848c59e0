"""Throughput and peak memory of ``rightsradar extract`` on a news-feed-like stream.

Usage::

    .venv/bin/python benchmarks/extract_speed.py [--model NAME] [--runs 3] [--n 1000] [--workers N]

The stream imitates a real feed: ~600-word articles of which one in ten is relevant.
Relevant articles come from the HRDsAttack dev split when it is present (else from the demo
corpus's relevant articles); irrelevant ones are the demo corpus's irrelevant articles
joined until they reach ~600 words. The stream is written as Article JSONL to a temporary
directory, then ``rightsradar extract STREAM -o OUT --model NAME`` runs as a subprocess
``--runs`` times (wall time includes start-up and model loading, as a user sees it); the
in-process ``predict`` throughput (one process) is measured once more without start-up.

The command forks one worker per core by default (``--workers``). Peak memory is given two
ways: the PSS of the command and its workers together, sampled from ``/proc`` every 20 ms
(what they take of the machine, pages they share counted once), and the ``ru_maxrss`` of
the largest of them from ``os.wait4``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from rightsradar.domain import Article

HRDSATTACK_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "hrdsattack" / "dev.json"
DEFAULT_MODEL = "extract.pipeline.rules.v1"
TARGET_WORDS = 600
RELEVANT_EVERY = 10


def _demo_articles(demo_dir: Path | None) -> tuple[list[Article], list[Article]]:
    """(relevant, irrelevant) articles of the demo corpus (seed 7), in corpus order."""
    from rightsradar.demo.generator import generate

    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(demo_dir or Path(tmp), seed=7)
        with paths.gold.open(encoding="utf-8") as fh:
            relevant_ids = {r["id"] for r in map(json.loads, fh) if r.get("relevant")}
        with paths.articles.open(encoding="utf-8") as fh:
            articles = [Article(**json.loads(line)) for line in fh if line.strip()]
    rel = [a for a in articles if a.id in relevant_ids]
    irr = [a for a in articles if a.id not in relevant_ids]
    return rel, irr


def _hrdsattack_articles(path: Path) -> list[Article]:
    from rightsradar.ingest.hrdsattack import read_hrdsattack

    return [rec.article for rec in read_hrdsattack(path)]


def build_stream(
    n: int, *, hrdsattack: Path | None = HRDSATTACK_DEV, demo_dir: Path | None = None
) -> list[dict[str, Any]]:
    """``n`` Article JSONL records; record ``i`` is relevant when ``i % 10 == 0``.

    Deterministic: the same sources give the same stream. Relevant articles cycle through
    HRDsAttack dev (or the demo's relevant articles when it is missing); each irrelevant
    one joins consecutive demo negatives until it has at least ``TARGET_WORDS`` words.
    """
    demo_rel, demo_irr = _demo_articles(demo_dir)
    relevant = _hrdsattack_articles(hrdsattack) if hrdsattack and hrdsattack.exists() else demo_rel
    stream: list[dict[str, Any]] = []
    cursor = 0  # next demo negative to use
    for i in range(n):
        ident = f"speed-{i:06d}"
        if i % RELEVANT_EVERY == 0:
            src = relevant[(i // RELEVANT_EVERY) % len(relevant)]
            stream.append(
                {
                    "id": ident,
                    "title": src.title,
                    "text": src.text,
                    "relevant": True,
                    "language": src.language,
                }  # fmt: skip
            )
            continue
        title = demo_irr[cursor % len(demo_irr)].title
        parts: list[str] = []
        words = 0
        while words < TARGET_WORDS:
            a = demo_irr[cursor % len(demo_irr)]
            cursor += 1
            parts.append(a.text)
            words += len(a.text.split())
        stream.append({"id": ident, "title": title, "text": "\n\n".join(parts), "relevant": False})
    return stream


def write_stream(stream: list[dict[str, Any]], path: Path) -> None:
    """Article JSONL (the ``relevant`` marker is kept; the reader ignores it)."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in stream:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("rightsradar")
    return [str(exe)] if exe.exists() else [shutil.which("rightsradar") or "rightsradar"]


def _children(pid: int) -> list[int]:
    """The child processes of ``pid`` (Linux ``/proc``; empty elsewhere)."""
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):  # the task ended
            kids.extend(int(k) for k in task.read_text().split())
    return kids


def _pss(pid: int) -> int:
    """The PSS in bytes of ``pid`` and its descendants, from Linux ``/proc``.

    PSS (proportional set size) shares each page among the processes that map it: summed
    over forked workers it is the memory they take together, where summed RSS would count
    the model they share once per worker. 0 where ``/proc`` has nothing.
    """
    pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        except OSError:
            continue  # gone, or no /proc
        stack.extend(_children(p))
    return pss


def run_cli(
    stream_path: Path, out_path: Path, model: str, workers: int | None = None
) -> tuple[float, int, int]:
    """One ``rightsradar extract`` run: (wall seconds, peak RSS of its largest process,
    peak PSS of all its processes together), in bytes.

    The first is ``ru_maxrss`` (exact, one process); the second is sampled every 20 ms
    from ``/proc`` (0 where there is none), for the workers ``--workers`` forks.
    """
    cmd = [*_cli(), "extract", str(stream_path), "-o", str(out_path), "--model", model]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_pss
        while not stop.wait(0.02):
            peak_pss = max(peak_pss, _pss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"rightsradar extract failed ({proc.returncode}):\n{err[-2000:]}")
    # ru_maxrss is in kilobytes on Linux: the largest of the process and its children.
    return wall, usage.ru_maxrss * 1024, peak_pss


def in_process(stream: list[dict[str, Any]], model: str) -> tuple[float, float]:
    """(load seconds, predict articles/s) of the extractor in this process."""
    from rightsradar import registry

    articles = [Article(**rec) for rec in stream]
    t0 = time.perf_counter()
    extractor = registry.create(model)
    extractor.predict(articles[:1])  # lazy resources (gazetteer, models) load here
    t1 = time.perf_counter()
    for i in range(0, len(articles), 64):
        extractor.predict(articles[i : i + 64])
    t2 = time.perf_counter()
    return t1 - t0, len(articles) / (t2 - t1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL, help="registry name of the extractor")
    parser.add_argument("--runs", type=int, default=3, help="subprocess runs (median reported)")
    parser.add_argument("--n", type=int, default=1000, help="articles in the stream")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="passed to `rightsradar extract --workers` (default: the command's own, one "
        "process per core)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args(argv)

    stream = build_stream(args.n)
    n_words = sum(len(r["text"].split()) for r in stream) / len(stream)
    with tempfile.TemporaryDirectory() as tmp:
        stream_path, out_path = Path(tmp) / "stream.jsonl", Path(tmp) / "out.jsonl"
        write_stream(stream, stream_path)
        runs = [run_cli(stream_path, out_path, args.model, args.workers) for _ in range(args.runs)]
        with out_path.open(encoding="utf-8") as fh:
            n_flagged = sum(1 for line in fh if json.loads(line)["relevant"])
    load_s, predict_rate = in_process(stream, args.model)
    rates = [args.n / wall for wall, _, _ in runs]
    result = {
        "model": args.model,
        "n": args.n,
        "mean_words": round(n_words),
        "relevant_in_stream": sum(1 for r in stream if r["relevant"]),
        "flagged_relevant": n_flagged,
        "cli_articles_per_s": {
            "median": round(statistics.median(rates), 1),
            "min": round(min(rates), 1),
            "max": round(max(rates), 1),
        },
        "workers": args.workers,
        "cli_peak_rss_mb": round(max(rss for _, rss, _ in runs) / 2**20),
        # 0 where /proc cannot be read (not Linux).
        "cli_peak_pss_all_processes_mb": round(max(pss for _, _, pss in runs) / 2**20),
        "in_process_articles_per_s": round(predict_rate, 1),
        "in_process_load_s": round(load_s, 2),
        "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    r = result["cli_articles_per_s"]
    print(
        f"model {args.model}; {args.n} articles, {result['mean_words']} words on average, "
        f"{result['relevant_in_stream']} relevant ({n_flagged} flagged); {os.cpu_count()} CPUs"
    )
    print(
        f"rightsradar extract: {r['median']} articles/s median of {args.runs} "
        f"(min {r['min']}, max {r['max']}), workers: "
        f"{'one per core' if args.workers is None else args.workers}"
    )
    print(
        f"peak memory: {result['cli_peak_pss_all_processes_mb']} MB all processes together "
        f"(PSS), {result['cli_peak_rss_mb']} MB the largest one (RSS)"
    )
    print(
        f"in-process predict: {result['in_process_articles_per_s']} articles/s "
        f"(load {result['in_process_load_s']} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
