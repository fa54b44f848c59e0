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
    workers: int = typer.Option(
        1,
        min=1,
        help="Server processes; one per CPU core serves "
        "the most requests (each keeps its own caches).",
    ),
) -> None:
    """Serve the dashboard and the HTTP API (OpenAPI schema at /api/openapi.json)."""
    import uvicorn

    from ..web.app import create_app

    settings = load_settings()
    store = get_store(settings)  # migrates the schema once, before any worker starts
    host = host or settings.host
    port = port or settings.port
    console.print(f"rightsradar at http://{host}:{port}/ (database {store.safe_url})")
    if workers == 1:
        uvicorn.run(create_app(settings, store), host=host, port=port)
        return
    store.dispose()
    # Each worker process builds its own app from the same environment.
    uvicorn.run(
        "rightsradar.web.app:from_environment", factory=True, host=host, port=port, workers=workers
    )


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


tokens_app = typer.Typer(help="API tokens of an account, for scripts.", no_args_is_help=True)
users_app.add_typer(tokens_app, name="token")


def _user(session, username: str):  # type: ignore[no-untyped-def]
    from ..errors import NotFoundError
    from ..store import users

    user = users.get_user(session, username)
    if user is None:
        raise NotFoundError("E501", f"no user '{username}'", hint="see `rightsradar users list`")
    return user


@tokens_app.command("create")
@friendly_errors
def token_create(
    username: str = typer.Argument(..., help="Whose token it is (it acts with their role)."),
    name: str = typer.Option(..., "--name", help="Which script uses it, e.g. 'nightly export'."),
) -> None:
    """Create an API token and print it once, on stdout (it is stored only as a hash)."""
    from ..store import users

    store = get_store(load_settings())
    with store.session() as session:
        row, secret = users.create_token(session, _user(session, username), name, actor="cli")
        console.print(f"token {row.id} ({row.prefix}…) for {username}: shown once, keep it safe")
        typer.echo(secret)


@tokens_app.command("list")
@friendly_errors
def token_list(
    username: str | None = typer.Argument(None, help="Only this user's tokens."),
) -> None:
    """List tokens: id, user, name, prefix, created, last used, revoked (never the secret)."""
    from ..store import models as m
    from ..store import users

    store = get_store(load_settings())
    with store.session() as session:
        owner = _user(session, username) if username else None
        for t in users.list_tokens(session, owner):
            who = session.get(m.User, t.user_id)
            used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
            state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "active"
            typer.echo(f"{t.id}\t{who.username if who else '?'}\t{t.name}\t{t.prefix}\t"
                       f"{t.created_at:%Y-%m-%d}\tlast used {used}\t{state}")  # fmt: skip


@tokens_app.command("revoke")
@friendly_errors
def token_revoke(
    token_id: int = typer.Argument(..., help="Id shown by `users token list`."),
) -> None:
    """Revoke a token (audited); scripts using it get 401 from then on."""
    from ..errors import NotFoundError
    from ..store import models as m
    from ..store import users

    store = get_store(load_settings())
    with store.session() as session:
        row = session.get(m.ApiToken, token_id)
        owner = session.get(m.User, row.user_id) if row else None
        # Revoked in the owner's name: the command runs with the server's own rights.
        if owner is None or users.revoke_token(session, token_id, by=owner) is None:
            raise NotFoundError("E501", f"no token {token_id}",
                                hint="see `rightsradar users token list`")  # fmt: skip
        console.print(f"token {token_id} revoked")
