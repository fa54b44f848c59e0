"""Article repository: idempotent adds, sources, outlets, checkpoints, pending work."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain import Article as ArticleIn
from . import models as m


@dataclass(frozen=True)
class AddResult:
    """What happened to one incoming article."""

    article_id: int
    created: bool  # False: an exact copy (same canonical URL or same text) was already stored


def get_or_create_source(
    session: Session, name: str, kind: str = "file", url: str | None = None
) -> m.Source:
    src = session.scalars(select(m.Source).where(m.Source.name == name)).first()
    if src is None:
        src = m.Source(name=name, kind=kind, url=url)
        session.add(src)
        session.flush()
    return src


def add_article(session: Session, article: ArticleIn, *, source: m.Source | None) -> AddResult:
    """Store ``article`` once. An exact copy from another outlet is recorded as an outlet of
    the stored article instead of a second row, so "who carried it" is never lost."""
    curl = article.canonical_url
    chash = article.content_hash
    cond = [m.Article.content_hash == chash]
    if curl:
        cond.append(m.Article.canonical_url == curl)
    # At most two rows match (both keys are unique): the URL's and the text's.
    matches = session.scalars(select(m.Article).where(or_(*cond)).order_by(m.Article.id)).all()
    if matches:
        # Already recorded as an outlet of either match: nothing to do. Checking both
        # makes a re-run idempotent even when the two keys point at different articles.
        sid = source.id if source is not None else None
        for row in matches:
            if _has_outlet(row, sid, article.url):
                return AddResult(row.id, False)
        preferred = next((r for r in matches if curl and r.canonical_url == curl), matches[0])
        _add_outlet(session, preferred, source, article)
        return AddResult(preferred.id, False)
    row = m.Article(
        external_id=article.id,
        source=source,
        title=article.title,
        text=article.text,
        published=_naive_utc(article.published),
        url=article.url,
        canonical_url=curl,
        content_hash=chash,
        language=article.language,
        status="pending",
        # Created with its first outlet: one flush per new article, not two.
        outlets=[
            m.ArticleOutlet(source=source, url=article.url, published=_naive_utc(article.published))
        ],
    )
    session.add(row)
    session.flush()
    return AddResult(row.id, True)


def _has_outlet(row: m.Article, source_id: int | None, url: str | None) -> bool:
    return any(o.source_id == source_id and o.url == url for o in row.outlets)


def _add_outlet(
    session: Session, row: m.Article, source: m.Source | None, article: ArticleIn
) -> None:
    sid = source.id if source is not None else None
    if _has_outlet(row, sid, article.url):
        return
    row.outlets.append(
        m.ArticleOutlet(source_id=sid, url=article.url, published=_naive_utc(article.published))
    )
    session.flush()


def _naive_utc(dt):  # type: ignore[no-untyped-def]
    """Store times as naive UTC so SQLite and PostgreSQL compare them the same way."""
    if dt is None or dt.tzinfo is None:
        return dt
    from datetime import UTC

    return dt.astimezone(UTC).replace(tzinfo=None)


def to_domain(row: m.Article) -> ArticleIn:
    """The domain Article of a stored row (for the extractors)."""
    return ArticleIn(
        id=str(row.id),
        title=row.title or "",
        text=row.text or row.title or "(text purged)",
        published=row.published,
        url=row.url,
        source=row.source.name if row.source else None,
        language=row.language,
    )


def pending(
    session: Session, status: str = "pending", limit: int | None = None
) -> Sequence[m.Article]:
    """Articles waiting for the next stage, oldest first."""
    q = select(m.Article).where(m.Article.status == status).order_by(m.Article.id)
    if limit:
        q = q.limit(limit)
    return session.scalars(q).all()


# -- checkpoints (resumable ingest) -----------------------------------------------------
def get_checkpoint(session: Session, location: str, fingerprint: str) -> m.IngestCheckpoint:
    """The checkpoint of ``location``; reset when the content changed (other fingerprint)."""
    cp = session.scalars(
        select(m.IngestCheckpoint).where(m.IngestCheckpoint.location == location)
    ).first()
    if cp is None:
        cp = m.IngestCheckpoint(location=location, fingerprint=fingerprint, position=0, done=False)
        session.add(cp)
        session.flush()
    elif cp.fingerprint != fingerprint:
        cp.fingerprint, cp.position, cp.done = fingerprint, 0, False
        session.flush()
    return cp
