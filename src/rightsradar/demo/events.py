# ruff: noqa: E501  (data tables read better unwrapped)
"""The generative process of attacks: baseline rates, crackdowns and escalation paths.

Incidents come from three processes that overlap in time and place:
- a baseline per country (weight x trend x mild seasonality), mostly one-off victims;
- escalation paths: persons attacked again and again, each attack usually worse;
- one or two crackdowns (an election or a protest wave) that bring weeks of detentions
  of journalists or trade unionists in one country.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from .model import ROLE_GROUP, Incident, VictimTruth
from .people import Person, make_name, make_organisation
from .places import BY_NAME, COUNTRIES, Country

COMBOS: tuple[tuple[tuple[str, ...], float], ...] = (
    (("killing",), 10), (("killing", "torture"), 2), (("killing", "kidnapping"), 2),
    (("disappearance",), 5), (("torture", "detention"), 4), (("torture",), 1.5),
    (("detention",), 12), (("detention", "assault"), 4), (("detention", "judicial"), 4),
    (("detention", "surveillance"), 1), (("kidnapping",), 5), (("kidnapping", "assault"), 1.5),
    (("threats",), 10), (("assault",), 6), (("judicial",), 6), (("sexual",), 2),
    (("assault", "sexual"), 1), (("surveillance",), 2.5), (("threats", "surveillance"), 2),
)  # fmt: skip

# Who commits which act (perpetrator kind, weight).
PERPS_FOR: dict[str, tuple[tuple[str, float], ...]] = {
    "killing": (("gunmen", 5), ("unidentified", 2), ("police", 1.5), ("army", 1), ("militia", 1.5),
                ("armed_group", 2), ("private_security", 1), ("gang", 1)),
    "disappearance": (("security", 3), ("army", 2), ("police", 2), ("militia", 1)),
    "torture": (("police", 3), ("army", 2), ("security", 2), ("militia", 1)),
    "detention": (("police", 6), ("security", 2), ("army", 1.5), ("official", 0.5)),
    "kidnapping": (("gunmen", 2), ("armed_group", 3), ("gang", 2), ("militia", 1), ("unidentified", 1)),
    "threats": (("unidentified", 3), ("gunmen", 1), ("official", 1.5), ("militia", 1.5),
                ("armed_group", 1.5), ("private_security", 1.5), ("gang", 1)),
    "assault": (("police", 3), ("private_security", 2), ("gang", 1), ("militia", 1.5), ("security", 1)),
    "judicial": (("prosecutor", 4), ("official", 2)),
    "sexual": (("police", 2), ("security", 1), ("armed_group", 1), ("militia", 1)),
    "surveillance": (("security", 3), ("official", 1)),
}  # fmt: skip

PATHS: tuple[tuple[str, ...], ...] = (
    ("threats", "judicial", "detention", "torture"),
    ("surveillance", "threats", "detention", "disappearance"),
    ("threats", "assault", "killing"),
    ("threats", "threats", "kidnapping", "killing"),
    ("judicial", "detention", "detention"),
    ("threats", "detention", "torture"),
    ("surveillance", "judicial", "detention"),
    ("threats", "assault", "detention", "killing"),
    ("judicial", "threats", "assault"),
)
ROLES: dict[str, tuple[tuple[str, float], ...]] = {
    "hrd": (("land", 3), ("environment", 2), ("indigenous", 2), ("lawyer", 1.5), ("activist", 2),
            ("community", 2.5)),
    "journalist": (("journalist", 3), ("reporter", 2), ("radio", 2), ("photo", 1), ("editor", 1)),
    "union": (("union_leader", 3), ("organiser", 2), ("unionist", 2)),
}  # fmt: skip
ORG_KIND = {"human rights defender": "hrd", "journalist": "journalist", "trade unionist": "union"}
SURGE_CANDIDATES = (
    ("Nicaragua", "election"), ("Venezuela", "election"), ("Cameroon", "election"),
    ("Bangladesh", "election"), ("Kenya", "protest"), ("Zimbabwe", "election"),
    ("Guinea", "protest"), ("Türkiye", "protest"), ("Bolivia", "protest"),
)  # fmt: skip


def pick(rng: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    """One option of weighted (value, weight) pairs."""
    return rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]


class World:
    """Persons and incidents of one demo year, drawn from one random generator."""

    def __init__(self, rng: random.Random, start: date, months: int) -> None:
        self.rng = rng
        self.start = start
        self.days = (_add_months(start, months) - start).days
        self.persons: list[Person] = []
        self.incidents: list[Incident] = []

    def new_person(self, country: Country, kind: str | None = None) -> Person:
        """A new invented person at risk in ``country``."""
        rng = self.rng
        kind = kind or pick(rng, (("hrd", 5), ("journalist", 3), ("union", 2)))
        role = pick(rng, ROLES[kind])
        groups = [ROLE_GROUP[role]]
        if rng.random() < 0.06:
            extra = (
                "human rights defender" if groups[0] != "human rights defender" else "journalist"
            )
            groups.append(extra)
        sex = "woman" if rng.random() < 0.38 else "man"
        given, surnames = make_name(rng, country.culture, sex)
        home = rng.randrange(len(country.cities))
        city = country.cities[home]
        org = make_organisation(
            rng, country.local_lang, ORG_KIND[groups[0]], city.name, city.region
        )
        person = Person(
            person_id=f"P{len(self.persons) + 1:04d}", given=given, surnames=surnames, sex=sex,
            groups=groups, role=role, organisation=org, country=country.name, home=home,
            child=kind == "hrd" and rng.random() < 0.03,
        )  # fmt: skip
        self.persons.append(person)
        return person

    def add(self, day: date, country: Country, acts: tuple[str, ...], victims: list[VictimTruth],
            city_index: int | None = None, context: str | None = None) -> Incident:  # fmt: skip
        """Record one incident and link its named victims to it."""
        rng = self.rng
        perp = pick(rng, PERPS_FOR[acts[0]])
        if context and acts[0] in ("detention", "assault"):
            perp = pick(rng, (("police", 4), ("security", 2), ("militia", 1)))
        index = rng.randrange(len(country.cities)) if city_index is None else city_index
        incident = Incident("", day, country, country.cities[index], list(acts), perp, victims,
                            context)  # fmt: skip
        self.incidents.append(incident)
        return incident

    def victims(self, country: Country, kind: str | None = None) -> tuple[list[VictimTruth], int]:
        """Victims of a one-off incident and the city index where it happens."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.62:
            p = self.new_person(country, kind)
            return [self._of(p)], p.home
        if roll < 0.72:
            p = self.new_person(country, kind)
            q = self.new_person(country, _kind_of(p))
            q.organisation, q.home = p.organisation, p.home
            return [self._of(p), self._of(q)], p.home
        kind = kind or pick(rng, (("hrd", 4), ("journalist", 4), ("union", 3)))
        role = pick(rng, ROLES[kind])
        count = 1 if roll < 0.76 else rng.choice((2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8, 10, 12))
        sex = rng.choice(("man", "woman")) if count == 1 else "unknown"
        victim = VictimTruth(None, role, [ROLE_GROUP[role]], sex, "adult", count)
        return [victim], rng.randrange(len(country.cities))

    def _of(self, p: Person) -> VictimTruth:
        return VictimTruth(p, p.role, list(p.groups), p.sex, "child" if p.child else "adult")

    def day_weights(self, country: Country) -> list[float]:
        """Baseline rate of ``country`` per day: trend times a mild seasonal wave."""
        out = []
        for d in range(self.days):
            t = d / max(self.days - 1, 1)
            season = 1 + 0.2 * math.sin(2 * math.pi * (d - 60) / 365)
            out.append(country.weight * (1 + country.trend * t) * season)
        return out


def build_world(rng: random.Random, n_incidents: int, start: date, months: int) -> World:
    """Draw every person and incident of the demo, dated and numbered in date order."""
    world = World(rng, start, months)
    n_paths = max(2, round(n_incidents * 0.09))
    n_surge = max(4, round(n_incidents * 0.16))
    for _ in range(n_paths):
        _escalation(world)
    surges = rng.sample(SURGE_CANDIDATES, 2)
    sizes = (round(n_surge * 0.6), n_surge - round(n_surge * 0.6))
    for (name, context), size in zip(surges, sizes, strict=True):
        _surge(world, BY_NAME[name], context, size)
    weights = [world.day_weights(c) for c in COUNTRIES]
    cells = [(ci, d) for ci in range(len(COUNTRIES)) for d in range(world.days)]
    flat = [w for ws in weights for w in ws]
    while len(world.incidents) < n_incidents:
        ci, d = rng.choices(cells, weights=flat)[0]
        country = COUNTRIES[ci]
        acts = rng.choices([c[0] for c in COMBOS], weights=[c[1] for c in COMBOS])[0]
        victims, city = world.victims(country)
        world.add(start + timedelta(days=d), country, acts, victims, city)
    del world.incidents[n_incidents:]
    world.incidents.sort(key=lambda i: (i.day, i.country.name, i.city.name))
    for n, incident in enumerate(world.incidents, 1):
        incident.incident_id = f"INC-{n:04d}"
    linked = set()
    for incident in world.incidents:
        for v in incident.victims:
            if v.person is not None:
                v.person.incident_ids.append(incident.incident_id)
                linked.add(v.person.person_id)
        _plan_followups(rng, incident, world)
    world.persons = [p for p in world.persons if p.person_id in linked]
    return world


def _escalation(world: World) -> None:
    """One person attacked along a path of (mostly) growing severity."""
    rng = world.rng
    country = rng.choices(COUNTRIES, weights=[c.weight for c in COUNTRIES])[0]
    person = world.new_person(country)
    path = list(rng.choice(PATHS))
    if rng.random() < 0.25:
        # Not every story escalates: some stop, some repeat the same harassment.
        path = path[: rng.randint(2, len(path))]
    day = rng.randrange(0, max(world.days // 3, 1))
    for act in path:
        if day >= world.days:
            break
        acts: tuple[str, ...] = (act,)
        if act == "detention" and rng.random() < 0.4:
            acts = ("detention", rng.choice(("assault", "judicial")))
        victims = [world._of(person)]
        if rng.random() < 0.15:
            colleague = world.new_person(country, _kind_of(person))
            colleague.organisation, colleague.home = person.organisation, person.home
            victims.append(world._of(colleague))
        world.add(world.start + timedelta(days=day), country, acts, victims, person.home)
        day += rng.randint(20, 75)


def _surge(world: World, country: Country, context: str, size: int) -> None:
    """A crackdown: weeks of detentions and beatings around an election or a protest."""
    rng = world.rng
    centre = rng.randrange(world.days // 4, world.days - world.days // 4)
    kind = "journalist" if context == "election" else rng.choice(("union", "hrd"))
    for _ in range(size):
        offset = round(rng.gauss(0, 8))
        day = min(max(centre + offset, 0), world.days - 1)
        acts = rng.choices(
            (("detention",), ("detention", "assault"), ("assault",), ("threats",),
             ("detention", "judicial"), ("torture", "detention"), ("disappearance",), ("killing",)),
            weights=(10, 5, 3, 2, 3, 1.5, 1, 0.7),
        )[0]  # fmt: skip
        victim_kind = kind if rng.random() < 0.75 else None
        victims, city = world.victims(country, victim_kind)
        if rng.random() < 0.5:
            city = 0  # crackdowns concentrate in the capital or the main protest city
        world.add(world.start + timedelta(days=day), country, acts, victims, city, context)


def _plan_followups(rng: random.Random, incident: Incident, world: World) -> None:
    """Later news about the same attack: release, charges, funeral, condemnation."""
    options = {
        "detention": (("released", 3), ("charged", 2)),
        "killing": (("funeral", 3), ("suspect_arrested", 2)),
        "disappearance": (("still_missing", 1),),
        "kidnapping": (("released", 1),),
        "torture": (("complaint", 1),),
    }.get(incident.primary, (("condemnation", 1),))
    prob = {"killing": 0.55, "detention": 0.35, "disappearance": 0.5, "kidnapping": 0.45}
    if rng.random() < prob.get(incident.primary, 0.12):
        kind = pick(rng, options)
        day = incident.day + timedelta(days=rng.randint(2, 35))
        if (day - world.start).days < world.days:
            incident.followups.append((kind, day))
    if rng.random() < 0.06 and incident.primary != "condemnation":
        day = incident.day + timedelta(days=rng.randint(3, 20))
        if (day - world.start).days < world.days:
            incident.followups.append(("condemnation", day))


def _kind_of(p: Person) -> str:
    return ORG_KIND[p.groups[0]]


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)
