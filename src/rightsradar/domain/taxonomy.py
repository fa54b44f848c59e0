"""The project's vocabulary (DESIGN.md, "Taxonomy"). Use these exact strings everywhere."""

from __future__ import annotations

from typing import Literal, get_args

ViolationType = Literal[
    "killing",
    "enforced disappearance",
    "torture",
    "arbitrary detention",
    "kidnapping",
    "other",
    "unknown",
]
VictimGroup = Literal[
    "human rights defender", "journalist", "trade unionist", "insufficient information"
]
PerpetratorType = Literal[
    "state actor",
    "other state actors",
    "other actors with permissions",
    "other actors without permissions",
    "other non-state actors",
    "regional orgs",
    "insufficient info",
]
Sex = Literal["man", "woman", "other", "unknown"]
AgeGroup = Literal["adult", "child", "other", "unknown"]
Population = Literal["individual", "multiple"]
IncidentStatus = Literal["detected", "corroborated", "verified", "rejected"]

VIOLATION_TYPES: tuple[str, ...] = get_args(ViolationType)
VICTIM_GROUPS: tuple[str, ...] = get_args(VictimGroup)
PERPETRATOR_TYPES: tuple[str, ...] = get_args(PerpetratorType)
SEXES: tuple[str, ...] = get_args(Sex)
AGE_GROUPS: tuple[str, ...] = get_args(AgeGroup)
POPULATIONS: tuple[str, ...] = get_args(Population)
INCIDENT_STATUSES: tuple[str, ...] = get_args(IncidentStatus)

# SDG 16.10.1 letters of the OHCHR methodology.
SDG_CATEGORY: dict[str, str] = {
    "killing": "A",
    "enforced disappearance": "B",
    "torture": "C",
    "arbitrary detention": "D",
    "kidnapping": "E",
    "other": "F",
}

# Most serious first: an incident is counted once, under its most serious violation.
SEVERITY_ORDER: tuple[str, ...] = (
    "killing",
    "torture",
    "enforced disappearance",
    "arbitrary detention",
    "kidnapping",
    "other",
)


def most_serious(violations: list[str] | tuple[str, ...] | set[str]) -> str | None:
    """The most serious violation of a set, by the SDG 16.10.1 counting order.

    ``unknown`` ranks below ``other``; an empty set gives None.
    """
    for v in SEVERITY_ORDER:
        if v in violations:
            return v
    return "unknown" if "unknown" in violations else None
