"""PII redaction of free text: names in any spelling, contact details, no network."""

from __future__ import annotations

import socket
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rightsradar.privacy.disclosure import suppress
from rightsradar.privacy.pseudonym import pseudonym
from rightsradar.privacy.redact import _PHONE_REGIONS, _phone_recognizer, redact, redactor

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
    text = ("Héctor E. Rodríguez was detained in Oaxaca. HECTOR RODRIGUEZ had reported threats; "
            "Rodríguez's lawyer said on 3 May 2025 that he was held incommunicado.")
    out = redact(text, names=["Hector Rodriguez"], key=KEY, language="es")
    low = _fold(out.text).casefold()
    assert "hector" not in low and "rodriguez" not in low
    token = pseudonym(KEY, "Hector Rodriguez")
    assert out.text.count(token) == 4  # Héctor, Rodríguez, the capitals, Rodríguez's
    # Places and dates are not personal data and stay.
    assert "Oaxaca" in out.text and "3 May 2025" in out.text
    assert out.removed == {"PERSON": 4}


def test_redact_removes_contact_details_and_profiles():
    text = ("Write to ana.diaz@example.org or call +57 300 123 4567; her account "
            "https://twitter.com/anadiaz_co posts updates. Server 192.168.1.20.")
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
@given(first=_letters, last=_letters, filler=st.lists(st.sampled_from(
    ["the", "journalist", "was", "detained", "in", "Lima", "on", "Monday", ",", "."]),
    max_size=12))
def test_redact_property_no_trace_of_a_known_name(first, last, filler):
    name = f"{first.title()} {last.title()}"
    text = " ".join([*filler[:4], name, *filler[4:], last.upper(), "said", first.lower()])
    out = redact(text, names=[name], key=KEY)
    folded = _fold(out.text).casefold()
    for part in (first, last):
        if len(part) >= 3:
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
    assert worker is redactor(["Ana Quispe"], key=KEY)  # built once, reused
    for text in texts:
        assert "Quispe" not in worker.redact(text).text


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
