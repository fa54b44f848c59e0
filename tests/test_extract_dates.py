"""Event dates on synthetic sentences, published 2021-03-10 (a Wednesday) unless told."""

from __future__ import annotations

from datetime import datetime

import pytest

from rightsradar.extract.dates import candidates, event_date

PUB = datetime(2021, 3, 10, 12, 0)


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        ("He was shot on 3 March 2021.", (2021, 3, 3), "en"),
        ("He was shot on March 3, 2021.", (2021, 3, 3), "en"),
        ("He was shot on 2021-03-03.", (2021, 3, 3), "en"),
        ("He was shot on 3/4/2020.", (2020, 3, 4), "en"),
        ("Fue detenido el 3 de marzo de 2021.", (2021, 3, 3), "es"),
        ("Il a été arrêté le 3 mars.", (2021, 3, 3), "fr"),
        ("Foi preso em 3 de março.", (2021, 3, 3), "pt"),
        ("Fue detenido el 3/4/2020.", (2020, 4, 3), "es"),
    ],
)
def test_dates_absolute(text, expected, language):
    d = event_date(text, PUB, language=language)
    assert (d.year, d.month, d.day) == expected
    assert d.precision == "day"


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Gunmen abducted him on Tuesday.", (2021, 3, 9), "day"),
        ("Gunmen abducted him yesterday.", (2021, 3, 9), "day"),
        ("Fue secuestrado ayer.", (2021, 3, 9), "day"),
        ("Fue secuestrado el martes.", (2021, 3, 9), "day"),
        ("Il a été enlevé hier.", (2021, 3, 9), "day"),
        ("Il a été enlevé mardi dernier.", (2021, 3, 9), "day"),
        ("Foi sequestrado ontem.", (2021, 3, 9), "day"),
        ("Foi sequestrado na terça-feira.", (2021, 3, 9), "day"),
        ("He was arrested on Wednesday.", (2021, 3, 10), "day"),
        ("He was arrested in February.", (2021, 2, None), "month"),
        ("He was arrested last month.", (2021, 2, None), "month"),
        ("He was arrested earlier this year.", (2021, None, None), "year"),
    ],
)
def test_dates_relative(text, expected, precision):
    d = event_date(text, PUB)
    assert (d.year, d.month, d.day) == expected
    assert d.precision == precision


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("He was arrested on 28 December.", datetime(2021, 1, 5), (2020, 12, 28)),
        ("He was arrested in November.", datetime(2021, 1, 5), (2020, 11, None)),
        ("He was arrested on 2 January.", datetime(2021, 1, 5), (2021, 1, 2)),
    ],
)
def test_dates_year_inferred_across_new_year(text, published, expected):
    d = event_date(text, published)
    assert (d.year, d.month, d.day) == expected


def test_dates_never_after_publication():
    d = event_date("A trial is set for 20 May 2021. He was arrested on 1 March 2021.", PUB)
    assert (d.year, d.month, d.day) == (2021, 3, 1)


def test_dates_may_the_verb_is_not_a_month():
    d = event_date("Officials said they may act. He was arrested on Monday.", PUB)
    assert (d.year, d.month, d.day) == (2021, 3, 8)


def test_dates_focus_preferred():
    text = "In 2019 he founded a union. He was detained on 5 March 2021."
    d = event_date(text, PUB, focus=[(0, 27)])
    assert d.year == 2019
    s, e = d.evidence
    assert "2019" in text[s:e]


def test_dates_fallback_to_publication():
    d = event_date("No date here.", PUB)
    assert (d.year, d.month, d.day) == (2021, 3, 10) and d.confidence < 0.5
    assert event_date("No date here.", None).year is None


def test_dates_month_with_its_year_is_not_this_years_month():
    # "in July 1992" is July 1992, never July of the publication year.
    found = candidates("Civilians were taken in July 1992 from the camp.", datetime(2020, 11, 17))
    assert {(c.year, c.month) for c in found if c.month} == {(1992, 7)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was killed two years ago.", (2019, None, None)),
        ("She was arrested 3 days ago.", (2021, 3, 7)),
        ("They disappeared five months ago.", (2020, 10, None)),
    ],
)
def test_dates_spans_ago_resolve_against_publication(text, expected):
    d = event_date(text, PUB)
    assert (d.year, d.month, d.day) == expected


def test_dates_bare_years_are_candidates_but_counts_are_not():
    text = (
        "The case dates back to 1998, when the 2016 rules did not exist. "
        "Some 2000 protesters marched; 2,000 fled. He was shot on 3 March 2021."
    )
    found = [(c.kind, c.year) for c in candidates(text, PUB)]
    assert ("yb", 1998) in found and ("yb", 2016) in found
    assert not any(y == 2000 for _, y in found)
    # The year of "3 March 2021" is read once, by the full date.
    assert [k for k, y in found if y == 2021] == ["dmy", "my"]


def test_dates_rule_reader_ignores_bare_years():
    d = event_date("The union, founded 1998, says its leader was beaten.", PUB)
    assert (d.year, d.month, d.day) == (2021, 3, 10)  # the publication date, not 1998


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was arrested on 2 March. His hearing is set for March 19.", "en"),
        ("Fue detenido el 2 de marzo. La audiencia será el 19 de marzo.", "es"),
        ("Il a été arrêté le 2 mars. L'audience aura lieu le 19 mars.", "fr"),
    ],
)
def test_a_day_weeks_after_publication_is_to_come_not_last_year(text, language):
    # Published 10 March 2021: "March 19" is a day to come, not 19 March 2020.
    found = candidates(text, PUB, language=language)
    assert (2020, 3, 19) not in {(c.year, c.month, c.day) for c in found}
    d = event_date(text, PUB, language=language)
    assert (d.year, d.month, d.day) == (2021, 3, 2)


def test_a_day_months_after_publication_is_last_year():
    # Read on 10 March 2021, "3 December" is December 2020.
    d = event_date("He was abducted on 3 December.", PUB, language="en")
    assert (d.year, d.month, d.day) == (2020, 12, 3)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In March last year he was shot.", "en", (2020, 3, None)),
        ("He was arrested on August 28 last year.", "en", (2020, 8, 28)),
        ("Workers voted in a ballot held September last year.", "en", (2020, 9, None)),
        ("Fue detenido el 3 de junio del año pasado.", "es", (2020, 6, 3)),
        ("Il a été arrêté en juin de l'année dernière.", "fr", (2020, 6, None)),
        ("Foi preso em junho do ano passado.", "pt", (2020, 6, None)),
        ("He was arrested on February 2 this year.", "en", (2021, 2, 2)),
    ],
)
def test_a_month_followed_by_last_year_is_last_years(text, language, expected):
    # Published 10 March 2021: "March last year" is March 2020, not March 2021.
    found = {(c.year, c.month, c.day) for c in candidates(text, PUB, language=language)}
    assert expected in found
    assert not any(m == expected[1] and y != expected[0] for y, m, _ in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Elections are due in November this year.", "en"),
        ("As eleições serão em novembro deste ano.", "pt"),
    ],
)
def test_a_month_this_year_after_publication_is_to_come(text, language):
    found = candidates(text, PUB, language=language)
    assert not any(c.month == 11 for c in found)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A finales del año pasado fue detenido.", "es", (2020, None, None)),
        ("Fue amenazado a principios del mes pasado.", "es", (2021, 2, None)),
        ("Foi preso no fim do ano passado.", "pt", (2020, None, None)),
        ("Foi ameaçado no início do mês passado.", "pt", (2021, 2, None)),
        ("Foi preso no fim da semana passada.", "pt", (2021, 3, None)),
    ],
)
def test_last_year_and_month_after_of_are_read(text, language, expected):
    # Published 10 March 2021. "del"/"do"/"da" glue "of" to "the": "del año pasado" is
    # last year as much as "el año pasado" is.
    found = {(c.year, c.month, c.day) for c in candidates(text, PUB, language=language)}
    assert expected in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Raids carried out last year were brutal.", "en"),  # "out": outubro
        ("The deadline set last year has passed.", "en"),  # "set": setembro
        ("Se firmó en el marco del año pasado.", "es"),  # "marco": a frame
    ],
)
def test_words_that_abbreviate_a_month_are_not_months(text, language):
    # Published 10 March 2021: none of these names a month of 2020.
    assert not any(c.month for c in candidates(text, PUB, language=language))


def test_last_years_winner_is_not_a_date_of_last_year():
    found = {(c.year, c.month, c.day) for c in candidates(
        "On March 3, last year's winner spoke.", PUB, language="en")}  # fmt: skip
    assert (2020, 3, 3) not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was arrested on 2 December. His trial was adjourned to January 5.", "en"),
        ("He was arrested on 2 December. The hearing is set for 5 January.", "en"),
        ("Fue detenido el 2 de diciembre. El juicio fue aplazado hasta el 5 de enero.", "es"),
        ("Il a été arrêté le 2 décembre. Le procès a été renvoyé au 5 janvier.", "fr"),
        ("Foi preso em 2 de dezembro. O julgamento foi adiado para 5 de janeiro.", "pt"),
    ],
)
def test_a_day_to_come_early_next_year_is_no_candidate(text, language):
    # Published 20 December 2021: a hearing "to come" on January 5 is next January, after
    # publication, so neither it nor this year's January 5 is the event.
    pub = datetime(2021, 12, 20, 9, 0)
    found = {(c.year, c.month, c.day) for c in candidates(text, pub, language=language)}
    assert (2021, 1, 5) not in found
    assert (2021, 12, 2) in found
    d = event_date(text, pub, language=language)
    assert (d.year, d.month, d.day) == (2021, 12, 2)


def test_a_past_day_of_this_january_read_in_december_is_this_years():
    # Published 20 December 2021, an arrest "on January 5" with no word of anything to come
    # is 5 January 2021 (the past), not dropped as if it were next January.
    pub = datetime(2021, 12, 20, 9, 0)
    d = event_date("The activist was arrested on January 5 and is still held.", pub)
    assert (d.year, d.month, d.day) == (2021, 1, 5)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Journaliste enlevé\n\nGOMA, 14 juin (AFP) - Un journaliste a été enlevé lundi "
            "soir par des hommes armés, a-t-on appris auprès de ses collègues.",
            "fr",
            (2025, 6, 9),
        ),
        (
            "Activista raptado\n\nBissau, 14 jun (Lusa) - O activista foi raptado na noite de "
            "quinta-feira por homens armados.",
            "pt",
            (2025, 6, 12),
        ),
        (
            "Periodista liberado\n\nCaracas, 14 jun. El periodista detenido el 2 de junio fue "
            "liberado tras doce días.",
            "es",
            (2025, 6, 2),
        ),
    ],
)
def test_dates_the_datelines_date_is_when_the_report_was_filed(text, language, expected):
    """The date after the dateline's place is the filing day, not the attack's: the day the
    sentences give wins, read against publication."""
    found = event_date(text, datetime(2025, 6, 14, 10), language=language)
    assert (found.year, found.month, found.day) == expected


def test_dates_a_dateline_alone_gives_the_publication_day_at_low_confidence():
    text = "Amenazas\n\nYaoundé, le 14 juin 2025 – Le journaliste dénonce des menaces."
    found = event_date(text, datetime(2025, 6, 14, 10), language="fr")
    assert (found.year, found.month, found.day) == (2025, 6, 14)
    assert found.confidence <= 0.2


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Achieng Wekesa died on the night of 16 June after being attacked in Gulu. "
            "In May, Ms. Wekesa had already been beaten, colleagues recalled.",
            "en",
            (2021, 6, 16),
        ),
        (
            "Uma liderança foi detida por policiais na noite de 13 de abril em Pemba. "
            "Em março, a liderança tinha sido presa, lembram colegas.",
            "pt",
            (2021, 4, 13),
        ),
        (
            "Óscar Rodríguez fue llevado por hombres armados el 10 de julio en Santa Ana. "
            "En mayo, Rodríguez ya había sido amenazado.",
            "es",
            (2021, 7, 10),
        ),
    ],
)
def test_dates_a_sentence_recalling_an_earlier_attack_does_not_date_this_one(
    text, language, expected
):
    pub = datetime(2021, 7, 20, 12, 0)
    # Only the recalling sentence is in focus, as when the reported attack's verb is no
    # trigger word ("fue llevado").
    first = text.index(". ") + 1
    focus = [(first + 1, len(text))]
    d = event_date(text, pub, language=language, focus=focus)
    assert (d.year, d.month, d.day) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A statement's heading: a place and a date on a line of their own.
        (
            "Asesinan a defensor\n\nPRONUNCIAMIENTO\n\nChihuahua, Chih., 26 de enero de 2026\n\n"
            "El pasado 23 de enero, Bernabé fue asesinado por hombres armados.",
            "es",
            datetime(2026, 1, 26, 12),
            (2026, 1, 23),
        ),
        # An urgent appeal's date alone under its reference and country.
        (
            "Appel urgent\n\nAPPEL URGENT – NOUVELLE ALERTE\nCOD 009 / 1224 / OBS 112\n"
            "Assassinat\nRépublique démocratique du Congo\n5 décembre 2024\n\n"
            "L'Observatoire a été informé de l'assassinat de M. Paluku, abattu le 3 décembre "
            "devant son domicile.",
            "fr",
            datetime(2024, 12, 5, 11),
            (2024, 12, 3),
        ),
        # The day of a statement ("dijo hoy el Comité") is not the attack's.
        (
            "Periodista desaparecido\n\nNueva York, 18 de julio de 2025 – Las autoridades "
            "deben esclarecer su desaparición, dijo hoy el Comité. Alrededor de las 23:00 "
            "horas del 16 de julio, hombres armados se lo llevaron de su casa.",
            "es",
            datetime(2025, 7, 18, 12),
            (2025, 7, 16),
        ),
    ],
)
def test_dates_a_statements_heading_or_its_day_is_not_the_attacks(
    text, language, published, expected
):
    found = event_date(text, published, language=language)
    assert (found.year, found.month, found.day) == expected


def test_dates_a_date_alone_in_a_timeline_is_still_a_date():
    """Below a long paragraph, a line that is only a date heads a timeline entry."""
    text = (
        "Timeline of the case\n\n"
        + "The union organiser had reported threats for years. " * 3
        + "\n\nMarch 3, 2021\n\nThe organiser was shot dead outside the plant."
    )
    found = event_date(text, PUB, language="en")
    assert (found.year, found.month, found.day) == (2021, 3, 3)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Brazil's "no último dia 2": a day of this month, or the last when still to come.
        ("O jornalista foi sequestrado no último dia 2 no rio Madeira.", "pt", (2021, 3, 2)),
        ("A liderança está desaparecida desde o dia 24.", "pt", (2021, 2, 24)),
        # "hace dos semanas", "há cerca de duas semanas", "il y a trois jours".
        ("Fue golpeado hace dos semanas por guardias.", "es", (2021, 2, None)),
        ("Foram espancados há cerca de duas semanas.", "pt", (2021, 2, None)),
        ("Il a été arrêté il y a trois jours à Goma.", "fr", (2021, 3, 7)),
    ],
)
def test_dates_a_day_of_the_month_or_a_time_ago_in_other_languages(text, language, expected):
    found = event_date(text, PUB, language=language)
    assert (found.year, found.month, found.day) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le militant a été tué par des éléments du Mouvement du 23 mars (M23).", "fr"),
        ("El periodista fue atacado en la Avenida 20 de Noviembre.", "es"),
        ("A liderança foi presa na praça 25 de Março.", "pt"),
    ],
)
def test_dates_a_date_naming_a_street_or_a_movement_is_no_date(text, language):
    """With no other date, the publication day stands in (at low confidence)."""
    found = event_date(text, datetime(2024, 12, 5, 11), language=language)
    assert (found.year, found.month, found.day) == (2024, 12, 5)
    assert found.confidence <= 0.2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was charged in March under the 1917 Espionage Act.", "en"),
        ("Lawyers said the arrest in March breached the Constitution of 1999.", "en"),
        ("She was held in March under the Anti-Terrorism Act of 2020.", "en"),
        ("It ranks low in the 2020 World Press Freedom Index; he was arrested in March.", "en"),
        ("Fue detenido en marzo, según la Ley 1448 de 2011.", "es"),
        ("Il a été arrêté en mars en vertu de la loi de 2016.", "fr"),
    ],
)
def test_dates_a_year_naming_a_law_or_an_index_dates_nothing(text, language):
    """The law's year is no candidate at all: the attack's month of this year stands."""
    assert all(c.year == 2021 for c in candidates(text, PUB, language=language))
    found = event_date(text, PUB, language=language)
    assert (found.year, found.month) == (2021, 3)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le journaliste Emmanuel Ndi Tabe a recouvré la liberté lundi soir après quatre "
            "jours de garde à vue. Il avait été interpellé jeudi dernier dans son bureau.",
            "fr",
            (2024, 12, 5),
        ),
        (
            "El dirigente fue liberado el lunes tras cuatro días en una celda. Había sido "
            "detenido el jueves por agentes de civil.",
            "es",
            (2024, 12, 5),
        ),
        (
            "O ativista foi solto na segunda-feira. Ele tinha sido preso na quinta-feira, "
            "durante um protesto.",
            "pt",
            (2024, 12, 5),
        ),
    ],
)
def test_dates_the_attack_is_dated_by_its_verb_not_by_the_release(text, language, expected):
    """Published Tuesday 10 December 2024: the arrest was on Thursday, the release on
    Monday; the report is about the arrest."""
    found = event_date(text, datetime(2024, 12, 10, 9), language=language)
    assert (found.year, found.month, found.day) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # the day the news was told is no attack's day
            "Três voluntários foram agredidos no sábado por colonos, disseram hoje à Lusa "
            "testemunhas.",
            "pt",
            (2024, 12, 7),
        ),
        (  # four words between the verb and its day
            "La policía detuvo en la madrugada del lunes a dos periodistas, que fueron "
            "llevados el martes ante un juez y liberados hoy.",
            "es",
            (2024, 12, 9),
        ),
        (  # the nearest verb governs: the release's day, not the detention's
            "Los activistas fueron detenidos el viernes, pasaron la noche detenidos y fueron "
            "liberados el domingo.",
            "es",
            (2024, 12, 6),
        ),
    ],
)
def test_dates_the_nearest_verb_dates_the_day(text, language, expected):
    """Published Tuesday 10 December 2024."""
    found = event_date(text, datetime(2024, 12, 10, 9), language=language)
    assert (found.year, found.month, found.day) == expected


# The where-and-when set's dates (benchmarks/data/places-dates), in sentences of their own.
@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # The day before yesterday, not yesterday.
        ("Une militante a été agressée avant-hier à Saraya.", "2025-11-27", "fr", (2025, 11, 25)),
        ("La policía detuvo anteayer al periodista.", "2025-11-12", "es", (2025, 11, 10)),
        ("Foram atacados a tiro anteontem à tarde.", "2025-09-23", "pt", (2025, 9, 21)),
        ("Foi detido antes de ontem em Luanda.", "2025-09-23", "pt", (2025, 9, 21)),
        ("Men beat him on air the day before yesterday.", "2025-04-17", "en", (2025, 4, 15)),
        # "Last Thursday" said on a Thursday is a week ago; a bare "Thursday" is that day.
        ("Police beat him last Thursday.", "2025-09-18", "en", (2025, 9, 11)),
        ("Fue detenido el pasado jueves.", "2025-05-15", "es", (2025, 5, 8)),
        ("Samedi dernier, il a été frappé.", "2025-09-13", "fr", (2025, 9, 6)),
        ("Foi detido na última segunda-feira.", "2026-03-09", "pt", (2026, 3, 2)),
        ("Police arrested him on Thursday.", "2025-09-18", "en", (2025, 9, 18)),
        # This morning, in the other languages.
        (
            "Il a été interpellé tôt ce matin. La grève a été lancée lundi.",
            "2025-10-08",
            "fr",
            (2025, 10, 8),
        ),
        ("Fue detenido esta mañana. La huelga empezó el lunes.", "2025-10-08", "es", (2025, 10, 8)),
        (
            "Foi preso nesta madrugada. A greve começou na segunda-feira.",
            "2025-10-08",
            "pt",
            (2025, 10, 8),
        ),
        # A day of the report's month: "le 12 courant", "the 12th instant".
        ("Le 12 courant, il a été interpellé.", "2025-09-15", "fr", (2025, 9, 12)),
        ("On the 12th instant he was taken away.", "2025-08-15", "en", (2025, 8, 12)),
        ("Le 28 courant, il a été interpellé.", "2025-09-15", "fr", (2025, 8, 28)),
    ],
)
def test_dates_relative_days_of_the_where_and_when_set(text, published, language, expected):
    d = event_date(text, datetime.fromisoformat(published), language=language)
    assert (d.year, d.month, d.day) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Day first where that reading is of the report's last two weeks (India, Nigeria).
        ("He was beaten on 03/05/2025 in Sahibganj.", "2025-05-06", (2025, 5, 3)),
        ("The page says 5.08.2020, 11:24.", "2020-08-05", (2020, 8, 5)),
        # Month first where it is (the United States) or where neither reading is recent.
        ("He was beaten on 11/03/2024 in Ohio.", "2024-11-05", (2024, 11, 3)),
        ("He was shot on 3/4/2020.", "2021-03-10", (2020, 3, 4)),
        # Another date of the text that reads one way only tells the order of all.
        ("Beaten on 04/05/2025; the FIR was filed on 25/05/2025.", "2025-06-30", (2025, 5, 4)),
        ("Beaten on 04/05/2025; the FIR was filed on 05/25/2025.", "2025-06-30", (2025, 4, 5)),
    ],
)
def test_dates_english_numeric_dates_day_or_month_first(text, published, expected):
    found = candidates(text, datetime.fromisoformat(published), language="en")
    assert (found[0].year, found[0].month, found[0].day) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "FORMATO DE REGISTRO\n\nFecha del reporte: 09/05/2025\nFecha del hecho: 03/05/2025, "
            "hacia las 7:30 p. m.\nLugar: vereda El Porvenir.\n\nAcciones: denuncia ante la "
            "Fiscalía el 05/05/2025.",
            "es",
            (2025, 5, 3),
        ),
        (
            "FICHE D'INCIDENT\n\nTransmise le 09/05/2025 par le point focal\n\nDate de "
            "l'incident : mercredi 30 avril 2025, vers 16 h\n\nPlainte le 05/05.",
            "fr",
            (2025, 4, 30),
        ),
        (
            "FICHA DE INCIDENTE\nData do relatório: 09/05/2025\nData do incidente: 03/05/2025\n"
            "Ficou detido até 05/05/2025.",
            "pt",
            (2025, 5, 3),
        ),
        (
            "Incident report\nReported: 9 May 2025\nWhen: 3 May 2025, evening\nWho: a "
            "union organiser",
            "en",
            (2025, 5, 3),
        ),
    ],
)
def test_dates_a_report_forms_date_of_the_incident_is_the_attacks(text, language, expected):
    d = event_date(text, datetime(2025, 5, 9, 12), language=language)
    assert (d.year, d.month, d.day) == expected
    assert d.confidence == 0.9


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Foi detido em finais de abril pela polícia.", "pt", (2025, 4)),
        ("Fue detenido a principios de abril.", "es", (2025, 4)),
        ("Il a été arrêté mi-avril à Béjaïa.", "fr", (2025, 4)),
        ("She was detained in a raid earlier this month.", "en", (2025, 5)),
        ("Desconocidos entraron a su casa a principios de este mes.", "es", (2025, 5)),
    ],
)
def test_dates_a_month_without_a_day(text, language, expected):
    found = candidates(text, datetime(2025, 5, 20, 12), language=language)
    assert any((c.year, c.month, c.day) == (*expected, None) for c in found)


def test_dates_a_year_recalled_and_a_day_of_a_statement_date_nothing():
    # "recordó que en 2023 otro comunicador fue atacado" recalls another attack; "exigiu
    # hoje explicações" dates the statement.
    es = (
        "La periodista denunció que a finales de abril desconocidos dejaron una corona "
        "fúnebre en su casa. La asociación recordó que en 2023 otro comunicador fue atacado a "
        "tiros."
    )
    d = event_date(es, datetime(2025, 5, 20, 12), language="es")
    assert (d.year, d.month, d.day) == (2025, 4, None)
    pt = (
        "A associação exigiu hoje explicações sobre a detenção da jornalista, presa na "
        "segunda-feira passada durante um protesto."
    )
    d = event_date(pt, datetime(2026, 3, 9, 12), language="pt")
    assert (d.year, d.month, d.day) == (2026, 3, 2)
