"""Exports: incidents as CSV, GeoJSON and HXL-tagged CSV for staff (never a name; redacted
titles and victim pseudonyms for analysts and above), and the disclosure-controlled public
table for anyone."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from ...store import audit
from .. import exports, listing
from ..deps import ROLE_RANK, ReviewerUser, SessionDep, SettingsDep, public
from ..schemas import IncidentFilters

router = APIRouter(prefix="/api")
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "hxl": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
}
SUFFIX = {"csv": "csv", "hxl": "hxl.csv", "geojson": "geojson"}


def _download(body: str, fmt: str, stem: str) -> Response:
    return Response(
        body,
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{stem}.{SUFFIX[fmt]}"'},
    )


@router.get(
    "/export/incidents.{fmt}",
    tags=["exports"],
    response_class=Response,
    responses={
        200: {
            "content": {"text/csv": {}, "application/geo+json": {}},
            "description": "The file: one row (feature) per incident, no names.",
        },
        401: {"description": "Not signed in."},
        403: {"description": "Needs the reviewer role."},
    },
)
def export_incidents(
    fmt: Literal["csv", "hxl", "geojson"],
    session: SessionDep,
    settings: SettingsDep,
    user: ReviewerUser,
    q: Annotated[IncidentFilters, Query()],
) -> Response:
    """Incidents matching the filters as ``csv``, ``hxl`` (CSV with HXL hashtags under the
    header) or ``geojson`` (located incidents only).

    Every role gets the structured fields (date, place, violations, perpetrator type,
    victim groups and counts, status, sources). The analyst role and above also get
    ``title``, redacted (victims' names and aliases replaced by their ``[P-…]`` pseudonyms,
    e-mail addresses, phone numbers, URLs and other identifiers by ``[EMAIL_ADDRESS]``…),
    and ``victim_pseudonyms`` (HXL ``#affected+code``): one keyed pseudonym per victim,
    ``; ``-separated, the same token as in the title. No export carries a name. Each
    export is audited (role, format, filters and row count)."""
    analyst = ROLE_RANK[user.role] >= ROLE_RANK["analyst"]
    key = exports.pseudonym_key(settings) if analyst else None
    rows = exports.incident_rows(session, listing.to_filter(q), analyst=analyst, key=key)
    audit.record(session, actor=user.username, action="export.incidents",
                 object_type="incidents", object_id=None,
                 after={"format": fmt, "rows": len(rows), "analyst_columns": analyst,
                        "filters": q.model_dump(mode="json", exclude_none=True)})  # fmt: skip
    if fmt == "geojson":
        return _download(exports.geojson_text(rows), fmt, "incidents")
    return _download(
        exports.to_csv(rows, exports.columns(analyst), hxl=fmt == "hxl"), fmt, "incidents"
    )


@router.get(
    "/public/export/incidents.{fmt}",
    tags=["public"],
    response_class=Response,
    dependencies=[Depends(public)],
    responses={200: {"content": {"text/csv": {}}, "description": "The table."}},
)
def export_public(
    fmt: Literal["csv", "hxl"], session: SessionDep, settings: SettingsDep
) -> Response:
    """Incidents by country and most serious violation for anyone: counts only, cells below
    the minimum cell size hidden ("<k"), and a second cell of a row or column hidden
    ("suppressed") where one alone could be worked out from the totals."""
    rows = exports.public_rows(session, settings.public_min_cell)
    return _download(
        exports.to_csv(rows, exports.PUBLIC_COLUMNS, hxl=fmt == "hxl"),
        fmt,
        "incidents-by-country-public",
    )
