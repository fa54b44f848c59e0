"""What the store holds, in counts: articles, incidents, alerts. No personal data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..store import Store
from ..store import alerts as alert_store
from ..store import incidents as incident_store
from ..store import models as m


def summary(store: Store) -> dict[str, Any]:
    """Counts for the CLI and the dashboard.

    Returns:
        ``{"articles": {"total", "relevant", "duplicates", "by_status", "not_read"},
        "incidents": {"total", "by_status", "by_most_serious", "by_country"},
        "alerts": {"sent", "failed", "pending"}}``.
    """
    with store.session() as s:

        def count(q: Any) -> int:
            return int(s.scalar(q) or 0)

        articles = {
            "total": count(select(func.count()).select_from(m.Article)),
            "relevant": count(
                select(func.count())
                .select_from(m.Extraction)
                .where(m.Extraction.relevant.is_(True))
            ),
            "duplicates": count(
                select(func.count())
                .select_from(m.Article)
                .where(m.Article.duplicate_of_id.is_not(None))
            ),
            "by_status": {
                k: n
                for k, n in s.execute(
                    select(m.Article.status, func.count()).group_by(m.Article.status)
                )
            },
            # Extracted in no language the extractor reads: for a person to read, by language.
            "not_read": {
                k or "unknown": n
                for k, n in s.execute(
                    select(m.Extraction.language, func.count())
                    .where(m.Extraction.language_read.is_(False))
                    .group_by(m.Extraction.language)
                )
            },
        }
        by_status = incident_store.count_by(s, "status")
        incidents = {
            "total": sum(by_status.values()),
            "by_status": by_status,
            "by_most_serious": incident_store.count_by(s, "most_serious"),
            "by_country": incident_store.count_by(s, "country"),
        }
        alerts = {"sent": 0, "failed": 0, "pending": 0, **alert_store.count_by_status(s)}
    return {"articles": articles, "incidents": incidents, "alerts": alerts}
