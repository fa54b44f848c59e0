"""Surge alert rules: a country's weekly count of incidents jumps above its baseline.

A ``surge`` rule's pattern is a country name, or ``*`` for every country. Once per run the
incidents of the last ``HISTORY_WEEKS`` weeks are counted per country and week, and the
current week is judged by ``analyze.surveillance.detect`` (improved Farrington). An alarm
is anchored to the newest incident of that country in the alarming week, so the
exactly-once rule of alerts (one per rule and incident) gives at most one alert per
country and surge week, and the payload says what was expected and what was observed.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analyze.surveillance import SurgeConfig, detect
from ..resolve.names import fold
from ..store import models as m

HISTORY_WEEKS = 104


def surge_alarms(
    session: Session, *, today: date | None = None, config: SurgeConfig = SurgeConfig()
) -> dict[str, tuple[m.Incident, dict]]:
    """Countries in surge this week: (anchor incident, surge facts), keyed by folded name.

    Computed once per run and shared by every surge rule (each GLM fit costs)."""
    today = today or date.today()
    this_week = today - timedelta(days=today.weekday())
    start = this_week - timedelta(weeks=HISTORY_WEEKS)
    rows = session.scalars(
        select(m.Incident).where(
            m.Incident.status != "rejected",
            m.Incident.event_date >= start,
            m.Incident.event_date <= today,
        )  # fmt: skip
    )
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * (HISTORY_WEEKS + 1))
    newest: dict[str, m.Incident] = {}
    for inc in rows:
        if not inc.country or inc.event_date is None:
            continue
        week = (inc.event_date - start).days // 7
        counts[inc.country][week] += 1
        if week == HISTORY_WEEKS and (inc.country not in newest or inc.id > newest[inc.country].id):
            newest[inc.country] = inc
    out = {}
    for country, series in counts.items():
        sig = detect(series, HISTORY_WEEKS, key=country, config=config)
        if sig is not None and sig.alarm and country in newest:
            out[fold(country)] = (newest[country], {
                "surge_week": this_week.isoformat(), "observed": sig.observed,
                "expected": round(sig.expected, 2), "p_value": sig.p_value,
            })  # fmt: skip
    return out


def matching(alarms: dict[str, tuple[m.Incident, dict]], pattern: str
             ) -> list[tuple[m.Incident, dict]]:  # fmt: skip
    """The alarms a rule's pattern (a country, or * for all) asks for."""
    if pattern.strip() == "*":
        return list(alarms.values())
    hit = alarms.get(fold(pattern))
    return [hit] if hit else []
