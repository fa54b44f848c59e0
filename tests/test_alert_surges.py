"""Surge rules: a week far above a country's baseline alerts once, with expected and
observed counts; a steady country does not alert."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from rightsradar.alert.service import fire_alerts
from rightsradar.store import alerts as alert_store
from rightsradar.store import models as m


def _history(store, country, weekly, this_week_n):
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    with store.session() as s:
        for w, n in enumerate(weekly):
            day = monday - timedelta(weeks=len(weekly) - w)
            for _ in range(n):
                s.add(m.Incident(status="detected", country=country, event_date=day,
                                 violation_types=["arbitrary detention"]))  # fmt: skip
        for _ in range(this_week_n):
            s.add(m.Incident(status="detected", country=country, event_date=monday,
                             violation_types=["arbitrary detention"]))  # fmt: skip


def test_alert_surge_once_with_its_figures(any_store, settings):
    rng = np.random.default_rng(3)
    _history(any_store, "Honduras", rng.poisson(1.5, 40).tolist(), 12)
    _history(any_store, "Peru", rng.poisson(3, 40).tolist(), 3)
    with any_store.session() as s:
        alert_store.add_rule(s, name="surges", kind="surge", pattern="*", channel="log")
    first = fire_alerts(any_store, settings, incident_ids=[], sleep=lambda _: None)
    assert first.n_matched == 1 and first.n_sent == 1
    with any_store.session() as s:
        (alert,) = alert_store.list_alerts(s)
        assert alert.payload["country"] == "Honduras"
        assert alert.payload["observed"] == 12 and alert.payload["expected"] < 4
        assert alert.payload["p_value"] < 0.01
    again = fire_alerts(any_store, settings, incident_ids=[], sleep=lambda _: None)
    assert again.n_matched == 0 and again.n_sent == 0
