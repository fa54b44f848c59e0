"""Exports: incidents as CSV, GeoJSON and HXL-tagged CSV, and disclosure-controlled public
tables.

Staff exports carry one row per incident and no name column. The analyst role and above
also get the title, redacted (``privacy.redact``: the known names and aliases of the
incident's victims become ``[P-…]`` pseudonyms, every other name found in it (a lawyer, a
relative, a witness, a victim the extractor missed) a per-title ``[NAME-n]``, e-mail
addresses, phone numbers and other identifiers ``[EMAIL_ADDRESS]``…), and
``victim_pseudonyms``: one keyed pseudonym per victim, the same token that stands for that
victim in the redacted title. The incident's own country, region and city stay readable.
Name finding favours recall (some place and organisation words are redacted too) but is
not perfect: see ``benchmarks/redaction_recall.py`` for how many names survive.
HXL (the Humanitarian Exchange Language) puts a row of hashtags under the header so that
humanitarian tools recognise the columns.

Pseudonyms are keyed on the resolved person (``person:<id>``), so every spelling and alias
of one person gives one token, in every export of this installation; a victim not linked to
a person is keyed on their name as the article wrote it. The key is derived from the
installation's secret key (``RIGHTSRADAR_SECRET_KEY``; with the public placeholder, from a
random key file in the data directory): without it a token cannot be
linked to a name, not even by hashing a list of candidate names; a new secret key gives new
tokens (older exports no longer join with newer ones).

The public table is incidents by country and most serious violation. Cells below the
minimum size are hidden, and because the country and violation totals are published too,
a row or column with exactly one hidden cell gets a second one hidden (otherwise its total
minus the others would give it away).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import secrets
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.taxonomy import SEVERITY_ORDER
from ..errors import ConfigError
from ..privacy.disclosure import Cell, suppress
from ..privacy.pseudonym import pseudonym
from ..privacy.redact import Redactor
from ..settings import PLACEHOLDER_SECRET
from ..store import incidents as incident_store
from ..store import models as m
from ..store import queries

if TYPE_CHECKING:
    from ..settings import Settings

MAX_ROWS = 500_000
# Incident ids per IN (...) query: well under SQLite's limit on bound parameters.
_CHUNK = 5_000
_PSEUDONYM_CONTEXT = b"rightsradar/export-pseudonyms/v1"
# (column, HXL hashtag); ANALYST_COLUMNS only for analysts and above.
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
ANALYST_COLUMNS: list[tuple[str, str]] = [
    ("title", "#description"),
    ("victim_pseudonyms", "#affected+code"),
]
PUBLIC_COLUMNS: list[tuple[str, str]] = [
    ("country", "#country+name"),
    ("most_serious_violation", "#event+type+main"),
    ("incidents", "#indicator+incidents+num"),
]


def pseudonym_key(settings: Settings) -> bytes:
    """The installation's key for export pseudonyms, derived from its secret key (so the
    token key is not the cookie-signing key itself). With the public placeholder secret
    (development, the demo) anyone could derive that key and hash candidate names, so a
    random key made once for the installation (``<data_dir>/pseudonym.key``, readable by
    its owner only) is used instead."""
    if settings.secret_key == PLACEHOLDER_SECRET:
        return _installation_key(settings.data_dir / "pseudonym.key")
    return hmac.new(settings.secret_key.encode("utf-8"), _PSEUDONYM_CONTEXT,
                    hashlib.sha256).digest()  # fmt: skip


def _installation_key(path: Path) -> bytes:
    """32 random bytes kept in ``path`` (created once, mode 0600; a racing process that
    created it first wins)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    for _ in range(50):  # the creator may not have written it yet
        text = path.read_text(encoding="ascii").strip()
        if text:
            return bytes.fromhex(text)
        time.sleep(0.01)
    raise ConfigError(
        "E602",
        f"the pseudonym key file {path} is empty",
        hint="delete it; a new key is made (earlier exports' tokens change)",
    )


def _row(inc: m.Incident) -> dict[str, Any]:
    violations = list(inc.violation_types or [])
    return {
        "id": inc.id,
        "event_date": inc.event_date.isoformat() if inc.event_date else "",
        "date_precision": inc.date_precision or "",
        "country": inc.country or "",
        "region": inc.region or "",
        "city": inc.city or "",
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


def incident_rows(
    session: Session, f: queries.IncidentFilter, *, analyst: bool, key: bytes | None = None
) -> list[dict[str, Any]]:
    """One row per matching incident, newest event first (at most ``MAX_ROWS``).

    With ``analyst``, rows also carry the redacted title and the victims' pseudonyms
    (``key``: see ``pseudonym_key``). No row ever carries a name.
    """
    incs = queries.page_incidents(session, f, limit=MAX_ROWS)
    rows = [_row(i) for i in incs]
    if not analyst:
        return rows
    if key is None:
        raise ValueError("analyst rows need the pseudonym key")
    ids = [i.id for i in incs]
    victims = incident_victims(session, ids)
    languages = incident_languages(session, ids)
    # One redactor per set of names, for this export only: nothing outlives it.
    workers: dict[tuple[tuple[str, str], ...], Redactor] = {}
    for inc, row in zip(incs, rows, strict=True):
        names = victims.get(inc.id, {})
        identities = list(dict.fromkeys(names.values()))
        row["victim_pseudonyms"] = "; ".join(pseudonym(key, who) for who in identities)
        if not inc.title:
            row["title"] = ""
            continue
        known = tuple(sorted(names.items()))
        worker = workers.get(known)
        if worker is None:
            worker = workers[known] = Redactor(names, key=key, every_name=True)
        row["title"] = worker.redact(inc.title, language=languages.get(inc.id, "en"),
                                     keep=(inc.country, inc.region, inc.city)).text  # fmt: skip
    return rows


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for at in range(0, len(ids), _CHUNK):
        yield list(ids[at : at + _CHUNK])


def person_identity(person_id: int) -> str:
    """What the pseudonym of a resolved person is keyed on."""
    return f"person:{person_id}"


def victim_identity(person_id: int | None, name: str | None) -> str | None:
    """What a victim's pseudonym is keyed on: the resolved person, else the name."""
    if person_id is not None:
        return person_identity(person_id)
    return " ".join(name.split()) if name and name.strip() else None


def incident_victims(session: Session, incident_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """Per incident, every name its victims go by (as the articles wrote them, and the
    linked persons' names and aliases) mapped to the victim's identity, in the order the
    articles name them. Syndicated copies count too: their text is the same."""
    out: dict[int, dict[str, str]] = {}
    person_ids: dict[int, set[int]] = {}
    for chunk in _chunks(list(incident_ids)):
        for iid, mention in incident_store.mentions(session, chunk, independent_only=False):
            who = victim_identity(mention.person_id, mention.name)
            if who is None:
                continue
            names = out.setdefault(iid, {})
            if mention.name:
                names.setdefault(" ".join(mention.name.split()), who)
            if mention.person_id is not None:
                person_ids.setdefault(mention.person_id, set()).add(iid)
    for chunk in _chunks(sorted(person_ids)):
        for person in session.scalars(select(m.Person).where(m.Person.id.in_(chunk))):
            who = person_identity(person.id)
            for name in [person.name, *(person.aliases or [])]:
                if isinstance(name, str) and name.strip():
                    for iid in person_ids[person.id]:
                        out[iid].setdefault(" ".join(name.split()), who)
    return out


def incident_languages(session: Session, incident_ids: Iterable[int]) -> dict[int, str]:
    """The language most of each incident's articles are in (the first article's on a tie)."""
    counts: dict[int, Counter[str]] = {}
    for chunk in _chunks(list(incident_ids)):
        stmt = (select(m.Article.incident_id, m.Article.language)
                .where(m.Article.incident_id.in_(chunk)).order_by(m.Article.id))  # fmt: skip
        for iid, language in session.execute(stmt):
            if iid is not None and language:
                counts.setdefault(iid, Counter())[language] += 1
    return {iid: c.most_common(1)[0][0] for iid, c in counts.items()}


def to_csv(rows: Iterable[dict[str, Any]], columns: list[tuple[str, str]], *, hxl: bool) -> str:
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
    # titles come from articles, so such text gets a leading apostrophe.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def columns(analyst: bool) -> list[tuple[str, str]]:
    """The staff export's columns for a role: analysts and above get ``ANALYST_COLUMNS``."""
    return COLUMNS + (ANALYST_COLUMNS if analyst else [])


def to_geojson(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Located incidents as a GeoJSON FeatureCollection (longitude first, as GeoJSON says)."""
    features = []
    for row in rows:
        if row["latitude"] == "" or row["longitude"] == "":
            continue
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": props,
            }
        )
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
    return {
        k: Cell(
            key="|".join(k),
            count=None if k in hidden else n,
            display=(f"<{min_cell}" if n < min_cell else "suppressed") if k in hidden else str(n),
        )
        for k, n in counts.items()
    }


def public_rows(session: Session, min_cell: int) -> list[dict[str, Any]]:
    """Incidents by country and most serious violation, small cells suppressed. Rejected
    incidents are left out; nothing finer than a country."""
    stmt = select(m.Incident.country, m.Incident.most_serious).where(
        m.Incident.status != "rejected"
    )
    counts: Counter[tuple[str, str]] = Counter()
    for country, violation in session.execute(stmt):
        counts[(country or "unknown", violation or "unknown")] += 1
    cells = suppress_table(dict(counts), min_cell)
    order = {v: i for i, v in enumerate((*SEVERITY_ORDER, "unknown"))}
    keys = sorted(cells, key=lambda k: (k[0], order.get(k[1], 99)))
    return [
        {"country": k[0], "most_serious_violation": k[1], "incidents": cells[k].display}
        for k in keys
    ]
