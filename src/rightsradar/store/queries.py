"""Read-side queries over incidents: filtered lists, one incident with its evidence, counts.

Everything here only reads. The JSON list columns (``violation_types``, ``victim_groups``)
are matched and grouped through their text form so the same SQL runs on SQLite and
PostgreSQL (the plain JSON type has no portable "contains" or equality operator).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, String, cast, func, select
from sqlalchemy.orm import Session, selectinload

from . import models as m


@dataclass(frozen=True)
class IncidentFilter:
    """Which incidents to read; every field left as None matches everything."""

    country: str | None = None
    region: str | None = None
    city: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    violation: str | None = None  # matches any of the incident's violation types
    victim_group: str | None = None
    perpetrator: str | None = None
    status: str | None = None


def _json_list_has(column: Any, value: str) -> Any:
    # Lists are stored as JSON text such as ["killing", "torture"]; the quoted element only
    # matches a whole element ("other" does not match "other state actors").
    needle = json.dumps(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return cast(column, String).like(f"%{needle}%", escape="\\")


def _apply(stmt: Select, f: IncidentFilter) -> Select:
    if f.country:
        stmt = stmt.where(m.Incident.country == f.country)
    if f.region:
        stmt = stmt.where(m.Incident.region == f.region)
    if f.city:
        stmt = stmt.where(m.Incident.city == f.city)
    if f.date_from:
        stmt = stmt.where(m.Incident.event_date >= f.date_from)
    if f.date_to:
        stmt = stmt.where(m.Incident.event_date <= f.date_to)
    if f.violation:
        stmt = stmt.where(_json_list_has(m.Incident.violation_types, f.violation))
    if f.victim_group:
        stmt = stmt.where(_json_list_has(m.Incident.victim_groups, f.victim_group))
    if f.perpetrator:
        stmt = stmt.where(m.Incident.perpetrator_type == f.perpetrator)
    if f.status:
        stmt = stmt.where(m.Incident.status == f.status)
    return stmt


def page_incidents(
    session: Session, f: IncidentFilter, *, limit: int = 50, offset: int = 0
) -> list[m.Incident]:
    """One page of matching incidents, newest event first, undated ones last.

    Dated and undated incidents are read apart, each in an order the (event_date, id)
    index gives directly on SQLite and PostgreSQL alike; a single ``DESC NULLS LAST`` is
    PostgreSQL's non-default null order, which it can only give by sorting every match.
    """
    return list(
        _page(session, select(m.Incident), f, limit=limit, offset=offset, rows=session.scalars)
    )


def page_incident_rows(
    session: Session,
    f: IncidentFilter,
    columns: Sequence[Any],
    *,
    limit: int = 50,
    offset: int = 0,
) -> list[Row[Any]]:
    """``page_incidents`` reading only ``columns`` (e.g. ``m.Incident.id``) as plain rows:
    no ORM objects to build, for lists that are serialised straight away."""
    return list(
        _page(session, select(*columns), f, limit=limit, offset=offset, rows=session.execute)
    )


def _page(
    session: Session,
    what: Select,
    f: IncidentFilter,
    *,
    limit: int,
    offset: int,
    rows: Callable[[Select], Iterable[Any]],
) -> list[Any]:
    dated = (
        _apply(what, f)
        .where(m.Incident.event_date.is_not(None))
        .order_by(m.Incident.event_date.desc(), m.Incident.id.desc())
        .limit(limit)
        .offset(offset)
    )
    found = list(rows(dated))
    if len(found) == limit:
        return found
    if found:
        skip = 0
    else:  # the page starts past the dated ones: how far past?
        n_dated = (
            session.scalar(
                _apply(select(func.count()).select_from(m.Incident), f).where(
                    m.Incident.event_date.is_not(None)
                )
            )
            or 0
        )
        skip = max(offset - n_dated, 0)
    undated = (
        _apply(what, f)
        .where(m.Incident.event_date.is_(None))
        .order_by(m.Incident.id.desc())
        .limit(limit - len(found))
        .offset(skip)
    )
    return found + list(rows(undated))


def count_matching(session: Session, f: IncidentFilter) -> int:
    """How many incidents match ``f``."""
    return session.scalar(_apply(select(func.count()).select_from(m.Incident), f)) or 0


def get_incident(session: Session, incident_id: int) -> m.Incident | None:
    """The incident with its articles, their outlets, extractions and victim mentions."""
    stmt = (
        select(m.Incident)
        .where(m.Incident.id == incident_id)
        .options(
            selectinload(m.Incident.articles).selectinload(m.Article.source),
            selectinload(m.Incident.articles)
            .selectinload(m.Article.outlets)
            .selectinload(m.ArticleOutlet.source),
            selectinload(m.Incident.articles)
            .selectinload(m.Article.extraction)
            .selectinload(m.Extraction.victims),
        )
    )
    return session.scalars(stmt).first()


def places(session: Session) -> dict[str, dict[str, list[str]]]:
    """Country -> region -> cities of every incident, for the cascading place filter.
    Cities without a region are listed under the region ``""``."""
    stmt = (
        select(m.Incident.country, m.Incident.region, m.Incident.city)
        .where(m.Incident.country.is_not(None))
        .distinct()
    )
    tree: dict[str, dict[str, set[str]]] = {}
    for country, region, city in session.execute(stmt):
        cities = tree.setdefault(country or "", {}).setdefault(region or "", set())
        if city:
            cities.add(city)
    return {c: {r: sorted(cs) for r, cs in sorted(rs.items())} for c, rs in sorted(tree.items())}


@dataclass(frozen=True)
class MapPoint:
    """What the map draws of one incident (no title: the popup loads it on demand)."""

    id: int
    latitude: float
    longitude: float
    most_serious: str | None
    status: str
    event_date: date | None


def map_points(session: Session, f: IncidentFilter, *, limit: int) -> tuple[list[MapPoint], int]:
    """Matching incidents that have coordinates (at most ``limit``) and how many there are."""
    located = _apply(select(m.Incident.id), f).where(
        m.Incident.latitude.is_not(None), m.Incident.longitude.is_not(None)
    )
    total = session.scalar(select(func.count()).select_from(located.subquery())) or 0
    stmt = (
        _apply(
            select(
                m.Incident.id,
                m.Incident.latitude,
                m.Incident.longitude,
                m.Incident.most_serious,
                m.Incident.status,
                m.Incident.event_date,
            ),
            f,
        )
        .where(m.Incident.latitude.is_not(None), m.Incident.longitude.is_not(None))
        .order_by(m.Incident.event_date.desc().nulls_last(), m.Incident.id.desc())
        .limit(limit)
    )
    return [MapPoint(*row) for row in session.execute(stmt)], total


@dataclass(frozen=True)
class IncidentCounts:
    """Incident counts per category. Apart from ``by_status``, rejected incidents are left
    out unless the filter asks for them by status."""

    total: int
    by_violation: dict[str, int]  # most serious violation; an incident counts once
    by_country: dict[str, int]
    by_status: dict[str, int]
    by_month: dict[str, int]  # "YYYY-MM" of the event date, oldest first
    by_victim_group: dict[str, int]  # an incident counts once in each of its groups


def count_incidents(session: Session, f: IncidentFilter | None = None) -> IncidentCounts:
    """Count incidents by violation, country, status, month and victim group."""
    f = f or IncidentFilter()
    by_status = _group(session, f, m.Incident.status)
    counted = f if f.status else None

    def base(col: Any) -> Select:
        stmt = _apply(select(col, func.count()).select_from(m.Incident), f)
        if counted is None:
            stmt = stmt.where(m.Incident.status != "rejected")
        return stmt.group_by(col)

    by_violation = _rows(session, base(m.Incident.most_serious), none="unknown")
    by_country = _rows(session, base(m.Incident.country), none="unknown")
    months: Counter[str] = Counter()
    for day, n in session.execute(base(m.Incident.event_date)):
        if day is not None:
            months[f"{day.year:04d}-{day.month:02d}"] += n
    groups: Counter[str] = Counter()
    groups_text = cast(m.Incident.victim_groups, String)
    for text, n in session.execute(base(groups_text)):
        for g in set(json.loads(text) if text else []) or {"insufficient information"}:
            groups[g] += n
    total = sum(by_violation.values())
    return IncidentCounts(
        total=total,
        by_violation=by_violation,
        by_country=by_country,
        by_status=by_status,
        by_month=dict(sorted(months.items())),
        by_victim_group=dict(groups.most_common()),
    )


def _group(session: Session, f: IncidentFilter, col: Any) -> dict[str, int]:
    stmt = _apply(select(col, func.count()).select_from(m.Incident), f).group_by(col)
    return _rows(session, stmt, none="unknown")


def _rows(session: Session, stmt: Select, *, none: str) -> dict[str, int]:
    out: Counter[str] = Counter()
    for key, n in session.execute(stmt):
        out[key if key is not None else none] += n
    return dict(out.most_common())
