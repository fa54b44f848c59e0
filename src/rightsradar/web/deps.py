"""Dependencies every route declares: the database session, the user and the role it needs,
and the CSRF check.

Each route states its access level through exactly one dependency: ``public`` (anyone) or
``require_role(role)``. Anonymous requests raise ``NotAuthenticated``, which the app turns
into 401 for the API and a redirect to /login for pages.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..resolve.operations import OperationError
from ..settings import Settings
from ..store import models as m
from ..store import users
from ..store.users import ROLES
from .generation import data_generation, generation_at_hand

# Higher rank may do everything a lower rank may (ROLES is ordered highest first).
ROLE_RANK: dict[str, int] = {role: len(ROLES) - i for i, role in enumerate(ROLES)}
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class NotAuthenticated(Exception):
    """The route needs a signed-in user and the request has none."""


# Dependencies that do no I/O are ``async def``: FastAPI runs a plain ``def`` dependency in a
# worker thread, and every such hop adds latency under load.
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    """One unit of work per request, committed when the route returns without error."""
    with request.app.state.store.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer`` header on an API path, else None."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not request.url.path.startswith("/api/"):
        return None
    return token.strip() or None


def get_optional_user(request: Request, session: SessionDep) -> m.User | None:
    """The signed-in user (session cookie, or an API token on /api/), or None.

    A deactivated or deleted account signs out at once; a request that presents a bearer
    token is judged by the token alone, so a wrong token never falls back to the cookie.
    """
    try:
        return _signed_in(request, session)
    finally:
        # Give the connection back to the pool until the route itself reads: a request
        # waiting for a worker thread must not hold one, or the requests in the threads
        # could wait for a connection while those holding them wait for a thread.
        session.commit()


def _signed_in(request: Request, session: Session) -> m.User | None:
    return _signed_in_for(request, session)[0]


def _signed_in_for(request: Request, session: Session) -> tuple[m.User | None, float]:
    """``_signed_in``, and for how many seconds that answer holds while the database does
    not change (a token's use is recorded once a minute: until then)."""
    token = bearer_token(request)
    if token is not None:
        row = users.find_token(session, token)
        if row is None:
            return None, 0.0
        now = m.utcnow()
        last = now if users.touch_token(session, row, now=now) else row.last_used_at
        return row.user, TOKEN_TOUCH_S - (now - last).total_seconds() if last else 0.0
    if request.headers.get("authorization"):
        return None, 0.0
    uid = request.session.get("uid")
    if uid is None:
        return None, 0.0
    user = session.get(m.User, uid)
    if user is None or not user.active:
        request.session.pop("uid", None)
        return None, 0.0
    return user, SIGNED_IN_KEPT_S


OptionalUser = Annotated[m.User | None, Depends(get_optional_user)]


async def public() -> None:
    """Marks a route as open to anonymous requests (the declaration tests look for)."""


def _check_role(who: m.User | Principal | None, role: str) -> None:
    """401 when nobody is signed in, 403 when the signed-in user's role ranks below ``role``."""
    if who is None:
        raise NotAuthenticated()
    if ROLE_RANK.get(who.role, 0) < ROLE_RANK[role]:
        raise HTTPException(status_code=403, detail=f"this needs the {role} role")


def require_role(role: str) -> Callable[[m.User | None], Awaitable[m.User]]:
    """A dependency admitting users whose role ranks at least ``role``.

    Raises:
        NotAuthenticated: nobody is signed in.
        HTTPException: 403 when the user's role ranks lower.
    """
    if role not in ROLE_RANK:
        raise ValueError(f"unknown role {role!r}; use one of {ROLES}")

    async def dependency(user: OptionalUser) -> m.User:
        _check_role(user, role)
        assert user is not None
        return user

    dependency.required_role = role  # type: ignore[attr-defined]
    dependency.__name__ = f"require_{role}"
    return dependency


AdminUser = Annotated[m.User, Depends(require_role("admin"))]
AnalystUser = Annotated[m.User, Depends(require_role("analyst"))]
ReviewerUser = Annotated[m.User, Depends(require_role("reviewer"))]
ViewerUser = Annotated[m.User, Depends(require_role("viewer"))]


# -- who is signed in, kept ---------------------------------------------------------------
# A read-only route that takes many requests a second (the incident list) need not read the
# user or token from the database for each: who a credential names is kept per database
# generation (``generation.data_generation``), which any write moves (a revoked token, a
# deactivated account, a changed role), and never longer than the answer holds.
TOKEN_TOUCH_S = 60.0  # users.touch_token records a token's use at most this often
SIGNED_IN_KEPT_S = 300.0
PRINCIPALS_KEPT = 4096


@dataclass(frozen=True)
class Principal:
    """Who signed in, as a route that only reads needs to know it: no ORM object (nothing
    tied to a session), so that it can be kept between requests."""

    id: int
    username: str
    role: str


_principals: dict[tuple[str, str, object], tuple[int, float, Principal]] = {}
_principals_lock = threading.Lock()


def _credential(request: Request) -> tuple[str, object] | None:
    """What the request signs in with, as a key (a token only as its digest); None:
    nothing usable (the same precedence as ``_signed_in``)."""
    token = bearer_token(request)
    if token is not None:
        return "token", hashlib.sha256(token.encode()).hexdigest()
    if request.headers.get("authorization"):
        return None
    uid = request.session.get("uid")
    return None if uid is None else ("uid", uid)


def _kept_principal(key: tuple[str, str, object], generation: int) -> Principal | None:
    hit = _principals.get(key)  # one dictionary read: safe on the event loop
    if hit is None or hit[0] != generation or time.monotonic() >= hit[1]:
        return None
    return hit[2]


def _principal_from_db(request: Request, store: Any, key: tuple[str, str, object]
                       ) -> tuple[int, Principal | None]:  # fmt: skip
    """In a worker thread: the generation and who ``key`` names, read and then kept."""
    with store.session() as session:
        generation = data_generation(session)
        hit = _kept_principal(key, generation)
        if hit is not None:
            return generation, hit
        user, holds_s = _signed_in_for(request, session)
        if user is None:
            return generation, None
        who = Principal(id=user.id, username=user.username, role=user.role)
    if holds_s > 0:
        with _principals_lock:
            if len(_principals) >= PRINCIPALS_KEPT:
                _principals.clear()
            # Kept under the generation read before the user was: a write since moves it.
            _principals[key] = (generation, time.monotonic() + holds_s, who)
    return generation, who


def require_role_kept(role: str) -> Callable[[Request], Awaitable[Principal]]:
    """``require_role`` for routes that only read: the signed-in user as a ``Principal``,
    kept per database generation. A kept answer is given on the event loop (SQLite: its
    watcher; PostgreSQL: the app's ``SnapshotWatcher``, open while the app runs);
    otherwise one worker thread reads the generation (and, when not kept, the user).
    ``request.state.data_generation`` is left set for the route (the generation the
    answer was judged at)."""
    if role not in ROLE_RANK:
        raise ValueError(f"unknown role {role!r}; use one of {ROLES}")

    async def dependency(request: Request) -> Principal:
        credential = _credential(request)
        if credential is None:
            raise NotAuthenticated()
        store = request.app.state.store
        key = (str(store.engine.url), *credential)
        generation = generation_at_hand(store.engine)
        watcher = getattr(request.app.state, "generation_watcher", None)
        if generation is None and watcher is not None:
            generation = await watcher.generation()
        who = None if generation is None else _kept_principal(key, generation)
        if who is None:
            generation, who = await run_in_threadpool(_principal_from_db, request, store, key)
        request.state.data_generation = generation
        _check_role(who, role)
        assert who is not None
        return who

    dependency.required_role = role  # type: ignore[attr-defined]
    dependency.__name__ = f"require_{role}_kept"
    return dependency


ReviewerPrincipal = Annotated[Principal, Depends(require_role_kept("reviewer"))]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def verify_csrf(request: Request) -> None:
    """Refuse a state-changing request whose CSRF token does not match the session's.

    Applied to every route. Forms send the token as the ``csrf_token`` field, scripts as
    the ``X-CSRF-Token`` header. An API call that carries no session cookie, or that
    carries a bearer token, cannot be forged by another site (a browser only attaches
    cookies), so it is not checked.
    """
    if request.method not in UNSAFE_METHODS:
        return
    if request.url.path.startswith("/api/") and (not request.session or bearer_token(request)):
        # A browser never attaches an Authorization header on its own, so a request that
        # carries one was written by a script, not forged by another site.
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        field = (await request.form()).get(CSRF_FIELD)
        sent = field if isinstance(field, str) else None
    if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token; reload the page")


def refused(exc: OperationError) -> HTTPException:
    """The HTTP answer to an analyst operation the store refused (its status, code, why)."""
    return HTTPException(status_code=exc.status, detail=f"{exc.code} {exc.message}")
