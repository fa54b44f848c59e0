"""`rightsradar users ...` and `rightsradar serve` through Typer's CliRunner."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from rightsradar.cli import get_app
from rightsradar.settings import Settings
from rightsradar.store import open_store, users

PASSWORD = "correct horse battery"


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray .env file is read
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("RIGHTSRADAR_ENVIRONMENT", "development")
    return tmp_path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(get_app(), list(args), input=input)


def stored_users(env) -> dict[str, str]:
    store = open_store(Settings().resolved_database_url)
    try:
        with store.session() as s:
            return {u.username: u.role for u in users.list_users(s)}
    finally:
        store.dispose()


def test_cli_users_add_from_stdin_and_list(env):
    args = ("users", "add", "ana", "--role", "admin", "--password-stdin")
    result = run(*args, input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert stored_users(env) == {"ana": "admin"}
    listed = run("users", "list")
    assert listed.exit_code == 0 and "ana\tadmin\tactive" in listed.output


def test_cli_users_add_prompts_twice(env):
    result = run("users", "add", "bob", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert stored_users(env) == {"bob": "analyst"}


def test_cli_users_add_refuses_existing_user_and_short_password(env):
    run("users", "add", "ana", "--password-stdin", input=PASSWORD + "\n")
    again = run("users", "add", "ana", "--password-stdin", input=PASSWORD + "\n")
    assert again.exit_code == 2 and "E501" in again.output
    short = run("users", "add", "bob", "--password-stdin", input="short\n")
    assert short.exit_code == 2 and "E501" in short.output
    assert stored_users(env) == {"ana": "analyst"}


def test_cli_serve_runs_uvicorn_with_settings_defaults(env, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(
        uvicorn, "run", lambda app, host, port, **kw: calls.append((app, host, port))
    )
    assert run("serve").exit_code == 0
    assert run("serve", "--host", "0.0.0.0", "--port", "9001").exit_code == 0
    assert [(h, p) for _, h, p in calls] == [("127.0.0.1", 8000), ("0.0.0.0", 9001)]
    assert calls[0][0].title == "rightsradar"


def test_cli_serve_with_two_workers_answers_from_both(env):
    """`serve --workers 2` starts two processes that build the app from the environment."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("rightsradar")), "serve", "--port", str(port),
         "--workers", "2"],
        env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True)  # fmt: skip
    try:
        deadline, status = time.monotonic() + 60, None
        while time.monotonic() < deadline and status != 200:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/api/public/stats").status_code
            except httpx.HTTPError:
                time.sleep(0.3)
        assert status == 200
        assert httpx.get(f"http://127.0.0.1:{port}/api/incidents").status_code == 401
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        out = proc.communicate(timeout=30)[0].decode()
    assert out.count("Started server process") >= 2, out


def test_web_cli_api_token_create_list_revoke(tmp_path, monkeypatch):
    """A token made on the command line works once printed, lists without its secret and
    stops working when revoked."""
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from rightsradar.cli import get_app
    from rightsradar.settings import Settings
    from rightsradar.store.base import open_configured_store
    from rightsradar.web.app import create_app

    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path))
    app, run = get_app(), CliRunner()
    add = run.invoke(app, ["users", "add", "scripter", "--role", "reviewer", "--password-stdin"],
                     input="long-enough-password\n")  # fmt: skip
    assert add.exit_code == 0, add.output
    made = run.invoke(app, ["users", "token", "create", "scripter", "--name", "nightly"])
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip().splitlines()[-1]
    assert secret.startswith("rr_")
    listed = run.invoke(app, ["users", "token", "list"])
    assert "nightly" in listed.stdout and secret not in listed.stdout
    settings = Settings(data_dir=tmp_path)
    client = TestClient(create_app(settings, open_configured_store(settings)))
    auth = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/incidents", headers=auth).status_code == 200
    token_id = listed.stdout.split("\t", 1)[0]
    assert run.invoke(app, ["users", "token", "revoke", token_id]).exit_code == 0
    assert client.get("/api/incidents", headers=auth).status_code == 401
