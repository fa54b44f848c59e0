"""The review queue: machine-detected incidents, least certain first, and what a reviewer
does with each (accept, correct, reject; merge and split go through ``resolve.operations``).

Every decision is audited and also becomes a training example: one line per source article
in ``<data_dir>/corrections.jsonl``, in the annotation JSONL that ``rightsradar train
--data`` reads (article fields plus labels). A later decision on the same article replaces
its line, so the file never holds two labels for one article. The file holds article text
and victim names, like any training set: keep it where the database is.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from statistics import fmean
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..resolve import operations
from ..resolve.service import refresh_incident
from ..store import audit
from ..store import models as m
from .schemas import IncidentCorrection, IncidentRead, ReviewItem, ReviewQueue

CORRECTIONS_FILE = "corrections.jsonl"
QUEUE_STATUS = "detected"
_write_lock = threading.Lock()


def corrections_path(data_dir: Path) -> Path:
    """Where reviewed articles are written as training examples."""
    return Path(data_dir) / CORRECTIONS_FILE


# -- ordering --------------------------------------------------------------------------------
def certainty(key: str, p: float) -> float:
    """How sure the extractor was of one field, 0.5 (a coin toss) to 1.

    ``violation_types.<type>`` holds the probability that the type applies, so a low value
    is a confident "no"; every other key holds the confidence in the value chosen.
    """
    p = min(max(float(p), 0.0), 1.0)
    return max(p, 1.0 - p) if key.startswith("violation_types.") else p


@dataclass(frozen=True)
class Uncertainty:
    """An incident's weakest field over its articles, and the mean over all fields."""

    min_confidence: float
    mean_confidence: float
    weakest_field: str | None


def uncertainty(confidences: list[dict[str, Any]]) -> Uncertainty:
    """Scores of one incident from its articles' confidence dicts. With no score at all
    the extractor said nothing about its certainty: such incidents come first."""
    scored = [
        (certainty(k, p), k)
        for conf in confidences
        for k, p in (conf or {}).items()
        if isinstance(p, int | float) and not isinstance(p, bool)
    ]
    if not scored:
        return Uncertainty(0.0, 0.0, None)
    low = min(scored)
    return Uncertainty(round(low[0], 3), round(fmean(c for c, _ in scored), 3), low[1])


# Ranking every detected incident reads each one's confidence dicts (seconds for a quarter
# of a million); the ranking is kept for a short while and dropped at once whenever this
# app changes an incident, so a reviewer always sees their own decisions.
RANKING_TTL_S = 30.0
_rankings: dict[str, tuple[float, list[int], dict[int, Uncertainty]]] = {}
_rankings_lock = threading.Lock()


def database_key(session: Session) -> str:
    """Which database a session reads, as a cache key (tests open many in one process)."""
    return str(session.get_bind().engine.url)


def forget_ranking() -> None:
    """Drop the kept queue order (after any change to an incident)."""
    with _rankings_lock:
        _rankings.clear()


def _ranking(session: Session) -> tuple[list[int], dict[int, Uncertainty]]:
    key = database_key(session)
    now = time.monotonic()
    with _rankings_lock:
        hit = _rankings.get(key)
    if hit is not None and hit[0] > now:
        return hit[1], hit[2]
    rows = session.execute(
        select(m.Incident.id, m.Extraction.confidence)
        .outerjoin(
            m.Article,
            (m.Article.incident_id == m.Incident.id) & m.Article.duplicate_of_id.is_(None),
        )
        .outerjoin(m.Extraction, m.Extraction.article_id == m.Article.id)
        .where(m.Incident.status == QUEUE_STATUS)
    )
    per_incident: dict[int, list[dict[str, Any]]] = {}
    for iid, conf in rows:
        per_incident.setdefault(iid, []).append(conf or {})
    scores = {iid: uncertainty(confs) for iid, confs in per_incident.items()}
    order = sorted(scores, key=lambda i: (scores[i].min_confidence, scores[i].mean_confidence, i))
    with _rankings_lock:
        _rankings[key] = (now + RANKING_TTL_S, order, scores)
    return order, scores


def queue(session: Session, *, limit: int = 50, offset: int = 0) -> ReviewQueue:
    """Detected incidents, least certain first (active learning): lowest minimum field
    confidence, then lowest mean, then oldest id. New incidents from the pipeline show
    within ``RANKING_TTL_S``."""
    order, scores = _ranking(session)
    page = order[offset : offset + limit]
    rows = session.scalars(select(m.Incident).where(m.Incident.id.in_(page)))
    incidents = {i.id: i for i in rows if i.status == QUEUE_STATUS}
    items = [
        ReviewItem(
            incident=IncidentRead.model_validate(incidents[i]),
            min_confidence=scores[i].min_confidence,
            mean_confidence=scores[i].mean_confidence,
            weakest_field=scores[i].weakest_field,
        )
        for i in page
        if i in incidents
    ]
    return ReviewQueue(items=items, total=len(order), limit=limit, offset=offset)


def neighbours(session: Session, incident_id: int) -> tuple[int | None, int | None]:
    """The queue entries before and after ``incident_id`` (or the first, when it has left)."""
    ids = _ranking(session)[0]
    if incident_id not in ids:
        return None, ids[0] if ids else None
    i = ids.index(incident_id)
    return (ids[i - 1] if i > 0 else None), (ids[i + 1] if i + 1 < len(ids) else None)


# -- decisions -------------------------------------------------------------------------------
def _articles(session: Session, incident_id: int) -> list[m.Article]:
    return list(
        session.scalars(
            select(m.Article).where(m.Article.incident_id == incident_id).order_by(m.Article.id)
        )
    )


def decide(
    session: Session, incident_id: int, status: str, *, actor: str, data_dir: Path
) -> IncidentRead:
    """Accept (``verified``) or reject (``rejected``) an incident: audited through the
    operations service, and its articles written as examples (a rejected one as not
    relevant). Raises ``operations.OperationError`` when the incident does not exist."""
    read, lines = _decide(session, incident_id, status, actor=actor)
    write_examples(corrections_path(data_dir), lines)
    return read


def _decide(
    session: Session, incident_id: int, status: str, *, actor: str
) -> tuple[IncidentRead, list[dict[str, Any] | None]]:
    operations.set_status(session, incident_id, status, actor=actor)
    forget_ranking()
    relevant = status != "rejected"
    lines = [example(a, relevant=relevant) for a in _articles(session, incident_id)]
    return IncidentRead.model_validate(session.get(m.Incident, incident_id)), lines


def bulk(
    session: Session, incident_ids: list[int], status: str, *, actor: str, data_dir: Path
) -> list[IncidentRead]:
    """The same decision on several incidents (each audited on its own); the corrections
    file is rewritten once for them all, not once per incident."""
    reads, lines = [], []
    for i in dict.fromkeys(incident_ids):
        read, more = _decide(session, i, status, actor=actor)
        reads.append(read)
        lines += more
    write_examples(corrections_path(data_dir), lines)
    return reads


_PLACE = ("country", "region", "city")


def correct(
    session: Session, incident_id: int, fix: IncidentCorrection, *, actor: str, data_dir: Path
) -> m.Incident:
    """Apply a reviewer's corrections to the readings of every article of the incident,
    re-merge the incident from them, audit the change and write the training examples.

    Fields left out of ``fix`` stay as they are. A corrected field's confidence becomes 1,
    so the incident moves down the queue. Raises ``operations.OperationError``.
    """
    inc = session.get(m.Incident, incident_id)
    if inc is None:
        raise operations.OperationError("E404", f"incident {incident_id} does not exist", 404)
    articles = _articles(session, incident_id)
    readings = [a.extraction for a in articles if a.extraction is not None]
    given = fix.model_dump(exclude_unset=True, exclude={"victims"})
    mentions = {v.id: v for ex in readings for v in ex.victims}
    unknown = [v.mention_id for v in fix.victims or [] if v.mention_id not in mentions]
    if unknown:
        raise operations.OperationError(
            "E422", f"victim mentions {unknown} are not in incident {incident_id}", 422
        )
    before = _audit_state(inc, [mentions[v.mention_id] for v in fix.victims or []])
    for ex in readings:
        _apply(ex, given)
    for v in fix.victims or []:
        row = mentions[v.mention_id]
        for key, value in v.model_dump(exclude_unset=True, exclude={"mention_id"}).items():
            setattr(row, key, value)
    session.flush()
    refresh_incident(session, incident_id)
    forget_ranking()
    after = _audit_state(inc, [mentions[v.mention_id] for v in fix.victims or []])
    audit.record(
        session,
        actor=actor,
        action="incident.correct",
        object_type="incident",
        object_id=incident_id,
        before=before,
        after=after,
    )
    write_examples(corrections_path(data_dir), [example(a, relevant=True) for a in articles])
    return inc


def _apply(ex: m.Extraction, given: dict[str, Any]) -> None:
    conf = dict(ex.confidence or {})
    if "violation_types" in given:
        ex.violation_types = sorted(set(given["violation_types"]))
        conf = {k: p for k, p in conf.items() if not k.startswith("violation_types")}
        conf.update({f"violation_types.{t}": 1.0 for t in ex.violation_types})
    if "perpetrator_type" in given:
        ex.perpetrator_type = given["perpetrator_type"]
        ex.perpetrator_mention = given["perpetrator_type"] is not None
        conf.update({"perpetrator_type": 1.0, "perpetrator_mention": 1.0})
    place = {k: given[k] for k in _PLACE if k in given}
    if place:
        if any(getattr(ex, k) != v for k, v in place.items()):
            # The old coordinates belong to the old place; better none than a wrong pin.
            ex.latitude = ex.longitude = None
            ex.place_precision = None
        for k, v in place.items():
            setattr(ex, k, v)
            conf[k] = 1.0
    if "event_date" in given:
        day: date | None = given["event_date"]
        precision = given.get("date_precision") or "day"
        ex.year = day.year if day else None
        ex.month = day.month if day and precision in ("day", "month") else None
        ex.day = day.day if day and precision == "day" else None
        ex.date_precision = precision if day else None
        conf.update({k: 1.0 for k in ("year", "month", "day", "date")})
    ex.confidence = conf


def _audit_state(inc: m.Incident, victims: list[m.VictimMention]) -> dict[str, Any]:
    # Only non-personal fields: the audit log must never hold a name.
    fields = (
        "violation_types",
        "perpetrator_type",
        "country",
        "region",
        "city",
        "date_precision",
        "n_victims",
        "victim_groups",
    )
    state: dict[str, Any] = {f: getattr(inc, f) for f in fields}
    state["event_date"] = inc.event_date.isoformat() if inc.event_date else None
    state["victims"] = [
        {
            "mention_id": v.id,
            "groups": list(v.groups or []),
            "sex": v.sex,
            "age": v.age,
            "population": v.population,
            "named": bool(v.name),
        }
        for v in victims
    ]
    return state


# -- training examples -----------------------------------------------------------------------
def example(article: m.Article, *, relevant: bool) -> dict[str, Any] | None:
    """The annotation JSONL line of a reviewed article; None once its text is purged."""
    if not article.text:
        return None
    line: dict[str, Any] = {
        "id": f"rightsradar-article-{article.id}",
        "title": article.title or "",
        "text": article.text,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source.name if article.source else None,
        "url": article.url,
        "relevant": relevant,
    }
    ex = article.extraction
    if not relevant or ex is None:
        return line | {"perpetrator_mention": False, "violation_types": [], "victims": []}
    return line | {
        "perpetrator_mention": bool(ex.perpetrator_mention or ex.perpetrator_type),
        "perpetrator_type": ex.perpetrator_type,
        "violation_types": list(ex.violation_types or []),
        "victims": [
            {
                "name": v.name,
                "type": list(v.groups or []),
                "sex": v.sex,
                "age": v.age,
                "population": v.population,
            }
            for v in ex.victims
        ],
        "country": ex.country,
        "region": ex.region,
        "city": ex.city,
        "year": ex.year,
        "month": ex.month,
        "day": ex.day,
    }


def write_examples(path: Path, lines: list[dict[str, Any] | None]) -> int:
    """Add or replace (by ``id``) lines of the corrections file; returns how many."""
    new = {line["id"]: line for line in lines if line is not None}
    if not new:
        return 0
    with _write_lock:
        kept: list[str] = []
        if path.exists():
            for raw in path.read_text(encoding="utf-8").splitlines():
                if raw.strip() and json.loads(raw).get("id") not in new:
                    kept.append(raw)
        kept += [json.dumps(line, ensure_ascii=False) for line in new.values()]
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".jsonl.tmp")
        tmp.write_text("\n".join(kept) + "\n", encoding="utf-8")
        os.replace(tmp, path)  # a reader never sees a half-written file
    return len(new)


def correction_from_form(form: Any) -> IncidentCorrection:
    """The correction an HTML form sends: every field, blanks meaning "none".

    Victim fields are named ``victim-<mention id>-<field>``, listed in ``victim_ids``.
    Raises ``pydantic.ValidationError`` for a value outside the taxonomy.
    """

    def one(key: str) -> str | None:
        value = form.get(key)
        return value.strip() or None if isinstance(value, str) else None

    victims = []
    for raw in form.getlist("victim_ids"):
        mid = int(raw)
        victims.append(
            {
                "mention_id": mid,
                "name": one(f"victim-{mid}-name"),
                "groups": form.getlist(f"victim-{mid}-groups"),
                "sex": one(f"victim-{mid}-sex") or "unknown",
                "age": one(f"victim-{mid}-age") or "unknown",
            }
        )
    return IncidentCorrection.model_validate(
        {
            "violation_types": form.getlist("violation_types"),
            "perpetrator_type": one("perpetrator_type"),
            "country": one("country"),
            "region": one("region"),
            "city": one("city"),
            "event_date": one("event_date"),
            "date_precision": one("date_precision") or "day",
            "victims": victims,
        }
    )
