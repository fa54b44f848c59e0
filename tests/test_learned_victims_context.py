"""Context cues of the learned victims part: the object of an attack reads as a victim,
someone who speaks, signs a photo or holds an office does not; persons named in one list
are peers; the sex answer shifts towards "unknown" by the cross-validated bias."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from rightsradar.domain import Article
from rightsradar.extract.base import Draft
from rightsradar.extract.learned.victims import Linear, _choose, _shifted
from rightsradar.extract.learned.victims_features import (
    _BACKGROUND_AT,
    _N_CONTEXT,
    _VICTIM_CTX_AT,
    candidates,
)
from rightsradar.extract.pipeline import RulePipeline, prepare

# Order of ``_context_cues``.
OF_ATTACK, POSS_ATTACK, SAID_AFTER, SAID_BEFORE, CREDIT, TITLE_OFFICIAL, AGE_AFTER = range(7)
INTRO = 12


def _candidates(text: str, published: datetime | None = None):
    doc = prepare(Article(id="t", title="Arrests", text=text, published=published))
    draft = Draft()
    for slot, component in RulePipeline().components:
        component(doc, draft)
        if slot == "victims":
            break
    return {c.person.name: c for c in candidates(doc, draft)}


def _cue(cand, k: int) -> bool:
    # The "any mention" indicator of cue k (dense cues carry a weight).
    return cand.victim.get(_VICTIM_CTX_AT + _N_CONTEXT + k, 0.0) > 0


def test_object_of_an_attack_and_speaker_get_their_cues():
    cands = _candidates(
        "Rights groups condemned the arrest of journalist Anna Kovacs in Budapest. "
        "Kovacs's detention was extended on Friday. Peter Olsen said the charges were "
        "political, and Interior Minister Laszlo Varga defended the police.\n"
        "Photo: Tamas Horvath"
    )
    anna = cands["Anna Kovacs"]
    assert _cue(anna, OF_ATTACK) and _cue(anna, POSS_ATTACK)
    assert not _cue(anna, SAID_AFTER)
    assert _cue(cands["Peter Olsen"], SAID_AFTER) and not _cue(cands["Peter Olsen"], OF_ATTACK)
    assert _cue(cands["Laszlo Varga"], TITLE_OFFICIAL)
    assert _cue(cands["Tamas Horvath"], CREDIT)


def test_the_object_of_court_proceedings_gets_the_attack_cue():
    cands = _candidates(
        "A court opened criminal proceedings against trade union leader Grace Adeyemi "
        "for incitement. Her lawyer Tunde Bakare called the case baseless."
    )
    assert _cue(cands["Grace Adeyemi"], OF_ATTACK)
    assert not _cue(cands["Tunde Bakare"], OF_ATTACK)


def test_victims_introduced_with_their_ages():
    cands = _candidates(
        "Hamas arrested two journalists covering the funeral. They were identified as "
        "Ahmed al-Ras, 35, and Helmi al-Ghoul, 26. Spokesman Iyad al-Bozom declined to comment."
    )
    assert _cue(cands["Ahmed al-Ras"], INTRO) and _cue(cands["Ahmed al-Ras"], AGE_AFTER)
    assert not _cue(cands["Iyad al-Bozom"], INTRO)
    assert not _cue(cands["Iyad al-Bozom"], AGE_AFTER)


def test_persons_named_in_one_list_are_peers():
    cands = _candidates(
        "The court jailed Katsiaryna Andreyeva, Darya Chultsova and Ihar Ilyash on "
        "Thursday. Judge Natalia Buguk read the verdict."
    )
    names = list(cands)
    k, d, i = (names.index(n) for n in ("Katsiaryna Andreyeva", "Darya Chultsova", "Ihar Ilyash"))
    assert cands["Katsiaryna Andreyeva"].peers == {d}
    assert cands["Darya Chultsova"].peers == {k, i}
    assert not cands["Natalia Buguk"].peers


def test_sex_bias_turns_a_weak_answer_into_unknown():
    # Three classes; with no evidence "man" is slightly ahead of "unknown".
    model = Linear(["man", "unknown", "woman"], np.zeros((3, 4)), np.array([0.2, 0.0, -1.0]))
    assert _shifted(model, {}, 0.0)[0] == "man"
    assert _shifted(model, {}, 0.5)[0] == "unknown"
    # Strong evidence for "woman" survives the shift.
    strong = Linear(["man", "unknown", "woman"], np.zeros((3, 4)), np.array([0.0, 0.0, 3.0]))
    assert _shifted(strong, {}, 0.5)[0] == "woman"


def test_the_best_candidate_far_ahead_of_the_rest_is_named_when_none_passes_the_threshold():
    # A simple report names its victim and a few speakers: the model, trained on crowded
    # reports, is unsure of the victim but sure of the others.
    assert _choose([0.24, 0.08, 0.07], 0.3, 0.2, 1.5) == [0]
    # Two close candidates, or a weak best one: no guess.
    assert _choose([0.24, 0.2, 0.07], 0.3, 0.2, 1.5) == []
    assert _choose([0.15, 0.02], 0.3, 0.2, 1.5) == []
    # Above the threshold every candidate is chosen; without a margin, as before.
    assert _choose([0.5, 0.45, 0.1], 0.3, 0.2, 1.5) == [0, 1]
    assert _choose([0.24, 0.2], 0.3, 0.2) == [0]


def test_a_role_stated_at_the_name_gives_the_victim_group():
    """The learned part, trained on annotators who often answer "insufficient
    information", used to say so even of "X, a trade union leader"."""
    from rightsradar import registry

    extractor = registry.create("extract.pipeline.learned.v1")
    cases = [
        (
            "Trade union leader charged in Chittagong",
            "Prosecutors in the city of Chittagong on Friday charged Rokeya Begum, a trade "
            "union leader with United Mine Workers' Union, with criminal defamation over her "
            "work.\n\nBegum has been a member of the union for more than a decade.",
            {"Rokeya Begum": ["trade unionist"]},
        ),
        (
            "Threats against trade union leader in Barrancabermeja",
            "Paola Ortiz Chávez and Rubén Mejía Ríos, both trade union leaders with "
            "Federación Sindical de Barrancabermeja, have been threatened by persons unknown, "
            "and colleagues fear for their safety.",
            {"Paola Ortiz Chávez": ["trade unionist"], "Rubén Mejía Ríos": ["trade unionist"]},
        ),
    ]
    for title, text, expected in cases:
        ex = extractor.predict([Article(id="t", title=title, text=text, language="en")])[0]
        assert {v.name: v.type for v in ex.victims if v.name} == expected


def test_an_articles_one_victim_takes_the_group_its_headline_names():
    """Nothing at the name says what Wambui does; the headline does, and she is the
    report's one victim. A headline of two groups says nothing of her."""
    from rightsradar import registry

    extractor = registry.create("extract.pipeline.learned.v1")
    text = (
        "Unknown men threatened to kill Wairimu Wambui Njoroge in Naivasha on Saturday, a "
        "day after she spoke at a public meeting against land grabs. Njoroge reported the "
        "threat to the police, who said they were investigating."
    )

    def types(title: str) -> list[list[str]]:
        ex = extractor.predict([Article(id="t", title=title, text=text, language="en")])[0]
        return [v.type for v in ex.victims if v.name]

    assert types("Naivasha activist receives death threat") == [["human rights defender"]]
    assert types("Activist and journalist threatened in Naivasha") == [["insufficient information"]]
    # The press as a thing names no group: "Press release: death threat in Naivasha".
    assert types("Press release: death threat in Naivasha") == [["insufficient information"]]


def test_a_simple_reports_victim_is_the_one_introduced_with_the_headlines_group_or_an_age():
    """The model, trained on crowded reports, scores a simple report's victim as low as
    its wife and lawyer; the headline's "radio host" and the body's "X, 44, host of"
    name him."""
    from rightsradar import registry

    extractor = registry.create("extract.pipeline.learned.v1")
    text = (
        "The family of a popular Bamenda radio host says it has had no news of him since he "
        "was forced into an unmarked car by men in plain clothes outside his station on "
        "Friday evening.\n\nNfor Ebangha Tita, 44, host of a morning call-in show on Mezam "
        "Voices FM, had just finished his programme when three men approached him in the "
        "car park, according to a security guard. His wife, Grace Ayuk Tita, said the "
        'police denied holding him. "We have gone to every police station," she said. '
        "Lawyer Clement Anyangwe Fru said he had filed a habeas corpus petition."
    )

    def named(title: str) -> list[str]:
        ex = extractor.predict([Article(id="t", title=title, text=text, language="en")])[0]
        return [v.name for v in ex.victims if v.name]

    title = "Family searches for Bamenda radio host taken away by plainclothes men"
    assert named(title) == ["Nfor Ebangha Tita"]


def test_stated_groups_reads_the_role_at_the_name_not_nearby():
    from rightsradar.extract.names import find_persons
    from rightsradar.extract.victims import stated_groups

    def stated(text: str) -> dict[str, list[str]]:
        return {p.name: stated_groups(text, p) for p in find_persons(text)}

    assert stated("Radio journalists Didier Kone and Amadou Sylla were arrested.") == {
        "Didier Kone": ["journalist"],
        "Amadou Sylla": ["journalist"],
    }
    assert stated("Meena Munda, who works as a human rights lawyer, is free.") == {
        "Meena Munda": ["human rights defender"]
    }
    # A role elsewhere in the sentence is no statement about the name.
    assert stated("Police arrested Meena Munda on Friday, journalists said.") == {"Meena Munda": []}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Saning'o Ole Parmelo, 44, a coordinator of the Ngorongoro Pastoralists' Land "
            "Forum, was taken from a hotel car park.",
            "human rights defender",
        ),
        (
            "Nurlan Sarsenbayev, 46, chairman of the independent union Yntymak at an "
            "oilfield company, was detained.",
            "trade unionist",
        ),
        (
            "Oleg Shiryaev, 49, a founder of the group Black Sea Environmental Watch, was "
            "detained on Friday.",
            "human rights defender",
        ),
        ("Ana Ruiz, director of Radio Jolom Konob, was arrested.", "journalist"),
    ],
)
def test_stated_groups_reads_an_office_in_an_organisation(text, group):
    # The organisation whose office the apposition names gives the victim's group.
    from rightsradar.extract.names import find_persons
    from rightsradar.extract.victims import stated_groups

    first = find_persons(text)[0]
    assert stated_groups(text, first) == [group]


def test_stated_groups_an_office_of_an_organisation_of_no_group_says_nothing():
    from rightsradar.extract.names import find_persons
    from rightsradar.extract.victims import stated_groups

    text = "Karim Diallo, 52, a director of the Sahel Cement Company, was kidnapped."
    assert stated_groups(text, find_persons(text)[0]) == []


def test_a_victim_of_an_older_attack_recalled_gets_the_background_cues():
    # "In 2019, another lawyer, X, was detained": background annotators do not list.
    cands = _candidates(
        "Police arrested lawyer Hossam Abdel-Aziz on Sunday in Cairo. In 2019, another "
        "lawyer from the same centre, Karim Hamdi, was detained for two years.",
        published=datetime(2025, 3, 4),
    )
    old, all_old, _, another = (_BACKGROUND_AT + k for k in range(4))
    recalled = cands["Karim Hamdi"].victim
    # (dense cues carry a weight)
    assert recalled.get(old, 0) > 0 and recalled.get(all_old, 0) > 0
    assert recalled.get(another, 0) > 0
    current = cands["Hossam Abdel-Aziz"].victim
    assert not any(current.get(k) for k in (old, all_old, another))
