"""fire_alerts: match enabled rules against incidents, deliver each (rule, incident) once.

Exactly once: an Alert row per (rule, incident) is created under the unique constraint;
a ``sent`` alert is never delivered again. Delivery retries with exponential backoff
(``alert_backoff_s * 2**(n-1)``) up to ``alert_max_attempts`` attempts in all, counted
across runs; an alert that ran out of attempts stays ``failed`` with its last error.
When one target has failed an alert completely in a run, its other alerts wait for the
next run (untouched) instead of each spending its attempts on a dead endpoint.

Daily digests: the alerts of a rule with ``digest="daily"`` are created as any other but
not sent one by one. The first run after a UTC day is over creates that day's digest for
the rule, takes into it every alert of the rule not yet in a digest and created before the
day ended, and delivers it as one message, with the same attempts, backoff and
exactly-once record (on the digest); once it is sent its alerts are marked sent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from ..analyze.person_risk import RiskScorer
from ..settings import Settings
from ..store import Store
from ..store import alerts as alert_store
from ..store import incidents as incident_store
from ..store import models as m
from ..store.models import utcnow
from . import channels as channel_mod
from .rules import IncidentView, matches
from .surges import matching, surge_alarms


@dataclass
class AlertReport:
    """What one run did."""

    n_matched: int = 0  # new (rule, incident) alerts created
    n_sent: int = 0  # alerts delivered on their own
    n_failed: int = 0  # out of attempts: kept with its last error, not tried again
    n_deferred: int = 0  # skipped: their target already failed this run
    alert_ids: list[int] = field(default_factory=list)
    n_digests_sent: int = 0
    n_digests_failed: int = 0
    digest_ids: list[int] = field(default_factory=list)
    risk_model_s: float = 0.0  # fitting the risk model (0 without risk rules)


def payload_for(rule: m.AlertRule, inc: m.Incident) -> dict[str, Any]:
    """The alert message: no names, no title, no text (see ``channels``)."""
    return {
        "incident_id": inc.id,
        "rule_id": rule.id,
        "rule_kind": rule.kind,
        "status": inc.status,
        "country": inc.country,
        "region": inc.region,
        "violation_types": list(inc.violation_types or []),
        "most_serious": inc.most_serious,
        "victim_groups": list(inc.victim_groups or []),
        "event_date": inc.event_date.isoformat() if inc.event_date else None,
        "n_sources": inc.n_sources,
    }


def fire_alerts(
    store: Store,
    settings: Settings,
    *,
    incident_ids: Iterable[int] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    now: datetime | None = None,
) -> AlertReport:
    """Match rules against ``incident_ids`` (all incidents when None), close the digests of
    days that are over, then deliver every due alert and digest, including ones left failed
    or pending by earlier runs.

    Args:
        store: the store.
        settings: channel timeouts, attempts and backoff; ``data_dir`` for the log file.
        incident_ids: incidents to match (those a resolve run touched).
        sleep: how to wait between attempts (tests pass a no-op).
        now: the time of this run, naive UTC (tests move it across midnight); the clock
            when None. Alerts are created, and stamped sent, at this time.
    """
    clock: Callable[[], datetime] = (lambda: now) if now is not None else utcnow
    report = AlertReport()
    with store.session() as s:
        rules = alert_store.list_rules(s, enabled_only=True)
        surge_rules = [r for r in rules if r.kind == "surge"]
        # A surge is judged over all stored incidents, not only this run's; once per run.
        alarms = surge_alarms(s, today=clock().date()) if surge_rules else {}
        for rule in surge_rules:
            for inc, facts in matching(alarms, rule.pattern):
                _, created = alert_store.get_or_create(
                    s, rule.id, inc.id, {**payload_for(rule, inc), **facts}, created_at=clock()
                )
                report.n_matched += created
        risk_rules = [(r, alert_store.risk_threshold(r.pattern)) for r in rules
                      if r.kind == "risk"]  # fmt: skip
        rules = [r for r in rules if r.kind not in ("surge", "risk")]
        if rules or risk_rules:
            incidents = [inc for inc in incident_store.list_incidents(
                s, ids=None if incident_ids is None else list(incident_ids))
                if inc.status != "rejected"]  # fmt: skip
            risks = {}
            if risk_rules and incidents:
                # One fit per run, on the history as stored after this run's resolve.
                started = time.perf_counter()
                scorer = RiskScorer.fit(s, today=clock().date())
                risks = scorer.score_incidents(incidents, today=clock().date())
                report.risk_model_s = time.perf_counter() - started
            need_text = any(r.kind == "watchlist" for r in rules)
            for inc in incidents:
                matched: list[tuple[m.AlertRule, dict[str, Any]]] = []
                if rules:
                    view = _view(s, inc, need_text=need_text)
                    matched = [(r, {}) for r in rules if matches(r.kind, r.pattern, view)]
                risk = risks.get(inc.id)
                if risk is not None:
                    facts = {"risk": round(risk.score, 3), "risk_reasons": list(risk.reasons)}
                    matched += [(r, facts) for r, th in risk_rules if risk.score >= th]
                for rule, facts in matched:
                    _, created = alert_store.get_or_create(
                        s, rule.id, inc.id, {**payload_for(rule, inc), **facts},
                        created_at=clock())  # fmt: skip
                    report.n_matched += created
        _close_digests(s, [r for r in alert_store.list_rules(s, enabled_only=True)
                           if r.digest], clock())  # fmt: skip
        due_ids = [a.id for a in alert_store.due(s, settings.alert_max_attempts)]
        digest_ids = [d.id for d in alert_store.due_digests(s, settings.alert_max_attempts)]
    _deliver(store, settings, due_ids, digest_ids, report, sleep, clock)
    return report


def period_of(when: datetime, digest: str) -> tuple[str, datetime]:
    """The period of a ``digest`` kind that ``when`` falls in, and when it ends."""
    if digest != "daily":
        raise ValueError(f"unknown digest '{digest}'")
    start = datetime(when.year, when.month, when.day)
    return start.date().isoformat(), start + timedelta(days=1)


def _close_digests(s: Session, rules: Iterable[m.AlertRule], now: datetime) -> None:
    """Create the digest of the period that ended last for every digest rule with alerts
    waiting from before its end. An alert arriving after its day's digest was created
    waits for the next one."""
    for rule in rules:
        assert rule.digest is not None
        period, end = period_of(now - timedelta(days=1), rule.digest)
        alert_store.close_digest(s, rule.id, period, end)


def _view(s: Session, inc: m.Incident, *, need_text: bool) -> IncidentView:
    names = tuple(
        vm.name for _, vm in incident_store.mentions(s, [inc.id], independent_only=False) if vm.name
    )
    texts: tuple[str, ...] = ()
    if need_text:
        texts = tuple(f"{a.title}\n{a.text or ''}" for a in inc.articles)
    return IncidentView(
        id=inc.id,
        country=inc.country,
        violation_types=tuple(inc.violation_types or ()),
        victim_groups=tuple(inc.victim_groups or ()),
        names=names,
        texts=texts,
    )


def _deliver(store: Store, settings: Settings, alert_ids: list[int], digest_ids: list[int],
             report: AlertReport, sleep: Callable[[float], None],
             clock: Callable[[], datetime]) -> None:  # fmt: skip
    channels: dict[str, Any] = {}
    dead_targets: set[tuple[str, str | None]] = set()

    def channel_for(rule: m.AlertRule) -> Any:
        if rule.channel not in channels:
            channels[rule.channel] = channel_mod.create(rule.channel, settings)
        return channels[rule.channel]

    try:
        for aid in alert_ids:
            # One transaction per alert: an attempt, once made, is recorded even if a
            # later alert's delivery crashes the run.
            with store.session() as s:
                alert = s.get(m.Alert, aid)
                if alert is None or alert.status == "sent" or alert.digest_id is not None:
                    continue
                rule = alert.rule
                key = (rule.channel, rule.target)
                if key in dead_targets:
                    report.n_deferred += 1
                    continue
                payload = {**alert.payload, "alert_id": alert.id}
                _attempt(alert, payload, channel_for(rule), rule.target, settings, sleep, clock)
                report.alert_ids.append(aid)
                if alert.status == "sent":
                    report.n_sent += 1
                else:
                    dead_targets.add(key)
                    report.n_failed += 1
        for did in digest_ids:
            with store.session() as s:
                digest = s.get(m.AlertDigest, did)
                if digest is None or digest.status == "sent":
                    continue
                rule = digest.rule
                key = (rule.channel, rule.target)
                if key in dead_targets:
                    report.n_deferred += 1
                    continue
                alerts = alert_store.digest_alerts(s, did)
                _attempt(digest, digest_payload(rule, digest, alerts), channel_for(rule),
                         rule.target, settings, sleep, clock)  # fmt: skip
                report.digest_ids.append(did)
                if digest.status == "sent":
                    for alert in alerts:
                        alert.status, alert.sent_at, alert.last_error = "sent", digest.sent_at, None
                    report.n_digests_sent += 1
                else:
                    dead_targets.add(key)
                    report.n_digests_failed += 1
                    if digest.attempts >= settings.alert_max_attempts:
                        # Out of attempts: its alerts show as failed (with the reason), not
                        # as pending forever in a digest nobody will send again.
                        for alert in alerts:
                            alert.status, alert.last_error = "failed", digest.last_error
    finally:
        for ch in channels.values():
            ch.close()


def digest_payload(rule: m.AlertRule, digest: m.AlertDigest, alerts: Iterable[m.Alert]
                   ) -> dict[str, Any]:  # fmt: skip
    """One digest message: the payloads of its alerts (no names, as ``payload_for``)."""
    items = [
        {**a.payload, "alert_id": a.id, "created_at": a.created_at.isoformat(timespec="seconds")}
        for a in alerts
    ]
    return {"digest_id": digest.id, "rule_id": rule.id, "rule_kind": rule.kind,
            "digest": rule.digest, "period": digest.period, "n_alerts": len(items),
            "alerts": items}  # fmt: skip


def _attempt(record: m.Alert | m.AlertDigest, payload: dict[str, Any], channel: Any,
             target: str | None, settings: Settings, sleep: Callable[[float], None],
             clock: Callable[[], datetime]) -> None:  # fmt: skip
    """Try until sent or out of attempts, backing off exponentially between tries; the
    attempts and outcome are recorded on ``record`` (an alert or a digest)."""
    tries = 0
    while record.attempts < settings.alert_max_attempts:
        if tries:
            sleep(settings.alert_backoff_s * 2 ** (tries - 1))
        tries += 1
        record.attempts += 1
        try:
            channel.send({**payload, "at": clock().isoformat(timespec="seconds")}, target=target)
        except channel_mod.DeliveryError as exc:
            record.status, record.last_error = "failed", str(exc)[:1000]
            continue
        record.status, record.sent_at, record.last_error = "sent", clock(), None
        return
