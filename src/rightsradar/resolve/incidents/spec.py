"""The comparison levels of incident linkage, stated once for Splink and for Python.

Each level is a small object that renders itself as a Splink comparison level (SQL that
Splink translates for DuckDB or Spark) and tests a pair of plain rows in Python, with the
same meaning: a missing value makes a test false, so the pair falls through to later
levels, as SQL's NULL does. The Python side lets one new article be scored against its
candidates without a database round trip (incremental attach); a test checks that both
sides give the same levels on real pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import JaroWinkler

Row = dict[str, Any]


@dataclass(frozen=True)
class Null:
    """Either side lacks the value: no evidence either way (weight 0)."""

    col: str

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        return cll.NullLevel(self.col)

    def test(self, a: Row, b: Row) -> bool:
        return a[self.col] is None or b[self.col] is None


@dataclass(frozen=True)
class BothKnown:
    """Both sides have ``col``: another comparison holds the evidence (weight 0).

    A null level in Splink's terms, for a fallback comparison that only speaks when the
    better value is missing (the publication day of a report without an event date).
    """

    col: str

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        return cll.CustomLevel(
            f"{self.col}_l IS NOT NULL AND {self.col}_r IS NOT NULL",
            label_for_charts=f"{self.col} known on both sides",
        ).configure(is_null_level=True)

    def test(self, a: Row, b: Row) -> bool:
        return a[self.col] is not None and b[self.col] is not None


@dataclass(frozen=True)
class Exact:
    """All the columns are equal (and present)."""

    cols: tuple[str, ...]
    label: str

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        levels = [cll.ExactMatchLevel(c) for c in self.cols]
        level = levels[0] if len(levels) == 1 else cll.And(*levels)
        return level.configure(label_for_charts=self.label)

    def test(self, a: Row, b: Row) -> bool:
        return all(a[c] is not None and a[c] == b[c] for c in self.cols)


@dataclass(frozen=True)
class Shared:
    """The two lists share at least ``n`` items."""

    col: str
    n: int

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        return cll.ArrayIntersectLevel(self.col, self.n)

    def test(self, a: Row, b: Row) -> bool:
        x, y = a[self.col], b[self.col]
        if x is None or y is None:
            return False
        return len(set(x) & set(y)) >= self.n


@dataclass(frozen=True)
class Similar:
    """Some pair of the two lists' strings has Jaro-Winkler similarity >= ``threshold``."""

    col: str
    threshold: float

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        return cll.PairwiseStringDistanceFunctionLevel(self.col, "jaro_winkler", self.threshold)

    def test(self, a: Row, b: Row) -> bool:
        x, y = a[self.col], b[self.col]
        if x is None or y is None:
            return False
        return any(JaroWinkler.similarity(s, t) >= self.threshold for s in x for t in y)


@dataclass(frozen=True)
class Mentioned:
    """At least ``n`` of one side's ``names`` items appear in the other side's ``words``.

    A victim named by one report and unnamed in another's extraction is often still in
    that other report's text (a name the extractor missed, a name in a quote).
    """

    names: str
    words: str
    n: int

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        sql = " OR ".join(
            f"size(array_intersect({self.names}_{x}, {self.words}_{y})) >= {self.n}"
            for x, y in (("l", "r"), ("r", "l"))
        )
        return cll.CustomLevel(
            sql,
            label_for_charts=f"{self.n}+ {self.names} in the other's {self.words}",
            base_dialect_str="spark",
        )

    def test(self, a: Row, b: Row) -> bool:
        def one(x: Row, y: Row) -> bool:
            names, words = x[self.names], y[self.words]
            return (
                names is not None and words is not None and len(set(names) & set(words)) >= self.n
            )

        return one(a, b) or one(b, a)


@dataclass(frozen=True)
class Within:
    """The two numbers differ by at most ``limit``."""

    col: str
    limit: int

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        return cll.AbsoluteDifferenceLevel(self.col, self.limit)

    def test(self, a: Row, b: Row) -> bool:
        x, y = a[self.col], b[self.col]
        return x is not None and y is not None and abs(x - y) <= self.limit


@dataclass(frozen=True)
class Else:
    """Everything else: both sides known and disagreeing."""

    def splink(self) -> Any:
        import splink.comparison_level_library as cll

        return cll.ElseLevel()

    def test(self, a: Row, b: Row) -> bool:
        return True


Level = Null | BothKnown | Exact | Shared | Similar | Mentioned | Within | Else


@dataclass(frozen=True)
class Comparison:
    """One compared aspect: its levels, best agreement first.

    ``Null`` comes first unless a level can hold with one side missing (``Mentioned``).
    """

    name: str
    levels: tuple[Level, ...]

    def splink(self) -> Any:
        import splink.comparison_library as cl

        return cl.CustomComparison(
            comparison_levels=[lv.splink() for lv in self.levels],
            output_column_name=self.name,
        )

    def level(self, a: Row, b: Row) -> int:
        """Index of the first level the pair meets."""
        for i, lv in enumerate(self.levels):
            if lv.test(a, b):
                return i
        raise AssertionError("a comparison ends with Else")


# Levels follow what a report can get wrong: a victim's name spelled or shortened
# differently, a city left out, a date given by month or told as "last week", a
# follow-up weeks later, a violation named differently.
COMPARISONS: tuple[Comparison, ...] = (
    Comparison(
        "names",
        (
            Shared("name_keys", 1),
            Shared("name_pairs", 1),
            Similar("name_keys", 0.9),
            Mentioned("name_pairs", "text_pairs", 1),
            Mentioned("name_tokens", "text_words", 1),
            Null("name_keys"),
            Else(),
        ),
    ),
    Comparison(
        "place",
        (
            Null("country"),
            Exact(("country", "city"), "same city"),
            Exact(("country", "region"), "same region"),
            Exact(("country",), "same country"),
            Else(),
        ),
    ),
    Comparison(
        "date",
        (
            Null("event_mid"),
            Within("event_day", 0),
            Within("event_day", 1),
            Within("event_day", 7),
            Within("event_mid", 31),
            Within("event_mid", 92),
            Else(),
        ),
    ),
    Comparison(
        "violations",
        (
            Null("violations"),
            Exact(("violations",), "same types"),
            Shared("violations", 1),
            Else(),
        ),
    ),
    # The act a report leads with, finer than the violation types ("threatened" and
    # "charged" are both "other"): reports of one attack name the same act or acts that go
    # together ("tortured in detention").
    Comparison(
        "acts",
        (
            Null("acts"),
            Exact(("acts",), "same acts"),
            Shared("acts", 1),
            Else(),
        ),
    ),
    Comparison(
        "perpetrator",
        (
            Null("perpetrator"),
            Exact(("perpetrator",), "same type"),
            Else(),
        ),
    ),
    Comparison(
        "words",
        (
            Null("rare_words"),
            Shared("rare_words", 8),
            Shared("rare_words", 4),
            Shared("rare_words", 2),
            Else(),
        ),
    ),
    Comparison(
        "lead",
        (
            Null("lead"),
            Shared("lead", 24),
            Shared("lead", 12),
            Else(),
        ),
    ),
    # Who was attacked, as a group: "journalists", "periodistas" and "journalistes" are
    # one label after extraction, whatever the language of the report.
    Comparison(
        "groups",
        (
            Null("groups"),
            Exact(("groups",), "same victim groups"),
            Shared("groups", 1),
            Else(),
        ),
    ),
    # Numbers of the headline and lead ("seven activists", "siete defensores").
    Comparison(
        "counts",
        (
            Null("counts"),
            Shared("counts", 2),
            Shared("counts", 1),
            Else(),
        ),
    ),
    # How many people were attacked, as the report counts or names them
    # (``features.victim_count``): one named defender is not "seven activists".
    Comparison(
        "victims_n",
        (
            Null("victims_n"),
            Exact(("victims_n",), "same number of victims"),
            Else(),
        ),
    ),
    # When a report gives no event date, its publication day stands in: reports of one
    # attack come out within days of each other, follow-ups within weeks.
    Comparison(
        "published",
        (
            BothKnown("event_mid"),
            Null("pub_day"),
            Within("pub_day", 2),
            Within("pub_day", 7),
            Within("pub_day", 30),
            Else(),
        ),
    ),
)
