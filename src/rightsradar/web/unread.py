"""Reports in languages the extractor does not read, waiting for a person to read them.

Such an article's extraction has ``language_read`` false and nothing extracted, so no
incident starts from it and it never reaches the review queue: an attack reported in
Turkish would go unseen. Reviewers read each one here and take it off the list
(``dismiss``: no attack), audited. The list holds originals only: a syndicated copy is the
same text, read with its original.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Final

from sqlalchemy import false, func, select, update
from sqlalchemy.orm import Session, defer, joinedload

from ..resolve.operations import OperationError
from ..store import audit
from ..store import models as m
from .schemas import UnreadArticle, UnreadDecision, UnreadList

NO_ATTACK: Final = "no attack"
DISMISS_ACTION = "article.read_no_attack"
UNKNOWN_LANGUAGE = "unknown"


def _waiting() -> tuple[Any, ...]:
    # ``== false()``, not ``IS false``: PostgreSQL walks ix_extractions_language_read only
    # for a comparison.
    return (
        m.Extraction.language_read == false(),
        m.Article.person_read_at.is_(None),
        m.Article.duplicate_of_id.is_(None),
    )


def by_language(session: Session) -> dict[str, int]:
    """How many reports wait per language, most first (``"unknown"``: none detected)."""
    rows = session.execute(
        select(m.Extraction.language, func.count())
        .join(m.Article, m.Article.id == m.Extraction.article_id)
        .where(*_waiting())
        .group_by(m.Extraction.language)
    )
    counts: Counter[str] = Counter()
    for language, n in rows:
        counts[language or UNKNOWN_LANGUAGE] += n
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _item(article: m.Article, language: str | None) -> UnreadArticle:
    return UnreadArticle(
        id=article.id,
        title=article.title,
        source=article.source.name if article.source else None,
        url=article.url,
        published=article.published,
        ingested_at=article.ingested_at,
        language=language,
        incident_id=article.incident_id,
    )


def _page(
    session: Session, *, limit: int, offset: int, with_text: bool
) -> tuple[UnreadList, dict[int, str | None]]:
    # Newest report first: by its publication date, or when it came in where the outlet
    # gave none.
    newest = func.coalesce(m.Article.published, m.Article.ingested_at)
    q = (
        select(m.Article, m.Extraction.language)
        .join(m.Extraction, m.Extraction.article_id == m.Article.id)
        .where(*_waiting())
        .order_by(newest.desc(), m.Article.id.desc())
        .options(joinedload(m.Article.source), defer(m.Article.minhash))
        .limit(limit)
        .offset(offset)
    )
    if not with_text:
        q = q.options(defer(m.Article.text))
    rows = session.execute(q).all()
    counts = by_language(session)
    found = UnreadList(
        items=[_item(a, lang) for a, lang in rows],
        total=sum(counts.values()),
        by_language=counts,
        limit=limit,
        offset=offset,
    )
    return found, ({a.id: a.text for a, _ in rows} if with_text else {})


def listing(session: Session, *, limit: int = 50, offset: int = 0) -> UnreadList:
    """One page of the reports waiting for a person, newest first, with counts."""
    return _page(session, limit=limit, offset=offset, with_text=False)[0]


def listing_with_text(
    session: Session, *, limit: int = 20, offset: int = 0
) -> tuple[UnreadList, dict[int, str | None]]:
    """``listing`` and each listed article's text (None once purged by retention)."""
    return _page(session, limit=limit, offset=offset, with_text=True)


def dismiss(session: Session, article_id: int, *, actor: str) -> UnreadDecision:
    """A person read the article and found no attack: it leaves the list. Audited with the
    language and the decision only (never the title, the text or a name).

    Raises:
        OperationError: E404 when the article does not exist; E409 when it is not waiting
            for a person (the extractor read it, it is a syndicated copy, or someone has
            already taken it off the list).
    """
    row = session.execute(
        select(m.Article.duplicate_of_id, m.Extraction.language, m.Extraction.language_read)
        .outerjoin(m.Extraction, m.Extraction.article_id == m.Article.id)
        .where(m.Article.id == article_id)
    ).first()
    if row is None:
        raise OperationError("E404", f"article {article_id} does not exist", 404)
    copy_of, language, read = row
    if read is None or read:
        raise OperationError(
            "E409", f"the extractor read article {article_id}: it is not waiting for a person"
        )
    if copy_of is not None:
        raise OperationError(
            "E409", f"article {article_id} is a copy of article {copy_of}: read that one"
        )
    now = m.utcnow()
    # Only while no one has: of two reviewers deciding at once, one decision is recorded.
    done = session.execute(
        update(m.Article)
        .where(m.Article.id == article_id, m.Article.person_read_at.is_(None))
        .values(person_read_at=now)
        .execution_options(synchronize_session=False)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise OperationError(
            "E409", f"article {article_id} has already been read and taken off the list"
        )
    audit.record(
        session,
        actor=actor,
        action=DISMISS_ACTION,
        object_type="article",
        object_id=article_id,
        before={"language": language, "person_read_at": None},
        after={"language": language, "person_read_at": now.isoformat(), "decision": NO_ATTACK},
    )
    return UnreadDecision(article_id=article_id, language=language, decision=NO_ATTACK, read_at=now)
