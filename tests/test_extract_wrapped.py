"""Hard-wrapped reports (copied from PDF, e-mail, plain-text bulletins) read as the same
report on one line per paragraph."""

from __future__ import annotations

import textwrap

import pytest

from rightsradar.domain import Article
from rightsradar.extract.base import unwrap
from rightsradar.registry import create_extractor

REPORTS = [
    (
        "URGENT: human rights lawyer Neema Lukumay taken in Arusha",
        "Human rights lawyer Neema Lukumay was taken from outside her chambers in Arusha this "
        "morning by four men in plain clothes who said they were police officers. They forced "
        "her into a grey Toyota Noah with no number plates. Her phone has been off since "
        "9.40am. Officers at Central Police Station say she is not in their custody.",
        "en",
        "Neema Lukumay",
    ),
    (
        "Sindicato de periodistas rechaza querella del gobernador contra directora de portal",
        "El Sindicato de Periodistas y Comunicadores de Áncash rechaza la querella por "
        "difamación agravada que el gobernador regional, Teófilo Ramos Villanueva, ha "
        "interpuesto contra nuestra afiliada Maribel Huamán Castillo, directora del portal "
        "Huaraz Noticias. La colega fue notificada el lunes 5 de mayo por un juzgado penal de "
        "Huaraz, que la cita a audiencia en junio.",
        "es",
        "Maribel Huamán Castillo",
    ),
    (
        "Secuestrado un líder sindical en Jamundí",
        "La Red de Defensores del Valle denuncia que el líder sindical Julián Andrés Mosquera "
        "Rentería, presidente del sindicato de corteros de caña, fue secuestrado el martes por "
        "hombres armados cuando salía de una asamblea en el municipio de Jamundí. Sus "
        "compañeros no han vuelto a saber de él.",
        "es",
        "Julián Andrés Mosquera Rentería",
    ),
]


def _reading(extraction):
    return (
        extraction.relevant,
        extraction.violation_types,
        [(v.name, v.type) for v in extraction.victims],
        (extraction.country, extraction.region, extraction.city),
        (extraction.year, extraction.month, extraction.day),
    )


@pytest.mark.parametrize("width", [72, 60, 45])
@pytest.mark.parametrize(("title", "text", "language", "victim"), REPORTS)
def test_a_hard_wrapped_report_reads_like_the_same_report_unwrapped(
    title, text, language, victim, width
):
    extractor = create_extractor()
    wrapped_text = "\n".join(textwrap.wrap(text, width)) + "\n\n— Monitoring desk"
    flat, wrapped = extractor.predict(
        [
            Article(id="flat", title=title, text=text + "\n\n— Monitoring desk", language=language),
            Article(id="wrapped", title=title, text=wrapped_text, language=language),
        ]
    )
    assert flat.relevant and victim in [v.name for v in flat.victims]
    assert _reading(wrapped) == _reading(flat)
    # Evidence offsets still point into the text as written, line breaks and all.
    full = Article(id="w", title=title, text=wrapped_text).full_text
    start, end = wrapped.evidence["victims.0.name"]
    assert full[start:end].split() == wrapped.victims[0].name.split()


def test_unwrap_joins_only_the_breaks_that_wrap_a_paragraph():
    body = textwrap.wrap(
        "Police arrested the journalist Ana Beatriz Souza at her home in Recife on Monday "
        "and seized her laptop and two phones without showing a warrant.",
        40,
    )
    text = (
        "\n".join(body)
        + "\n\nWe call on the authorities to:\n1. Release her.\n2. Return her equipment."
        + "\nWho: Ana Beatriz Souza\nWhere: Recife\n\nShort line.\nAnother short line"
        + "\nthat goes on in lower case."
    )
    out = unwrap(text)
    assert len(out) == len(text)
    assert " ".join(body) in out
    # List items, "Field:" lines and lines that end a sentence keep their breaks.
    assert "to:\n1. Release her.\n2. Return" in out
    assert "equipment.\nWho: Ana Beatriz Souza\nWhere: Recife" in out
    assert "Short line.\nAnother short line that goes on" in out
    assert unwrap("No break at all.") == "No break at all."
