"""API tokens for scripts: create (shown once), list, revoke. JSON API and an account page.

A token acts with its owner's role on ``/api/*`` only. Tokens are made from a signed-in
session, never with another token, so a leaked token cannot mint itself successors.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ...errors import InputError
from ...store import users
from ..deps import SessionDep, ViewerUser, bearer_token
from ..schemas import TokenCreate, TokenCreated, TokenRead
from ..templating import render

router = APIRouter()
RESPONSES: dict[int | str, dict] = {401: {"description": "Not signed in."}}


def _refuse_token_auth(request: Request) -> None:
    if bearer_token(request) is not None:
        raise HTTPException(
            status_code=403,
            detail="create and revoke tokens from a signed-in session, not with a token",
        )


@router.get("/api/tokens", response_model=list[TokenRead], tags=["tokens"], responses=RESPONSES)
def list_tokens(session: SessionDep, user: ViewerUser) -> list[TokenRead]:
    """Your API tokens (an admin sees everyone's), newest first."""
    owner = None if user.role == "admin" else user
    return [TokenRead.model_validate(t) for t in users.list_tokens(session, owner)]


@router.post(
    "/api/tokens",
    response_model=TokenCreated,
    status_code=201,
    tags=["tokens"],
    responses={**RESPONSES, 403: {"description": "Called with a token."}},
)
def create_token(
    request: Request, body: TokenCreate, session: SessionDep, user: ViewerUser
) -> TokenCreated:
    """A new token for your account, shown once in ``token`` (only its hash is stored).
    Send the page's CSRF token in ``X-CSRF-Token``."""
    _refuse_token_auth(request)
    row, secret = _create(session, user, body.name)
    return TokenCreated(**TokenRead.model_validate(row).model_dump(), token=secret)


@router.delete(
    "/api/tokens/{token_id}",
    response_model=TokenRead,
    tags=["tokens"],
    responses={**RESPONSES, 404: {"description": "No such token of yours."}},
)
def revoke_token(
    request: Request, token_id: int, session: SessionDep, user: ViewerUser
) -> TokenRead:
    """Revoke a token at once (yours; an admin may revoke anyone's)."""
    _refuse_token_auth(request)
    row = users.revoke_token(session, token_id, by=user)
    if row is None:
        raise HTTPException(status_code=404, detail=f"token {token_id} is not one of yours")
    return TokenRead.model_validate(row)


@router.get("/account/tokens", response_class=HTMLResponse, include_in_schema=False)
def tokens_page(request: Request, session: SessionDep, user: ViewerUser) -> Response:
    """The account's tokens, with forms to make and revoke them."""
    return _page(request, session, user, created=None)


@router.post("/account/tokens", response_class=HTMLResponse, include_in_schema=False)
def tokens_create(
    request: Request,
    session: SessionDep,
    user: ViewerUser,
    name: Annotated[str, Form(min_length=1, max_length=128)],
) -> Response:
    """Make a token and show it this once."""
    _, secret = _create(session, user, name)
    return _page(request, session, user, created=secret)


@router.post("/account/tokens/{token_id}/revoke", include_in_schema=False)
def tokens_revoke(token_id: int, session: SessionDep, user: ViewerUser) -> Response:
    if users.revoke_token(session, token_id, by=user) is None:
        raise HTTPException(status_code=404, detail=f"token {token_id} is not one of yours")
    return RedirectResponse("/account/tokens", status_code=303)


def _create(session: SessionDep, user: ViewerUser, name: str) -> tuple[object, str]:
    try:
        return users.create_token(session, user, name, actor=user.username)
    except InputError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


def _page(request: Request, session: SessionDep, user: ViewerUser, created: str | None) -> Response:
    tokens = users.list_tokens(session, user)
    return render(request, "tokens.html", {"tokens": tokens, "created": created}, user=user)
