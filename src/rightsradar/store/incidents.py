"""Incident repository: create, find candidates (blocking), read an incident's evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ExecutableOption as ORMOption

from . import models as m

# A month-precision date is stored as the month's first day: widen the SQL window by a
# month so it still meets day-precision dates of that month; the linker then compares
# at the precision both sides know.
_COARSE_SLACK_DAYS = 31


def create(session: Session, **fields: object) -> m.Incident:
    """A new incident with ``fields`` (status ``detected`` unless given)."""
    row = m.Incident(**fields)
    session.add(row)
    session.flush()
    return row


def get(session: Session, incident_id: int) -> m.Incident | None:
    return session.get(m.Incident, incident_id)


def list_incidents(
    session: Session,
    *,
    ids: Iterable[int] | None = None,
    statuses: Sequence[str] | None = None,
) -> Sequence[m.Incident]:
    """Incidents by id and/or status, oldest first."""
    q = select(m.Incident).order_by(m.Incident.id)
    if ids is not None:
        q = q.where(m.Incident.id.in_(list(ids)))
    if statuses:
        q = q.where(m.Incident.status.in_(list(statuses)))
    return session.scalars(q).all()


def near_in_place_and_time(
    session: Session, country: str, event_date: date, window_days: int
) -> Sequence[m.Incident]:
    """Blocking: incidents in ``country`` whose event date lies near ``event_date``."""
    slack = timedelta(days=window_days + _COARSE_SLACK_DAYS)
    q = select(m.Incident).where(
        func.lower(m.Incident.country) == country.lower(),
        m.Incident.event_date.between(event_date - slack, event_date + slack),
        m.Incident.status != "rejected",
    )
    return session.scalars(q.order_by(m.Incident.id)).all()


def of_persons(session: Session, person_ids: Iterable[int]) -> Sequence[m.Incident]:
    """Blocking: incidents whose articles name one of ``person_ids``."""
    ids = list(person_ids)
    if not ids:
        return []
    # DISTINCT over ids only: PostgreSQL cannot compare the JSON columns of a whole row.
    matching = (
        select(m.Article.incident_id)
        .join(m.Extraction, m.Extraction.article_id == m.Article.id)
        .join(m.VictimMention, m.VictimMention.extraction_id == m.Extraction.id)
        .where(m.VictimMention.person_id.in_(ids))
    )
    q = (
        select(m.Incident)
        .where(m.Incident.id.in_(matching), m.Incident.status != "rejected")
        .order_by(m.Incident.id)
    )
    return session.scalars(q).all()


def independent_articles(
    session: Session, incident_id: int, *, options: Sequence[ORMOption] = ()
) -> Sequence[m.Article]:
    """The incident's articles that are not syndicated copies, oldest first.

    ``options`` are loader options (e.g. ``selectinload``) for what the caller will read.
    """
    q = (
        select(m.Article)
        .options(*options)
        .where(m.Article.incident_id == incident_id, m.Article.duplicate_of_id.is_(None))
    )
    return session.scalars(q.order_by(m.Article.published, m.Article.id)).all()


def mentions(
    session: Session, incident_ids: Iterable[int], *, independent_only: bool = True
) -> Sequence[tuple[int, m.VictimMention]]:
    """(incident id, victim mention) pairs of the incidents' articles."""
    q = (
        select(m.Article.incident_id, m.VictimMention)
        .join(m.Extraction, m.Extraction.article_id == m.Article.id)
        .join(m.VictimMention, m.VictimMention.extraction_id == m.Extraction.id)
        .where(m.Article.incident_id.in_(list(incident_ids)))
        .order_by(m.Article.incident_id, m.Article.id, m.VictimMention.idx)
    )
    if independent_only:
        q = q.where(m.Article.duplicate_of_id.is_(None))
    return [(iid, vm) for iid, vm in session.execute(q)]


def count_by(session: Session, column: str) -> dict[str | None, int]:
    """How many incidents per value of ``column`` (status, most_serious, country)."""
    col = getattr(m.Incident, column)
    return {k: n for k, n in session.execute(select(col, func.count()).group_by(col))}
