"""The JSON API. Analyst routes need a signed-in analyst; ``/api/public/*`` is for anyone."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from ...resolve.operations import OperationError
from ...store import Store, audit, queries
from .. import listing, services
from ..deps import (
    AnalystUser,
    ReviewerPrincipal,
    ReviewerUser,
    SessionDep,
    SettingsDep,
    ViewerUser,
    public,
    refused,
)
from ..schemas import (
    IncidentDetail,
    IncidentFilters,
    IncidentList,
    IncidentQuery,
    IncidentRead,
    IncidentStats,
    MapPoints,
    MergeRequest,
    OperationRead,
    OperationResult,
    OrganisationHistory,
    PersonHistory,
    PublicStats,
    SplitRequest,
    StatusChange,
)

router = APIRouter(prefix="/api")
AUTH_RESPONSES: dict[int | str, dict] = {
    401: {"description": "Not signed in (no session cookie and no valid bearer token)."},
    403: {"description": "Signed in with a role below the one the route needs."},
}


@router.get("/incidents", response_model=IncidentList, tags=["incidents"], responses=AUTH_RESPONSES)
async def list_incidents(
    request: Request, _user: ReviewerPrincipal, q: Annotated[IncidentQuery, Query()]
) -> Response:
    """Incidents matching the filters, newest event first, one page at a time."""
    # The busiest route: a page kept for the generation the sign-in was judged at is sent
    # from the event loop, and a page not kept is read there too when that is sure to be
    # quick (its filter's total already counted, not deep, a pooled connection free: the
    # few milliseconds of one indexed, LIMITed query); anything else is read in a worker
    # thread. Under load each GIL hand-off of a threaded read waits behind the busy loop
    # (a 5 ms switch interval each): with 50 clients on 1M incidents, threaded reads gave
    # p99 about 200 ms on SQLite and 420 ms on PostgreSQL, reads on the loop about 130 and
    # 170 (benchmarks/web_api_speed.py, medians of 4 to 9 runs). Serialised once by the
    # service and returned as it is (the response model documents it).
    store, generation = request.app.state.store, request.state.data_generation
    db = str(store.engine.url)
    body = listing.kept_incident_list_json(db, generation, q, audience="reviewer")
    if body is None:
        if listing.cheap_to_read_now(db, q, store.engine.pool):
            body = _incident_list_json(store, q, generation)
        else:
            body = await run_in_threadpool(_incident_list_json, store, q, generation)
    return Response(body, media_type="application/json")


def _incident_list_json(store: Store, q: IncidentQuery, generation: int) -> bytes:
    with store.session() as session:
        return listing.incident_list_json(session, q, audience="reviewer", generation=generation)


@router.get("/map", response_model=MapPoints, tags=["incidents"], responses=AUTH_RESPONSES)
def map_points(
    session: SessionDep, _user: ReviewerUser, q: Annotated[IncidentFilters, Query()]
) -> MapPoints:
    """Located incidents matching the filters, compact, for the clustered map."""
    return services.map_points(session, q)


@router.get(
    "/places",
    response_model=dict[str, dict[str, list[str]]],
    tags=["incidents"],
    responses=AUTH_RESPONSES,
)
def places(session: SessionDep, _user: ReviewerUser) -> dict[str, dict[str, list[str]]]:
    """Country -> region -> cities that have incidents (region "" holds cities without one)."""
    return queries.places(session)


@router.get(
    "/incidents/{incident_id}",
    response_model=IncidentDetail,
    tags=["incidents"],
    responses={**AUTH_RESPONSES, 404: {"description": "No such incident."}},
)
def get_incident(incident_id: int, session: SessionDep, user: ReviewerUser) -> IncidentDetail:
    """One incident with its source articles, the evidence of each field, victims and claims."""
    detail = services.incident_detail(session, incident_id)
    if detail is None:
        raise HTTPException(status_code=404, detail=f"incident {incident_id} does not exist")
    audit.record_read(session, user.username, "incident", incident_id, what="api_detail")
    return detail


@router.post(
    "/incidents/{incident_id}/status",
    response_model=IncidentRead,
    tags=["incidents"],
    responses={**AUTH_RESPONSES, 404: {"description": "No such incident."}},
)
def set_status(
    incident_id: int, change: StatusChange, session: SessionDep, user: ReviewerUser
) -> IncidentRead:
    """Verify, reject or reopen an incident (audited). With a session cookie, send the
    page's CSRF token in the ``X-CSRF-Token`` header."""
    updated = services.set_status(session, incident_id, change.status, actor=user.username)
    if updated is None:
        raise HTTPException(status_code=404, detail=f"incident {incident_id} does not exist")
    return updated


OPERATION_RESPONSES: dict[int | str, dict] = {
    **AUTH_RESPONSES,
    404: {"description": "No such incident or operation."},
    409: {"description": "The incidents changed since; undo the later operations first."},
    422: {"description": "The request cannot be done (e.g. a split taking every article)."},
}


@router.post(
    "/incidents/{incident_id}/merge",
    response_model=OperationResult,
    tags=["operations"],
    responses=OPERATION_RESPONSES,
)
def merge_incidents(
    incident_id: int, body: MergeRequest, session: SessionDep, user: ReviewerUser
) -> OperationResult:
    """Merge ``source_id`` into this incident (audited, undoable). With a session cookie,
    send the CSRF token in the ``X-CSRF-Token`` header."""
    try:
        return services.merge_incidents(session, incident_id, body.source_id, actor=user.username)
    except OperationError as exc:
        raise refused(exc) from None


@router.post(
    "/incidents/{incident_id}/split",
    response_model=OperationResult,
    tags=["operations"],
    responses=OPERATION_RESPONSES,
)
def split_incident(
    incident_id: int, body: SplitRequest, session: SessionDep, user: ReviewerUser
) -> OperationResult:
    """Move articles out into a new incident (audited, undoable)."""
    try:
        return services.split_incident(session, incident_id, body.article_ids, actor=user.username)
    except OperationError as exc:
        raise refused(exc) from None


@router.get(
    "/incidents/{incident_id}/operations",
    response_model=list[OperationRead],
    tags=["operations"],
    responses=AUTH_RESPONSES,
)
def incident_operations(
    incident_id: int, session: SessionDep, _user: ReviewerUser
) -> list[OperationRead]:
    """The audited operations that touched this incident, oldest first."""
    return services.incident_operations(session, incident_id)


@router.post(
    "/operations/{audit_id}/undo",
    response_model=OperationResult,
    tags=["operations"],
    responses=OPERATION_RESPONSES,
)
def undo_operation(audit_id: int, session: SessionDep, user: ReviewerUser) -> OperationResult:
    """Restore the exact state before an operation (itself audited and undoable)."""
    try:
        return services.undo_operation(session, audit_id, actor=user.username)
    except OperationError as exc:
        raise refused(exc) from None


@router.get(
    "/persons/{person_id}",
    response_model=PersonHistory,
    tags=["persons"],
    responses={**AUTH_RESPONSES, 404: {"description": "No such person."}},
)
def person_history(person_id: int, session: SessionDep, user: AnalystUser) -> PersonHistory:
    """The case history of one person with the evidence of each link (personal data)."""
    history = services.person_history(session, person_id, with_risk=True)
    if history is None:
        raise HTTPException(status_code=404, detail=f"person {person_id} does not exist")
    audit.record_read(session, user.username, "person", person_id, what="api_case_history")
    return history


@router.get(
    "/organisations/history",
    response_model=OrganisationHistory,
    tags=["persons"],
    responses=AUTH_RESPONSES,
)
def organisation_history(
    session: SessionDep,
    user: AnalystUser,
    name: Annotated[str, Query(min_length=3, max_length=255)],
) -> OrganisationHistory:
    """Every incident whose victims' reports name the organisation, oldest first."""
    # Audited without the searched name: the name itself is what must not be logged.
    audit.record_read(session, user.username, "organisation", None, what="api_history")
    return services.organisation_history(session, name)


@router.get("/stats", response_model=IncidentStats, tags=["statistics"], responses=AUTH_RESPONSES)
def stats(
    session: SessionDep, _user: ViewerUser, q: Annotated[IncidentFilters, Query()]
) -> IncidentStats:
    """Incident counts by most serious violation, country, status, month and victim group."""
    return services.analyst_stats(session, q)


@router.get(
    "/public/stats",
    response_model=PublicStats,
    tags=["public"],
    dependencies=[Depends(public)],
)
def public_stats(request: Request, session: SessionDep, settings: SettingsDep) -> PublicStats:
    """Aggregates for anyone: counts only, cells below the minimum cell size suppressed."""
    return services.public_stats(
        session, settings.public_min_cell, dp=services.public_dp(settings, request.app.state.store)
    )
