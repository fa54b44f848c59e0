"""Incidents (one attack, many reports), claims and persons, as the pure domain sees them."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from .taxonomy import IncidentStatus


class Claim(BaseModel):
    """What one article said about one incident field."""

    field: str
    value: str | int | float | bool | list[str] | None
    article_id: int
    source: str | None = None
    confidence: float | None = None


class IncidentSummary(BaseModel):
    """An incident as the resolve and analyze stages see it (no personal data)."""

    id: int
    status: IncidentStatus = "detected"
    violation_types: list[str] = Field(default_factory=list)
    most_serious: str | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    event_date: date | None = None
    n_articles: int = 0
    n_sources: int = 0
