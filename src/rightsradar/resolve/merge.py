"""Merge the readings of an incident's independent articles into its fields, keeping claims.

Rules (applied to non-duplicate articles only; a syndicated copy says nothing new):

- Every field keeps one claim per article that stated a value:
  ``{"value", "article_id", "source", "confidence"}``, so disagreements stay visible.
- Scalar fields (perpetrator_type, country, region, city, event_date, n_victims) take the
  confidence-weighted majority: the value whose claims' confidences sum highest; a tie goes
  to the value of the earliest article (published, then id). A claim without a stated
  confidence weighs 0.5 (unknown: neither trusted nor distrusted).
- region and city are only taken from claims that agree with the merged country, so an
  incident never gets a city of another country.
- violation_types is the union of the types claimed by at least one article with
  confidence >= 0.5 (per type when the extractor gives ``violation_types.<type>``, else
  the field's confidence); ``unknown`` is dropped when anything else is known.
- n_victims is the larger of the merged claim and the number of distinct persons named.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .names import fold

DEFAULT_CONFIDENCE = 0.5
MIN_VIOLATION_CONFIDENCE = 0.5
SCALAR_FIELDS = ("perpetrator_type", "country", "region", "city", "event_date", "n_victims")


@dataclass(frozen=True)
class Reading:
    """One independent article's extraction, as merging needs it."""

    article_id: int
    source: str | None
    published: datetime | None
    title: str = ""
    violation_types: tuple[str, ...] = ()
    perpetrator_type: str | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    event_date: date | None = None
    date_precision: str | None = None
    n_victims: int = 0
    confidence: dict[str, float] = field(default_factory=dict)

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.published or datetime.max, self.article_id)

    def conf(self, name: str) -> float:
        value = self.confidence.get(name)
        return DEFAULT_CONFIDENCE if value is None else float(value)


@dataclass
class Merged:
    """An incident's merged fields and the claims they came from."""

    fields: dict[str, Any]
    claims: dict[str, list[dict[str, Any]]]
    title: str


def date_claim(d: date | None, precision: str | None) -> str | None:
    """The date as far as it is known: ``2024``, ``2024-03`` or ``2024-03-05``."""
    if d is None:
        return None
    return {"year": d.strftime("%Y"), "month": d.strftime("%Y-%m")}.get(
        precision or "day", d.isoformat()
    )


def _claim_value(r: Reading, name: str) -> Any:
    if name == "event_date":
        return date_claim(r.event_date, r.date_precision)
    if name == "n_victims":
        return r.n_victims or None
    return getattr(r, name)


def _majority(votes: list[tuple[Any, float]]) -> Any:
    """Confidence-weighted majority of ``votes`` (given earliest article first).

    Ties go to the value the earliest article gave. Strings are compared folded, so
    "Lagos" and "lagos" are one value; the earliest spelling is kept.
    """
    weight: dict[Any, float] = defaultdict(float)
    first: dict[Any, tuple[int, Any]] = {}
    for rank, (value, conf) in enumerate(votes):
        key = fold(value) if isinstance(value, str) else value
        weight[key] += conf
        first.setdefault(key, (rank, value))
    if not weight:
        return None
    best = max(weight, key=lambda k: (weight[k], -first[k][0]))
    return first[best][1]


def merge(readings: list[Reading], *, n_persons: int = 0) -> Merged:
    """Merge ``readings`` (the incident's independent articles) by the module's rules."""
    readings = sorted(readings, key=lambda r: r.order)
    claims: dict[str, list[dict[str, Any]]] = {}
    fields: dict[str, Any] = {}

    vt_claims = []
    union: set[str] = set()
    for r in readings:
        if not r.violation_types:
            continue
        vt_claims.append(
            {
                "value": list(r.violation_types),
                "article_id": r.article_id,
                "source": r.source,
                "confidence": r.confidence.get("violation_types"),
            }
        )
        for v in r.violation_types:
            per_type = r.confidence.get(f"violation_types.{v}")
            conf = r.conf("violation_types") if per_type is None else float(per_type)
            if conf >= MIN_VIOLATION_CONFIDENCE:
                union.add(v)
    if len(union) > 1:
        union.discard("unknown")
    claims["violation_types"] = vt_claims
    fields["violation_types"] = sorted(union)

    for name in SCALAR_FIELDS:
        cl = []
        for r in readings:
            value = _claim_value(r, name)
            if value is not None:
                cl.append(
                    {
                        "value": value,
                        "article_id": r.article_id,
                        "source": r.source,
                        "confidence": r.confidence.get(name),
                    }
                )
        claims[name] = cl

    def votes(name: str, keep: Callable[[Reading], bool] = lambda r: True) -> list[Any]:
        return [
            (_claim_value(r, name), r.conf(name))
            for r in readings
            if _claim_value(r, name) is not None and keep(r)
        ]

    fields["perpetrator_type"] = _majority(votes("perpetrator_type"))
    country = _majority(votes("country"))
    fields["country"] = country

    def in_country(r: Reading) -> bool:
        return country is None or (r.country is not None and fold(r.country) == fold(country))

    fields["region"] = _majority(votes("region", in_country))
    fields["city"] = _majority(votes("city", in_country))
    placed = next(
        (
            r
            for r in readings
            if in_country(r)
            and r.latitude is not None
            and (fields["city"] is None or r.city == fields["city"])
        ),
        None,
    )
    fields["latitude"] = placed.latitude if placed else None
    fields["longitude"] = placed.longitude if placed else None

    when = _majority(votes("event_date"))
    source_of_date = next(
        (r for r in readings if date_claim(r.event_date, r.date_precision) == when), None
    )
    fields["event_date"] = source_of_date.event_date if source_of_date else None
    fields["date_precision"] = source_of_date.date_precision if source_of_date else None
    fields["n_victims"] = max(_majority(votes("n_victims")) or 0, n_persons)
    title = readings[0].title if readings else ""
    return Merged(fields=fields, claims=claims, title=title)
