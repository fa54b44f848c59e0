"""fire_alerts: match enabled rules against incidents, deliver each (rule, incident) once.

Exactly once: an Alert row per (rule, incident) is created under the unique constraint;
a ``sent`` alert is never delivered again. Delivery retries with exponential backoff
(``alert_backoff_s * 2**(n-1)``) up to ``alert_max_attempts`` attempts in all, counted
across runs; an alert that ran out of attempts stays ``failed`` with its last error.
When one target has failed an alert completely in a run, its other alerts wait for the
next run (untouched) instead of each spending its attempts on a dead endpoint.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

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
    n_sent: int = 0
    n_failed: int = 0  # out of attempts: kept with its last error, not tried again
    n_deferred: int = 0  # skipped: their target already failed this run
    alert_ids: list[int] = field(default_factory=list)


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
) -> AlertReport:
    """Match rules against ``incident_ids`` (all incidents when None), then deliver every
    due alert, including ones left failed or pending by earlier runs.

    Args:
        store: the store.
        settings: channel timeouts, attempts and backoff; ``data_dir`` for the log file.
        incident_ids: incidents to match (those a resolve run touched).
        sleep: how to wait between attempts (tests pass a no-op).
    """
    report = AlertReport()
    with store.session() as s:
        rules = alert_store.list_rules(s, enabled_only=True)
        surge_rules = [r for r in rules if r.kind == "surge"]
        # A surge is judged over all stored incidents, not only this run's; once per run.
        alarms = surge_alarms(s) if surge_rules else {}
        for rule in surge_rules:
            for inc, facts in matching(alarms, rule.pattern):
                _, created = alert_store.get_or_create(
                    s, rule.id, inc.id, {**payload_for(rule, inc), **facts}
                )
                report.n_matched += created
        rules = [r for r in rules if r.kind != "surge"]
        if rules:
            for inc in incident_store.list_incidents(
                s, ids=None if incident_ids is None else list(incident_ids)
            ):
                if inc.status == "rejected":
                    continue
                view = _view(s, inc, need_text=any(r.kind == "watchlist" for r in rules))
                for rule in rules:
                    if matches(rule.kind, rule.pattern, view):
                        _, created = alert_store.get_or_create(s, rule.id, inc.id,
                                                               payload_for(rule, inc))
                        report.n_matched += created
        due_ids = [a.id for a in alert_store.due(s, settings.alert_max_attempts)]
    _deliver(store, settings, due_ids, report, sleep)
    return report


def _view(s: Session, inc: m.Incident, *, need_text: bool) -> IncidentView:
    names = tuple(vm.name for _, vm in incident_store.mentions(s, [inc.id],
                                                               independent_only=False)
                  if vm.name)
    texts: tuple[str, ...] = ()
    if need_text:
        texts = tuple(f"{a.title}\n{a.text or ''}" for a in inc.articles)
    return IncidentView(id=inc.id, country=inc.country,
                        violation_types=tuple(inc.violation_types or ()),
                        victim_groups=tuple(inc.victim_groups or ()), names=names, texts=texts)


def _deliver(store: Store, settings: Settings, alert_ids: list[int], report: AlertReport,
             sleep: Callable[[float], None]) -> None:
    channels: dict[str, Any] = {}
    dead_targets: set[tuple[str, str | None]] = set()
    try:
        for aid in alert_ids:
            # One transaction per alert: an attempt, once made, is recorded even if a
            # later alert's delivery crashes the run.
            with store.session() as s:
                alert = s.get(m.Alert, aid)
                if alert is None or alert.status == "sent":
                    continue
                rule = alert.rule
                key = (rule.channel, rule.target)
                if key in dead_targets:
                    report.n_deferred += 1
                    continue
                if rule.channel not in channels:
                    channels[rule.channel] = channel_mod.create(rule.channel, settings)
                _attempt(alert, channels[rule.channel], rule.target, settings, sleep)
                report.alert_ids.append(aid)
                if alert.status == "sent":
                    report.n_sent += 1
                else:
                    dead_targets.add(key)
                    report.n_failed += 1
    finally:
        for ch in channels.values():
            ch.close()


def _attempt(alert: m.Alert, channel: Any, target: str | None, settings: Settings,
             sleep: Callable[[float], None]) -> None:
    """Try until sent or out of attempts, backing off exponentially between tries."""
    tries = 0
    while alert.attempts < settings.alert_max_attempts:
        if tries:
            sleep(settings.alert_backoff_s * 2 ** (tries - 1))
        tries += 1
        alert.attempts += 1
        try:
            channel.send({**alert.payload, "alert_id": alert.id,
                          "at": utcnow().isoformat(timespec="seconds")}, target=target)
        except channel_mod.DeliveryError as exc:
            alert.status, alert.last_error = "failed", str(exc)[:1000]
            continue
        alert.status, alert.sent_at, alert.last_error = "sent", utcnow(), None
        return
