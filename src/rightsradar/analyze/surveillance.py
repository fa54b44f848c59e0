"""Surge detection on weekly counts, the way outbreak surveillance does it.

For each week and each series (a country, a region, a victim group), a quasi-Poisson GLM
fitted on the weeks before it gives the expected count, and the observed count gets a
p-value under a negative binomial with that mean and the fitted over-dispersion. This is
the improved Farrington method (Farrington et al. 1996; Noufaily et al. 2013, used by
public-health agencies and in R's ``surveillance::farringtonFlexible``), adapted to event
data that rarely has years of history:

- the baseline is the ``history`` weeks before the week, minus a ``guard`` of the most
  recent weeks, so a surge that has begun does not raise its own baseline;
- a linear trend is kept only when significant (p < 0.05) and when its extrapolation does
  not exceed the largest baseline count (Farrington's rule against runaway trends);
- one yearly harmonic is added when the baseline spans two years or more;
- past surges are down-weighted (Anscombe residuals above 2.58 get weight 1/s², then the
  model is refitted), so an old wave does not hide a new one;
- the dispersion is max(1, Pearson χ² / residual df); the alarm is p < ``alpha`` with at
  least ``min_count`` events (one or two events are never a "surge").

statsmodels fits the GLMs; scipy gives the negative binomial tail. Why not a library
implementation: no maintained Python port of farringtonFlexible exists.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

WEEKS_PER_YEAR = 52.18
_ANSCOMBE_CUT = 2.58


@dataclass(frozen=True)
class SurgeSignal:
    """The verdict on one week of one series."""

    key: str
    week: int
    observed: int
    expected: float
    upper: float  # the (1 - alpha) quantile of the baseline distribution
    p_value: float
    alarm: bool
    dispersion: float
    trend: bool
    n_baseline: int


@dataclass(frozen=True)
class SurgeConfig:
    history: int = 104
    guard: int = 2
    min_baseline: int = 8
    alpha: float = 0.01
    min_count: int = 3


def _design(t: np.ndarray, *, trend: bool, season: bool) -> np.ndarray:
    cols = [np.ones_like(t, dtype=float)]
    if trend:
        cols.append(t.astype(float))
    if season:
        w = 2 * math.pi * t / WEEKS_PER_YEAR
        cols += [np.sin(w), np.cos(w)]
    return np.column_stack(cols)


def _fit(y: np.ndarray, x: np.ndarray, weights: np.ndarray | None = None):  # type: ignore[no-untyped-def]
    import statsmodels.api as sm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # perfect-separation and convergence chatter
        model = sm.GLM(y, x, family=sm.families.Poisson(), var_weights=weights)
        return model.fit(scale="X2")


def _anscombe(y: np.ndarray, mu: np.ndarray, phi: float, h: np.ndarray) -> np.ndarray:
    """Standardised Anscombe residuals of a quasi-Poisson fit."""
    num = 1.5 * (np.cbrt(y) ** 2 - np.cbrt(mu) ** 2) / mu ** (1 / 6)
    return num / np.sqrt(phi * np.clip(1 - h, 1e-6, None))


def _tail(observed: int, mu: float, phi: float, alpha: float) -> tuple[float, float]:
    """(P(Y >= observed), the 1 - alpha quantile) under NB(mean mu, dispersion phi)."""
    from scipy import stats

    if phi > 1.0 + 1e-9:
        size = mu / (phi - 1.0)
        dist = stats.nbinom(size, size / (size + mu))
    else:
        dist = stats.poisson(mu)
    p = float(dist.sf(observed - 1)) if observed > 0 else 1.0
    return p, float(dist.ppf(1 - alpha))


def detect(series: Sequence[int], week: int, *, key: str = "",
           config: SurgeConfig = SurgeConfig()) -> SurgeSignal | None:  # fmt: skip
    """The signal for ``series[week]``, or None when the baseline is too short."""
    end = week - config.guard
    start = max(0, week - config.history)
    if end - start < config.min_baseline:
        return None
    y = np.asarray(series[start:end], dtype=float)
    t = np.arange(start, end, dtype=float)
    observed = int(series[week])
    n = len(y)
    if y.sum() == 0:
        # Nothing ever happened here: half an event over the whole baseline as the rate, so
        # a first cluster of events still gets a finite (tiny) p-value.
        mu = 0.5 / n
        p, upper = _tail(observed, mu, 1.0, config.alpha)
        alarm = p < config.alpha and observed >= config.min_count
        return SurgeSignal(key, week, observed, mu, upper, p, alarm, 1.0, False, n)
    season = (end - start) >= 2 * WEEKS_PER_YEAR
    use_trend = True
    res = _fit(y, _design(t, trend=True, season=season))
    x_now = _design(np.array([float(week)]), trend=True, season=season)
    trend_p = float(res.pvalues[1]) if len(res.pvalues) > 1 else 1.0
    if not np.isfinite(trend_p) or trend_p >= 0.05 or float(res.predict(x_now)[0]) > y.max():
        use_trend = False
    x = _design(t, trend=use_trend, season=season)
    res = _fit(y, x)
    # Down-weight past surges, then refit.
    phi = max(1.0, float(res.scale))
    h = res.get_influence().hat_matrix_diag
    s = _anscombe(y, res.mu, phi, h)
    if np.any(s > _ANSCOMBE_CUT):
        w = np.where(s > _ANSCOMBE_CUT, 1.0 / np.maximum(s, 1e-9) ** 2, 1.0)
        w *= n / w.sum()
        res = _fit(y, x, weights=w)
    phi = max(1.0, float(res.scale)) if res.df_resid > 0 else 1.0
    x_now = _design(np.array([float(week)]), trend=use_trend, season=season)
    mu = float(res.predict(x_now)[0])
    mu = max(mu, 0.5 / n)
    p, upper = _tail(observed, mu, phi, config.alpha)
    alarm = p < config.alpha and observed >= config.min_count
    return SurgeSignal(key, week, observed, mu, upper, p, alarm, phi, use_trend, n)


def scan(counts: Mapping[str, Sequence[int]], weeks: Sequence[int] | None = None, *,
         config: SurgeConfig = SurgeConfig()) -> list[SurgeSignal]:  # fmt: skip
    """Signals for every series in ``counts`` at ``weeks`` (default: the last week)."""
    out = []
    for key, series in counts.items():
        for wk in weeks if weeks is not None else [len(series) - 1]:
            sig = detect(series, wk, key=key, config=config)
            if sig is not None:
                out.append(sig)
    return out
