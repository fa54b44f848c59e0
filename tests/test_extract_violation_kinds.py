"""Which violation an attack is: a disappearance the state denies, not a kidnapping; a
beating in custody is torture; an official's word that prisoners are well treated is no
attack; leaders of farmers, miners and women's associations are defenders and unionists.
(The errors a blind set, ``benchmarks/data/violation-kinds``, found.)"""

from __future__ import annotations

import pytest

from rightsradar.domain import Article
from rightsradar.registry import create_extractor


@pytest.fixture(scope="module")
def extractor():
    return create_extractor()


def _read(extractor, title: str, text: str, language: str):
    article = Article(
        id="a", title=title, text=text, language=language, published="2025-03-14T10:00:00Z"
    )
    return extractor.predict([article])[0]


# Taken by agents who then deny holding the person: an enforced disappearance.
DISAPPEARED = [
    (
        "Ouagadougou : un animateur radio enlevé par des hommes en civil",
        "L'animateur radio Issouf Kaboré Nana a été enlevé mardi soir à la sortie de son studio, "
        "à Ouagadougou, par des individus en civil se réclamant de l'Agence nationale de "
        "renseignement. Ses proches ont fait le tour des commissariats et de la gendarmerie : "
        "aucun service ne reconnaît le détenir. Depuis, sa famille est sans nouvelles de lui.",
        "fr",
    ),
    (
        "Hombres de civil se llevan a periodista en Tegucigalpa; la Policía niega tenerlo",
        "El periodista Óscar Rolando Mejía Funes fue secuestrado el martes frente a su casa en "
        "Tegucigalpa por hombres vestidos de civil que se identificaron como agentes de "
        "inteligencia. Su familia recorrió las postas policiales y la Policía niega tenerlo. "
        "Sus colegas exigen que lo presenten con vida.",
        "es",
    ),
]

# Held by insurgents or a gang: a kidnapping, however unknown their whereabouts.
KIDNAPPED = [
    (
        "Dois jornalistas de rádio comunitária raptados por insurgentes em Meluco",
        "Os jornalistas Abílio Momade Saide e Fátima Assane Jamal, da rádio comunitária de "
        "Meluco, foram raptados na terça-feira por insurgentes armados quando regressavam de "
        "uma reportagem. Desde então a família está sem notícias deles e o seu paradeiro é "
        "desconhecido.",
        "pt",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), DISAPPEARED)
def test_agents_who_deny_holding_a_person_disappeared_them(extractor, title, text, language):
    ex = _read(extractor, title, text, language)
    assert ex.relevant
    assert "enforced disappearance" in ex.violation_types
    assert "kidnapping" not in ex.violation_types
    assert ex.perpetrator_type == "state actor"


@pytest.mark.parametrize(("title", "text", "language"), KIDNAPPED)
def test_insurgents_who_hold_a_person_kidnapped_them(extractor, title, text, language):
    ex = _read(extractor, title, text, language)
    assert ex.relevant
    assert "kidnapping" in ex.violation_types
    assert "enforced disappearance" not in ex.violation_types


# Beaten while questioned, made to confess: torture, though the text never says it.
TORTURED = [
    (
        "Periodista denuncia golpizas y una confesión forzada tras su arresto en Camagüey",
        "El periodista independiente Yasmani Carballo Roque denunció que recibió golpizas "
        "durante el interrogatorio en la unidad policial de Camagüey, donde estuvo detenido "
        "cuatro días, y que lo obligaron a firmar una confesión.",
        "es",
    ),
    (
        "Activistas espancados durante interrogatório em Baucau",
        "Os activistas Aurélio Soares Belo e Joana Maria Ximenes foram detidos na segunda-feira "
        "e espancados durante o interrogatório na esquadra da polícia de Baucau, denunciou a "
        "organização de direitos humanos que os acompanha.",
        "pt",
    ),
    (
        "Bobo-Dioulasso : un syndicaliste dit avoir été passé à tabac pendant sa garde à vue",
        "Le syndicaliste Boureima Sawadogo Kiendrebeogo, secrétaire général du syndicat des "
        "enseignants du Houet, affirme avoir été passé à tabac pendant sa garde à vue à la "
        "gendarmerie de Bobo-Dioulasso, où il a été contraint à des aveux forcés.",
        "fr",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), TORTURED)
def test_a_beating_in_custody_is_torture(extractor, title, text, language):
    ex = _read(extractor, title, text, language)
    assert ex.relevant
    assert "torture" in ex.violation_types


# An official's assurance that prisoners are well treated reports no attack.
WELL_TREATED = [
    (
        "Prisons official says Kitalya inmates 'well treated' after MPs' tour",
        "The Prisons Service said inmates at Kitalya prison are well fed and well treated, "
        "after members of Parliament's human rights committee toured the facility. Activists "
        "had alleged torture and beatings of detained journalists last year.",
        "en",
    ),
    (
        "Prisons : « les détenus sont bien traités », assure le porte-parole",
        "Les détenus « sont bien traités et leurs droits sont respectés », a assuré mardi le "
        "porte-parole de l'administration pénitentiaire, après des accusations de torture de "
        "journalistes détenus portées par des militants des droits humains.",
        "fr",
    ),
    (
        "Centros Penales asegura que los privados de libertad reciben trato digno y rechaza "
        "informes de tortura",
        "El director de comunicaciones de Centros Penales aseguró que los privados de libertad "
        "reciben trato digno y rechazó los informes de defensores de derechos humanos que "
        "denuncian torturas de periodistas detenidos.",
        "es",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), WELL_TREATED)
def test_an_official_saying_prisoners_are_well_treated_is_no_attack(
    extractor, title, text, language
):
    assert not _read(extractor, title, text, language).relevant


# Victims whose group is named by the people they lead.
LEADERS = [
    (
        "Landless farmers' leader shot dead at her home in Surat Thani",
        "Wanpen Saengkaew Rattana, 52, a landless farmers' leader, was shot dead at her home "
        "in Phunphin district on Tuesday evening by two men on a motorcycle.",
        "en",
        "human rights defender",
    ),
    (
        "Téra : la présidente d'une association de femmes enlevée par des hommes armés",
        "Aïssata Moumouni Garba, présidente d'une association de femmes pour la paix et les "
        "droits, a été enlevée dimanche à son domicile de Téra par des hommes armés.",
        "fr",
        "human rights defender",
    ),
    (
        "Aprehenden a dirigentes mineros en Oruro",
        "Los dirigentes mineros Feliciano Choque Mamani y Gregorio Quispe Arancibia fueron "
        "aprehendidos el lunes por la Policía en Oruro y golpeados durante su interrogatorio.",
        "es",
        "trade unionist",
    ),
]


@pytest.mark.parametrize(("title", "text", "language", "group"), LEADERS)
def test_leaders_of_farmers_miners_and_associations_are_victims_of_their_group(
    extractor, title, text, language, group
):
    ex = _read(extractor, title, text, language)
    assert ex.relevant
    assert ex.victims and all(group in v.type for v in ex.victims if v.name)
