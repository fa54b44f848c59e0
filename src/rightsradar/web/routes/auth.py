"""Signing in and out. Every attempt is audited (never the password)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ...store import users
from ..deps import OptionalUser, SessionDep, public
from ..templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(public)])

MESSAGES = {
    "locked": "Too many failed attempts: this account is locked for 15 minutes.",
}


def safe_next(target: str | None) -> str:
    """Only a path on this site, so the login form cannot send people elsewhere."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/dashboard"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, user: OptionalUser, next: str | None = None) -> Response:
    """The sign-in form."""
    return render(request, "login.html", {"next": safe_next(next), "error": None}, user=user)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    session: SessionDep,
    username: Annotated[str, Form(max_length=128)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str | None, Form()] = None,
) -> Response:
    """Check the credentials; on success start a fresh session and go to ``next``."""
    result = users.authenticate(session, username, password)
    session.commit()  # the failure counter and audit record persist whatever happens next
    if result.user is None:
        error = MESSAGES.get(result.outcome, "Wrong username or password.")
        ctx = {"next": safe_next(next), "error": error}
        return render(request, "login.html", ctx, status_code=401)
    request.session.clear()  # a new session (and CSRF token) on every sign-in
    request.session["uid"] = result.user.id
    request.session["csrf"] = secrets.token_urlsafe(32)
    return RedirectResponse(safe_next(next), status_code=303)


@router.get("/logout", response_class=HTMLResponse)
def logout_form(request: Request, user: OptionalUser) -> Response:
    """A sign-out button (signing out changes state, so it is a POST with a CSRF token)."""
    return render(request, "logout.html", user=user)


@router.post("/logout")
def logout(request: Request) -> Response:
    """End the session."""
    request.session.clear()
    return RedirectResponse("/", status_code=303)
