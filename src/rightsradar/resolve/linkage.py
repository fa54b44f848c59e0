"""Does an article report an incident we already know? A pure, swappable scoring model.

The model is Fellegi-Sunter in spirit (as Splink is): each feature compares the two
records and lands in one *level*; each level carries a match weight (log2 Bayes factor)
kept as data in ``DEFAULT_WEIGHTS``. The score is ``prior + sum(weights)``; a missing value
on either side contributes 0 (no evidence either way). A record joins the best candidate
whose score reaches ``threshold``. A Splink model can replace ``RuleLinker`` by
implementing the ``Linker`` protocol.

Stated threshold: 2.0 bits above the prior, i.e. a match probability of 0.8 given the
blocking. With the default weights, two reports agreeing on victim name and country join
(8 + 0.5 - 4 = 4.5); two unnamed reports need day and violation agreement plus the city
(3 + 3 + 2 - 4 = 4) or the perpetrator type (0.5 + 3 + 2 + 1 - 4 = 2.5); country, day and
violation alone (1.5) do not; a different country or a date beyond the window (-10), or
two different victim names (-8), never join.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from rapidfuzz import fuzz

from .names import fold, name_key

# precision -> how many leading parts of the date are known
_PRECISION_PARTS = {"year": 1, "month": 2, "day": 3}


@dataclass(frozen=True)
class Record:
    """What linkage compares: one article's reading, or one incident's merged fields.

    ``names`` hold name keys (``names.name_key``); ``date_precision`` is year|month|day.
    """

    names: frozenset[str] = frozenset()
    country: str | None = None
    region: str | None = None
    city: str | None = None
    event_date: date | None = None
    date_precision: str | None = None
    violations: frozenset[str] = frozenset()
    perpetrator: str | None = None


# feature -> level -> match weight (bits). Levels are named in ``compare``.
DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    "name": {"exact": 8.0, "fuzzy_high": 6.0, "fuzzy_low": 1.0, "different": -8.0},
    "place": {
        "city": 3.0,
        "region": 2.0,
        "country": 0.5,
        "city_differs": -2.0,
        "country_differs": -10.0,
    },
    "date": {
        "same_day": 3.0,
        "within_3_days": 2.0,
        "within_window": 0.5,
        "same_coarse": 0.5,
        "outside_window": -10.0,
    },
    "violations": {"same": 2.0, "overlap": 1.0, "disjoint": -2.0},
    "perpetrator": {"same": 1.0, "different": -1.0},
}
DEFAULT_PRIOR = -4.0
DEFAULT_THRESHOLD = 2.0


def _name_level(a: frozenset[str], b: frozenset[str]) -> str | None:
    if not a or not b:
        return None
    if a & b:
        return "exact"
    best = max(fuzz.token_set_ratio(x, y) for x in a for y in b)
    if best >= 90:
        return "fuzzy_high"
    return "fuzzy_low" if best >= 80 else "different"


def _same(x: str | None, y: str | None) -> bool | None:
    if not x or not y:
        return None
    return fold(x) == fold(y)


def _place_level(a: Record, b: Record) -> str | None:
    country = _same(a.country, b.country)
    if country is None:
        return None
    if not country:
        return "country_differs"
    city = _same(a.city, b.city)
    if city:
        return "city"
    if _same(a.region, b.region):
        return "region"
    return "city_differs" if city is False else "country"


def _date_level(a: Record, b: Record, window_days: int) -> str | None:
    if a.event_date is None or b.event_date is None:
        return None
    parts = min(
        _PRECISION_PARTS.get(a.date_precision or "day", 3),
        _PRECISION_PARTS.get(b.date_precision or "day", 3),
    )
    if parts < 3:
        # Compare only what both know: same month (or year) is weak agreement.
        da, db = a.event_date, b.event_date
        same = da.year == db.year and (parts < 2 or da.month == db.month)
        if same:
            return "same_coarse"
        gap_days = abs((da - db).days)
        return "same_coarse" if gap_days <= window_days else "outside_window"
    gap = abs((a.event_date - b.event_date).days)
    if gap == 0:
        return "same_day"
    if gap <= 3:
        return "within_3_days"
    return "within_window" if gap <= window_days else "outside_window"


def _violation_level(a: frozenset[str], b: frozenset[str]) -> str | None:
    a, b = a - {"unknown"}, b - {"unknown"}
    if not a or not b:
        return None
    jaccard = len(a & b) / len(a | b)
    if jaccard == 1.0:
        return "same"
    return "overlap" if jaccard > 0 else "disjoint"


def compare(a: Record, b: Record, *, window_days: int) -> dict[str, str | None]:
    """The level each feature lands in (None: a value is missing)."""
    return {
        "name": _name_level(a.names, b.names),
        "place": _place_level(a, b),
        "date": _date_level(a, b, window_days),
        "violations": _violation_level(a.violations, b.violations),
        "perpetrator": None
        if _same(a.perpetrator, b.perpetrator) is None
        else ("same" if _same(a.perpetrator, b.perpetrator) else "different"),
    }


class Linker(Protocol):
    """Scores a record against candidate incidents; what a Splink model will implement."""

    threshold: float

    def score(self, a: Record, b: Record) -> float: ...


@dataclass
class RuleLinker:
    """The default linker: match weights as data, summed (see the module docstring)."""

    window_days: int = 14
    weights: Mapping[str, Mapping[str, float]] = field(default_factory=lambda: DEFAULT_WEIGHTS)
    prior: float = DEFAULT_PRIOR
    threshold: float = DEFAULT_THRESHOLD

    def score(self, a: Record, b: Record) -> float:
        levels = compare(a, b, window_days=self.window_days)
        return self.prior + sum(
            self.weights[f][lvl] for f, lvl in levels.items() if lvl is not None
        )


def probability(score: float) -> float:
    """Match probability of a score in bits (log2 odds)."""
    return 1.0 / (1.0 + math.pow(2.0, -score))


def best_match(
    linker: Linker, record: Record, candidates: Sequence[tuple[int, Record]]
) -> tuple[int, float] | None:
    """The (id, score) of the best candidate at or above the threshold; ties → lowest id."""
    best: tuple[int, float] | None = None
    for cid, cand in candidates:
        s = linker.score(record, cand)
        if s >= linker.threshold and (
            best is None or s > best[1] or (s == best[1] and cid < best[0])
        ):
            best = (cid, s)
    return best


def record_names(names: Sequence[str | None]) -> frozenset[str]:
    """Name keys of the non-empty names."""
    return frozenset(k for k in (name_key(n) for n in names) if k)
