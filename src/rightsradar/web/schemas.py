"""Request and response models of the HTTP API, in families per resource.

``IncidentBase`` holds the fields every incident view shares; ``IncidentRead`` adds what an
analyst sees in a list (ids, coordinates); ``IncidentDetail`` adds sources, evidence,
victims and claims. Public responses (``PublicStats``) are separate models that have no
field able to carry a name, a coordinate or article text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..domain.taxonomy import (
    AgeGroup,
    IncidentStatus,
    PerpetratorType,
    Population,
    Sex,
    VictimGroup,
    ViolationType,
)


class IncidentFilters(BaseModel):
    """Which incidents to read (query parameters); an empty filter matches everything."""

    country: str | None = Field(None, description="Exact country name, e.g. Nigeria.")
    region: str | None = Field(None, description="Exact region (admin 1) name.")
    city: str | None = Field(None, description="Exact city name.")
    date_from: date | None = Field(None, description="Event date on or after (YYYY-MM-DD).")
    date_to: date | None = Field(None, description="Event date on or before (YYYY-MM-DD).")
    violation: ViolationType | None = Field(
        None, description="Incidents with this among their violation types."
    )
    victim_group: VictimGroup | None = None
    perpetrator: PerpetratorType | None = Field(None, description="Perpetrator type.")
    status: IncidentStatus | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, v: Any) -> Any:
        # An HTML filter form sends every field, the unused ones as empty strings.
        return None if v == "" else v


class IncidentQuery(IncidentFilters):
    """Filters and paging of ``GET /api/incidents``."""

    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0)


class IncidentBase(BaseModel):
    """Fields shared by every view of an incident."""

    model_config = ConfigDict(from_attributes=True)

    status: str
    title: str = ""
    violation_types: list[str] = []
    most_serious: str | None = None
    perpetrator_type: str | None = None
    victim_groups: list[str] = []
    n_victims: int = 0
    country: str | None = None
    region: str | None = None
    city: str | None = None
    event_date: date | None = None
    date_precision: str | None = None
    n_sources: int = 0


class IncidentRead(IncidentBase):
    """An incident as analysts see it in lists and on the map."""

    id: int
    latitude: float | None = None
    longitude: float | None = None
    created_at: datetime
    updated_at: datetime


class StatusChange(BaseModel):
    """An analyst's decision on an incident (``verified`` or ``rejected``, or back)."""

    status: IncidentStatus


class IncidentList(BaseModel):
    """One page of incidents and how many match the filters in all."""

    items: list[IncidentRead]
    total: int = Field(
        description="How many match; a total of 10,000 or more may be up to "
        "30 seconds old (it is not recounted for every page)."
    )
    limit: int
    offset: int


class OutletRead(BaseModel):
    """One outlet that carried an article (the first is the original)."""

    source: str | None
    url: str | None
    published: datetime | None


class EvidenceSpan(BaseModel):
    """Where in the article (title, blank line, text) the extractor read one field."""

    field: str
    start: int
    end: int
    text: str | None = Field(None, description="The quoted snippet; null once text is purged.")
    confidence: float | None = None


class SourceArticle(BaseModel):
    """An article the incident was built from."""

    id: int
    title: str
    source: str | None
    url: str | None
    published: datetime | None
    syndicated: bool = Field(description="A near-duplicate copy of another stored article.")
    duplicate_of: int | None = None
    outlets: list[OutletRead] = []
    evidence: list[EvidenceSpan] = []


class VictimRead(BaseModel):
    """One victim as one source article describes them (``name`` is personal data)."""

    name: str | None
    groups: list[str]
    sex: str
    age: str
    population: str
    person_id: int | None
    article_id: int
    mention_id: int | None = Field(None, description="What a review correction names.")


class ClaimRead(BaseModel):
    """What one source said about one field."""

    value: Any = None
    article_id: int | None = None
    source: str | None = None
    confidence: float | None = None


class IncidentDetail(IncidentRead):
    """One incident with its sources, evidence, victims and per-source claims."""

    articles: list[SourceArticle]
    victims: list[VictimRead]
    claims: dict[str, list[ClaimRead]]


class IncidentStats(BaseModel):
    """Incident counts for analysts. Rejected incidents are counted only in ``by_status``
    unless a status filter is given."""

    total: int
    by_violation: dict[str, int] = Field(description="By most serious violation.")
    by_country: dict[str, int]
    by_status: dict[str, int]
    by_month: dict[str, int] = Field(description="By event month, YYYY-MM, oldest first.")
    by_victim_group: dict[str, int]


class PublicCell(BaseModel):
    """One published count. ``count`` is null and ``display`` reads "<k" when suppressed."""

    key: str
    count: int | None
    display: str


class PublicStats(BaseModel):
    """Disclosure-controlled aggregates: no names, no coordinates, no article text or URLs."""

    min_cell: int = Field(description="Counts below this are suppressed.")
    total: PublicCell
    by_violation: list[PublicCell]
    by_country: list[PublicCell]
    by_month: list[PublicCell]
    by_victim_group: list[PublicCell]


class Message(BaseModel):
    detail: str


class MergeRequest(BaseModel):
    """Merge another incident into this one: its articles move here and it is deleted."""

    source_id: int = Field(description="The incident to merge into the one in the path.")


class SplitRequest(BaseModel):
    """Move articles (their syndicated copies follow them) out into a new incident."""

    article_ids: list[int] = Field(min_length=1)


class OperationRead(BaseModel):
    """One audited analyst operation; ``audit_id`` is what ``/undo`` takes."""

    audit_id: int
    action: str
    actor: str
    at: datetime
    incident_ids: list[int] = Field(description="Incidents it touched (may since be gone).")


class OperationResult(OperationRead):
    """An operation just done, with the incidents it left (a deleted one is absent)."""

    incidents: list[IncidentRead]


class LinkEvidence(BaseModel):
    """Why one article's victim mention is linked to the person (``name_form`` is personal
    data). ``name_agreement`` compares it with the person's other mentions: ``same``,
    ``variant`` (shorter form, initials) or ``typo``; null for the only mention."""

    article_id: int
    mention_id: int
    name_form: str | None
    name_agreement: str | None
    shared: list[str] = Field(
        description="Attributes the other mentions state alike: country, sex, groups, organisation."
    )
    conflicts: list[str] = []
    organisations: list[str] = []


class CaseIncident(BaseModel):
    """One incident of a case history, with the links that put it there."""

    id: int
    status: str
    event_date: date | None
    country: str | None
    city: str | None
    most_serious: str | None
    violation_types: list[str]
    links: list[LinkEvidence]


class PersonRisk(BaseModel):
    """Escalation risk: the calibrated probability that the person suffers killing,
    enforced disappearance or torture within 90 days of ``as_of``, from their case history
    and the context of their country and group, with the features that raise it most."""

    score: float = Field(ge=0, le=1)
    as_of: date
    reasons: list[str]


class PersonHistory(BaseModel):
    """The case history of one person: every incident they were named in, oldest first.
    Personal data: only for signed-in analysts, never on public routes. ``risk`` is None
    when the person cannot be scored (killed or disappeared already, no dated attack) or
    the store holds too little history to fit the model."""

    id: int
    name: str
    aliases: list[str]
    kind: str
    groups: list[str]
    sex: str
    organisations: list[str]
    incidents: list[CaseIncident]
    risk: PersonRisk | None = None


class OrganisationHistory(BaseModel):
    """Every incident whose victims' reports name the organisation, oldest first."""

    name: str
    person_ids: list[int]
    incidents: list[CaseIncident]


class TokenCreate(BaseModel):
    """A new API token; ``name`` says which script uses it."""

    name: str = Field(min_length=1, max_length=128)


class TokenRead(BaseModel):
    """An API token as listed: never the token itself, only its first characters."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenCreated(TokenRead):
    """A token just made. ``token`` is shown this once; send it as
    ``Authorization: Bearer <token>``."""

    token: str


class ReviewItem(BaseModel):
    """One incident in the review queue with how unsure the extractor was of it."""

    incident: IncidentRead
    min_confidence: float = Field(
        description="Certainty of its weakest field (0.5 = coin "
        "toss, 1 = sure; a label probability p counts as max(p, 1-p))."
    )
    mean_confidence: float
    weakest_field: str | None


class ReviewQueue(BaseModel):
    """Detected incidents, least certain first (active learning)."""

    items: list[ReviewItem]
    total: int
    limit: int
    offset: int


class UnreadArticle(BaseModel):
    """A report in a language the extractor does not read, waiting for a person: nothing
    was extracted from it. The title is personal data like the text: staff only."""

    id: int
    title: str
    source: str | None = Field(description="The outlet it came from.")
    url: str | None
    published: datetime | None
    ingested_at: datetime = Field(description="When it was stored (UTC).")
    language: str | None = Field(
        description="The language it is in (ISO 639-1, e.g. tr); null when none was detected."
    )
    incident_id: int | None = Field(
        None, description="The incident it joined by linkage alone, if any."
    )


class UnreadList(BaseModel):
    """Reports no one has read yet in languages the extractor does not read, newest first."""

    items: list[UnreadArticle]
    total: int
    by_language: dict[str, int] = Field(
        description="How many wait per language, most first (all of them, not this page's); "
        '"unknown": no language detected.'
    )
    limit: int
    offset: int


class UnreadDecision(BaseModel):
    """What a person found on reading an unread report; it leaves the list."""

    article_id: int
    language: str | None
    decision: Literal["no attack"]
    read_at: datetime = Field(description="When it was taken off the list (UTC).")


class VictimCorrection(BaseModel):
    """A reviewer's fix of one victim mention (``name`` is personal data)."""

    mention_id: int
    name: str | None = Field(None, max_length=255)
    groups: list[VictimGroup] | None = None
    sex: Sex | None = None
    age: AgeGroup | None = None
    population: Population | None = None


class IncidentCorrection(BaseModel):
    """Fields a reviewer corrects; a field left out stays as the extractor read it. Each
    correction is audited and written as a training example to
    ``<data_dir>/corrections.jsonl`` (``rightsradar train --data`` reads it)."""

    violation_types: list[ViolationType] | None = None
    perpetrator_type: PerpetratorType | None = None
    country: str | None = Field(None, max_length=128)
    region: str | None = Field(None, max_length=255)
    city: str | None = Field(None, max_length=255)
    event_date: date | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    victims: list[VictimCorrection] | None = None


class BulkDecision(BaseModel):
    """The same decision on several incidents of the queue."""

    incident_ids: list[int] = Field(min_length=1, max_length=500)
    action: Literal["accept", "reject"]


class MapPointRead(BaseModel):
    """One incident on the map."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    latitude: float
    longitude: float
    most_serious: str | None
    status: str
    event_date: date | None


class MapPoints(BaseModel):
    """Located incidents matching the filters; ``total`` counts them all even when
    ``items`` stops at the limit."""

    items: list[MapPointRead]
    total: int


class AlertRuleCreate(BaseModel):
    """A new alert rule. ``pattern`` is the watched name (personal data), country, violation
    type or victim group, after ``kind``; for ``surge`` a country or ``*``, for ``risk`` the
    threshold (0-1); ``target`` is a webhook URL or e-mail addresses."""

    name: str = Field(min_length=1, max_length=255)
    kind: Literal["watchlist", "country", "violation", "victim_group", "surge", "risk"]
    pattern: str = Field(min_length=1, max_length=1000)
    channel: Literal["webhook", "email", "log"] = "log"
    target: str | None = Field(None, max_length=2000)
    digest: Literal["daily"] | None = Field(
        None,
        description="daily: the rule's alerts of each UTC day go out together in one "
        "message after the day is over; null: each alert at once.",
    )


class AlertRuleRead(AlertRuleCreate):
    model_config = ConfigDict(from_attributes=True)

    id: int
    enabled: bool
    created_at: datetime


class AlertRead(BaseModel):
    """One alert: a rule that matched an incident, and its delivery."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    rule_id: int
    incident_id: int
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    digest_id: int | None = Field(description="The digest it went out in, if its rule digests.")


class AlertDigestRead(BaseModel):
    """One digest: a rule's alerts of one period, delivered together."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    rule_id: int
    period: str
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None


class ArticleRead(SourceArticle):
    """One stored article with its text (title, blank line, text: what evidence offsets
    count in) and the incident it belongs to. Personal data: staff only."""

    text: str | None = Field(description="Null once purged by retention.")
    incident_id: int | None
