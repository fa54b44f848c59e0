"""SDG 16.10.1 counts and the summary on a hand-made set (synthetic names)."""

from __future__ import annotations

import pytest

from rightsradar.analyze.sdg import victim_counts
from rightsradar.analyze.summary import summary
from rightsradar.domain import Victim
from rightsradar.resolve.service import resolve_pending
from rightsradar.store import models as m
from test_resolve_service import (
    BASE_TEXT,
    REWORDED,
    add_accra_report,
    add_report,
    incident_of,
    syndicated,
)

AMARA = Victim(name="Amara Okonkwo-Testperson", type=["journalist"], sex="woman")
BELLO = Victim(
    name="Bello Second-Testperson", type=["trade unionist", "human rights defender"], sex="man"
)


@pytest.fixture
def handmade(any_store, settings):
    """Four incidents: two verified in 2024, one detected, one verified in 2023."""
    ng = add_report(
        any_store,
        "a",
        BASE_TEXT,
        source="daily-sample",
        victims=[AMARA],
        violations=("arbitrary detention", "torture"),
    )
    add_report(
        any_store,
        "b",
        REWORDED,
        source="north-post",
        victims=[AMARA, BELLO],
        violations=("arbitrary detention",),
    )
    add_report(any_store, "b2", syndicated(BASE_TEXT), source="wire", victims=[AMARA])
    gh = add_accra_report(any_store, "c", violations=("other",))
    add_report(
        any_store,
        "c2",
        "Police in Accra held a reporter overnight, her union said.",
        source="ghana-times",
        name=None,
        country="Ghana",
        city="Accra",
        violations=("other",),
    )
    ke = add_report(
        any_store,
        "d",
        "A trade unionist was shot dead in Nairobi.",
        source="ke-news",
        name="Chege Third-Testperson",
        country="Kenya",
        city="Nairobi",
        violations=("killing",),
    )
    old = add_report(
        any_store,
        "e",
        "An editor was detained in Kano in 2023.",
        source="old",
        name="Dara Fourth-Testperson",
        day=(2023, 6, 1),
    )
    resolve_pending(any_store, settings)
    ids = {
        k: incident_of(any_store, a).id
        for k, a in {"ng": ng, "gh": gh, "ke": ke, "old": old}.items()
    }
    with any_store.session() as s:
        for key in ("ng", "gh", "old"):
            s.get(m.Incident, ids[key]).status = "verified"
    return any_store


def _total(rows):
    return sum(r["victims"] for r in rows)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"by": ("most_serious",)}, {("torture",): 2, ("other",): 1, ("arbitrary detention",): 1}),
        ({"by": ("most_serious",), "year": 2024}, {("torture",): 2, ("other",): 1}),
        (
            {"by": ("country",), "year": 2024, "statuses": ("verified", "detected")},
            {("Nigeria",): 2, ("Ghana",): 1, ("Kenya",): 1},
        ),
        (
            {"by": ("victim_group", "sex"), "year": 2024},
            {
                ("journalist", "woman"): 1,
                ("trade unionist", "man"): 1,
                ("human rights defender", "man"): 1,
                ("journalist", "unknown"): 1,
            },
        ),
        ({"by": ("sdg_category",), "year": 2024}, {("C",): 2, ("F",): 1}),
    ],
)
def test_analyze_sdg_counts_victims_not_articles(handmade, kwargs, expected):
    rows = victim_counts(handmade, **kwargs)
    assert {tuple(r[d] for d in kwargs["by"]): r["victims"] for r in rows} == expected


def test_analyze_sdg_default_dimensions_and_verified_only(handmade):
    rows = victim_counts(handmade, year=2024)
    assert set(rows[0]) == {
        "country",
        "victim_group",
        "sex",
        "perpetrator_type",
        "most_serious",
        "victims",
    }
    # 3 victims; Bello counts under both his groups
    assert _total(rows) == 4
    assert "Kenya" not in {r["country"] for r in rows}


def test_analyze_sdg_rejects_unknown_dimension(handmade):
    with pytest.raises(ValueError, match="unknown dimension"):
        victim_counts(handmade, by=("name",))


def test_analyze_summary_counts_articles_incidents_alerts(handmade):
    out = summary(handmade)
    assert out["articles"] == {
        "total": 7,
        "relevant": 7,
        "duplicates": 1,
        "by_status": {"resolved": 7},
        "not_read": {},
    }
    assert out["incidents"]["total"] == 4
    assert out["incidents"]["by_status"] == {"verified": 3, "detected": 1}
    assert out["incidents"]["by_most_serious"]["torture"] == 1
    assert out["alerts"] == {"sent": 0, "failed": 0, "pending": 0}
