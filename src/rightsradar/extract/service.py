"""Extract every pending stored article, one transaction per batch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import registry
from ..progress import NullReporter, Reporter
from ..settings import Settings
from ..store import Store
from ..store import articles as article_repo
from ..store import extractions as extraction_repo


@dataclass
class ExtractReport:
    """What one run did."""

    n_articles: int = 0
    n_relevant: int = 0
    n_failed: int = 0
    # In a language the extractor does not read: nothing extracted, a person must read them.
    n_unread: int = 0


def _error_text(exc: Exception) -> str:
    # The exception type only: a message can quote the article, i.e. personal data.
    return f"extraction failed: {type(exc).__name__}"


def extract_pending(
    store: Store,
    settings: Settings,
    *,
    reporter: Reporter | None = None,
    batch_size: int = 64,
    extractor: Any = None,
) -> ExtractReport:
    """Extract all articles with status ``pending`` and store the results.

    An article whose extraction raises is marked ``failed`` (with the error type, no
    personal data) and the run goes on. Each batch is committed on its own, so an
    interrupted run resumes where it stopped.

    Args:
        store: where the articles are.
        settings: ``settings.extractor`` names the extraction component in the registry,
            ``settings.model_dir`` its model.
        reporter: progress reporting (nothing by default).
        batch_size: articles per transaction.
        extractor: an already created extractor (a long-running watcher keeps one loaded);
            by default the one ``settings.extractor`` names.
    """
    reporter = reporter or NullReporter()
    extractor = extractor if extractor is not None else registry.create_extractor(settings)
    report = ExtractReport()
    with store.session() as s:
        total = len(article_repo.pending(s))
    reporter.start("extract", total)
    failed_ids: set[int] = set()
    while True:
        with store.session() as s:
            rows = [
                r
                for r in article_repo.pending(s, limit=batch_size + len(failed_ids))
                if r.id not in failed_ids
            ]
            rows = rows[:batch_size]
            if not rows:
                break
            for row in rows:
                try:
                    ex = extractor.predict([article_repo.to_domain(row)])[0]
                    extraction_repo.save(s, row, ex)
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                    row.status, row.error = "failed", _error_text(exc)
                    failed_ids.add(row.id)
                    report.n_failed += 1
                else:
                    report.n_relevant += int(ex.relevant)
                    report.n_unread += int(not ex.language_read)
                report.n_articles += 1
            reporter.advance(len(rows))
    reporter.finish()
    return report
