"""Next month's incident count per place, against the persistence baseline.

Counts of attacks per place and month are small, noisy and hit by crackdowns (a month of
hundreds of detentions, then calm). Scored by mean absolute error, the best forecast is
the median of the predictive distribution, and a spike must not carry into the next
months. The model is therefore a robust local level: the median of the last ``k`` months,
with ``k`` chosen at every origin by the pooled error it would have had on the months
before (rolling origin inside the past only). A pooled Poisson GLM on lagged counts was
tried first and lost to persistence: crackdown months dominate its likelihood.
Persistence ("next month = this month") is what an analyst does by eye and is the
baseline to beat.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

WINDOWS = (1, 3, 5, 7, 9, 12)


def _level(series: Sequence[int], t: int, k: int) -> float:
    return float(np.median(series[max(0, t - k + 1): t + 1]))


@dataclass
class ForecastModel:
    """Chooses the window from the past, then forecasts every place with it."""

    window: int = 3

    def fit(self, counts: Mapping[str, Sequence[int]], upto: int, min_origins: int = 3
            ) -> ForecastModel:  # fmt: skip
        """Pick the window with the lowest pooled MAE over origins t with t + 1 <= ``upto``."""
        origins = range(max(0, upto - 12), upto)
        if len(origins) < min_origins:
            return self
        def mae(k: int) -> float:
            return float(np.mean([abs(_level(s, t, k) - s[t + 1])
                                  for t in origins for s in counts.values()]))  # fmt: skip
        self.window = min(WINDOWS, key=mae)
        return self

    def predict(self, counts: Mapping[str, Sequence[int]], t: int) -> dict[str, float]:
        """Forecast of month ``t + 1`` for each place, from months up to ``t``."""
        return {k: _level(s, t, self.window) for k, s in counts.items()}


def rolling_origin(counts: Mapping[str, Sequence[int]], *, first_origin: int = 12
                   ) -> dict[str, float]:  # fmt: skip
    """Refit at every month from ``first_origin`` on, predict the next month; compare MAE with
    persistence. Returns mae_model, mae_persistence, improvement (fraction) and n."""
    n_months = len(next(iter(counts.values())))
    err_m, err_p, windows = [], [], []
    for t in range(first_origin, n_months - 1):
        model = ForecastModel().fit(counts, upto=t)
        windows.append(model.window)
        pred = model.predict(counts, t)
        for k, s in counts.items():
            err_m.append(abs(pred[k] - s[t + 1]))
            err_p.append(abs(s[t] - s[t + 1]))
    mae_m, mae_p = float(np.mean(err_m)), float(np.mean(err_p))
    return {"mae_model": mae_m, "mae_persistence": mae_p,
            "improvement": 1 - mae_m / mae_p if mae_p else 0.0, "n": len(err_m),
            "median_window": float(np.median(windows))}  # fmt: skip
