"""The JSON API. Analyst routes need a signed-in analyst; ``/api/public/*`` is for anyone."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query

from .. import services
from ..deps import AnalystUser, SessionDep, SettingsDep, public
from ..schemas import (
    IncidentDetail,
    IncidentFilters,
    IncidentList,
    IncidentQuery,
    IncidentRead,
    IncidentStats,
    PublicStats,
    StatusChange,
)

router = APIRouter(prefix="/api")
AUTH_RESPONSES: dict[int | str, dict] = {
    401: {"description": "Not signed in."},
    403: {"description": "Signed in without the analyst role."},
}


@router.get(
    "/incidents", response_model=IncidentList, tags=["incidents"], responses=AUTH_RESPONSES
)
def list_incidents(
    session: SessionDep, _user: AnalystUser, q: Annotated[IncidentQuery, Query()]
) -> IncidentList:
    """Incidents matching the filters, newest event first, one page at a time."""
    return services.incident_list(session, q)


@router.get(
    "/incidents/{incident_id}",
    response_model=IncidentDetail,
    tags=["incidents"],
    responses={**AUTH_RESPONSES, 404: {"description": "No such incident."}},
)
def get_incident(incident_id: int, session: SessionDep, _user: AnalystUser) -> IncidentDetail:
    """One incident with its source articles, the evidence of each field, victims and claims."""
    detail = services.incident_detail(session, incident_id)
    if detail is None:
        raise HTTPException(status_code=404, detail=f"incident {incident_id} does not exist")
    return detail


@router.post(
    "/incidents/{incident_id}/status",
    response_model=IncidentRead,
    tags=["incidents"],
    responses={**AUTH_RESPONSES, 404: {"description": "No such incident."}},
)
def set_status(
    incident_id: int, change: StatusChange, session: SessionDep, user: AnalystUser
) -> IncidentRead:
    """Verify, reject or reopen an incident (audited). With a session cookie, send the
    page's CSRF token in the ``X-CSRF-Token`` header."""
    updated = services.set_status(session, incident_id, change.status, actor=user.username)
    if updated is None:
        raise HTTPException(status_code=404, detail=f"incident {incident_id} does not exist")
    return updated


@router.get("/stats", response_model=IncidentStats, tags=["statistics"], responses=AUTH_RESPONSES)
def stats(
    session: SessionDep, _user: AnalystUser, q: Annotated[IncidentFilters, Query()]
) -> IncidentStats:
    """Incident counts by most serious violation, country, status, month and victim group."""
    return services.analyst_stats(session, q)


@router.get(
    "/public/stats",
    response_model=PublicStats,
    tags=["public"],
    dependencies=[Depends(public)],
)
def public_stats(session: SessionDep, settings: SettingsDep) -> PublicStats:
    """Aggregates for anyone: counts only, cells below the minimum cell size suppressed."""
    return services.public_stats(session, settings.public_min_cell)
