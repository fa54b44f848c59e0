"""The demo's ground truth: incidents, their victims and the acts committed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rightsradar.domain import most_serious

from .people import Person
from .places import City, Country

# An act is finer than a violation type: the "other" type has several kinds of acts.
ACT_TYPE: dict[str, str] = {
    "killing": "killing",
    "disappearance": "enforced disappearance",
    "torture": "torture",
    "detention": "arbitrary detention",
    "kidnapping": "kidnapping",
    "threats": "other",
    "assault": "other",
    "judicial": "other",
    "sexual": "other",
    "surveillance": "other",
}
# Severity rank of an act, most serious highest; used to build escalation paths.
ACT_RANK: dict[str, int] = {
    "surveillance": 0, "threats": 1, "judicial": 2, "assault": 2, "sexual": 3,
    "kidnapping": 4, "detention": 4, "disappearance": 6, "torture": 7, "killing": 8,
}  # fmt: skip

PERP_TYPE: dict[str, str] = {
    "police": "state actor",
    "army": "state actor",
    "security": "state actor",
    "official": "other state actors",
    "prosecutor": "other state actors",
    "militia": "other actors with permissions",
    "gunmen": "other actors without permissions",
    "gang": "other actors without permissions",
    "armed_group": "other non-state actors",
    "private_security": "other non-state actors",
    "unidentified": "insufficient info",
}

ROLE_GROUP: dict[str, str] = {
    **dict.fromkeys(
        ("land", "environment", "indigenous", "lawyer", "activist", "community"),
        "human rights defender",
    ),
    **dict.fromkeys(("journalist", "reporter", "radio", "photo", "editor"), "journalist"),
    **dict.fromkeys(("union_leader", "organiser", "unionist"), "trade unionist"),
}


@dataclass
class VictimTruth:
    """One victim of an incident: a known person or an unnamed group."""

    person: Person | None
    role: str
    groups: list[str]
    sex: str
    age: str = "adult"
    count: int = 1

    @property
    def population(self) -> str:
        return "individual" if self.count == 1 else "multiple"


@dataclass
class Incident:
    """One attack, as it happened (the truth every report is written from)."""

    incident_id: str
    day: date
    country: Country
    city: City
    acts: list[str]
    perp: str
    victims: list[VictimTruth]
    context: str | None = None
    followups: list[tuple[str, date]] = field(default_factory=list)

    @property
    def violation_types(self) -> list[str]:
        types = {ACT_TYPE[a] for a in self.acts}
        return [t for t in ACT_TYPE.values() if t in types and t != "other"] + (
            ["other"] if "other" in types else []
        )

    @property
    def most_serious(self) -> str | None:
        return most_serious(self.violation_types)

    @property
    def primary(self) -> str:
        return self.acts[0]
