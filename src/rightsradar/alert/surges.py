"""Surge alert rules: a country's weekly count of incidents jumps above its baseline.

A ``surge`` rule's pattern is a country name, or ``*`` for every country. At each run the
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


def surge_alarms(session: Session, pattern: str, *, today: date | None = None,
                 config: SurgeConfig = SurgeConfig()) -> list[tuple[m.Incident, dict]]:  # fmt: skip
    """(anchor incident, surge facts) for each country matching ``pattern`` in surge now."""
    today = today or date.today()
    this_week = today - timedelta(days=today.weekday())
    start = this_week - timedelta(weeks=HISTORY_WEEKS)
    rows = session.scalars(
        select(m.Incident).where(m.Incident.status != "rejected",
                                 m.Incident.event_date >= start,
                                 m.Incident.event_date <= today)  # fmt: skip
    )
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * (HISTORY_WEEKS + 1))
    newest: dict[str, m.Incident] = {}
    want = None if pattern.strip() == "*" else fold(pattern)
    for inc in rows:
        if not inc.country or (want is not None and fold(inc.country) != want):
            continue
        week = (inc.event_date - start).days // 7
        counts[inc.country][week] += 1
        if week == HISTORY_WEEKS and (inc.country not in newest or inc.id > newest[inc.country].id):
            newest[inc.country] = inc
    out = []
    for country, series in counts.items():
        sig = detect(series, HISTORY_WEEKS, key=country, config=config)
        if sig is not None and sig.alarm and country in newest:
            out.append((newest[country], {
                "surge_week": this_week.isoformat(), "observed": sig.observed,
                "expected": round(sig.expected, 2), "p_value": sig.p_value,
            }))  # fmt: skip
    return out
