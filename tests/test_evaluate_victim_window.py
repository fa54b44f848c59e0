"""Victim attributes scored as in the paper: its scorer only asks about gold-named victims
whose name stands in the opening of the article (the 512-token input of its T5); the
plain figure counts every matched named victim."""

from __future__ import annotations

import json

from rightsradar.evaluate.extraction import load_gold, score
from rightsradar.evaluate.records import PAPER_WINDOW_WORDS


def _victim(name: str, sex: str) -> dict:
    return {
        "victim_idx": 1,
        "victim_population_type": "individual",
        "victim_name": name,
        "victim_keywords": "",
        "victim_type": ["journalist"],
        "victim_sex_type": sex,
        "victim_age_group": "adult",
    }


def _gold_file(tmp_path) -> str:
    filler = " ".join(["The court heard more evidence on the case."] * (PAPER_WINDOW_WORDS // 8))
    body = (
        "<p>Police arrested journalist Ana Diaz in Quito on Monday.</p> "
        f"<p>{filler}</p> <p>Later, reporter Juan Perez was also detained.</p>"
    )
    item = {
        "sample": {
            "Input.GLOBALEVENTID": 1,
            "Input.title": "Journalists arrested",
            "Input.publish_date": "2021-03-01",
            "Input.article_interface": body,
        },
        "merged_sample": {
            "perpetrator_mention": True,
            "perpetrator_type": "state security forces",
            "violation_types": ["arbitrary detention"],
            "country": "Ecuador",
            "victims": [_victim("Ana Diaz", "woman"), _victim("Juan Perez", "man")],
        },
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    return str(path)


def _pred(sex_ana: str, sex_juan: str) -> dict:
    victims = [
        {"name": "Ana Diaz", "type": ["journalist"], "sex": sex_ana, "age": "adult"},
        {"name": "Juan Perez", "type": ["journalist"], "sex": sex_juan, "age": "adult"},
    ]
    return {"1": {"id": "1", "victims": victims}}


def test_gold_victims_know_whether_the_paper_scorer_sees_them(tmp_path):
    (gold,) = load_gold(_gold_file(tmp_path))
    seen = {v.name: v.in_window for v in gold.victims}
    assert seen == {"Ana Diaz": True, "Juan Perez": False}


def test_paper_figure_counts_only_victims_named_in_the_opening(tmp_path):
    gold = load_gold(_gold_file(tmp_path))
    rep = score(gold, _pred("woman", "woman"))  # Juan Perez's sex is wrong
    assert (rep.victim_attributes["sex"].correct, rep.victim_attributes["sex"].n) == (1, 1)
    plain = rep.victim_attributes_plain["sex"]
    assert (plain.correct, plain.n) == (1, 2)
    assert rep.headline()["victim_sex"] == 100.0
    assert rep.to_dict()["victim_attributes_plain"]["sex"]["n"] == 2


def test_victim_named_early_and_wrong_counts_against_the_paper_figure(tmp_path):
    rep = score(load_gold(_gold_file(tmp_path)), _pred("man", "man"))
    assert rep.victim_attributes["sex"].value == 0.0
    assert rep.victim_attributes_plain["sex"].value == 0.5
