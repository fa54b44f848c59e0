"""The whole route table: every route declares one access level, and each non-public route
refuses anonymous callers and callers whose role ranks lower. API tokens for scripts."""

from __future__ import annotations

import hashlib
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from rightsradar.store import models as m
from rightsradar.store.users import ROLES
from rightsradar.web.app import create_app
from test_web_api import VICTIM, add_user, csrf, endpoints, login, seed

BELOW = {role: (ROLES[i + 1] if i + 1 < len(ROLES) else None) for i, role in enumerate(ROLES)}


def declared_access(route) -> str:
    """``public`` or the role the route's dependencies require (exactly one must be there)."""
    found, stack = [], list(route.dependant.dependencies)
    while stack:
        dep = stack.pop()
        if getattr(dep.call, "__name__", "") == "public":
            found.append("public")
        elif getattr(dep.call, "required_role", None):
            found.append(dep.call.required_role)
        stack.extend(dep.dependencies)
    assert len(set(found)) == 1, f"{route.path} declares {sorted(set(found)) or 'nothing'}"
    return found[0]


def _concrete(path: str, ids: dict[str, int]) -> str:
    return re.sub(r"\{[^}]+\}", str(ids["a"]), path)


@pytest.fixture
def app(sqlite_store, settings):
    return create_app(settings, sqlite_store)


@pytest.fixture
def ids(sqlite_store):
    return seed(sqlite_store)


def _client(app, store, role: str | None) -> TestClient:
    client = TestClient(app)
    if role is not None:
        add_user(store, f"u-{role}", role)
        assert login(client, f"u-{role}").status_code == 303
    # A valid CSRF token, so that what refuses a request is the role check, not CSRF.
    client.headers["X-CSRF-Token"] = csrf(client, "/login")
    return client


def _routes(app):
    for route in endpoints(app):
        for method in sorted(route.methods - {"HEAD"}):
            yield route, method, declared_access(route)


def test_web_routes_every_route_declares_one_access_level(app):
    table = list(_routes(app))
    assert len(table) >= 20
    public = {r.path for r, _, access in table if access == "public"}
    assert public == {"/", "/login", "/logout", "/api/public/stats", "/api/docs"} | {
        r.path for r, _, _ in table if r.path.startswith("/api/public/")
    }
    # Routes that are no APIRoute cannot declare dependencies: only these two may exist.
    declared = {r.path for r, _, _ in table}
    others = {
        getattr(r, "path", None) for r in app.routes if not hasattr(r, "effective_route_contexts")
    } - declared
    assert others <= {"/static", "/api/openapi.json"}, others


def test_web_routes_refuse_callers_without_the_role(app, sqlite_store, ids):
    clients = {role: _client(app, sqlite_store, role) for role in (None, *ROLES)}
    checked = 0
    for route, method, access in _routes(app):
        if access == "public":
            continue
        path = _concrete(route.path, ids)
        anon = clients[None].request(method, path, follow_redirects=False)
        if path.startswith("/api/"):
            assert anon.status_code == 401, (method, path)
        else:
            assert anon.status_code == 303, (method, path)
            assert anon.headers["location"].startswith("/login?next="), (method, path)
        lower = BELOW[access]
        if lower is not None:
            r = clients[lower].request(method, path, follow_redirects=False)
            assert r.status_code == 403, (method, path, lower)
            assert f"this needs the {access} role" in r.text, (method, path)
        own = clients[access].request(method, path, follow_redirects=False)
        assert own.status_code not in (401, 403), (method, path, access, own.text[:200])
        assert not own.headers.get("location", "").startswith("/login"), (method, path)
        checked += 1
    assert checked >= 15


def test_web_routes_public_routes_carry_no_names(app, sqlite_store, ids):
    with sqlite_store.session() as s:  # enough incidents in Nigeria for a published cell
        s.add_all(
            m.Incident(
                country="Nigeria",
                city="Lagos",
                most_serious="torture",
                violation_types=["torture"],
                victim_groups=["journalist"],
                latitude=6.45,
                longitude=3.39,
            )
            for _ in range(6)
        )
    client = TestClient(app)
    for route, method, access in _routes(app):
        if access != "public" or method != "GET":
            continue
        text = client.get(route.path).text
        assert VICTIM not in text and "Zainab" not in text, route.path
        assert "daily.example" not in text and "6.45" not in text, route.path


# -- API tokens ----------------------------------------------------------------------------


def _make_token(client: TestClient, name: str = "nightly export") -> dict:
    response = client.post("/api/tokens", json={"name": name})
    assert response.status_code == 201, response.text
    return response.json()


def test_web_routes_api_token_is_shown_once_hashed_at_rest_and_revocable(app, sqlite_store, ids):
    session_client = _client(app, sqlite_store, "reviewer")
    made = _make_token(session_client)
    token = made["token"]
    assert token.startswith("rr_") and len(token) > 40
    listed = session_client.get("/api/tokens").json()
    assert [t["id"] for t in listed] == [made["id"]]
    assert "token" not in listed[0] and token not in session_client.get("/api/tokens").text
    assert token not in session_client.get("/account/tokens").text
    with sqlite_store.session() as s:
        row = s.scalars(select(m.ApiToken)).one()
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
        assert token not in {row.token_hash, row.prefix}
        assert not any(token in str(a.after) for a in s.scalars(select(m.AuditRecord)))

    script = TestClient(app)  # no cookie at all: only the bearer header
    auth = {"Authorization": f"Bearer {token}"}
    assert listed[0]["last_used_at"] is None
    assert script.get("/api/incidents", headers=auth).json()["total"] == 4
    assert session_client.get("/api/tokens").json()[0]["last_used_at"] is not None
    # A token needs no CSRF header: a browser never sends one on its own.
    changed = script.post(
        f"/api/incidents/{ids['c']}/status", json={"status": "verified"}, headers=auth
    )
    assert changed.status_code == 200 and changed.json()["status"] == "verified"
    # The token acts with its owner's role: a reviewer may not read case histories.
    assert script.get("/api/persons/1", headers=auth).status_code == 403
    # A token cannot mint more tokens or sign in to pages.
    assert script.post("/api/tokens", json={"name": "x"}, headers=auth).status_code == 403
    assert script.get("/dashboard", headers=auth, follow_redirects=False).status_code == 303

    assert session_client.delete(f"/api/tokens/{made['id']}").json()["revoked_at"]
    assert script.get("/api/incidents", headers=auth).status_code == 401


def test_web_routes_bad_token_never_falls_back_to_the_session(app, sqlite_store, ids):
    client = _client(app, sqlite_store, "analyst")
    assert client.get("/api/incidents").status_code == 200
    bad = {"Authorization": "Bearer rr_not-a-real-token"}
    assert client.get("/api/incidents", headers=bad).status_code == 401


def test_web_routes_token_of_another_user_cannot_be_revoked(app, sqlite_store, ids):
    owner = _client(app, sqlite_store, "analyst")
    made = _make_token(owner)
    other = _client(app, sqlite_store, "reviewer")
    assert other.delete(f"/api/tokens/{made['id']}").status_code == 404
    assert other.get("/api/tokens").json() == []
    admin = _client(app, sqlite_store, "admin")
    assert [t["id"] for t in admin.get("/api/tokens").json()] == [made["id"]]
    assert admin.delete(f"/api/tokens/{made['id']}").status_code == 200


def test_web_routes_token_page_shows_a_new_token_once(app, sqlite_store):
    client = _client(app, sqlite_store, "viewer")
    page = client.post(
        "/account/tokens", data={"name": "sheet sync", "csrf_token": client.headers["X-CSRF-Token"]}
    )
    token = re.search(r'<code id="new-token">(rr_[^<]+)</code>', page.text).group(1)
    assert token not in client.get("/account/tokens").text
    assert (
        TestClient(app).get("/api/stats", headers={"Authorization": f"Bearer {token}"}).status_code
        == 200
    )


def test_web_routes_walk_catches_an_undeclared_or_doubly_declared_route():
    from fastapi import Depends, FastAPI

    from rightsradar.web.deps import public, require_role

    rogue = FastAPI()

    @rogue.get("/api/forgot")
    def forgot() -> dict:
        return {}

    @rogue.get("/api/both", dependencies=[Depends(public), Depends(require_role("viewer"))])
    def both() -> dict:
        return {}

    routes = {r.path: r for r in endpoints(rogue)}
    for path in ("/api/forgot", "/api/both"):
        with pytest.raises(AssertionError):
            declared_access(routes[path])


def test_web_routes_api_reference_page_lists_every_operation(app):
    page = TestClient(app).get("/api/docs").text
    for route, method, _ in _routes(app):
        if route.include_in_schema:
            assert f"<code>{method} {route.path}</code>" in page, (method, route.path)
    assert "corrections.jsonl" in page and "<script" not in page
