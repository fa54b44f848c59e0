"""Alert rules and alerts (analysts: a watch-list pattern is a name), and stored articles
(reviewers: they read the text they review)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from ...errors import RightsRadarError
from ...store import alerts as alert_store
from .. import services
from ..deps import AnalystUser, ReviewerUser, SessionDep
from ..schemas import AlertDigestRead, AlertRead, AlertRuleCreate, AlertRuleRead, ArticleRead

router = APIRouter(prefix="/api")
RESPONSES: dict[int | str, dict] = {
    401: {"description": "Not signed in."},
    403: {"description": "Role too low."},
}


@router.get(
    "/alert-rules", response_model=list[AlertRuleRead], tags=["alerts"], responses=RESPONSES
)
def list_rules(session: SessionDep, _user: AnalystUser) -> list[AlertRuleRead]:
    """Every alert rule, oldest first."""
    return [AlertRuleRead.model_validate(r) for r in alert_store.list_rules(session)]


@router.post(
    "/alert-rules",
    response_model=AlertRuleRead,
    status_code=201,
    tags=["alerts"],
    responses={
        **RESPONSES,
        422: {"description": "E401: bad channel, target, risk threshold or a name already taken."},
    },
)
def add_rule(body: AlertRuleCreate, session: SessionDep, user: AnalystUser) -> AlertRuleRead:
    """Add a rule (audited without its pattern)."""
    try:
        rule = alert_store.add_rule(session, **body.model_dump(), actor=user.username)
    except RightsRadarError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return AlertRuleRead.model_validate(rule)


@router.delete(
    "/alert-rules/{rule_id}",
    status_code=204,
    tags=["alerts"],
    responses={**RESPONSES, 404: {"description": "No such rule."}},
)
def remove_rule(rule_id: int, session: SessionDep, user: AnalystUser) -> None:
    """Delete a rule and its alerts (audited)."""
    try:
        alert_store.remove_rule(session, rule_id, actor=user.username)
    except RightsRadarError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None


@router.get("/alerts", response_model=list[AlertRead], tags=["alerts"], responses=RESPONSES)
def list_alerts(
    session: SessionDep,
    _user: AnalystUser,
    status: Annotated[Literal["pending", "sent", "failed"] | None, Query()] = None,
) -> list[AlertRead]:
    """Alerts, optionally of one delivery status."""
    return [AlertRead.model_validate(a) for a in alert_store.list_alerts(session, status=status)]


@router.get(
    "/alert-digests", response_model=list[AlertDigestRead], tags=["alerts"], responses=RESPONSES
)
def list_digests(
    session: SessionDep,
    _user: AnalystUser,
    status: Annotated[Literal["pending", "sent", "failed"] | None, Query()] = None,
) -> list[AlertDigestRead]:
    """Digests of daily-digest rules, optionally of one delivery status."""
    return [AlertDigestRead.model_validate(d)
            for d in alert_store.list_digests(session, status=status)]  # fmt: skip


@router.get(
    "/articles/{article_id}",
    response_model=ArticleRead,
    tags=["articles"],
    responses={**RESPONSES, 404: {"description": "No such article."}},
)
def get_article(article_id: int, session: SessionDep, _user: ReviewerUser) -> ArticleRead:
    """One stored article: source, outlets, text and the evidence of each extracted field."""
    found = services.article_read(session, article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"article {article_id} does not exist")
    return found
