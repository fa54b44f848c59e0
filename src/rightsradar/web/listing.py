"""The incident list: one page and its total, kept per database generation.

The list API is the app's busiest route; what it keeps and when it may be read on the
event loop is decided here.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy.orm import Session

from ..store import models as m
from ..store import queries
from . import review
from .generation import data_generation
from .schemas import IncidentFilters, IncidentList, IncidentQuery, IncidentRead


def to_filter(q: IncidentFilters) -> queries.IncidentFilter:
    return queries.IncidentFilter(
        country=q.country or None,
        region=q.region or None,
        city=q.city or None,
        date_from=q.date_from,
        date_to=q.date_to,
        violation=q.violation,
        victim_group=q.victim_group,
        perpetrator=q.perpetrator,
        status=q.status,
    )


# Counting a large match (a filter that scans a million rows) costs more than the page
# itself. A total is kept until the database changes; after a change a large total is
# still shown for a while rather than recounted, while small totals, which a single
# change visibly moves, are counted afresh. One request counts a filter at a time.
CACHED_TOTAL_MIN = 10_000
CACHED_TOTAL_TTL_S = 30.0
_totals: dict[tuple[str, queries.IncidentFilter], tuple[int, float, int]] = {}
_totals_lock = threading.Lock()
_counting: dict[tuple[str, queries.IncidentFilter], threading.Lock] = {}


def _total(
    session: Session,
    f: queries.IncidentFilter,
    generation: int,
    *,
    found: int,
    limit: int,
    offset: int,
) -> tuple[int, bool]:
    """The number of incidents matching ``f``, and whether it is exact for ``generation``
    (False: a large total counted before the last change, less than the TTL ago)."""
    if found < limit and (found or not offset):  # the last page: the total is in sight
        return offset + found, True
    key = (review.database_key(session), f)
    with _totals_lock:
        hit = _totals.get(key)
        counting = _counting.setdefault(key, threading.Lock())
    if hit is not None:
        hit_generation, counted_at, total = hit
        if hit_generation == generation:
            return total, True
        large_recent = (
            total >= CACHED_TOTAL_MIN and time.monotonic() - counted_at < CACHED_TOTAL_TTL_S
        )
        if large_recent:
            return total, False
    # Nothing usable: count, unless another request is counting this filter already, in
    # which case a large stale total is good enough and anything else waits for its count.
    if not counting.acquire(blocking=hit is None or hit[2] < CACHED_TOTAL_MIN):
        return hit[2], False  # type: ignore[index]
    try:
        with _totals_lock:
            again = _totals.get(key)
        if again is not None and again is not hit and again[0] == generation:
            return again[2], True
        started = time.monotonic()
        total = queries.count_matching(session, f)
        with _totals_lock:
            if len(_totals) > 4096:  # bounded: drop the lot rather than track ages
                _totals.clear()
                _counting.clear()
            _totals[key] = (generation, started, total)
        return total, True
    finally:
        counting.release()


def incident_list(
    session: Session, q: IncidentQuery, *, generation: int | None = None
) -> IncidentList:
    """One page of incidents and the total, read as plain rows (no ORM objects)."""
    return _incident_page(session, q, generation)[0]


def _incident_page(session: Session, q: IncidentQuery, generation: int | None
                   ) -> tuple[IncidentList, bool]:  # fmt: skip
    """``incident_list``, and whether its total is exact for the generation."""
    f = to_filter(q)
    if generation is None:
        generation = data_generation(session)
    rows = queries.page_incident_rows(session, f, _LIST_COLUMNS, limit=q.limit, offset=q.offset)
    total, exact = _total(session, f, generation, found=len(rows), limit=q.limit,
                          offset=q.offset)  # fmt: skip
    page = IncidentList.model_validate(
        {"items": [r._asdict() for r in rows], "total": total, "limit": q.limit, "offset": q.offset}
    )
    return page, exact


_LIST_COLUMNS = [getattr(m.Incident, name) for name in IncidentRead.model_fields]
_LIST_JSON = TypeAdapter(IncidentList)

# Serialised pages, per database generation: a page asked for again before anything
# changed is sent as it was. Keyed by who may see it too, so that a cache shared by
# routes of different roles could never hand one role's page to another.
PAGE_CACHE_ENTRIES = 1024
_pages: dict[str, tuple[int, dict[tuple[Any, ...], bytes]]] = {}
_pages_lock = threading.Lock()


def incident_list_json(
    session: Session, q: IncidentQuery, *, audience: str, generation: int | None = None
) -> bytes:
    """``incident_list`` as the JSON of ``IncidentList``, served from the page cache when
    the database has not changed since the same page was read for the same ``audience``
    (the least role of the route that asks). ``generation``: the database's generation
    read earlier in this request (what is read now is at least as new), else read here."""
    if generation is None:
        generation = data_generation(session)
    db = review.database_key(session)
    body = kept_incident_list_json(db, generation, q, audience=audience)
    if body is not None:
        return body
    key = _page_key(q, audience)
    page, exact = _incident_page(session, q, generation)
    body = _LIST_JSON.dump_json(page)
    if not exact:  # a total from before the last change is shown, never kept beyond its TTL
        return body
    with _pages_lock:
        kept = _pages.get(db)
        if kept is None or kept[0] < generation:
            kept = _pages[db] = (generation, {})
        if kept[0] == generation and PAGE_CACHE_ENTRIES > 0:
            if len(kept[1]) >= PAGE_CACHE_ENTRIES:
                kept[1].clear()
            kept[1][key] = body
    return body


def kept_incident_list_json(
    db: str, generation: int, q: IncidentQuery, *, audience: str
) -> bytes | None:
    """The page ``incident_list_json`` kept for generation ``generation`` of database
    ``db``, or None. Takes no lock (single dictionary reads), so the event loop may ask."""
    kept = _pages.get(db)
    if kept is None or kept[0] != generation:
        return None
    return kept[1].get(_page_key(q, audience))


# A page not kept may be read on the event loop only when that is sure to be quick: its
# filter's total is already counted or cheap to count (no count of a million rows on the
# loop), it is not deep (OFFSET walks the rows it skips) and the pool has a connection
# free (no wait for one on the loop). Anything else goes to a worker thread.
INLINE_MAX_OFFSET = 10_000
INLINE_MAX_DAYS = 366


def cheap_to_read_now(db: str, q: IncidentQuery, pool: Any) -> bool:
    """Whether the page ``q`` of database ``db`` can be read on the event loop."""
    if q.offset > INLINE_MAX_OFFSET:
        return False
    f = to_filter(q)
    # One country within at most a year: the count walks that stretch of the (country,
    # event_date) index, a small share of the table whatever its size.
    bounded = (f.country is not None and f.date_from is not None and f.date_to is not None
               and (f.date_to - f.date_from).days <= INLINE_MAX_DAYS)  # fmt: skip
    if not bounded:
        with _totals_lock:
            if (db, f) not in _totals:
                return False
    checkedout, size = getattr(pool, "checkedout", None), getattr(pool, "size", None)
    if checkedout is None or size is None:
        return True  # a pool that never makes anyone wait (SQLite's static or null pools)
    return checkedout() < size()


def _page_key(q: IncidentQuery, audience: str) -> tuple[Any, ...]:
    return (audience, to_filter(q), q.limit, q.offset)
