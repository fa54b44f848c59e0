"""The review queue: least certain incidents first, accept/correct/reject with audit, and
every decision written as a training example that `rightsradar train --data` can load."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from rightsradar.extract.learned import load_examples
from rightsradar.resolve.service import refresh_incident
from rightsradar.store import audit
from rightsradar.store import models as m
from rightsradar.web.app import create_app
from rightsradar.web.review import certainty, uncertainty
from test_resolve_service import BASE_TEXT, OTHER_COUNTRY, add_report, incident_of
from test_web_api import add_user, csrf, login

NAME = "Amara Okonkwo-Testperson"
NEW_NAME = "Amara Okonkwo-Corrected"
CONFIDENCES = {  # article -> extractor confidence; the queue must order by the weakest field
    "sure": {
        "country": 0.95,
        "violation_types.arbitrary detention": 0.97,
        "violation_types.killing": 0.02,
    },
    "unsure": {"country": 0.55, "city": 0.9},
    "middle": {"violation_types.torture": 0.3, "city": 0.8},
    "silent": {},
}


OTHERS = {
    "unsure": OTHER_COUNTRY,
    "middle": "Unknown men abducted a trade union organiser outside a factory in Nairobi and "
    "released him two days later with injuries, the union said.",
    "silent": "Protesters marched in Lima to demand the release of a community leader held "
    "by the army since last month; his lawyers have not been allowed to see him.",
}


@pytest.fixture
def world(sqlite_store, settings):
    ids = {}
    for i, (key, conf) in enumerate(CONFIDENCES.items()):
        text = BASE_TEXT if key == "sure" else OTHERS[key]
        ids[key] = add_report(
            sqlite_store,
            key,
            text,
            source=f"outlet-{key}",
            country=("Nigeria", "Ghana", "Kenya", "Peru")[i],
            city=("Kano", "Accra", "Nairobi", "Lima")[i],
            day=(2024, 1 + i, 5),
            confidence=conf,
            name=NAME if key == "sure" else None,
        )
    with sqlite_store.session() as s:  # the extractor's evidence for the highlighted text
        ex = s.get(m.Article, ids["sure"]).extraction
        ex.latitude, ex.longitude = 12.0, 8.52  # Kano
        full = f"Report sure\n\n{BASE_TEXT}"
        ex.evidence = {
            "city": [full.index("Kano"), full.index("Kano") + 4],
            "violation_types": [full.index("arrested"), full.index("arrested") + 8],
        }
    with sqlite_store.session() as s:  # one incident per report, as resolution would make
        for aid in ids.values():
            inc = m.Incident(status="detected")
            s.add(inc)
            s.flush()
            s.get(m.Article, aid).incident_id = inc.id
            s.flush()
            refresh_incident(s, inc.id)
    incidents = {k: incident_of(sqlite_store, a).id for k, a in ids.items()}
    assert len(set(incidents.values())) == 4
    return {"articles": ids, "incidents": incidents, "store": sqlite_store, "settings": settings}


@pytest.fixture
def reviewer(world):
    add_user(world["store"], "rev", "reviewer")
    client = TestClient(create_app(world["settings"], world["store"]))
    assert login(client, "rev").status_code == 303
    client.headers["X-CSRF-Token"] = csrf(client, "/logout")
    return client


def _corrections(world) -> dict[str, dict]:
    path = world["settings"].data_dir / "corrections.jsonl"
    return {(d := json.loads(line))["id"]: d for line in path.read_text().splitlines()}


@pytest.mark.parametrize(
    ("key", "p", "expected"),
    [
        ("country", 0.55, 0.55),
        ("violation_types.killing", 0.02, 0.98),
        ("violation_types.torture", 0.5, 0.5),
        ("city", 1.4, 1.0),
    ],
)
def test_review_certainty_of_one_field(key, p, expected):
    assert certainty(key, p) == pytest.approx(expected)


def test_review_uncertainty_takes_the_weakest_field_over_articles():
    u = uncertainty([{"country": 0.9}, {"city": 0.6, "violation_types.other": 0.1}])
    assert (u.min_confidence, u.weakest_field) == (0.6, "city")
    assert u.mean_confidence == pytest.approx((0.9 + 0.6 + 0.9) / 3, abs=1e-3)
    assert uncertainty([{}]).min_confidence == 0.0


def test_review_queue_orders_least_certain_first(world, reviewer):
    inc = world["incidents"]
    body = reviewer.get("/api/review").json()
    assert [i["incident"]["id"] for i in body["items"]] == [
        inc["silent"],
        inc["unsure"],
        inc["middle"],
        inc["sure"],
    ]
    assert body["items"][1]["weakest_field"] == "country"
    assert body["items"][2]["min_confidence"] == 0.7  # a 0.3 "torture" is a 0.7 "not torture"


def test_review_accept_audits_leaves_queue_and_writes_a_loadable_example(world, reviewer):
    iid, aid = world["incidents"]["sure"], world["articles"]["sure"]
    done = reviewer.post(f"/api/review/{iid}/accept")
    assert done.status_code == 200 and done.json()["status"] == "verified"
    assert iid not in [i["incident"]["id"] for i in reviewer.get("/api/review").json()["items"]]
    line = _corrections(world)[f"rightsradar-article-{aid}"]
    assert line["relevant"] is True and line["text"] == BASE_TEXT
    assert line["violation_types"] == ["arbitrary detention"] and line["country"] == "Nigeria"
    [ex] = load_examples(str(world["settings"].data_dir / "corrections.jsonl"))
    assert ex.gold.country == "Nigeria" and ex.gold.city == "Kano"
    assert ex.gold.violation_types == {"arbitrary detention"}
    assert [v.name for v in ex.gold.victims] == [NAME] and ex.article.text == BASE_TEXT
    with world["store"].session() as s:
        rec = s.scalars(
            select(m.AuditRecord).where(m.AuditRecord.action == "incident_status")
        ).one()
        assert (rec.actor, rec.after) == ("rev", {"status": "verified"})


def test_review_correct_changes_fields_audits_without_names_and_replaces_the_example(
    world, reviewer
):
    iid, aid = world["incidents"]["sure"], world["articles"]["sure"]
    before = reviewer.get(f"/api/incidents/{iid}").json()
    assert before["latitude"] == 12.0
    mention = before["victims"][0]["mention_id"]
    fix = {
        "violation_types": ["killing", "arbitrary detention"],
        "city": "Abuja",
        "event_date": "2024-02-01",
        "date_precision": "month",
        "victims": [{"mention_id": mention, "name": NEW_NAME, "sex": "man"}],
    }
    body = reviewer.post(f"/api/review/{iid}", json=fix)
    assert body.status_code == 200, body.text
    detail = body.json()
    assert detail["most_serious"] == "killing" and detail["city"] == "Abuja"
    assert detail["country"] == "Nigeria"  # left out: unchanged
    assert detail["event_date"] == "2024-02-01" and detail["date_precision"] == "month"
    assert detail["latitude"] is None  # Kano's coordinates are not Abuja's
    assert [(v["name"], v["sex"]) for v in detail["victims"]] == [(NEW_NAME, "man")]
    # The corrected incident is now the most certain of the queue: it sinks to the end.
    assert reviewer.get("/api/review").json()["items"][-1]["incident"]["id"] == iid

    reviewer.post(f"/api/review/{iid}", json={"country": "Ghana"})
    lines = _corrections(world)
    assert list(lines) == [f"rightsradar-article-{aid}"]  # one line per article, the latest
    line = lines[f"rightsradar-article-{aid}"]
    assert line["country"] == "Ghana" and line["city"] == "Abuja"
    assert (line["year"], line["month"], line["day"]) == (2024, 2, None)
    assert line["victims"][0]["name"] == NEW_NAME and line["victims"][0]["sex"] == "man"
    [ex] = load_examples(str(world["settings"].data_dir / "corrections.jsonl"))
    assert ex.gold.violation_types == {"killing", "arbitrary detention"}

    with world["store"].session() as s:
        recs = list(
            s.scalars(select(m.AuditRecord).where(m.AuditRecord.action == "incident.correct"))
        )
        assert len(recs) == 2 and recs[0].actor == "rev"
        assert recs[0].before["city"] == "Kano" and recs[0].after["city"] == "Abuja"
        assert recs[0].after["victims"][0]["sex"] == "man"
        assert not any(
            NEW_NAME in json.dumps([r.before, r.after]) or NAME in json.dumps([r.before, r.after])
            for r in recs
        )
        assert audit.verify_chain(s) == []


def test_review_correct_refuses_values_outside_the_taxonomy(world, reviewer):
    iid = world["incidents"]["sure"]
    assert (
        reviewer.post(f"/api/review/{iid}", json={"violation_types": ["murder"]}).status_code == 422
    )
    other = world["incidents"]["unsure"]
    mention = reviewer.get(f"/api/incidents/{other}").json()["victims"][0]["mention_id"]
    bad = reviewer.post(f"/api/review/{iid}", json={"victims": [{"mention_id": mention}]})
    assert bad.status_code == 422 and "not in incident" in bad.json()["detail"]


def test_review_reject_writes_a_not_relevant_example(world, reviewer):
    iid, aid = world["incidents"]["unsure"], world["articles"]["unsure"]
    assert reviewer.post(f"/api/review/{iid}/reject").json()["status"] == "rejected"
    line = _corrections(world)[f"rightsradar-article-{aid}"]
    assert line["relevant"] is False and line["violation_types"] == [] and line["victims"] == []
    [ex] = load_examples(str(world["settings"].data_dir / "corrections.jsonl"))
    assert ex.gold.relevant is False


def test_review_bulk_accepts_several(world, reviewer):
    inc = world["incidents"]
    chosen = [inc["middle"], inc["silent"]]
    done = reviewer.post("/api/review-bulk", json={"incident_ids": chosen, "action": "accept"})
    assert [i["status"] for i in done.json()] == ["verified", "verified"]
    left = [i["incident"]["id"] for i in reviewer.get("/api/review").json()["items"]]
    assert left == [inc["unsure"], inc["sure"]]


def test_review_page_shows_text_evidence_and_keyboard_script(world, reviewer):
    first = reviewer.get("/review", follow_redirects=False)
    assert first.headers["location"] == f"/review/{world['incidents']['silent']}"
    page = reviewer.get(f"/review/{world['incidents']['sure']}").text
    assert '<mark class="ev-city" title="city">Kano' in page
    assert '<mark class="ev-violation_types" title="violation_types">arrested' in page
    assert 'src="/static/js/review.js"' in page and "<script>" not in page
    assert "corrections.jsonl" in page and 'id="accept-form"' in page


def test_review_page_forms_correct_then_accept_and_go_to_the_next(world, reviewer):
    inc = world["incidents"]
    token = reviewer.headers["X-CSRF-Token"]
    iid = inc["sure"]
    mention = reviewer.get(f"/api/incidents/{iid}").json()["victims"][0]["mention_id"]
    form = {
        "csrf_token": token,
        "violation_types": ["torture"],
        "perpetrator_type": "",
        "country": "Nigeria",
        "region": "",
        "city": "Kano",
        "event_date": "2024-01-05",
        "date_precision": "day",
        "victim_ids": [str(mention)],
        f"victim-{mention}-name": NAME,
        f"victim-{mention}-sex": "woman",
        f"victim-{mention}-age": "adult",
        f"victim-{mention}-groups": ["journalist"],
    }
    saved = reviewer.post(f"/review/{iid}/correct", data=form, follow_redirects=False)
    assert saved.headers["location"] == f"/review/{iid}?saved=1"
    detail = reviewer.get(f"/api/incidents/{iid}").json()
    assert detail["violation_types"] == ["torture"] and detail["perpetrator_type"] is None
    # Accepting the first of the queue moves on to the second.
    first = inc["silent"]
    moved = reviewer.post(
        f"/review/{first}/decide",
        data={"csrf_token": token, "action": "accept"},
        follow_redirects=False,
    )
    assert moved.headers["location"] == f"/review/{inc['unsure']}"
    bulk = reviewer.post(
        "/review-bulk",
        data={"csrf_token": token, "action": "reject", "incident_ids": [str(inc["middle"])]},
        follow_redirects=False,
    )
    assert bulk.status_code == 303
    assert reviewer.get(f"/api/incidents/{inc['middle']}").json()["status"] == "rejected"


def test_review_page_merge_and_split(world, reviewer):
    inc, token = world["incidents"], reviewer.headers["X-CSRF-Token"]
    target, source = inc["sure"], inc["unsure"]
    done = reviewer.post(
        f"/review/{target}/merge",
        data={"csrf_token": token, "source_id": str(source)},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert reviewer.get(f"/api/incidents/{source}").status_code == 404
    moved = world["articles"]["unsure"]
    split = reviewer.post(
        f"/review/{target}/split",
        data={"csrf_token": token, "article_ids": [str(moved)]},
        follow_redirects=False,
    )
    assert split.status_code == 303
    assert incident_of(world["store"], moved).id not in (target, source)


def test_review_queue_follows_changes_made_elsewhere_in_the_app(world, reviewer):
    inc = world["incidents"]
    assert reviewer.get("/api/review").json()["total"] == 4  # the order is now kept
    reviewer.post(f"/api/incidents/{inc['unsure']}/status", json={"status": "rejected"})
    reviewer.post(f"/api/incidents/{inc['sure']}/merge", json={"source_id": inc["middle"]})
    left = [i["incident"]["id"] for i in reviewer.get("/api/review").json()["items"]]
    # Two independent sources corroborate the merged incident: it leaves the queue too.
    assert left == [inc["silent"]]
