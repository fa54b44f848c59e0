"""Exports: CSV, GeoJSON and HXL for staff (never names; redacted titles and pseudonyms for
analysts only) and the public table with small cells suppressed so that no hidden count can
be worked out from the totals."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from fastapi.testclient import TestClient

from rightsradar.settings import Settings
from rightsradar.store import models as m
from rightsradar.web.app import create_app
from rightsradar.web.exports import suppress_table
from test_web_api import VICTIM, seed, signed_in


@pytest.fixture
def app(sqlite_store, settings):
    return create_app(settings, sqlite_store)


@pytest.fixture
def ids(sqlite_store):
    return seed(sqlite_store)


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_exports_hxl_has_hashtags_under_the_header_and_pseudonyms_for_analysts(
    app, sqlite_store, ids
):
    analyst = signed_in(app, sqlite_store, "analyst")
    response = analyst.get("/api/export/incidents.hxl", params={"country": "Nigeria"})
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="incidents.hxl.csv"' in response.headers["content-disposition"]
    header, tags, *rows = _csv(response.text)
    assert tags[header.index("event_date")] == "#date"
    assert tags[header.index("country")] == "#country+name"
    assert tags[header.index("region")] == "#adm1+name"
    assert tags[header.index("latitude")] == "#geo+lat"
    assert tags[header.index("victim_pseudonyms")] == "#affected+code"
    assert "victim_names" not in header and VICTIM not in response.text
    assert all(t.startswith("#") for t in tags)
    by_id = {int(r[0]): dict(zip(header, r, strict=True)) for r in rows}
    assert set(by_id) == {ids["a"], ids["b"]}
    a = by_id[ids["a"]]
    assert a["victim_pseudonyms"].startswith("P-") and a["most_serious"] == "torture"
    assert a["violation_types"] == "arbitrary detention; torture" and a["latitude"] == "6.45"
    assert a["killed"] == "0" and a["status"] == "corroborated"


def test_exports_reviewer_gets_no_names_or_titles(app, sqlite_store, ids):
    reviewer = signed_in(app, sqlite_store, "reviewer")
    text = reviewer.get("/api/export/incidents.csv").text
    header, *rows = _csv(text)
    assert "victim_pseudonyms" not in header and "title" not in header and len(rows) == 4
    assert VICTIM not in text and "Journalist detained" not in text
    geo = reviewer.get("/api/export/incidents.geojson").json()
    assert VICTIM not in json.dumps(geo)


def test_exports_geojson_has_located_incidents_lon_first(app, sqlite_store, ids):
    analyst = signed_in(app, sqlite_store, "analyst")
    response = analyst.get("/api/export/incidents.geojson")
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 1
    feature = body["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [3.39, 6.45]}
    assert feature["properties"]["country"] == "Nigeria"
    assert feature["properties"]["victim_pseudonyms"].startswith("P-")
    assert VICTIM not in response.text


def test_exports_csv_neutralises_spreadsheet_formulas(app, sqlite_store):
    with sqlite_store.session() as s:
        s.add(m.Incident(title='=HYPERLINK("http://x")', country="Peru"))
    analyst = signed_in(app, sqlite_store, "analyst")
    header, row = _csv(analyst.get("/api/export/incidents.csv").text)
    assert row[header.index("title")].startswith("'=")


@pytest.mark.parametrize(
    ("counts", "hidden"),
    [
        # Peru has one small cell: a second cell of its row goes, and then of that cell's column.
        (
            {
                ("Peru", "killing"): 2,
                ("Peru", "torture"): 9,
                ("Chile", "killing"): 7,
                ("Chile", "torture"): 8,
            },
            {("Peru", "killing"), ("Peru", "torture"), ("Chile", "killing"), ("Chile", "torture")},
        ),
        ({("Peru", "killing"): 6, ("Peru", "torture"): 9}, set()),
        (
            {
                ("Peru", "killing"): 1,
                ("Peru", "torture"): 2,
                ("Chile", "killing"): 6,
                ("Chile", "torture"): 7,
                ("Chile", "other"): 5,
            },
            {("Peru", "killing"), ("Peru", "torture"), ("Chile", "killing"), ("Chile", "torture")},
        ),
    ],
)
def test_exports_suppress_table_leaves_no_line_with_one_hidden_cell(counts, hidden):
    cells = suppress_table(counts, 5)
    assert {k for k, c in cells.items() if c.count is None} == hidden
    for axis in (0, 1):
        for value in {k[axis] for k in counts}:
            line = [k for k in counts if k[axis] == value]
            assert sum(cells[k].count is None for k in line) != 1 or len(line) == 1


def test_exports_public_table_is_suppressed_and_has_no_names(sqlite_store, tmp_path, ids):
    with sqlite_store.session() as s:
        s.add_all(
            m.Incident(
                country="Mexico",
                most_serious="killing",
                event_date=date(2024, 1, 1),
                city="Juarez",
                latitude=31.7,
                longitude=-106.4,
            )
            for _ in range(6)
        )
        s.add_all(m.Incident(country="Brazil", most_serious="kidnapping") for _ in range(7))
    client = TestClient(create_app(Settings(data_dir=tmp_path, public_min_cell=5), sqlite_store))
    response = client.get("/api/public/export/incidents.hxl")
    assert response.status_code == 200
    header, tags, *rows = _csv(response.text)
    assert header == ["country", "most_serious_violation", "incidents"]
    assert tags == ["#country+name", "#event+type+main", "#indicator+incidents+num"]
    table = {(r[0], r[1]): r[2] for r in rows}
    assert table[("Brazil", "kidnapping")] == "7"
    assert table[("Nigeria", "torture")] == "<5"  # seed: one of each in Nigeria
    # Nigeria's one killing is hidden; the killing total would give it away unless
    # Mexico's killings are hidden too.
    assert table[("Nigeria", "killing")] == "<5" and table[("Mexico", "killing")] == "suppressed"
    assert ("Colombia", "kidnapping") not in table  # rejected incidents are not counted
    text = response.text + client.get("/api/public/export/incidents.csv").text
    for private in (VICTIM, "Lagos", "Juarez", "31.7", "Journalist detained"):
        assert private not in text
