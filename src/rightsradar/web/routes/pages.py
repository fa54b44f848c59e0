"""HTML pages: the public figures, the analysts' dashboard and incident pages."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ...domain.taxonomy import (
    INCIDENT_STATUSES,
    PERPETRATOR_TYPES,
    SEVERITY_ORDER,
    VICTIM_GROUPS,
    VIOLATION_TYPES,
    IncidentStatus,
)
from ...store import audit, queries
from .. import listing, services, unread
from ..deps import AnalystUser, OptionalUser, ReviewerUser, SessionDep, SettingsDep, public
from ..schemas import IncidentQuery
from ..templating import render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse, dependencies=[Depends(public)])
def index(
    request: Request, session: SessionDep, settings: SettingsDep, user: OptionalUser
) -> Response:
    """Public figures: disclosure-controlled counts, no names, nothing finer than a country."""
    stats = services.public_stats(
        session, settings.public_min_cell, dp=services.public_dp(settings, request.app.state.store)
    )
    shown = [c.count for c in stats.by_violation if c.count is not None]
    ctx = {"stats": stats, "max_violation": max(shown, default=0)}
    return render(request, "index.html", ctx, user=user)


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(
    request: Request, session: SessionDep, user: ReviewerUser, q: Annotated[IncidentQuery, Query()]
) -> Response:
    """Map, timeline and the filtered incident list."""
    page = listing.incident_list(session, q)
    filters = q.model_dump(exclude={"limit", "offset"}, exclude_none=True, mode="json")
    query = urlencode(filters)

    def page_link(offset: int) -> str:
        return "/dashboard?" + urlencode({**filters, "limit": q.limit, "offset": offset})

    ctx = {
        "page": page,
        "q": q,
        "filter_query": query,
        "prev_link": page_link(max(q.offset - q.limit, 0)) if q.offset > 0 else None,
        "next_link": page_link(q.offset + q.limit) if q.offset + q.limit < page.total else None,
        "places": (places := queries.places(session)),
        "regions": sorted(r for r in places.get(q.country or "", {}) if r),
        "cities": sorted(
            {
                c
                for r, cs in places.get(q.country or "", {}).items()
                if not q.region or r == q.region
                for c in cs
            }
        ),
        "perpetrators": PERPETRATOR_TYPES,
        "violations": VIOLATION_TYPES,
        "victim_groups": VICTIM_GROUPS,
        "statuses": INCIDENT_STATUSES,
        "severity": (*SEVERITY_ORDER, "unknown"),
        # Reports no incident can come from until a person reads them (language -> count).
        "unread": unread.by_language(session),
    }
    return render(request, "dashboard.html", ctx, user=user)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident(
    request: Request, incident_id: int, session: SessionDep, user: ReviewerUser
) -> Response:
    """One incident: status, sources, victims, claims, and evidence highlighted in context."""
    found = services.incident_with_text(session, incident_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"incident {incident_id} does not exist")
    audit.record_read(session, user.username, "incident", incident_id, what="page")
    ctx = {
        "incident": found[0],
        "segments": found[1],
        "statuses": INCIDENT_STATUSES,
        "history": services.incident_operations(session, incident_id),
    }
    return render(request, "incident.html", ctx, user=user)


@router.post("/incidents/{incident_id}/status")
def incident_status(
    incident_id: int,
    session: SessionDep,
    user: ReviewerUser,
    status: Annotated[IncidentStatus, Form()],
) -> Response:
    """The status form of the incident page (audited)."""
    if services.set_status(session, incident_id, status, actor=user.username) is None:
        raise HTTPException(status_code=404, detail=f"incident {incident_id} does not exist")
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.get("/persons/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: int, session: SessionDep, user: AnalystUser) -> Response:
    """One person's case history: every incident they were named in, oldest first, with
    why each report was linked to them. Personal data: analysts only."""
    history = services.person_history(session, person_id, with_risk=True)
    if history is None:
        raise HTTPException(status_code=404, detail=f"person {person_id} does not exist")
    audit.record_read(session, user.username, "person", person_id, what="page")
    return render(request, "person.html", {"person": history}, user=user)


@router.get("/api/docs", response_class=HTMLResponse, dependencies=[Depends(public)])
def api_docs(request: Request, user: OptionalUser) -> Response:
    """The HTTP API reference, drawn from the OpenAPI schema on this server (the stock
    interactive pages load their scripts from a CDN)."""
    return render(request, "apidocs.html", {"ops": services.api_operations(request.app)}, user=user)
