"""Risk rules: an incident alerts when one of its victims now faces an escalation risk at or
above the rule's threshold, once per (rule, incident), with the score's reasons and no name.

The history is synthetic: defenders threatened, then detained three weeks later, then killed
a month after that; and many others threatened once and left alone. A new detention after a
threat looks like the first path; a lone threat like the second.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from rightsradar.alert.service import fire_alerts
from rightsradar.errors import ConfigError
from rightsradar.store import alerts as alert_store
from rightsradar.store import models as m
from test_alert_service import Receiver, _rule, no_sleep

START = date(2023, 1, 1)
TODAY = date(2024, 12, 20)
NOW = datetime(2024, 12, 20, 18, 0)  # the alert run, the evening of TODAY
GROUP = "human rights defender"
NAME_A, NAME_B = "Imaginary Escalating Defender", "Imaginary Quiet Defender"


class History:
    """Writes synthetic incidents (one article, one victim linked to a person) directly."""

    def __init__(self, session) -> None:
        self.s = session
        self.n = 0
        self.source = m.Source(name="synthetic", kind="file")

    def person(self, name: str) -> m.Person:
        p = m.Person(name=name, kind="person", groups=[GROUP])
        self.s.add(p)
        return p

    def attack(self, person: m.Person, day: date, violation: str) -> m.Incident:
        self.n += 1
        inc = m.Incident(status="detected", violation_types=[violation], most_serious=violation,
                         victim_groups=[GROUP], n_victims=1, country="Testland",
                         event_date=day, n_sources=1)  # fmt: skip
        art = m.Article(
            external_id=f"syn-{self.n}",
            source=self.source,
            title="",
            text=None,
            content_hash=f"syn-{self.n}",
            status="resolved",
            incident=inc,
        )
        ex = m.Extraction(article=art, model="synthetic", relevant=True,
                          violation_types=[violation], country="Testland")  # fmt: skip
        ex.victims = [m.VictimMention(idx=0, name=person.name, groups=[GROUP], person=person)]
        self.s.add_all([inc, art, ex])
        return inc


def _world(store) -> tuple[int, int]:
    """The synthetic history, and the incidents of A (detained after a threat) and B (a lone
    threat), both on ``TODAY``."""
    rnd = random.Random(3)
    with store.session() as s:
        h = History(s)
        for i in range(40):
            p = h.person(f"Synthetic Escalating {i}")
            t = START + timedelta(rnd.randrange(0, 580))
            h.attack(p, t, "other")
            h.attack(p, t + timedelta(rnd.randrange(15, 25)), "arbitrary detention")
            h.attack(p, t + timedelta(rnd.randrange(40, 60)), "killing")
        for i in range(120):
            h.attack(h.person(f"Synthetic Quiet {i}"), START + timedelta(rnd.randrange(0, 700)),
                     "other")  # fmt: skip
        a, b = h.person(NAME_A), h.person(NAME_B)
        h.attack(a, TODAY - timedelta(21), "other")
        inc_a = h.attack(a, TODAY, "arbitrary detention")
        inc_b = h.attack(b, TODAY, "other")
        s.flush()
        return inc_a.id, inc_b.id


@pytest.fixture
def world(sqlite_store):
    return sqlite_store, *_world(sqlite_store)


def test_alert_risk_rule_fires_above_threshold_only(world, settings):
    store, inc_a, inc_b = world
    with Receiver() as rx:
        _rule(store, name="risk", kind="risk", pattern="0.6", channel="webhook", target=rx.url)
        rep = fire_alerts(store, settings, incident_ids=[inc_a, inc_b], sleep=no_sleep, now=NOW)
    assert rep.n_matched == rep.n_sent == len(rx.received) == 1
    alert = rx.received[0]
    assert alert["incident_id"] == inc_a and alert["rule_kind"] == "risk"
    assert 0.6 <= alert["risk"] <= 1
    assert alert["risk_reasons"] and all(isinstance(r, str) for r in alert["risk_reasons"])
    text = json.dumps(alert)
    assert "Imaginary" not in text and "Synthetic" not in text


def test_alert_risk_rule_below_threshold_of_lone_threat(world, settings):
    """B (a lone threat) does score, but low: a low threshold alerts on both."""
    store, inc_a, inc_b = world
    _rule(store, name="any risk", kind="risk", pattern="0.01", channel="log")
    rep = fire_alerts(store, settings, incident_ids=[inc_a, inc_b], now=NOW)
    with store.session() as s:
        risks = {a.incident_id: a.payload["risk"] for a in s.scalars(select(m.Alert))}
    assert rep.n_matched == 2 and risks[inc_b] < 0.6 <= risks[inc_a]


def test_alert_risk_rule_exactly_once_over_runs(world, settings):
    store, inc_a, inc_b = world
    with Receiver() as rx:
        _rule(store, name="risk", kind="risk", pattern="0.6", channel="webhook", target=rx.url)
        first = fire_alerts(store, settings, incident_ids=[inc_a, inc_b], sleep=no_sleep, now=NOW)
        second = fire_alerts(store, settings, incident_ids=[inc_a, inc_b], sleep=no_sleep, now=NOW)
        # Every incident: the old detentions on the escalation path are past the horizon or
        # their victims were killed since; only A's own threat three weeks ago is new (A is
        # at risk now), and A's detention is not sent again.
        third = fire_alerts(store, settings, sleep=no_sleep, now=NOW)
    assert first.n_sent == 1 and second.n_sent == second.n_matched == 0
    assert third.n_matched == third.n_sent == 1
    sent = [p["incident_id"] for p in rx.received]
    assert sent[0] == inc_a and len(set(sent)) == 2
    with store.session() as s:
        assert s.get(m.Incident, sent[1]).event_date == TODAY - timedelta(21)


def test_alert_risk_rule_scores_as_of_the_run_not_the_incident(world, settings):
    """An old incident touched by a run (an archive backfilled today) does not alert about a
    risk that was real years ago, and a victim killed since is never scored."""
    store, inc_a, inc_b = world
    _rule(store, name="risk", kind="risk", pattern="0.01", channel="log")
    later = NOW + timedelta(days=200)  # A's detention is now past the 90-day horizon
    assert fire_alerts(store, settings, incident_ids=[inc_a, inc_b], now=later).n_matched == 0
    with store.session() as s:
        escalated = [
            i.id
            for i in s.scalars(select(m.Incident))
            if i.id != inc_a and i.most_serious == "arbitrary detention"
        ]
    # Their detentions were followed by killings: at the detention's own day + 1 they would
    # have scored high; as of now they are not at risk any more (not scored).
    assert fire_alerts(store, settings, incident_ids=escalated, now=NOW).n_matched == 0


def test_alert_risk_rule_without_history_fires_nothing(sqlite_store, settings):
    with sqlite_store.session() as s:
        h = History(s)
        p = h.person(NAME_A)
        h.attack(p, TODAY - timedelta(10), "other")
        h.attack(p, TODAY, "arbitrary detention")
    _rule(sqlite_store, name="risk", kind="risk", pattern="0.01", channel="log")
    rep = fire_alerts(sqlite_store, settings, now=NOW)
    assert rep.n_matched == 0


@pytest.mark.parametrize("pattern", ["0", "1", "1.5", "-0.2", "high", "nan", "60%"])
def test_alert_risk_rule_refuses_a_threshold_outside_0_1(any_store, pattern):
    with pytest.raises(ConfigError) as err, any_store.session() as s:
        alert_store.add_rule(s, name="r", kind="risk", pattern=pattern, channel="log")
    assert err.value.code == "E401" and err.value.field == "pattern"
    assert "0.6" in (err.value.hint or "")


def test_alert_risk_rule_cli_refuses_a_bad_threshold(any_store, settings, monkeypatch):
    from typer.testing import CliRunner

    from rightsradar.cli import get_app

    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("RIGHTSRADAR_DATABASE_URL", any_store.url)
    args = ["alerts", "add-rule", "--name", "r", "--kind", "risk", "--pattern"]
    bad = CliRunner().invoke(get_app(), [*args, "60"])
    assert bad.exit_code == 2 and "E401" in bad.output and "0.6" in bad.output
    good = CliRunner().invoke(get_app(), [*args, "0.6"])
    assert good.exit_code == 0 and "rule 1 added" in good.output
