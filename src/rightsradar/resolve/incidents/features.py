"""The columns incident linkage compares, computed from one article and its extraction.

Everything is normalised here once (folded names, day numbers, sorted lists), so that
Splink's SQL and the Python scorer compare the same plain values. An empty list is None:
Splink's null level then says "no evidence", not "disagreement".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Protocol

from ...extract.base import guess_language
from ...extract.geo import region_of_city
from ...extract.names import ROLE_TITLES, TITLES
from ...extract.victims import group_phrases, groups_named
from ..names import fold, fold_word, name_key
from .acts import acts

_EPOCH = date(1970, 1, 1).toordinal()
# Capitalised words after the first of a sentence: mostly names of people, places and
# organisations, the rare words that different outlets' reports of one attack share.
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»\n]")
MIN_WORD_LEN = 4
# Capitalised everywhere in these languages yet shared by unrelated reports.
_COMMON = frozenset(
    fold(w)
    for w in " ".join(
        (
            "January February March April May June July August September October November December "
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
            "Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre "
            "Diciembre Lunes Martes Miércoles Jueves Viernes Sábado Domingo "
            "Janvier Février Mars Avril Juin Juillet Août Septembre Octobre Novembre Décembre "
            "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche "
            "Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro Novembro Dezembro "
            "Segunda Terça Quarta Quinta Sexta Sábado Domingo",
        )
    ).split()
)
MAX_WORDS = 64
# The lead: word trigrams of the first paragraph, whose first sentence says who, where
# and when. Reports that retell one wire or press release keep much of it.
LEAD_TOKENS = 60
_DATELINE = re.compile(r"^[^\w]*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]+(\([^)]*\))?\s*[—–-]+\s*")


class VictimLike(Protocol):
    name: str | None


class ExtractionLike(Protocol):
    """What features read: a domain ``Extraction`` or a stored one (same field names)."""

    victims: Any
    country: str | None
    region: str | None
    city: str | None
    year: int | None
    month: int | None
    day: int | None
    date_precision: str | None
    violation_types: Any
    perpetrator_type: str | None


COLUMNS = (
    "unique_id",
    "name_keys",
    "name_tokens",
    "name_pairs",
    "text_pairs",
    "country",
    "region",
    "city",
    "event_day",
    "event_mid",
    "violations",
    "acts",
    "perpetrator",
    "rare_words",
    "period_a",
    "period_b",
    "name_first",
    "text_words",
    "lead",
    "groups",
    "counts",
    "victims_n",
    "pub_day",
)
# Blocking periods: two grids of 28-day bins offset by 14 days, so that any two dates at
# most 14 days apart share a bin in one of them.
PERIOD_DAYS = 28
# Number words of the languages the extractor reads (2 to 20; "one" is mostly an article).
_NUMBER_WORDS = {
    fold(w): n
    for words in (
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty",
        "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
        "dieciséis diecisiete dieciocho diecinueve veinte",
        "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
        "seize dix-sept dix-huit dix-neuf vingt",
        "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
        "dezesseis dezessete dezoito dezenove vinte",
    )
    for n, w in enumerate(words.split(), 2)
} | {"duas": 2}
_MONTHS = frozenset(
    fold(w)
    for w in " ".join(
        (
            "january february march april may june july august september october november december "
            "jan feb mar apr jun jul aug sep sept oct nov dec "
            "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
            "noviembre diciembre janvier février mars avril mai juin juillet août septembre "
            "octobre novembre décembre "
            "janeiro fevereiro março maio junho julho setembro outubro dezembro",
        )
    ).split()
)
_NUMBER_TOKEN = re.compile(r"[\w-]+|\d+", re.UNICODE)
MAX_COUNT = 500


def _folded(value: str | None) -> str | None:
    return fold(value) or None if value else None


# Words naming the kind of division, which reports use or leave out at will ("Western
# Province", "Western"; "Distrito Capital", "Capital").
_DIVISION_WORDS = frozenset(
    " ".join(
        (
            "province provincia provincie region regiao state estado etat department",
            "departamento departement district distrito governorate division county",
            "prefecture territory oblast of de do da del",
        )
    ).split()
)


def _region_key(region: str | None) -> str | None:
    """Comparison form of a region's name: folded, without the words of its kind."""
    key = _folded(region)
    if not key:
        return None
    words = [w for w in key.split() if w not in _DIVISION_WORDS]
    return " ".join(words) or key


def _region(country: str | None, region: str | None, city: str | None) -> str | None:
    """The region a report gives, else the one its city lies in: a report saying "in
    Bacolod" and one saying "in Western Visayas" tell of one region."""
    if not country:
        return None
    if region:
        return _region_key(region)
    if city:
        return _region_key(region_of_city(country, city))
    return None


def _days(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).toordinal() - _EPOCH
    except ValueError:  # a misread date such as 31 February
        return None


def event_days(ex: ExtractionLike) -> tuple[int | None, int | None]:
    """(day number when the day is known, mid-point day number when the month is known).

    The mid-point lets a month-precise date sit within about two weeks of any day of that
    month, so coarse dates agree weakly instead of being taken as exact.
    """
    if not ex.year or not ex.month:
        return None, None
    precision = ex.date_precision or ("day" if ex.day else "month")
    day = _days(ex.year, ex.month, ex.day) if ex.day and precision == "day" else None
    return day, day if day is not None else _days(ex.year, ex.month, 15)


def rare_words(title: str, text: str) -> list[str] | None:
    """Folded capitalised words that do not start a sentence (see ``_WORD``)."""
    words: dict[str, None] = {}  # first mentions first: the lead names the attack
    for chunk in _SENTENCE_END.split(f"{title}\n{text}"):
        for i, m in enumerate(_WORD.finditer(chunk)):
            w = m.group()
            if i and len(w) >= MIN_WORD_LEN and w[0].isupper():
                f = fold_word(w)
                if f not in _COMMON:
                    words.setdefault(f)
    return sorted(list(words)[:MAX_WORDS]) or None


def lead_trigrams(text: str) -> list[str] | None:
    """Word trigrams (folded) of the first paragraph, without a "CITY (Outlet) —" line."""
    first = next((p for p in (text or "").split("\n") if p.strip()), "")
    tokens = fold(_DATELINE.sub("", first.strip())).split()[:LEAD_TOKENS]
    return sorted({" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2)}) or None


def counts(title: str, text: str) -> list[str] | None:
    """Numbers the headline and first paragraph state: how many victims, days, shots.

    Digits next to a month name (a date) and four-digit numbers (years) are left out.
    Numbers are language-independent, so a Spanish and an English report of "siete"
    and "seven" activists agree.
    """
    first = next((p for p in (text or "").split("\n") if p.strip()), "")
    tokens = [fold_word(t) for t in _NUMBER_TOKEN.findall(f"{title}\n{first}")]
    out: set[int] = set()
    for i, t in enumerate(tokens):
        n = _NUMBER_WORDS.get(t)
        if n is None and t.isdigit() and len(t) < 4:
            near = tokens[max(0, i - 2) : i] + tokens[i + 1 : i + 3]
            if not any(w in _MONTHS for w in near):
                n = int(t)
        if n is not None and 2 <= n <= MAX_COUNT:
            out.add(n)
    return [str(n) for n in sorted(out)] or None


def victim_count(title: str, text: str, victims: Any, language: str | None = None) -> str | None:
    """How many people the report says were attacked: the number of the first phrase of
    the headline or first paragraph that counts a group of victims ("seven activists",
    "Siete líderes indígenas", "deux journalistes"), else how many it names when it
    tells of no unnamed group; None when it says neither (or "several", "dozens of").

    Reports of one attack agree on it far more often than reports of two attacks in
    one city and week do: one names a defender, the other tells of seven arrested.
    """
    first = next((p for p in (text or "").split("\n") if p.strip()), "")
    phrases = group_phrases(f"{title}\n{first}", language or guess_language(f"{title}\n{text}"))
    if phrases:
        for token in fold(phrases[0]).split():
            n = _NUMBER_WORDS.get(token) or (int(token) if token.isdigit() else None)
            if n:
                return str(min(n, MAX_COUNT + 1))
        return None
    victims = list(victims or ())
    if not victims or any(getattr(v, "name", None) is None for v in victims):
        return None
    return str(len(victims))


def capitalised(title: str, text: str) -> list[str] | None:
    """Folded capitalised words of three letters or more, sentence-initial ones too."""
    return (
        sorted(
            {
                fold_word(w)
                for w in _WORD.findall(f"{title}\n{text}")
                if len(w) >= 3 and w[0].isupper()
            }
        )
        or None
    )


# Name particles that may stand inside a run of capitalised words ("Ramos da Silva").
_PARTICLES = frozenset(
    ("de", "da", "do", "dos", "das", "del", "la", "le", "van", "von", "di", "du", "y", "e")
)
_RUN_OPENERS = TITLES | ROLE_TITLES
# A line break ends a run as punctuation does (the title is the first line).
_RUN_TOKEN = re.compile(r"[\w'’-]+|[^\w \t]")
MAX_RUN = 6


def capitalised_pairs(title: str, text: str) -> list[str] | None:
    """The first word of each run of capitalised words paired with each later one, folded,
    as ``name_pairs`` writes them: a report whose text says "Paola María Zúñiga Rodríguez"
    has "paola zuniga" even where its extractor named nobody. Titles and roles that open
    a run ("Photojournalist Analyn Bacani") are not its first word; a given name inside a
    run is not either ("Rocío Paola Rodríguez" gives no "paola rodriguez")."""
    out: set[str] = set()
    run: list[str] = []

    def close() -> None:
        while run and run[0].lower() in _RUN_OPENERS:
            run.pop(0)
        # fold_word parts a hyphenated name as name_key does ("Okonkwo-Testperson").
        words = [x for w in run for x in fold_word(w).split() if len(x) >= 3]
        out.update(_pairs(words[:MAX_RUN]))
        run.clear()

    for tok in _RUN_TOKEN.findall(f"{title}\n{text}"):
        if tok[0].isupper():
            run.append(tok)
        elif not (run and tok in _PARTICLES):
            close()
    close()
    return sorted(out) or None


def pub_day(published: datetime | date | None) -> int | None:
    """Day number of a publication time (None when unknown)."""
    if published is None:
        return None
    day = published.date() if isinstance(published, datetime) else published
    return day.toordinal() - _EPOCH


def _victim_groups(victims: Any) -> list[str] | None:
    groups = set()
    for v in victims or ():
        groups.update(getattr(v, "type", None) or getattr(v, "groups", None) or ())
    groups.discard("insufficient information")
    return sorted(groups) or None


def headline_groups(title: str) -> list[str] | None:
    """The victim groups a headline names, in any of the extractor's languages ("Trade
    union leader charged in Port Harcourt", "Liberan a defensor de derechos humanos").

    Where the extractor named no victim, the headline still says who was attacked: a
    trade unionist's trial and an indigenous leader's trial in one city and month are two
    attacks.
    """
    return sorted(groups_named(title)) or None


def name_pairs(keys: list[str]) -> list[str]:
    """Each name's first word paired with each of its later words: "paola maria zuniga
    rodriguez" gives "paola zuniga" among others, which "Paola Zúñiga" gives too.

    Two reports naming the same person share such a pair however fully each writes the
    name; two that name different people seldom do, even where the names share two
    words ("Rocío Paola Rodríguez" and "Paola María Zúñiga Rodríguez").
    """
    out: set[str] = set()
    for key in keys:
        out.update(_pairs([t for t in key.split() if len(t) >= 3]))
    return sorted(out)


def _pairs(words: list[str]) -> list[str]:
    """The first word with each later one; with four words or more also the last two, the
    two surnames a later mention may give alone ("Velásquez Rodríguez" for Carmen Marisol
    Velásquez Rodríguez)."""
    if len(words) < 2:
        return []
    out = [f"{words[0]} {t}" for t in words[1:]]
    if len(words) >= 4:
        out.append(f"{words[-2]} {words[-1]}")
    return out


def features(
    uid: str,
    ex: ExtractionLike | None,
    title: str = "",
    text: str = "",
    published: datetime | date | None = None,
    language: str | None = None,
) -> dict:
    """One row for linkage: the columns of ``COLUMNS``, and ``relevant`` (the extractor's
    call, for training: not compared).

    ``published`` stands in for the event date where the extraction has none: blocking
    then puts an undated report ("last week", "recently") with the reports of its days.
    """
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row["unique_id"] = uid
    row["pub_day"] = pub_day(published)
    row["counts"] = counts(title or "", text or "")
    words = rare_words(title or "", text or "")
    row["rare_words"] = words
    # Every capitalised word, names included: a victim named in one report and left
    # unextracted in another is still found in the other's text.
    row["text_words"] = capitalised(title or "", text or "")
    row["text_pairs"] = capitalised_pairs(title or "", text or "")
    row["lead"] = lead_trigrams(text or "")
    row["acts"] = acts(title or "", text or "")
    row["relevant"] = bool(getattr(ex, "relevant", True)) if ex is not None else False
    if ex is None:
        _set_periods(row, None)
        return row
    places = {_folded(p) for p in (ex.country, ex.region, ex.city) if p}
    # An extractor sometimes takes the place for a victim ("San Pedro Sula"): such a
    # "name" would join every report from that place.
    keys = sorted(
        {k for k in (name_key(v.name) for v in ex.victims or ()) if k and k not in places}
    )
    tokens = sorted({t for k in keys for t in k.split() if len(t) >= 3})
    row["name_keys"] = keys or None
    row["name_tokens"] = tokens or None
    row["name_pairs"] = name_pairs(keys) or None
    # A scalar stand-in for the name list where a rule cannot explode lists (EM training).
    row["name_first"] = keys[0] if keys else None
    country = _folded(ex.country)
    row["country"] = country
    # A region or city says nothing without the country it lies in.
    row["region"] = _region(ex.country, ex.region, ex.city)
    row["city"] = _folded(ex.city) if country else None
    row["event_day"], row["event_mid"] = event_days(ex)
    _set_periods(row, row["event_mid"])
    row["groups"] = _victim_groups(ex.victims) or headline_groups(title or "")
    row["victims_n"] = victim_count(title or "", text or "", ex.victims, language)
    violations = sorted(set(ex.violation_types or ()) - {"unknown"})
    row["violations"] = violations or None
    row["perpetrator"] = ex.perpetrator_type or None
    # The words that name the victim or the place are compared already: counting them
    # again would give one agreement two weights (Fellegi-Sunter assumes independence).
    known = {t for k in keys for t in k.split()}
    for place in (country, row["region"], row["city"]):
        known.update((place or "").split())
    row["rare_words"] = [w for w in words if w not in known] or None if words else None
    return row


def _set_periods(row: dict[str, Any], event_mid: int | None) -> None:
    """Blocking periods of the event date, else of the publication day.

    A report without a date of its own is published within days of the attack, so its
    publication day places it in time well enough to be compared.
    """
    day = event_mid if event_mid is not None else row["pub_day"]
    if day is not None:
        row["period_a"] = day // PERIOD_DAYS
        row["period_b"] = (day + PERIOD_DAYS // 2) // PERIOD_DAYS
