"""What the routes ask for, built from store queries into response models.

Routes stay thin: they parse the request, call one function here, and render or return.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..domain.taxonomy import SEVERITY_ORDER
from ..store import audit, queries
from ..store import models as m
from .schemas import (
    ClaimRead,
    EvidenceSpan,
    IncidentDetail,
    IncidentFilters,
    IncidentList,
    IncidentQuery,
    IncidentRead,
    IncidentStats,
    OutletRead,
    PublicCell,
    PublicStats,
    SourceArticle,
    VictimRead,
)


def to_filter(q: IncidentFilters) -> queries.IncidentFilter:
    return queries.IncidentFilter(
        country=q.country or None,
        date_from=q.date_from,
        date_to=q.date_to,
        violation=q.violation,
        victim_group=q.victim_group,
        status=q.status,
    )


def incident_list(session: Session, q: IncidentQuery) -> IncidentList:
    rows, total = queries.list_incidents(session, to_filter(q), limit=q.limit, offset=q.offset)
    items = [IncidentRead.model_validate(r) for r in rows]
    return IncidentList(items=items, total=total, limit=q.limit, offset=q.offset)


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
        sources.append(
            SourceArticle(
                id=a.id,
                title=a.title,
                source=a.source.name if a.source else None,
                url=a.url,
                published=a.published,
                syndicated=a.duplicate_of_id is not None,
                duplicate_of=a.duplicate_of_id,
                outlets=[
                    OutletRead(source=o.source.name if o.source else None, url=o.url,
                               published=o.published)
                    for o in a.outlets
                ],
                evidence=evidence(a),
            )
        )
        for v in a.extraction.victims if a.extraction else []:
            victims.append(
                VictimRead(name=v.name, groups=list(v.groups or []), sex=v.sex, age=v.age,
                           population=v.population, person_id=v.person_id, article_id=a.id)
            )
    claims = {
        field: [ClaimRead.model_validate(c) if isinstance(c, dict) else ClaimRead(value=c)
                for c in (values if isinstance(values, list) else [values])]
        for field, values in (inc.claims or {}).items()
    }
    base = IncidentRead.model_validate(inc).model_dump()
    return IncidentDetail(**base, articles=sources, victims=victims, claims=claims)


def set_status(
    session: Session, incident_id: int, status: str, *, actor: str
) -> IncidentRead | None:
    """Record an analyst's decision on an incident, audited; None when it does not exist."""
    inc = session.get(m.Incident, incident_id)
    if inc is None:
        return None
    before = inc.status
    if before != status:
        inc.status = status
        audit.record(
            session, actor=actor, action="incident_status", object_type="incident",
            object_id=inc.id, before={"status": before}, after={"status": status},
        )
        session.flush()
    return IncidentRead.model_validate(inc)


def analyst_stats(session: Session, q: IncidentFilters | None = None) -> IncidentStats:
    counts = queries.count_incidents(session, to_filter(q) if q else None)
    return IncidentStats(**counts.__dict__)


def suppress(counts: dict[str, int], min_cell: int) -> list[PublicCell]:
    """Published cells with every count below ``min_cell`` hidden.

    When exactly one cell of a breakdown is hidden, the published total would give it away
    (total minus the others), so the next smallest cell is hidden too.
    """
    hidden = {k for k, n in counts.items() if n < min_cell}
    if len(hidden) == 1 and len(counts) > 1:
        shown = sorted((n, k) for k, n in counts.items() if k not in hidden)
        hidden.add(shown[0][1])
    cells = []
    for k, n in counts.items():
        if k not in hidden:
            cells.append(PublicCell(key=k, count=n, display=str(n)))
        else:  # a complementary cell may be >= min_cell; saying "<k" would then be false
            shown = f"<{min_cell}" if n < min_cell else "suppressed"
            cells.append(PublicCell(key=k, count=None, display=shown))
    return cells


def public_stats(session: Session, min_cell: int) -> PublicStats:
    """Aggregates for anyone: counts only, small cells suppressed. Rejected incidents and
    anything finer than a country are left out."""
    c = queries.count_incidents(session)
    order = {v: i for i, v in enumerate((*SEVERITY_ORDER, "unknown"))}
    by_violation = dict(sorted(c.by_violation.items(), key=lambda kv: order.get(kv[0], 99)))
    total = suppress({"total": c.total}, min_cell)[0]
    return PublicStats(
        min_cell=min_cell,
        total=total,
        by_violation=suppress(by_violation, min_cell),
        by_country=suppress(c.by_country, min_cell),
        by_month=suppress(c.by_month, min_cell),
        by_victim_group=suppress(c.by_victim_group, min_cell),
    )


@dataclass(frozen=True)
class Segment:
    """A piece of article text; ``fields`` names the evidence it quotes (empty: none)."""

    text: str
    fields: tuple[str, ...] = ()


def highlight(text: str, spans: list[EvidenceSpan]) -> list[Segment]:
    """Cut ``text`` into plain and evidence segments (the template escapes each one)."""
    bounds = sorted({0, len(text), *(min(max(p, 0), len(text)) for s in spans
                                    for p in (s.start, s.end))})
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo == hi:
            continue
        fields = tuple(sorted({s.field for s in spans if s.start <= lo and hi <= s.end}))
        out.append(Segment(text[lo:hi], fields))
    return out
