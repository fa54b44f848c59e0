"""Reports as they really arrive read like the same report cleanly typed: hard-wrapped
(copied from PDF, e-mail, plain-text bulletins), with words broken at line ends, with
no-break spaces or runs of spaces, without a title field (the headline on the text's first
line), with a title in capitals, with a web page's soft hyphens and zero-width spaces, or
with accents written as characters of their own."""

from __future__ import annotations

import re
import textwrap
import unicodedata

import pytest

from rightsradar.domain import Article
from rightsradar.extract.layout import (
    DROP,
    headline_end,
    plain_spacing,
    read_as_typed,
    squeeze,
    truecase_title,
    unwrap,
)
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


def _hyphenated(text: str, width: int) -> str:
    """``text`` broken at ``width`` as a PDF typesets it: a word that does not fit is cut
    after its first three letters or more, with a hyphen, where the line has room."""
    lines, line = [], ""
    for word in text.split(" "):
        room = width - len(line) - 1
        if len(word) <= room:
            line = f"{line} {word}" if line else word
        elif word.isalpha() and len(word) >= 7 and room >= 4:
            cut = min(room - 1, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    return "\n".join([*lines, line])


@pytest.mark.parametrize("width", [66, 59, 36])
@pytest.mark.parametrize(("title", "text", "language", "victim"), REPORTS)
def test_a_report_with_words_broken_at_line_ends_reads_like_the_same_report_unbroken(
    title, text, language, victim, width
):
    extractor = create_extractor()
    broken = _hyphenated(text, width)
    assert re.search(r"[^\W\d]-\n", broken)  # a word was broken
    flat, received = extractor.predict(
        [
            Article(id="flat", title=title, text=text, language=language),
            Article(id="broken", title=title, text=broken, language=language),
        ]
    )
    assert _reading(received) == _reading(flat)
    # Evidence offsets point into the text as written, hyphen and break inside the word.
    written = Article(id="b", title=title, text=broken).full_text
    clean = Article(id="f", title=title, text=text).full_text
    for key, (start, end) in received.evidence.items():
        unbroken = written[start:end].replace("-\n", "").replace("\n", " ")
        assert unbroken == clean[slice(*flat.evidence[key])], key


def test_broken_words_join_as_words_and_compounds_keep_their_hyphen():
    def read(text: str) -> str:
        return read_as_typed(text, 0).text

    assert (
        read("The journalist was kid-\nnapped on Monday.")
        == "The journalist was kidnapped on Monday."
    )
    assert read("Ele disse-\nlhe que foi detido na segunda-\nfeira.") == (
        "Ele disse-lhe que foi detido na segunda-feira."
    )
    assert (
        read("Jean-\nPierre Bemba, a 19-\nyear-old student")
        == "Jean-Pierre Bemba, a 19-year-old student"
    )
    # Both parts are words the text uses on its own: a compound.
    assert read("human rights work and human-\nrights defenders") == (
        "human rights work and human-rights defenders"
    )
    # A dash that opens a list item is no broken word.
    assert read("Demands of the union-\n- release him") == "Demands of the union-\n- release him"


def test_squeeze_maps_every_offset_back_to_the_text_as_written():
    text = f"Police  arrested\tthe kid{DROP * 2}napped   man."
    out, source = squeeze(text)
    assert out == "Police arrested the kidnapped man."
    assert source is not None and len(source) == len(out) + 1
    for i, ch in enumerate(out):
        assert text[source[i]] == (ch if ch != " " else text[source[i]])
        assert ch != " " or text[source[i]] in " \t"
    assert source[-1] == len(text)
    assert squeeze("One space each.") == ("One space each.", None)
    # The outlet goes from the title, and the title's end moves with it.
    typed = read_as_typed(
        "Activist  detained in Lagos – Premium Times\nBody.", 43, {"premiumtimes"}
    )
    assert typed.text == "Activist detained in Lagos\nBody."
    assert typed.text[: typed.title_end] == "Activist detained in Lagos"


def _as_received(title: str, text: str, how: str) -> tuple[str, str]:
    if how == "runs of spaces":  # "&nbsp; " pairs, two spaces after a full stop
        return title.replace(" ", "  "), re.sub(r"(\w) ", "\\1   ", text)
    if how == "no-break spaces":
        return title.replace(" ", "\u00a0"), text.replace(" ", "\u00a0")
    if how == "no title":
        return "", f"{title}\n\n{text}"
    if how == "soft hyphens":  # a page's hyphenation points ("jour&shy;nalist")
        return tuple(re.sub(r"\b(\w{3})(\w{3,})", "\\1\u00ad\\2", t) for t in (title, text))
    if how == "zero-width spaces":
        return tuple("\ufeff" + re.sub(r"(\w) ", "\\1\u200b ", t) for t in (title, text))
    if how == "decomposed accents":
        return tuple(unicodedata.normalize("NFD", t) for t in (title, text))
    assert how == "title in capitals"
    return title.upper(), text


@pytest.mark.parametrize(
    "how",
    [
        "runs of spaces",
        "no-break spaces",
        "no title",
        "title in capitals",
        "soft hyphens",
        "zero-width spaces",
        "decomposed accents",
    ],
)
@pytest.mark.parametrize(("title", "text", "language", "victim"), REPORTS)
def test_a_report_as_received_reads_like_the_same_report_cleanly_typed(
    title, text, language, victim, how
):
    extractor = create_extractor()
    received_title, received_text = _as_received(title, text, how)
    clean, received = extractor.predict(
        [
            Article(id="clean", title=title, text=text, language=language),
            Article(id="received", title=received_title, text=received_text, language=language),
        ]
    )
    assert clean.relevant and victim in [v.name for v in clean.victims]
    assert _reading(received) == _reading(clean)


# The headline says what the body's words do not: a verdict, an accident, an obituary.
NOT_ATTACKS = [
    (
        "Gunman convicted for 2017 murder of Mindanao broadcaster",
        "A regional court in Pagadian City on Tuesday convicted a former militiaman of the 2017 "
        "murder of radio broadcaster Romeo Sacdalan and sentenced him to life in prison. "
        "Sacdalan, a commentator for a local station, was shot dead outside his home in "
        "October 2017. His widow welcomed the verdict but said the man who ordered the "
        "killing is still free.",
    ),
    (
        "Senior journalist killed in road accident near Bhadrak",
        "Senior journalist Prasanta Kumar Mohapatra was killed on Sunday when a truck hit his "
        "motorcycle on the national highway near Bhadrak. Police said the truck driver fled. "
        "Colleagues from the district press club paid tribute to Mohapatra, who had reported "
        "for three decades.",
    ),
    (
        "Veteran rights campaigner Sipho Ndlovu-Moyo dies at 78",
        "Sipho Ndlovu-Moyo, who spent six years in detention in the 1980s for his work against "
        "forced removals, died at his home in Durban on Saturday after a long illness. He was "
        "78. Friends remembered a campaigner who was arrested, beaten and banned but never "
        "stopped organising.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_ATTACKS)
def test_a_headline_on_the_first_line_still_tells_a_report_of_no_attack(title, text):
    extractor = create_extractor()
    titled, untitled = extractor.predict(
        [
            Article(id="titled", title=title, text=text, language="en"),
            Article(id="untitled", title="", text=f"{title}\n\n{text}", language="en"),
        ]
    )
    assert not titled.relevant
    assert not untitled.relevant


def test_spacing_and_title_helpers_keep_every_offset():
    text = "Periodista\u00a0detenido\r\nen Lima\r\n\r\nEl\u202fperiodista"
    assert plain_spacing(text) == "Periodista detenido\n en Lima\n\n  El periodista"
    # A headline on a line of its own opens the text; a dateline or a sentence does not.
    assert headline_end("Journalist shot dead in Cali\n\nGunmen ...") == 28
    assert headline_end("CALI, Colombia (AP) —\n\nGunmen ...") == 0
    assert headline_end("Gunmen shot a journalist.\nHe died.") == 0
    shouted = (
        "DSS PICKS UP STUDENT LEADERS IN LOKOJA\n\nThe DSS picked up student leaders in Lokoja."
    )
    cased = truecase_title(shouted, shouted.index("\n"))
    assert cased.startswith("DSS picks up student leaders in Lokoja\n")
    assert len(cased) == len(shouted)
    plain = "Journalist Shot Dead In Cali\n\nGunmen shot him."
    assert truecase_title(plain, plain.index("\n")) == plain


# A web page's title ends (or opens) with its outlet's name; the article's source or URL
# says which name that is.
OUTLET_TITLES = [
    ("{title} – Mission City Record", "Mission City Record", None),
    ("{title} | Kashmir Reader", None, "https://www.kashmirreader.com/2024/05/story"),
    ("Radio Okapi – {title}", "Radio Okapi", "https://www.radiookapi.net/actualite"),
]


@pytest.mark.parametrize(("pattern", "source", "url"), OUTLET_TITLES)
@pytest.mark.parametrize(("title", "text", "language", "victim"), REPORTS)
def test_the_outlet_in_a_title_is_not_read_as_part_of_the_report(
    title, text, language, victim, pattern, source, url
):
    extractor = create_extractor()
    received_title = pattern.format(title=title)
    clean, received = extractor.predict(
        [
            Article(id="clean", title=title, text=text, language=language),
            Article(
                id="received",
                title=received_title,
                text=text,
                language=language,
                source=source,
                url=url,
            ),
        ]
    )
    assert _reading(received) == _reading(clean)
    # The title as received is kept: offsets still point into it.
    assert Article(id="r", title=received_title, text=text).full_text.startswith(received_title)


def test_an_outlet_is_blanked_only_where_the_source_or_url_names_it():
    from rightsradar.extract.layout import outlet_in_title, outlet_keys

    def blanked(title: str, source: str | None, url: str | None) -> str | None:
        span = outlet_in_title(title, len(title), outlet_keys(source, url))
        return title[span[0] : span[1]] if span else None

    guardian = "RSF condemns arrest | The Guardian Nigeria News - Nigeria and World News"
    assert blanked(guardian, None, "https://guardian.ng/news/x") == (
        " | The Guardian Nigeria News - Nigeria and World News"
    )
    assert blanked("Journalist killed in Abuja – Premium Times", None,
                   "https://www.premiumtimesng.com/x") == " – Premium Times"  # fmt: skip
    # Words that could end a headline stay where nothing says they are the outlet's.
    siege = "Why we laid siege to Sahara Reporters, CDHR offices – Nigerian Police"
    assert blanked(siege, None, None) is None
    assert blanked(siege, "Vanguard", "https://www.vanguardngr.com/x") is None
    assert blanked("Activist detained – Nigeria", "Nigeria News", None) is None
    # Two words of headline at least are left.
    assert blanked("Kashmir Reader – Editorial", "Kashmir Reader", None) is None
