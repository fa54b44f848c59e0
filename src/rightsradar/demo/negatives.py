# ruff: noqa: E501  (data tables read better unwrapped)
"""Irrelevant articles, many of them hard negatives that look like attack reports.

Crime with no defender, sports "attacks" and "shots", court news without a violation,
attacks on tourists, convoys and soldiers, press releases naming journalists, and plain
politics and economy. Each is built from a lead, two to five body sentences and an
optional quote, drawn from per-language pools (``negatives_en``, ``negatives_intl``).
"""

from __future__ import annotations

import random
from typing import Any

from .negatives_en import NEG_EN
from .negatives_intl import NEG_ES, NEG_FR, NEG_PT
from .people import make_name
from .places import Country
from .render import Draft, Para, cap, fill

POOLS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en": NEG_EN, "es": NEG_ES, "fr": NEG_FR, "pt": NEG_PT,
}  # fmt: skip
TEAMS = ("Atlético", "United", "Rovers", "Deportivo", "Sporting", "Racing", "Olympic", "City",
         "Wanderers", "Real")  # fmt: skip
SURNAMES_EN = ("Carter", "Mendes", "Novak", "Haddad", "Okoro", "Larsen", "Silva", "Moreau")


def negative(rng: random.Random, lang: str, country: Country) -> Draft:
    """One irrelevant article in ``lang`` set in ``country``."""
    pool = POOLS[lang]
    topics = [t for t in pool if not t.startswith("_")]
    topic = rng.choices(topics, weights=[float(pool[t]["weight"][0]) for t in topics])[0]
    parts = pool[topic]
    slots = _slots(rng, lang, country)
    lead = fill(rng.choice(parts["leads"]), slots)
    body = [
        fill(t, slots)
        for t in rng.sample(parts["body"], k=min(len(parts["body"]), rng.randint(4, 7)))
    ]
    paras = [Para(cap(lead, lang == "en"))]
    while body:
        k = rng.randint(1, 2)
        take, body = body[:k], body[k:]
        paras.append(Para(cap(" ".join(take), lang == "en"), True))
    if parts.get("quotes") and rng.random() < 0.7:
        paras.insert(2, Para(cap(fill(rng.choice(parts["quotes"]), slots), lang == "en"), True))
    general = POOLS[lang]["_filler"]["body"] if "_filler" in POOLS[lang] else ()
    if general:
        paras.append(Para(cap(fill(rng.choice(general), slots), lang == "en"), True))
    title = cap(fill(rng.choice(parts["titles"]), slots), lang == "en")
    return Draft(title, paras, {"relevant": False}, extra={"topic": topic})


def _slots(rng: random.Random, lang: str, country: Country) -> dict[str, Any]:
    city = rng.choice(country.cities)
    sex = rng.choice(("man", "woman"))
    given, surnames = make_name(rng, country.culture, sex)
    other_given, other_surnames = make_name(rng, country.culture, rng.choice(("man", "woman")))
    return {
        "city": city.name, "region": city.region, "country": country.name_in(lang),
        "name": " ".join(given + surnames), "surname": surnames[0],
        "name2": " ".join(other_given + other_surnames), "surname2": other_surnames[0],
        "team1": f"{rng.choice(TEAMS)} {city.name}", "team2": f"{rng.choice(TEAMS)} {rng.choice(country.cities).name}",
        "n": rng.randint(2, 9), "n2": rng.randint(10, 95), "pct": round(rng.uniform(0.5, 9.5), 1),
        "minute": rng.randint(3, 89), "amount": rng.randint(2, 90), "foreign": rng.choice(SURNAMES_EN),
    }  # fmt: skip
