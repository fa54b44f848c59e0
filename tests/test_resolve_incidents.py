"""Incident linkage with the Splink model: Python and SQL agree, batch and attach join."""

from __future__ import annotations

import json

import pytest

from rightsradar.domain import Extraction, Victim
from rightsradar.resolve.incidents.batch import cluster
from rightsradar.resolve.incidents.features import features
from rightsradar.resolve.incidents.index import IncidentIndex
from rightsradar.resolve.incidents.model import MatchModel

TEXT = ("Police arrested the journalist {name} in {city} on Tuesday, the Sample Tribune "
        "said. The Testland Union of Journalists condemned the arrest.")


def row(uid, name="Amara Okonkwo-Testperson", country="Nigeria", city="Kano",
        day=(2024, 3, 5), violations=("arbitrary detention",), text=None):
    ex = Extraction(id=uid, relevant=True, country=country, city=city,
                    year=day[0], month=day[1], day=day[2], date_precision="day",
                    violation_types=list(violations), perpetrator_type="state actor",
                    victims=[Victim(name=name)] if name else [])
    return features(uid, ex, "Report", text or TEXT.format(name=name or "a reporter",
                                                           city=city))


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
    pairs = list(zip(table.column("unique_id_l").to_pylist(),
                     table.column("unique_id_r").to_pylist(),
                     table.column("match_weight").to_pylist(), strict=True))
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
        for r, (uid, name, country, city) in enumerate([
            ("x1", "Amara Okonkwo-Testperson", "Nigeria", "Kano"),
            ("x2", "Amara Okonkwo-Testperson", "Nigeria", "Kano"),
            ("x3", "Kwame Sampleson", "Ghana", "Accra"),
        ]):
            fa.write(json.dumps({"id": uid, "title": "Report",
                                 "text": TEXT.format(name=name, city=city)}) + "\n")
            ex = Extraction(id=uid, relevant=True, country=country, city=city, year=2024,
                            month=3, day=5 + r, victims=[Victim(name=name)])
            fp.write(json.dumps(ex.to_prediction()) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(get_app(), ["resolve", str(arts), "--pred", str(preds),
                                            "-o", str(out)])
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
    lead = ("Unidentified men beat a community radio presenter outside the studio of "
            "Voice of the Valley in the northern district on Friday night and smashed "
            "his equipment before fleeing on motorbikes, witnesses said.")
    a = row("l1", name=None, text=lead + "\n\nThe presenter is in hospital.")
    b = row("l2", name=None, text=f"KANO (Other Outlet) — {lead}\n\nPolice said nothing.")
    other = row("l3", name=None, text="A court in Kano charged a blogger with defamation "
                "over posts about the governor, his lawyer said on Friday.\n\nMore.")
    assert model.weight(a, b) >= model.threshold
    assert model.weight(a, other) < model.threshold


def test_resolve_incidents_repeat_attack_months_later_is_another_incident(model):
    first = ROWS[0]
    # Same victim and city, twelve weeks later, told in another report.
    again = row("r", day=(2024, 5, 28), text="Amara Okonkwo-Testperson was beaten by "
                "unknown men in Kano on Sunday, weeks after his release from custody.")
    assert model.weight(first, again) < model.threshold
