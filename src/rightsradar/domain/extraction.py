"""What the extract stage says about one article (the Prediction JSONL of DESIGN.md)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .taxonomy import AgeGroup, PerpetratorType, Population, Sex, VictimGroup, ViolationType

Span = tuple[int, int]


class Victim(BaseModel):
    """One victim (a named person) or one unnamed group of victims.

    Attributes:
        name: the person's name as written, None for an unnamed group.
        type: victim groups (several may apply).
        sex, age, population: as in the taxonomy.
    """

    model_config = ConfigDict(extra="ignore")

    name: str | None = None
    type: list[VictimGroup] = Field(default_factory=lambda: ["insufficient information"])
    sex: Sex = "unknown"
    age: AgeGroup = "unknown"
    population: Population = "individual"


class Extraction(BaseModel):
    """Everything the extractor found in one article.

    Character offsets in ``evidence`` refer to ``Article.full_text`` (title, blank line,
    text). Keys are field names; a victim's fields use ``victims.<i>.<field>``.
    ``confidence`` holds a probability per field, same keys.
    """

    model_config = ConfigDict(extra="ignore")

    id: str
    relevant: bool = False
    relevance_score: float = Field(default=0.0, ge=0.0, le=1.0)
    perpetrator_mention: bool = False
    perpetrator_type: PerpetratorType | None = None
    violation_types: list[ViolationType] = Field(default_factory=list)
    victims: list[Victim] = Field(default_factory=list)
    country: str | None = None
    region: str | None = None
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    place_precision: str | None = None  # "country" | "region" | "city"
    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    date_precision: str | None = None  # "year" | "month" | "day"
    evidence: dict[str, Span] = Field(default_factory=dict)
    confidence: dict[str, float] = Field(default_factory=dict)
    model: str | None = None
    # The language the extractor read the article in. ``language_read`` is false when the
    # extractor does not read that language: then nothing was extracted (``relevant`` is
    # false and ``relevance_score`` 0 for want of a reading, not as a finding) and a
    # person or a translation has to read it.
    language: str | None = None
    language_read: bool = True

    @field_validator("evidence", mode="before")
    @classmethod
    def _spans_from_lists(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {k: tuple(s) for k, s in v.items() if s is not None}
        return v

    def to_prediction(self) -> dict[str, Any]:
        """The Prediction JSONL record (DESIGN.md), JSON-ready."""
        data = self.model_dump(mode="json")
        data["evidence"] = {k: list(v) for k, v in self.evidence.items()}
        return data

    @classmethod
    def from_prediction(cls, record: dict[str, Any]) -> Extraction:
        return cls.model_validate(record)
