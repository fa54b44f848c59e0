"""Build the demo database end to end and score it against the corpus's ground truth.

Used by `rightsradar demo`. Every stage runs through the same service functions as the
real commands (ingest → run), so the demo shows the product, not a special path.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from ..domain import canonical_url, text_hash
from ..progress import RichReporter
from ..settings import Settings
from ..store import Store
from ..store import models as m
from ..store.base import open_configured_store

DEMO_USER = "demo"


@dataclass
class DemoResult:
    """What the demo built and how well the pipeline did against the truth."""

    settings: Settings
    store: Store
    summary: dict[str, Any]
    extraction_scores: dict[str, Any] = field(default_factory=dict)
    # Perpetrator type, places and dates where an empty truth counts too: the demo's truth
    # is empty where the article does not say, and saying nothing there is right.
    extraction_plain: dict[str, float] = field(default_factory=dict)
    cluster_scores: dict[str, Any] = field(default_factory=dict)
    n_gold_articles: int = 0


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def build_demo(
    settings: Settings, demo_dir: Path, *, seed: int, password: str, console: Console
) -> DemoResult:
    """Generate the corpus, rebuild the demo database, ingest, run the pipeline, score."""
    from ..demo.generator import generate
    from ..ingest.service import ingest
    from ..pipeline import run
    from ..store import alerts as alert_store
    from ..store import users

    demo_dir.mkdir(parents=True, exist_ok=True)
    db_path = demo_dir / "rightsradar-demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    demo_settings = settings.model_copy(
        update={"database_url": f"sqlite:///{db_path.as_posix()}", "data_dir": demo_dir}
    )
    console.print(f"[bold]rightsradar demo[/bold] (seed {seed}) → {db_path}")
    paths = generate(demo_dir / "corpus", seed=seed)
    store = open_configured_store(demo_settings, upgrade=True)

    with store.session() as s:
        users.create_user(s, DEMO_USER, password, "analyst")
        _add_demo_rules(s, alert_store, paths.persons)

    with RichReporter(console) as reporter:
        ingest(store, demo_settings, [str(paths.articles)], reporter=reporter)
        run(store, demo_settings, reporter=reporter)

    from ..analyze.summary import summary

    result = DemoResult(settings=demo_settings, store=store, summary=summary(store))
    _score(result, paths)
    return result


def _add_demo_rules(session: Any, alert_store: Any, persons_path: Path) -> None:
    """A watch-listed defender (the person with the longest case history), a country and a
    violation type, all on the log channel (the demo has no webhook receiver)."""
    persons = _read_jsonl(persons_path)
    watched = max(persons, key=lambda p: (len(p.get("incident_ids", [])), p["person_id"]))
    alert_store.add_rule(
        session,
        name="watch-list: demo defender",
        kind="watchlist",
        pattern=watched["name"],
        channel="log",
    )
    alert_store.add_rule(
        session, name="killings anywhere", kind="violation", pattern="killing", channel="log"
    )
    country = Counter(p.get("country") for p in persons if p.get("country")).most_common(1)
    if country:
        alert_store.add_rule(
            session,
            name=f"country: {country[0][0]}",
            kind="country",
            pattern=country[0][0],
            channel="log",
        )


def _stored_ids(store: Store, articles: list[dict[str, Any]]) -> dict[str, int]:
    """Map each corpus article id to the stored article that holds it (exact copies share
    one row), by the same keys ingest deduplicates on."""
    with store.session() as s:
        rows = s.execute(
            select(m.Article.id, m.Article.content_hash, m.Article.canonical_url)
        ).all()
    by_hash = {h: i for i, h, _ in rows}
    by_url = {u: i for i, _, u in rows if u}
    out: dict[str, int] = {}
    for a in articles:
        sid = by_hash.get(text_hash(a["text"]))
        if sid is None and a.get("url"):
            sid = by_url.get(canonical_url(a["url"]))
        if sid is not None:
            out[str(a["id"])] = sid
    return out


def _score(result: DemoResult, paths: Any) -> None:
    from ..evaluate.clusters import bcubed, pairwise
    from ..evaluate.extraction import load_gold, score
    from ..store.extractions import to_domain

    articles = _read_jsonl(paths.articles)
    ids = _stored_ids(result.store, articles)
    preds: dict[str, dict[str, Any]] = {}
    incident_of: dict[int, int | None] = {}
    with result.store.session() as s:
        for row in s.scalars(select(m.Article)):
            incident_of[row.id] = row.incident_id
            if row.extraction is not None:
                preds[str(row.id)] = to_domain(row.extraction).to_prediction()
    by_corpus_id = {
        cid: {**preds[str(sid)], "id": cid} for cid, sid in ids.items() if str(sid) in preds
    }
    gold = load_gold(paths.gold)
    result.n_gold_articles = len(gold)
    report = score(gold, by_corpus_id)
    result.extraction_scores = report.headline()
    plain = {"perpetrator_type": report.perpetrator_type, **report.places, **report.dates}
    result.extraction_plain = {k: round(100 * v["plain"].value, 1) for k, v in plain.items()}

    gold_clusters = {str(r["id"]): str(r["incident_id"]) for r in _read_jsonl(paths.incidents)}
    pred_clusters = {
        cid: f"i{incident_of[ids[cid]]}"
        for cid in gold_clusters
        if cid in ids and incident_of.get(ids[cid]) is not None
    }
    result.cluster_scores = {
        "bcubed": bcubed(gold_clusters, pred_clusters),
        "pairwise": pairwise(gold_clusters, pred_clusters),
    }


def _table(counts: dict[str, Any], limit: int = 12) -> Table:
    t = Table()
    t.add_column("")
    t.add_column("n", justify="right")
    items = sorted(counts.items(), key=lambda kv: (-(kv[1] or 0), str(kv[0])))
    for k, v in items[:limit]:
        t.add_row("none" if k is None else str(k), str(v))
    if len(items) > limit:
        t.add_row(f"… {len(items) - limit} more", "")
    return t


def print_summary(result: DemoResult, *, console: Console) -> None:
    """The demo summary: what was built, alerts, and the scores against the truth.

    Headings are printed on their own line: a table title would wrap to the table's width.
    """
    s = result.summary
    arts, incs = s["articles"], s["incidents"]
    console.print()
    console.print(
        f"[bold]Articles[/bold]: {arts['total']} ingested, {arts['relevant']} relevant, "
        f"{arts['duplicates']} syndicated copies collapsed"
    )
    console.print(f"[bold]Incidents[/bold]: {incs['total']}")
    for counts, title in (
        (incs["by_status"], "Incidents by status"),
        (incs["by_most_serious"], "Incidents by most serious violation"),
        (incs["by_country"], "Incidents by country"),
        (s["alerts"], "Alerts fired"),
    ):
        console.print(f"\n[bold]{title}[/bold]")
        console.print(_table(counts))
    console.print(
        f"\n[bold]Extraction vs the demo's truth[/bold] ({result.n_gold_articles} articles; "
        "relevance on all, the other fields on the relevant ones; %; score as the "
        "HRDsAttack paper, where an empty truth counts wrong; plain, where no answer to "
        "an empty truth counts right)"
    )
    t = Table()
    t.add_column("field")
    t.add_column("score", justify="right")
    t.add_column("plain", justify="right")
    for name, value in result.extraction_scores.items():
        plain = result.extraction_plain.get(name)
        t.add_row(name, f"{value:.1f}", "" if plain is None else f"{plain:.1f}")
    console.print(t)
    console.print("\n[bold]Incident clustering vs the demo's truth[/bold]")
    t = Table()
    for col in ("metric", "precision", "recall", "F1"):
        t.add_column(col, justify="right" if col != "metric" else "left")
    for name in ("bcubed", "pairwise"):
        v = result.cluster_scores.get(name, {})
        t.add_row(name, *(f"{v.get(k, 0):.3f}" for k in ("precision", "recall", "f1")))
    console.print(t)
