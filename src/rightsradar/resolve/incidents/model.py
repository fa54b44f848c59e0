"""A trained incident linkage model: Splink's saved settings plus a Python scorer.

``MatchModel.weight`` gives the same match weight as Splink's predict for one pair: the
prior's log2 odds plus, per comparison, log2(m/u) of the level the pair falls in (0 for a
null level). Levels come from ``spec``, whose order the saved model must follow.
"""

from __future__ import annotations

import json
import math
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ...errors import ConfigError
from .spec import COMPARISONS, BothKnown, Comparison, Else, Mentioned, Null, Row

DEFAULT_MODEL = "incident-linkage-v2.json"  # `make linkage-model` rebuilds it
# Stated threshold: a pair of reports links when its match probability is at least 0.75
# (log2 odds 1.58). A report joins an incident only when it links to at least
# ``AGREEMENT`` of the incident's reports it is compared with (``index.comparable``: those
# from its country or naming its victim), not just to one: one pair scored by features
# that many attacks in one city and week share (place, day, violation) would otherwise
# chain those attacks into one incident, report by report. With that check the pair
# threshold is lower than the 0.9 a lone best link needed (chosen on demo seeds 3, 5 and
# 31, which the figures in the README do not score).
MATCH_PROBABILITY = 0.75
AGREEMENT = 0.5
# At most this many of those reports, the latest: what a large incident is compared with.
RECENT_REPORTS = 20
# A report giving the day of the attack does not join an incident whose reports that give
# a day all give days further than this from it: a second attack on the same defender in
# the same town weeks later (threats, then an arrest) agrees on everything else. Two weeks
# rather than one leaves room for a report dating a later turn of the same attack (chosen
# on demo seeds 3, 5 and 31: F1 equal at 7 and 14 days, both above no rule).
DATE_DAYS = 14
NAMES = next(i for i, c in enumerate(COMPARISONS) if c.name == "names")
# Levels of the names comparison at which two reports that both name victims name other
# people: nothing in common, or one word of one name in the other's text.
OTHER_PEOPLE = frozenset(
    i
    for i, lv in enumerate(COMPARISONS[NAMES].levels)
    if isinstance(lv, Else) or (isinstance(lv, Mentioned) and lv.names == "name_tokens")
)
# Levels of the names comparison below this one say both reports name the same person
# (a shared name, a near one, or most of one's name in the other's text).
NAMED_SAME = next(
    i
    for i, lv in enumerate(COMPARISONS[NAMES].levels)
    if isinstance(lv, Mentioned) and lv.names == "name_tokens"
)


def _days_apart(a: Row, b: Row) -> int | None:
    """Days between the attacks two reports tell of, where their dates bound it: both days
    of the attack when both give one; else how long after one report's publication the
    other dates its attack, when that is more than ``DATE_DAYS`` (an undated report tells
    nothing of an attack before its publication, so nearer is no evidence either way)."""
    da, db = a["event_day"], b["event_day"]
    if da is not None and db is not None:
        return abs(da - db)
    for day, other in ((da, b), (db, a)):
        if day is not None and other["pub_day"] is not None:
            after = day - other["pub_day"]
            if after > DATE_DAYS:
                return after
    return None


def _every_one_differs(verdicts: Iterable[bool | None]) -> bool:
    """Whether at least one of ``verdicts`` says the reports differ (True) and none says
    they agree (False); None is a report that says nothing on the matter. The shape of
    every merge rule below: one agreeing report of an incident is enough to let a report
    join it."""
    seen = False
    for verdict in verdicts:
        if verdict is False:
            return False
        seen = seen or verdict is True
    return seen


def log2_odds(p: float) -> float:
    """The match weight of a match probability."""
    return math.log2(p / (1.0 - p))


@dataclass
class MatchModel:
    """Per-level match weights of a saved Splink model, in ``spec.COMPARISONS`` order."""

    settings: dict[str, Any]
    threshold: float = field(default_factory=lambda: log2_odds(MATCH_PROBABILITY))
    prior: float = field(init=False)
    weights: list[list[float]] = field(init=False)

    def __post_init__(self) -> None:
        self.prior = log2_odds(self.settings["probability_two_random_records_match"])
        saved = {c["output_column_name"]: c for c in self.settings["comparisons"]}
        self.weights = [self._level_weights(c, saved.get(c.name)) for c in COMPARISONS]

    @staticmethod
    def _level_weights(spec: Comparison, saved: dict[str, Any] | None) -> list[float]:
        if saved is None or len(saved["comparison_levels"]) != len(spec.levels):
            raise ConfigError(
                "E004",
                f"the linkage model does not match comparison '{spec.name}' of this version",
                hint="retrain it with `rightsradar resolve-train`",
            )
        out = []
        for lv, level in zip(spec.levels, saved["comparison_levels"], strict=True):
            if isinstance(lv, Null | BothKnown):
                out.append(0.0)
            else:
                out.append(math.log2(level["m_probability"] / level["u_probability"]))
        return out

    @classmethod
    def load(cls, path: str | Path | None = None, **kwargs: Any) -> MatchModel:
        """The model at ``path``, or the one shipped with the package."""
        if path is None:
            text = resources.files(__package__).joinpath("data", DEFAULT_MODEL).read_text()
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls(json.loads(text), **kwargs)

    def levels(self, a: Row, b: Row) -> list[int]:
        return [c.level(a, b) for c in COMPARISONS]

    def names_differ(self, row: Row, named: Iterable[Row]) -> bool:
        """Whether ``row`` names victims and every one of ``named`` names others.

        Two reports that both name the victims of an attack name at least one of the same
        people (or most of one's name appears in the other's text): an incident whose
        reports name only other people is another attack, however close in place and
        time. One word of a name found in the other's text (a shared surname, a common
        given name) does not make two named reports name the same person.
        """
        if not row["name_keys"]:
            return False
        names = COMPARISONS[NAMES]
        return _every_one_differs(names.level(row, other) in OTHER_PEOPLE for other in named)

    @staticmethod
    def places_differ(row: Row, others: Iterable[Row]) -> bool:
        """Whether ``row`` names a region and every one of ``others`` that names a region
        of the same country names another one (at least one does).

        Reports of one attack agree on its region unless one was misread, while attacks of
        one week in two cities of a country (a crackdown) are told alike in every other
        respect: unnamed journalists arrested in Yaoundé and in Douala.
        """
        region, country, city = row["region"], row["country"], row["city"]
        if region is None:
            return False
        return _every_one_differs(
            None
            if other["country"] != country or other["region"] is None
            # One city read with two regions is still one place.
            else not (other["region"] == region or (city and other["city"] == city))
            for other in others
        )

    @staticmethod
    def dates_differ(row: Row, others: Iterable[Row]) -> bool:
        """Whether the attack ``row`` tells of is weeks from that of every one of ``others``
        whose dates say so (at least one does), and none of them dates it within
        ``DATE_DAYS``.

        Two reports that both give the day of the attack say so when the days are more than
        ``DATE_DAYS`` apart. A report that gives no day still bounds it: the attack it tells
        of happened before it was published, so an attack dated more than ``DATE_DAYS``
        after its publication is another one (a defender threatened, reported, then
        arrested weeks later).
        """
        return _every_one_differs(
            None if (apart := _days_apart(row, other)) is None else apart > DATE_DAYS
            for other in others
        )

    @staticmethod
    def victims_differ(row: Row, others: Iterable[Row]) -> bool:
        """Whether ``row`` says how many people were attacked (``victims_n``) and every
        one of ``others`` that says so gives a number at least twice as large or small
        and two or more apart (at least one does), naming none of the same people.

        One named defender is not "seven activists arrested" in the same town and week:
        a crackdown's attacks are told alike in every other respect. A report that misses
        one of two names ("X and Y" against "X") still agrees, and so does one whose
        victim the other names in its text ("three journalists, among them X").
        """
        if row["victims_n"] is None:
            return False
        names = COMPARISONS[NAMES]

        def differ(other: Row) -> bool | None:
            if other["victims_n"] is None:
                return None
            low, high = sorted((int(other["victims_n"]), int(row["victims_n"])))
            return high - low >= 2 and high >= 2 * low and names.level(row, other) >= NAMED_SAME

        return _every_one_differs(differ(other) for other in others)

    def agrees(self, linked: Container[Any], compared: Sequence[Any]) -> bool:
        """Whether a report whose links reach the threshold with the report ids ``linked``
        may join an incident whose reports it is compared with are ``compared`` (ids: the
        ``RECENT_REPORTS`` latest, ``index.compared``): it links to at least ``AGREEMENT``
        of them."""
        return sum(1 for r in compared if r in linked) >= AGREEMENT * len(compared)

    def weight(self, a: Row, b: Row) -> float:
        """The pair's match weight (log2 odds of being one incident)."""
        return self.prior + sum(
            w[c.level(a, b)] for c, w in zip(COMPARISONS, self.weights, strict=True)
        )
