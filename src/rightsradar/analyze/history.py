"""Event histories for early warning: from the store, the demo's truth, or an ACLED-style CSV.

Early-warning models need what happened, when, where, to whom: one ``Event`` per incident
with its violation types, victim groups and the ids of the persons attacked (for case
histories). Identifiers only: no names.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import VIOLATION_TYPES
from ..errors import InputError
from ..store import models as m

SERIOUS = frozenset({"killing", "enforced disappearance", "torture"})


@dataclass(frozen=True)
class Event:
    """One incident as early warning sees it."""

    day: date
    country: str
    region: str | None = None
    violations: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    person_ids: tuple[str, ...] = ()
    context: str | None = None  # e.g. "election", "protest": known crackdowns (demo truth)

    @property
    def serious(self) -> bool:
        return bool(self.violations & SERIOUS)


def from_store(session: Session) -> tuple[list[Event], dict[int, tuple[str, ...]]]:
    """The store's incidents as early-warning events (oldest first), and each incident's
    victim person ids. Incidents without an event date cannot be placed and are left out."""
    persons: dict[int, dict[str, None]] = {}
    rows = session.execute(
        select(m.Article.incident_id, m.VictimMention.person_id)
        .join(m.Extraction, m.Extraction.article_id == m.Article.id)
        .join(m.VictimMention, m.VictimMention.extraction_id == m.Extraction.id)
        .where(m.Article.incident_id.is_not(None), m.VictimMention.person_id.is_not(None))
    )
    for iid, pid in rows:
        if iid is not None:
            persons.setdefault(iid, {})[str(pid)] = None
    incidents = session.execute(
        select(m.Incident.id, m.Incident.event_date, m.Incident.country, m.Incident.region,
               m.Incident.violation_types, m.Incident.victim_groups)
        .where(m.Incident.status != "rejected", m.Incident.event_date.is_not(None))
    )  # fmt: skip
    events, by_incident = [], {}
    for iid, day, country, region, violations, groups in incidents:
        pids = tuple(persons.get(iid, ()))
        by_incident[iid] = pids
        events.append(Event(day, country or "", region, frozenset(violations or ()),
                            frozenset(groups or ()), pids))  # fmt: skip
    events.sort(key=lambda e: e.day)
    return events, by_incident


def from_demo(seed: int = 7, *, months: int = 36, n_incidents: int = 3000,
              start: date = date(2023, 1, 1)) -> list[Event]:  # fmt: skip
    """The demo generator's world (baseline, escalation paths, crackdowns), truth only."""
    import random

    from ..demo.events import build_world

    world = build_world(random.Random(seed), n_incidents, start, months)
    out = []
    for inc in world.incidents:
        pids = tuple(v.person.person_id for v in inc.victims if v.person is not None)
        groups = frozenset(g for v in inc.victims for g in v.groups)
        out.append(Event(inc.day, inc.country.name, inc.city.region,
                         frozenset(inc.violation_types), groups, pids, inc.context))  # fmt: skip
    return sorted(out, key=lambda e: e.day)


def from_truth_jsonl(path: str | Path) -> list[Event]:
    """Events from a demo ``incidents_truth.jsonl``."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            out.append(Event(
                date.fromisoformat(r["date"]), r["country"], r.get("region"),
                frozenset(r.get("violation_types") or []),
                frozenset(g for v in r.get("victims", []) for g in v.get("groups", [])),
                tuple(v["person_id"] for v in r.get("victims", []) if v.get("person_id")),
                r.get("context"),
            ))  # fmt: skip
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError("E102", f"not an incident truth record: {exc}", file=str(path),
                             line=n) from None  # fmt: skip
    return sorted(out, key=lambda e: e.day)


# ACLED event types (and sub-event types) → the taxonomy's violation types.
_ACLED = {
    "arrests": "arbitrary detention",
    "abduction/forced disappearance": "enforced disappearance",
    "attack": "other",
    "sexual violence": "other",
    "excessive force against protesters": "other",
    "violence against civilians": "other",
}
_ACLED_COLUMNS = ("event_date", "country")


def from_acled_csv(path: str | Path) -> list[Event]:
    """Events from an ACLED-style CSV: event_date, country, admin1, event_type,
    sub_event_type, fatalities, notes (extra columns are ignored). A row with fatalities > 0
    counts as a killing. E106 names the line and field of a bad row."""
    path = Path(path)
    out = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _ACLED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError("E106", f"missing column(s) {', '.join(missing)}", file=str(path),
                             line=1, hint="ACLED exports have event_date and country")  # fmt: skip
        for row in reader:
            line = reader.line_num
            try:
                day = _acled_date(row["event_date"])
            except ValueError:
                raise InputError(
                    "E106",
                    f"cannot read date '{row['event_date']}'",
                    file=str(path),
                    line=line,
                    field="event_date",
                ) from None
            if not (row.get("country") or "").strip():
                raise InputError("E106", "empty country", file=str(path), line=line,
                                 field="country")  # fmt: skip
            kinds = {(row.get("sub_event_type") or "").strip().casefold(),
                     (row.get("event_type") or "").strip().casefold()}  # fmt: skip
            violations = {_ACLED[k] for k in kinds if k in _ACLED}
            try:
                if int(float(row.get("fatalities") or 0)) > 0:
                    violations.add("killing")
            except ValueError:
                raise InputError("E106", "fatalities is not a number", file=str(path),
                                 line=line, field="fatalities") from None  # fmt: skip
            violations = {v for v in violations if v in VIOLATION_TYPES} or {"other"}
            out.append(Event(day, row["country"].strip(), (row.get("admin1") or "").strip() or None,
                             frozenset(violations)))  # fmt: skip
    return sorted(out, key=lambda e: e.day)


def _acled_date(value: str) -> date:
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def weekly_counts(  # type: ignore[no-untyped-def]
    events: Iterable[Event], key, start: date, n_weeks: int
) -> dict[str, list[int]]:
    """Counts per week (weeks from ``start``) for each value of ``key(event)`` (None skipped)."""
    out: dict[str, list[int]] = {}
    for e in events:
        k = key(e)
        w = (e.day - start).days // 7
        if k is None or not 0 <= w < n_weeks:
            continue
        out.setdefault(k, [0] * n_weeks)[w] += 1
    return out


def monthly_counts(  # type: ignore[no-untyped-def]
    events: Iterable[Event], key, start: date, n_months: int
) -> dict[str, list[int]]:
    """Counts per calendar month from ``start``'s month for each value of ``key(event)``."""
    out: dict[str, list[int]] = {}
    for e in events:
        k = key(e)
        m = (e.day.year - start.year) * 12 + e.day.month - start.month
        if k is None or not 0 <= m < n_months:
            continue
        out.setdefault(k, [0] * n_months)[m] += 1
    return out
