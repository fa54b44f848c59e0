"""Pure domain models: pydantic, no I/O."""

from .article import Article, canonical_url, normalise_text, text_hash
from .extraction import Extraction, Span, Victim
from .incident import Claim, IncidentSummary
from .taxonomy import (
    AGE_GROUPS,
    INCIDENT_STATUSES,
    PERPETRATOR_TYPES,
    POPULATIONS,
    SDG_CATEGORY,
    SEVERITY_ORDER,
    SEXES,
    VICTIM_GROUPS,
    VIOLATION_TYPES,
    most_serious,
)

__all__ = [
    "AGE_GROUPS",
    "INCIDENT_STATUSES",
    "PERPETRATOR_TYPES",
    "POPULATIONS",
    "SDG_CATEGORY",
    "SEVERITY_ORDER",
    "SEXES",
    "VICTIM_GROUPS",
    "VIOLATION_TYPES",
    "Article",
    "Claim",
    "Extraction",
    "IncidentSummary",
    "Span",
    "Victim",
    "canonical_url",
    "most_serious",
    "normalise_text",
    "text_hash",
]
