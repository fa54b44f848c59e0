"""The sex of a named victim in Spanish, French and Portuguese, read from the grammar
around the name (these languages seldom write a subject pronoun)."""

from __future__ import annotations

import pytest

from rightsradar.domain import Article
from rightsradar.extract import gender
from rightsradar.extract.pipeline import RulePipeline


@pytest.fixture(scope="module")
def pipeline() -> RulePipeline:
    return RulePipeline()


def _sex(pipeline: RulePipeline, text: str, name: str, language: str) -> str:
    article = Article(id="g1", title="Ataque", text=text, language=language)
    ex = pipeline.predict([article])[0]
    return next(v.sex for v in ex.victims if v.name == name)


@pytest.mark.parametrize(
    ("text", "name", "language", "sex"),
    [
        # The article of the role before the name.
        (
            "La defensora comunitaria Rosa Quispe fue asesinada el lunes.",
            "Rosa Quispe",
            "es",
            "woman",
        ),
        (
            "El defensor asháninka Andrés Quispe denunció amenazas de muerte.",
            "Andrés Quispe",
            "es",
            "man",
        ),
        ("A repórter Luana Moreira foi agredida por policiais.", "Luana Moreira", "pt", "woman"),
        # A role in apposition, and its own gender over a wrong article.
        (
            "Ernesto Mina, coordinador de la guardia indígena, fue amenazado.",
            "Ernesto Mina",
            "es",
            "man",
        ),
        (
            "Le corps de le animatrice de radio Alix Traore a été retrouvé.",
            "Alix Traore",
            "fr",
            "woman",
        ),
        # The participle of the passive the name is the subject of.
        (
            "Alix Kabore a été arrêtée mardi à Ouagadougou par la police.",
            "Alix Kabore",
            "fr",
            "woman",
        ),
        ("Alix Souza foi preso pela Polícia Militar em Belém.", "Alix Souza", "pt", "man"),
        # A feminine plural says every name in the list is a woman.
        (
            "Les journalistes Alix Sylla et Dominique Diallo ont été interpellées lundi.",
            "Dominique Diallo",
            "fr",
            "woman",
        ),
        # No cue in the text: a first name borne almost only by one sex.
        (
            "Agentes allanaron la vivienda de Gustavo Pérez y se lo llevaron.",
            "Gustavo Pérez",
            "es",
            "man",
        ),
    ],
)
def test_gender_the_grammar_around_the_name_gives_the_victims_sex(
    pipeline: RulePipeline, text: str, name: str, language: str, sex: str
) -> None:
    assert _sex(pipeline, text, name, language) == sex


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        # The article belongs to another noun: a court case, a house, a colleague.
        ("Un juez abrió un proceso penal contra Alix Ríos por instigación.", "Alix Ríos", "es"),
        ("Agentes allanaron la vivienda de Alix Ríos y se la llevaron.", "Alix Ríos", "es"),
        # The body, or the death, is the subject of the passive.
        (
            "El cuerpo de Alix Ospina fue hallado el martes con impactos de bala.",
            "Alix Ospina",
            "es",
        ),
        (
            "Sicarios dispararon contra Alix Rodríguez; su muerte fue confirmada.",
            "Alix Rodríguez",
            "es",
        ),
        # "da Rádio" says where the person works, not who they are.
        (
            "Desapareceu Alix Chivale, da Rádio Comunitária de Palma, em Palma.",
            "Alix Chivale",
            "pt",
        ),
    ],
)
def test_gender_the_grammar_of_another_noun_says_nothing(
    text: str, name: str, language: str
) -> None:
    start = text.index(name)
    assert gender.cues(text, start, start + len(name), language) == (0, 0)


def test_gender_french_possessive_son_is_no_male_cue(pipeline: RulePipeline) -> None:
    text = (
        "La journaliste Alix Roussel a reçu des menaces de mort après la publication de son "
        "enquête. On lui a dit de se taire."
    )
    assert _sex(pipeline, text, "Alix Roussel", "fr") == "woman"


def test_gender_english_is_left_to_its_own_cues() -> None:
    text = "La defensora Alix Kim was detained."
    assert gender.cues(text, 13, 21, "en") == (0, 0)
