"""Extraction scoring: normalisation, paper vs plain accuracy, names, missing predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rightsradar.errors import InputError
from rightsradar.evaluate.extraction import GoldRecord, load_gold, load_predictions, score
from rightsradar.evaluate.metrics import expected_calibration_error, match_names
from rightsradar.evaluate.records import GoldVictim, norm_day, norm_month, norm_year


@pytest.mark.parametrize(
    ("fn", "raw", "expected"),
    [
        (norm_year, "2021.0", 2021),
        (norm_year, "None", None),
        (norm_year, float("nan"), None),
        (norm_year, "13.0", None),
        (norm_month, "02", 2),
        (norm_month, "February", 2),
        (norm_month, "Novermber", 11),
        (norm_month, "2015", None),
        (norm_day, "26.0", 26),
        (norm_day, "", None),
        (norm_day, "unknown", None),
    ],
)
def test_evaluate_normalises_gold_values(fn, raw, expected):
    assert fn(raw) == expected


def _pred(ident: str, **fields) -> dict:
    return {"id": ident, **fields}


@pytest.mark.parametrize(
    ("gold_city", "pred_city", "paper", "plain"),
    [
        ("Lagos", "lagos", 1.0, 1.0),
        (None, None, 0.0, 1.0),  # the paper counts an empty gold value as wrong
        (None, "Lagos", 0.0, 0.0),
        ("Lagos", None, 0.0, 0.0),
        ("Sana'a", "Sanaa", 1.0, 1.0),
    ],
)
def test_evaluate_paper_and_plain_place_accuracy(gold_city, pred_city, paper, plain):
    rep = score([GoldRecord(id="a", city=gold_city)], {"a": _pred("a", city=pred_city)})
    assert rep.places["city"]["paper"].value == paper
    assert rep.places["city"]["plain"].value == plain


@pytest.mark.parametrize(
    ("gold", "pred"),
    [("USA", "United States"), ("Burma", "Myanmar"), ("England", "United Kingdom")],
)
def test_evaluate_country_aliases_compare_equal(gold, pred):
    rep = score([GoldRecord(id="a", country=gold)], {"a": _pred("a", country=pred)})
    assert rep.places["country"]["paper"].value == 1.0


def test_evaluate_region_state_suffix_ignored():
    rep = score([GoldRecord(id="a", region="Ogun State")], {"a": _pred("a", region="Ogun")})
    assert rep.places["region"]["paper"].value == 1.0


@pytest.mark.parametrize(
    ("gold", "pred", "fuzzy", "n"),
    [
        (["Maria Ressa"], ["maria ressa"], False, 1),
        (["Maria Ressa"], ["Ressa"], False, 0),
        (["Maria Ressa"], ["Ressa"], True, 1),
        (["Ana Lopez", "Ana"], ["Ana"], True, 1),  # one-to-one
        (["Ana Lopez", "Ana"], ["Ana", "Lopez"], True, 2),
    ],
)
def test_evaluate_name_matching(gold, pred, fuzzy, n):
    assert len(match_names(gold, pred, fuzzy=fuzzy)) == n


def test_evaluate_victim_names_and_attributes():
    gold = GoldRecord(
        id="a",
        victims=(
            GoldVictim("Maria Ressa", frozenset({"journalist"}), "woman", "adult", "individual"),
            GoldVictim("Juan Perez", frozenset({"trade unionist"}), "man", "adult", "individual"),
            GoldVictim(None, frozenset({"journalist"}), None, "adult", "multiple"),
        ),
    )
    pred = _pred(
        "a",
        victims=[
            {"name": "Ressa", "type": ["journalist"], "sex": "woman", "age": "adult"},
            {"name": "Someone Else", "type": ["journalist"], "sex": "man", "age": "adult"},
            {
                "name": None,
                "type": ["human rights defender"],
                "age": "adult",
                "population": "multiple",
            },
        ],
    )
    rep = score([gold], {"a": pred})
    assert rep.victim_names["exact"].tp == 0
    fuzzy = rep.victim_names["fuzzy"]
    assert (fuzzy.tp, fuzzy.predicted, fuzzy.gold) == (1, 2, 2)
    # Only Ressa (fuzzy match) is scored: the paper drops unnamed victims.
    assert rep.victim_attributes["type"].n == 1
    assert rep.victim_attributes["type"].correct == 1
    assert rep.victim_attributes["sex"].correct == 1


def test_evaluate_victim_types_as_the_papers_code_and_cleaned_in_plain():
    gold = GoldRecord(
        id="a",
        victims=(
            GoldVictim(
                "Ana Diaz",
                frozenset({"journalist", "insufficient information"}),
                "woman",
                "adult",
                "individual",
            ),
            GoldVictim(
                "Juan Perez", frozenset({"insufficient information"}), "man", "adult", "individual"
            ),
        ),
    )
    pred = _pred(
        "a",
        victims=[
            {"name": "Ana Diaz", "type": ["journalist"], "sex": "woman", "age": "adult"},
            {"name": "Juan Perez", "type": [], "sex": "man", "age": "adult"},
        ],
    )
    rep = score([gold], {"a": pred})
    # The paper's code leaves "journalist + insufficient information" unmatchable; an empty
    # prediction reads as "insufficient information" in both.
    assert rep.victim_attributes["type"].n == 2
    assert rep.victim_attributes["type"].correct == 1
    assert rep.victim_attributes_plain["type"].correct == 2


def test_evaluate_violation_micro_f1_and_confusion():
    gold = [
        GoldRecord(id="a", violation_types=frozenset({"killing", "other"})),
        GoldRecord(id="b", violation_types=frozenset({"arbitrary detention"})),
    ]
    pred = {
        "a": _pred("a", violation_types=["killing"]),
        "b": _pred("b", violation_types=["arbitrary detention", "torture"]),
    }
    rep = score(gold, pred)
    assert (rep.violation_types.tp, rep.violation_types.predicted, rep.violation_types.gold) == (
        2,
        3,
        3,
    )
    conf = rep.violation_confusion
    assert conf["other"]["(none)"] == 1
    assert conf["(none)"]["torture"] == 1
    assert conf["killing"]["killing"] == 1


def test_evaluate_missing_prediction_counts_as_empty():
    gold = [
        GoldRecord(id="a", perpetrator_mention=True, perpetrator_type="state actor"),
        GoldRecord(id="b", perpetrator_mention=False),
    ]
    rep = score(gold, {"b": _pred("b", perpetrator_mention=False)})
    assert rep.missing == 1 and rep.missing_ids == ["a"]
    assert rep.perpetrator_mention.recall == 0.0
    assert rep.perpetrator_type["plain"].value == 0.5  # b: empty = empty


def test_evaluate_relevance_and_irrelevant_gold_skipped():
    gold = [GoldRecord(id="a", relevant=True, country="Mexico"), GoldRecord(id="b", relevant=False)]
    pred = {
        "a": _pred("a", relevant=True, country="México"),
        "b": _pred("b", relevant=True, country="Chile"),
    }
    rep = score(gold, pred)
    assert rep.relevance is not None and rep.relevance.precision == 0.5
    assert rep.relevance.recall == 1.0
    assert rep.n_scored == 1 and rep.places["country"]["paper"].value == 1.0


@pytest.mark.parametrize(
    ("pairs", "ece"),
    [([(0.9, True)] * 9 + [(0.9, False)], 0.0), ([(1.0, False)], 1.0), ([], 0.0)],
)
def test_evaluate_expected_calibration_error(pairs, ece):
    assert expected_calibration_error(pairs) == pytest.approx(ece)


def test_evaluate_calibration_from_confidence():
    rep = score(
        [GoldRecord(id="a", country="Peru")],
        {"a": _pred("a", country="Chile", confidence={"country": 0.8})},
    )
    assert rep.calibration["country"]["ece"] == pytest.approx(0.8)


def _write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_evaluate_loads_annotation_jsonl(tmp_path):
    path = _write_jsonl(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "1",
                "relevant": True,
                "year": "2021.0",
                "month": "02",
                "day": "26.0",
                "country": "None",
                "victims": [{"name": " Ana ", "type": ["journalist"]}],
            },
        ],
    )
    (rec,) = load_gold(path)
    assert (rec.year, rec.month, rec.day, rec.country) == (2021, 2, 26, None)
    assert rec.victims[0].name == "Ana"


@pytest.mark.parametrize("rows", [["{not json"], [{"no_id": 1}], [{"id": "1"}, {"id": "1"}]])
def test_evaluate_bad_prediction_file_names_line(tmp_path, rows):
    path = _write_jsonl(tmp_path / "pred.jsonl", rows)
    with pytest.raises(InputError) as err:
        load_predictions(path)
    assert err.value.code == "E201" and err.value.file == str(path)
    assert err.value.line is not None
