"""Alert repository: rules (audited), one alert per (rule, incident), what is due."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import ConfigError, NotFoundError
from . import audit
from . import models as m

RULE_KINDS = ("watchlist", "country", "violation", "victim_group", "surge")
CHANNELS = ("webhook", "email", "log")


def add_rule(
    session: Session,
    *,
    name: str,
    kind: str,
    pattern: str,
    channel: str = "log",
    target: str | None = None,
    actor: str = "cli",
) -> m.AlertRule:
    """Add an alert rule and audit it (the audit keeps the rule id and kind, never the pattern).

    Raises:
        ConfigError: E401 for an unknown kind or channel, a webhook without a URL, or a
            rule name already taken.
    """
    if kind not in RULE_KINDS:
        raise ConfigError("E401", f"unknown rule kind '{kind}'", field="kind",
                          hint=f"use one of: {', '.join(RULE_KINDS)}")
    if channel not in CHANNELS:
        raise ConfigError("E401", f"unknown channel '{channel}'", field="channel",
                          hint=f"use one of: {', '.join(CHANNELS)}")
    if channel == "webhook" and not (target or "").startswith(("http://", "https://")):
        raise ConfigError("E401", "a webhook rule needs an http(s) URL", field="target",
                          hint="pass --target https://...")
    addresses = [a.strip() for a in (target or "").split(",") if a.strip()]
    if channel == "email" and (not addresses or any("@" not in a or " " in a for a in addresses)):
        raise ConfigError("E401", "an e-mail rule needs recipient addresses", field="target",
                          hint="pass --target officer@example.org[,other@example.org]")
    if not pattern.strip():
        raise ConfigError("E401", "the rule pattern is empty", field="pattern")
    if session.scalars(select(m.AlertRule).where(m.AlertRule.name == name)).first():
        raise ConfigError("E401", f"a rule named '{name}' already exists", field="name")
    rule = m.AlertRule(name=name, kind=kind, pattern=pattern.strip(), channel=channel,
                       target=target, enabled=True)
    session.add(rule)
    session.flush()
    audit.record(session, actor=actor, action="alert_rule.add", object_type="alert_rule",
                 object_id=rule.id, after={"id": rule.id, "kind": kind})
    return rule


def remove_rule(session: Session, rule_id: int, *, actor: str = "cli") -> None:
    """Delete a rule (and its alerts) and audit it."""
    rule = session.get(m.AlertRule, rule_id)
    if rule is None:
        raise NotFoundError("E401", f"no alert rule with id {rule_id}", field="rule_id")
    before = {"id": rule.id, "kind": rule.kind}
    for alert in session.scalars(select(m.Alert).where(m.Alert.rule_id == rule_id)):
        session.delete(alert)
    session.delete(rule)
    session.flush()
    audit.record(session, actor=actor, action="alert_rule.remove", object_type="alert_rule",
                 object_id=rule_id, before=before)


def list_rules(session: Session, *, enabled_only: bool = False) -> Sequence[m.AlertRule]:
    q = select(m.AlertRule).order_by(m.AlertRule.id)
    if enabled_only:
        q = q.where(m.AlertRule.enabled.is_(True))
    return session.scalars(q).all()


def list_alerts(session: Session, *, status: str | None = None) -> Sequence[m.Alert]:
    q = select(m.Alert).order_by(m.Alert.id)
    if status:
        q = q.where(m.Alert.status == status)
    return session.scalars(q).all()


def get_or_create(
    session: Session, rule_id: int, incident_id: int, payload: dict[str, Any]
) -> tuple[m.Alert, bool]:
    """The alert of (rule, incident), created pending if new. Safe against a concurrent run:
    the unique constraint decides, and the loser reads the winner's row."""
    q = select(m.Alert).where(m.Alert.rule_id == rule_id, m.Alert.incident_id == incident_id)
    existing = session.scalars(q).first()
    if existing is not None:
        return existing, False
    try:
        with session.begin_nested():
            alert = m.Alert(rule_id=rule_id, incident_id=incident_id, payload=payload,
                            status="pending", attempts=0)
            session.add(alert)
            session.flush()
        return alert, True
    except IntegrityError:
        return session.scalars(q).one(), False


def due(session: Session, max_attempts: int) -> Sequence[m.Alert]:
    """Alerts not sent yet with attempts left (pending, or failed before max attempts)."""
    q = (
        select(m.Alert)
        .join(m.AlertRule, m.AlertRule.id == m.Alert.rule_id)
        .where(
            m.AlertRule.enabled.is_(True),
            or_(m.Alert.status == "pending", m.Alert.status == "failed"),
            m.Alert.attempts < max_attempts,
        )
        .order_by(m.Alert.id)
    )
    return session.scalars(q).all()


def count_by_status(session: Session) -> dict[str, int]:
    from sqlalchemy import func

    return {s: n for s, n in session.execute(
        select(m.Alert.status, func.count()).group_by(m.Alert.status))}
