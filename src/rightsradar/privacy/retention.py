"""Retention: raw article text is purged ``retention_days`` after ingest (data minimisation).

What the pipeline learnt from an article (its extraction, the incident, the victims'
structured fields) stays; the text itself, which names people and sources, goes. An
article not yet processed (``pending`` or ``failed``) keeps its text until it has been
read once, so nothing is lost to a backlog; the report says how many wait. The database
is compacted after a purge so the text does not survive in free pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from ..store import audit
from ..store import models as m
from ..store.models import utcnow

if TYPE_CHECKING:
    from ..store import Store

UNPROCESSED = ("pending", "failed")


@dataclass(frozen=True)
class RetentionReport:
    """What a purge removed (or, on a dry run, would remove)."""

    cutoff: datetime
    purged: int
    waiting: int  # past the cutoff but not processed yet: kept
    oldest: datetime | None  # ingest time of the oldest article purged
    dry_run: bool


def purge_expired(
    store: Store,
    retention_days: int,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    actor: str = "retention",
) -> RetentionReport:
    """Purge the text of articles ingested more than ``retention_days`` ago."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    expired = (m.Article.ingested_at < cutoff, m.Article.text.is_not(None))
    with store.session() as s:
        purged, oldest = s.execute(
            select(func.count(), func.min(m.Article.ingested_at))
            .where(*expired, m.Article.status.not_in(UNPROCESSED))
        ).one()  # fmt: skip
        waiting = s.scalar(select(func.count()).select_from(m.Article)
                           .where(*expired, m.Article.status.in_(UNPROCESSED))) or 0  # fmt: skip
        report = RetentionReport(cutoff=cutoff, purged=purged or 0, waiting=waiting,
                                 oldest=oldest, dry_run=dry_run)  # fmt: skip
        if dry_run or not purged:
            return report
        s.execute(update(m.Article).where(*expired, m.Article.status.not_in(UNPROCESSED))
                  .values(text=None, minhash=None)
                  .execution_options(synchronize_session=False))  # fmt: skip
        audit.record(s, actor=actor, action="retention.purge", object_type="article",
                     object_id=None, after={"purged": report.purged,
                                            "cutoff": cutoff.isoformat()})  # fmt: skip
    store.compact(["articles"])
    return report
