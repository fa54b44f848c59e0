"""Place-level forecasts of next month's count: what an analyst relying on them would notice.

A crackdown month does not carry into the next forecast unless it is still running at the
end of the month, a steady rise is followed, a place with no history gets a sane forecast,
the rolling origin never looks at the future, and on the demo world the forecasts beat
"same as last month" by at least 20 % in mean absolute error.
"""

from __future__ import annotations

import numpy as np
import pytest

from rightsradar.analyze.backtest import backtest_forecast
from rightsradar.analyze.forecast import ForecastModel, poisson_median, rolling_origin
from rightsradar.analyze.history import from_demo


def _noise(n_places: int = 12, months: int = 30, level: float = 4.0, seed: int = 3
           ) -> dict[str, list[int]]:  # fmt: skip
    rng = np.random.default_rng(seed)
    return {f"p{i}": rng.poisson(level * (1 + i % 3), months).tolist() for i in range(n_places)}


def _fitted(counts, t, last_week=None):  # type: ignore[no-untyped-def]
    return ForecastModel().fit(counts, upto=t).predict(counts, t, last_week)


def test_a_one_month_crackdown_does_not_carry_into_the_next_forecast():
    counts = _noise()
    t = 20
    calm = _fitted(counts, t)["p0"]
    counts["p0"][t] = 150  # a crackdown this month, over before its last week
    after = _fitted(counts, t)
    assert after["p0"] <= calm + 1
    # Nor does it lift the other places through the shared level.
    assert after["p1"] <= _fitted(_noise(), t)["p1"] + 1


def test_a_crackdown_still_running_in_the_last_week_carries_on():
    counts = _noise()
    t = 20
    counts["p0"][t] = 150
    last_week = {k: [round(v / 4) for v in s] for k, s in counts.items()}
    last_week["p0"][t] = 60  # 60 detentions in the month's last 7 days
    model = ForecastModel().fit(counts, upto=t)
    pred = model.predict(counts, t, last_week)
    assert pred["p0"] >= 50
    assert model.carried == ("p0",)
    # An ordinary last week carries nothing.
    last_week["p0"][t] = 2
    assert _fitted(counts, t, last_week)["p0"] < 20


def test_a_steady_rise_shared_by_all_places_is_followed():
    # Every place grows by 50 % over two years: the level comes from the recent total.
    months = 24
    counts = {f"p{i}": [round((4 + i) * (1 + 0.5 * m / months)) for m in range(months)]
              for i in range(8)}  # fmt: skip
    t = months - 2
    pred = _fitted(counts, t)
    for key, series in counts.items():
        assert abs(pred[key] - series[t + 1]) <= 1.5, key
        # ...much closer than the place's long-run mean would be.
        assert abs(pred[key] - series[t + 1]) < abs(np.mean(series[: t + 1]) - series[t + 1])


def test_a_single_place_rising_steadily_is_followed():
    series = [10 + 2 * m for m in range(24)]
    pred = _fitted({"only": series}, 22)["only"]
    assert abs(pred - series[23]) <= 4


def test_a_place_without_history_gets_a_sane_forecast():
    counts = _noise()
    counts["new"] = [0] * 30
    pred = _fitted(counts, 25)
    assert pred["new"] == 0
    # A place whose first incidents came last month: a small whole number, not a spike.
    counts["new"][25] = 3
    assert 0 <= _fitted(counts, 25)["new"] <= 3
    # Nothing at all anywhere: zero everywhere, no error.
    assert _fitted({"a": [0] * 12, "b": [0] * 12}, 10) == {"a": 0.0, "b": 0.0}


def test_forecast_is_the_poisson_median_a_whole_count():
    # With a rate of 0.6, "0" is right more often than not: MAE prefers it to 0.6 or 1.
    assert poisson_median(0.6) == 0
    assert poisson_median(0.8) == 1
    assert poisson_median(0.0) == 0
    assert all(float(v).is_integer() for v in _fitted(_noise(), 20).values())


def test_rolling_origin_never_uses_future_months():
    counts = _noise()
    counts["p0"][15] = counts["p1"][17] = 120  # crackdowns in the past are clipped
    last_week = {k: [round(v / 4) for v in s] for k, s in counts.items()}
    t = 18
    before = ForecastModel().fit(counts, upto=t)
    rates, pred = before.rates(counts, t, last_week), before.predict(counts, t, last_week)
    # Any future at all: a huge wave in every place after month t.
    rng = np.random.default_rng(99)
    future = {k: s[: t + 1] + rng.poisson(40, len(s) - t - 1).tolist() for k, s in counts.items()}
    future_week = {k: s[: t + 1] + [30] * (len(s) - t - 1) for k, s in last_week.items()}
    after = ForecastModel().fit(future, upto=t)
    assert after.window == before.window
    assert after.rates(future, t, future_week) == rates
    assert after.predict(future, t, future_week) == pred
    # The months before the origin do matter (the test can fail).
    past = {k: [v + 5 for v in s[: t + 1]] + s[t + 1 :] for k, s in counts.items()}
    assert ForecastModel().fit(past, upto=t).rates(past, t, last_week) != rates


def test_rolling_origin_beats_persistence_on_noise_and_reports_it():
    r = rolling_origin(_noise(), first_origin=12)
    assert r["n"] == 12 * (30 - 1 - 12)
    assert r["mae_model"] < r["mae_persistence"]
    # Pure noise around a level: pooled shares beat "same as last month" clearly.
    assert r["improvement"] > 0.15 and r["carried"] == 0


def test_demo_world_forecasts_beat_persistence_by_a_fifth():
    # The default demo history (seed 7, 36 months, 3,000 incidents), as `rightsradar backtest`
    # runs it.
    r = backtest_forecast(from_demo(7))
    assert r["n"] > 500
    assert r["improvement"] >= 0.20, r


@pytest.mark.slow
@pytest.mark.parametrize("seed", [4, 11, 23])
def test_other_demo_worlds_beat_persistence_by_a_fifth(seed):
    # Not tuned to seed 7: seed 4 (a two-month crackdown) lost to persistence before.
    r = backtest_forecast(from_demo(seed))
    assert r["improvement"] >= 0.20, r


def test_the_backtest_picks_the_places_it_scores_from_their_past_only():
    # Two steady places over 24 months, and a place that appears only after the first
    # forecast. Scoring it would mean the future chose which places are forecast; its
    # sudden start must not change what is scored.
    from datetime import date

    from rightsradar.analyze.history import Event

    def month(i: int) -> date:
        return date(2020 + i // 12, i % 12 + 1, 10)

    steady = [Event(day=month(i), country=c) for i in range(24) for c in ("AA", "BB")
              for _ in range(3)]  # fmt: skip
    late = [Event(day=month(i), country="CC") for i in range(14, 24) for _ in range(9)]
    base = backtest_forecast(steady)
    with_late = backtest_forecast(steady + late)
    assert base["n"] == 2 * (24 - 1 - 12)
    assert with_late["n"] == base["n"]
    assert with_late["mae_model"] == base["mae_model"]
