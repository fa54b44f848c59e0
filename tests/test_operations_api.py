"""Analyst operations through the JSON API: verify/reject, merge, split, undo, and refusals.

What an analyst notices: a merge or split moves the articles and re-merges the fields;
undo gives back exactly the incidents as they were (same ids, fields, claims, statuses,
articles and victim links); each change is in the hash-chained audit log without names;
a viewer cannot change anything.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from rightsradar.resolve.service import resolve_pending
from rightsradar.store import audit
from rightsradar.store import models as m
from rightsradar.web.app import create_app
from test_resolve_service import (
    BASE_TEXT,
    REWORDED,
    add_accra_report,
    add_report,
    incident_of,
)
from test_web_api import add_user, csrf, login

NAME = "Amara Okonkwo-Testperson"


@pytest.fixture
def world(any_store, settings):
    """Two incidents: Kano (two reports of one detention, one named victim) and Accra."""
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    b = add_report(any_store, "b", REWORDED, source="north-post", day=(2024, 3, 6), city=None)
    c = add_accra_report(any_store, "c", violations=("other",))
    resolve_pending(any_store, settings)
    kano, accra = incident_of(any_store, a).id, incident_of(any_store, c).id
    assert incident_of(any_store, b).id == kano != accra
    with any_store.session() as s:
        rule = m.AlertRule(name="ghana", kind="country", pattern="Ghana")
        s.add(rule)
        s.flush()
        s.add(m.Alert(rule_id=rule.id, incident_id=accra, status="sent", payload={"x": 1}))
    return {
        "store": any_store,
        "settings": settings,
        "a": a,
        "b": b,
        "c": c,
        "kano": kano,
        "accra": accra,
    }


def _client(world, role="analyst", username="ana"):
    add_user(world["store"], username, role)
    client = TestClient(create_app(world["settings"], world["store"]))
    assert login(client, username).status_code == 303
    client.headers["X-CSRF-Token"] = csrf(client, "/logout")
    return client


@pytest.fixture
def analyst(world):
    return _client(world)


def _snapshot(client, iid):
    """Everything the API shows of an incident, less the time of the last write."""
    body = client.get(f"/api/incidents/{iid}")
    if body.status_code == 404:
        return None
    data = body.json()
    data.pop("updated_at")
    return data


def _audit(store):
    """The audited changes (reads of personal data are audited too, and left out here)."""
    with store.session() as s:
        q = select(m.AuditRecord).where(m.AuditRecord.action != "read")
        return list(s.scalars(q.order_by(m.AuditRecord.id)))


def _alerts(store):
    with store.session() as s:
        return [(a.id, a.incident_id, a.status) for a in s.scalars(select(m.Alert))]


def test_operations_merge_then_undo_restores_both_incidents_exactly(world, analyst):
    kano, accra = world["kano"], world["accra"]
    before = {i: _snapshot(analyst, i) for i in (kano, accra)}
    alerts = _alerts(world["store"])

    r = analyst.post(f"/api/incidents/{kano}/merge", json={"source_id": accra})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["action"] == "incident.merge" and body["actor"] == "ana"
    assert [i["id"] for i in body["incidents"]] == [kano]
    merged = _snapshot(analyst, kano)
    assert {a["id"] for a in merged["articles"]} == {world["a"], world["b"], world["c"]}
    assert merged["n_sources"] == 3
    assert _snapshot(analyst, accra) is None
    assert [(i, inc) for _, inc, i in [(0, a[1], a[0]) for a in _alerts(world["store"])]] == [
        (alerts[0][0], kano)
    ]  # the alert followed its articles

    undo = analyst.post(f"/api/operations/{body['audit_id']}/undo")
    assert undo.status_code == 200, undo.text
    assert {i: _snapshot(analyst, i) for i in (kano, accra)} == before
    assert _alerts(world["store"]) == alerts
    # Undoing twice would throw the restored state away: refused.
    assert analyst.post(f"/api/operations/{body['audit_id']}/undo").status_code == 409

    records = _audit(world["store"])
    assert [r.action for r in records[-2:]] == ["incident.merge", "undo"]
    assert all(r.actor == "ana" for r in records[-2:])
    assert NAME not in json.dumps([[r.before, r.after] for r in records])
    with world["store"].session() as s:
        assert audit.verify_chain(s) == []


def test_operations_split_then_undo(world, analyst):
    kano = world["kano"]
    before = _snapshot(analyst, kano)
    r = analyst.post(f"/api/incidents/{kano}/split", json={"article_ids": [world["b"]]})
    assert r.status_code == 200, r.text
    body = r.json()
    new_id = next(i for i in body["incident_ids"] if i != kano)
    assert {a["id"] for a in _snapshot(analyst, kano)["articles"]} == {world["a"]}
    new = _snapshot(analyst, new_id)
    assert {a["id"] for a in new["articles"]} == {world["b"]}
    # The victim keeps one person across both incidents: the case history shows both.
    person_id = new["victims"][0]["person_id"]
    history = analyst.get(f"/api/persons/{person_id}").json()
    assert {i["id"] for i in history["incidents"]} == {kano, new_id}
    assert history["name"] == NAME

    ops = analyst.get(f"/api/incidents/{kano}/operations").json()
    assert [o["action"] for o in ops] == ["incident.split"]
    assert analyst.post(f"/api/operations/{body['audit_id']}/undo").status_code == 200
    assert _snapshot(analyst, kano) == before
    assert _snapshot(analyst, new_id) is None


def test_operations_undo_refused_after_a_later_change(world, analyst):
    kano, accra = world["kano"], world["accra"]
    merge = analyst.post(f"/api/incidents/{kano}/merge", json={"source_id": accra}).json()
    split = analyst.post(f"/api/incidents/{kano}/split", json={"article_ids": [world["c"]]})
    assert split.status_code == 200
    assert analyst.post(f"/api/operations/{merge['audit_id']}/undo").status_code == 409
    # Undo in reverse order works.
    assert analyst.post(f"/api/operations/{split.json()['audit_id']}/undo").status_code == 200
    assert analyst.post(f"/api/operations/{merge['audit_id']}/undo").status_code == 200
    assert _snapshot(analyst, accra)["articles"][0]["id"] == world["c"]


def test_operations_verify_reject_and_undo(world, analyst):
    kano = world["kano"]
    old = _snapshot(analyst, kano)["status"]
    r = analyst.post(f"/api/incidents/{kano}/status", json={"status": "verified"})
    assert r.status_code == 200 and r.json()["status"] == "verified"
    r = analyst.post(f"/api/incidents/{kano}/status", json={"status": "rejected"})
    assert r.json()["status"] == "rejected"
    ops = analyst.get(f"/api/incidents/{kano}/operations").json()
    assert [o["action"] for o in ops] == ["incident_status", "incident_status"]
    # The first decision cannot be undone while the second stands.
    assert analyst.post(f"/api/operations/{ops[0]['audit_id']}/undo").status_code == 409
    assert analyst.post(f"/api/operations/{ops[1]['audit_id']}/undo").status_code == 200
    assert _snapshot(analyst, kano)["status"] == "verified"
    assert analyst.post(f"/api/operations/{ops[0]['audit_id']}/undo").status_code == 200
    assert _snapshot(analyst, kano)["status"] == old


@pytest.mark.parametrize(
    ("path", "payload", "status"),
    [
        ("merge", {"source_id": 999999}, 404),
        ("merge", {"source_id": "self"}, 422),
        ("split", {"article_ids": []}, 422),
        ("split", {"article_ids": ["c"]}, 422),  # not an article of this incident
        ("split", {"article_ids": ["a", "b"]}, 422),  # nothing would be left
    ],
)
def test_operations_refuse_what_cannot_be_done(world, analyst, path, payload, status):
    kano = world["kano"]
    resolved = {
        k: (kano if v == "self" else [world[x] for x in v] if isinstance(v, list) else v)
        for k, v in payload.items()
    }
    before = _snapshot(analyst, kano)
    r = analyst.post(f"/api/incidents/{kano}/{path}", json=resolved)
    assert r.status_code == status, r.text
    assert _snapshot(analyst, kano) == before
    assert analyst.post("/api/operations/999999/undo").status_code == 404


def test_operations_viewer_may_not_change_or_read_persons(world):
    viewer = _client(world, "viewer", "vic")
    kano, accra = world["kano"], world["accra"]
    assert viewer.post(f"/api/incidents/{kano}/merge", json={"source_id": accra}).status_code == 403
    assert (
        viewer.post(f"/api/incidents/{kano}/split", json={"article_ids": [world["b"]]}).status_code
        == 403
    )
    assert (
        viewer.post(f"/api/incidents/{kano}/status", json={"status": "verified"}).status_code == 403
    )
    assert viewer.post("/api/operations/1/undo").status_code == 403
    assert viewer.get("/api/persons/1").status_code == 403
    changes = [
        r.action
        for r in _audit(world["store"])
        if r.object_type == "incident" or r.action == "undo"
    ]
    assert changes == []
