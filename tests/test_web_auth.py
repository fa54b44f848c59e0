"""Login, lockout, audit, CSRF and sessions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from rightsradar.errors import InputError
from rightsradar.settings import Settings
from rightsradar.store import models as m
from rightsradar.store import users
from rightsradar.web.app import SESSION_COOKIE, create_app
from test_web_api import PASSWORD, add_user, csrf, login


@pytest.fixture
def app(any_store, settings):
    add_user(any_store)
    return create_app(settings, any_store)


def audit_rows(store) -> list[m.AuditRecord]:
    with store.session() as s:
        return list(s.scalars(select(m.AuditRecord).order_by(m.AuditRecord.id)))


def test_auth_login_works_and_is_audited(app, any_store):
    client = TestClient(app)
    response = login(client)
    assert response.status_code == 303 and response.headers["location"] == "/dashboard"
    assert client.get("/dashboard").status_code == 200
    last = audit_rows(any_store)[-1]
    assert (last.action, last.actor, last.after) == ("login", "ana", {"outcome": "ok"})


def test_auth_wrong_password_fails_and_is_audited_without_password(app, any_store):
    client = TestClient(app)
    response = login(client, password="wrong password 123")
    assert response.status_code == 401 and "Wrong username or password" in response.text
    assert client.get("/api/incidents").status_code == 401
    records = audit_rows(any_store)
    assert records[-1].action == "login_failed"
    assert all("wrong password 123" not in str((r.before, r.after)) for r in records)
    assert all(PASSWORD not in str((r.before, r.after)) for r in records)


def test_auth_unknown_user_gets_the_same_answer(app):
    response = login(TestClient(app), username="nobody")
    assert response.status_code == 401 and "Wrong username or password" in response.text


def test_auth_five_failures_lock_the_account(app, any_store):
    client = TestClient(app)
    for _ in range(users.MAX_FAILED_LOGINS):
        assert login(client, password="not the password").status_code == 401
    response = login(client)  # the right password, but the account is locked
    assert response.status_code == 401 and "locked" in response.text
    with any_store.session() as s:
        user = users.get_user(s, "ana")
        assert user.locked_until is not None
        # Fifteen minutes later the account opens again.
        later = user.locked_until + timedelta(seconds=1)
        assert users.authenticate(s, "ana", PASSWORD, now=later).outcome == "ok"


def test_auth_success_resets_the_failure_count(any_store):
    add_user(any_store)
    with any_store.session() as s:
        for _ in range(users.MAX_FAILED_LOGINS - 1):
            users.authenticate(s, "ana", "nope nope nope")
        assert users.authenticate(s, "ana", PASSWORD).outcome == "ok"
        assert users.authenticate(s, "ana", "nope nope nope").outcome == "wrong_password"
        assert users.get_user(s, "ana").locked_until is None


def test_auth_inactive_user_cannot_sign_in(app, any_store):
    with any_store.session() as s:
        users.get_user(s, "ana").active = False
    assert login(TestClient(app)).status_code == 401


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_auth_post_without_valid_csrf_token_is_refused(app, token):
    client = TestClient(app)
    client.get("/login")  # a session with a token exists; the form just doesn't send it
    data = {"username": "ana", "password": PASSWORD}
    if token is not None:
        data["csrf_token"] = token
    response = client.post("/login", data=data, follow_redirects=False)
    assert response.status_code == 403
    assert client.get("/api/incidents").status_code == 401


def test_auth_logout_needs_csrf_and_ends_the_session(app):
    client = TestClient(app)
    login(client)
    assert client.post("/logout", follow_redirects=False).status_code == 403
    assert client.get("/api/incidents").status_code == 200
    token = csrf(client, "/logout")
    response = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/api/incidents").status_code == 401


def test_auth_api_post_with_session_cookie_needs_csrf_header(app, any_store):
    with any_store.session() as s:
        inc = m.Incident(title="t")
        s.add(inc)
        s.flush()
        iid = inc.id
    client = TestClient(app)
    login(client)
    url = f"/api/incidents/{iid}/status"
    assert client.post(url, json={"status": "verified"}).status_code == 403
    token = csrf(client, "/logout")
    response = client.post(url, json={"status": "verified"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 200 and response.json()["status"] == "verified"
    last = audit_rows(any_store)[-1]
    assert (last.action, last.actor, last.before, last.after) == (
        "incident_status",
        "ana",
        {"status": "detected"},
        {"status": "verified"},
    )
    # Without a session cookie there is nothing to forge: the call is simply unauthenticated.
    assert TestClient(app).post(url, json={"status": "rejected"}).status_code == 401


def test_auth_status_form_needs_csrf(app, any_store):
    with any_store.session() as s:
        inc = m.Incident(title="t")
        s.add(inc)
        s.flush()
        iid = inc.id
    client = TestClient(app)
    login(client)
    form = {"status": "rejected"}
    assert client.post(f"/incidents/{iid}/status", data=form).status_code == 403
    form["csrf_token"] = csrf(client, f"/incidents/{iid}")
    response = client.post(f"/incidents/{iid}/status", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert "status-rejected" in client.get(f"/incidents/{iid}").text


def test_auth_login_redirects_only_within_the_site(app):
    client = TestClient(app)
    data = {
        "username": "ana",
        "password": PASSWORD,
        "csrf_token": csrf(client),
        "next": "//evil.example/phish",
    }
    response = client.post("/login", data=data, follow_redirects=False)
    assert response.headers["location"] == "/dashboard"


def test_auth_cookie_is_httponly_lax_and_secure_in_production(any_store, tmp_path):
    settings = Settings(data_dir=tmp_path, environment="production", secret_key="s" * 40)
    response = TestClient(create_app(settings, any_store)).get("/login")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(SESSION_COOKIE)
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    assert "secure" in cookie.lower()


def test_users_create_refuses_duplicates_and_short_passwords(any_store):
    with any_store.session() as s:
        users.create_user(s, "ana", PASSWORD)
        with pytest.raises(InputError) as dup:
            users.create_user(s, "ana", PASSWORD)
        with pytest.raises(InputError) as short:
            users.create_user(s, "bob", "short")
        with pytest.raises(InputError):
            users.create_user(s, "carl", PASSWORD, role="superuser")
    assert dup.value.code == short.value.code == "E501"
    with any_store.session() as s:
        stored = users.get_user(s, "ana").password_hash
    assert stored.startswith("$argon2") and PASSWORD not in stored
