"""Next month's incident count per place, against the persistence baseline.

Counts of attacks per place and month are small, noisy and hit by crackdowns (a month of
hundreds of detentions, then calm). Persistence ("next month = this month") is what an
analyst does by eye and is the baseline to beat. The model, in four explainable steps:

1. **Crackdown months are clipped.** A month far above the place's local median (more than
   ``median + 3 * sqrt(median + 1) + 2``, the median of the surrounding months known at the
   origin) is cut to that cap, so that a spike neither inflates the place's share nor the
   level of the months after it.
2. **Each place's share is pooled over its whole past.** A place with three attacks a month
   has a share estimated from dozens of months, not from last month's 1 or 6: this is where
   most of the gain over persistence comes from (persistence carries all of last month's
   Poisson noise into the forecast, doubling its variance).
3. **The level is the recent total of all places.** Changes that hit every place at once (a
   quieter year, more reporting) show in the total of all places long before they show in
   one place's noisy series. The total's level is the mean of its last ``k`` clipped months,
   with ``k`` chosen at every origin by the error it would have had on the months before
   (rolling origin inside the past only). Forecast rate = share x level.
4. **A crackdown still running carries on.** When a place's last 7 days alone are
   implausible under that rate (Poisson tail p < 0.001), the crackdown is still under way on
   the last day: the forecast adds the last week's excess once more (crackdowns last weeks,
   not months). A spike that ended before the last week does not carry.

Mean absolute error is minimised by the median of the predictive distribution, so the
forecast is the median of a Poisson distribution with that rate (an integer), not its mean.

History: a per-place median of the last ``k`` months beat persistence by only 7 % on the
demo world (seed 7): per-place medians are noisy and kept a two-month crackdown in the
median. A pooled Poisson GLM on lagged counts lost to persistence: crackdown months
dominate its likelihood.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import poisson

#: Counts per place (key) and month (index).
Counts = Mapping[str, Sequence[int]]

WINDOWS = (1, 3, 5, 7, 9, 12)
#: Months either side whose median a month is compared with before it is clipped.
CLIP_SPAN = 6
#: Poisson tail probability below which the last week shows a crackdown still running.
RUNNING_P = 1e-3
#: Days in "the last week" of a month, and the days of a month for its expected share.
WEEK_DAYS, MONTH_DAYS = 7, 30.4


def clipped(counts: np.ndarray, t: int) -> np.ndarray:
    """Months ``0..t`` of each place (rows) with crackdown months cut to a local cap."""
    x = np.asarray(counts, float)[:, : t + 1]
    med = np.empty_like(x)
    for m in range(x.shape[1]):
        med[:, m] = np.median(x[:, max(0, m - CLIP_SPAN) : m + CLIP_SPAN + 1], axis=1)
    return np.minimum(x, med + 3 * np.sqrt(med + 1) + 2)


def _matrix(counts: Counts) -> tuple[list[str], np.ndarray]:
    keys = list(counts)
    return keys, np.array([list(counts[k]) for k in keys], float).reshape(len(keys), -1)


def _total_level(total: np.ndarray, t: int, k: int) -> float:
    return float(np.mean(total[max(0, t - k + 1) : t + 1]))


@dataclass
class ForecastModel:
    """Pooled shares times the recent level of all places; see the module docstring.

    ``window`` is the number of recent months whose clipped total sets the level; ``fit``
    chooses it from the past. ``carried`` lists the places whose last prediction carried a
    running crackdown.
    """

    window: int = 3
    carried: tuple[str, ...] = ()

    def fit(self, counts: Counts, upto: int, min_origins: int = 3) -> ForecastModel:
        """Pick the window whose level of the clipped total had the lowest absolute error
        over origins o with o + 1 <= ``upto`` (the last 12 such origins)."""
        origins = range(max(0, upto - 12), upto)
        if len(origins) < min_origins or not counts:
            return self
        total = clipped(_matrix(counts)[1], upto).sum(axis=0)

        def mae(k: int) -> float:
            return float(np.mean([abs(_total_level(total, o, k) - total[o + 1]) for o in origins]))

        self.window = min(WINDOWS, key=mae)
        return self

    def rates(self, counts: Counts, t: int, last_week: Counts | None = None) -> dict[str, float]:
        """Expected count of month ``t + 1`` per place, from months up to ``t`` (and the
        counts of the last 7 days of each month, when given)."""
        keys, x = _matrix(counts)
        if not keys:
            return {}
        clip = clipped(x, t)
        past = clip.sum()
        if past <= 0:
            self.carried = ()
            return dict.fromkeys(keys, 0.0)
        share = clip.sum(axis=1) / past
        rate = share * _total_level(clip.sum(axis=0), t, self.window)
        carried: list[str] = []
        if last_week is not None:
            week = np.array([float(last_week[k][t]) for k in keys])
            expected = rate * WEEK_DAYS / MONTH_DAYS
            running = (week > 0) & (poisson.sf(week - 1, expected) < RUNNING_P)
            rate = np.where(running, rate + (week - expected), rate)
            carried = [k for k, r in zip(keys, running, strict=True) if r]
        self.carried = tuple(carried)
        return dict(zip(keys, rate.tolist(), strict=True))

    def predict(self, counts: Counts, t: int, last_week: Counts | None = None) -> dict[str, float]:
        """Forecast of month ``t + 1`` for each place: the median of Poisson(rate)."""
        rates = self.rates(counts, t, last_week)
        return {k: poisson_median(r) for k, r in rates.items()}


def poisson_median(rate: float) -> float:
    """The median of a Poisson distribution: the count that minimises expected |error|."""
    return float(poisson.median(rate)) if rate > 0 else 0.0


def rolling_origin(
    counts: Counts, *, first_origin: int = 12, last_week: Counts | None = None
) -> dict[str, float]:
    """Refit at every month from ``first_origin`` on, predict the next month; compare MAE with
    persistence. ``last_week`` holds, per place and month, the count of that month's last 7
    days. Returns mae_model, mae_persistence, improvement (fraction), n, median_window and
    carried (forecasts that carried a running crackdown)."""
    n_months = len(next(iter(counts.values())))
    err_m, err_p, windows, carried = [], [], [], 0
    for t in range(first_origin, n_months - 1):
        model = ForecastModel().fit(counts, upto=t)
        windows.append(model.window)
        pred = model.predict(counts, t, last_week)
        carried += len(model.carried)
        for k, s in counts.items():
            err_m.append(abs(pred[k] - s[t + 1]))
            err_p.append(abs(s[t] - s[t + 1]))
    mae_m, mae_p = float(np.mean(err_m)), float(np.mean(err_p))
    return {
        "mae_model": mae_m,
        "mae_persistence": mae_p,
        "improvement": 1 - mae_m / mae_p if mae_p else 0.0,
        "n": len(err_m),
        "median_window": float(np.median(windows)),
        "carried": carried,
    }
