"""Person linkage: name variants link, namesakes told apart by what reports say of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rightsradar.analyze.persons_quality import score_gold
from rightsradar.demo.generator import generate
from rightsradar.resolve.persons import (
    MentionFacts,
    PersonLinker,
    name_agreement,
    name_tokens,
    organisations,
)


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("Héctor E. Rodríguez", "Héctor Rodríguez", "variant"),
        ("Héctor Rodríguez", "Hector Rodriguez", "same"),
        ("Rodríguez, Héctor", "Héctor Rodríguez", "same"),
        ("H. Rodríguez", "Héctor Rodríguez", "variant"),
        ("Ramón Mejía", "Ramón Tomás Mejía Villalobos", "variant"),
        ("Dr. Ana Silva", "Ana Silva", "same"),
        ("Hector Rodrigez", "Héctor Rodríguez", "typo"),
        # Namesakes: a shared surname, or a shared given name, is not the same person.
        ("Luis Rodríguez", "Héctor Rodríguez", None),
        ("Ramón Mejía Ríos", "Ramón Tomás Mejía Villalobos", None),
        ("Sana Abbasi", "Samina Abbasi", None),
        ("Rodríguez", "Héctor Rodríguez", None),
    ],
)
def test_persons_name_agreement(a, b, level):
    assert name_agreement(name_tokens(a), name_tokens(b)) == level
    assert name_agreement(name_tokens(b), name_tokens(a)) == level


def _link(linker, facts):
    pid, _ = linker.find(facts)
    if pid is None:
        pid = len(linker.profiles) + 1
    linker.add(pid, facts)
    return pid


def test_persons_same_name_apart_by_country_group_or_organisation():
    linker = PersonLinker()
    first = _link(
        linker,
        MentionFacts(
            "Blessing Testmutasa",
            "Zimbabwe",
            "man",
            ("trade unionist",),
            ("National Union of Mine Workers",),
        ),
    )
    again = _link(
        linker, MentionFacts("Blessing Testmutasa", "Zimbabwe", "man", ("trade unionist",))
    )
    other_group = _link(
        linker, MentionFacts("Blessing Testmutasa", "Zimbabwe", "man", ("human rights defender",))
    )
    other_country = _link(linker, MentionFacts("Blessing Testmutasa", "Kenya"))
    other_org = _link(
        linker,
        MentionFacts(
            "Blessing Testmutasa",
            "Zimbabwe",
            "man",
            ("trade unionist",),
            ("Harare Transport Union",),
        ),
    )
    short = _link(
        linker,
        MentionFacts(
            "B. Testmutasa",
            "Zimbabwe",
            "man",
            ("trade unionist",),
            ("the National Union of Mine Workers",),
        ),
    )
    assert again == short == first
    assert len({first, other_group, other_country, other_org}) == 4
    # A variant needs a shared country: a short name alone says too little.
    assert linker.find(MentionFacts("Blessing Q. Testmutasa", None))[0] is None


def test_persons_organisations_found_in_text():
    text = (
        "Police detained Ana Testsilva of the Oil and Gas Workers' Federation of Recife. "
        "Union leaders and the Rede de Defensores da Floresta de Pará condemned it."
    )
    assert organisations(text) == (
        "Oil and Gas Workers' Federation of Recife",
        "Rede de Defensores da Floresta de Pará",
    )


@pytest.mark.parametrize("seed", [7, 11])
def test_persons_demo_linkage_f1(tmp_path: Path, seed: int):
    corpus = generate(tmp_path / "demo", seed=seed, n_incidents=120).articles.parent
    score = score_gold(corpus)
    assert score.n_mentions > 200 and score.n_unmatched == 0
    assert score.f1 >= 0.95, score


def test_persons_sex_guess_alone_does_not_split_a_person_when_much_else_agrees():
    from rightsradar.resolve.persons import Evidence

    # Same name, same country and group; one report's sex guess differs: same person.
    assert Evidence("same", ("country", "groups"), ("sex",)).links
    # Same name, only the country agrees, and the sexes differ: kept apart (namesakes).
    assert not Evidence("same", ("country",), ("sex",)).links
    assert not Evidence("same", ("country", "groups", "sex"), ("organisation",)).links
