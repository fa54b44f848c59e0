"""The pure linkage model and merge rules, without a database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rightsradar.domain import most_serious
from rightsradar.resolve.linkage import DEFAULT_WEIGHTS, Record, RuleLinker, best_match, compare
from rightsradar.resolve.merge import Reading, merge
from rightsradar.resolve.names import name_key

BASE = Record(
    names=frozenset({"amara okonkwo testperson"}),
    country="Nigeria",
    city="Kano",
    event_date=date(2024, 3, 5),
    date_precision="day",
    violations=frozenset({"arbitrary detention"}),
    perpetrator="state actor",
)


@pytest.mark.parametrize(
    ("change", "joins"),
    [
        ({}, True),
        ({"names": frozenset({"okonkwo testperson"})}, True),
        ({"names": frozenset(), "event_date": date(2024, 3, 6)}, True),
        ({"names": frozenset(), "city": None, "perpetrator": None}, False),  # too weak
        ({"country": "Ghana", "city": "Accra"}, False),
        ({"event_date": date(2024, 5, 20)}, False),
        ({"names": frozenset({"bello unrelated"})}, False),
        ({"event_date": date(2024, 3, 1), "date_precision": "month"}, True),
    ],
)
def test_resolve_linkage_joins_only_agreeing_reports(change, joins):
    other = Record(**{**BASE.__dict__, **change})
    linker = RuleLinker(window_days=14)
    assert (linker.score(BASE, other) >= linker.threshold) is joins


def test_resolve_linkage_weights_are_data_and_cover_every_level():
    levels = compare(BASE, BASE, window_days=14)
    assert set(levels) == set(DEFAULT_WEIGHTS)
    strict = RuleLinker(
        weights={**DEFAULT_WEIGHTS, "name": {**DEFAULT_WEIGHTS["name"], "exact": 0.0}}
    )
    assert strict.score(BASE, BASE) < RuleLinker().score(BASE, BASE)


def test_resolve_linkage_best_match_prefers_highest_then_lowest_id():
    weaker = Record(**{**BASE.__dict__, "city": None})
    assert best_match(RuleLinker(), BASE, [(5, weaker), (7, BASE), (3, BASE)])[0] == 3
    assert best_match(RuleLinker(), BASE, []) is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Dr. Amára  OKONKWO", "amara okonkwo"),
        ("Ms Jane Doe-Testperson", "jane doe testperson"),
        ("Journalist", "journalist"),
        # letters Unicode does not decompose: written plain in other languages' press
        ("Barış Yıldırım", "baris yildirim"),
        ("Lech Wałęsa", "lech walesa"),
        (None, ""),
    ],
)
def test_resolve_names_key_folds_accents_case_and_titles(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("violations", "expected"),
    [
        (["other", "killing", "torture"], "killing"),
        (["kidnapping", "torture", "arbitrary detention"], "torture"),
        (["arbitrary detention", "enforced disappearance"], "enforced disappearance"),
        (["kidnapping", "arbitrary detention"], "arbitrary detention"),
        (["other", "kidnapping"], "kidnapping"),
        (["unknown", "other"], "other"),
        (["unknown"], "unknown"),
        ([], None),
    ],
)
def test_resolve_most_serious_offence_order(violations, expected):
    readings = [
        Reading(
            article_id=i, source=f"s{i}", published=datetime(2024, 1, i + 1), violation_types=(v,)
        )
        for i, v in enumerate(violations)
    ]
    merged = merge(readings)
    assert most_serious(merged.fields["violation_types"]) == expected


def test_resolve_merge_weighted_majority_and_tie_to_earliest():
    r = [
        Reading(
            article_id=1,
            source="a",
            published=datetime(2024, 1, 2),
            country="Nigeria",
            confidence={"country": 0.4},
        ),
        Reading(
            article_id=2,
            source="b",
            published=datetime(2024, 1, 1),
            country="Ghana",
            confidence={"country": 0.4},
        ),
        Reading(
            article_id=3,
            source="c",
            published=datetime(2024, 1, 3),
            country="nigeria",
            confidence={"country": 0.3},
        ),
    ]
    assert merge(r).fields["country"] == "Nigeria"  # 0.7 beats 0.4, spelling of the earliest
    assert merge(r[:2]).fields["country"] == "Ghana"  # tie: the earliest published
    assert [c["source"] for c in merge(r).claims["country"]] == ["b", "a", "c"]
