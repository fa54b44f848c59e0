"""Reports in languages the extractor does not read: JSON API and page. Reviewers and above.

Nothing is extracted from them, so they never reach the review queue; a person reads each
and takes it off the list ("no attack", audited; see ``web.unread``). Marking one as an
attack has no route yet: there is no operation that opens an incident from an article
with nothing extracted, so such a report stays on the list until one exists.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ...resolve.operations import OperationError
from ...store import audit
from .. import unread
from ..deps import ReviewerUser, SessionDep, refused
from ..schemas import UnreadDecision, UnreadList
from ..templating import render

router = APIRouter()
RESPONSES: dict[int | str, dict] = {
    401: {"description": "Not signed in."},
    403: {"description": "Needs the reviewer role."},
}
DISMISS_RESPONSES: dict[int | str, dict] = {
    **RESPONSES,
    404: {"description": "No such article."},
    409: {
        "description": "The article is not waiting for a person: the extractor read it, "
        "it is a syndicated copy, or someone has already taken it off the list."
    },
}
PAGE_SIZE = 20  # each entry carries its whole text


@router.get("/api/review/unread", response_model=UnreadList, tags=["review"], responses=RESPONSES)
def unread_list(
    session: SessionDep,
    _user: ReviewerUser,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> UnreadList:
    """Reports in languages the extractor does not read that no one has read yet, newest
    first (publication date, else when they came in), with how many wait per language.
    Nothing was extracted from them: a person has to read each one."""
    return unread.listing(session, limit=limit, offset=offset)


@router.post(
    "/api/review/unread/{article_id}/dismiss",
    response_model=UnreadDecision,
    tags=["review"],
    responses=DISMISS_RESPONSES,
)
def unread_dismiss(article_id: int, session: SessionDep, user: ReviewerUser) -> UnreadDecision:
    """A person read the report and found no attack: it leaves the list. Audited (the
    language and the decision, never the text)."""
    try:
        return unread.dismiss(session, article_id, actor=user.username)
    except OperationError as exc:
        raise refused(exc) from None


# -- page ------------------------------------------------------------------------------------
@router.get("/review/unread", response_class=HTMLResponse, include_in_schema=False)
def unread_page(
    request: Request,
    session: SessionDep,
    user: ReviewerUser,
    offset: Annotated[int, Query(ge=0)] = 0,
    dismissed: Annotated[int | None, Query()] = None,
) -> Response:
    """The waiting reports with their text to read, the count per language, and a
    "no attack" button for each."""
    found, texts = unread.listing_with_text(session, limit=PAGE_SIZE, offset=offset)
    for item in found.items:  # every listed text is sent to the browser: each is a read
        audit.record_read(session, user.username, "article", item.id, what="unread")

    def page_link(at: int) -> str:
        return "/review/unread?" + urlencode({"offset": at})

    ctx = {
        "found": found,
        "texts": texts,
        "dismissed": dismissed,
        "prev_link": page_link(max(offset - PAGE_SIZE, 0)) if offset > 0 else None,
        "next_link": page_link(offset + PAGE_SIZE) if offset + PAGE_SIZE < found.total else None,
    }
    return render(request, "unread.html", ctx, user=user)


@router.post("/review/unread/{article_id}/dismiss", include_in_schema=False)
def unread_dismiss_form(article_id: int, session: SessionDep, user: ReviewerUser) -> Response:
    try:
        unread.dismiss(session, article_id, actor=user.username)
    except OperationError as exc:
        raise refused(exc) from None
    return RedirectResponse(f"/review/unread?dismissed={article_id}", status_code=303)
