# ruff: noqa: E501  (data tables read better unwrapped)
"""Invented news outlets: wires, international outlets and each country's national press."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .people import strip_accents
from .places import COUNTRIES


@dataclass(frozen=True)
class Outlet:
    """One publisher; wires sell their copy to others (syndication)."""

    name: str
    lang: str
    country: str | None
    wire: bool = False

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", strip_accents(self.name).lower()).strip("-")


INTERNATIONAL: tuple[Outlet, ...] = (
    Outlet("Global Rights Wire", "en", None, True),
    Outlet("The Meridian Post", "en", None),
    Outlet("World Affairs Daily", "en", None),
    Outlet("Frontline Dispatch", "en", None),
    Outlet("The Civic Ledger", "en", None),
    Outlet("Horizon News Network", "en", None),
    Outlet("Agencia Continental de Noticias", "es", None, True),
    Outlet("El Mirador Latinoamericano", "es", None),
    Outlet("Crónica Global", "es", None),
    Outlet("Agence Panafricaine d'Information", "fr", None, True),
    Outlet("Le Courrier des Continents", "fr", None),
    Outlet("L'Observateur Africain", "fr", None),
    Outlet("Agência Lusófona de Notícias", "pt", None, True),
    Outlet("Mundo Lusófono", "pt", None),
)

_NATIONAL = {
    "en": ("The {city} Chronicle", "{country} Ledger", "{city} Mirror Online", "The {region} Times"),
    "es": ("El Heraldo de {city}", "Crónica de {country}", "Noticias {city} al Día", "La Gaceta de {region}"),
    "fr": ("Le Journal de {city}", "{country} Matin", "L'Éveil de {city}", "La Voix de {region}"),
    "pt": ("Diário de {city}", "{country} Notícias", "Gazeta de {city}", "Correio de {region}"),
}  # fmt: skip


def national_outlets() -> dict[str, list[Outlet]]:
    """Three local-language outlets per country, plus one English one where that differs."""
    out: dict[str, list[Outlet]] = {}
    for c in COUNTRIES:
        lang = c.local_lang
        outlets = []
        for i, pattern in enumerate(_NATIONAL[lang][:3]):
            city = c.cities[i % len(c.cities)]
            name = pattern.format(city=city.name, region=city.region, country=c.name_in(lang))
            outlets.append(Outlet(name, lang, c.name))
        if lang != "en":
            outlets.append(Outlet(f"{c.name} Weekly Review", "en", c.name))
        out[c.name] = outlets
    return out
