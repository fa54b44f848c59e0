"""Staff exports never carry a name: victims appear as keyed pseudonyms, titles are redacted
(names in any spelling, e-mail addresses), and the pseudonym in the column is the one in
the title."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from datetime import date

import pytest
from sqlalchemy import select

from rightsradar.privacy.pseudonym import pseudonym
from rightsradar.store import models as m
from rightsradar.store import queries
from rightsradar.web.app import create_app
from rightsradar.web.exports import incident_rows, pseudonym_key
from test_web_api import signed_in

EMAIL = "ana.quispe@correo.pe"
TITLE = f"Periodista Ána Quíspe detenida en Lima; escriba a {EMAIL}"


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).casefold()  # fmt: skip


def _assert_no_trace(text: str) -> None:
    folded = _fold(text)
    assert "quispe" not in folded
    assert not re.search(r"\bana\b", folded)
    assert "correo" not in folded and "@" not in folded


def seed_quispe(store) -> dict[str, int]:
    """An incident in Lima whose victim, Ana Quispe, two articles spell differently, and a
    second incident with an unnamed-by-person (unlinked) victim."""
    with store.session() as s:
        person = m.Person(name="Ana Quispe", aliases=["Ana María Quispe Mamani"],
                          groups=["journalist"])  # fmt: skip
        inc = m.Incident(title=TITLE, status="verified", violation_types=["arbitrary detention"],
                         most_serious="arbitrary detention", victim_groups=["journalist"],
                         n_victims=1, country="Peru", city="Lima", latitude=-12.05,
                         longitude=-77.04, event_date=date(2025, 2, 3), n_sources=2)  # fmt: skip
        other = m.Incident(title="Sindicalista Rosa Huamán amenazada en Cusco",
                           status="detected", violation_types=["other"], most_serious="other",
                           country="Peru", event_date=date(2025, 3, 1), n_sources=1)  # fmt: skip
        for i, (name, incident) in enumerate([("Ana Quispe", inc), ("ANA QUÍSPE", inc),
                                              ("Rosa Huamán", other)]):  # fmt: skip
            article = m.Article(external_id=f"q{i}", title=f"{name} …", text=f"{name} detenida.",
                                content_hash=f"q{i}", language="es", incident=incident)  # fmt: skip
            s.add(m.Extraction(article=article, model="test.v1", relevant=True, victims=[
                m.VictimMention(name=name, groups=["journalist"],
                                person=person if incident is inc else None)]))  # fmt: skip
        s.add_all([person, inc, other])
        s.flush()
        return {"incident": inc.id, "other": other.id, "person": person.id}


@pytest.fixture
def app(sqlite_store, settings):
    return create_app(settings, sqlite_store)


@pytest.fixture
def ids(sqlite_store):
    return seed_quispe(sqlite_store)


def _rows(text: str, hxl: bool = False) -> dict[int, dict[str, str]]:
    header, *rows = list(csv.reader(io.StringIO(text)))
    rows = rows[1:] if hxl else rows
    return {int(r[0]): dict(zip(header, r, strict=True)) for r in rows}


@pytest.mark.parametrize("fmt", ["csv", "hxl", "geojson"])
def test_exports_privacy_analyst_export_has_pseudonyms_and_no_trace_of_the_name(
    app, sqlite_store, settings, ids, fmt
):
    analyst = signed_in(app, sqlite_store, "analyst")
    response = analyst.get(f"/api/export/incidents.{fmt}", params={"country": "Peru"})
    assert response.status_code == 200
    _assert_no_trace(response.text)
    if fmt == "geojson":
        rows = {f["id"]: f["properties"] for f in response.json()["features"]}
    else:
        rows = _rows(response.text, hxl=fmt == "hxl")
    row = rows[ids["incident"]]
    # Both spellings and the alias are one person: one token, keyed on the person.
    token = pseudonym(pseudonym_key(settings), f"person:{ids['person']}")
    assert row["victim_pseudonyms"] == token
    assert row["title"] == f"Periodista [{token}] detenida en Lima; escriba a [EMAIL_ADDRESS]"


def test_exports_privacy_unlinked_victim_token_matches_its_title(app, sqlite_store, ids):
    analyst = signed_in(app, sqlite_store, "analyst")
    text = analyst.get("/api/export/incidents.csv").text
    row = _rows(text)[ids["other"]]
    assert "huaman" not in _fold(text) and "rosa" not in _fold(text)
    token = row["victim_pseudonyms"]
    assert re.fullmatch(r"P-[0-9a-f]{16}", token)
    assert row["title"] == f"Sindicalista [{token}] amenazada en Cusco"


def test_exports_privacy_reviewer_export_has_no_title_and_no_pseudonyms(app, sqlite_store, ids):
    reviewer = signed_in(app, sqlite_store, "reviewer")
    for fmt in ("csv", "hxl", "geojson"):
        text = reviewer.get(f"/api/export/incidents.{fmt}").text
        _assert_no_trace(text)
        assert "detenida" not in text and "P-" not in text
    header = next(csv.reader(io.StringIO(reviewer.get("/api/export/incidents.csv").text)))
    assert "title" not in header and "victim_pseudonyms" not in header


def test_exports_privacy_every_export_is_audited_without_names(app, sqlite_store, ids):
    analyst = signed_in(app, sqlite_store, "analyst")
    analyst.get("/api/export/incidents.hxl", params={"country": "Peru"})
    with sqlite_store.session() as s:
        rec = s.scalars(select(m.AuditRecord).where(m.AuditRecord.action == "export.incidents")
                        ).one()  # fmt: skip
        assert rec.actor == "u-analyst"
        assert rec.after == {"format": "hxl", "rows": 2, "analyst_columns": True,
                             "filters": {"country": "Peru"}}  # fmt: skip
        _assert_no_trace(json.dumps(rec.after, ensure_ascii=False))


def test_exports_privacy_pseudonyms_depend_on_the_secret_key(sqlite_store, settings, ids):
    other = settings.model_copy(update={"secret_key": "another-installation-secret"})
    with sqlite_store.session() as s:
        a = incident_rows(s, queries.IncidentFilter(), analyst=True, key=pseudonym_key(settings))
        b = incident_rows(s, queries.IncidentFilter(), analyst=True, key=pseudonym_key(other))
    assert a[0]["victim_pseudonyms"] != b[0]["victim_pseudonyms"]
    assert pseudonym_key(settings) != settings.secret_key.encode()


def test_export_pseudonym_key_is_never_derived_from_the_public_placeholder(tmp_path):
    """With the placeholder secret (development, the demo) anyone could derive a key from
    it and hash candidate names; a random key kept in the data directory is used instead."""
    import hashlib
    import hmac
    import stat

    from rightsradar.settings import PLACEHOLDER_SECRET, Settings

    settings = Settings(data_dir=tmp_path)
    assert settings.secret_key == PLACEHOLDER_SECRET
    key = pseudonym_key(settings)
    public = hmac.new(PLACEHOLDER_SECRET.encode(), b"rightsradar/export-pseudonyms/v1",
                      hashlib.sha256).digest()  # fmt: skip
    assert key != public and len(key) == 32
    assert pseudonym_key(Settings(data_dir=tmp_path)) == key  # stable for the installation
    assert pseudonym_key(Settings(data_dir=tmp_path / "other")) != key
    mode = stat.S_IMODE((tmp_path / "pseudonym.key").stat().st_mode)
    assert mode == 0o600


# A title naming the victim's lawyer and a relative, neither of them a victim, per language.
BYSTANDERS = {
    "en": ("Journalist Ana Quispe detained in Lima; her lawyer Mark Okafor and her brother "
           "John Mwangi were threatened", ["Okafor", "Mark", "Mwangi", "John"]),
    "es": ("Periodista Ana Quispe detenida en Lima; su abogado Juan Carlos Pérez y su hermana "
           "Rosa Flores denuncian amenazas", ["Juan", "Carlos", "Pérez", "Rosa", "Flores"]),
    "fr": ("La journaliste Ana Quispe arrêtée à Lima ; Me Dupont, son avocat, et sa sœur "
           "Claire Martin menacés", ["Dupont", "Claire", "Martin"]),
    "pt": ("Jornalista Ana Quispe presa em Lima; a advogada Maria das Graças e o irmão "
           "Paulo Souza ameaçados", ["Maria", "Graças", "Paulo", "Souza"]),
}  # fmt: skip


def seed_bystanders(store, language: str) -> tuple[int, int]:
    """An incident whose title names the linked victim, her lawyer and a relative."""
    title, _ = BYSTANDERS[language]
    with store.session() as s:
        person = m.Person(name="Ana Quispe", groups=["journalist"])
        inc = m.Incident(title=title, status="verified", violation_types=["arbitrary detention"],
                         most_serious="arbitrary detention", country="Peru", city="Lima",
                         latitude=-12.05, longitude=-77.04, event_date=date(2025, 2, 3),
                         n_sources=1)  # fmt: skip
        article = m.Article(external_id="b1", title=title, text=title, content_hash="b1",
                            language=language, incident=inc)  # fmt: skip
        s.add(
            m.Extraction(
                article=article,
                model="test.v1",
                relevant=True,
                victims=[m.VictimMention(name="Ana Quispe", groups=["journalist"], person=person)],
            )
        )
        s.add_all([person, inc])
        s.flush()
        return inc.id, person.id


def assert_no_bystander(title: str, language: str) -> None:
    for name in BYSTANDERS[language][1]:
        assert not re.search(rf"\b{re.escape(name)}\b", title), title
    _assert_no_trace(title)
    assert "[NAME-1]" in title and "[NAME-2]" in title and "Lima" in title


@pytest.mark.parametrize("language", sorted(BYSTANDERS))
def test_exports_privacy_lawyer_and_relative_are_redacted_in_the_web_export(
        app, sqlite_store, settings, language):  # fmt: skip
    iid, pid = seed_bystanders(sqlite_store, language)
    analyst = signed_in(app, sqlite_store, "analyst")
    for fmt in ("csv", "geojson"):
        response = analyst.get(f"/api/export/incidents.{fmt}")
        assert response.status_code == 200
        title = (next(f["properties"]["title"] for f in response.json()["features"])
                 if fmt == "geojson" else _rows(response.text)[iid]["title"])  # fmt: skip
        assert_no_bystander(title, language)
        # The linked victim keeps her keyed pseudonym, the one in the pseudonym column.
        token = pseudonym(pseudonym_key(settings), f"person:{pid}")
        assert f"[{token}]" in title
