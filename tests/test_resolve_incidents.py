"""Incident linkage with the Splink model: Python and SQL agree, batch and attach join."""

from __future__ import annotations

import json

import pytest

from rightsradar.domain import Extraction, Victim
from rightsradar.resolve.incidents.batch import cluster
from rightsradar.resolve.incidents.features import features
from rightsradar.resolve.incidents.index import IncidentIndex
from rightsradar.resolve.incidents.model import MatchModel

TEXT = (
    "Police arrested the journalist {name} in {city} on Tuesday, the Sample Tribune "
    "said. The Testland Union of Journalists condemned the arrest."
)


def row(
    uid,
    name="Amara Okonkwo-Testperson",
    country="Nigeria",
    city="Kano",
    day=(2024, 3, 5),
    violations=("arbitrary detention",),
    text=None,
    region=None,
    title="Report",
):
    ex = Extraction(
        id=uid,
        relevant=True,
        country=country,
        region=region,
        city=city,
        year=day[0],
        month=day[1],
        day=day[2],
        date_precision="day",
        violation_types=list(violations),
        perpetrator_type="state actor",
        victims=[Victim(name=name)] if name else [],
    )
    return features(uid, ex, title, text or TEXT.format(name=name or "a reporter", city=city))


ROWS = [
    row("a"),
    row("b", name="Amara Okonkwo Testperson", day=(2024, 3, 6), city=None),
    row("c", name="Kwame Sampleson", country="Ghana", city="Accra"),
    row("d", name="Another Testperson", day=(2024, 5, 20)),
    row("e", name=None, day=(2024, 3, 5)),
]


@pytest.fixture(scope="module")
def model():
    return MatchModel.load()


def test_resolve_incidents_python_weights_equal_splink_predict(model):
    from splink import Linker

    from rightsradar.resolve.incidents.backend import database_api
    from rightsradar.resolve.incidents.frame import arrow_table

    linker = Linker(database_api().register(arrow_table(ROWS)), model.settings)
    table = linker.inference.predict().as_pyarrow_table()
    by_id = {r["unique_id"]: r for r in ROWS}
    pairs = list(
        zip(
            table.column("unique_id_l").to_pylist(),
            table.column("unique_id_r").to_pylist(),
            table.column("match_weight").to_pylist(),
            strict=True,
        )
    )
    assert len(pairs) >= 3
    for left, right, weight in pairs:
        assert model.weight(by_id[left], by_id[right]) == pytest.approx(weight, abs=1e-6)


def test_resolve_incidents_batch_joins_one_attack_and_keeps_others_apart(model):
    out = cluster(ROWS, model)
    assert out["a"] == out["b"]
    assert len({out["a"], out["c"], out["d"]}) == 3


def test_resolve_incidents_attach_joins_the_best_incident(model):
    index = IncidentIndex(model)
    index.add(ROWS[0], 1)
    index.add(ROWS[2], 2)
    assert index.best(ROWS[1])[0] == 1
    assert index.best(ROWS[3]) is None  # same country, two months later, another name


def test_resolve_cli_writes_an_incident_per_article(tmp_path):
    from typer.testing import CliRunner

    from rightsradar.cli import get_app

    arts, preds = tmp_path / "a.jsonl", tmp_path / "p.jsonl"
    with arts.open("w") as fa, preds.open("w") as fp:
        for r, (uid, name, country, city) in enumerate(
            [
                ("x1", "Amara Okonkwo-Testperson", "Nigeria", "Kano"),
                ("x2", "Amara Okonkwo-Testperson", "Nigeria", "Kano"),
                ("x3", "Kwame Sampleson", "Ghana", "Accra"),
            ]
        ):
            fa.write(
                json.dumps(
                    {"id": uid, "title": "Report", "text": TEXT.format(name=name, city=city)}
                )
                + "\n"
            )
            ex = Extraction(
                id=uid,
                relevant=True,
                country=country,
                city=city,
                year=2024,
                month=3,
                day=5 + r,
                victims=[Victim(name=name)],
            )
            fp.write(json.dumps(ex.to_prediction()) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        get_app(), ["resolve", str(arts), "--pred", str(preds), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    got = {o["id"]: o["incident_id"] for o in map(json.loads, out.read_text().splitlines())}
    assert got["x1"] == got["x2"] != got["x3"]


def test_resolve_incidents_victim_named_in_the_other_text_joins(model):
    named = ROWS[0]
    # The extractor missed the name, but the report's text gives it.
    told = "{}, a reporter, was held in Kano. Colleagues called for his release."
    missed = row("f", name=None, text=told.format("Amara Okonkwo-Testperson"))
    unnamed = row("g", name=None, text=told.format("A man"))
    assert model.weight(missed, named) > model.weight(unnamed, named)
    assert model.weight(missed, named) >= model.threshold


def test_resolve_incidents_place_taken_for_a_victim_is_not_a_name():
    assert row("p", name="Kano")["name_keys"] is None
    assert row("q", name="Amara Okonkwo-Testperson")["name_keys"] == ["amara okonkwo testperson"]


def test_resolve_incidents_same_lead_joins_unnamed_reports(model):
    lead = (
        "Unidentified men beat a community radio presenter outside the studio of "
        "Voice of the Valley in the northern district on Friday night and smashed "
        "his equipment before fleeing on motorbikes, witnesses said."
    )
    a = row("l1", name=None, text=lead + "\n\nThe presenter is in hospital.")
    b = row("l2", name=None, text=f"KANO (Other Outlet) — {lead}\n\nPolice said nothing.")
    # Unnamed reports of the same city, day, violation and perpetrator now join on those
    # alone (cross-language reports share little text), so the other story is days apart
    # and, as the extractor reads it, a charge ("other"), not the arrest of ``row``'s default.
    other = row(
        "l3",
        name=None,
        day=(2024, 3, 9),
        violations=("other",),
        text="A court in Kano charged a blogger "
        "with defamation over posts about the governor, his lawyer said.\n\nMore.",
    )
    assert model.weight(a, b) >= model.threshold
    assert model.weight(a, other) < model.threshold


def test_resolve_incidents_repeat_attack_months_later_is_another_incident(model):
    first = ROWS[0]
    # Same victim and city, twelve weeks later, told in another report.
    again = row(
        "r",
        day=(2024, 5, 28),
        text="Amara Okonkwo-Testperson was beaten by "
        "unknown men in Kano on Sunday, weeks after his release from custody.",
    )
    assert model.weight(first, again) < model.threshold


def test_resolve_incidents_a_city_and_its_region_are_one_region(model):
    """ "In Bacolod" and "in Western Visayas" (or "Western Visayas Region") place two reports
    in one region: the report naming only the city is placed in its region."""
    city = row("v1", name=None, country="Philippines", city="Bacolod")
    region = row("v2", name=None, country="Philippines", city=None, region="Western Visayas")
    worded = row("v3", name=None, country="Philippines", city=None, region="Western Visayas Region")
    elsewhere = row("v4", name=None, country="Philippines", city=None, region="Central Visayas")
    assert city["region"] == region["region"] == worded["region"]
    assert model.weight(city, region) > model.weight(city, elsewhere)


def test_resolve_incidents_numbers_agree_across_languages():
    from rightsradar.resolve.incidents.features import counts

    es = counts(
        "Capturan a siete defensores",
        "Siete defensores fueron capturados el martes 8 de julio en Cochabamba.",
    )
    en = counts(
        "Seven activists arrested",
        "Police detained seven activists on Tuesday July 8 in Cochabamba.",
    )
    assert es == en == ["7"]  # the day of the month is a date, not a count


def test_resolve_incidents_undated_report_is_placed_by_its_publication_day(model):
    from datetime import datetime

    dated = features(
        "u1",
        Extraction(
            id="u1",
            relevant=True,
            country="Nigeria",
            city="Kano",
            year=2024,
            month=3,
            day=5,
            date_precision="day",
            violation_types=["arbitrary detention"],
        ),
        "Report",
        TEXT.format(name="a reporter", city="Kano"),
        datetime(2024, 3, 5, 18),
    )
    undated = features(
        "u2",
        Extraction(
            id="u2",
            relevant=True,
            country="Nigeria",
            city="Kano",
            violation_types=["arbitrary detention"],
        ),
        "Report",
        TEXT.format(name="a reporter", city="Kano"),
        datetime(2024, 3, 6, 9),
    )
    late = dict(
        undated,
        unique_id="u3",
        pub_day=undated["pub_day"] + 200,
        period_a=undated["period_a"] + 8,
        period_b=undated["period_b"] + 8,
    )
    assert undated["event_mid"] is None and undated["period_a"] is not None
    index = IncidentIndex(model)
    index.add(dated, 1)
    assert index.best(undated) == (1, pytest.approx(model.weight(undated, dated)))
    assert index.best(late) is None  # published months later: not a candidate


def test_resolve_incidents_other_named_victims_start_another_incident(model):
    # Same city, day, violation and perpetrator: joined when the victims are not named,
    # kept apart when both incidents' reports name different people.
    first = row("n1", name="Amara Okonkwo-Testperson")
    unnamed = row("n2", name=None)
    other = row("n3", name="Kwame Sampleson-Otherperson")
    assert model.weight(unnamed, first) >= model.threshold
    assert model.weight(other, unnamed) >= model.threshold  # only the rule keeps it apart
    out = cluster([first, unnamed, other], model)
    assert out["n2"] == out["n1"]
    assert out["n3"] != out["n1"]
    index = IncidentIndex(model)
    index.add(first, 1)
    index.add(unnamed, 1)
    assert index.best(other) is None


def test_resolve_incidents_headline_names_the_victim_group_when_no_victim_was_found(model):
    """Two trials in one city and week, reported without an extracted victim: the
    headlines say one was of a trade unionist and the other of an indigenous leader."""

    def report(uid, title):
        text = "A court in Port Harcourt opened criminal proceedings for incitement."
        return row(
            uid,
            name=None,
            city="Port Harcourt",
            day=(2025, 4, 2),
            violations=("other",),
            text=text,
            title=title,
        )

    union = report("u1", "Trade union leader charged in Port Harcourt")
    union_again = report("u2", "Nigeria: criminal case against trade union leader")
    indigenous = report("i1", "Indigenous leader charged in Port Harcourt")
    assert union["groups"] == union_again["groups"] == ["trade unionist"]
    assert indigenous["groups"] == ["human rights defender"]
    assert model.weight(union, union_again) > model.weight(union, indigenous)
    # The groups of extracted victims come first; the headline only fills a gap.
    ex = Extraction(id="n1", relevant=True, victims=[Victim(name="Ada Obi", type=["journalist"])])
    assert features("n1", ex, "Trade union leader charged")["groups"] == ["journalist"]
