"""Alerts: exactly once per (rule, incident), retries, giving up, no names in the log."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from sqlalchemy import select

from rightsradar.alert.service import fire_alerts
from rightsradar.errors import ConfigError
from rightsradar.resolve.service import resolve_pending
from rightsradar.store import alerts as alert_store
from rightsradar.store import audit
from rightsradar.store import models as m
from test_resolve_service import BASE_TEXT, add_accra_report, add_report

VICTIM = "Amara Okonkwo-Testperson"


class Receiver:
    """A local webhook endpoint that answers with scripted statuses (then 200)."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.received: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's API
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append(json.loads(body))
                code = outer.statuses.pop(0) if outer.statuses else 200
                self.send_response(code)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def no_sleep(_: float) -> None:
    pass


def _seed(store, settings) -> None:
    add_report(store, "a", BASE_TEXT, source="daily-sample")
    add_accra_report(store, "c", violations=("other",))
    resolve_pending(store, settings)


def _rule(store, **kw) -> int:
    with store.session() as s:
        return alert_store.add_rule(s, **kw).id


@pytest.mark.parametrize(
    ("kind", "pattern", "n_expected"),
    [
        ("watchlist", "Ms Amara Okonkwo Testperson", 1),
        ("watchlist", "Nobody Elsewhere", 0),
        ("country", "nigeria", 1),
        ("violation", "arbitrary detention", 1),
        ("victim_group", "journalist", 2),
        ("violation", "killing", 0),
    ],
)
def test_alert_rules_match_by_kind(any_store, settings, kind, pattern, n_expected):
    _seed(any_store, settings)
    with Receiver() as rx:
        _rule(any_store, name="r", kind=kind, pattern=pattern, channel="webhook", target=rx.url)
        rep = fire_alerts(any_store, settings, sleep=no_sleep)
    assert rep.n_matched == n_expected == rep.n_sent == len(rx.received)


def test_alert_delivered_once_per_rule_and_incident_across_runs(any_store, settings):
    _seed(any_store, settings)
    with Receiver() as rx:
        _rule(
            any_store,
            name="press",
            kind="victim_group",
            pattern="journalist",
            channel="webhook",
            target=rx.url,
        )
        first = fire_alerts(any_store, settings, sleep=no_sleep)
        second = fire_alerts(any_store, settings, sleep=no_sleep)
    assert first.n_sent == 2 and second.n_sent == 0 and second.n_matched == 0
    assert sorted(p["incident_id"] for p in rx.received) == sorted(
        {p["incident_id"] for p in rx.received}
    )
    assert all(VICTIM not in json.dumps(p) for p in rx.received)


def test_alert_retries_after_500_then_succeeds(any_store, settings):
    _seed(any_store, settings)
    waits: list[float] = []
    with Receiver(statuses=[500, 503]) as rx:
        _rule(
            any_store,
            name="ng",
            kind="country",
            pattern="Nigeria",
            channel="webhook",
            target=rx.url,
        )
        rep = fire_alerts(any_store, settings, sleep=waits.append)
    assert rep.n_sent == 1 and len(rx.received) == 3
    assert waits == [settings.alert_backoff_s, settings.alert_backoff_s * 2]
    with any_store.session() as s:
        alert = s.scalars(select(m.Alert)).one()
        assert alert.status == "sent" and alert.attempts == 3 and alert.last_error is None


def test_alert_gives_up_after_max_attempts_and_records_error(any_store, settings):
    _seed(any_store, settings)
    with Receiver(statuses=[500] * 20) as rx:
        _rule(
            any_store,
            name="ng",
            kind="country",
            pattern="Nigeria",
            channel="webhook",
            target=rx.url,
        )
        first = fire_alerts(any_store, settings, sleep=no_sleep)
        second = fire_alerts(any_store, settings, sleep=no_sleep)
    assert first.n_failed == 1 and second.n_failed == 0 and second.n_sent == 0
    assert len(rx.received) == settings.alert_max_attempts
    with any_store.session() as s:
        alert = s.scalars(select(m.Alert)).one()
        assert alert.status == "failed" and alert.attempts == settings.alert_max_attempts
        assert "500" in alert.last_error


def test_alert_failed_target_defers_others_to_next_run(any_store, settings):
    _seed(any_store, settings)
    with Receiver(statuses=[500] * settings.alert_max_attempts) as rx:
        _rule(
            any_store,
            name="press",
            kind="victim_group",
            pattern="journalist",
            channel="webhook",
            target=rx.url,
        )
        first = fire_alerts(any_store, settings, sleep=no_sleep)
        second = fire_alerts(any_store, settings, sleep=no_sleep)
    assert (first.n_failed, first.n_deferred, second.n_sent) == (1, 1, 1)


def test_alert_log_channel_writes_no_victim_name(any_store, settings):
    _seed(any_store, settings)
    _rule(any_store, name="watch", kind="watchlist", pattern=VICTIM, channel="log")
    _rule(any_store, name="all-press", kind="victim_group", pattern="journalist", channel="log")
    rep = fire_alerts(any_store, settings)
    assert rep.n_sent == 3
    text = (settings.data_dir / "alerts.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(x) for x in text.splitlines()]
    assert len(lines) == 3
    assert all(
        set(r) == {"incident_id", "rule_id", "country", "violation_types", "at"} for r in lines
    )
    for part in VICTIM.replace("-", " ").split():
        assert part.lower() not in text.lower()


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"kind": "mood"}, "kind"),
        ({"channel": "pigeon"}, "channel"),
        ({"channel": "webhook", "target": None}, "target"),
    ],
)
def test_alert_add_rule_refuses_bad_rules(any_store, kw, field):
    args = {"name": "x", "kind": "country", "pattern": "Nigeria", "channel": "log", **kw}
    with pytest.raises(ConfigError) as err, any_store.session() as s:
        alert_store.add_rule(s, **args)
    assert err.value.field == field


def test_alert_rule_changes_are_audited_without_the_pattern(any_store):
    rid = _rule(any_store, name="w", kind="watchlist", pattern=VICTIM, channel="log")
    with any_store.session() as s:
        alert_store.remove_rule(s, rid)
    with any_store.session() as s:
        recs = s.scalars(select(m.AuditRecord).order_by(m.AuditRecord.id)).all()
        assert [r.action for r in recs] == ["alert_rule.add", "alert_rule.remove"]
        assert VICTIM not in json.dumps([r.before for r in recs] + [r.after for r in recs])
        assert audit.verify_chain(s) == []
