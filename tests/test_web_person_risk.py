"""The person page and API show each person's escalation risk with its reasons: high for
a defender detained three weeks after a threat (the path that ended in killings in this
history), low for one threatened once, and none for someone already killed."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from rightsradar.store import models as m
from rightsradar.web import services
from rightsradar.web.app import create_app
from test_alert_risk_rules import NAME_A, NAME_B, TODAY, _world
from test_web_api import add_user, login

AS_OF = TODAY + timedelta(days=1)


def _person_id(store, name: str) -> int:
    # Names are encrypted at rest: no WHERE on them.
    with store.session() as s:
        return next(p.id for p in s.scalars(select(m.Person)) if p.name == name)


def test_person_risk_high_after_threat_then_detention_low_for_lone_threat(sqlite_store):
    _world(sqlite_store)
    a, b = _person_id(sqlite_store, NAME_A), _person_id(sqlite_store, NAME_B)
    with sqlite_store.session() as s:
        risk_a = services.person_risk(s, a, today=AS_OF)
        risk_b = services.person_risk(s, b, today=AS_OF)
    assert risk_a is not None and risk_b is not None
    assert risk_a.score >= 0.6 > 0.2 >= risk_b.score
    assert risk_a.reasons and risk_a.as_of == AS_OF


def test_person_risk_none_once_killed_and_without_history(sqlite_store):
    _world(sqlite_store)
    with sqlite_store.session() as s:
        killed = next(
            p.id for p in s.scalars(select(m.Person)) if p.name == "Synthetic Escalating 0"
        )
        assert services.person_risk(s, killed, today=AS_OF) is None
        newcomer = m.Person(name="Nobody Attacked", kind="person", groups=[])
        s.add(newcomer)
        s.flush()
        assert services.person_risk(s, newcomer.id, today=AS_OF) is None


def test_person_api_and_page_carry_the_risk(sqlite_store, settings):
    _world(sqlite_store)
    a = _person_id(sqlite_store, NAME_A)
    add_user(sqlite_store)
    client = TestClient(create_app(settings, sqlite_store))
    login(client)
    risk = client.get(f"/api/persons/{a}").json()["risk"]  # as of the real today
    assert risk is not None and 0 <= risk["score"] <= 1 and risk["reasons"]
    html = client.get(f"/persons/{a}").text
    assert "Escalation risk" in html and "chance of killing" in html
    assert f"{risk['score'] * 100:.0f} %" in html


def test_person_risk_fits_once_for_many_pages(sqlite_store, monkeypatch):
    """A person page must not read the whole history and refit the model each time."""
    from rightsradar.analyze.person_risk import RiskScorer

    _world(sqlite_store)
    fits = []
    real_fit = RiskScorer.fit.__func__

    def counting_fit(cls, session, **kw):
        fits.append(kw)
        return real_fit(cls, session, **kw)

    monkeypatch.setattr(RiskScorer, "fit", classmethod(counting_fit))
    a, b = _person_id(sqlite_store, NAME_A), _person_id(sqlite_store, NAME_B)
    with sqlite_store.session() as s:
        for pid in (a, b, a):
            services.person_risk(s, pid, today=AS_OF)
    assert len(fits) == 1
