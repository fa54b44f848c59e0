"""Learned place and event date (part ``placetime``): rankers over candidate mentions.

The rules (``geo.locate``, ``dates.event_date``) pick one place and one date with fixed
weights. Here every candidate country, region, city and date reading is scored by a logistic
model trained on labelled articles: "is this the attack's country / year / month / day?".
The country is chosen first and its regions and cities are ranked inside it; the year is
chosen first and the month and day among readings of that year, so the output is consistent.
Confidences are the chosen candidate's score passed through a calibration fitted on
cross-validated choices. Models are NumPy arrays and JSON (no pickle).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...evaluate.records import place_key
from .. import dates, geo
from ..base import Doc, Draft
from ..pipeline import RulePipeline, prepare
from . import Example
from .io import load_arrays, save_arrays
from .placetime_features import (
    CITY_FEATURES,
    COUNTRY_FEATURES,
    DATE_FEATURES,
    REGION_FEATURES,
    Context,
    DateCand,
    PlaceCand,
    date_candidates,
    date_matrix,
    place_candidates,
    place_matrix,
)

NAME = "placetime"
FEATURES = {
    "country": COUNTRY_FEATURES,
    "region": REGION_FEATURES,
    "city": CITY_FEATURES,
    "year": DATE_FEATURES,
    "month": DATE_FEATURES,
    "day": DATE_FEATURES,
}
PLACE_KEYS = ("country", "region", "city", "latitude", "longitude", "place_precision")
DATE_KEYS = ("year", "month", "day", "date_precision")


@dataclass
class Ranker:
    """Logistic scores of candidates, and a calibration of the chosen candidate's score."""

    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray
    calib: tuple[float, float] = (1.0, 0.0)
    threshold: float = 0.0
    # Dates only: "learned" takes the ranker's value; "rule" the rule finder's value when it
    # extends the value chosen above it (else nothing); "rule_first" the rule's value when it
    # does, else the ranker's. Chosen per level by cross-validation on the training data.
    mode: str = "learned"

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Probability that each candidate row is the right one."""
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def confidence(self, p: float) -> float:
        """Calibrated probability that the chosen candidate (score ``p``) is right."""
        logit = np.log(max(p, 1e-6) / max(1 - p, 1e-6))
        return float(1.0 / (1.0 + np.exp(-(self.calib[0] * logit + self.calib[1]))))


def fit_ranker(
    x: np.ndarray, y: np.ndarray, c: float = 0.1, groups: np.ndarray | None = None
) -> Ranker:
    """A class-balanced L2 logistic regression on standardised features; with ``groups``
    (the article of each row, rows of one article together) a conditional logit instead:
    a softmax over each article's candidates, which is what picking one of them needs."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0) if len(x) else np.zeros(x.shape[1])
    scale = x.std(axis=0) if len(x) else np.ones(x.shape[1])
    scale[scale < 1e-9] = 1.0
    if len(set(y.tolist())) < 2:
        return Ranker(np.zeros(x.shape[1]), 0.0, mean, scale)
    xs = (x - mean) / scale
    if groups is not None:
        return Ranker(_fit_softmax(xs, y, groups, c), 0.0, mean, scale)
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear")
    model.fit(xs, y)
    return Ranker(model.coef_[0].copy(), float(model.intercept_[0]), mean, scale)


def _fit_softmax(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float) -> np.ndarray:
    """Weights of an L2 conditional logit: minimise, over the articles with a right
    candidate, -log of the softmax mass on their right candidates, plus |w|^2 / 2c."""
    from scipy.optimize import minimize

    has_pos = {g for g, t in zip(groups.tolist(), y.tolist(), strict=True) if t}
    keep = np.array([g in has_pos for g in groups.tolist()])
    x, y, groups = x[keep], y[keep].astype(np.float64), groups[keep]
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    gid = np.cumsum(np.r_[True, groups[1:] != groups[:-1]]) - 1

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        z = z - np.maximum.reduceat(z, starts)[gid]
        e = np.exp(z)
        p = e / np.add.reduceat(e, starts)[gid]
        mass = np.add.reduceat(p * y, starts)
        q = p * y / mass[gid]
        nll = -np.log(np.maximum(mass, 1e-300)).sum() + w @ w / (2 * c)
        return float(nll), x.T @ (p - q) + w / c

    res = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B")
    return np.asarray(res.x)


# ---------------------------------------------------------------- featurised articles


@dataclass
class Featurised:
    """One article's candidates and feature matrices."""

    places: dict[str, list[PlaceCand]]
    place_x: dict[str, np.ndarray]
    dates: list[DateCand]
    date_x: np.ndarray
    text_len: int
    rule_date: tuple[int | None, int | None, int | None] = (None, None, None)


def featurise(doc: Doc, draft: Draft) -> Featurised:
    """Candidates and features of one article after the rule place and date components."""
    ctx = Context.of(doc, draft)
    places = place_candidates(ctx)
    place_x = {
        kind: place_matrix(places[kind], FEATURES[kind]) for kind in ("country", "region", "city")
    }
    cands = date_candidates(ctx)
    return Featurised(
        places, place_x, cands, date_matrix(ctx, cands), len(doc.text), _rule_date(draft)
    )


def _rule_date(draft: Draft) -> tuple[int | None, int | None, int | None]:
    return (draft.fields.get("year"), draft.fields.get("month"), draft.fields.get("day"))


def _city_name(cand: PlaceCand) -> str:
    # Annotators write the city as the article does ("Leon", not "León de los Aldama"), and
    # "New York" for New York City, as for a state's namesake city ("Quezon City" and
    # "Mexico City" keep "City": no state is called Quezon, Mexico is the country).
    surface = Counter(cand.surface).most_common(1)[0][0]
    surface = surface.title() if surface.isupper() else surface
    if surface.endswith(" City"):
        bare = geo.gazetteer().names.get(geo.fold(surface[:-5]), [])
        if any(e.kind == "city" and e.idx == cand.key for e in bare) and any(
            e.kind == "region" and e.code == cand.code for e in bare
        ):
            return surface[:-5]
    return surface


def decide(models: dict[str, Ranker], f: Featurised) -> dict[str, Any]:
    """The chosen place and date: ``{field: (value, confidence, evidence span or None)}``
    plus the coordinates and precisions."""
    out: dict[str, Any] = {}
    countries = f.places["country"]
    if countries:
        p = models["country"].scores(f.place_x["country"])
        best = int(np.argmax(p))
        chosen = countries[best]
        # The country's evidence is where it is named, else the place inside it that implied it.
        span = (chosen.named or chosen.spans)[0]
        out["country"] = (chosen.name, models["country"].confidence(p[best]), span)
        for kind in ("region", "city"):
            idx = [i for i, c in enumerate(f.places[kind]) if c.code == chosen.code]
            if not idx:
                continue
            ps = models[kind].scores(f.place_x[kind][idx])
            j = int(np.argmax(ps))
            if ps[j] < models[kind].threshold:
                continue
            cand = f.places[kind][idx[j]]
            name = _city_name(cand) if kind == "city" else cand.name
            out[kind] = (name, models[kind].confidence(ps[j]), cand.spans[0], cand.key)
    if f.dates:
        out.update(_decide_date(models, f))
    return out


_LEVELS = {"year": 1, "month": 2, "day": 3}


def date_values(
    cands: list[DateCand], level: str, within: tuple[int, ...] = ()
) -> list[tuple[tuple[int, ...], list[int]]]:
    """The distinct date values of one precision (year, year-month or full date) among the
    candidates, each with the indices of the candidates that name it; ``within`` keeps only
    the values that extend it (the months of the chosen year)."""
    n = _LEVELS[level]
    groups: dict[tuple[int, ...], list[int]] = {}
    for i, c in enumerate(cands):
        value = (c.year, c.month, c.day)[:n]
        if None in value or value[: len(within)] != within:
            continue
        groups.setdefault(value, []).append(i)  # type: ignore[arg-type]
    return list(groups.items())


_PUB = DATE_FEATURES.index("kind_pub")


def value_matrix(
    x: np.ndarray, groups: list[tuple[tuple[int, ...], list[int]]], level: str = "day"
) -> np.ndarray:
    """One row per date value: the max and the mean of its mentions' rows, how many there
    are and their share of all mentions (a date said three times near the attack wins).

    For a year, the publication date is no mention: it joins its year's row only as the
    flag ``kind_pub``, unless the text never names that year. Averaged in, its place at
    the end and outside every attack sentence dragged down the very year it confirms (by
    five-fold CV on train + dev, five fold draws, year 57.3 → 57.8 on top of the feature
    ``strong_before_old``; the lead's "February 26" of a report published in March now
    wins over "abducted from Chibok in 2014").
    Months and days keep it averaged in: there it changed nothing the CV could tell from
    noise but where the day ranker's threshold lands."""
    use = x[:, _PUB] == 0 if level == "year" else np.ones(len(x), dtype=bool)
    total = max(int(use.sum()), 1)
    rows = []
    for _, m in groups:
        said = [i for i in m if use[i]] or m
        row = np.concatenate(
            [x[said].max(axis=0), x[said].mean(axis=0), [np.log1p(len(said)), len(said) / total]]
        )
        row[_PUB] = x[m, _PUB].max()
        rows.append(row)
    return np.array(rows).reshape(len(groups), 2 * x.shape[1] + 2)


def _evidence(f: Featurised, members: list[int]) -> tuple[int, int] | None:
    # The mention in an attack sentence if any, else the first one written.
    col = DATE_FEATURES.index("focus")
    spans = [(-f.date_x[i, col], f.dates[i].span) for i in members if f.dates[i].span]
    return min(spans)[1] if spans else None


def _not_recalled(
    f: Featurised, groups: list[tuple[tuple[int, ...], list[int]]]
) -> list[tuple[tuple[int, ...], list[int]]]:
    """The date values some mention of which is outside a sentence recalling an earlier
    attack ("In May, she had already been beaten"), when there are any. The rankers learn
    from HRDsAttack, whose annotators sometimes took the recalled attack; a follow-up
    report dated to the earlier attack joins that attack's incident, so the recalled
    dates are set aside here (by CV on train, year, month and day each equal or one to
    three articles of 300 better with it)."""
    col = DATE_FEATURES.index("recall")
    kept = [(v, m) for v, m in groups if any(f.date_x[i, col] == 0 for i in m)]
    return kept or groups


def _decide_date(models: dict[str, Ranker], f: Featurised) -> dict[str, Any]:
    out: dict[str, Any] = {}
    chosen: tuple[int, ...] = ()
    for level in ("year", "month", "day"):
        model = models[level]
        groups = _not_recalled(f, date_values(f.dates, level, chosen))
        rule = f.rule_date[: _LEVELS[level]]
        rule_fits = None not in rule and rule[:-1] == chosen
        if model.mode != "learned" and rule_fits:
            # The rule's value, scored by the ranker when it is among the candidates.
            value = tuple(rule)  # type: ignore[arg-type]
            members = next((m for v, m in groups if v == value), [])
            p_rule = (
                model.scores(value_matrix(f.date_x, [(value, members)], level))[0]
                if members
                else 0.5
            )
            chosen = value
            out[level] = (chosen[-1], model.confidence(p_rule), _evidence(f, members))
            continue
        if not groups or model.mode == "rule":
            break
        p = model.scores(value_matrix(f.date_x, groups, level))
        best = int(np.argmax(p))
        if level != "year" and p[best] < model.threshold:
            break
        if level != "year" and all(f.dates[i].kind == "pub" for i in groups[best][1]):
            # Only the publication date says so: a month or a day the text never gives is
            # not reported (the year still is: news is mostly about this year's events).
            break
        chosen, members = groups[best]
        out[level] = (chosen[-1], model.confidence(p[best]), _evidence(f, members))
    return out


# ---------------------------------------------------------------- components


class PlaceComponent:
    """Overwrites the rule place with the learned choice (when there is any candidate)."""

    def __init__(self, models: dict[str, Ranker]) -> None:
        self.models = models

    def __call__(self, doc: Doc, draft: Draft) -> None:
        ctx = Context.of(doc, draft)
        places = place_candidates(ctx)
        if not places["country"]:
            return
        f = Featurised(
            places,
            {k: place_matrix(places[k], FEATURES[k]) for k in places},
            [],
            np.zeros((0, len(DATE_FEATURES))),
            len(doc.text),
        )
        chosen = decide(self.models, f)
        for key in PLACE_KEYS:
            draft.fields.pop(key, None)
            draft.evidence.pop(key, None)
            draft.confidence.pop(key, None)
        for key in ("country", "region", "city"):
            if key in chosen:
                value, conf, span = chosen[key][:3]
                draft.set(key, value, conf, span)
        gaz = geo.gazetteer()
        if "city" in chosen:
            row = gaz.cities[chosen["city"][3]]
            lat, lon, precision = row[3], row[4], "city"
        elif "region" in chosen:
            row = gaz.regions[chosen["region"][3]]
            lat, lon, precision = row[2], row[3], "region"
        else:
            code = next(c.code for c in places["country"] if c.name == chosen["country"][0])
            row = gaz.countries[gaz.country_by_code[code]]
            lat, lon, precision = row[2], row[3], "country"
        draft.fields.update(latitude=lat, longitude=lon, place_precision=precision)


class DateComponent:
    """Overwrites the rule date with the learned choice; never after publication, because
    every candidate is bounded by it."""

    def __init__(self, models: dict[str, Ranker]) -> None:
        self.models = models

    def __call__(self, doc: Doc, draft: Draft) -> None:
        ctx = Context.of(doc, draft)
        cands = date_candidates(ctx)
        if not cands:
            return
        found = dates.candidates(doc.text, doc.published, language=doc.language)
        stated = dates.field_date(doc.text, found)
        if stated is not None:
            # A report form's "Date of incident:" states the day: no ranking (HRDsAttack,
            # all news prose, has no such form to learn it from).
            span = (stated.start, stated.end)
            chosen = {
                k: (v, 0.9, span)
                for k, v in (("year", stated.year), ("month", stated.month), ("day", stated.day))
                if v is not None
            }
        else:
            f = Featurised({}, {}, cands, date_matrix(ctx, cands), len(doc.text), _rule_date(draft))
            chosen = _decide_date(self.models, f)
        for key in DATE_KEYS:
            draft.fields.pop(key, None)
            draft.evidence.pop(key, None)
            draft.confidence.pop(key, None)
        for key in ("year", "month", "day"):
            if key in chosen:
                value, conf, span = chosen[key]
                draft.set(key, value, conf, span)
        precision = next((k for k in ("day", "month", "year") if k in chosen), None)
        if precision:
            draft.fields["date_precision"] = precision


# ---------------------------------------------------------------- the part


class PlaceTimePart:
    """The trained rankers of places and dates."""

    name = NAME

    def __init__(self, models: dict[str, Ranker], figures: dict[str, Any]) -> None:
        self.models = models
        self.figures = figures

    def components(self) -> dict[str, Any]:
        return {"place": PlaceComponent(self.models), "date": DateComponent(self.models)}

    def metrics(self) -> dict[str, Any]:
        """Cross-validated accuracy (%) on the training data, paper and plain scoring."""
        return dict(self.figures)

    def save(self, directory: Path) -> None:
        arrays: dict[str, np.ndarray] = {}
        meta: dict[str, Any] = {"format": 1, "features": FEATURES, "metrics": self.figures}
        for field, m in self.models.items():
            arrays[f"{field}_coef"] = m.coef
            arrays[f"{field}_mean"] = m.mean
            arrays[f"{field}_scale"] = m.scale
            meta[field] = {
                "intercept": m.intercept,
                "calib": list(m.calib),
                "threshold": m.threshold,
                "mode": m.mode,
            }
        save_arrays(Path(directory), NAME, arrays, meta)


def load(directory: Path) -> PlaceTimePart:
    """The part saved in ``directory`` by ``PlaceTimePart.save``."""
    arrays, meta = load_arrays(Path(directory), NAME)
    models = {}
    for field, names in FEATURES.items():
        m = meta[field]
        coef, mean, scale = (arrays[f"{field}_{k}"] for k in ("coef", "mean", "scale"))
        saved = list(meta["features"][field])
        if saved != list(names):
            coef, mean, scale = _widen(field, saved, list(names), coef, mean, scale, directory)
        models[field] = Ranker(
            coef,
            float(m["intercept"]),
            mean,
            scale,
            tuple(m["calib"]),
            float(m["threshold"]),
            m.get("mode", "learned"),
        )
    return PlaceTimePart(models, meta.get("metrics", {}))


def _widen(
    field: str,
    saved: list[str],
    names: list[str],
    coef: np.ndarray,
    mean: np.ndarray,
    scale: np.ndarray,
    directory: Path,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A model saved before features were added still loads: the added features get a zero
    weight, so it scores as it did. A model missing no feature but ordered or named
    otherwise does not."""
    if not set(saved) <= set(names):
        raise ValueError(f"model {directory} was trained with other {field} features")
    index = [names.index(n) for n in saved]
    if field in ("year", "month", "day"):
        # Date rows are the max and the mean of every feature, then two counts.
        k = len(names)
        index = [*index, *(k + i for i in index), 2 * k, 2 * k + 1]
    width = len(names) if field not in ("year", "month", "day") else 2 * len(names) + 2
    out = (np.zeros(width), np.zeros(width), np.ones(width))
    for new, old in zip(out, (coef, mean, scale), strict=True):
        new[index] = old
    return out


def train(examples: list[Example]) -> PlaceTimePart:
    """Fit the rankers on ``examples``; figures are 5-fold cross-validated on them."""
    from .placetime_train import train_models

    rules = RulePipeline()
    items = [(ex, featurise(*rule_draft(ex, rules))) for ex in examples]
    models, figures = train_models(items)
    return PlaceTimePart(models, figures)


def rule_draft(ex: Example, rules: RulePipeline | None = None) -> tuple[Doc, Draft]:
    """The Doc and the Draft the learned components see: every rule component run."""
    doc = prepare(ex.article)
    draft = Draft()
    for _, component in (rules or RulePipeline()).components:
        component(doc, draft)
    return doc, draft


def gold_code(name: str | None) -> str | None:
    """The country code of a gold country name, or None."""
    canon = geo.canonical_country(name) if name else None
    if canon is None:
        return None
    gaz = geo.gazetteer()
    return next((c[0] for c in gaz.countries if c[1] == canon), None)


def same_place(kind: str, gold: str | None, cand: PlaceCand) -> bool:
    """Whether a candidate agrees with a gold name (canonical name or as written)."""
    if gold is None:
        return False
    key = place_key(gold, kind=kind)
    names = [cand.name] if kind == "country" else [cand.name, *set(cand.surface)]
    return any(place_key(n, kind=kind) == key for n in names)
