"""The HTTP API: filters, paging, incident detail, statistics, public aggregates, access."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select

from rightsradar.settings import Settings
from rightsradar.store import Store, users
from rightsradar.store import models as m
from rightsradar.web.app import create_app

VICTIM = "Zainab Testname"
PASSWORD = "correct horse battery"
# Routes anyone may call; every other route must refuse an anonymous request.
PUBLIC = {"/", "/login", "/logout", "/api/public/stats", "/api/openapi.json"}


def seed(store: Store) -> dict[str, int]:
    """Four incidents (one rejected) with articles, extractions and a named victim."""
    with store.session() as s:
        daily, wire = m.Source(name="Daily Test"), m.Source(name="Wire Test")
        title = f"{VICTIM} detained in Lagos"
        text = f"Police detained journalist {VICTIM} in Lagos on Tuesday and beat her."
        full = f"{title}\n\n{text}"
        a = m.Incident(
            title="Journalist detained in Lagos",
            status="corroborated",
            violation_types=["arbitrary detention", "torture"],
            most_serious="torture",
            victim_groups=["journalist"],
            n_victims=1,
            country="Nigeria",
            city="Lagos",
            latitude=6.45,
            longitude=3.39,
            event_date=date(2024, 3, 5),
            n_sources=2,
            claims={
                "country": [
                    {
                        "value": "Nigeria",
                        "article_id": None,
                        "source": "Daily Test",
                        "confidence": 0.9,
                    }
                ]
            },
        )
        orig = m.Article(
            external_id="a1",
            source=daily,
            title=title,
            text=text,
            content_hash="h1",
            url="https://daily.example/a1",
            published=datetime(2024, 3, 6),
            incident=a,
        )
        copy = m.Article(
            external_id="a2",
            source=wire,
            title=title,
            text=text + " (wire)",
            content_hash="h2",
            url="https://wire.example/a2",
            published=datetime(2024, 3, 7),
            incident=a,
        )
        ex = m.Extraction(
            article=orig,
            model="test.v1",
            relevant=True,
            violation_types=["arbitrary detention"],
            country="Nigeria",
            evidence={
                "victims.0.name": [full.index(VICTIM), full.index(VICTIM) + len(VICTIM)],
                "city": [full.index("Lagos"), full.index("Lagos") + 5],
                "violation_types": [
                    full.index("Police detained"),
                    full.index("Police detained") + 15,
                ],
            },
            confidence={"city": 0.75},
            victims=[m.VictimMention(name=VICTIM, groups=["journalist"], sex="woman")],
        )
        b = m.Incident(
            title="Defender killed",
            status="verified",
            violation_types=["killing"],
            most_serious="killing",
            victim_groups=["human rights defender"],
            country="Nigeria",
            event_date=date(2024, 4, 10),
            n_sources=1,
        )
        c = m.Incident(
            title="Union leader threatened",
            status="detected",
            violation_types=["other"],
            most_serious="other",
            victim_groups=["trade unionist"],
            country="Colombia",
            event_date=date(2024, 4, 20),
            n_sources=1,
        )
        d = m.Incident(
            title="Reporters abducted",
            status="rejected",
            violation_types=["kidnapping"],
            most_serious="kidnapping",
            victim_groups=["journalist", "trade unionist"],
            country="Colombia",
            n_sources=1,
        )
        s.add_all([a, b, c, d, orig, copy, ex])
        s.flush()
        copy.duplicate_of_id = orig.id
        a.claims = {
            "country": [
                {
                    "value": "Nigeria",
                    "article_id": orig.id,
                    "source": "Daily Test",
                    "confidence": 0.9,
                }
            ]
        }
        return {"a": a.id, "b": b.id, "c": c.id, "d": d.id, "orig": orig.id, "copy": copy.id}


def add_user(store: Store, username: str = "ana", role: str = "analyst") -> None:
    with store.session() as s:
        users.create_user(s, username, PASSWORD, role)


def csrf(client: TestClient, path: str = "/login") -> str:
    page = client.get(path).text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(client: TestClient, username: str = "ana", password: str = PASSWORD):
    data = {"username": username, "password": password, "csrf_token": csrf(client)}
    return client.post("/login", data=data, follow_redirects=False)


def signed_in(app, store: Store, role: str) -> TestClient:
    """A client signed in as a new user ``u-<role>`` with that role."""
    add_user(store, f"u-{role}", role)
    client = TestClient(app)
    assert login(client, f"u-{role}").status_code == 303
    return client


@pytest.fixture
def app(any_store, settings):
    return create_app(settings, any_store)


@pytest.fixture
def ids(any_store):
    return seed(any_store)


@pytest.fixture
def analyst(app, any_store):
    add_user(any_store)
    client = TestClient(app)
    assert login(client).status_code == 303
    return client


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["c", "b", "a", "d"]),
        ({"country": "Nigeria"}, ["b", "a"]),
        ({"violation": "torture"}, ["a"]),
        ({"violation": "arbitrary detention"}, ["a"]),
        ({"victim_group": "trade unionist"}, ["c", "d"]),
        ({"status": "rejected"}, ["d"]),
        ({"date_from": "2024-04-01"}, ["c", "b"]),
        ({"date_from": "2024-03-01", "date_to": "2024-04-15"}, ["b", "a"]),
        ({"country": "", "violation": ""}, ["c", "b", "a", "d"]),
    ],
)
def test_api_incidents_filters(analyst, ids, params, expected):
    body = analyst.get("/api/incidents", params=params).json()
    assert [i["id"] for i in body["items"]] == [ids[k] for k in expected]
    assert body["total"] == len(expected)


def test_api_incidents_pagination(analyst, ids):
    first = analyst.get("/api/incidents", params={"limit": 2}).json()
    second = analyst.get("/api/incidents", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 4
    assert [i["id"] for i in first["items"] + second["items"]] == [
        ids["c"],
        ids["b"],
        ids["a"],
        ids["d"],
    ]
    assert analyst.get("/api/incidents", params={"limit": 501}).status_code == 422
    assert analyst.get("/api/incidents", params={"violation": "nonsense"}).status_code == 422


def test_api_incident_detail_has_sources_evidence_victims_claims(analyst, ids):
    body = analyst.get(f"/api/incidents/{ids['a']}").json()
    assert body["status"] == "corroborated" and body["most_serious"] == "torture"
    by_id = {a["id"]: a for a in body["articles"]}
    orig, copy = by_id[ids["orig"]], by_id[ids["copy"]]
    assert orig["source"] == "Daily Test" and orig["url"] == "https://daily.example/a1"
    assert not orig["syndicated"] and copy["syndicated"] and copy["duplicate_of"] == ids["orig"]
    evidence = {e["field"]: e for e in orig["evidence"]}
    assert evidence["victims.0.name"]["text"] == VICTIM
    assert evidence["city"]["text"] == "Lagos" and evidence["city"]["confidence"] == 0.75
    assert evidence["violation_types"]["text"] == "Police detained"
    assert [v["name"] for v in body["victims"]] == [VICTIM]
    assert body["claims"]["country"][0]["value"] == "Nigeria"
    assert analyst.get("/api/incidents/999999").status_code == 404


def test_api_stats_counts(analyst, ids):
    body = analyst.get("/api/stats").json()
    assert body["by_status"] == {"corroborated": 1, "verified": 1, "detected": 1, "rejected": 1}
    # Rejected incidents count only by status.
    assert body["total"] == 3
    assert body["by_violation"] == {"torture": 1, "killing": 1, "other": 1}
    assert body["by_country"] == {"Nigeria": 2, "Colombia": 1}
    assert body["by_month"] == {"2024-03": 1, "2024-04": 2}
    assert body["by_victim_group"] == {
        "journalist": 1,
        "human rights defender": 1,
        "trade unionist": 1,
    }
    rejected = analyst.get("/api/stats", params={"status": "rejected"}).json()
    assert rejected["by_violation"] == {"kidnapping": 1}


def test_api_public_stats_suppresses_small_cells(any_store, tmp_path):
    with any_store.session() as s:
        for country, n in (("Colombia", 6), ("Mexico", 5), ("Peru", 1)):
            s.add_all(
                m.Incident(
                    country=country,
                    most_serious="killing",
                    violation_types=["killing"],
                    victim_groups=["journalist"],
                    event_date=date(2024, 1, 1 + i),
                )
                for i in range(n)
            )
    settings = Settings(data_dir=tmp_path, public_min_cell=5)
    body = TestClient(create_app(settings, any_store)).get("/api/public/stats").json()
    countries = {c["key"]: (c["count"], c["display"]) for c in body["by_country"]}
    assert countries["Colombia"] == (6, "6")
    assert countries["Peru"] == (None, "<5")
    # Alone, Peru could be recovered as total minus the others: Mexico is hidden too.
    assert countries["Mexico"] == (None, "suppressed")
    assert body["total"]["count"] == 12 and body["min_cell"] == 5


def test_api_public_responses_never_contain_personal_data(app, ids):
    client = TestClient(app)
    for path in ("/", "/api/public/stats", "/login", "/api/openapi.json"):
        text = client.get(path).text
        assert VICTIM not in text and "Zainab" not in text, path
        assert "daily.example" not in text and "Lagos" not in text, path
    body = client.get("/api/public/stats").text
    assert "latitude" not in body and "6.45" not in body


def endpoints(app):
    """Every API route with its effective path, methods and dependencies.

    Newer FastAPI keeps included routers lazily (``effective_route_contexts``); older ones
    copy each ``APIRoute`` into ``app.routes``.
    """
    for route in app.routes:
        contexts = getattr(route, "effective_route_contexts", None)
        if contexts is not None:
            yield from contexts()
        elif isinstance(route, APIRoute):
            yield route


# The route-table walk (every route's declared role, refusals) is in test_web_routes.py.


def test_api_viewer_role_is_forbidden(app, any_store, ids):
    add_user(any_store, "vic", "viewer")
    client = TestClient(app)
    login(client, "vic")
    assert client.get("/api/incidents").status_code == 403
    assert client.get("/dashboard").status_code == 403
    assert client.get("/api/public/stats").status_code == 200


def test_api_large_totals_are_reused_small_ones_recounted(analyst, ids, any_store, monkeypatch):
    from rightsradar.web import listing

    monkeypatch.setattr(listing, "_totals", {})
    page = {"limit": 2}  # a full page, so that the total is counted, not seen
    assert analyst.get("/api/incidents", params=page).json()["total"] == 4
    with any_store.session() as s:
        s.add(m.Incident(country="Peru"))
    assert analyst.get("/api/incidents", params=page).json()["total"] == 5  # small: afresh
    monkeypatch.setattr(listing, "CACHED_TOTAL_MIN", 5)
    assert analyst.get("/api/incidents", params=page).json()["total"] == 5
    with any_store.session() as s:
        s.add(m.Incident(country="Peru"))
    body = analyst.get("/api/incidents", params={"limit": 2, "offset": 4}).json()
    assert body["total"] == 5 and len(body["items"]) == 2  # the page is fresh, the total kept
    monkeypatch.setattr(listing, "CACHED_TOTAL_TTL_S", 0.0)
    assert analyst.get("/api/incidents", params=page).json()["total"] == 6
    # The last page shows how many there are, whatever is kept.
    monkeypatch.setattr(listing, "CACHED_TOTAL_TTL_S", 30.0)
    with any_store.session() as s:
        s.add(m.Incident(country="Peru"))
    assert analyst.get("/api/incidents", params={"limit": 50}).json()["total"] == 7


def test_api_incident_pages_follow_every_change(analyst, ids, any_store):
    """Pages are kept between requests, yet a change by anyone shows at once: a status set
    through the API, and a write by another process (here another connection)."""
    first = analyst.get("/api/incidents", params={"limit": 2}).json()
    assert analyst.get("/api/incidents", params={"limit": 2}).json() == first
    top = first["items"][0]["id"]
    r = analyst.post(
        f"/api/incidents/{top}/status",
        json={"status": "rejected"},
        headers={"X-CSRF-Token": csrf(analyst, "/dashboard")},
    )
    assert r.status_code == 200
    again = analyst.get("/api/incidents", params={"limit": 2}).json()
    assert again["items"][0]["status"] == "rejected"
    with any_store.session() as s:  # as `rightsradar run` would, from its own connection
        s.get(m.Incident, top).title = "Retitled elsewhere"
        s.add(m.Incident(country="Peru", event_date=date(2030, 1, 1), title="Newest"))
    body = analyst.get("/api/incidents", params={"limit": 2}).json()
    assert [i["title"] for i in body["items"]] == ["Newest", "Retitled elsewhere"]
    assert body["total"] == 5
    other = create_engine(any_store.engine.url)  # a separate engine: nothing shared in-process
    with other.begin() as conn:
        conn.execute(
            m.Incident.__table__.update().where(m.Incident.id == top).values(status="verified")
        )
    other.dispose()
    body = analyst.get("/api/incidents", params={"limit": 2}).json()
    assert body["items"][1]["status"] == "verified"


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_api_incidents_pages_cross_from_dated_to_undated(analyst, ids, any_store, limit):
    with any_store.session() as s:  # a second undated incident
        e = m.Incident(title="Undated too", country="Peru")
        s.add(e)
        s.flush()
        ids = ids | {"e": e.id}
    seen = []
    for offset in range(0, 6, limit):
        page = analyst.get("/api/incidents", params={"limit": limit, "offset": offset}).json()
        seen += [i["id"] for i in page["items"]]
    assert seen == [ids[k] for k in ("c", "b", "a", "e", "d")]


def test_api_alert_rules_and_articles(analyst, ids, any_store):
    analyst.headers["X-CSRF-Token"] = csrf(analyst, "/logout")
    made = analyst.post(
        "/api/alert-rules", json={"name": "watch", "kind": "watchlist", "pattern": VICTIM}
    )
    assert made.status_code == 201 and made.json()["pattern"] == VICTIM
    again = analyst.post(
        "/api/alert-rules", json={"name": "watch", "kind": "country", "pattern": "Peru"}
    )
    assert again.status_code == 422 and "E401" in again.json()["detail"]
    assert [r["name"] for r in analyst.get("/api/alert-rules").json()] == ["watch"]
    assert analyst.get("/api/alerts").json() == []
    assert analyst.delete(f"/api/alert-rules/{made.json()['id']}").status_code == 204
    assert analyst.get("/api/alert-rules").json() == []
    with any_store.session() as s:
        assert not any(VICTIM in str(a.after) for a in s.scalars(select(m.AuditRecord)))
    article = analyst.get(f"/api/articles/{ids['orig']}").json()
    assert article["text"].startswith(f"{VICTIM} detained in Lagos\n\n")
    assert article["incident_id"] == ids["a"] and article["source"] == "Daily Test"
    assert {e["field"] for e in article["evidence"]} >= {"city", "victims.0.name"}
    assert analyst.get("/api/articles/999999").status_code == 404


def test_web_api_reads_of_personal_data_are_audited(any_store, settings):
    """Every view of an incident's personal data leaves an audit record (no names)."""
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    from rightsradar.store import models as m
    from rightsradar.store import users
    from rightsradar.web.app import create_app

    with any_store.session() as s:
        users.create_user(s, "rita", "long-enough-password", role="reviewer")
        inc = m.Incident(status="detected", title="t")
        s.add(inc)
        s.flush()
        iid = inc.id
    client = TestClient(create_app(settings, store=any_store))
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"username": "rita", "password": "long-enough-password",
                                "csrf_token": token})  # fmt: skip
    assert client.get(f"/api/incidents/{iid}").status_code == 200
    with any_store.session() as s:
        reads = s.scalars(select(m.AuditRecord).where(m.AuditRecord.action == "read")).all()
    got = [(r.actor, r.object_type, r.object_id) for r in reads]
    assert got == [("rita", "incident", str(iid))]


def test_list_page_with_a_total_from_before_a_change_is_not_kept_past_its_ttl(
        sqlite_store, monkeypatch):  # fmt: skip
    """After a change a large total may be shown for up to the TTL, but the page holding it
    is not cached under the new generation: once the TTL is over the count is exact."""
    import json

    from rightsradar.web import listing
    from rightsradar.web.schemas import IncidentQuery

    monkeypatch.setattr(listing, "CACHED_TOTAL_MIN", 3)
    with sqlite_store.session() as s:
        s.add_all(m.Incident(country="Peru") for _ in range(6))
    q = IncidentQuery(limit=2)

    def total() -> int:
        with sqlite_store.session() as s:
            return json.loads(listing.incident_list_json(s, q, audience="reviewer"))["total"]

    assert total() == 6
    with sqlite_store.session() as s:
        s.add(m.Incident(country="Peru"))
    assert total() == 6  # large and recent: shown while the TTL runs
    monkeypatch.setattr(listing, "CACHED_TOTAL_TTL_S", 0.0)
    assert total() == 7


def test_api_kept_sign_in_follows_role_changes_deactivation_and_revocation(app, ids, any_store):
    """The list route keeps who a token or session names between requests, yet a change
    made anywhere (here by a separate engine, as the CLI would) counts on the next one."""
    add_user(any_store, "scripted", "reviewer")
    with any_store.session() as s:
        _, token = users.create_token(s, users.get_user(s, "scripted"), "sync", actor="test")
    script = TestClient(app)
    script.headers["Authorization"] = f"Bearer {token}"
    add_user(any_store, "browser", "analyst")
    browser = TestClient(app)
    assert login(browser, "browser").status_code == 303
    for _ in range(2):  # the second request of each is answered from what was kept
        assert script.get("/api/incidents").json()["total"] == 4
        assert browser.get("/api/incidents").json()["total"] == 4

    other = create_engine(any_store.engine.url)
    users_table, tokens_table = m.User.__table__, m.ApiToken.__table__
    with other.begin() as conn:
        conn.execute(users_table.update().values(role="viewer"))
    r = script.get("/api/incidents")
    assert r.status_code == 403 and "this needs the reviewer role" in r.text
    assert browser.get("/api/incidents").status_code == 403
    with other.begin() as conn:
        conn.execute(users_table.update().values(role="reviewer"))
    assert script.get("/api/incidents").status_code == 200
    assert browser.get("/api/incidents").status_code == 200
    with other.begin() as conn:
        conn.execute(
            users_table.update().where(users_table.c.username == "browser").values(active=False)
        )
        conn.execute(tokens_table.update().values(revoked_at=datetime(2024, 1, 1)))
    other.dispose()
    assert script.get("/api/incidents").status_code == 401
    assert browser.get("/api/incidents").status_code == 401


def test_api_list_pages_kept_are_sent_without_a_worker_thread(settings, any_store, monkeypatch):
    """A page and sign-in already kept are answered on the event loop without a read; a new
    page of a filter already counted is read there too (no worker thread to wait for under
    load); a filter never counted, or a deep page, is read in a worker thread; after a
    write the sign-in is judged again in a worker thread and the page read again."""
    from rightsradar.web import deps, listing
    from rightsradar.web.routes import api

    ids = seed(any_store)
    add_user(any_store)
    hops, reads = [], []

    def counting(real):
        async def run(fn, *args, **kwargs):
            hops.append(fn.__name__)
            return await real(fn, *args, **kwargs)

        return run

    def reading(real):
        @functools.wraps(real)
        def read(*args, **kwargs):
            reads.append(real.__name__)
            return real(*args, **kwargs)

        return read

    monkeypatch.setattr(deps, "run_in_threadpool", counting(deps.run_in_threadpool))
    monkeypatch.setattr(api, "run_in_threadpool", counting(api.run_in_threadpool))
    monkeypatch.setattr(api, "_incident_list_json", reading(api._incident_list_json))
    # Totals counted by earlier tests on a database at the same URL (PostgreSQL) are not ours.
    monkeypatch.setattr(listing, "_totals", {})
    with TestClient(create_app(settings, any_store)) as client:  # with its lifespan
        assert login(client).status_code == 303
        first = client.get("/api/incidents", params={"limit": 2}).json()
        # Read, in a worker thread: nothing was kept, and the total had to be counted.
        assert reads == ["_incident_list_json"] and "_incident_list_json" in hops
        hops.clear()
        reads.clear()
        assert client.get("/api/incidents", params={"limit": 2}).json() == first
        assert (hops, reads) == ([], [])
        assert client.get("/api/incidents", params={"limit": 3}).json()["total"] == 4
        # The sign-in was kept, the page was not: read, and on the event loop.
        assert (hops, reads) == ([], ["_incident_list_json"])
        reads.clear()
        assert client.get("/api/incidents", params={"offset": 20_000}).json()["items"] == []
        assert (hops, reads) == (["_incident_list_json"], ["_incident_list_json"])  # deep: thread
        hops.clear()
        reads.clear()
        other = create_engine(any_store.engine.url)  # another process, as it were
        with other.begin() as conn:
            conn.execute(
                m.Incident.__table__.update()
                .where(m.Incident.id == ids["c"])
                .values(title="Retitled")
            )
        other.dispose()
        body = client.get("/api/incidents", params={"limit": 2}).json()
        assert body["items"][0]["title"] == "Retitled"
        assert (hops, reads) == (["_principal_from_db"], ["_incident_list_json"])


def test_api_list_still_answers_when_the_generation_connection_fails(settings, any_store):
    """PostgreSQL: the app's own connection for the generation is lost (a restarted server,
    a dropped link): the list is read the slow way, every request answered."""
    if any_store.dialect != "postgresql":
        pytest.skip("SQLite reads its generation from a file, not a connection")
    seed(any_store)
    add_user(any_store)
    app = create_app(settings, any_store)
    with TestClient(app) as client:
        assert login(client).status_code == 303
        assert client.get("/api/incidents").json()["total"] == 4
        watcher = app.state.generation_watcher
        watcher._conninfo = "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"
        client.portal.call(watcher.close)
        for _ in range(2):
            assert client.get("/api/incidents").json()["total"] == 4
        with any_store.session() as s:
            s.add(m.Incident(country="Peru"))
        assert client.get("/api/incidents").json()["total"] == 5


def test_a_stalled_snapshot_read_gives_up_so_the_request_reads_the_slow_way(monkeypatch):
    """PostgreSQL: a server that stops answering (a half-open link) must not leave list
    requests waiting on the app's snapshot connection; they read in a worker thread."""
    import asyncio
    import time

    from rightsradar.web import generation

    async def stalled(self):  # the read never returns
        await asyncio.sleep(3600)

    monkeypatch.setattr(generation.SnapshotWatcher, "_read", stalled)
    monkeypatch.setattr(generation, "WAIT_S", 0.2)
    watcher = generation.SnapshotWatcher(create_engine("postgresql+psycopg://u@127.0.0.1:1/db"))
    assert "connect_timeout=" in watcher._conninfo

    async def ask_twice():
        first = await watcher.generation()
        second = await watcher.generation()  # a fresh read, not the stalled one
        return first, second

    started = time.monotonic()
    assert asyncio.run(ask_twice()) == (None, None)
    assert time.monotonic() - started < 2


def test_only_pages_sure_to_be_quick_are_read_on_the_event_loop(monkeypatch):
    """A count over the whole table or a deep OFFSET must not block the event loop."""
    from datetime import date

    from rightsradar.web import listing
    from rightsradar.web.schemas import IncidentQuery

    monkeypatch.setattr(listing, "_totals", {})

    class Pool:  # a pool with one of its five connections in use
        def checkedout(self):
            return 1

        def size(self):
            return 5

    db = "sqlite:///x.db"
    year = {"country": "Peru", "date_from": date(2020, 1, 1), "date_to": date(2020, 12, 31)}
    assert listing.cheap_to_read_now(db, IncidentQuery(**year), Pool())
    # Never counted, and nothing bounds the count: a worker thread.
    assert not listing.cheap_to_read_now(db, IncidentQuery(country="Peru"), Pool())
    assert not listing.cheap_to_read_now(
        db, IncidentQuery(country="Peru", date_from=date(2010, 1, 1), date_to=date(2020, 1, 1)),
        Pool())  # fmt: skip
    listing._totals[(db, listing.to_filter(IncidentQuery(country="Peru")))] = (0, 0.0, 9)
    assert listing.cheap_to_read_now(db, IncidentQuery(country="Peru"), Pool())
    assert not listing.cheap_to_read_now(db, IncidentQuery(offset=20_000, **year), Pool())

    class Busy(Pool):
        def checkedout(self):
            return 5

    assert not listing.cheap_to_read_now(db, IncidentQuery(**year), Busy())
