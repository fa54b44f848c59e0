"""The learned victims part: trains on the benchmark sample, saves without pickle, finds the
victim and not the official who comments, and points its evidence at the name."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rightsradar.domain import Article
from rightsradar.domain.taxonomy import AGE_GROUPS, POPULATIONS, SEXES, VICTIM_GROUPS
from rightsradar.extract.base import Draft
from rightsradar.extract.learned import load_examples
from rightsradar.extract.learned import victims as learned_victims
from rightsradar.extract.pipeline import RulePipeline, prepare

SAMPLE = Path(__file__).parent / "data/learned/hrdsattack_train_sample.json"

ARTICLES = [
    Article(
        id="syn-1",
        title="Journalist arrested in Lisbon",
        text=(
            "Police arrested journalist Maria Testa in Lisbon on Monday after she reported "
            "on corruption. Testa was taken to a police station and held overnight. "
            "Police spokesman Carlos Mendes said the arrest was lawful."
        ),
    ),
    Article(
        id="syn-2",
        title="Activist shot dead",
        text=(
            "Gunmen shot dead human rights activist John Okello outside his home in Gulu. "
            "Okello had received threats for months. Regional police commander Peter Waiswa "
            "told reporters that an investigation had begun."
        ),
    ),
]


@pytest.fixture(scope="module")
def part():
    return learned_victims.train(load_examples(str(SAMPLE)))


def _run(part, article: Article) -> tuple[str, Draft]:
    doc = prepare(article)
    draft = Draft()
    for slot, component in RulePipeline().components:
        component(doc, draft)
        if slot == "victims":
            part.component(doc, draft)
    return doc.text, draft


def test_learned_victims_save_load_gives_same_predictions_without_pickle(part, tmp_path):
    part.save(tmp_path)
    assert not list(tmp_path.rglob("*.pkl"))
    for npz in tmp_path.glob("*.npz"):
        with np.load(npz, allow_pickle=False) as data:  # raises if anything needs pickle
            assert all(data[k].dtype != object for k in data.files)
    loaded = learned_victims.load(tmp_path)
    assert loaded.name == "victims" and loaded.metrics() == part.metrics()
    for article in ARTICLES:
        a, b = _run(part, article)[1], _run(loaded, article)[1]
        assert a.victims == b.victims and a.confidence == b.confidence
    assert sum(f.stat().st_size for f in tmp_path.iterdir()) < 5_000_000


@pytest.mark.parametrize(
    ("article", "victim", "official"),
    [(ARTICLES[0], "Maria Testa", "Carlos Mendes"), (ARTICLES[1], "John Okello", "Peter Waiswa")],
)
def test_learned_victims_finds_victim_not_official(part, article, victim, official):
    text, draft = _run(part, article)
    names = [v.name for v in draft.victims]
    assert victim in names and official not in names
    i = names.index(victim)
    start, end = draft.evidence[f"victims.{i}.name"]
    assert text[start:end] == victim
    assert 0 <= draft.confidence[f"victims.{i}.name"] <= 1


def test_learned_victims_labels_are_from_taxonomy(part):
    for article in ARTICLES:
        for v in _run(part, article)[1].victims:
            assert set(v.type) <= set(VICTIM_GROUPS)
            assert v.sex in SEXES and v.age in AGE_GROUPS and v.population in POPULATIONS


def test_learned_victims_component_is_registered_in_victims_slot(part):
    assert set(part.components()) == {"victims"}
    assert 0 < part.meta["threshold"] < 1


def test_learned_victims_batch_probabilities_match_one_by_one(part):
    model = part.models["victim"]
    rows = [{1: 1.0, 7: 0.5}, {}, {part.models["victim"].coef.shape[1] - 1: 1.0}]
    assert np.allclose(model.proba_true(rows), [model.proba(r)[1] for r in rows], atol=1e-6)


def test_learned_victims_reports_cross_validated_attribute_accuracy(part):
    cv = part.metrics()
    for key in ("type", "sex", "age"):
        assert 0 <= cv[f"cv_{key}_acc_on_matched"] <= 100


def test_learned_victims_shipped_part_never_names_the_armed_group_as_victim():
    # As in dev article 973494593: the group that kidnapped the pupils (the only name near
    # the attack) came out as a victim.
    shipped = Path(learned_victims.__file__).parents[1] / "models/hrdsattack-v1/victims"
    article = Article(
        id="syn-3",
        title="Over 300 Girls Kidnapped In Zamfara State",
        text=(
            "In the early morning of February 26, 317 girls were kidnapped in the Zamfara "
            "state of northwestern Nigeria. In December 2020, more than 300 schoolboys "
            "were kidnapped by the Islamist militant group Boko Haram in the northern "
            "state of Katsina. Boko Haram has been widely acknowledged to carry out school "
            "kidnappings."
        ),
    )
    names = [v.name for v in _run(learned_victims.load(shipped), article)[1].victims]
    assert "Boko Haram" not in names
