"""Alert repository: rules (audited), one alert per (rule, incident), daily digests, what
is due."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..alert.kinds import CHANNELS, DIGESTS, RULE_KINDS
from ..errors import ConfigError, NotFoundError
from . import audit
from . import models as m


def risk_threshold(pattern: str) -> float:
    """The threshold of a ``risk`` rule: a probability strictly between 0 and 1.

    Raises:
        ConfigError: E401 when the pattern is not such a number.
    """
    try:
        value = float(pattern.strip())
    except ValueError:
        value = float("nan")
    if not 0 < value < 1:  # also refuses nan
        raise ConfigError(
            "E401",
            f"risk threshold '{pattern.strip()}' is not a number between 0 and 1",
            field="pattern",
            hint="pass the probability to alert at, e.g. --pattern 0.6",
        )
    return value


def add_rule(
    session: Session,
    *,
    name: str,
    kind: str,
    pattern: str,
    channel: str = "log",
    target: str | None = None,
    digest: str | None = None,
    actor: str = "cli",
) -> m.AlertRule:
    """Add an alert rule and audit it (the audit keeps the rule id and kind, never the pattern).

    ``digest`` None sends each alert at once; "daily" sends the rule's alerts of a (UTC) day
    together in one message after the day is over.

    Raises:
        ConfigError: E401 for an unknown kind, channel or digest, a webhook without a URL, a
            risk threshold outside (0, 1), or a rule name already taken.
    """
    if kind not in RULE_KINDS:
        raise ConfigError(
            "E401",
            f"unknown rule kind '{kind}'",
            field="kind",
            hint=f"use one of: {', '.join(RULE_KINDS)}",
        )
    if channel not in CHANNELS:
        raise ConfigError(
            "E401",
            f"unknown channel '{channel}'",
            field="channel",
            hint=f"use one of: {', '.join(CHANNELS)}",
        )
    if channel == "webhook" and not (target or "").startswith(("http://", "https://")):
        raise ConfigError(
            "E401",
            "a webhook rule needs an http(s) URL",
            field="target",
            hint="pass --target https://...",
        )
    addresses = [a.strip() for a in (target or "").split(",") if a.strip()]
    if channel == "email" and (not addresses or any("@" not in a or " " in a for a in addresses)):
        raise ConfigError(
            "E401",
            "an e-mail rule needs recipient addresses",
            field="target",
            hint="pass --target officer@example.org[,other@example.org]",
        )
    if digest is not None and digest not in DIGESTS:
        raise ConfigError(
            "E401",
            f"unknown digest '{digest}'",
            field="digest",
            hint="use daily, or leave it out to send each alert at once",
        )
    if not pattern.strip():
        raise ConfigError("E401", "the rule pattern is empty", field="pattern")
    if kind == "risk":
        risk_threshold(pattern)
    if session.scalars(select(m.AlertRule).where(m.AlertRule.name == name)).first():
        raise ConfigError("E401", f"a rule named '{name}' already exists", field="name")
    rule = m.AlertRule(
        name=name,
        kind=kind,
        pattern=pattern.strip(),
        channel=channel,
        target=target,
        enabled=True,
        digest=digest,
    )
    session.add(rule)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="alert_rule.add",
        object_type="alert_rule",
        object_id=rule.id,
        after={"id": rule.id, "kind": kind, "digest": digest},
    )
    return rule


def remove_rule(session: Session, rule_id: int, *, actor: str = "cli") -> None:
    """Delete a rule (and its alerts) and audit it."""
    rule = session.get(m.AlertRule, rule_id)
    if rule is None:
        raise NotFoundError("E401", f"no alert rule with id {rule_id}", field="rule_id")
    before = {"id": rule.id, "kind": rule.kind}
    for alert in session.scalars(select(m.Alert).where(m.Alert.rule_id == rule_id)):
        session.delete(alert)
    session.flush()  # the alerts point at the digests: they go first
    for digest in session.scalars(select(m.AlertDigest).where(m.AlertDigest.rule_id == rule_id)):
        session.delete(digest)
    session.delete(rule)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="alert_rule.remove",
        object_type="alert_rule",
        object_id=rule_id,
        before=before,
    )


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
    session: Session,
    rule_id: int,
    incident_id: int,
    payload: dict[str, Any],
    *,
    created_at: datetime | None = None,
) -> tuple[m.Alert, bool]:
    """The alert of (rule, incident), created pending (at ``created_at``, default now) if
    new. Safe against a concurrent run: the unique constraint decides, and the loser reads
    the winner's row."""
    q = select(m.Alert).where(m.Alert.rule_id == rule_id, m.Alert.incident_id == incident_id)
    existing = session.scalars(q).first()
    if existing is not None:
        return existing, False
    try:
        with session.begin_nested():
            alert = m.Alert(
                rule_id=rule_id,
                incident_id=incident_id,
                payload=payload,
                status="pending",
                attempts=0,
            )
            if created_at is not None:
                alert.created_at = created_at
            session.add(alert)
            session.flush()
        return alert, True
    except IntegrityError:
        return session.scalars(q).one(), False


def due(session: Session, max_attempts: int) -> Sequence[m.Alert]:
    """Alerts to deliver one by one: not sent yet with attempts left (pending, or failed
    before max attempts), of a rule without a digest and not taken into a digest."""
    q = (
        select(m.Alert)
        .join(m.AlertRule, m.AlertRule.id == m.Alert.rule_id)
        .where(
            m.AlertRule.enabled.is_(True),
            m.AlertRule.digest.is_(None),
            m.Alert.digest_id.is_(None),
            or_(m.Alert.status == "pending", m.Alert.status == "failed"),
            m.Alert.attempts < max_attempts,
        )
        .order_by(m.Alert.id)
    )
    return session.scalars(q).all()


def close_digest(
    session: Session, rule_id: int, period: str, end: datetime
) -> m.AlertDigest | None:
    """The digest of ``rule_id`` for ``period`` (which ended at ``end``), created if the rule
    has alerts not yet in any digest that were created before ``end``; None when there is
    neither such a digest nor such alerts.

    The run that creates the digest takes those alerts into it (``digest_id``) in the same
    transaction, so an alert lands in exactly one digest. An alert committed after that
    (one that raced the midnight) stays free and goes into the rule's next digest. Safe
    against a concurrent run: the unique (rule, period) decides, and the loser takes nothing.
    """
    q = select(m.AlertDigest).where(
        m.AlertDigest.rule_id == rule_id, m.AlertDigest.period == period
    )
    existing = session.scalars(q).first()
    if existing is not None:
        return existing
    free = (
        m.Alert.rule_id == rule_id,
        m.Alert.digest_id.is_(None),
        m.Alert.status != "sent",
        m.Alert.created_at < end,
    )
    if session.scalars(select(m.Alert.id).where(*free).limit(1)).first() is None:
        return None
    try:
        with session.begin_nested():
            digest = m.AlertDigest(rule_id=rule_id, period=period, status="pending", attempts=0)
            session.add(digest)
            session.flush()
    except IntegrityError:
        return session.scalars(q).one()
    session.execute(
        update(m.Alert)
        .where(*free)
        .values(digest_id=digest.id)
        .execution_options(synchronize_session=False)
    )
    return digest


def due_digests(session: Session, max_attempts: int) -> Sequence[m.AlertDigest]:
    """Digests not sent yet with attempts left, oldest first."""
    q = (
        select(m.AlertDigest)
        .join(m.AlertRule, m.AlertRule.id == m.AlertDigest.rule_id)
        .where(
            m.AlertRule.enabled.is_(True),
            or_(m.AlertDigest.status == "pending", m.AlertDigest.status == "failed"),
            m.AlertDigest.attempts < max_attempts,
        )
        .order_by(m.AlertDigest.id)
    )
    return session.scalars(q).all()


def digest_alerts(session: Session, digest_id: int) -> Sequence[m.Alert]:
    """The alerts a digest carries, oldest first."""
    q = select(m.Alert).where(m.Alert.digest_id == digest_id).order_by(m.Alert.id)
    return session.scalars(q).all()


def list_digests(session: Session, *, status: str | None = None) -> Sequence[m.AlertDigest]:
    q = select(m.AlertDigest).order_by(m.AlertDigest.id)
    if status:
        q = q.where(m.AlertDigest.status == status)
    return session.scalars(q).all()


def digest_sizes(session: Session) -> dict[int, int]:
    """How many alerts each digest carries, by digest id."""
    from sqlalchemy import func

    q = (select(m.Alert.digest_id, func.count()).where(m.Alert.digest_id.is_not(None))
         .group_by(m.Alert.digest_id))  # fmt: skip
    return {did: n for did, n in session.execute(q) if did is not None}


def count_by_status(session: Session) -> dict[str, int]:
    from sqlalchemy import func

    return {
        s: n
        for s, n in session.execute(select(m.Alert.status, func.count()).group_by(m.Alert.status))
    }
