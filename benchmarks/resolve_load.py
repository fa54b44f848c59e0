"""The time a long-lived resolver (``watch``, ``run``) takes to load a store of N articles.

Usage: python benchmarks/resolve_load.py DEMO_DIR [--n 20000] [--pred-name preds.jsonl]
       [--db PATH] [--repeat 2]
       [--build-only] [--attach 0]

Builds a SQLite store of N resolved articles from a demo corpus (``rightsradar demo``):
replica k of the corpus has every word of its texts tagged by k, its victims' names tagged
by k and its dates k years later, so that each replica is a new set of originals and
incidents. Articles are stored resolved as the corpus's gold incidents group them, with
what resolving stores (``resolve.service``: the MinHash signature and resolved sequence,
where the schema has them); persons are not linked. Then times ``Resolver.sync`` on that
store from nothing, ``--repeat`` times. ``--db`` keeps the store (and reuses it when it
exists). ``--attach N`` then resolves N new articles (of one more replica) one at a time
with the loaded resolver, as ``watch`` does, and prints the time each ``resolve_pending``
took (this adds them to the store).
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from rightsradar.domain import Article, Extraction
from rightsradar.resolve.incidents.model import MatchModel
from rightsradar.resolve.service import Resolver
from rightsradar.settings import Settings
from rightsradar.store import articles as article_store
from rightsradar.store import extractions, open_store
from rightsradar.store import incidents as incident_store
from rightsradar.store import models as m

try:  # absent before the resolved sequence (to time the code before it)
    from rightsradar.resolve.dedup import pack, signature
except ImportError:  # pragma: no cover
    pack = None  # type: ignore[assignment]

CHUNK = 500


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _tag_text(text: str, k: int) -> str:
    return text if k == 0 else " ".join(f"{w}x{k}" for w in text.split())


def build(store, demo: Path, pred_name: str, n: int) -> None:  # type: ignore[no-untyped-def]
    corpus = _jsonl(demo / "articles.jsonl")
    preds = {str(o["id"]): o for o in _jsonl(demo / pred_name)}
    gold = {o["id"]: o["incident_id"] for o in _jsonl(demo / "incidents.jsonl")}
    numbered = hasattr(m.Article, "resolved_seq")
    incidents: dict[tuple[int, str], int] = {}
    seq = 0
    done = 0
    k = 0
    while done < n:
        for start in range(0, len(corpus), CHUNK):
            part = corpus[start : start + CHUNK][: n - done]
            if not part:
                break
            with store.session() as s:
                src = article_store.get_or_create_source(s, "bench")
                for a in part:
                    text = _tag_text(a["text"], k)
                    res = article_store.add_article(
                        s,
                        Article(
                            id=f"{a['id']}~{k}",
                            title=_tag_text(a.get("title") or "", k),
                            text=text,
                            url=None,
                            published=a.get("published"),
                            language=a.get("language"),
                        ),
                        source=src,
                    )
                    pred = dict(preds[str(a["id"])], id=str(res.article_id))
                    ex = Extraction.from_prediction(pred)
                    for v in ex.victims:
                        if v.name:
                            v.name = f"{v.name} Tag{k}"
                    if ex.year:
                        ex.year += k
                    row = s.get(m.Article, res.article_id)
                    extractions.save(s, row, ex)
                    gid = gold.get(a["id"])
                    if gid is not None and ex.relevant:
                        key = (k, gid)
                        if key not in incidents:
                            incidents[key] = incident_store.create(s, status="detected").id
                        row.incident_id = incidents[key]
                    row.status = "resolved"
                    if numbered:
                        seq += 1
                        row.resolved_seq = seq
                        row.minhash = pack(signature(text))
                if numbered:
                    s.execute(m.ResolveCounter.__table__.update().values(value=seq))
            done += len(part)
        k += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("demo", type=Path)
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--pred-name", default="preds.jsonl")
    ap.add_argument("--db", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--attach", type=int, default=0)
    args = ap.parse_args()
    logging.getLogger("splink").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        fresh = not db.exists()
        settings = Settings(data_dir=db.parent)
        # A kept store is not upgraded: the code before the resolved sequence can time
        # its load on the same store (it ignores the newer columns).
        store = open_store(f"sqlite:///{db}", upgrade=fresh)
        if fresh:
            t = time.perf_counter()
            build(store, args.demo, args.pred_name, args.n)
            print(f"built {args.n} articles in {time.perf_counter() - t:.1f} s")
        if args.build_only:
            store.engine.dispose()
            return
        with store.session() as s:
            n = s.scalar(select(func.count()).select_from(m.Article))
        model = MatchModel.load()
        del settings
        for _ in range(args.repeat):
            resolver = Resolver(model)
            t, cpu = time.perf_counter(), time.process_time()
            with store.session() as s:
                resolver.sync(s)
            print(
                f"load of {n} articles: {time.perf_counter() - t:.2f} s "
                f"(CPU {time.process_time() - cpu:.2f} s; {len(resolver.index)} linkage rows, "
                f"{len(resolver.dedup)} signatures)"
            )
        if args.attach:
            attach(store, resolver, args.demo, args.pred_name, args.attach, n)
        store.engine.dispose()


def attach(store, resolver, demo: Path, pred_name: str, n: int, stored: int) -> None:  # type: ignore[no-untyped-def]
    """Resolve ``n`` new articles one by one with ``resolver``, as ``watch`` does."""
    import statistics

    from rightsradar.resolve.service import resolve_pending

    corpus = _jsonl(demo / "articles.jsonl")
    preds = {str(o["id"]): o for o in _jsonl(demo / pred_name)}
    k = 1000 + stored  # a replica tag no stored article has
    settings = Settings(data_dir=Path(tempfile.gettempdir()))
    times = []
    for a in corpus[:n]:
        with store.session() as s:
            src = article_store.get_or_create_source(s, "bench-new")
            res = article_store.add_article(
                s,
                Article(
                    id=f"{a['id']}~{k}",
                    title=_tag_text(a.get("title") or "", k),
                    text=_tag_text(a["text"], k),
                    published=a.get("published"),
                    language=a.get("language"),
                ),
                source=src,
            )
            ex = Extraction.from_prediction(dict(preds[str(a["id"])], id=str(res.article_id)))
            extractions.save(s, s.get(m.Article, res.article_id), ex)
        t = time.perf_counter()
        resolve_pending(store, settings, resolver=resolver)
        times.append((time.perf_counter() - t) * 1000)
    print(
        f"attach one against {stored} stored: median {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms over {len(times)}"
    )


if __name__ == "__main__":
    main()
