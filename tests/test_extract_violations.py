"""The violation trigger scan: one pass over all labels finds what one pass per label did."""

from __future__ import annotations

import pytest

from rightsradar.domain import Article
from rightsradar.extract import violations
from rightsradar.extract.base import compile_terms
from rightsradar.extract.data import roles
from rightsradar.extract.data import violations as lex
from rightsradar.extract.pipeline import prepare

TEXTS = [
    # Triggers of two labels inside one multi-word trigger, and a death in custody.
    "The activist died in custody after he was beaten in police custody by guards. "
    "Another detainee was not arrested; the journalist was shot dead and his body was found.",
    # Threats, hedges and weak words.
    "Reporters were threatened with arrest. The editor was allegedly tortured in prison, "
    "and a trade unionist is missing since Monday. Police raided the newspaper.",
    "El periodista fue asesinado y otro fue detenido; la defensora está desaparecida.",
    "Le journaliste a été tué, un autre arrêté et écroué; des militants menacés de mort.",
    "O jornalista foi morto a tiros e a ativista foi presa e espancada pela polícia.",
]


def per_label(text: str) -> list[tuple[str, int, int]]:
    """The reference: one case-insensitive finditer per label."""
    out = []
    for label, terms in lex.TRIGGERS.items():
        out += [(label, m.start(), m.end()) for m in compile_terms(terms).finditer(text)]
    return sorted(out, key=lambda t: (t[1], list(lex.TRIGGERS).index(t[0])))


@pytest.mark.parametrize("text", TEXTS)
def test_one_pass_finds_every_label_trigger_as_one_pass_per_label(text):
    found = sorted(
        violations._trigger_matches(text), key=lambda t: (t[1], list(lex.TRIGGERS).index(t[0]))
    )
    assert found == per_label(text)


def test_overlapping_triggers_of_other_labels_are_all_found():
    text = "He died in custody. She was beaten in custody."
    labels = {(label, text[s:e].lower()) for label, s, e in violations._trigger_matches(text)}
    assert ("killing", "died in custody") in labels
    assert ("arbitrary detention", "in custody") in labels
    assert ("torture", "beaten in custody") in labels
    assert ("other", "beaten") in labels


def test_factored_pattern_matches_like_compile_terms():
    terms = [t for ts in roles.VICTIM_GROUPS.values() for t in ts]
    text = " ".join(TEXTS) + " human rights defenders, trade unionists and a photojournalist"
    plain = [m.span() for m in compile_terms(terms).finditer(text)]
    assert plain  # the text does name victim groups
    assert [m.span() for m in violations.compile_factored(terms).finditer(text)] == plain


@pytest.mark.parametrize("name", ["CONVICTION_TITLE", "NOT_AN_ATTACK_TITLE", "REPORT_TITLE"])
def test_factored_headline_patterns_match_like_compile_terms(name):
    # Terms whose leading groups would multiply into long patterns stay whole: the same
    # spans either way.
    terms = getattr(roles, name)
    text = (
        "Condenan a dos hombres por el asesinato de un periodista radial en 2020. "
        "Court jails two men for 2019 murder of regional blogger. "
        "Trial of three accused of killing anti-mining activist set for June. "
        "Fijan para el 17 de noviembre el juicio oral por el asesinato del periodista. "
        "Five years on, Choluteca remembers radio host shot dead. "
        "Informe anual registra 312 agresiones contra periodistas. "
        "Ministro promete protocolo para atender amenazas contra periodistas."
    )
    plain = [m.span() for m in compile_terms(terms).finditer(text)]
    assert plain
    assert [m.span() for m in violations.compile_factored(terms).finditer(text)] == plain


def test_factored_term_of_alternatives_sharing_a_first_letter_matches_each():
    # A term "x|y" at its top is no word opening with one letter: "asesinad[oa]s?|asesinato"
    # filed under "a" as "a(?:sesinad[oa]s?|asesinato)" read "aasesinato", not "asesinato".
    terms = ["asesinad[oa]s?|asesinato|assassinato", "arrest(?:ed)?"]
    text = "el asesinato, el assassinato, fue asesinada, arrested"
    plain = [m.span() for m in compile_terms(terms).finditer(text)]
    assert len(plain) == 4
    assert [m.span() for m in violations.compile_factored(terms).finditer(text)] == plain


def test_hits_denied_threatened_and_scored():
    doc = prepare(Article(id="t", title="", text=TEXTS[1] + " " + TEXTS[0]))
    hits = violations.find_hits(doc)
    words = {doc.text[h.start : h.end].lower(): h for h in hits}
    assert words["arrest"].label == "other"  # "threatened with arrest" is a threat
    assert "arrested" not in words  # "was not arrested" is denied
    assert words["missing"].confidence < words["tortured"].confidence  # a weak word
    assert [h.start for h in hits] == sorted(h.start for h in hits)


def test_role_words_found_once_per_article():
    doc = prepare(Article(id="r", title="", text=TEXTS[0]))
    first = violations.role_matches(doc)
    assert [doc.text[m.start() : m.end()] for m in first] == ["activist", "journalist"]
    assert violations.role_matches(doc) is first
    other = prepare(Article(id="r2", title="", text="A trade unionist spoke."))
    assert violations.role_matches(other) is not first


def test_perpetrator_patterns_match_like_compile_terms():
    from rightsradar.extract import perpetrators

    text = (
        " ".join(TEXTS) + " Soldiers and unidentified gunmen, a paramilitary group, the army, "
        "police officers, a mining company and the mayor were named."
    )
    pats = perpetrators._patterns()
    found = 0
    for ptype, terms in roles.PERPETRATORS.items():
        plain = [m.span() for m in compile_terms(terms).finditer(text)]
        found += len(plain)
        assert [m.span() for m in pats[ptype].finditer(text)] == plain, ptype
    assert found >= 5


def _perpetrator(title: str, text: str) -> tuple[object, object]:
    from rightsradar.extract.pipeline import RulePipeline

    ext = RulePipeline().predict_one(Article(id="p", title=title, text=text))
    return ext.perpetrator_mention, ext.perpetrator_type


def test_unnamed_attackers_are_a_perpetrator_of_unknown_type():
    # "Unknown gunmen" say someone attacked, not who: not criminals, not nobody.
    text = (
        "Two trade unionists died on Monday after being attacked by people who have not been "
        "identified on the outskirts of León. Their union said it had warned the authorities."
    )
    assert _perpetrator("Trade unionists shot dead", text) == (True, "insufficient info")
    assert _perpetrator("Journalist shot dead", "Unknown gunmen shot him dead on Monday.") == (
        True,
        "insufficient info",
    )
    # A named kind of attacker still wins.
    assert _perpetrator("Journalist shot dead", "Soldiers shot him dead on Monday.") == (
        True,
        "state actor",
    )


def test_lead_names_the_perpetrator_when_the_attack_words_are_not_in_the_lexicon():
    # "Espían" and "seguido y fotografiado" are no triggers: the attack sentences the finder
    # reads are background, and the lead says who acted.
    text = (
        "Ernesto Benítez, integrante de una asociación campesina, ha sido seguido y "
        "fotografiado por las fuerzas de seguridad en Medellín, denunciaron sus colegas. "
        "Las organizaciones locales han registrado decenas de agresiones contra defensores."
    )
    assert _perpetrator("Espían a defensor de derechos humanos en Colombia", text) == (
        True,
        "state actor",
    )


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        # Headline verbs of an arrest in the present tense, and "captured".
        (
            "Detienen a periodista en San Miguel",
            "Una periodista fue capturada por las fuerzas de seguridad ayer en San Miguel.",
            "arbitrary detention",
        ),
        (
            "Desaparece abogado tras ser detenido",
            "Se desconoce el paradero de dos abogados desde el martes.",
            "enforced disappearance",
        ),
        (
            "Defensor desaparece em Cabinda",
            "O paradeiro de Manuel Tembe é desconhecido desde que ele foi levado para local "
            "desconhecido por agentes.",
            "enforced disappearance",
        ),
        (
            "Where is the lawyer?",
            "Police stations have all denied holding the lawyer, taken into secret detention "
            "on Monday, his family said.",
            "enforced disappearance",
        ),
    ],
)
def test_phrases_of_arrests_and_disappearances_are_read(title, text, label):
    from rightsradar.extract.pipeline import RulePipeline

    ext = RulePipeline().predict_one(Article(id="v", title=title, text=text))
    assert label in ext.violation_types


def test_a_term_opening_with_a_group_is_filed_under_its_letters_and_matches_alike():
    # Terms that open with a group were tried at every word; one per alternative is
    # filed under its first letter, and the pattern finds the same spans.
    assert violations._expand_leading_group(r"(?:land )?protest (?:leaders?|organi[sz]ers?)") == [
        r"land protest (?:leaders?|organi[sz]ers?)",
        r"protest (?:leaders?|organi[sz]ers?)",
    ]
    assert violations._expand_leading_group(r"(?-i:workers?) x") == [r"(?-i:workers?) x"]
    assert violations._expand_leading_group(r"(?:a|b)+c") == [r"(?:a|b)+c"]
    terms = [t for ts in roles.VICTIM_GROUPS.values() for t in ts]
    text = (
        "Police detained three land protest leaders and the chairperson of the factory union. "
        "Une mère qui cherche son fils disparu; deux photographes; the union chair; "
        "cuatro dirigentes estudiantiles y el líder ava guaraní; emergency kitchen volunteers."
    )
    plain = [m.span() for m in compile_terms(terms).finditer(text)]
    assert len(plain) >= 7
    assert [m.span() for m in violations.compile_factored(terms).finditer(text)] == plain
