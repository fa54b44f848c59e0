"""Surge detection: few false alarms on steady, trending or over-dispersed counts; real
surges flagged with their expected count and p-value."""

from __future__ import annotations

import numpy as np
import pytest

from rightsradar.analyze.surveillance import SurgeConfig, detect, scan

CFG = SurgeConfig(history=104, guard=2, alpha=0.01, min_count=3)


def _alarm_rate(series, weeks):
    sigs = [detect(series, w, config=CFG) for w in weeks]
    return sum(s.alarm for s in sigs if s) / len(weeks)


def test_surveillance_steady_poisson_rarely_alarms():
    rng = np.random.default_rng(1)
    series = rng.poisson(4, 160).tolist()
    assert _alarm_rate(series, range(40, 160)) <= 0.03


def test_surveillance_overdispersed_counts_rarely_alarm():
    rng = np.random.default_rng(2)
    # Negative binomial with mean 4 and variance 12: clustered news, not a surge.
    series = rng.negative_binomial(2, 1 / 3, 160).tolist()
    assert _alarm_rate(series, range(40, 160)) <= 0.04


def test_surveillance_trend_is_not_a_surge_every_week():
    rng = np.random.default_rng(3)
    mean = np.linspace(1, 12, 140)
    series = rng.poisson(mean).tolist()
    assert _alarm_rate(series, range(40, 140)) <= 0.05


def test_surveillance_flags_a_surge_with_its_expected_count():
    rng = np.random.default_rng(4)
    series = rng.poisson(3, 120).tolist()
    series[110] = 14
    sig = detect(series, 110, key="Honduras", config=CFG)
    assert sig is not None and sig.alarm and sig.key == "Honduras"
    assert sig.expected == pytest.approx(3, abs=0.8)
    assert sig.p_value < 1e-4 and sig.upper < 14


def test_surveillance_past_wave_does_not_hide_a_new_one():
    rng = np.random.default_rng(5)
    series = rng.poisson(2, 120).tolist()
    for w in range(60, 66):  # an earlier wave inside the baseline
        series[w] = 15
    series[115] = 10
    sig = detect(series, 115, config=CFG)
    assert sig is not None and sig.alarm
    assert sig.expected < 4  # the old wave was down-weighted


def test_surveillance_first_events_in_a_quiet_place():
    series = [0] * 60 + [4]
    sig = detect(series, 60, config=CFG)
    assert sig is not None and sig.alarm and sig.expected < 0.1
    assert not detect([0] * 60 + [2], 60, config=CFG).alarm  # two events are no surge


def test_surveillance_short_history_gives_no_verdict():
    assert detect([1, 2, 3, 4, 5], 4, config=CFG) is None


def test_surveillance_scan_reports_each_series():
    rng = np.random.default_rng(6)
    quiet = rng.poisson(3, 60).tolist()
    loud = quiet[:-1] + [20]
    sigs = {s.key: s for s in scan({"quiet": quiet, "loud": loud}, config=CFG)}
    assert sigs["loud"].alarm and not sigs["quiet"].alarm
