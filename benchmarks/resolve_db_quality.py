"""Incident resolution quality of the database path (``rightsradar run``/``watch``/``demo``).

Usage: python benchmarks/resolve_db_quality.py DEMO_DIR [DEMO_DIR ...] [--pred-name preds.jsonl]
       [--cycles N]

Each DEMO_DIR is a corpus as for ``resolve_quality.py`` (articles.jsonl, incidents.jsonl and
extractions in DEMO_DIR/PRED_NAME), so the database path is scored on the same extractions
as the batch path: the articles are ingested into a fresh SQLite file, the predictions are
stored as their extractions, and ``resolve_pending`` resolves them in ``--cycles`` runs
(1: one ``rightsradar run``; more: the articles arrive in that many slices, as under
``watch``, with one long-lived resolver). Printed: B-cubed and pairwise scores against the
gold clusters, the batch path's scores on the same rows, and the B-cubed agreement of the
two paths on the articles the extractor found relevant (1.0: the same decisions).
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from rightsradar.domain import Extraction, canonical_url, text_hash
from rightsradar.evaluate.clusters import bcubed, pairwise
from rightsradar.ingest.service import ingest
from rightsradar.resolve.incidents.batch import cluster
from rightsradar.resolve.incidents.model import MatchModel
from rightsradar.resolve.incidents.rows import read_rows
from rightsradar.resolve.service import Resolver, resolve_pending
from rightsradar.settings import Settings
from rightsradar.store import extractions, open_store
from rightsradar.store import models as m


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def db_clusters(
    demo: Path, pred_name: str, cycles: int, model: MatchModel, workdir: Path
) -> tuple[dict[str, str], float]:
    """``{corpus id: incident}`` from the database path, and the seconds resolution took."""
    articles = _jsonl(demo / "articles.jsonl")
    preds = {str(o["id"]): o for o in _jsonl(demo / pred_name)}
    settings = Settings(data_dir=workdir)
    store = open_store(settings.resolved_database_url, upgrade=True)
    resolver = Resolver(model)
    size = -(-len(articles) // cycles)
    seconds = 0.0
    for k in range(cycles):
        part = workdir / f"part{k}.jsonl"
        part.write_text(
            "".join(json.dumps(a) + "\n" for a in articles[k * size : (k + 1) * size]),
            encoding="utf-8",
        )
        ingest(store, settings, [str(part)])
        with store.session() as s:
            for art in s.scalars(select(m.Article).where(m.Article.status == "pending")):
                extractions.save(s, art, Extraction.from_prediction(preds[art.external_id]))
        t = time.perf_counter()
        resolve_pending(store, settings, resolver=resolver)
        seconds += time.perf_counter() - t
    with store.session() as s:
        rows = s.execute(
            select(
                m.Article.id, m.Article.content_hash, m.Article.canonical_url, m.Article.incident_id
            )
        ).all()
    by_hash = {h: (i, inc) for i, h, _, inc in rows}
    by_url = {u: (i, inc) for i, _, u, inc in rows if u}
    out = {}
    for a in articles:
        hit = by_hash.get(text_hash(a["text"]))
        if hit is None and a.get("url"):
            hit = by_url.get(canonical_url(a["url"]))
        if hit is not None and hit[1] is not None:
            out[str(a["id"])] = f"i{hit[1]}"
    store.engine.dispose()
    return out, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("demos", nargs="+", type=Path)
    parser.add_argument("--pred-name", default="preds.jsonl")
    parser.add_argument("--cycles", type=int, default=1)
    args = parser.parse_args()
    logging.getLogger("splink").setLevel(logging.WARNING)
    model = MatchModel.load()
    print(
        f"{'corpus':<16}{'path':<7}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'pw P':>7}{'pw R':>7}"
        f"{'pw F1':>7}{'agree':>7}{'s':>7}"
    )
    for demo in args.demos:
        gold = {o["id"]: o["incident_id"] for o in _jsonl(demo / "incidents.jsonl")}
        rows = read_rows(demo / "articles.jsonl", pred=demo / args.pred_name)
        batch = cluster(rows, model)
        with tempfile.TemporaryDirectory() as tmp:
            db, seconds = db_clusters(demo, args.pred_name, args.cycles, model, Path(tmp))
        relevant = {r["unique_id"] for r in rows if r["relevant"]}
        agree = bcubed(
            {k: v for k, v in batch.items() if k in relevant},
            {k: v for k, v in db.items() if k in relevant},
        )["f1"]
        db_extra = f"{agree:>7.3f}{seconds:>7.1f}"
        for name, pred, extra in (("batch", batch, ""), ("db", db, db_extra)):
            b, p = bcubed(gold, pred), pairwise(gold, pred)
            cells = [b["precision"], b["recall"], b["f1"], p["precision"], p["recall"], p["f1"]]
            print(f"{demo.name:<16}{name:<7}" + "".join(f"{c:>7.3f}" for c in cells) + extra)


if __name__ == "__main__":
    main()
