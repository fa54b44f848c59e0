"""HTML pages: public page, dashboard, incident page, escaping, and no external hosts."""

from __future__ import annotations

import re
from datetime import date

import pytest
from fastapi.testclient import TestClient

from rightsradar.store import models as m
from rightsradar.web.app import create_app
from rightsradar.web.templating import STATIC_DIR
from test_web_api import VICTIM, add_user, login, seed

# Anything that could make a browser contact another host: absolute and scheme-relative URLs.
URL = re.compile(r"(?:https?:)?//[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?[^\s\"'()<>]*")
# XML namespace names are identifiers, never fetched.
NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
# Vendored hyperlinks that are never fetched: Leaflet's attribution prefix (the dashboard
# turns the attribution control off). CSS comments are stripped before scanning.
ALLOWED_IN_FILE = {"vendor/leaflet/leaflet.js": {"https://leafletjs.com"}}
# An article link on the incident page is a hyperlink for analysts, not a request; it must
# say rel="noopener noreferrer".
ANCHOR = re.compile(r'<a href="(?:https?:)?//[^"]*" rel="noopener noreferrer"[^>]*>')


def external_refs(text: str, allowed: set[str] = frozenset()) -> list[str]:
    return [u for u in URL.findall(text) if u not in NAMESPACES and u not in allowed]


@pytest.fixture
def ids(any_store):
    return seed(any_store)


@pytest.fixture
def app(any_store, settings):
    return create_app(settings, any_store)


@pytest.fixture
def analyst(app, any_store):
    add_user(any_store)
    client = TestClient(app)
    login(client)
    return client


def test_pages_public_page_shows_aggregates_without_names(app, ids, any_store):
    with any_store.session() as s:  # enough incidents for one published cell
        s.add_all(
            m.Incident(country="Nigeria", most_serious="killing", victim_groups=[])
            for _ in range(5)
        )
    html = TestClient(app).get("/").text
    assert "Nigeria" in html and "By most serious violation" in html
    assert "<svg" in html and "<table" in html
    assert VICTIM not in html and "Zainab" not in html and "Lagos" not in html
    assert "6.45" not in html  # no coordinates


def test_pages_dashboard_lists_and_filters(analyst, ids):
    html = analyst.get("/dashboard").text
    assert 'id="map"' in html and 'id="timeline"' in html
    for title in ("Journalist detained in Lagos", "Defender killed", "Union leader threatened"):
        assert title in html
    filtered = analyst.get("/dashboard", params={"country": "Colombia", "violation": ""}).text
    assert "Union leader threatened" in filtered and "Defender killed" not in filtered
    # The map and the timeline follow the same filters.
    assert 'data-points="/api/map?country=Colombia"' in filtered
    assert 'data-stats="/api/stats?country=Colombia"' in filtered


def test_pages_dashboard_place_filter_offers_the_country_regions_and_cities(
    analyst, ids, any_store
):
    with any_store.session() as s:
        s.add(
            m.Incident(
                country="Nigeria",
                region="Kano",
                city="Kano",
                status="detected",
                perpetrator_type="state actor",
            )
        )
    html = analyst.get("/dashboard", params={"country": "Nigeria"}).text
    region = re.search(r'<select id="f-region".*?</select>', html, re.S).group(0)
    city = re.search(r'<select id="f-city".*?</select>', html, re.S).group(0)
    assert "<option>Kano</option>" in region and "Lagos" in city and "Kano" in city
    assert "Bogot" not in city
    places = analyst.get("/api/places").json()
    assert places["Nigeria"] == {"": ["Lagos"], "Kano": ["Kano"]}
    only = analyst.get("/api/incidents", params={"perpetrator": "state actor"}).json()
    assert [i["region"] for i in only["items"]] == ["Kano"]
    assert analyst.get("/api/incidents", params={"city": "Lagos"}).json()["total"] == 1


def test_pages_map_points_follow_filters(analyst, ids):
    body = analyst.get("/api/map").json()
    assert body["total"] == 1
    assert body["items"] == [
        {
            "id": ids["a"],
            "latitude": 6.45,
            "longitude": 3.39,
            "most_serious": "torture",
            "status": "corroborated",
            "event_date": "2024-03-05",
        }
    ]
    assert analyst.get("/api/map", params={"country": "Colombia"}).json()["items"] == []


def test_pages_dashboard_pages_through_incidents(analyst, ids):
    html = analyst.get("/dashboard", params={"limit": 2}).text
    assert 'rel="next"' in html and "1–2 of 4" in html
    last = analyst.get("/dashboard", params={"limit": 2, "offset": 2}).text
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_pages_incident_page_shows_evidence_sources_and_claims(analyst, ids):
    html = analyst.get(f"/incidents/{ids['a']}").text
    assert f'<mark title="victims.0.name">{VICTIM}' in html
    assert '<mark title="city">Lagos' in html
    assert "syndicated copy of #" in html
    assert "Daily Test" in html and "Wire Test" in html
    assert "corroborated" in html and "torture" in html
    assert analyst.get("/incidents/999999").status_code == 404


def test_pages_escape_article_text(analyst, any_store):
    with any_store.session() as s:
        inc = m.Incident(title="<script>alert(1)</script>", event_date=date(2024, 1, 1))
        art = m.Article(
            external_id="x",
            title="",
            text="<img src=x onerror=alert(1)>",
            content_hash="hx",
            incident=inc,
        )
        s.add_all([inc, art])
        s.flush()
        iid = inc.id
    html = analyst.get(f"/incidents/{iid}").text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html


def test_pages_send_a_strict_content_security_policy(app):
    csp = TestClient(app).get("/").headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp


def test_pages_external_reference_scanner_finds_hosts():
    html = '<script src="https://cdn.example.com/x.js"></script><link href="//fonts.example.org/c">'
    assert external_refs(html) == ["https://cdn.example.com/x.js", "//fonts.example.org/c"]
    assert external_refs('<svg xmlns="http://www.w3.org/2000/svg">// a comment') == []


def test_pages_reference_no_external_host(analyst, ids, app):
    pages = ["/", "/login", "/logout", "/dashboard", f"/incidents/{ids['a']}", "/nowhere"]
    for path in pages:
        html = analyst.get(path).text
        html = ANCHOR.sub("<a>", html)
        assert external_refs(html) == [], path
        for src in re.findall(r'(?:src|href)="([^"]+)"', html):
            if src.startswith("/static/"):
                assert analyst.get(src).status_code == 200, src
    assert external_refs(TestClient(app).get("/").text) == []
    files = [
        p
        for p in STATIC_DIR.rglob("*")
        if p.suffix in {".css", ".js", ".html", ".svg", ".json", ".geojson"}
    ]
    assert len(files) >= 5
    for path in files:
        rel = path.relative_to(STATIC_DIR).as_posix()
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".css":
            text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        assert external_refs(text, ALLOWED_IN_FILE.get(rel, set())) == [], rel


def test_pages_person_page_shows_case_history(analyst, ids, any_store):
    from sqlalchemy import select

    with any_store.session() as s:
        person = m.Person(name=VICTIM, groups=["journalist"], sex="woman")
        s.add(person)
        s.flush()
        for v in s.scalars(select(m.VictimMention)):
            v.person_id = person.id
        pid = person.id
    html = analyst.get(f"/persons/{pid}").text
    assert VICTIM in html and f'href="/incidents/{ids["a"]}"' in html
    assert "2024-03-05" in html and "torture" in html
    incident = analyst.get(f"/incidents/{ids['a']}").text
    assert f'<a href="/persons/{pid}">{VICTIM}</a>' in incident
    assert analyst.get("/persons/999999").status_code == 404


def test_pages_incident_page_shows_its_status_history(analyst, ids):
    token = re.search(r'name="csrf_token" value="([^"]+)"', analyst.get("/logout").text).group(1)
    analyst.post(f"/incidents/{ids['a']}/status", data={"status": "verified", "csrf_token": token})
    html = analyst.get(f"/incidents/{ids['a']}").text
    history = re.search(r'id="history-title".*?</table>', html, re.S).group(0)
    assert "incident_status" in history and ">ana<" in history
    fresh = analyst.get(f"/incidents/{ids['b']}").text
    assert "No analyst has changed this incident yet." in fresh
