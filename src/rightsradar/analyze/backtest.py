"""Rolling-origin backtests of the early-warning models, measured the honest way.

At every origin, a model sees only what was known then and predicts what comes after;
the figures pool every origin:

- escalation risk: AUC, Brier score, expected calibration error, recall at top-k (of the
  persons who then suffered a serious attack, the share ranked in the top k at that
  origin) and false alarms per true alarm among those top k;
- surges: detection delay (weeks from a crackdown's start to the first alarm for that
  country) and the false-alarm rate (alarms per country-week outside any crackdown);
- forecasts: mean absolute error of next month's count per country against persistence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np

from ..evaluate.metrics import expected_calibration_error
from .forecast import rolling_origin
from .history import Event, monthly_counts, weekly_counts
from .risk import HORIZON_DAYS, RiskModel, auc, build_samples
from .surveillance import SurgeConfig, detect


def _span(events: Sequence[Event]) -> tuple[date, date]:
    return events[0].day, events[-1].day


def backtest_risk(
    events: Sequence[Event],
    *,
    step_days: int = 30,
    top_k: int = 20,
    warmup_days: int = 365,
    horizon: int = HORIZON_DAYS,
) -> dict[str, float]:
    """Refit at each origin on samples whose horizon ended before it; score that origin."""
    first, last = _span(events)
    train_origins = [first + timedelta(d) for d in range(60, (last - first).days, 14)]
    test_origins = [first + timedelta(d) for d in range(warmup_days, (last - first).days - horizon,
                                                        step_days)]  # fmt: skip
    all_train = build_samples(events, train_origins, horizon=horizon)
    all_test = build_samples(events, test_origins, horizon=horizon)
    test_at = np.array(all_test.origins)
    ys, ps, recalls, fa_ratio = [], [], [], []
    for origin in test_origins:
        known = np.array([o + timedelta(horizon) <= origin for o in all_train.origins])
        if known.sum() < 50 or len(set(all_train.y[known].tolist())) < 2:
            continue
        rows = test_at == origin
        if not rows.any():
            continue
        model = RiskModel().fit(all_train.x[known], all_train.y[known])
        test_x, test_y = all_test.x[rows], all_test.y[rows]
        p = model.predict(test_x)
        ys += test_y.tolist()
        ps += p.tolist()
        order = np.argsort(-p)[:top_k]
        tp = int(test_y[order].sum())
        if test_y.sum():
            recalls.append(tp / test_y.sum())
        fa_ratio.append((len(order) - tp) / tp if tp else math.inf)
    if not ys:
        return {"n": 0}
    y, p = np.array(ys), np.array(ps)
    finite = [r for r in fa_ratio if math.isfinite(r)]
    return {
        "n": len(y),
        "positives": int(y.sum()),
        "origins": len(fa_ratio),
        "auc": auc(y, p),
        "brier": float(np.mean((p - y) ** 2)),
        "ece": expected_calibration_error(
            list(zip(p.tolist(), y.astype(bool).tolist(), strict=True))
        ),  # fmt: skip
        f"recall_at_{top_k}": float(np.mean(recalls)) if recalls else math.nan,
        "false_alarms_per_true_alarm": float(np.mean(finite)) if finite else math.nan,
    }


def crackdowns(events: Sequence[Event], start: date, n_weeks: int, *, min_events: int = 3
               ) -> dict[str, list[tuple[int, int]]]:  # fmt: skip
    """Known crackdown windows (first and last week) per country: the weeks where events
    flagged with a context cluster (demo truth carries the context of each crackdown)."""
    weeks = weekly_counts([e for e in events if e.context], lambda e: f"{e.country}|{e.context}",
                          start, n_weeks)  # fmt: skip
    out: dict[str, list[tuple[int, int]]] = {}
    for key, series in weeks.items():
        busy = [w for w, n in enumerate(series) if n >= 1]
        if sum(series) < min_events:
            continue
        out.setdefault(key.split("|")[0], []).append((busy[0], busy[-1]))
    return out


def backtest_surges(events: Sequence[Event], *, config: SurgeConfig = SurgeConfig(),
                    warmup_weeks: int = 26, margin: int = 2) -> dict[str, float]:  # fmt: skip
    """Detection delay of known crackdowns and false alarms elsewhere, per country-week."""
    start, end = _span(events)
    start = start - timedelta(days=start.weekday())
    n_weeks = (end - start).days // 7 + 1
    counts = weekly_counts(events, lambda e: e.country, start, n_weeks)
    windows = crackdowns(events, start, n_weeks)
    delays, missed, false_alarms, quiet_weeks = [], 0, 0, 0
    for country, series in counts.items():
        alarms = {w for w in range(warmup_weeks, n_weeks)
                  if (s := detect(series, w, key=country, config=config)) and s.alarm}  # fmt: skip
        spans = windows.get(country, [])
        for lo, hi in spans:
            if lo < warmup_weeks:
                continue
            hit = sorted(w for w in alarms if lo <= w <= hi)
            if hit:
                delays.append(hit[0] - lo)
            else:
                missed += 1
        for w in range(warmup_weeks, n_weeks):
            if any(lo - margin <= w <= hi + margin for lo, hi in spans):
                continue
            quiet_weeks += 1
            false_alarms += w in alarms
    n_crack = len(delays) + missed
    return {
        "crackdowns": n_crack,
        "detected": len(delays),
        "median_delay_weeks": float(np.median(delays)) if delays else math.nan,
        "false_alarm_rate": false_alarms / quiet_weeks if quiet_weeks else math.nan,
        "false_alarms": false_alarms,
        "quiet_country_weeks": quiet_weeks,
    }


def backtest_forecast(events: Sequence[Event], *, first_origin: int = 12,
                      min_total: int = 4) -> dict[str, float]:  # fmt: skip
    """Next-month counts per country; the model also sees each month's last 7 days, to tell
    a crackdown still running. The countries scored are those with at least ``min_total``
    events before the first forecast: choosing them by their totals over the whole span
    would let the future pick which places are forecast."""
    start, end = _span(events)
    start = start.replace(day=1)
    n_months = (end.year - start.year) * 12 + end.month - start.month + 1
    counts = monthly_counts(events, lambda e: e.country, start, n_months)
    counts = {k: v for k, v in counts.items() if sum(v[:first_origin]) >= min_total}
    if not counts or n_months <= first_origin + 1:
        return {"n": 0}
    last_week = monthly_counts([e for e in events if e.country in counts and _last_week(e.day)],
                               lambda e: e.country, start, n_months)  # fmt: skip
    last_week = {k: last_week.get(k, [0] * n_months) for k in counts}
    return rolling_origin(counts, first_origin=first_origin, last_week=last_week)


def _last_week(day: date) -> bool:
    """Whether ``day`` is one of the last 7 days of its month."""
    return (day + timedelta(days=7)).month != day.month
