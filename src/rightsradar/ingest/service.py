"""The ingest use case: read locations, store each article once, report what happened.

Work is committed in batches together with the checkpoint of the file being read, so an
interrupted run loses at most one uncommitted batch and the next run continues after the
last committed record. Storing is idempotent (``store.articles.add_article``), which makes
re-reading a changed file, or a feed, safe.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain import Article
from ..errors import InputError
from ..progress import NullReporter, Reporter
from ..settings import Settings
from ..store import Store
from ..store import articles as repo
from ..store import models as m
from .language import detect_language, normalise_language
from .readers import Location, Record, is_url, normalise_format, open_location

log = logging.getLogger(__name__)

BATCH_SIZE = 200
_MAX_URL = 2048  # length of articles.canonical_url
_MAX_SOURCE = 255  # length of sources.name


@dataclass
class IngestReport:
    """What an ingest run did.

    Attributes:
        new: articles stored for the first time.
        duplicates: articles already stored (same canonical URL or same normalised text).
        errors: every malformed record, warning and unreadable location, in reading order.
        per_location: counts per location: read, new, duplicates, errors, warnings, and
            ``skipped`` (1 when a completed unchanged file was not read again) or
            ``failed`` (1 when the location could not be read at all).
        failed: locations that could not be read at all.
        skipped: completed, unchanged files that were not read again.
    """

    new: int = 0
    duplicates: int = 0
    errors: list[InputError] = field(default_factory=list)
    per_location: dict[str, dict[str, int]] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class _Options:
    format: str | None
    source: str | None
    allow_private: bool
    fetch_pages: bool
    batch_size: int


def ingest(
    store: Store,
    settings: Settings,
    locations: list[str],
    *,
    format: str | None = None,
    source: str | None = None,
    allow_private: bool = False,
    fetch_pages: bool = False,
    reporter: Reporter | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestReport:
    """Ingest every location (file path or http(s) URL) into ``store``.

    Args:
        store: where articles go.
        settings: fetch limits for URLs.
        locations: files and URLs, read in order.
        format: force one format for all locations (see ``readers.FORMATS``).
        source: outlet name for records that do not name their own.
        allow_private: allow URLs on private, loopback or link-local hosts.
        fetch_pages: for feeds, fetch each entry's page and store its main text.
        reporter: progress reporting; nothing by default.
        batch_size: records per transaction (and per checkpoint).

    Returns:
        The report. A location that cannot be read is in ``failed`` and ``errors``; it
        does not stop the others.

    Raises:
        InputError: E104 for an unknown ``format``.
    """
    reporter = reporter or NullReporter()
    format = normalise_format(format)  # a bad --format is the caller's error, not a location's
    opts = _Options(format, source, allow_private, fetch_pages, max(1, batch_size))
    report = IngestReport()
    for location in locations:
        counts = dict.fromkeys(("read", "new", "duplicates", "errors", "warnings"), 0)
        report.per_location[location] = counts
        try:
            _ingest_location(store, settings, location, opts, report, counts, reporter)
        except InputError as exc:
            report.errors.append(exc)
            report.failed.append(location)
            counts["failed"] = 1
        finally:
            reporter.finish()
    return report


def file_fingerprint(path: Path) -> tuple[str, int]:
    """SHA-256 of a file's bytes and its number of lines (for the progress total)."""
    digest, lines = hashlib.sha256(), 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                lines += chunk.count(b"\n")
    except OSError as exc:
        raise InputError(
            "E103",
            f"cannot read file: {exc.strerror or exc}",
            file=str(path),
            hint="check the path and its permissions",
        ) from None
    return digest.hexdigest(), lines


def _ingest_location(
    store: Store,
    settings: Settings,
    location: str,
    opts: _Options,
    report: IngestReport,
    counts: dict[str, int],
    reporter: Reporter,
) -> None:
    key = fingerprint = None
    start, total = 0, None
    if not is_url(location):
        key = str(Path(location).resolve())
        fingerprint, total = file_fingerprint(Path(location))
        with store.session() as s:
            cp = repo.get_checkpoint(s, key, fingerprint)
            if cp.done:
                report.skipped.append(location)
                counts["skipped"] = 1
                return
            start = cp.position
    loc, records = open_location(
        location,
        format=opts.format,
        allow_private=opts.allow_private,
        settings=settings,
        fetch_pages=opts.fetch_pages,
    )
    if loc.format not in ("jsonl", "csv"):
        total = None  # the line count only measures line-based formats
    reporter.start(_label(location), total)
    if start:
        log.info("resuming %s after record %d", location, start)
    batch: list[Record] = []
    done_upto = start
    for rec in _after(records, start, reporter):
        counts["read"] += 1
        if rec.error is not None:
            report.errors.append(rec.error)
            counts["warnings" if rec.article else "errors"] += 1
        if rec.article is not None:
            batch.append(rec)
        done_upto = rec.position
        if len(batch) >= opts.batch_size:
            _commit(store, batch, loc, opts, report, counts, key, fingerprint, done_upto)
            batch = []
    _commit(store, batch, loc, opts, report, counts, key, fingerprint, done_upto, done=True)


def _after(records: Iterable[Record], start: int, reporter: Reporter) -> Iterable[Record]:
    """Records past the checkpoint, advancing the progress bar by lines (or items) read."""
    seen = 0
    for rec in records:
        reporter.advance(max(1, rec.position - seen))
        seen = rec.position
        if rec.position > start:
            yield rec


def _commit(
    store: Store,
    batch: list[Record],
    loc: Location,
    opts: _Options,
    report: IngestReport,
    counts: dict[str, int],
    key: str | None,
    fingerprint: str | None,
    upto: int,
    *,
    done: bool = False,
) -> None:
    """Store one batch and move the checkpoint in the same transaction."""
    with store.session() as s:
        sources: dict[str, m.Source] = {}
        for rec in batch:
            assert rec.article is not None
            article = _prepare(rec, loc)
            if isinstance(article, InputError):
                report.errors.append(article)
                counts["errors"] += 1
                continue
            name = (article.source or opts.source or loc.source_name or "unknown")[:_MAX_SOURCE]
            if name not in sources:
                sources[name] = _source(s, name, loc)
            result = repo.add_article(s, article, source=sources[name])
            key_count = "new" if result.created else "duplicates"
            counts[key_count] += 1
            setattr(report, key_count, getattr(report, key_count) + 1)
        if key is not None and fingerprint is not None:
            cp = repo.get_checkpoint(s, key, fingerprint)
            cp.position, cp.done = upto, done


def _source(s: Session, name: str, loc: Location) -> m.Source:
    url = loc.location if loc.is_url else None
    return repo.get_or_create_source(s, name, kind=loc.kind, url=url)


def _prepare(rec: Record, loc: Location) -> Article | InputError:
    """The article as stored: a language code, and limits the database enforces."""
    article = rec.article
    assert article is not None
    if article.url and len(article.url) > _MAX_URL:
        return InputError(
            "E102",
            f"URL longer than {_MAX_URL} characters",
            file=loc.location,
            line=rec.position,
            field="url",
        )
    language = normalise_language(article.language) or detect_language(article.full_text)
    if language != article.language:
        article = article.model_copy(update={"language": language})
    return article


def _label(location: str) -> str:
    name = location if is_url(location) else Path(location).name
    return name if len(name) <= 22 else name[:21] + "…"
