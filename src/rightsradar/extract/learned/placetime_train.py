"""Training of the ``placetime`` rankers: labels, cross-validation, calibration."""

from __future__ import annotations

from typing import Any

import numpy as np

from ...evaluate.records import GoldRecord, place_key
from . import Example
from .placetime import (
    _LEVELS,
    FEATURES,
    Featurised,
    Ranker,
    date_values,
    decide,
    fit_ranker,
    gold_code,
    same_place,
    value_matrix,
)

FIELDS = ("country", "region", "city", "year", "month", "day")
FOLDS = 5


def _rows(items: list[tuple[Example, Featurised]], field: str) -> tuple[np.ndarray, np.ndarray]:
    """Training rows and labels of one ranker."""
    xs, ys = [], []
    for ex, f in items:
        g = ex.gold
        if field in ("country", "region", "city"):
            gold = getattr(g, field)
            if gold is None:
                continue
            cands = f.places[field]
            keep = list(range(len(cands)))
            if field != "country":
                # Regions and cities are ranked inside the chosen country: train them there.
                code = gold_code(g.country)
                keep = [i for i in keep if cands[i].code == code]
            if not keep:
                continue
            xs.append(f.place_x[field][keep])
            ys += [same_place(field, gold, cands[i]) for i in keep]
            continue
        gold_date = (g.year, g.month, g.day)[: _LEVELS[field]]
        if None in gold_date:
            continue
        groups = date_values(f.dates, field)
        if not groups:
            continue
        xs.append(value_matrix(f.date_x, groups))
        ys += [value == gold_date for value, _ in groups]
    width = len(FEATURES[field])
    x = np.vstack(xs) if xs else np.zeros((0, width))
    return x, np.array(ys, dtype=np.int64)


def fit_all(items: list[tuple[Example, Featurised]]) -> dict[str, Ranker]:
    """One ranker per field, fitted on ``items``."""
    return {field: fit_ranker(*_rows(items, field)) for field in FIELDS}


def _correct(field: str, gold: GoldRecord, value: Any) -> bool:
    g = getattr(gold, field)
    if field in ("country", "region", "city"):
        return place_key(g, kind=field) == place_key(value, kind=field)
    return g == value


def cross_validate(
    items: list[tuple[Example, Featurised]], folds: int = FOLDS
) -> tuple[dict[str, float], dict[str, list[tuple[float, bool, bool]]]]:
    """Out-of-fold accuracies (paper and plain, %) and, per field, the (score, right, gold
    empty) of every out-of-fold choice."""
    rng = np.random.default_rng(0)
    order = rng.permutation(len(items))
    choices: dict[str, list[tuple[float, bool, bool]]] = {f: [] for f in FIELDS}
    paper = dict.fromkeys(FIELDS, 0)
    plain = dict.fromkeys(FIELDS, 0)
    for k in range(folds):
        held = set(order[k::folds].tolist())
        models = fit_all([it for i, it in enumerate(items) if i not in held])
        for i in held:
            ex, f = items[i]
            chosen = decide(models, f)
            for field in FIELDS:
                value = chosen[field][0] if field in chosen else None
                ok = _correct(field, ex.gold, value)
                gold_empty = getattr(ex.gold, field) is None
                paper[field] += ok and not gold_empty
                plain[field] += ok
                if field in chosen:
                    choices[field].append((chosen[field][1], ok, gold_empty))
    n = max(len(items), 1)
    figures = {f"cv_{f}_paper": round(100 * paper[f] / n, 1) for f in FIELDS}
    figures.update({f"cv_{f}_plain": round(100 * plain[f] / n, 1) for f in FIELDS})
    return figures, choices


def calibration(pairs: list[tuple[float, bool, bool]]) -> tuple[float, float]:
    """Platt scaling (slope, offset on the logit) of out-of-fold chosen scores."""
    from sklearn.linear_model import LogisticRegression

    if len(pairs) < 10 or len({ok for _, ok, _ in pairs}) < 2:
        return 1.0, 0.0
    p = np.clip(np.array([s for s, _, _ in pairs]), 1e-6, 1 - 1e-6)
    logit = np.log(p / (1 - p)).reshape(-1, 1)
    y = np.array([ok for _, ok, _ in pairs], dtype=np.int64)
    model = LogisticRegression(C=100.0).fit(logit, y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def train_models(
    items: list[tuple[Example, Featurised]],
) -> tuple[dict[str, Ranker], dict[str, Any]]:
    """Final rankers (fitted on all items, calibrated out of fold) and their CV figures."""
    figures, choices = cross_validate(items)
    models = fit_all(items)
    for field, m in models.items():
        m.calib = calibration(choices[field])
    figures["n_train"] = len(items)
    return models, figures
