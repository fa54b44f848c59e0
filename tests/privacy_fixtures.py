"""Synthetic records naming one person, and a byte scan for a name in every stored form."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from rightsradar.store import Store
from rightsradar.store import models as m

# Synthetic people; no real victim's record.
NAME = "Zoraida Ñúñez Quispe"
ALIAS = "Zoraida Nunez"
SURNAME = "Ñúñez Quispe"
OTHER = "Kofi Twumasi-Ankrah"
URL = "https://news.example.org/2024/zoraida-nunez-quispe-detained"


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def forms(name: str) -> set[bytes]:
    """``name`` as the project may store it: UTF-8, UTF-16-LE/BE, casefolded, upper case,
    accent-folded, NFD, and JSON-escaped (``\\u00d1``)."""
    texts = {name, name.casefold(), name.upper(), _fold(name), _fold(name).casefold(),
             unicodedata.normalize("NFD", name)}  # fmt: skip
    out: set[bytes] = set()
    for t in texts:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            out.add(t.encode(enc))
        out.add(json.dumps(t)[1:-1].encode("ascii"))  # \uXXXX escapes
    return out


def found(blob: bytes, name: str) -> list[bytes]:
    return [f for f in forms(name) if f in blob]


def populate(store: Store, *, stray: bool = True) -> dict[str, int]:
    """One incident naming NAME (with an alias, a note, a watch-list rule and alerts) and
    one naming OTHER, who must survive NAME's erasure. ``stray`` also puts the name where
    the pipeline never writes one (extraction evidence, an alert payload), to prove the
    erasure looks there too."""
    with store.session() as s:
        src = m.Source(name="example news")
        inc = m.Incident(title=f"{NAME} detained in Cusco", country="Peru", n_victims=1,
                         event_date=date(2024, 3, 4), violation_types=["arbitrary detention"],
                         claims={"city": [{"value": "Cusco", "article_id": 1}]})  # fmt: skip
        art = m.Article(
            external_id=URL, source=src, title=f"Journalist {NAME} detained",
            text=f"Police in Cusco detained the journalist {NAME} on Monday. Ñúñez Quispe "
                 f"had reported on mining. Her colleague {OTHER} was not held. Write to "
                 "zoraida@example.org.",
            url=URL, canonical_url=URL, content_hash="a" * 64, status="resolved",
            ingested_at=datetime(2024, 3, 5), incident=inc, language="en",
        )  # fmt: skip
        art.outlets.append(m.ArticleOutlet(source=src, url=URL))
        ex = m.Extraction(article=art, model="test", relevant=True, country="Peru",
                          violation_types=["arbitrary detention"],
                          evidence={"victims.0.name": [40, 60],
                                    **({"note": f"named {NAME}"} if stray else {})})  # fmt: skip
        person = m.Person(name=NAME, aliases=[ALIAS], notes=f"{NAME} asked for protection",
                          groups=["journalist"])  # fmt: skip
        ex.victims.append(m.VictimMention(name=NAME, person=person, groups=["journalist"]))
        ex.victims.append(m.VictimMention(name=OTHER, groups=["journalist"], idx=1))
        watch = m.AlertRule(name="watch-1", kind="watchlist", pattern=NAME, channel="log")
        country = m.AlertRule(name="peru", kind="country", pattern="Peru", channel="log")
        s.add_all([inc, person, watch, country])
        s.flush()
        s.add_all([m.Alert(rule=watch, incident=inc, payload={"incident_id": inc.id}),
                   m.Alert(rule=country, incident=inc,
                           payload={"incident_id": inc.id,
                                    **({"title": inc.title} if stray else {})})])  # fmt: skip
        other_inc = m.Incident(title=f"{OTHER} threatened", country="Ghana", n_victims=1)
        other_art = m.Article(external_id="b", source=src, title=f"{OTHER} threatened",
                              text=f"{OTHER}, a union leader, was threatened.",
                              content_hash="b" * 64, status="resolved", incident=other_inc,
                              ingested_at=datetime(2024, 3, 5))  # fmt: skip
        s.add_all([other_inc, other_art])
        s.flush()
        return {"person": person.id, "incident": inc.id, "article": art.id,
                "other_article": other_art.id}  # fmt: skip


def raw_bytes(store: Store) -> bytes:
    """Every byte the database keeps: the SQLite file and its WAL, or a pg_dump plus the
    PostgreSQL heap files of the database when this process can read them."""
    if store.dialect == "sqlite":
        path = Path(store.engine.url.database or "")
        return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    url = store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    pg_dump = shutil.which("pg_dump") or next(
        (str(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"))), "pg_dump"
    )
    dump = subprocess.run([pg_dump, "--dbname", url, "--inserts"], check=True,
                          capture_output=True).stdout  # fmt: skip
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("CHECKPOINT"))
        data_dir = conn.scalar(text("SHOW data_directory"))
        oid = conn.scalar(text("SELECT oid FROM pg_database WHERE datname = current_database()"))
    heap = Path(data_dir) / "base" / str(oid)
    if os.access(heap, os.R_OK):
        dump += b"".join(p.read_bytes() for p in heap.iterdir()
                         if p.is_file() and re.fullmatch(r"\d+(\.\d+)?", p.name))  # fmt: skip
    return dump
