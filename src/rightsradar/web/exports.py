"""Exports: incidents as CSV, GeoJSON and HXL-tagged CSV, and disclosure-controlled public
tables.

Staff exports carry one row per incident. Victim names and titles (which may quote a name)
are added only for the analyst role and above. HXL (the Humanitarian Exchange Language)
puts a row of hashtags under the header so that humanitarian tools recognise the columns.

The public table is incidents by country and most serious violation. Cells below the
minimum size are hidden, and because the country and violation totals are published too,
a row or column with exactly one hidden cell gets a second one hidden (otherwise its total
minus the others would give it away).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.taxonomy import SEVERITY_ORDER
from ..privacy.disclosure import Cell, suppress
from ..store import incidents as incident_store
from ..store import models as m
from ..store import queries

MAX_ROWS = 500_000
# (column, HXL hashtag); the last two only for analysts.
COLUMNS: list[tuple[str, str]] = [
    ("id", "#event+id"),
    ("event_date", "#date"),
    ("date_precision", "#date+precision"),
    ("country", "#country+name"),
    ("region", "#adm1+name"),
    ("city", "#loc+name"),
    ("latitude", "#geo+lat"),
    ("longitude", "#geo+lon"),
    ("most_serious", "#event+type+main"),
    ("violation_types", "#event+type"),
    ("perpetrator_type", "#actor+type"),
    ("victim_groups", "#affected+type"),
    ("n_victims", "#affected+num"),
    ("killed", "#affected+killed"),
    ("status", "#status"),
    ("n_sources", "#meta+sources+num"),
]
NAMED_COLUMNS: list[tuple[str, str]] = [
    ("title", "#description"),
    ("victim_names", "#affected+name"),
]
PUBLIC_COLUMNS: list[tuple[str, str]] = [
    ("country", "#country+name"),
    ("most_serious_violation", "#event+type+main"),
    ("incidents", "#indicator+incidents+num"),
]


def _row(inc: m.Incident) -> dict[str, Any]:
    violations = list(inc.violation_types or [])
    return {
        "id": inc.id,
        "event_date": inc.event_date.isoformat() if inc.event_date else "",
        "date_precision": inc.date_precision or "",
        "country": inc.country or "", "region": inc.region or "", "city": inc.city or "",
        "latitude": inc.latitude if inc.latitude is not None else "",
        "longitude": inc.longitude if inc.longitude is not None else "",
        "most_serious": inc.most_serious or "",
        "violation_types": "; ".join(violations),
        "perpetrator_type": inc.perpetrator_type or "",
        "victim_groups": "; ".join(inc.victim_groups or []),
        "n_victims": inc.n_victims,
        "killed": inc.n_victims if "killing" in violations else 0,
        "status": inc.status,
        "n_sources": inc.n_sources,
    }


def incident_rows(session: Session, f: queries.IncidentFilter, *,
                  with_names: bool) -> list[dict[str, Any]]:
    """One row per matching incident, newest event first (at most ``MAX_ROWS``)."""
    incs = queries.page_incidents(session, f, limit=MAX_ROWS)
    rows = [_row(i) for i in incs]
    if with_names:
        names: dict[int, list[str]] = {}
        for iid, mention in incident_store.mentions(session, [i.id for i in incs]):
            if mention.name and mention.name not in names.setdefault(iid, []):
                names[iid].append(mention.name)
        for inc, row in zip(incs, rows, strict=True):
            row["title"] = inc.title or ""
            row["victim_names"] = "; ".join(names.get(inc.id, []))
    return rows


def to_csv(rows: Iterable[dict[str, Any]], columns: list[tuple[str, str]], *,
           hxl: bool) -> str:
    """CSV with a header row and, for HXL, the hashtag row under it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c for c, _ in columns])
    if hxl:
        writer.writerow([tag for _, tag in columns])
    for row in rows:
        writer.writerow([_safe(row.get(c, "")) for c, _ in columns])
    return out.getvalue()


def _safe(value: Any) -> Any:
    # A cell starting with =, +, - or @ runs as a formula in spreadsheets (CSV injection);
    # titles and names come from articles, so such text gets a leading apostrophe.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def columns(with_names: bool) -> list[tuple[str, str]]:
    return COLUMNS + (NAMED_COLUMNS if with_names else [])


def to_geojson(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Located incidents as a GeoJSON FeatureCollection (longitude first, as GeoJSON says)."""
    features = []
    for row in rows:
        if row["latitude"] == "" or row["longitude"] == "":
            continue
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "id": row["id"],
                         "geometry": {"type": "Point",
                                      "coordinates": [row["longitude"], row["latitude"]]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def geojson_text(rows: list[dict[str, Any]]) -> str:
    return json.dumps(to_geojson(rows), ensure_ascii=False)


# -- public ------------------------------------------------------------------------------------
Key = tuple[str, str]


def suppress_table(counts: dict[Key, int], min_cell: int) -> dict[Key, Cell]:
    """Cells of a two-way table, each row and each column protected like a breakdown.

    Primary and secondary suppression of each line come from ``privacy.disclosure.suppress``;
    hiding a cell in a row may leave its column with a single hidden cell, so lines are
    revisited until no row or column has exactly one.
    """
    hidden = {k for k, n in counts.items() if n < min_cell}
    lines: dict[tuple[int, str], list[Key]] = {}
    for key in counts:
        lines.setdefault((0, key[0]), []).append(key)
        lines.setdefault((1, key[1]), []).append(key)
    changed = True
    while changed:
        changed = False
        for keys in lines.values():
            # Already hidden cells count as small, so the line's own rule sees them.
            line = {"|".join(k): (0 if k in hidden else counts[k]) for k in keys}
            for cell in suppress(line, min_cell):
                row, col = cell.key.split("|", 1)
                if cell.count is None and (row, col) not in hidden:
                    hidden.add((row, col))
                    changed = True
    return {k: Cell(key="|".join(k), count=None if k in hidden else n,
                    display=(f"<{min_cell}" if n < min_cell else "suppressed") if k in hidden
                    else str(n))
            for k, n in counts.items()}


def public_rows(session: Session, min_cell: int) -> list[dict[str, Any]]:
    """Incidents by country and most serious violation, small cells suppressed. Rejected
    incidents are left out; nothing finer than a country."""
    stmt = (select(m.Incident.country, m.Incident.most_serious)
            .where(m.Incident.status != "rejected"))
    counts: Counter[tuple[str, str]] = Counter()
    for country, violation in session.execute(stmt):
        counts[(country or "unknown", violation or "unknown")] += 1
    cells = suppress_table(dict(counts), min_cell)
    order = {v: i for i, v in enumerate((*SEVERITY_ORDER, "unknown"))}
    keys = sorted(cells, key=lambda k: (k[0], order.get(k[1], 99)))
    return [{"country": k[0], "most_serious_violation": k[1], "incidents": cells[k].display}
            for k in keys]
