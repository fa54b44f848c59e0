"""Web API speed: list API latency under 50 concurrent clients on a large database, and the
dashboard's first render on the demo database.

    python benchmarks/web_api_speed.py list --incidents 1000000 --clients 50 --requests 3000
    python benchmarks/web_api_speed.py list --database-url postgresql://... (PostgreSQL)
    python benchmarks/web_api_speed.py dashboard --db var/demo/rightsradar.db

``list`` fills a database with synthetic incidents (made-up places and dates, no names; the
SQLite file is kept and reused when it already holds enough), serves the app with uvicorn in
its own process(es), and lets ``--clients`` concurrent clients call ``GET /api/incidents``
with a bearer token and a mix of filters and pages. It prints p50/p95/p99 per query kind
and overall, the requests per second, and the server processes' CPU time per request
(steadier than latency on a machine that runs other work: compare it before and after).
``--workers``: server processes (2 on two cores); ``WEB_API_SPEED_THREADS`` and
``WEB_API_SPEED_SWITCH_MS`` (the interpreter's thread switch interval) are for experiments.
The clients are bare keep-alive HTTP/1.1 connections on one asyncio loop (``--httpx`` for
httpx clients, which cost the shared cores more than a kept page costs the server);
``--no-page-cache`` reads every page afresh.

``dashboard`` opens /dashboard in headless Chromium and prints the time until the map and
the timeline are drawn (the page's first complete render).

The figures are printed, not asserted: they depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from multiprocessing import Process
from pathlib import Path

COUNTRIES = [
    ("Nigeria", 9.1, 8.7),
    ("Colombia", 4.6, -74.1),
    ("Mexico", 19.4, -99.1),
    ("Philippines", 14.6, 121.0),
    ("Kenya", -1.3, 36.8),
    ("Brazil", -15.8, -47.9),
    ("India", 28.6, 77.2),
    ("Pakistan", 33.7, 73.1),
    ("Honduras", 14.1, -87.2),
    ("Guatemala", 14.6, -90.5),
    ("Peru", -12.0, -77.0),
    ("Bangladesh", 23.8, 90.4),
    ("Myanmar", 16.8, 96.2),
    ("Iraq", 33.3, 44.4),
    ("Cameroon", 3.9, 11.5),
    ("Uganda", 0.3, 32.6),
    ("Ukraine", 50.5, 30.5),
    ("Turkey", 39.9, 32.9),
    ("Egypt", 30.0, 31.2),
    ("Venezuela", 10.5, -66.9),
]
VIOLATIONS = [
    "killing",
    "torture",
    "enforced disappearance",
    "arbitrary detention",
    "kidnapping",
    "other",
]
GROUPS = ["journalist", "human rights defender", "trade unionist"]
STATUSES = ["detected", "corroborated", "verified", "rejected"]
TOKEN_FILE = "bench-token.txt"


# -- data ------------------------------------------------------------------------------------
def fill(url: str, n: int, *, seed: int = 1) -> None:
    """Insert synthetic incidents until the database holds ``n`` (fast bulk insert)."""
    from sqlalchemy import func, insert, select

    from rightsradar.store import models as m
    from rightsradar.store import open_store

    store = open_store(url, upgrade=True)
    with store.session() as s:
        have = s.scalar(select(func.count()).select_from(m.Incident)) or 0
    rng = random.Random(seed + have)
    start = time.perf_counter()
    batch = 20_000
    table = m.Incident.__table__
    now = m.utcnow()
    filled = have < n
    while have < n:
        rows = []
        for _ in range(min(batch, n - have)):
            country, lat, lon = rng.choice(COUNTRIES)
            vt = sorted(set(rng.sample(VIOLATIONS, rng.choice((1, 1, 1, 2)))))
            worst = next(v for v in VIOLATIONS if v in vt)
            region = f"Region {rng.randrange(12)}"
            rows.append(
                {
                    "status": rng.choice(STATUSES),
                    "title": f"Synthetic incident in {country}",
                    "violation_types": vt,
                    "most_serious": worst,
                    "perpetrator_type": rng.choice(("state actor", "other non-state actors")),
                    "victim_groups": [rng.choice(GROUPS)],
                    "n_victims": rng.randrange(1, 4),
                    "country": country,
                    "region": region,
                    "city": f"{region} City",
                    "latitude": lat + rng.uniform(-2, 2),
                    "longitude": lon + rng.uniform(-2, 2),
                    "event_date": date(2015, 1, 1) + timedelta(days=rng.randrange(3650)),
                    "date_precision": "day",
                    "claims": {},
                    "n_sources": rng.randrange(1, 4),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        with store.engine.begin() as conn:
            conn.execute(insert(table), rows)
        have += len(rows)
        print(f"  {have:,} incidents ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    if filled and store.dialect == "sqlite":
        # Statistics as the store's upgrade gathers them (sampled, so seconds, not minutes):
        # without them SQLite reads a filtered page through the status index, not by date.
        with store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE")
    store.dispose()


def make_token(url: str, out: Path) -> str:
    from rightsradar.store import open_store, users

    store = open_store(url)
    with store.session() as s:
        user = users.get_user(s, "bench") or users.create_user(
            s, "bench", "benchmark-password", "analyst"
        )
        _, token = users.create_token(s, user, "benchmark", actor="benchmark")
    store.dispose()
    out.write_text(token)
    return token


# -- server ----------------------------------------------------------------------------------
def app_factory():  # uvicorn --factory entry point; settings from the environment
    from rightsradar.settings import Settings
    from rightsradar.web import app as web_app
    from rightsradar.web import listing
    from rightsradar.web.app import create_app

    if os.environ.get("WEB_API_SPEED_THREADS"):  # experiments with the worker threads
        web_app.WORKER_THREADS = int(os.environ["WEB_API_SPEED_THREADS"])
    if os.environ.get("WEB_API_SPEED_SWITCH_MS"):  # experiments with the GIL hand-over
        sys.setswitchinterval(float(os.environ["WEB_API_SPEED_SWITCH_MS"]) / 1e3)
    if os.environ.get("WEB_API_SPEED_NO_PAGE_CACHE"):  # --no-page-cache: every page read
        listing.PAGE_CACHE_ENTRIES = 0
    return create_app(Settings())


def _serve(url: str, port: int, workers: int) -> None:
    import uvicorn

    os.environ["RIGHTSRADAR_DATABASE_URL"] = url
    os.environ.setdefault("RIGHTSRADAR_ENVIRONMENT", "development")
    sys.path.insert(0, str(Path(__file__).parent))
    uvicorn.run(
        "web_api_speed:app_factory",
        factory=True,
        host="127.0.0.1",
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_up(base: str, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            # The OpenAPI schema: cheap, where the public statistics count every incident.
            if httpx.get(base + "/api/openapi.json", timeout=30).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not start")


# -- load ------------------------------------------------------------------------------------
def query_mix(rng: random.Random) -> tuple[str, dict[str, str]]:
    """One list request as analysts make them: first pages, filters, later pages."""
    kind = rng.choices(
        ["first page", "country", "status", "country+dates", "violation", "deep page"],
        weights=[30, 25, 15, 15, 10, 5],
    )[0]
    params: dict[str, str] = {"limit": "50"}
    if kind == "country":
        params["country"] = rng.choice(COUNTRIES)[0]
    elif kind == "status":
        params["status"] = rng.choice(STATUSES)
    elif kind == "country+dates":
        start = date(2015, 1, 1) + timedelta(days=rng.randrange(3300))
        params |= {
            "country": rng.choice(COUNTRIES)[0],
            "date_from": start.isoformat(),
            "date_to": (start + timedelta(days=90)).isoformat(),
        }
    elif kind == "violation":
        params["violation"] = rng.choice(VIOLATIONS)
    elif kind == "deep page":
        params["offset"] = str(rng.randrange(1, 200) * 50)
    return kind, params


async def load(
    base: str, token: str, clients: int, requests: int, seed: int = 3, *, use_httpx: bool = False
) -> dict[str, list[float]]:
    """``clients`` closed-loop clients on keep-alive connections share ``requests``.

    By default each client is a bare HTTP/1.1 connection (a request line out, a
    Content-Length body in): the load generator shares the machine's cores with the server,
    and httpx spends more CPU per request than a cached page costs to serve."""
    from urllib.parse import urlencode, urlsplit

    rng = random.Random(seed)
    plan = [query_mix(rng) for _ in range(requests)]
    timings: dict[str, list[float]] = defaultdict(list)
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    if use_httpx:
        return await _load_httpx(base, token, clients, queue, timings)
    host = urlsplit(base)
    head = f"Host: {host.netloc}\r\nAuthorization: Bearer {token}\r\n\r\n".encode()

    async def client() -> None:
        reader, writer = await asyncio.open_connection(host.hostname, host.port)
        try:
            while not queue.empty():
                kind, params = queue.get_nowait()
                t0 = time.perf_counter()
                writer.write(f"GET /api/incidents?{urlencode(params)} HTTP/1.1\r\n".encode() + head)
                try:
                    status, body = await _response(reader)
                except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                    timings["ERROR " + type(exc).__name__].append(time.perf_counter() - t0)
                    writer.close()
                    reader, writer = await asyncio.open_connection(host.hostname, host.port)
                    continue
                took = time.perf_counter() - t0
                timings[kind if status == 200 else f"ERROR HTTP {status}"].append(took)
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return timings


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 response with a Content-Length body (what the app sends)."""
    header = await reader.readuntil(b"\r\n\r\n")
    lines = header.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = next(
        (
            int(v)
            for k, _, v in (ln.partition(":") for ln in lines[1:])
            if k.lower() == "content-length"
        ),
        None,
    )
    if length is None:
        raise ValueError("a response without Content-Length")
    return status, await reader.readexactly(length)


async def _load_httpx(
    base: str, token: str, clients: int, queue: asyncio.Queue, timings: dict[str, list[float]]
) -> dict[str, list[float]]:
    import httpx

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=base, limits=limits, timeout=120, headers={"Authorization": f"Bearer {token}"}
    ) as http:

        async def client() -> None:
            while not queue.empty():
                kind, params = queue.get_nowait()
                t0 = time.perf_counter()
                try:
                    r = await http.get("/api/incidents", params=params)
                    r.raise_for_status()
                except httpx.HTTPError as exc:  # counted, and printed at the end
                    timings["ERROR " + type(exc).__name__].append(time.perf_counter() - t0)
                    continue
                timings[kind].append(time.perf_counter() - t0)

        await asyncio.gather(*(client() for _ in range(clients)))
    return timings


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` and its descendants
    (Linux /proc; 0 elsewhere). Less sensitive than latency to what else the machine runs."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    children: dict[int, list[int]] = defaultdict(list)
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        children[int(fields[1])].append(int(entry.name))
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, stack = 0.0, [pid]
    while stack:
        p = stack.pop()
        total += times.get(p, 0.0)
        stack.extend(children.get(p, []))
    return total


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(timings: dict[str, list[float]], wall: float) -> None:
    every = [t for ts in timings.values() for t in ts]
    print(f"{'query':<16}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind, ts in sorted(timings.items()):
        print(
            f"{kind:<16}{len(ts):>6}{pct(ts, 50) * 1e3:>9.0f}{pct(ts, 95) * 1e3:>9.0f}"
            f"{pct(ts, 99) * 1e3:>9.0f}"
        )
    print(
        f"{'all':<16}{len(every):>6}{pct(every, 50) * 1e3:>9.0f}{pct(every, 95) * 1e3:>9.0f}"
        f"{pct(every, 99) * 1e3:>9.0f}"
    )
    mean = statistics.fmean(every) * 1e3
    print(f"throughput {len(every) / wall:.0f} requests/s; mean {mean:.0f} ms")


def cmd_list(args: argparse.Namespace) -> None:
    url = args.database_url or f"sqlite:///{args.db}"
    print(f"database: {url.split('@')[-1]}; {args.incidents:,} incidents", file=sys.stderr)
    fill(url, args.incidents)
    if args.analyze:
        from sqlalchemy import create_engine, text

        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        engine.dispose()
    token = make_token(url, Path(tempfile.gettempdir()) / TOKEN_FILE)
    if args.no_page_cache:
        os.environ["WEB_API_SPEED_NO_PAGE_CACHE"] = "1"
    port = _free_port()
    server = Process(target=_serve, args=(url, port, args.workers))
    server.start()
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_up(base)
        if args.warmup:  # not timed: counts and pages a running server already holds
            asyncio.run(load(base, token, args.clients, args.warmup, seed=4, use_httpx=args.httpx))
        cpu0, t0 = tree_cpu_s(server.pid), time.perf_counter()
        timings = asyncio.run(load(base, token, args.clients, args.requests, use_httpx=args.httpx))
        wall = time.perf_counter() - t0
        cpu = tree_cpu_s(server.pid) - cpu0
    finally:
        server.terminate()
        server.join(10)
    print(
        f"GET /api/incidents, {args.clients} concurrent clients, {args.incidents:,} incidents, "
        f"{args.workers} server process(es), {os.cpu_count()} CPUs"
        f"{', after ANALYZE' if args.analyze else ''}"
        f"{', page cache off' if args.no_page_cache else ''}"
        f", after {args.warmup} untimed requests"
        f"; clients: {'httpx' if args.httpx else 'bare HTTP/1.1'}"
    )
    report(timings, wall)
    if cpu:
        print(
            f"server CPU {cpu / args.requests * 1e3:.2f} ms per request "
            f"({cpu:.1f} s over {wall:.1f} s)"
        )


def cmd_dashboard(args: argparse.Namespace) -> None:
    """Time from navigation to the map's markers and the timeline being drawn."""
    from playwright.sync_api import sync_playwright

    url = f"sqlite:///{args.db}"
    make_token(url, Path(tempfile.gettempdir()) / TOKEN_FILE)  # ensures the bench user
    port = _free_port()
    server = Process(target=_serve, args=(url, port, 1), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    times = []
    try:
        _wait_up(base)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=flags)
            page = browser.new_page()
            page.goto(base + "/login")
            page.fill("#username", "bench")
            page.fill("#password", "benchmark-password")
            page.click("form.stacked button[type=submit]")
            page.wait_for_url("**/dashboard")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                page.goto(base + "/dashboard")
                page.wait_for_selector("#map[data-ready=true]")
                page.wait_for_selector("#timeline svg")
                times.append(time.perf_counter() - t0)
            n = page.inner_text("#map-count")
            browser.close()
    finally:
        server.terminate()
        server.join(10)
    print(
        f"dashboard first render (map markers + timeline drawn), {args.repeat} loads: "
        f"median {statistics.median(times) * 1e3:.0f} ms, first {times[0] * 1e3:.0f} ms, "
        f"max {max(times) * 1e3:.0f} ms; {n}"
    )
    print(
        json.dumps(
            {"first_ms": round(times[0] * 1e3), "median_ms": round(statistics.median(times) * 1e3)}
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    lst = sub.add_parser("list", help="list API latency under concurrent clients")
    lst.add_argument("--incidents", type=int, default=1_000_000)
    lst.add_argument("--clients", type=int, default=50)
    lst.add_argument("--requests", type=int, default=3000)
    lst.add_argument("--workers", type=int, default=1)
    lst.add_argument(
        "--warmup",
        type=int,
        default=100,
        help="untimed requests first (another mix of the same kinds): each "
        "server process counts a filter's total once, then keeps it",
    )
    lst.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "rr-bench.db")
    lst.add_argument("--database-url", help="e.g. a PostgreSQL URL instead of --db")
    lst.add_argument(
        "--httpx",
        action="store_true",
        help="load with httpx clients (heavier) instead of bare HTTP/1.1",
    )
    lst.add_argument(
        "--no-page-cache",
        action="store_true",
        help="serve every request from the database (the kept pages off)",
    )
    lst.add_argument(
        "--analyze",
        action="store_true",
        help="run ANALYZE first, so the planner knows the event-date index is "
        "the cheap way to a filtered first page",
    )
    dash = sub.add_parser("dashboard", help="dashboard first render in headless Chromium")
    dash.add_argument("--db", type=Path, required=True, help="the demo SQLite database")
    dash.add_argument("--repeat", type=int, default=5)
    dash.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    {"list": cmd_list, "dashboard": cmd_dashboard}[args.cmd](args)


if __name__ == "__main__":
    main()
