"""The review queue: JSON API and the keyboard-driven page. Reviewers and above.

Accepting, rejecting and correcting are audited and write training examples to
``<data_dir>/corrections.jsonl`` (see ``web.review``); merge and split call the audited
operations service.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from ...domain.taxonomy import (
    AGE_GROUPS,
    PERPETRATOR_TYPES,
    SEXES,
    VICTIM_GROUPS,
    VIOLATION_TYPES,
)
from ...resolve.operations import OperationError
from ...store import audit
from .. import review, services, unread
from ..deps import ReviewerUser, SessionDep, SettingsDep, refused
from ..schemas import (
    BulkDecision,
    IncidentCorrection,
    IncidentDetail,
    IncidentRead,
    ReviewQueue,
)
from ..templating import render

router = APIRouter()
DECISIONS = {"accept": "verified", "reject": "rejected"}
RESPONSES: dict[int | str, dict] = {
    401: {"description": "Not signed in."},
    403: {"description": "Needs the reviewer role."},
    404: {"description": "No such incident."},
}


@router.get("/api/review", response_model=ReviewQueue, tags=["review"], responses=RESPONSES)
def review_queue(
    session: SessionDep,
    _user: ReviewerUser,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ReviewQueue:
    """Detected incidents, least certain first (lowest field confidence: active learning)."""
    return review.queue(session, limit=limit, offset=offset)


@router.post(
    "/api/review/{incident_id}/{action}",
    response_model=IncidentRead,
    tags=["review"],
    responses=RESPONSES,
)
def review_decide(
    incident_id: int, action: str, session: SessionDep, settings: SettingsDep, user: ReviewerUser
) -> IncidentRead:
    """``accept`` (verified) or ``reject`` an incident; audited, and its articles are written
    to ``<data_dir>/corrections.jsonl`` as training examples (rejected: not relevant)."""
    if action not in DECISIONS:
        raise HTTPException(
            status_code=404, detail=f"no review action {action!r}; use accept or reject"
        )
    try:
        return review.decide(
            session, incident_id, DECISIONS[action], actor=user.username, data_dir=settings.data_dir
        )
    except OperationError as exc:
        raise refused(exc) from None


@router.post(
    "/api/review/{incident_id}",
    response_model=IncidentDetail,
    tags=["review"],
    responses={**RESPONSES, 422: {"description": "A value outside the taxonomy."}},
)
def review_correct(
    incident_id: int,
    fix: IncidentCorrection,
    session: SessionDep,
    settings: SettingsDep,
    user: ReviewerUser,
) -> IncidentDetail:
    """Correct any field (left-out fields stay); audited and written as a training example
    to ``<data_dir>/corrections.jsonl``. The incident stays in the queue until accepted."""
    try:
        review.correct(session, incident_id, fix, actor=user.username, data_dir=settings.data_dir)
    except OperationError as exc:
        raise refused(exc) from None
    detail = services.incident_detail(session, incident_id)
    assert detail is not None
    return detail


@router.post(
    "/api/review-bulk", response_model=list[IncidentRead], tags=["review"], responses=RESPONSES
)
def review_bulk(
    body: BulkDecision, session: SessionDep, settings: SettingsDep, user: ReviewerUser
) -> list[IncidentRead]:
    """Accept or reject several incidents at once (each audited on its own)."""
    try:
        return review.bulk(
            session,
            body.incident_ids,
            DECISIONS[body.action],
            actor=user.username,
            data_dir=settings.data_dir,
        )
    except OperationError as exc:
        raise refused(exc) from None


# -- pages -----------------------------------------------------------------------------------
@router.get("/review", response_class=HTMLResponse, include_in_schema=False)
def review_start(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    """The first (least certain) incident of the queue, or an empty queue."""
    first = review.queue(session, limit=1)
    if first.items:
        return RedirectResponse(f"/review/{first.items[0].incident.id}", status_code=303)
    return _page(request, session, user, None)


@router.get("/review/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
def review_item(
    request: Request, incident_id: int, session: SessionDep, user: ReviewerUser
) -> Response:
    """One incident beside the queue: article text with evidence, corrections, actions."""
    return _page(request, session, user, incident_id)


@router.post("/review/{incident_id}/decide", include_in_schema=False)
def review_decide_form(
    incident_id: int,
    session: SessionDep,
    settings: SettingsDep,
    user: ReviewerUser,
    action: Annotated[str, Form()],
) -> Response:
    if action not in DECISIONS:
        raise HTTPException(status_code=422, detail="use accept or reject")
    _, following = review.neighbours(session, incident_id)
    try:
        review.decide(
            session, incident_id, DECISIONS[action], actor=user.username, data_dir=settings.data_dir
        )
    except OperationError as exc:
        raise refused(exc) from None
    return RedirectResponse(f"/review/{following}" if following else "/review", status_code=303)


@router.post("/review/{incident_id}/correct", include_in_schema=False)
async def review_correct_form(
    request: Request,
    incident_id: int,
    session: SessionDep,
    settings: SettingsDep,
    user: ReviewerUser,
) -> Response:
    try:
        fix = review.correction_from_form(await request.form())
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=str(exc.errors()[0]["msg"])) from None
    try:
        review.correct(session, incident_id, fix, actor=user.username, data_dir=settings.data_dir)
    except OperationError as exc:
        raise refused(exc) from None
    return RedirectResponse(f"/review/{incident_id}?saved=1", status_code=303)


@router.post("/review-bulk", include_in_schema=False)
def review_bulk_form(
    session: SessionDep,
    settings: SettingsDep,
    user: ReviewerUser,
    action: Annotated[str, Form()],
    incident_ids: Annotated[list[int] | None, Form()] = None,
) -> Response:
    if action not in DECISIONS:
        raise HTTPException(status_code=422, detail="use accept or reject")
    try:
        review.bulk(
            session,
            incident_ids or [],
            DECISIONS[action],
            actor=user.username,
            data_dir=settings.data_dir,
        )
    except OperationError as exc:
        raise refused(exc) from None
    return RedirectResponse("/review", status_code=303)


@router.post("/review/{incident_id}/merge", include_in_schema=False)
def review_merge_form(
    incident_id: int, session: SessionDep, user: ReviewerUser, source_id: Annotated[int, Form()]
) -> Response:
    try:
        services.merge_incidents(session, incident_id, source_id, actor=user.username)
    except OperationError as exc:
        raise refused(exc) from None
    return RedirectResponse(f"/review/{incident_id}", status_code=303)


@router.post("/review/{incident_id}/split", include_in_schema=False)
def review_split_form(
    incident_id: int,
    session: SessionDep,
    user: ReviewerUser,
    article_ids: Annotated[list[int] | None, Form()] = None,
) -> Response:
    try:
        services.split_incident(session, incident_id, article_ids or [], actor=user.username)
    except OperationError as exc:
        raise refused(exc) from None
    return RedirectResponse(f"/review/{incident_id}", status_code=303)


def _page(
    request: Request, session: SessionDep, user: ReviewerUser, incident_id: int | None
) -> Response:
    found = services.incident_with_text(session, incident_id) if incident_id else None
    if incident_id is not None and found is None:
        raise HTTPException(status_code=404, detail=f"incident {incident_id} does not exist")
    if incident_id is not None:
        audit.record_read(session, user.username, "incident", incident_id, what="review")
    prev_id, next_id = review.neighbours(session, incident_id) if incident_id else (None, None)
    ctx = {
        "queue": review.queue(session, limit=100),
        "incident": found[0] if found else None,
        "segments": found[1] if found else {},
        "prev_id": prev_id,
        "next_id": next_id,
        "saved": request.query_params.get("saved") == "1",
        "violations": VIOLATION_TYPES,
        "perpetrators": PERPETRATOR_TYPES,
        "victim_groups": VICTIM_GROUPS,
        "sexes": SEXES,
        "ages": AGE_GROUPS,
        "corrections_file": review.CORRECTIONS_FILE,
        "unread": unread.by_language(session),
    }
    return render(request, "review.html", ctx, user=user)
