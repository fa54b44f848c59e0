"""When an attack happened: the event date of an article, in en/es/fr/pt.

Absolute dates ("3 March 2021", "March 3", "2021-03-03", "3 de marzo", "le 3 mars"),
month-only and year-only mentions, and dates relative to publication ("on Tuesday",
"yesterday", "last month", "ayer", "mardi dernier", "na terça-feira") are found by regular
expressions over an accent-folded copy of the text (same offsets). No date may fall after
publication; a year-less date takes the publication year, or the year before.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from .base import split_sentences
from .geo import fold_same_length

DatePrecision = Literal["year", "month", "day"]

_MONTHS = {
    1: "january jan enero ene janvier janv janeiro",
    2: "february feb febrero fevrier fev fevereiro",
    3: "march mar marzo mars marco",
    4: "april apr abril avril avr",
    5: "may mayo mai maio",
    6: "june jun junio juin junho",
    7: "july jul julio juillet juil julho",
    8: "august aug agosto aout ago",
    9: "september sept sep septiembre setiembre septembre setembro set",
    10: "october oct octubre octobre outubro out",
    11: "november nov noviembre novembre novembro",
    12: "december dec diciembre decembre dezembro dic dez",
}
_MONTH_OF = {w: m for m, words in _MONTHS.items() for w in words.split()}
# English month names are capitalised; lower-case "may"/"march" are a verb and a protest.
_EN_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_WEEKDAYS = {
    0: "monday lunes lundi segunda-feira segunda",
    1: "tuesday martes mardi terca-feira terca",
    2: "wednesday miercoles mercredi quarta-feira quarta",
    3: "thursday jueves jeudi quinta-feira quinta",
    4: "friday viernes vendredi sexta-feira sexta",
    5: "saturday sabado samedi",
    6: "sunday domingo dimanche",
}
_WEEKDAY_OF = {w: d for d, words in _WEEKDAYS.items() for w in words.split()}

_M = "|".join(sorted(_MONTH_OF, key=len, reverse=True))
_W = "|".join(sorted(_WEEKDAY_OF, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er|o|º|°)?"
# A lookahead on the first letters of the month names lets the engine skip most positions.
_M_AT = "(?=[" + "".join(sorted({w[0] for w in _MONTH_OF})) + "])"
# What may follow a year-less month or day to name its year: "June last year", "March 3
# this year", "junio del año pasado", "juin de l'année dernière", "junho do ano passado".
_YEAR_TAIL = (
    r"\s*,?\s*(?:of\s+|del?\s+|do\s+|da\s+)?(?:(last year|el ano pasado|ano pasado|"
    r"l'annee derniere|l'an dernier|o ano passado|ano passado)|(this year|este ano|"
    r"cette annee|esse ano|deste ano|desse ano|neste ano|nesse ano))\b(?!['’]s)"
)
_YEAR_TAIL_RE = re.compile(_YEAR_TAIL)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    (
        "dmy",
        re.compile(
            rf"\b(\d{{1,2}}){_ORD}\s+(?:de\s+|of\s+)?({_M})\b\.?"
            rf"(?:,?\s+(?:de\s+|del\s+)?(\d{{4}}))?"
        ),
    ),
    ("mdy", re.compile(rf"\b{_M_AT}({_M})\b\.?\s+(\d{{1,2}}){_ORD}\b(?!:)(?:,?\s+(\d{{4}}))?")),
    ("num", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")),
    ("my", re.compile(rf"\b{_M_AT}({_M})\b\.?,?\s+(?:de\s+|of\s+|del\s+)?(\d{{4}})\b")),
    (
        "m",
        re.compile(
            rf"\b(?:(?:in|en|em|au mois de|no mes de|en el mes de|early|late|mid-?|"
            rf"since|desde|depuis|last|this|el pasado|le|o|a finales de|a fines de|"
            rf"debut|fin|no inicio de|no final de|a principios de|a mediados de|a inicios de|"
            rf"em finais de|em fins de|nos finais de|em meados de|no fim de|no comeco de)\s+|"
            rf"mi-)({_M})\b"
            # "in July 1992" is read whole by "my"; its month alone is not this year's July.
            rf"(?!\.?,?\s+(?:de\s+|of\s+|del\s+)?\d{{4}}\b)"
        ),
    ),
    # "held September last year", "a finales de junio del año pasado" with no preposition
    # "m" knows; read as a month ("m") unless "m" already read it.
    ("m_bare", re.compile(rf"\b{_M_AT}({_M})\b(?={_YEAR_TAIL})")),
    ("y", re.compile(r"\b(?:in|en|em|since|desde|depuis|de|of)\s+((?:19|20)\d{2})\b")),
    # Any other year ("dates back to 1998", "the 2016 election", "between 1989 and 2003"):
    # offered to the learned ranker only, never a count ("2000 protesters").
    (
        "yb",
        re.compile(
            r"(?<![\d/.,:$£€-])\b((?:19|20)\d{2})\b(?![.,/:]?\d)(?!%|\s*(?:per|people|persons|"
            r"men|women|children|workers|protesters|members|students|troops|soldiers|police|"
            r"families|cases|arrests|others|of\b|personas|personnes|pessoas))"
        ),
    ),
    (
        "wd",
        re.compile(
            rf"\b(?:on\s+|last\s+|this\s+(?:past\s+)?|el\s+(?:pasado\s+)?|"
            rf"(?:na|no)\s+(?:ultim[ao]\s+|passad[ao]\s+)?|este\s+|ce\s+)?({_W})"
            rf"(?:\s+(?:dernier|passado|passada|pasado))?\b"
        ),
    ),
    # Brazil's "no último dia 2", "desde o dia 14", Spain's "el pasado día 3": a day of
    # this month or the last, with no month named ("dia 2 de março" is "dmy").
    (
        "dn",
        re.compile(
            r"\b(?:no|neste|nesse|desde o|ate o|o|el|del|desde el|hasta el)\s+"
            r"(?:ultimo\s+|pasado\s+|passado\s+)?dia\s+(\d{1,2})\b"
            r"(?!\s*(?:de|do|del|of)\s|[/.:h]\d|\s*(?:horas|hs?\b))"
        ),
    ),
    # "le 12 courant", "the 12th instant": a day of the month of the report (letters and
    # communiqués of West and Central Africa, South Asia).
    (
        "dc",
        re.compile(
            r"\b(?:le|du|au|the|on the|since the|of the)\s+(\d{1,2})(?:er|st|nd|rd|th)?\s+"
            r"(?:courant|instant|inst\b\.?)"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve)\s+(day|week|month|year)s?\s+ago\b"
        ),
    ),
    # The same in Spanish, Portuguese and French: "hace dos semanas", "há cerca de duas
    # semanas", "il y a trois jours".
    (
        "hace",
        re.compile(
            r"\b(?:hace|ha|il y a)\s+(?:(?:unos|unas|cerca de|mais de|casi|quase|environ|"
            r"plus de|pres de)\s+)?(\d{1,2}|una?|uno|uma?|une|dos|dois|duas|deux|tres|trois|"
            r"cuatro|quatro|quatre|cinco|cinq|seis|six|siete|sete|sept|ocho|oito|huit|nueve|"
            r"nove|neuf|diez|dez|dix)\s+(dias?|jours?|semanas?|semaines?|mes|meses|mois|"
            r"anos?|ans?|annees?)\b"
        ),
    ),
    (
        "rel",
        re.compile(
            r"\b((?:the\s+)?day\s+before\s+yesterday|anteayer|antier|antes\s+de\s+ayer|"
            r"avant-hier|anteontem|antes\s+de\s+ontem|"
            r"yesterday|today|this morning|last night|ayer|anoche|hoy|hier|"
            r"ce matin|la nuit derniere|esta manana|esta madrugada|esta manha|nesta manha|"
            r"nesta madrugada|"
            r"aujourd'hui|ontem|hoje|last week|la semana pasada|la semaine derniere|"
            r"a semana passada|na semana passada|da semana passada|last month|el mes pasado|"
            r"le mois dernier|o mes passado|no mes passado|do mes passado|del mes pasado|"
            r"last year|el ano pasado|del ano pasado|"
            r"l'annee derniere|l'an dernier|o ano passado|no ano passado|do ano passado|"
            r"earlier this year|this year|este ano|cette annee|a principios de ano|"
            r"earlier this month|this month|este mes|ce mois-ci|neste mes)\b"
        ),
    ),
]
_REL_DAYS = {
    "the day before yesterday": 2,
    "day before yesterday": 2,
    "antes de ayer": 2,
    "antes de ontem": 2,
    "anteayer": 2,
    "antier": 2,
    "avant-hier": 2,
    "anteontem": 2,
    "yesterday": 1,
    "last night": 1,
    "ayer": 1,
    "anoche": 1,
    "hier": 1,
    "ontem": 1,
    "today": 0,
    "ce matin": 0,
    "la nuit derniere": 1,
    "esta manana": 0,
    "esta madrugada": 0,
    "esta manha": 0,
    "nesta manha": 0,
    "nesta madrugada": 0,
    "this morning": 0,
    "hoy": 0,
    "aujourd'hui": 0,
    "hoje": 0,
}
_THIS_MONTH = frozenset(("earlier this month", "this month", "este mes", "ce mois-ci", "neste mes"))
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NUMBER_WORDS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
NUMBER_WORDS |= {w: n for n, words in enumerate(
    ("un una uno um uma une", "dos dois duas deux", "tres trois", "cuatro quatro quatre",
     "cinco cinq", "seis six", "siete sete sept", "ocho oito huit", "nueve nove neuf",
     "diez dez dix"), start=1) for w in words.split()}  # fmt: skip
# The units of "hace dos semanas", "il y a trois jours" (folded), as "ago" names them.
_UNIT = {"dia": "day", "dias": "day", "jour": "day", "jours": "day", "semana": "week",
         "semanas": "week", "semaine": "week", "semaines": "week", "mes": "month",
         "meses": "month", "mois": "month", "ano": "year", "anos": "year", "ans": "year",
         "annee": "year", "annees": "year"}  # fmt: skip


@dataclass(frozen=True)
class EventDate:
    """The date of the event, as precise as the text allows."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    precision: DatePrecision | None = None
    evidence: tuple[int, int] | None = None
    confidence: float = 0.0


@dataclass(frozen=True)
class Candidate:
    """One date mention read as a date; ``kind`` names the pattern that found it."""

    start: int
    end: int
    year: int
    month: int | None
    day: int | None
    precision: DatePrecision
    conf: float
    kind: str = ""


# A year-less day at most this many days after publication is a day still to come ("a
# hearing set for March 3"), not the same day of last year: in HRDsAttack train and dev no
# gold date is such a day moved back a year (81 mentions), while days further ahead
# sometimes are ("on 3 December" read in January).
FUTURE_DAYS = 90


def _days_ahead(pub: date, m: int, d: int, years: int = 0) -> int:
    """Days from ``pub`` to day ``d`` of month ``m`` of its year, or of ``years`` later
    (Feb 29 as Feb 28)."""
    try:
        return (date(pub.year + years, m, d) - pub).days
    except ValueError:
        return (date(pub.year + years, m, min(d, 28)) - pub).days


# Words just before a year-less day that say it is still to come ("a hearing set for",
# "adjourned to", "will appear on", "aplazado hasta el", "prévu le", "marcado para").
_TO_COME = re.compile(
    r"\b(?:set for|scheduled (?:for|on)|slated for|planned for|due(?: on| by)?|adjourned "
    r"(?:to|until|till)|postponed (?:to|until|till)|deferred (?:to|until)|fixed for|"
    r"expected (?:on|by)|will\b[^.;!?\n]{0,40}|next|upcoming|"
    r"previst[oa] para|programad[oa] para|aplazad[oa] (?:para|hasta)|"
    r"prevue? (?:le|pour)|reporte au|renvoye au|marcad[oa] para|"
    r"agendad[oa] para|adiad[oa] para)\s+(?:on\s+|el\s+|le\s+|o\s+|dia\s+)?$"
)


def _to_come(low: str, start: int) -> bool:
    """Whether the words before ``start`` (same sentence) say the date is still to come."""
    a = max(low.rfind(".", 0, start), low.rfind("\n", 0, start), start - 80)
    return bool(_TO_COME.search(low, a + 1, start))


def _make(
    y: int | None,
    m: int | None,
    d: int | None,
    pub: date | None,
    explicit_year: bool,
    to_come: bool = False,
) -> tuple[int, int | None, int | None] | None:
    """A valid (year, month, day) never after publication, or None. A year-less day that
    the text says is still ``to_come`` and falls early next year ("adjourned to January 5"
    read on 20 December) is no candidate; without such words it is this year's day."""
    if y is None:
        if pub is None:
            return None
        y = pub.year
        if m and (m, d or 1) > (pub.month, pub.day):
            if d is not None and _days_ahead(pub, m, d) <= FUTURE_DAYS:
                return None  # "strikes planned for February 19" read on February 12
            y -= 1  # "3 December" read in January is last December
        elif d is not None and m and to_come and _days_ahead(pub, m, d, 1) <= FUTURE_DAYS:
            return None  # "a hearing set for January 5" read on 20 December is next January
    if not 1900 <= y <= 2100:
        return None
    try:
        probe = date(y, m or 1, d or 1)
    except ValueError:
        return None
    if pub is not None and probe > pub:
        if explicit_year or m is None:
            return None
        return _make(y - 1, m, d, pub, True)
    return y, m, d


# A day and month that name a street, a square, a district or a movement: "Avenida 9 de
# Julio", "colonia 20 de Noviembre", "praça 7 de Setembro", "Mouvement du 23 mars (M23)",
# "Movimiento 19 de Abril". Over the folded text, right before the day.
_NAMED_BY_DATE = re.compile(
    r"\b(?:avenida|av|calle|carrera|rua|praca|plaza|paseo|colonia|col|barrio|bairro|"
    r"puente|ponte|hospital|escuela|escola|colegio|liceo|lycee|movimiento|mouvement|"
    r"movimento|rue|avenue|boulevard|bd|place|pont|stade|estadio|parque|vila|villa|"
    r"asentamiento|ejido|fraccionamiento|canton|frente|brigada)\.?\s+"
    r"(?:du\s+|del\s+|de\s+|do\s+|da\s+)?$"
)


# A year that names a law, a constitution, a code or a report's edition: "the 1917
# Espionage Act", "Constitution of 1994", "Ley 1448 de 2011", "RSF's 2020 World Press
# Freedom Index", "Kidnapping Act 1961". It dates no event of the article. Before the
# year over the folded text; after it over the original, whose capitals mark a title.
_NAMES_BEFORE_YEAR = re.compile(
    r"\b(?:constitution|constitucion|constituicao|act|law|ley|lei|loi|code|codigo|decree|"
    r"decreto|decret|convention|convencion|index|indice)\s+(?:of\s+|de\s+|du\s+|da\s+|"
    r"do\s+)?(?:n[o.º°]*\s*)?(?:\d+\s+(?:of|de)\s+)?$"
)
_NAMES_AFTER_YEAR = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Act|Law|Code|Constitution|Convention|Amendment|Index)\b"
)
_YEAR_IN = re.compile(r"(?:19|20)\d{2}")


def _names_a_law(text: str, low: str, c: Candidate) -> bool:
    """Whether the year of a year or month-year mention names a law or a document."""
    if c.kind not in ("y", "yb", "my"):
        return False
    found = _YEAR_IN.search(text, c.start, c.end)
    if found is None:
        return False
    s = found.start()
    return bool(
        _NAMES_BEFORE_YEAR.search(low, max(0, s - 40), s) or _NAMES_AFTER_YEAR.match(text, s + 4)
    )


def _candidates(text: str, pub: date | None, language: str | None) -> list[Candidate]:
    low = fold_same_length(text)
    out: list[Candidate] = []
    for kind, pat in _PATTERNS:
        if (
            (kind == "ago" and " ago" not in low)
            or (kind == "dn" and " dia " not in low)
            or (kind == "dc" and "courant" not in low and " inst" not in low)
            or (kind == "hace" and not any(w in low for w in ("hace ", "ha ", "il y a ")))
        ):
            continue  # most articles have none: one substring test instead of a scan
        taken = sorted((c.start, c.end) for c in out) if kind in ("yb", "m_bare") else []
        for mt in pat.finditer(low):
            if taken and _inside(taken, mt.start(), mt.end()):
                continue  # a year another pattern read already
            if kind == "dmy" and _NAMED_BY_DATE.search(low, max(0, mt.start() - 30), mt.start()):
                continue
            c = _read(kind, mt, text, pub, language)
            if c is not None and not _names_a_law(text, low, c):
                out.append(c)
    return out


# "last Thursday", "this past Thursday", "el pasado jueves", "jeudi dernier", "na última
# quinta-feira", "na quinta-feira passada" (folded): strictly before the day it is said.
_LAST_WEEKDAY = re.compile(
    r"^(?:last|this\s+past|el\s+pasado|na\s+(?:ultima|passada)|no\s+(?:ultimo|passado))\b"
    r"|(?:dernier|passado|passada|pasado)$"
)
_NUMERIC = dict(_PATTERNS)["num"]


def _recent(ymd: tuple[int, int | None, int | None], pub: date) -> bool:
    """Whether the day ``ymd`` lies in the two weeks up to ``pub``."""
    return (pub - date(ymd[0], ymd[1] or 1, ymd[2] or 1)).days <= 14


@functools.lru_cache(maxsize=4)
def _numeric_order(low: str) -> str | None:
    """ "dmy" or "mdy" when a numeric date of the text can be read only one way (13/05/2025,
    05/13/2025) and none the other way; else None."""
    orders = {
        "dmy" if int(a) > 12 else "mdy"
        for a, b, _ in _NUMERIC.findall(low)
        if (int(a) > 12) != (int(b) > 12)
    }
    return orders.pop() if len(orders) == 1 else None


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (start, 10**9)) - 1
    return any(a <= start and end <= b for a, b in spans[max(0, i - 3) : i + 1])


# A month with no preposition before it ("held September last year") is read only when it
# is capitalised or a whole month name written in lower case in its own language
# ("junio del año pasado"): lower-case abbreviations are words ("carried out last year",
# "set last year", "hace un año ago"), and "marco" is Spanish for a frame.
_LOWER_MONTHS = {w for words in _MONTHS.values() for w in words.split()
                 if len(w) >= 4 and w not in _EN_MONTHS and w != "marco"}  # fmt: skip


def _bare_month(word: str, original: str, language: str | None) -> bool:
    if original[:1].isupper():
        return True
    return word in _LOWER_MONTHS or (word == "marco" and language == "pt")


def _month(word: str, original: str) -> int | None:
    m = _MONTH_OF.get(word.rstrip("."))
    if m is None or (word in _EN_MONTHS and not original[:1].isupper()):
        return None
    return m


def _read(
    kind: str, mt: re.Match[str], text: str, pub: date | None, language: str | None
) -> Candidate | None:
    g = mt.groups()
    s, e = mt.span()
    ymd, prec, conf = None, "day", 0.8
    if kind == "iso":
        ymd = _make(int(g[0]), int(g[1]), int(g[2]), pub, True)
    elif kind in ("dmy", "mdy"):
        day, mon = (g[0], g[1]) if kind == "dmy" else (g[1], g[0])
        mstart = mt.start(2 if kind == "dmy" else 1)
        m = _month(mon, text[mstart : mstart + len(mon)])
        if m is None:
            return None
        year = int(g[2]) if g[2] else _tail_year(mt, pub)
        ahead = year is None and _to_come(mt.string, s)
        ymd = _make(year, m, int(day), pub, year is not None, ahead)
        conf = 0.85 if year else 0.75
    elif kind == "num":
        a, b, y = int(g[0]), int(g[1]), int(g[2])
        if a > 12 or b > 12 or language not in (None, "en"):
            m, d = (a, b) if b > 12 else (b, a)
            ymd = _make(y, m, d, pub, True)
        elif order := _numeric_order(mt.string):
            ymd = _make(y, *((a, b) if order == "mdy" else (b, a)), pub, True)
        else:
            # English writes 04/05/2025 month first in the United States and day first
            # elsewhere (India, Nigeria, the UK). With no date in the text that tells, the
            # reading of the report's last two weeks when only one is (a report's dates are
            # recent), else month first.
            ymd = _make(y, a, b, pub, True)
            other = _make(y, b, a, pub, True)
            if pub and other and _recent(other, pub) and not (ymd and _recent(ymd, pub)):
                ymd = other
        conf = 0.6
    elif kind in ("my", "m", "m_bare"):
        m = _month(g[0], text[mt.start(1) : mt.end(1)])
        if kind == "m_bare" and m is not None and not _bare_month(
                g[0], text[mt.start(1) : mt.end(1)], language):  # fmt: skip
            m = None
        if m is None:
            return None
        year = int(g[1]) if kind == "my" else _tail_year(mt, pub)
        ymd, prec, conf = _make(year, m, None, pub, year is not None), "month", 0.55
    elif kind == "y":
        ymd, prec, conf = _make(int(g[0]), None, None, pub, True), "year", 0.35
    elif kind == "yb":
        ymd, prec, conf = _make(int(g[0]), None, None, pub, True), "year", 0.2
    elif pub is None:
        return None
    elif kind == "wd":
        back = (pub.weekday() - _WEEKDAY_OF[g[0]]) % 7
        if g[0] in {"segunda", "terca", "quarta", "quinta", "sexta"} and not mt.group(0).startswith(
            ("na ", "no ", "nesta ")
        ):
            return None  # bare Portuguese ordinals ("segunda") are not weekdays
        if back == 0 and _LAST_WEEKDAY.search(mt.group(0)):
            back = 7  # "last Thursday" said on a Thursday is a week ago
        ymd, conf = _make(None, None, None, pub, False), 0.7
        d = pub - timedelta(days=back)
        ymd = (d.year, d.month, d.day)
    elif kind in ("dn", "dc"):
        day = int(g[0])
        d = pub.replace(day=1) - timedelta(days=1) if day > pub.day else pub
        try:
            ymd, conf = (d.year, d.month, date(d.year, d.month, day).day), 0.75
        except ValueError:
            return None
    elif kind in ("ago", "hace"):
        # "two years ago" names a year; "three weeks ago" a month; "four days ago" a day.
        n = int(g[0]) if g[0].isdigit() else NUMBER_WORDS[g[0]]
        unit = _UNIT.get(g[1], g[1])
        if unit == "year":
            ymd, prec, conf = (pub.year - n, None, None), "year", 0.45
        elif unit == "month":
            y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            ymd, prec, conf = (y, m + 1, None), "month", 0.45
        else:
            d = pub - timedelta(days=n * (7 if unit == "week" else 1))
            ymd, prec, conf = (d.year, d.month, d.day), ("month" if unit == "week" else "day"), 0.6
    else:
        phrase = " ".join(g[0].split())
        if phrase in _REL_DAYS:
            d = pub - timedelta(days=_REL_DAYS[phrase])
            ymd, conf = (d.year, d.month, d.day), 0.75
        elif phrase in _THIS_MONTH:
            ymd, prec, conf = (pub.year, pub.month, None), "month", 0.45
        elif "week" in phrase or "semana" in phrase or "semaine" in phrase:
            d = pub - timedelta(days=7)
            ymd, prec, conf = (d.year, d.month, None), "month", 0.4
        elif "month" in phrase or "mes" in phrase or "mois" in phrase:
            d = pub.replace(day=1) - timedelta(days=1)
            ymd, prec, conf = (d.year, d.month, None), "month", 0.45
        elif "last" in phrase or "pasado" in phrase or "dernier" in phrase or "passado" in phrase:
            ymd, prec, conf = (pub.year - 1, None, None), "year", 0.4
        else:
            ymd, prec, conf = (pub.year, None, None), "year", 0.4
    if ymd is None:
        return None
    y, m, d = ymd
    kind = {"m_bare": "m", "hace": "ago", "dc": "dn"}.get(kind, kind)
    return Candidate(
        s, e, y, m if prec != "year" else None, d if prec == "day" else None, prec, conf, kind
    )  # type: ignore[arg-type]


# A speech verb right before "today" or "yesterday" (folded text): the day is the
# statement's ("said today", "dijo hoy", "a déclaré hier", "afirmou hoje").
_SAID = re.compile(
    r"\b(?:said|says|told|announced|stated|declared|dijo|dice|afirmo|declaro|informo|"
    r"anuncio|denuncio|exigio|exigiu|senalo|indico|declare|indique|annonce|denonce|affirme|"
    r"disse|afirmou|declarou|informou|anunciou|denunciou)\s+$"
)


def _tail_year(mt: re.Match[str], pub: date | None) -> int | None:
    """The year that words right after a year-less date name ("last year", "this year"),
    counted from publication; None when they name none."""
    tail = _YEAR_TAIL_RE.match(mt.string, mt.end())
    if tail is None or pub is None:
        return None
    return pub.year - 1 if tail.group(1) else pub.year


def candidates(
    text: str, published: datetime | None, *, language: str | None = None
) -> list[Candidate]:
    """Every date mention of ``text`` read as a date, none after publication, in pattern
    order (overlapping readings of one mention are all kept: "3 March 2021", "March 2021")."""
    return list(_cached_candidates(text, published.date() if published else None, language))


# The rule date finder and the learned date ranker read the same article one after the other.
@functools.lru_cache(maxsize=4)
def _cached_candidates(text: str, pub: date | None, language: str | None) -> tuple[Candidate, ...]:
    return tuple(_candidates(text, pub, language))


# A dateline's date is the day the report was filed, not the day of the attack: "BUKAVU,
# 12 juin (AFP) - Un journaliste ... a été enlevé lundi soir", "Caracas, 16 ene. La
# organización ...", "Yaoundé, le 19 mars 2024 – Le journaliste ... a été libéré". The place
# and a comma open the body's first line; an agency, then a dash or the next sentence
# follow the date.
_DATELINE_HEAD = re.compile(r"[^\S\n]*[^\n,.;:!?]{2,50},[^\S\n]*(?:le[^\S\n]+)?")
_DATELINE_TAIL = re.compile(
    r"[^\S\n]*(?:\([^)\n]{1,30}\)[^\S\n]*)?\.?(?:[^\S\n]*[—–-]|[^\S\n]+[A-ZÀ-Ý])"
)


# A sentence that recalls an earlier attack on the same person ("In May, she had already
# been beaten, colleagues recalled"; "Em março, tinha sido presa, lembram colegas"; "ce
# n'est pas la première fois"): its dates are that attack's, not the one reported. Only
# words that say so count: a bare pluperfect often tells an earlier step of the same
# attack ("elle avait été arrêtée le 2 juin"). Over the folded text.
_RECALL = re.compile(
    r"\b(?:already|previously|recalled|(?:was|is) not the first time|"
    r"ya habia|recordaron|recuerdan|recordo|no (?:es|era|fue) la primera vez|anteriormente|"
    r"(?:avait|avaient|a|ont) deja|rappellent|rappelle|pas la premiere fois|auparavant|"
    r"ja (?:tinha|tinham|havia|haviam)|(?:tinha|tinham|havia|haviam) ja|lembram|relembram|"
    r"recordam|recordou|lembrou|nao (?:e|era|foi) a primeira vez)\b"
)


def recall_spans(
    text: str, sentences: Iterable[tuple[int, int]] | None = None
) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of ``text`` that recall an earlier attack; ``sentences``:
    the text's sentence spans when the caller has them (``Doc.sentences``)."""
    return _recall_spans(text, tuple(sentences) if sentences is not None else None)


# The rule date finder and the learned date ranker ask in turn about the same article.
@functools.lru_cache(maxsize=4)
def _recall_spans(
    text: str, sentences: tuple[tuple[int, int], ...] | None
) -> tuple[tuple[int, int], ...]:
    low = fold_same_length(text)
    spans = split_sentences(text) if sentences is None else sentences
    return tuple((a, b) for a, b in spans if _RECALL.search(low, a, b))


# A statement's or a letter's heading, a line of its own: a place and a date anywhere in
# the text ("Chihuahua, Chih., 26 de enero de 2026", "Paris, le 3 mars 2025.", "Brasília
# (DF), 12 de março de 2025"), or a date alone among the short lines that head an urgent
# appeal (its reference, its country). It dates the statement, not the attack; a date
# alone further down heads a timeline's entry.
_HEADING_HEAD = re.compile(r"[^\S\n]*(?:[^\n,;:!?]{2,40},[^\S\n]*){1,3}(?:le[^\S\n]+)?")
_HEADING_TAIL = re.compile(r"[^\S\n]*\.?[^\S\n]*(?:\n|$)")
_HEADER_LINE = 100  # longest line of an appeal's header (characters)


def _heading_date(text: str, line: int, c: Candidate) -> bool:
    """Whether candidate ``c``, on the line starting at ``line``, is a heading's date."""
    if not _HEADING_TAIL.match(text, c.end):
        return False
    if _HEADING_HEAD.fullmatch(text, line, c.start):
        return True
    if text[line : c.start].strip():
        return False
    # A date alone: only lines short enough for a header above it, after the title.
    above = text[:line].strip().split("\n")[1:]
    return all(len(row) <= _HEADER_LINE for row in above)


def dateline_spans(text: str, cands: Iterable[Candidate]) -> list[tuple[int, int]]:
    """Spans of the ``cands`` that date the report, not the attack: the dateline opening
    the body (the first line after a one-line title), a heading line of a place and a
    date alone, and the day of a statement ("Human Rights Watch said today")."""
    out = []
    low = fold_same_length(text)
    for c in cands:
        if c.kind == "rel" and _SAID.search(low, max(0, c.start - 30), c.start):
            out.append((c.start, c.end))
            continue
        line = text.rfind("\n", 0, c.start) + 1
        if line == 0:
            continue
        if (
            "\n" not in text[:line].strip()
            and _DATELINE_HEAD.fullmatch(text, line, c.start)
            and _DATELINE_TAIL.match(text, c.end)
        ) or _heading_date(text, line, c):
            out.append((c.start, c.end))
    return out


# The verb right before a date in es/fr/pt news tells which step of the story it dates:
# the attack ("avait été interpellé jeudi", "fue secuestrado el domingo", "foi preso na
# segunda-feira") or a later one, a release, a remand or a complaint ("a recouvré la
# liberté lundi", "placé lundi sous mandat de dépôt", "fue liberado el martes", "a saisi
# lundi le procureur"). Over the folded text, in the date's clause. The stems are listed
# here, not taken from the violation triggers: ``violations`` imports this module.
_ATTACK_VERB_BEFORE = re.compile(
    r"\b(?:interpell|arret|enlev|kidnapp|tu[ée]|abattu|agress|emmen|sequestr|assassin|"
    r"frapp|tabass|detenid|detid|capturad|secuestr|asesin|atacad|golpead|balead|preso|"
    r"pres[ao]s|mort[oa]|espancad|levad[oa]|llevad[oa]|sacad[oa]|raptad|agred|detuv|"
    r"intercept|atacar|atacou|balear)\w*"
)
_LATER_STEP_BEFORE = re.compile(
    r"\b(?:libere|liberee|liberes|relache|recouvre la liberte|remis en liberte|"
    r"sous mandat de depot|mandat de depot|defere|presente|a saisi|retrouve|"
    r"liberad[oa]s?|excarcelad[oa]s?|puest[oa]s? en libertad|solt[oa]s?|libertad[oa]s?|"
    r"denuncio|denunciou|presento|apresentou|imputad[oa]|vinculad[oa] a proceso|"
    r"aparecio|apareceu|reapparu|"
    # The day the news was told: "disseram hoje à Lusa", "informó este jueves".
    r"dijo|dijeron|declaro|afirmo|informo|indico|explico|relato|disse|disseram|afirmou|"
    r"declarou|informou|indicou|contou|relatou|anunciou|anuncio|a indique|ont indique|"
    r"a declare|ont declare|a annonce|ont annonce|a raconte|"
    # The day the news was learned: "a-t-on appris jeudi", "se supo el lunes".
    r"appris|a-t-on appris|se supo|soube-se)\b"
)
# At most this many words between the verb and the date it governs.
_GOVERNED = re.compile(r"(?:\s+\S+){0,4}\s+$")


def _step_of_the_attack(low: str, start: int) -> float:
    """A bonus for a date the attack's verb governs, a malus for a later step's."""
    a = max(
        low.rfind(".", 0, start), low.rfind("\n", 0, start), low.rfind(",", 0, start), start - 60
    )
    before = low[a + 1 : start]
    # The verb nearest the date governs it: "passaram a noite detidos e só foram
    # libertados no domingo" dates the release.
    found = [
        (m.start(), bonus)
        for rx, bonus in ((_ATTACK_VERB_BEFORE, 0.4), (_LATER_STEP_BEFORE, -0.4))
        for m in rx.finditer(before)
        if _GOVERNED.match(before, m.end())
    ]
    return max(found)[1] if found else 0.0


# A report form's field for the day of the attack, opening a line: "Date of incident:",
# "When:", "Fecha del hecho:", "Date de l'incident :", "Data do incidente:" (folded). A
# partner's incident report or an NGO's case sheet states it once, beside the day the
# report was made or sent ("Fecha del reporte: 09/05/2025", "Transmise le 09/03/2026").
_COUNTED_DAYS = ("wd", "rel", "ago")  # days counted from the publication, not written
_EVENT_FIELD = re.compile(
    r"(?m)^[^\S\n]*(?:[-*•–][^\S\n]*)?(?:"
    r"(?:date|day) of (?:the )?(?:incident|attack|event|arrest|abduction|assault)|"
    r"incident date|when|"
    r"fecha (?:del hecho|de los hechos|del incidente|de la agresion|del ataque|del evento)|"
    r"cuando|"
    r"date (?:de l'incident|des faits|de l'agression|de l'attaque|de l'evenement)|quand|"
    r"data (?:do incidente|dos factos|dos fatos|da ocorrencia|do ataque|da agressao)|"
    r"quando)[^\S\n]*:"
)


def field_date(text: str, cands: Iterable[Candidate]) -> Candidate | None:
    """The date a report form's line for the day of the attack gives (of ``cands`` on it,
    the most precise, a written date before a weekday: "mercredi 5 juin 2024"), or None."""
    low = fold_same_length(text)
    for m in _EVENT_FIELD.finditer(low):
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        on_line = [c for c in cands if m.end() <= c.start < end and c.precision != "year"]
        if on_line:
            return max(
                on_line,
                key=lambda c: (_PRECISION_RANK[c.precision], c.kind not in _COUNTED_DAYS, -c.start),
            )
    return None


def event_date(
    text: str,
    published: datetime | None,
    *,
    language: str | None = None,
    focus: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> EventDate:
    """The date of the attack an article reports.

    Args:
        text: the article (title, blank line, body); the evidence span refers to it.
        published: publication time; resolves relative dates and bounds every date.
        language: ISO 639-1 code if known (decides 3/4/2021 as day/month outside English).
        focus: spans of the sentences describing the attack; dates there, or nearest, win.
        sentences: the sentence spans of ``text``, when the caller has split it already.

    Returns:
        The best date found, else the publication date at low confidence, else empty.
    """
    pub = published.date() if published else None
    # Bare years ("the 2016 election") are for the learned ranker: the rule weights are not
    # made for them.
    cands = [c for c in _cached_candidates(text, pub, language) if c.kind != "yb"]
    stated = field_date(text, cands)
    if stated is not None:
        return EventDate(
            stated.year, stated.month, stated.day, stated.precision, (stated.start, stated.end),
            0.9,
        )  # fmt: skip
    filed = dateline_spans(text, cands)
    if filed:
        cands = [c for c in cands if not any(c.start < b and a < c.end for a, b in filed)]
    if not cands:
        if pub is None:
            return EventDate()
        return EventDate(pub.year, pub.month, pub.day, "day", None, 0.2)
    total = max(len(text), 1)

    recalled = recall_spans(text, sentences)
    if focus:
        # A sentence recalling an earlier attack is no focus, though it has attack words.
        focus = [s for s in focus if s not in recalled] or None

    low = fold_same_length(text) if language not in (None, "en") else ""

    def rank(c: Candidate) -> float:
        score = c.conf + 0.15 * _PRECISION_RANK[c.precision] - 0.5 * c.start / total
        if low and c.precision == "day":
            # Steps of one story are days apart; a year after an attack verb ("asesinado en
            # 2022") is more often an earlier attack recalled.
            score += _step_of_the_attack(low, c.start)
        if focus:
            dist = min(
                0 if a <= c.start < b else min(abs(c.start - a), abs(c.start - b)) for a, b in focus
            )
            score += 1.0 if dist == 0 else 0.5 / (1 + dist / 200)
        if any(a <= c.start < b for a, b in recalled):
            score -= 0.5
        return score

    best = max(cands, key=rank)
    return EventDate(
        best.year, best.month, best.day, best.precision, (best.start, best.end), round(best.conf, 2)
    )


# A weekday or "yesterday" dates a sentence to the days of the report (folded text): the
# names of ``_WEEKDAYS`` (not the Portuguese short forms, which are ordinals too: "a
# segunda vez") and the days before and of the report.
_RECENT = re.compile(
    r"\b(?:"
    + "|".join(w for w in _WEEKDAY_OF if w not in ("segunda", "terca", "quarta", "quinta", "sexta"))
    + r"|hoy|ayer|anteayer|hier|avant-hier|aujourd'hui|ontem|anteontem|hoje|yesterday|today"
    r"|tonight)\b"
)
# A year, not one a span starts from ("desde 2021", "depuis 2019": the span reaches now).
_A_YEAR = re.compile(
    r"(?<!desde )(?<!depuis )(?<!since )(?<!des )(?<!partir de )(?<!a partir de )"
    r"\b(?:19|20)\d\d\b"
)


@functools.lru_cache(maxsize=4)
def past_sentences(
    text: str, sentences: tuple[tuple[int, int], ...], published: datetime | None
) -> frozenset[int]:
    """The indices of the sentences of ``text`` that tell of an earlier year and of no
    day of this week: a year at least two back, or last year once this one is three months
    old ("muerta en 2022", "Em 2023, o ativista X foi condenado"). Empty without a
    publication date. Relevance, the accident headline and the es/fr/pt victims read it."""
    pub = getattr(published, "year", None)
    if pub is None:
        return frozenset()
    month = getattr(published, "month", 1)
    low = fold_same_length(text)
    out = set()
    for i, (a, b) in enumerate(sentences):
        if _RECENT.search(low, a, b):
            continue
        years = [int(y) for y in _A_YEAR.findall(low, a, b)]
        if any(y <= pub - 2 or (y == pub - 1 and month >= 4) for y in years):
            out.add(i)
    return frozenset(out)
