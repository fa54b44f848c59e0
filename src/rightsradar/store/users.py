"""User accounts: argon2 password hashes, roles, login with lockout, and API tokens.

Passwords are never stored or logged; only their argon2 hash is kept. Five wrong passwords
in a row lock an account for fifteen minutes, so a password cannot be guessed online.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, joinedload

from ..errors import InputError
from . import audit
from . import models as m

# Highest first; a role may do everything the roles below it may do (web.deps.require_role).
ROLES: tuple[str, ...] = ("admin", "analyst", "reviewer", "viewer")
MIN_PASSWORD_LENGTH = 10
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)

Outcome = Literal["ok", "unknown", "wrong_password", "locked", "inactive"]

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    # Verified against when the user does not exist, so that a wrong username takes as long
    # as a wrong password and response times do not reveal which usernames exist.
    return _hasher.hash("rightsradar-dummy-password")


@dataclass(frozen=True)
class LoginResult:
    """The outcome of one login attempt; ``user`` is set only when ``outcome == "ok"``."""

    outcome: Outcome
    user: m.User | None = None


def hash_password(password: str) -> str:
    """The argon2id hash of ``password``."""
    return _hasher.hash(password)


def check_password_policy(password: str) -> None:
    """Raise E501 when ``password`` is too short."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(
            "E501",
            f"the password is too short ({len(password)} characters)",
            field="password",
            hint=f"use at least {MIN_PASSWORD_LENGTH} characters",
        )


def get_user(session: Session, username: str) -> m.User | None:
    return session.scalars(select(m.User).where(m.User.username == username)).first()


def list_users(session: Session) -> list[m.User]:
    return list(session.scalars(select(m.User).order_by(m.User.username)))


def create_user(session: Session, username: str, password: str, role: str = "analyst") -> m.User:
    """Create an account. Raises E501 when the username is taken or the password too short."""
    username = username.strip()
    if not username:
        raise InputError("E501", "the username is empty", field="username")
    if role not in ROLES:
        raise InputError(
            "E501", f"unknown role '{role}'", field="role", hint=f"use one of {', '.join(ROLES)}"
        )
    if get_user(session, username) is not None:
        raise InputError(
            "E501",
            f"user '{username}' already exists",
            field="username",
            hint="choose another username",
        )
    check_password_policy(password)
    user = m.User(username=username, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor="cli",
        action="user_create",
        object_type="user",
        object_id=user.id,
        after={"username": username, "role": role},
    )
    return user


def authenticate(
    session: Session, username: str, password: str, *, now: datetime | None = None
) -> LoginResult:
    """Check a login attempt, count failures, lock after five, and audit the outcome.

    The caller commits the session (the failure counter and audit record must persist even
    though the login failed).
    """
    now = now or m.utcnow()
    user = get_user(session, username)
    result = _check(user, password, now)
    if user is not None:
        if result.outcome == "ok":
            user.failed_logins = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
        elif result.outcome == "wrong_password":
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
    audit.record(
        session,
        actor=username[:128],
        action="login" if result.outcome == "ok" else "login_failed",
        object_type="user",
        object_id=user.id if user is not None else None,
        after={"outcome": result.outcome},
    )
    return result


def _check(user: m.User | None, password: str, now: datetime) -> LoginResult:
    if user is None:
        _verify(_dummy_hash(), password)
        return LoginResult("unknown")
    if user.locked_until is not None and user.locked_until > now:
        return LoginResult("locked")
    if not _verify(user.password_hash, password):
        return LoginResult("wrong_password")
    if not user.active:
        return LoginResult("inactive")
    return LoginResult("ok", user)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# -- API tokens -----------------------------------------------------------------------------
TOKEN_PREFIX = "rr_"


def _token_digest(secret: str) -> str:
    # The token holds 256 random bits, so a fast hash suffices (no guessing to slow down)
    # and lets every request find its token by an indexed lookup.
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(
    session: Session, user: m.User, name: str, *, actor: str
) -> tuple[m.ApiToken, str]:
    """A new token for ``user``: the row and the secret, which is never stored or shown again."""
    name = name.strip()[:128]
    if not name:
        raise InputError(
            "E502",
            "the token needs a name",
            field="name",
            hint="say which script uses it, e.g. 'nightly export'",
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = m.ApiToken(
        user_id=user.id,
        name=name,
        token_hash=_token_digest(secret),
        prefix=secret[: len(TOKEN_PREFIX) + 6],
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="token_create",
        object_type="api_token",
        object_id=row.id,
        after={"user_id": user.id, "name": name},
    )
    return row, secret


def find_token(session: Session, secret: str) -> m.ApiToken | None:
    """The live token ``secret`` names, or None (unknown, revoked, or its user inactive).
    Only reads, so that a busy script's requests never queue behind each other's writes."""
    if not secret.startswith(TOKEN_PREFIX):
        return None
    row = session.scalars(
        select(m.ApiToken)
        .where(m.ApiToken.token_hash == _token_digest(secret))
        .options(joinedload(m.ApiToken.user))  # the user is always read: one query, not two
    ).first()
    if row is None or row.revoked_at is not None or not row.user.active:
        return None
    return row


def touch_token(session: Session, row: m.ApiToken, *, now: datetime | None = None) -> bool:
    """Record that a token was used, at most once a minute; True when it wrote.

    The write is committed at once: holding the database's write lock for the rest of the
    request would queue every concurrent request of the same script behind it.
    """
    now = now or m.utcnow()
    stale = now - timedelta(minutes=1)
    if row.last_used_at is not None and row.last_used_at >= stale:
        return False
    session.execute(
        update(m.ApiToken)
        .where(
            m.ApiToken.id == row.id,
            or_(m.ApiToken.last_used_at.is_(None), m.ApiToken.last_used_at < stale),
        )
        .values(last_used_at=now)
    )
    session.commit()
    return True


def list_tokens(session: Session, user: m.User | None = None) -> list[m.ApiToken]:
    """Tokens of ``user`` (every user's when None), newest first."""
    stmt = select(m.ApiToken).order_by(m.ApiToken.id.desc())
    if user is not None:
        stmt = stmt.where(m.ApiToken.user_id == user.id)
    return list(session.scalars(stmt))


def revoke_token(session: Session, token_id: int, *, by: m.User) -> m.ApiToken | None:
    """Revoke a token of ``by`` (an admin may revoke anyone's); None when there is no such
    token that ``by`` may revoke."""
    row = session.get(m.ApiToken, token_id)
    if row is None or (row.user_id != by.id and by.role != "admin"):
        return None
    if row.revoked_at is None:
        row.revoked_at = m.utcnow()
        audit.record(
            session,
            actor=by.username,
            action="token_revoke",
            object_type="api_token",
            object_id=row.id,
            after={"user_id": row.user_id},
        )
    return row
