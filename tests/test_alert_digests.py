"""Daily digests: a digest rule's alerts go out together, once, after the (UTC) day is over."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import select

from rightsradar.alert.service import fire_alerts
from rightsradar.errors import ConfigError
from rightsradar.resolve.service import resolve_pending
from rightsradar.store import alerts as alert_store
from rightsradar.store import models as m
from test_alert_email import smtp  # noqa: F401 - the local SMTP server fixture
from test_alert_service import VICTIM, Receiver, _rule, _seed, no_sleep
from test_pipeline_cli import cli  # noqa: F401 - runs the CLI on this store
from test_resolve_service import add_report
from test_web_api import analyst, app, csrf  # noqa: F401 - a signed-in analyst client

DAY1_MORNING = datetime(2026, 11, 23, 9, 30)
DAY1_LATE = datetime(2026, 11, 23, 23, 59, 30)
DAY2_AFTER_MIDNIGHT = datetime(2026, 11, 24, 0, 1)
DAY2_NOON = datetime(2026, 11, 24, 12, 0)
DAY3_AFTER_MIDNIGHT = datetime(2026, 11, 25, 0, 1)


def _press_digest(store, channel: str = "webhook", target: str | None = None) -> int:
    return _rule(store, name="press daily", kind="victim_group", pattern="journalist",
                 channel=channel, target=target, digest="daily")  # fmt: skip


def test_alert_digest_sends_one_message_after_midnight(any_store, settings):
    _seed(any_store, settings)  # two incidents with journalists attacked
    with Receiver() as rx:
        _press_digest(any_store, target=rx.url)
        day1 = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY1_MORNING)
        late = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY1_LATE)
        assert day1.n_matched == 2 and rx.received == [] and late.n_digests_sent == 0
        day2 = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_AFTER_MIDNIGHT)
        again = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_NOON)
        day3 = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY3_AFTER_MIDNIGHT)
    assert len(rx.received) == 1 and day2.n_digests_sent == 1 and day2.n_sent == 0
    assert again.n_digests_sent == day3.n_digests_sent == 0
    digest = rx.received[0]
    assert digest["period"] == "2026-11-23" and digest["n_alerts"] == 2
    assert len({a["incident_id"] for a in digest["alerts"]}) == 2
    assert VICTIM not in json.dumps(digest)
    with any_store.session() as s:
        d = s.scalars(select(m.AlertDigest)).one()
        assert (d.status, d.attempts, d.sent_at) == ("sent", 1, DAY2_AFTER_MIDNIGHT)
        alerts = s.scalars(select(m.Alert)).all()
        assert {(a.status, a.digest_id) for a in alerts} == {("sent", d.id)}


def test_alert_digest_retried_with_backoff_then_sent_once(any_store, settings):
    _seed(any_store, settings)
    waits: list[float] = []
    with Receiver(statuses=[500, 503]) as rx:
        _press_digest(any_store, target=rx.url)
        fire_alerts(any_store, settings, sleep=waits.append, now=DAY1_MORNING)
        sent = fire_alerts(any_store, settings, sleep=waits.append, now=DAY2_AFTER_MIDNIGHT)
        later = fire_alerts(any_store, settings, sleep=waits.append, now=DAY2_NOON)
    assert len(rx.received) == 3  # two refused, one taken
    assert rx.received[0]["alerts"] == rx.received[2]["alerts"]
    assert waits == [settings.alert_backoff_s, settings.alert_backoff_s * 2]
    assert (sent.n_digests_sent, later.n_digests_sent) == (1, 0)
    with any_store.session() as s:
        d = s.scalars(select(m.AlertDigest)).one()
        assert d.status == "sent" and d.attempts == 3 and d.last_error is None


def test_alert_digest_failing_target_keeps_its_alerts_and_error(any_store, settings):
    _seed(any_store, settings)
    with Receiver(statuses=[500] * 50) as rx:
        _press_digest(any_store, target=rx.url)
        fire_alerts(any_store, settings, sleep=no_sleep, now=DAY1_MORNING)
        first = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_AFTER_MIDNIGHT)
        second = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_NOON)
    assert first.n_digests_failed == 1 and second.n_digests_failed == 0
    assert len(rx.received) == settings.alert_max_attempts  # no alert went out on its own
    with any_store.session() as s:
        d = s.scalars(select(m.AlertDigest)).one()
        assert d.status == "failed" and "500" in d.last_error
        # Out of attempts: its alerts say so, with the reason, rather than wait forever.
        alerts = list(s.scalars(select(m.Alert)))
        assert {a.status for a in alerts} == {"failed"}
        assert all("500" in a.last_error for a in alerts)


def test_alert_digest_late_alert_goes_to_the_next_digest(any_store, settings):
    """An alert committed after its day's digest was taken (it raced midnight) is neither
    lost nor sent twice: the next day's digest carries it."""
    _seed(any_store, settings)
    with Receiver() as rx:
        rid = _press_digest(any_store, target=rx.url)
        fire_alerts(any_store, settings, sleep=no_sleep, now=DAY1_MORNING)
        fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_AFTER_MIDNIGHT)
        add_report(any_store, "late", "A journalist was beaten by police in Nairobi.",
                   source="late-news", name=None, country="Kenya", city="Nairobi",
                   day=(2024, 6, 1), violations=("other",))  # fmt: skip
        resolve_pending(any_store, settings)
        with any_store.session() as s:
            sent_ids = {a.incident_id for a in s.scalars(select(m.Alert))}
            late_id = next(i.id for i in s.scalars(select(m.Incident))
                           if i.id not in sent_ids)  # fmt: skip
            _, created = alert_store.get_or_create(s, rid, late_id, {"incident_id": late_id},
                                                   created_at=DAY1_LATE)  # fmt: skip
            assert created
        fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_NOON)
        fire_alerts(any_store, settings, sleep=no_sleep, now=DAY3_AFTER_MIDNIGHT)
        fire_alerts(any_store, settings, sleep=no_sleep, now=DAY3_AFTER_MIDNIGHT)
    assert [d["period"] for d in rx.received] == ["2026-11-23", "2026-11-24"]
    incident_ids = [a["incident_id"] for d in rx.received for a in d["alerts"]]
    assert sorted(incident_ids) == sorted(set(incident_ids)) and late_id in incident_ids
    assert [a["incident_id"] for a in rx.received[1]["alerts"]] == [late_id]


def test_alert_digest_email_is_one_readable_mail(any_store, settings, smtp):  # noqa: F811
    inbox, port = smtp
    settings = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port})
    _seed(any_store, settings)
    _press_digest(any_store, channel="email", target="officer@example.org")
    fire_alerts(any_store, settings, sleep=no_sleep, now=DAY1_MORNING)
    assert inbox.messages == []
    rep = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_AFTER_MIDNIGHT)
    assert rep.n_digests_sent == 1 and len(inbox.messages) == 1
    rcpts, content = inbox.messages[0]
    text = content.decode()
    assert rcpts == ["officer@example.org"]
    assert "Subject: [rightsradar] daily digest 2026-11-23: 2 alerts" in text
    with any_store.session() as s:
        for inc in s.scalars(select(m.Incident)):
            assert f"(incident {inc.id})" in text
    for part in VICTIM.replace("-", " ").split():
        assert part.lower() not in text.lower()


def test_alert_digest_log_writes_one_line(any_store, settings):
    _seed(any_store, settings)
    _press_digest(any_store, channel="log")
    fire_alerts(any_store, settings, now=DAY1_MORNING)
    assert not (settings.data_dir / "alerts.jsonl").exists()
    fire_alerts(any_store, settings, now=DAY2_AFTER_MIDNIGHT)
    lines = (settings.data_dir / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["period"] == "2026-11-23" and len(record["incident_ids"]) == 2


def test_alert_digest_rules_and_plain_rules_side_by_side(any_store, settings):
    _seed(any_store, settings)
    with Receiver() as rx:
        _press_digest(any_store, target=rx.url)
        _rule(
            any_store,
            name="ng now",
            kind="country",
            pattern="Nigeria",
            channel="webhook",
            target=rx.url,
        )
        rep = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY1_MORNING)
        assert rep.n_sent == 1 and len(rx.received) == 1 and "alerts" not in rx.received[0]
        rep = fire_alerts(any_store, settings, sleep=no_sleep, now=DAY2_AFTER_MIDNIGHT)
    assert (rep.n_sent, rep.n_digests_sent, len(rx.received)) == (0, 1, 2)


@pytest.mark.parametrize("digest", ["weekly", "hourly", ""])
def test_alert_digest_unknown_period_refused(any_store, digest):
    with pytest.raises(ConfigError) as err, any_store.session() as s:
        alert_store.add_rule(s, name="x", kind="country", pattern="Peru", digest=digest)
    assert err.value.code == "E401" and err.value.field == "digest"


def test_alert_digest_cli_adds_rule_and_lists_digests(any_store, settings, cli):  # noqa: F811
    _seed(any_store, settings)
    cli(
        "alerts",
        "add-rule",
        "--name",
        "press daily",
        "--kind",
        "victim_group",
        "--pattern",
        "journalist",
        "--digest",
        "daily",
    )
    assert "daily" in cli("alerts", "rules")
    fire_alerts(any_store, settings, now=DAY1_MORNING)
    assert "Digests" not in cli("alerts", "list")
    fire_alerts(any_store, settings, now=DAY2_AFTER_MIDNIGHT)
    out = cli("alerts", "list")
    digest_part = out[out.index("Digests") :]
    assert "2026-11-23" in digest_part and "sent" in digest_part
    assert " 2 " in digest_part  # the digest's count of alerts


def test_alert_digest_web_api_creates_rule_and_lists_digests(any_store, settings, analyst):  # noqa: F811
    analyst.headers["X-CSRF-Token"] = csrf(analyst, "/logout")
    made = analyst.post("/api/alert-rules", json={
        "name": "press daily", "kind": "victim_group", "pattern": "journalist",
        "digest": "daily"})  # fmt: skip
    assert made.status_code == 201 and made.json()["digest"] == "daily"
    weekly = analyst.post("/api/alert-rules", json={
        "name": "w", "kind": "country", "pattern": "Peru", "digest": "weekly"})  # fmt: skip
    risky = analyst.post("/api/alert-rules", json={
        "name": "r", "kind": "risk", "pattern": "2"})  # fmt: skip
    assert weekly.status_code == 422 and risky.status_code == 422
    assert "E401" in risky.json()["detail"]
    _seed(any_store, settings)
    fire_alerts(any_store, settings, now=DAY1_MORNING)
    fire_alerts(any_store, settings, now=DAY2_AFTER_MIDNIGHT)
    [digest] = analyst.get("/api/alert-digests").json()
    assert digest["period"] == "2026-11-23" and digest["status"] == "sent"
    alerts = analyst.get("/api/alerts").json()
    assert len(alerts) == 2 and {a["digest_id"] for a in alerts} == {digest["id"]}


def test_alert_digest_rule_removal_takes_its_digests(any_store, settings):
    _seed(any_store, settings)
    rid = _press_digest(any_store, channel="log")
    fire_alerts(any_store, settings, now=DAY1_MORNING)
    fire_alerts(any_store, settings, now=DAY2_AFTER_MIDNIGHT)
    with any_store.session() as s:
        alert_store.remove_rule(s, rid)
    with any_store.session() as s:
        assert alert_store.list_digests(s) == [] and alert_store.list_alerts(s) == []
