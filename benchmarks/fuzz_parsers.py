"""Fuzz every ingest parser with generated malformed inputs; print crashes and timings.

Usage::

    .venv/bin/python benchmarks/fuzz_parsers.py [--n 10000] [--seed 1] [--format jsonl ...]

Each parser (Article JSONL, CSV, RSS/Atom, HTML page, HRDsAttack JSON) gets ``--n`` inputs
made by mutating the valid samples in tests/data/ingest (byte flips, truncation, splicing,
inserted junk, invalid UTF-8, NUL bytes, deep nesting, huge numbers, wrong types, XML entity
bombs and external entities). An input passes when the parser either yields records (each
an article or an error with a stable code) or raises ``InputError``; anything else is a
crash and is printed with a reproducer file under the output directory. Exit status 1 when
any crash occurred. ``tests/test_ingest_fuzz.py`` runs the same targets on fewer inputs in
``make test``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from rightsradar.errors import InputError, RightsRadarError
from rightsradar.ingest.readers import Location, records_from_bytes

SEEDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "ingest"
FORMATS = {
    "jsonl": ("articles.jsonl", "file"),
    "csv": ("articles.csv", "file"),
    "feed": ("feed.rss", "feed"),
    "html": ("page.html", "page"),
    "hrdsattack": ("hrdsattack_sample.json", "hrdsattack"),
}
EXTRA_SEEDS = {"feed": ["feed.atom"], "jsonl": ["malformed.jsonl"]}

_JUNK = [
    b"\x00", b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"{", b"}", b"[", b"]", b'"', b"\\",
    b",", b"\n", b"\r\n", b"<", b">", b"&", b"&amp;", b"<![CDATA[", b"]]>", b"<!--", b"-->",
    b"1e999999", b"-0", b"NaN", b"null", b"true", b"9" * 400, b"\t", b"\xe2\x80\xae",
    b"<script>alert(1)</script>", b"javascript:alert(1)", b"file:///etc/passwd",
]  # fmt: skip
_LAUGHS = b"".join(
    b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
    for i in range(1, 10)
)
_BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + _LAUGHS
         + b']><rss version="2.0"><channel><title>&lol9;</title></channel></rss>')  # fmt: skip
_XXE = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&x;</title><item><title>a</title></item>'
        b"</channel></rss>")  # fmt: skip


def _json_mutants(rng: random.Random) -> bytes:
    """Structurally valid JSON with the wrong shapes and types."""
    values = [None, True, 0, -1, 1e308, "", "x" * 5000, [], {}, [[[]]], {"a": {"b": {}}},
              "2025-13-45", "\u202e", "\x00"]  # fmt: skip
    fields = ["id", "title", "text", "published", "url", "language", "source", "sample",
              "merged_sample", "Input.article_interface", "Input.publish_date"]  # fmt: skip
    obj = {rng.choice(fields): rng.choice(values) for _ in range(rng.randint(0, 6))}
    if rng.random() < 0.2:
        obj = json.loads("[" * 50 + "]" * 50) if rng.random() < 0.5 else [obj]  # deep/array
    return json.dumps(obj).encode()


def mutate(seed: bytes, rng: random.Random, fmt: str) -> bytes:
    """One malformed variant of ``seed``."""
    data = bytearray(seed)
    kind = rng.randrange(10)
    if kind == 0 and data:  # flip bytes
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == 1:  # truncate
        data = data[: rng.randrange(len(data) + 1)]
    elif kind == 2:  # insert junk
        for _ in range(rng.randint(1, 5)):
            pos = rng.randrange(len(data) + 1)
            data[pos:pos] = rng.choice(_JUNK)
    elif kind == 3:  # splice two halves in the wrong order
        cut = rng.randrange(len(data) + 1)
        data = data[cut:] + data[:cut]
    elif kind == 4:  # random bytes
        data = bytearray(rng.randbytes(rng.randint(0, 2000)))
    elif kind == 5 and fmt in ("jsonl", "hrdsattack"):
        body = _json_mutants(rng)
        data = bytearray(body if fmt == "hrdsattack" else body + b"\n" + bytes(seed))
    elif kind == 6 and fmt == "feed":
        data = bytearray(rng.choice([_BOMB, _XXE]))
    elif kind == 7:  # duplicate a slice many times (big but bounded)
        a = rng.randrange(len(data) + 1)
        b = min(len(data), a + rng.randint(1, 50))
        data[a:a] = data[a:b] * rng.randint(2, 200)
    elif kind == 8:  # invalid UTF-8 / NULs sprinkled
        for _ in range(rng.randint(1, 10)):
            pos = rng.randrange(len(data) + 1)
            data[pos:pos] = rng.choice([b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80"])
    else:  # empty or whitespace only
        data = bytearray(rng.choice([b"", b" ", b"\n\n", b"\xef\xbb\xbf"]))
    return bytes(data)


def run_target(fmt: str, data: bytes) -> str:
    """Parse ``data`` as ``fmt``. Returns "ok", "rejected" or raises on a crash."""
    loc = Location(location=f"fuzz.{fmt}", format=fmt, kind=FORMATS[fmt][1], source_name="fuzz")
    try:
        for rec in records_from_bytes(loc, data, fetch_pages=False):
            if rec.article is None and not isinstance(rec.error, RightsRadarError):
                raise AssertionError("a record with neither an article nor a coded error")
            if rec.error is not None and not rec.error.code:
                raise AssertionError("an error without a code")
    except InputError as exc:
        if not exc.code or not str(exc):
            raise AssertionError("an InputError without a code or message") from exc
        return "rejected"
    return "ok"


def fuzz(fmt: str, n: int, seed: int, on_crash: Callable[[str, bytes, str], None]) -> dict:
    rng = random.Random(seed)
    seeds = [(SEEDS / FORMATS[fmt][0]).read_bytes()]
    seeds += [(SEEDS / f).read_bytes() for f in EXTRA_SEEDS.get(fmt, [])]
    outcome = {"ok": 0, "rejected": 0, "crash": 0}
    times = []
    for _ in range(n):
        data = mutate(rng.choice(seeds), rng, fmt)
        t0 = time.perf_counter()
        try:
            outcome[run_target(fmt, data)] += 1
        except Exception:  # noqa: BLE001 - a crash is what we are looking for
            outcome["crash"] += 1
            on_crash(fmt, data, traceback.format_exc())
        times.append(time.perf_counter() - t0)
    outcome["median_ms"] = round(1000 * statistics.median(times), 3)
    outcome["max_ms"] = round(1000 * max(times), 1)
    return outcome


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", action="append", choices=sorted(FORMATS))
    ap.add_argument("--out", type=Path, default=None, help="where crash reproducers go")
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="rightsradar-fuzz-"))
    crashes: list[str] = []

    def on_crash(fmt: str, data: bytes, tb: str) -> None:
        path = out / f"crash-{fmt}-{len(crashes)}.bin"
        out.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        crashes.append(f"{path}: {tb.strip().splitlines()[-1]}")

    print(f"{'parser':<11} {'inputs':>7} {'ok':>6} {'rejected':>9} {'crashes':>8} "
          f"{'median ms':>10} {'max ms':>8}")  # fmt: skip
    for fmt in args.format or sorted(FORMATS):
        r = fuzz(fmt, args.n, args.seed, on_crash)
        print(f"{fmt:<11} {args.n:>7} {r['ok']:>6} {r['rejected']:>9} {r['crash']:>8} "
              f"{r['median_ms']:>10} {r['max_ms']:>8}")  # fmt: skip
    for c in crashes[:20]:
        print("CRASH", c)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
