"""`rightsradar serve` and `rightsradar users ...`: the dashboard and its accounts."""

from __future__ import annotations

import sys
from enum import StrEnum

import typer

from .app import app
from .common import console, friendly_errors, get_store, load_settings

users_app = typer.Typer(help="Dashboard user accounts.", no_args_is_help=True)
app.add_typer(users_app, name="users")


class Role(StrEnum):
    admin = "admin"
    analyst = "analyst"
    reviewer = "reviewer"
    viewer = "viewer"


@app.command("serve")
@friendly_errors
def serve(
    host: str | None = typer.Option(None, help="Interface (default: the host setting)."),
    port: int | None = typer.Option(None, help="Port to listen on (default: the port setting)."),
) -> None:
    """Serve the dashboard and the HTTP API (OpenAPI schema at /api/openapi.json)."""
    import uvicorn

    from ..web.app import create_app

    settings = load_settings()
    store = get_store(settings)
    host = host or settings.host
    port = port or settings.port
    console.print(f"rightsradar at http://{host}:{port}/ (database {store.safe_url})")
    uvicorn.run(create_app(settings, store), host=host, port=port)


@users_app.command("add")
@friendly_errors
def add(
    username: str = typer.Argument(..., help="The new account's username."),
    role: Role = typer.Option(Role.analyst, help="What the account may do."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from the first line of stdin."
    ),
) -> None:
    """Create a dashboard account (passwords: at least 10 characters)."""
    from ..store import users

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    users.check_password_policy(password)  # before opening the database: fail fast
    store = get_store(load_settings())
    with store.session() as session:
        user = users.create_user(session, username, password, role.value)
        console.print(f"user '{user.username}' created with role {user.role}")


@users_app.command("list")
@friendly_errors
def list_users() -> None:
    """List the accounts with their roles and whether they are active or locked."""
    from ..store import users
    from ..store.models import utcnow

    store = get_store(load_settings())
    with store.session() as session:
        rows = users.list_users(session)
        if not rows:
            console.print("no users yet: add one with `rightsradar users add NAME`")
            return
        now = utcnow()
        for u in rows:
            state = "active" if u.active else "inactive"
            if u.locked_until and u.locked_until > now:
                state += f", locked until {u.locked_until:%Y-%m-%d %H:%M} UTC"
            typer.echo(f"{u.username}\t{u.role}\t{state}")

