"""Sex evidence of the learned victims part: a pronoun tells a person's sex only until
someone else is named, and a name listed without any pronoun or title has no evidence."""

from __future__ import annotations

from rightsradar.domain import Article
from rightsradar.extract.base import Draft
from rightsradar.extract.learned.victims_features import HASH_DIM, candidates
from rightsradar.extract.pipeline import RulePipeline, prepare

# Slots of ``_sex_evidence`` in the sex features.
MALE, FEMALE, NONE, LISTED = 8, 9, 11, 12


def _sex_features(text: str) -> dict[str, dict[int, float]]:
    doc = prepare(Article(id="t", title="Arrests", text=text))
    draft = Draft()
    for slot, component in RulePipeline().components:
        component(doc, draft)
        if slot == "victims":
            break
    return {c.person.name: c.sex for c in candidates(doc, draft)}


def test_pronoun_belongs_to_the_person_named_last():
    feats = _sex_features(
        "Police arrested journalist Anna Kovacs on Monday. Officers then detained "
        "activist Peter Olsen at his home, and he was beaten."
    )
    peter, anna = feats["Peter Olsen"], feats["Anna Kovacs"]
    assert peter.get(HASH_DIM + MALE) == 1.0
    # "his" and "he" come after Peter Olsen is named: no evidence about Anna Kovacs.
    assert not anna.get(HASH_DIM + MALE)
    assert anna.get(HASH_DIM + NONE) == 1.0


def test_title_and_gendered_noun_are_evidence():
    feats = _sex_features(
        "Gunmen abducted Mrs Grace Obi in Enugu. Her husband, John Obi, said the "
        "kidnappers demanded a ransom."
    )
    assert feats["Grace Obi"].get(HASH_DIM + FEMALE) == 1.0


def test_names_in_a_list_without_pronouns_have_no_evidence():
    feats = _sex_features(
        "Those detained were Katsiaryna Andreyeva, Darya Chultsova and Ihar Ilyash, the court said."
    )
    for name in ("Katsiaryna Andreyeva", "Darya Chultsova"):
        assert feats[name].get(HASH_DIM + NONE) == 1.0
        assert feats[name].get(HASH_DIM + LISTED) == 1.0
