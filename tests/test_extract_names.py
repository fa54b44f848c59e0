"""Person-name candidates: particles inside names, later shorter mentions, and one-word
names introduced by a role, "named", "identified as" or an apposition."""

from __future__ import annotations

import pytest

from rightsradar.extract.names import find_all_persons, find_persons


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "Egyptian activist Alaa Abd El Fattah was jailed. Later, Abd El Fattah went on "
            "hunger strike.",
            "Alaa Abd El Fattah",
            2,
        ),
        ("Police arrested Luiz Da Silva on Monday in Recife.", "Luiz Da Silva", 1),
        ("Gunmen shot Maria de la Cruz outside her home.", "Maria de la Cruz", 1),
    ],
)
def test_extract_names_keeps_particles_inside_names(text, name, mentions):
    persons = {p.name: p for p in find_persons(text)}
    assert name in persons
    assert len(persons[name].mentions) == mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name the first-name lexicon (US names) lacks, with "da" inside: a role
        # before the run or an age after it says it is a person, not "Sindicato da ...".
        ("O sindicalista Severino Ramos da Silva foi agredido.", "Severino Ramos da Silva"),
        (
            "O presidente do sindicato, Severino Ramos da Silva, de 61 anos, foi agredido.",
            "Severino Ramos da Silva",
        ),
        ("O cacique Tedjore dos Santos denunciou ameaças.", "Tedjore dos Santos"),
    ],
)
def test_extract_names_run_with_a_particle_after_a_role_or_before_an_age(text, name):
    assert name in [p.name for p in find_persons(text)]


def test_extract_names_role_before_an_outlet_of_a_place_is_no_person():
    text = "El periodista Óscar Zelaya Cálix, conductor del noticiero La Voz de Olancho, habló."
    names = [p.name for p in find_persons(text)]
    assert "Óscar Zelaya Cálix" in names
    assert not any("Olancho" in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A man named Gnawi was arrested on Monday.", "Gnawi"),
        ("The victim was identified as Okello by the police.", "Okello"),
        ("Mutua, a journalist at the paper, fled the country.", "Mutua"),
        ("Police detained journalist Gnawi in Rabat.", "Gnawi"),
    ],
)
def test_extract_names_one_word_name_when_introduced(text, name):
    assert name in [p.name for p in find_persons(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Reuters had seen the report on Monday.",
        "Later, Monday was chosen as the day of the march.",
    ],
)
def test_extract_names_one_word_without_cue_is_not_a_person(text):
    assert find_persons(text) == []


def test_extract_names_drops_a_leading_possessive():
    persons = {p.name for p in find_persons("Myanmar's Aung San Suu Kyi was detained.")}
    assert "Aung San Suu Kyi" in persons
    assert not any(name.startswith("Myanmar") for name in persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A statement from Africa Minister James Cleverly said so.", "James Cleverly"),
        ("Those held include Bar Association President Mian Qayoom.", "Mian Qayoom"),
        ("The US sanctioned Venezuelan President Nicolás Maduro on Tuesday.", "Nicolás Maduro"),
        ("Police held Australian Sean Turnell for months.", "Sean Turnell"),
        ("Police held Researcher Atefeh Rangiz for months.", "Atefeh Rangiz"),
    ],
)
def test_extract_names_drop_the_role_organisation_or_nationality_before_the_name(text, name):
    names = [p.name for p in find_persons(text)]
    assert name in names
    assert not any(n != name and name in n for n in names)


def test_extract_names_capitalised_common_word_inside_a_sentence_is_a_name():
    text = "They mark the day. Police arrested respected journalist Mark Hirst in Glasgow."
    assert "Mark Hirst" in [p.name for p in find_persons(text)]
    # Where a sentence opens, the capital says nothing: "Mark" stays an ordinary word.
    assert find_persons("They mark the day. Mark the date, said the union.") == []


def test_extract_names_letters_with_diacritics_and_initials():
    text = "Siarhei Cichanoŭski was jailed, and I. Rajeskaran was shot."
    assert {"Siarhei Cichanoŭski", "I. Rajeskaran"} <= {p.name for p in find_persons(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Police invoked the Public Safety Act against the protesters.",
        "He was charged under the Terrorism Law last year.",
        "The group joined Black Lives Matter marches last year.",
        "He was detained in New York and later flown to Uttar Pradesh.",
        "Four Burundi reporters were arrested while covering the clashes.",
        "A Qatar-based Kenyan worker said he had been beaten.",
        "Han Chinese settlers moved into the valley.",
        "Police say Car Torched in the night was the editor's.",
        # Small towns the gazetteer lacks, named by a first word no person bears.
        "La abogada presentó la denuncia en la fiscalía de Monte Quemado el lunes.",
        "PUERTO GUZMÁN (Colombia), 7 sep.- Un líder comunal fue asesinado anoche.",
        "Os moradores de Vila Velha protestaram ontem.",
        # A Guarani community's land is named like a person: "o tekoha Pindo Roky".
        "Seguranças atacaram a comunidade do tekoha Pindo Roky, em Caarapó.",
    ],
)
def test_extract_names_phrases_places_and_nationalities_are_not_persons(text):
    assert find_persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Every word is also a common English word, but the first is a given name.
        ("Police arrested lawyer Gamal Eid at his office.", "Gamal Eid"),
        ("Grace Hope was detained on Monday.", "Grace Hope"),
        # A demonym inside a longer name is a surname.
        ("Unknown men abducted Umar Farooq Baloch in Turbat.", "Umar Farooq Baloch"),
        # A surname that is also a people's name is a surname after a given name.
        ("Police detained Mahrang Baloch on Monday in Quetta.", "Mahrang Baloch"),
        ("The photograph of Alan Kurdi moved the world.", "Alan Kurdi"),
    ],
)
def test_extract_names_keeps_names_made_of_common_words(text, name):
    assert name in [p.name for p in find_persons(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In the raid on Monday, Boko Haram fighters abducted dozens of pupils.",
        "The attack was blamed on Al-Shabaab by the regional police.",
        "Residents said Hezbollah had warned the reporters to leave.",
    ],
)
def test_extract_names_armed_groups_are_not_persons(text):
    # An armed group named as the perpetrator must never come out as a victim's name.
    assert find_persons(text) == []


def test_extract_names_initials_written_apart_are_one_person():
    text = (
        "E.V. Krishnasamy was arrested in 1934. His brother E. V. Krishnasamy took over the paper."
    )
    persons = find_persons(text)
    assert [p.name for p in persons] == ["E.V. Krishnasamy"]
    assert len(persons[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Los sindicalistas Efraín Luis Zúñiga Velásquez y Jairo Oscar Pérez Torres "
            "recibieron amenazas.",
            ["Efraín Luis Zúñiga Velásquez", "Jairo Oscar Pérez Torres"],
        ),
        (
            "Os ativistas João Pedro Santos e Maria Clara Lima foram presos.",
            ["João Pedro Santos", "Maria Clara Lima"],
        ),
        # One person with a double surname joined by the particle.
        ("El escritor José Ortega y Gasset fue detenido.", ["José Ortega y Gasset"]),
        ("A advogada Maria da Silva e Souza foi presa.", ["Maria da Silva e Souza"]),
    ],
)
def test_extract_names_two_full_names_joined_by_y_or_e_are_two_persons(text, names):
    assert [p.name for p in find_persons(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Marcio Conceicao, integrante de Sindicato dos Trabalhadores Rurais de Manaus, "
        "vem sendo ameaçado.",
        "Efrain Zuniga, integrante de Sindicato de Trabajadores de la Salud de "
        "Quetzaltenango, fue amenazado.",
        "BOUAKÉ (Agence Panafricaine d'Information) — Le syndicaliste Marcio Conceicao a "
        "été menacé.",
        "Marcio Conceicao est membre de Union des travailleurs du textile de Bouaké.",
        # An organisation or outlet whose head word is no organisation word.
        "Según Voz de Sinaloa, el activista Marcio Conceicao fue amenazado.",
        "La Asociación Campesina de Cusco y el periodista Marcio Conceicao denunciaron.",
        "Libération de Marcio Conceicao\nMarcio Conceicao a été libéré.",
        "O radialista Marcio Conceicao foi atacado no Distrito Capital.",
        # A programme after an elided article and its time of day.
        "Marcio Conceicao anime l'émission matinale « Mama Njoh » sur la radio.",
        "Marcio Conceicao présente l'émission « Bonjour Sanaga » depuis 2019.",
    ],
)
def test_extract_names_romance_organisation_and_outlet_names_are_not_persons(text):
    assert [p.name for p in find_persons(text)] in (["Marcio Conceicao"], ["Efrain Zuniga"])


def test_extract_names_person_named_after_a_romance_organisation_is_kept():
    text = "El presidente del Sindicato de Trabajadores Juan Pérez fue detenido."
    assert [p.name for p in find_persons(text)] == ["Juan Pérez"]
    # Names with a lower-case particle begin with a given name and stay whole.
    text = "Luis de la Cruz y Luiz Inácio Lula da Silva hablaron."
    assert [p.name for p in find_persons(text)] == ["Luis de la Cruz", "Luiz Inácio Lula da Silva"]


def test_extract_names_redaction_keeps_organisation_phrases_as_names():
    """Redaction errs on the side of hiding: a phrase that might hold a name is redacted."""
    text = "Libération de Théophile Zongo. Voz de Sinaloa."
    found = [p.name for p in find_all_persons(text)]
    assert "Libération de Théophile Zongo" in found


@pytest.mark.parametrize(
    "text",
    [
        "Two protesters were arrested during the Tower Hamlets council strike.",
        "The Nobel Prize-winning dissident was not allowed visitors.",
        "The couple was killed on New Year’s Eve, prosecutors said.",
        "A Nigerian journalist and Roman Catholic was detained for his reporting.",
        "Police dispersed Huddersfield Students outside the campus gates.",
        "He was a Correctional Officer Supervisor at the prison.",
        "The reporter was held at Ridgeland Correctional Institution for a week.",
        "A reserve policeman from Bosanska Krupa was questioned in Serbia.",
    ],
)
def test_extract_names_places_faiths_ranks_and_compounds_are_not_persons(text):
    assert find_persons(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "By Our Batticaloa Correspondent\n\nKalaichelvi Sivapalan was summoned.",
            ["Kalaichelvi Sivapalan"],
        ),
        ("Attorney-at-law Thavarajah Nirojan said she was questioned.", ["Thavarajah Nirojan"]),
        (
            "Barrister Clement Tanyi Ashu spoke to Commander Stephen Kipchumba Koech.",
            ["Clement Tanyi Ashu", "Stephen Kipchumba Koech"],
        ),
        ("John Major met Liza Mae Obenza.", ["John Major", "Liza Mae Obenza"]),
    ],
)
def test_extract_names_titles_and_bylines_are_no_part_of_a_name(text, names):
    assert [p.name for p in find_persons(text)] == names


def test_extract_names_town_named_like_a_person_is_a_place_only_after_a_preposition():
    # Many towns carry a person's name: "in Emiliano Zapata" is the town, the man
    # shot "outside his home" is a person.
    assert find_persons("Two journalists were shot dead in Emiliano Zapata, Morelos.") == []
    found = [p.name for p in find_persons("Gunmen shot Emiliano Zapata outside his home.")]
    assert found == ["Emiliano Zapata"]
    text = "Johnny Lee Bryant Jr. of Hilton Head was arrested on May 13."
    assert [p.name for p in find_persons(text)] == ["Johnny Lee Bryant Jr."]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "We call on the junta to drop all charges against @MizzimaNews Ko Zaw Zaw.",
            ["Ko Zaw Zaw"],
        ),
        (
            "Jailed mother Nazanin Zaghari-Ratcliffe with her husband Richard Ratcliffe and "
            "their daughter Gabriella Credit: Family handout",
            ["Nazanin Zaghari-Ratcliffe", "Richard Ratcliffe"],
        ),
    ],
)
def test_extract_names_handles_and_caption_credits_are_no_part_of_a_name(text, names):
    assert [p.name for p in find_persons(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Journalist Prakash Oraon of The Srinagar Sentinel was abducted.",
        "El reportero Prakash Oraon, de El Impulso Digital, fue golpeado.",
        "O repórter Prakash Oraon, do O Globo Rural, foi agredido.",
        "La Cámara de Diputados aprobó la ley. Prakash Oraon votó.",
    ],
)
def test_extract_names_outlets_and_chambers_are_not_persons(text):
    """A capitalised article inside a sentence opens an outlet's or a body's name."""
    assert [p.name for p in find_persons(text)] == ["Prakash Oraon"]


@pytest.mark.parametrize(
    "text",
    [
        "Arsen Gadzhimuradov, who writes for the weekly Gorskaya Pravda, was detained.",
        "Arsen Gadzhimuradov, editor of the news website Haber Hattı, was detained.",
        "Arsen Gadzhimuradov, of the private broadcaster Xamar Live TV, was detained.",
    ],
)
def test_extract_names_an_english_outlet_noun_names_the_outlet_not_a_person(text):
    # Foreign outlets' names read like persons' after "the weekly", "the broadcaster".
    assert [p.name for p in find_persons(text)] == ["Arsen Gadzhimuradov"]


@pytest.mark.parametrize(
    "text",
    [
        "Journalist Ana Diaz said attacks in sub-Saharan Africa were rising.",
        "A Shuar Indigenous leader, Ana Diaz, was shot.",
        "The lawyers' group Papuan Advocates said Ana Diaz was held.",
    ],
)
def test_extract_names_a_prefixed_adjective_a_people_or_a_lawyers_group_is_no_person(text):
    assert [p.name for p in find_persons(text)] == ["Ana Diaz"]


def test_extract_names_a_french_lawyer_title_and_an_elided_role_are_no_part_of_the_name():
    text = "L'avocate Amira Jlassi a été arrêtée. Me Jlassi, 41 ans, est poursuivie."
    persons = find_persons(text)
    assert [p.name for p in persons] == ["Amira Jlassi"]
    assert [m.text for m in persons[0].mentions] == ["Amira Jlassi", "Jlassi"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Charges against union leader Funmilayo Akpan of Port Harcourt Transport and "
            "General Workers' Union were filed.",
            ["Funmilayo Akpan"],
        ),
        (
            "Funmilayo Akpan works for Port Harcourt Transport and General Workers' Union. "
            "Port Harcourt Transport and General Workers' Union has documented abuses.",
            ["Funmilayo Akpan"],
        ),
        # A person after "of" joined to an organisation is still a person.
        ("The lawyer of Maria Silva and Amnesty International spoke.", ["Maria Silva"]),
    ],
)
def test_extract_names_the_first_half_of_an_organisation_joined_by_and_is_not_a_person(text, names):
    assert [p.name for p in find_persons(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Segundo o Conselho Indigenista Missionário, o cacique José Ferreira foi morto.",
            ["José Ferreira"],
        ),
        ("El Consejo Nacional Electoral y la periodista Ana Ruiz.", ["Ana Ruiz"]),
        ("Le Mouvement Citoyen Lucha a dénoncé l'arrestation de Jean Mbuyi.", ["Jean Mbuyi"]),
    ],
)
def test_extract_names_a_romance_organisation_is_no_person_nor_its_qualifiers(text, names):
    # Spanish, French and Portuguese organisations open with their head noun: cut there,
    # "Indigenista Missionário" was left as a person.
    assert [p.name for p in find_persons(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("O rezador Guarani Kaiowá Adelino Vera Lopes foi ferido.", ["Adelino Vera Lopes"]),
        ("A cacica Munduruku Alessandra Korap Silva foi ameaçada.", ["Alessandra Korap Silva"]),
        ("Maître Hervé Mbarga Ntolo a été interpellé à Douala.", ["Hervé Mbarga Ntolo"]),
        ("A Brigada Militar deteve Joana Prates Lemos em Pelotas.", ["Joana Prates Lemos"]),
        # A people's name at the end is part of the name.
        ("A liderança Sônia Arariwá Guajajara foi ameaçada.", ["Sônia Arariwá Guajajara"]),
    ],
)
def test_extract_names_a_people_before_a_name_a_maitre_and_a_state_police_are_no_name_parts(
    text, names
):
    assert [p.name for p in find_persons(text, 0, not_english=True)] == names


def test_extract_names_a_kin_suffix_is_kept_and_a_school_named_for_someone_is_no_person():
    text = (
        "O filho dela, Raimundo Diniz Filho, foi detido junto ao Hospital Escuela Roberto "
        "Calderón, disse o filho mais velho."
    )
    assert [p.name for p in find_persons(text)] == ["Raimundo Diniz Filho"]


def test_extract_names_a_name_after_an_elided_de_is_whole():
    text = "Il s'agit d'Abdoulaziz Mahamane Sani, 36 ans, présentateur sur Radio Anfani."
    assert [p.name for p in find_persons(text)][0] == "Abdoulaziz Mahamane Sani"


def test_a_court_is_no_person_when_the_text_also_writes_court_in_lower_case():
    from rightsradar.extract.names import find_persons

    text = (
        "Title\n\nHer lawyer, Aditya Raghunathan, said he would move the Delhi High Court this "
        'week. "If there is a case, let them file it in a court," she said.'
    )
    assert [p.name for p in find_persons(text, 5)] == ["Aditya Raghunathan"]


def test_a_place_after_a_compass_word_is_read_as_a_place():
    # "in northern Veracruz", as "in Veracruz": a run there is the place, not a person.
    from rightsradar.extract.names import _named_place

    for text, name in [
        ("an oil city in northern Veracruz, officials said", "Veracruz"),
        ("a town in north-eastern Borno", "Borno"),
    ]:
        start = text.index(name)
        assert _named_place(text, start, start + len(name), name)
