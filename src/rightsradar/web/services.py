"""What the routes ask for, built from store queries into response models.

Routes stay thin: they parse the request, call one function here, and render or return.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..analyze.person_risk import RiskScorer
from ..domain.taxonomy import SEVERITY_ORDER, VICTIM_GROUPS
from ..privacy import disclosure
from ..privacy.ledger import DbLedger
from ..privacy.publication import PublicDP, month_domain
from ..resolve import operations
from ..resolve.persons import Profile, compare, facts_of, same_organisation
from ..settings import Settings
from ..store import Store, incidents, queries
from ..store import models as m
from . import review
from .listing import to_filter
from .schemas import (
    ArticleRead,
    CaseIncident,
    ClaimRead,
    EvidenceSpan,
    IncidentDetail,
    IncidentFilters,
    IncidentRead,
    IncidentStats,
    LinkEvidence,
    MapPointRead,
    MapPoints,
    OperationRead,
    OperationResult,
    OrganisationHistory,
    OutletRead,
    PersonHistory,
    PersonRisk,
    PublicCell,
    PublicStats,
    SourceArticle,
    VictimRead,
)

MAP_LIMIT = 50_000


def map_points(session: Session, q: IncidentFilters) -> MapPoints:
    """Every located incident matching ``q`` (up to ``MAP_LIMIT``) for the clustered map."""
    points, total = queries.map_points(session, to_filter(q), limit=MAP_LIMIT)
    return MapPoints(items=[MapPointRead.model_validate(p) for p in points], total=total)


def article_text(article: m.Article) -> str | None:
    """The string extraction offsets refer to: title, blank line, text (domain.Article)."""
    if article.text is None:
        return None
    return f"{article.title}\n\n{article.text}" if article.title else article.text


def _spans(value: Any) -> list[tuple[int, int]]:
    # One [start, end] pair per field; tolerate a list of pairs for multi-span fields.
    if not isinstance(value, list | tuple):
        return []
    if len(value) == 2 and all(isinstance(v, int) for v in value):
        return [(value[0], value[1])]
    return [s for v in value for s in _spans(v)]


def evidence(article: m.Article) -> list[EvidenceSpan]:
    """The evidence spans of the article's extraction, each with its quoted snippet."""
    ex = article.extraction
    if ex is None:
        return []
    text = article_text(article)
    out = []
    for field, value in (ex.evidence or {}).items():
        for start, end in _spans(value):
            if start < 0 or end < start:
                continue
            snippet = text[start:end] if text is not None else None
            conf = (ex.confidence or {}).get(field)
            out.append(
                EvidenceSpan(field=field, start=start, end=end, text=snippet, confidence=conf)
            )
    return sorted(out, key=lambda e: (e.start, e.end))


def _source(a: m.Article) -> SourceArticle:
    return SourceArticle(
        id=a.id,
        title=a.title,
        source=a.source.name if a.source else None,
        url=a.url,
        published=a.published,
        syndicated=a.duplicate_of_id is not None,
        duplicate_of=a.duplicate_of_id,
        outlets=[
            OutletRead(source=o.source.name if o.source else None, url=o.url, published=o.published)
            for o in a.outlets
        ],
        evidence=evidence(a),
    )


def article_read(session: Session, article_id: int) -> ArticleRead | None:
    """One stored article with its text and evidence; None when it does not exist."""
    a = session.get(m.Article, article_id)
    if a is None:
        return None
    return ArticleRead(**_source(a).model_dump(), text=article_text(a), incident_id=a.incident_id)


def incident_detail(session: Session, incident_id: int) -> IncidentDetail | None:
    """The incident with sources, evidence, victims and claims; None when it does not exist."""
    inc = queries.get_incident(session, incident_id)
    return None if inc is None else _detail(inc)


def incident_with_text(
    session: Session, incident_id: int
) -> tuple[IncidentDetail, dict[int, list[Segment] | None]] | None:
    """The incident detail and, per article, its text cut into evidence segments."""
    inc = queries.get_incident(session, incident_id)
    if inc is None:
        return None
    detail = _detail(inc)
    spans = {a.id: a.evidence for a in detail.articles}
    segments: dict[int, list[Segment] | None] = {}
    for a in inc.articles:
        text = article_text(a)
        segments[a.id] = highlight(text, spans[a.id]) if text else None
    return detail, segments


def _detail(inc: m.Incident) -> IncidentDetail:
    articles = sorted(inc.articles, key=lambda a: (a.published is None, a.published, a.id))
    sources, victims = [], []
    for a in articles:
        sources.append(_source(a))
        for v in a.extraction.victims if a.extraction else []:
            victims.append(
                VictimRead(
                    name=v.name,
                    groups=list(v.groups or []),
                    sex=v.sex,
                    age=v.age,
                    population=v.population,
                    person_id=v.person_id,
                    article_id=a.id,
                    mention_id=v.id,
                )
            )
    claims = {
        field: [
            ClaimRead.model_validate(c) if isinstance(c, dict) else ClaimRead(value=c)
            for c in (values if isinstance(values, list) else [values])
        ]
        for field, values in (inc.claims or {}).items()
    }
    base = IncidentRead.model_validate(inc).model_dump()
    return IncidentDetail(**base, articles=sources, victims=victims, claims=claims)


def _changed() -> None:
    """An incident changed: the kept review-queue order is stale."""
    review.forget_ranking()


def set_status(
    session: Session, incident_id: int, status: str, *, actor: str
) -> IncidentRead | None:
    """Record an analyst's decision on an incident, audited; None when it does not exist."""
    if session.get(m.Incident, incident_id) is None:
        return None
    operations.set_status(session, incident_id, status, actor=actor)
    _changed()
    return IncidentRead.model_validate(session.get(m.Incident, incident_id))


def _touched(rec: m.AuditRecord) -> list[int]:
    after = rec.after or {}
    if "state" in after:
        return sorted(int(i) for i in after["state"]["incidents"])
    return [int(rec.object_id)] if rec.object_type == "incident" and rec.object_id else []


def operation_read(rec: m.AuditRecord) -> OperationRead:
    return OperationRead(
        audit_id=rec.id, action=rec.action, actor=rec.actor, at=rec.at, incident_ids=_touched(rec)
    )


def _result(session: Session, rec: m.AuditRecord) -> OperationResult:
    ids = _touched(rec)
    if rec.action == "undo" and not ids:  # a status undo names the audit record it undid
        undone = session.get(m.AuditRecord, int(rec.object_id or 0))
        ids = _touched(undone) if undone is not None else []
    incs = [IncidentRead.model_validate(i) for i in incidents.list_incidents(session, ids=ids)]
    return OperationResult(
        **operation_read(rec).model_dump() | {"incident_ids": ids}, incidents=incs
    )


def merge_incidents(
    session: Session, target_id: int, source_id: int, *, actor: str
) -> OperationResult:
    """Raises ``operations.OperationError`` (404/409/422) when it cannot be done."""
    rec = operations.merge(session, target_id, source_id, actor=actor)
    _changed()
    return _result(session, rec)


def split_incident(
    session: Session, incident_id: int, article_ids: list[int], *, actor: str
) -> OperationResult:
    rec = operations.split(session, incident_id, article_ids, actor=actor)
    _changed()
    return _result(session, rec)


def undo_operation(session: Session, audit_id: int, *, actor: str) -> OperationResult:
    rec = operations.undo(session, audit_id, actor=actor)
    _changed()
    return _result(session, rec)


def incident_operations(session: Session, incident_id: int) -> list[OperationRead]:
    return [operation_read(r) for r in operations.history(session, incident_id)]


_PROFILE_PARTS = ("forms", "countries", "sexes", "groups", "organisations")
# What a case history reads of each mention, loaded with the mentions in one query.
_MENTION_CONTEXT = joinedload(m.VictimMention.extraction).joinedload(m.Extraction.article)


def _others(parts: list[Profile]) -> list[Profile]:
    """For each mention's own profile, the profile of all the other mentions together.

    A value belongs to the others unless this mention is the only one to state it, so each
    profile is the union of all less what is this mention's alone: linear in the mentions,
    not one profile built from every other mention for each mention.
    """
    counts = {k: Counter(x for p in parts for x in getattr(p, k)) for k in _PROFILE_PARTS}
    every = {k: set(c) for k, c in counts.items()}
    return [
        Profile(
            **{
                k: every[k] - {x for x in getattr(p, k) if counts[k][x] == 1}
                for k in _PROFILE_PARTS
            }
        )
        for p in parts
    ]


def _case_incidents(session: Session, mentions: list[m.VictimMention]) -> list[CaseIncident]:
    """Incidents of ``mentions``, oldest first, each link explained against the others."""
    facts = [facts_of(v, v.extraction.country) for v in mentions]
    own = []
    for f in facts:
        own.append(Profile())
        own[-1].add(f)
    by_incident: dict[int, list[LinkEvidence]] = {}
    for v, f, others in zip(mentions, facts, _others(own), strict=True):
        article = v.extraction.article
        if article.incident_id is None:
            continue
        ev = compare(others, f) if others.forms else None
        by_incident.setdefault(article.incident_id, []).append(
            LinkEvidence(
                article_id=article.id,
                mention_id=v.id,
                name_form=v.name,
                name_agreement=ev.name if ev else None,
                shared=list(ev.shared) if ev else [],
                conflicts=list(ev.conflicts) if ev else [],
                organisations=list(v.organisations or []),
            )
        )
    incs = list(incidents.list_incidents(session, ids=list(by_incident)))
    incs.sort(key=lambda i: (i.event_date is None, i.event_date, i.id))
    return [
        CaseIncident(
            id=i.id,
            status=i.status,
            event_date=i.event_date,
            country=i.country,
            city=i.city,
            most_serious=i.most_serious,
            violation_types=list(i.violation_types or []),
            links=by_incident[i.id],
        )
        for i in incs
    ]


def person_history(session: Session, person_id: int, *, with_risk: bool = False
                   ) -> PersonHistory | None:  # fmt: skip
    """The case history of one person (analysts only: it holds names); None if unknown.
    With ``with_risk``, also their escalation risk (``person_risk``)."""
    person = session.get(m.Person, person_id)
    if person is None:
        return None
    mentions = list(
        session.scalars(
            select(m.VictimMention)
            .where(m.VictimMention.person_id == person_id)
            .options(_MENTION_CONTEXT)
            .order_by(m.VictimMention.id)
        )
    )
    orgs = list(dict.fromkeys(o for v in mentions for o in (v.organisations or [])))
    return PersonHistory(
        id=person.id,
        name=person.name,
        aliases=list(person.aliases or []),
        kind=person.kind,
        groups=list(person.groups or []),
        sex=person.sex,
        organisations=orgs,
        incidents=_case_incidents(session, mentions),
        risk=person_risk(session, person_id) if with_risk else None,
    )


# Fitted risk scorers per database and day, with when they were fitted. Reading the whole
# history and fitting takes seconds on a large store, so one fit serves every person page
# for RISK_TTL_S; a score then reflects incidents stored up to that many seconds earlier.
RISK_TTL_S = 300.0
_risk_scorers: dict[tuple[str, date], tuple[float, RiskScorer]] = {}
_risk_lock = threading.Lock()


def person_risk(session: Session, person_id: int, *, today: date | None = None
                ) -> PersonRisk | None:  # fmt: skip
    """The person's escalation risk as of ``today`` (``analyze.person_risk``), from a model
    fitted on the stored history at most ``RISK_TTL_S`` ago (one fit at a time)."""
    today = today or date.today()
    key = (review.database_key(session), today)
    with _risk_lock:
        hit = _risk_scorers.get(key)
        if hit is None or time.monotonic() - hit[0] > RISK_TTL_S:
            hit = (time.monotonic(), RiskScorer.fit(session, today=today))
            _risk_scorers.clear()  # only the newest day of one database is worth keeping
            _risk_scorers[key] = hit
    risk = hit[1].score_person(person_id, today=today)
    if risk is None:
        return None
    return PersonRisk(score=round(risk.score, 3), as_of=today, reasons=list(risk.reasons))


def organisation_history(session: Session, name: str) -> OrganisationHistory:
    """Every incident whose victim mentions' articles name the organisation ``name``."""
    rows = session.scalars(
        select(m.VictimMention)
        .where(m.VictimMention.organisations.is_not(None), m.VictimMention.person_id.is_not(None))
        .options(_MENTION_CONTEXT)
    )
    mentions = [v for v in rows if any(same_organisation(name, o) for o in v.organisations or [])]
    return OrganisationHistory(
        name=name,
        person_ids=sorted({v.person_id for v in mentions if v.person_id}),
        incidents=_case_incidents(session, mentions),
    )


def analyst_stats(session: Session, q: IncidentFilters | None = None) -> IncidentStats:
    counts = queries.count_incidents(session, to_filter(q) if q else None)
    return IncidentStats(**counts.__dict__)


def suppress(counts: dict[str, int], min_cell: int) -> list[PublicCell]:
    """Published cells of one breakdown, small ones hidden (``privacy.disclosure``)."""
    return [
        PublicCell(key=c.key, count=c.count, display=c.display)
        for c in disclosure.suppress(counts, min_cell)
    ]


def public_dp(settings: Settings, store: Store) -> PublicDP | None:
    """The differential-privacy release rule of the public figures, when configured; its
    ledger is the database's, shared by every worker and host."""
    if settings.public_dp_epsilon is None:
        return None
    return PublicDP(epsilon=settings.public_dp_epsilon, budget=settings.public_dp_budget,
                    period=settings.public_dp_period,
                    ledger=DbLedger(store))  # fmt: skip


def _country_domain() -> list[str]:
    from ..extract.geo import gazetteer

    return sorted({c[1] for c in gazetteer().countries}) + ["unknown"]


def public_stats(session: Session, min_cell: int, *, dp: PublicDP | None = None) -> PublicStats:
    """Aggregates for anyone: counts only, small cells suppressed. Rejected incidents and
    anything finer than a country are left out. With ``dp``, each breakdown is first
    released with differential privacy over a public domain (see privacy.publication)."""
    c = queries.count_incidents(session)
    order = {v: i for i, v in enumerate((*SEVERITY_ORDER, "unknown"))}
    by_violation = dict(sorted(c.by_violation.items(), key=lambda kv: order.get(kv[0], 99)))
    parts: dict[str, dict[str, int] | None] = {
        "total": {"total": c.total}, "by_violation": by_violation, "by_country": c.by_country,
        "by_month": c.by_month, "by_victim_group": c.by_victim_group,
    }  # fmt: skip
    if dp is not None:
        today = date.today()
        groups = [*VICTIM_GROUPS, "insufficient information"]
        domains = {"total": (["total"], 1), "by_violation": ([*SEVERITY_ORDER, "unknown"], 1),
                   "by_country": (_country_domain(), 1), "by_month": (month_domain(today), 1),
                   "by_victim_group": (groups, len(groups))}  # fmt: skip
        released = {}
        for name, counts in parts.items():
            domain, contributions = domains[name]
            noisy = dp.release(name, counts or {}, domain, contributions=contributions,
                               today=today)  # fmt: skip
            # Zero cells of the public domain are not listed: after noise they say nothing.
            # The total is always one cell, even when the noise brings it to zero.
            keep = (lambda k, v: True) if name == "total" else (lambda k, v: bool(v))
            released[name] = (None if noisy is None
                              else {k: v for k, v in noisy.items() if keep(k, v)})  # fmt: skip
        parts = released

    def cells(name: str) -> list[PublicCell]:
        counts = parts[name]
        if counts is None:  # the privacy budget of the year is spent: nothing new is shown
            return [PublicCell(key="withheld", count=None, display="withheld")]
        return suppress(counts, min_cell)

    return PublicStats(
        min_cell=min_cell,
        total=cells("total")[0],
        by_violation=cells("by_violation"),
        by_country=cells("by_country"),
        by_month=cells("by_month"),
        by_victim_group=cells("by_victim_group"),
    )


@dataclass(frozen=True)
class Segment:
    """A piece of article text; ``fields`` names the evidence it quotes (empty: none)."""

    text: str
    fields: tuple[str, ...] = ()


def highlight(text: str, spans: list[EvidenceSpan]) -> list[Segment]:
    """Cut ``text`` into plain and evidence segments (the template escapes each one)."""
    bounds = sorted(
        {0, len(text), *(min(max(p, 0), len(text)) for s in spans for p in (s.start, s.end))}
    )
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo == hi:
            continue
        fields = tuple(sorted({s.field for s in spans if s.start <= lo and hi <= s.end}))
        out.append(Segment(text[lo:hi], fields))
    return out


@dataclass(frozen=True)
class ApiOperation:
    """One documented API operation, for the offline reference page."""

    method: str
    path: str
    tag: str
    summary: str
    description: str
    parameters: list[tuple[str, str, bool, str]]  # name, where, required, description
    body: str | None  # request body schema name


def api_operations(app: Any) -> list[ApiOperation]:
    """Every operation of the app's OpenAPI schema, by tag then path."""
    schema = app.openapi()
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            body = (
                op.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
                .get("$ref")
            )
            out.append(
                ApiOperation(
                    method=method.upper(),
                    path=path,
                    tag=(op.get("tags") or ["other"])[0],
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    parameters=[
                        (
                            p["name"],
                            p["in"],
                            bool(p.get("required")),
                            p.get("description") or p.get("schema", {}).get("description", ""),
                        )
                        for p in op.get("parameters", [])
                    ],
                    body=body.rsplit("/", 1)[-1] if body else None,
                )
            )
    return sorted(out, key=lambda o: (o.tag, o.path, o.method))
