"""Extraction repository: store one extractor reading per article, read it back."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain import Extraction, Victim
from . import models as m


def save(session: Session, article: m.Article, ex: Extraction) -> m.Extraction:
    """Replace the article's extraction with ``ex`` and mark the article extracted."""
    if article.extraction is not None:
        session.delete(article.extraction)
        session.flush()
    row = m.Extraction(
        article_id=article.id,
        model=ex.model or "unknown",
        relevant=ex.relevant,
        relevance_score=ex.relevance_score,
        perpetrator_mention=ex.perpetrator_mention,
        perpetrator_type=ex.perpetrator_type,
        violation_types=list(ex.violation_types),
        country=ex.country,
        region=ex.region,
        city=ex.city,
        latitude=ex.latitude,
        longitude=ex.longitude,
        place_precision=ex.place_precision,
        year=ex.year,
        month=ex.month,
        day=ex.day,
        date_precision=ex.date_precision,
        evidence={k: list(v) for k, v in ex.evidence.items()},
        confidence=dict(ex.confidence),
        language=ex.language,
        language_read=ex.language_read,
        victims=[
            m.VictimMention(
                idx=i,
                name=v.name,
                groups=list(v.type),
                sex=v.sex,
                age=v.age,
                population=v.population,
            )
            for i, v in enumerate(ex.victims)
        ],
    )
    session.add(row)
    article.extraction = row
    article.status = "extracted"
    article.error = None
    session.flush()
    return row


def to_domain(row: m.Extraction) -> Extraction:
    return Extraction(
        id=str(row.article_id),
        relevant=row.relevant,
        relevance_score=row.relevance_score,
        perpetrator_mention=row.perpetrator_mention,
        perpetrator_type=row.perpetrator_type,  # type: ignore[arg-type]
        violation_types=list(row.violation_types or []),
        victims=[
            Victim(
                name=v.name,
                type=v.groups or ["insufficient information"],
                sex=v.sex,  # type: ignore[arg-type]
                age=v.age,
                population=v.population,
            )  # type: ignore[arg-type]
            for v in row.victims
        ],
        country=row.country,
        region=row.region,
        city=row.city,
        latitude=row.latitude,
        longitude=row.longitude,
        place_precision=row.place_precision,
        year=row.year,
        month=row.month,
        day=row.day,
        date_precision=row.date_precision,
        evidence={k: tuple(v) for k, v in (row.evidence or {}).items()},
        confidence=dict(row.confidence or {}),
        model=row.model,
        language=row.language,
        language_read=row.language_read,
    )
