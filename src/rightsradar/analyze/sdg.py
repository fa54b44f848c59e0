"""SDG indicator 16.10.1: victims of attacks, counted by the OHCHR rules.

Counting rules:

- Victims, not articles or incidents: each incident is counted once, under its most
  serious violation (``domain.most_serious``), with its merged country and perpetrator.
- A named victim is counted once per incident, however many articles name them (one
  person id; a mention not linked to a person falls back to its name key).
- An unnamed group counts by its size where known, else 1 (the extractor does not give
  sizes yet, so each unnamed group counts 1). The same group reported by several articles
  is counted from the one article describing the most unnamed victims, not summed.
- An incident whose articles describe no victim counts one victim with group
  ``insufficient information``.
- A person with several groups (a journalist who is also a trade unionist) is counted
  under each group when ``by`` includes ``victim_group``, so totals over that dimension can
  exceed the number of victims; without it, every victim counts once.
- Only incidents with a status in ``statuses`` (``verified`` by default) count; with
  ``year``, only incidents whose event date falls in that year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..domain import SDG_CATEGORY
from ..resolve.names import name_key
from ..store import Store
from ..store import incidents as incident_store

DIMENSIONS = (
    "country",
    "victim_group",
    "sex",
    "perpetrator_type",
    "most_serious",
    "sdg_category",
    "year",
)
DEFAULT_BY = ("country", "victim_group", "sex", "perpetrator_type", "most_serious")
UNKNOWN_GROUP = "insufficient information"


@dataclass
class _Victim:
    groups: set[str]
    sex: str


def victim_counts(
    session_or_store: Session | Store,
    *,
    year: int | None = None,
    statuses: tuple[str, ...] = ("verified",),
    by: tuple[str, ...] = DEFAULT_BY,
) -> list[dict[str, Any]]:
    """Victim counts per combination of ``by`` (see the module docstring for the rules).

    Returns:
        One dict per cell: the ``by`` values and ``victims`` (the count), sorted by cell.

    Raises:
        ValueError: for a dimension not in ``DIMENSIONS``.
    """
    unknown = [d for d in by if d not in DIMENSIONS]
    if unknown:
        raise ValueError(f"unknown dimension(s) {unknown}; choose from {', '.join(DIMENSIONS)}")
    if isinstance(session_or_store, Store):
        with session_or_store.session() as s:
            return _count(s, year, statuses, by)
    return _count(session_or_store, year, statuses, by)


def _count(
    s: Session, year: int | None, statuses: tuple[str, ...], by: tuple[str, ...]
) -> list[dict[str, Any]]:
    incs = [
        i
        for i in incident_store.list_incidents(s, statuses=statuses)
        if year is None or (i.event_date is not None and i.event_date.year == year)
    ]
    victims = incident_victims(s, [i.id for i in incs])
    cells: Counter[tuple[Any, ...]] = Counter()
    for inc in incs:
        base = {
            "country": inc.country,
            "perpetrator_type": inc.perpetrator_type,
            "most_serious": inc.most_serious,
            "sdg_category": SDG_CATEGORY.get(inc.most_serious or ""),
            "year": inc.event_date.year if inc.event_date else None,
        }
        for v in victims.get(inc.id) or [_Victim({UNKNOWN_GROUP}, "unknown")]:
            # Several groups multiply a victim only when counting by group.
            groups = sorted(v.groups) or [UNKNOWN_GROUP]
            for group in groups if "victim_group" in by else groups[:1]:
                row = {**base, "victim_group": group, "sex": v.sex}
                cells[tuple(row[d] for d in by)] += 1
    return [
        {**dict(zip(by, key, strict=True)), "victims": n}
        for key, n in sorted(cells.items(), key=lambda kv: [str(x) for x in kv[0]])
    ]


def incident_victims(s: Session, incident_ids: list[int]) -> dict[int, list[_Victim]]:
    """The distinct victims of each incident, by the counting rules."""
    named: dict[int, dict[Any, _Victim]] = defaultdict(dict)
    unnamed: dict[int, dict[int, list[_Victim]]] = defaultdict(lambda: defaultdict(list))
    for iid, vm in incident_store.mentions(s, incident_ids) if incident_ids else []:
        groups = set(vm.groups or []) or {UNKNOWN_GROUP}
        key = vm.person_id or name_key(vm.name)
        if key and vm.population != "multiple":
            v = named[iid].setdefault(key, _Victim(set(), "unknown"))
            v.groups |= groups
            if v.sex == "unknown":
                v.sex = vm.sex or "unknown"
        else:
            unnamed[iid][vm.extraction_id].append(_Victim(groups, vm.sex or "unknown"))
    out: dict[int, list[_Victim]] = {}
    for iid in incident_ids:
        vs = list(named.get(iid, {}).values())
        for v in vs:
            if len(v.groups) > 1:
                v.groups.discard(UNKNOWN_GROUP)
        per_article = unnamed.get(iid, {})
        if per_article:
            vs += max(per_article.values(), key=len)
        out[iid] = vs
    return out
