"""Escalation risk: will someone with a record of attacks suffer killing, enforced
disappearance or torture within the next 90 days?

A sample is (person, origin date): a person with at least one earlier attack, not already
killed or disappeared. Features come from the person's case history up to the origin and
from the context of their country and group (how much serious violence there was lately).
The label is a serious attack on them in (origin, origin + horizon]. Training samples are
only those whose horizon ended before the origin being predicted, so nothing from the
future leaks in.

Gradient boosting (LightGBM) with probabilities calibrated by isotonic regression on a
held-out slice of the past; the reasons shown for a score are the features with the
largest contributions (LightGBM's exact tree SHAP values) for that person.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from .history import Event

HORIZON_DAYS = 90
KINDS = ("arbitrary detention", "kidnapping", "other", "torture")
GROUPS = ("human rights defender", "journalist", "trade unionist")
FEATURES = (
    "n_attacks", "n_last_90d", "n_last_30d", "days_since_last", "days_since_first",
    "mean_gap_days", "max_severity", "last_severity", "severity_rise",
    *(f"had_{k.replace(' ', '_')}" for k in KINDS),
    *(f"group_{g.replace(' ', '_')}" for g in GROUPS),
    "country_serious_90d", "country_all_90d", "country_group_serious_180d",
)  # fmt: skip
_SEVERITY = {"other": 1, "kidnapping": 3, "arbitrary detention": 3, "torture": 5,
             "enforced disappearance": 6, "killing": 7}  # fmt: skip
_REASON = {
    "n_attacks": "attacks on record", "n_last_90d": "attacks in the last 90 days",
    "n_last_30d": "attacks in the last 30 days", "days_since_last": "days since the last attack",
    "days_since_first": "length of the case history", "mean_gap_days": "days between attacks",
    "max_severity": "most serious attack so far", "last_severity": "severity of the last attack",
    "severity_rise": "attacks getting more serious", "country_serious_90d":
    "killings, disappearances and torture in the country (90 days)", "country_all_90d":
    "attacks in the country (90 days)", "country_group_serious_180d":
    "serious attacks on the same group in the country (180 days)",
}  # fmt: skip


def _severity(vs: frozenset[str]) -> int:
    return max((_SEVERITY.get(v, 1) for v in vs), default=1)


@dataclass
class Samples:
    x: np.ndarray
    y: np.ndarray
    persons: list[str]
    origins: list[date]


class EventIndex:
    """Per-person and per-country event lists (oldest first), for features as of any date."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.by_person: dict[str, list[Event]] = defaultdict(list)
        self.by_country: dict[str, list[Event]] = defaultdict(list)
        for e in sorted(events, key=lambda e: e.day):
            for pid in dict.fromkeys(e.person_ids):
                self.by_person[pid].append(e)
            self.by_country[e.country].append(e)
        self._days = {c: [e.day for e in evs] for c, evs in self.by_country.items()}

    def country_counts(self, country: str, lo: date, hi: date, *, serious: bool,
                       group: str | None = None) -> int:  # fmt: skip
        """Events in ``country`` with ``lo <= day < hi`` (serious ones only, of ``group``)."""
        days = self._days.get(country)
        if not days:
            return 0
        # Only the events inside the window are looked at: a country's history can be long.
        window = self.by_country[country][bisect_left(days, lo) : bisect_left(days, hi)]
        return sum(1 for e in window if (not serious or e.serious)
                   and (group is None or group in e.groups))  # fmt: skip


def features(history: Sequence[Event], origin: date, index: EventIndex) -> list[float]:
    """The feature vector of one person (their events before ``origin``) at ``origin``."""
    days = [(origin - e.day).days for e in history]
    sev = [_severity(e.violations) for e in history]
    gaps = [(b.day - a.day).days for a, b in zip(history, history[1:], strict=False)]
    groups = set().union(*(e.groups for e in history))
    country = history[-1].country
    main_group = next((g for g in GROUPS if g in groups), None)
    return [
        len(history), sum(d <= 90 for d in days), sum(d <= 30 for d in days),
        min(days), max(days), float(np.mean(gaps)) if gaps else 365.0,
        max(sev), sev[-1], sev[-1] - sev[0],
        *(float(any(k in e.violations for e in history)) for k in KINDS),
        *(float(g in groups) for g in GROUPS),
        index.country_counts(country, origin - timedelta(90), origin, serious=True),
        index.country_counts(country, origin - timedelta(90), origin, serious=False),
        index.country_counts(country, origin - timedelta(180), origin, serious=True,
                             group=main_group) if main_group else 0,
    ]  # fmt: skip


def build_samples(events: Sequence[Event], origins: Sequence[date], *,
                  horizon: int = HORIZON_DAYS, lookback: int = 365) -> Samples:  # fmt: skip
    """One sample per (person at risk, origin); see the module docstring."""
    index = EventIndex(events)
    xs, ys, persons, when = [], [], [], []
    for origin in origins:
        for pid, evs in index.by_person.items():
            past = [e for e in evs if e.day < origin]
            if not past or (origin - past[-1].day).days > lookback:
                continue
            if any(v in ("killing", "enforced disappearance") for e in past for v in e.violations):
                continue  # no longer at risk of a first serious attack in our sense
            future = [e for e in evs if origin <= e.day < origin + timedelta(horizon)]
            xs.append(features(past, origin, index))
            ys.append(int(any(e.serious for e in future)))
            persons.append(pid)
            when.append(origin)
    x = np.array(xs, dtype=float).reshape(-1, len(FEATURES))
    return Samples(x, np.array(ys, dtype=int), persons, when)


@dataclass
class RiskModel:
    """Calibrated gradient boosting over ``FEATURES``."""

    booster: object = None
    calibrator: object = None
    base_rate: float = 0.0
    params: dict = field(default_factory=lambda: {
        "objective": "binary", "learning_rate": 0.05, "num_leaves": 8, "min_data_in_leaf": 20,
        "feature_fraction": 0.9, "bagging_fraction": 0.9, "bagging_freq": 1, "lambda_l2": 1.0,
        "verbose": -1, "seed": 7, "num_threads": 2, "deterministic": True,
    })  # fmt: skip
    rounds: int = 200

    def fit(self, x: np.ndarray, y: np.ndarray) -> RiskModel:
        """Fit on the older 80 % of ``x`` (rows in time order), calibrate on the newest 20 %."""
        import lightgbm as lgb
        from sklearn.isotonic import IsotonicRegression

        self.base_rate = float(y.mean()) if len(y) else 0.0
        cut = int(len(y) * 0.8)
        if len(set(y[:cut].tolist())) < 2 or len(set(y[cut:].tolist())) < 2:
            cut = len(y)  # too few positives to hold some out: no calibration step
        self.booster = lgb.train(self.params, lgb.Dataset(x[:cut], y[:cut]),
                                 num_boost_round=self.rounds)  # fmt: skip
        if cut < len(y):
            raw = self.booster.predict(x[cut:])
            self.calibrator = IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1)
            self.calibrator.fit(raw, y[cut:])
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        if self.booster is None:
            return np.full(len(x), self.base_rate)
        raw = self.booster.predict(x)
        return self.calibrator.predict(raw) if self.calibrator is not None else raw

    def reasons(self, x: np.ndarray, top: int = 3) -> list[list[tuple[str, float]]]:
        """For each row, the features pushing its risk up the most (name, log-odds)."""
        if self.booster is None:
            return [[] for _ in range(len(x))]
        contrib = self.booster.predict(x, pred_contrib=True)[:, :-1]
        out = []
        for row in contrib:
            order = np.argsort(-row)[:top]
            out.append([(_REASON.get(FEATURES[i], FEATURES[i].replace("_", " ")), float(row[i]))
                        for i in order if row[i] > 0])  # fmt: skip
        return out


def auc(y: Sequence[int], p: Sequence[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p)) if len(set(y)) == 2 else math.nan
