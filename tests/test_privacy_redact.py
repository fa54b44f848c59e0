"""PII redaction of free text: names in any spelling, contact details, no network."""

from __future__ import annotations

import gc
import re
import socket
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rightsradar.privacy.disclosure import suppress
from rightsradar.privacy.pseudonym import pseudonym
from rightsradar.privacy.redact import (
    _PHONE_REGIONS,
    Redactor,
    _phone_recognizer,
    redact,
    redactor,
)

KEY = b"test-key-" * 4


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@pytest.fixture(autouse=True, scope="module")
def _no_network():
    """Redaction must work offline: any socket connection fails the test."""
    real = socket.socket.connect

    def refuse(self, *a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError("redaction tried to open a network connection")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    yield
    socket.socket.connect = real  # type: ignore[method-assign]


def test_redact_removes_names_in_every_spelling():
    text = (
        "Héctor E. Rodríguez was detained in Oaxaca. HECTOR RODRIGUEZ had reported threats; "
        "Rodríguez's lawyer said on 3 May 2025 that he was held incommunicado."
    )
    out = redact(text, names=["Hector Rodriguez"], key=KEY, language="es")
    low = _fold(out.text).casefold()
    assert "hector" not in low and "rodriguez" not in low
    token = pseudonym(KEY, "Hector Rodriguez")
    assert out.text.count(token) == 4  # Héctor, Rodríguez, the capitals, Rodríguez's
    # Places and dates are not personal data and stay.
    assert "Oaxaca" in out.text and "3 May 2025" in out.text
    assert out.removed == {"PERSON": 4}


def test_redact_removes_contact_details_and_profiles():
    text = (
        "Write to ana.diaz@example.org or call +57 300 123 4567; her account "
        "https://twitter.com/anadiaz_co posts updates. Server 192.168.1.20."
    )
    out = redact(text, names=[], key=KEY)
    for leaked in ("ana.diaz@example.org", "300 123 4567", "twitter.com/anadiaz", "192.168.1.20"):
        assert leaked not in out.text
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS"} <= set(out.removed)


def test_redact_same_person_same_pseudonym_across_texts():
    a = redact("Ana Diaz was arrested.", names=["Ana Díaz"], key=KEY)
    b = redact("Police released ANA DÍAZ.", names=["Ana Díaz"], key=KEY)
    token = pseudonym(KEY, "Ana Díaz")
    assert token in a.text and token in b.text
    assert pseudonym(b"other-key-" * 4, "Ana Díaz") != token


_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíóúñç", min_size=3, max_size=9)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=_letters,
    last=_letters,
    filler=st.lists(
        st.sampled_from(
            ["the", "journalist", "was", "detained", "in", "Lima", "on", "Monday", ",", "."]
        ),
        max_size=12,
    ),
)
def test_redact_property_no_trace_of_a_known_name(first, last, filler):
    name = f"{first.title()} {last.title()}"
    text = " ".join([*filler[:4], name, *filler[4:], last.upper(), "said", first.lower()])
    out = redact(text, names=[name], key=KEY)
    folded = _fold(out.text).casefold()
    for part in (first, last):
        # Particles are redacted only within the name ("del" is everywhere in Spanish).
        if len(part) >= 3 and _fold(part) not in {"dos", "das", "del", "van", "von"}:
            assert _fold(part).casefold() not in folded.replace(pseudonym(KEY, name).casefold(), "")
    # Redacting again changes nothing: the pseudonym tokens are not themselves PII.
    assert redact(out.text, names=[name], key=KEY).text == out.text


def test_redact_identities_give_one_pseudonym_for_every_spelling_and_alias():
    names = {"Ana Quispe": "person:7", "Ana María Quispe Mamani": "person:7",
             "Rosa Huamán": "Rosa Huamán"}  # fmt: skip
    out = redact("ANA MARÍA QUISPE MAMANI y Rosa Huaman; Quíspe habló con ROSA.",
                 names=names, key=KEY, language="es")  # fmt: skip
    ana, rosa = f"[{pseudonym(KEY, 'person:7')}]", f"[{pseudonym(KEY, 'Rosa Huamán')}]"
    assert out.text == f"{ana} y {rosa}; {ana} habló con {rosa}."
    # A part two people share goes to the one whose whole name it is.
    shared = redact("Ana met Ana Quispe", names={"Ana Quispe": "p:2", "Ana": "p:1"}, key=KEY)
    assert shared.text == f"[{pseudonym(KEY, 'p:1')}] met [{pseudonym(KEY, 'p:2')}]"


def test_redact_overlapping_name_and_address_leave_nothing_of_either():
    out = redact("Mail quispe.ana@correo.pe or visit https://ejemplo.org/ana-quispe today",
                 names=["Ana Quispe"], key=KEY, language="es")  # fmt: skip
    low = out.text.casefold()
    assert "quispe" not in low and "ana" not in low.replace("[", " ").split()
    assert "[EMAIL_ADDRESS]" in out.text and "[URL]" in out.text
    assert out.text.endswith(" today")


def test_redact_texts_without_digits_or_addresses_are_only_name_matched():
    texts = ["Journalist Ana Quispe detained in Lima", "Défenseure Ana Quispe enlevée à Goma"]
    worker = redactor(["Ana Quispe"], key=KEY)
    for text in texts:
        assert "Quispe" not in worker.redact(text).text


def test_redact_keeps_no_name_set_for_the_life_of_the_process():
    """A process-wide cache of redactors would keep victims' names in memory long after
    the export that needed them."""
    redact("Zacarias Yupanqui fue detenido.", names=["Zacarias Yupanqui"], key=KEY)
    redactor(["Zacarias Yupanqui"], key=KEY, every_name=True).redact("Yupanqui habló.")
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Redactor)]


# Titles naming people nobody linked to a victim: (language, title, names that must go,
# words that must stay).
UNLINKED = [
    ("en", "Lawyer Mark Okafor and the journalist's brother, John Mwangi, threatened in Nairobi",
     ["Mark", "Okafor", "John", "Mwangi"], ["Nairobi", "threatened"]),
    ("es", "Su abogado Juan Carlos Pérez y su hermana Rosa denuncian amenazas en Santa Marta",
     ["Juan", "Carlos", "Pérez", "Rosa"], ["Santa Marta", "amenazas"]),
    ("fr", "Me Dupont, avocat de la journaliste Claire Martin, dénonce une arrestation à Paris",
     ["Dupont", "Claire", "Martin"], ["Paris", "avocat"]),
    ("pt", "A advogada Maria das Graças e o irmão de Paulo Souza foram ameaçados em São Paulo",
     ["Maria", "Graças", "Souza"], ["São Paulo", "advogada"]),
    ("en", "Mr. Nabeel Rajab sentenced in Bahrain; Rajab's lawyer Mohammed Al-Tajer appeals",
     ["Nabeel", "Rajab", "Tajer"], ["Bahrain"]),
    ("es", "Testigo Lucía Fernández declara; Fernández, periodista, vio al agente",
     ["Lucía", "Fernández"], ["agente"]),
    # An Indigenous person bears the people's name as a surname: alone it still names her.
    ("pt", "A cacica Rosilda Munduruku foi ameaçada; Munduruku denunciou os garimpeiros",
     ["Rosilda", "Munduruku"], ["garimpeiros"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "title", "gone", "kept"), UNLINKED)
def test_redact_every_name_removes_people_nobody_linked(language, title, gone, kept):
    out = redact(title, key=KEY, language=language, every_name=True)
    for name in gone:
        assert not re.search(rf"\b{re.escape(name)}\b", out.text), out.text
    for word in kept:
        assert word in out.text, out.text
    assert re.search(r"\[NAME-1\]", out.text)
    # Without every_name (erasure's mode) only known names go.
    assert redact(title, key=KEY, language=language).text == title


def test_redact_every_name_tokens_are_per_text_and_known_people_keep_their_pseudonym():
    text = (
        "Ana Quispe y su abogada Rosa Huamán; Huamán dijo que ROSA HUAMAN y "
        "Quispe Mamani fueron amenazados por el agente Pedro Soto"
    )
    out = redact(text, names={"Ana Quispe": "person:7"}, key=KEY, language="es",
                 every_name=True)  # fmt: skip
    ana = f"[{pseudonym(KEY, 'person:7')}]"
    # "Quispe Mamani" overlaps Ana's name: it is hers, all of it.
    assert out.text == (
        f"{ana} y su abogada [NAME-1]; [NAME-1] dijo que [NAME-1] y {ana} "
        "fueron amenazados por el agente [NAME-2]"
    )
    # The tokens say nothing about the name: another text numbers its own people.
    assert redact("El agente Pedro Soto", key=KEY, language="es",
                  every_name=True).text == "El agente [NAME-1]"  # fmt: skip


def test_redact_every_name_keeps_the_incident_places():
    title = "Activists Victoria Mensah and Grace Lomé detained in Victoria"
    out = redact(title, key=KEY, every_name=True, keep=["Victoria"])
    assert out.text.endswith("detained in Victoria")
    assert "Mensah" not in out.text and "Lomé" not in out.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.sampled_from(["Maria", "José", "Ahmed", "Fatima", "Jean", "Ana", "Luis"]),
    last=_letters,
    cue=st.sampled_from(
        ["lawyer", "abogado", "avocat", "advogada", "Mr", "witness", "hermana", "", "relative"]
    ),
)
def test_redact_every_name_property_first_names_and_cues_never_survive(first, last, cue):
    name = f"{first} {last.title()}"
    text = f"Police said {cue} {name} was threatened in Lima. {name.upper()} denied it."
    out = redact(text, key=KEY, every_name=True)
    folded = _fold(out.text).casefold()
    assert _fold(first).casefold() not in folded.split()
    assert "lima" in folded  # a city stays
    assert redact(out.text, key=KEY, every_name=True).text == out.text


_phone_parts = st.lists(st.one_of(
    st.from_regex(r"\+?[0-9]{1,5}", fullmatch=True),
    st.sampled_from([" ", "-", ".", "(", ")", " / ", "on", " May ", "call", "\n", "x"])),
    max_size=14)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=_phone_parts)
@example(parts=["+57 300 123 4567"])
@example(parts=["born 1645 in Köln"])
@example(parts=["call (030) 1234-5678 or 0151 23456789"])
@example(parts=["+49 1645", " or ", "+1 (202) 555-0143"])
def test_redact_quick_phone_search_finds_what_presidio_finds(parts):
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    text = "".join(parts)
    stock = PhoneRecognizer(supported_regions=_PHONE_REGIONS).analyze(text, ["PHONE_NUMBER"])
    quick = _phone_recognizer("en").analyze(text, ["PHONE_NUMBER"])
    assert sorted((r.start, r.end) for r in quick) == sorted((r.start, r.end) for r in stock)


def test_suppress_hides_small_cells_and_their_complement():
    cells = {c.key: c for c in suppress({"a": 40, "b": 12, "c": 3}, min_cell=5)}
    assert cells["a"].count == 40
    assert cells["c"].count is None and cells["c"].display == "<5"
    # With only "c" hidden, total minus a and b would reveal it: "b" is hidden too.
    assert cells["b"].count is None and cells["b"].display == "suppressed"


@pytest.mark.parametrize(
    "text",
    [
        "Police detained Mahrang Baloch, who leads the committee, on Monday in Quetta.",
        "Bright Young was shot dead outside his home on Monday.",
    ],
)
def test_redaction_takes_names_the_extractor_filters_as_phrases(text):
    # The extractor keeps phrases of common words and peoples' names out of its victim
    # candidates; redaction must not inherit that: a name it took for a phrase would leak.
    out = redact(text, key=KEY, every_name=True).text
    assert "Baloch" not in out and "Mahrang" not in out
    assert "Bright Young" not in out


def test_redaction_keeps_no_text_in_the_name_finders_cache():
    from rightsradar.extract.names import _find_persons

    _find_persons.cache_clear()
    redact("Lawyer Ana Diaz was threatened in Lima.", key=KEY, every_name=True)
    assert _find_persons.cache_info().currsize == 0
