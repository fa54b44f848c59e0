"""SQLAlchemy 2 models: the one schema every backend shares.

Personal data lives only in ``VictimMention.name``, ``Person.name``/``aliases``/``notes``,
watch-listed names (``AlertRule.pattern``) and article text and titles (and the incident
title copied from one); those columns are encrypted at rest (``store.encrypted``) and
erased by ``privacy.erasure``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .encrypted import EncryptedBytes, EncryptedJSON, EncryptedText

# Stable constraint names so Alembic migrations behave the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """An outlet, feed or file that articles come from."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="file")  # file|feed|page|api|hrdsattack
    url: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Article(Base):
    """One stored report. Exact copies are stored once (unique content hash / canonical URL);
    near-duplicate syndicated copies are kept but point at their original."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(512))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    # Article text names people: encrypted at rest like the names themselves.
    title: Mapped[str] = mapped_column(EncryptedText("articles.title"), default="")
    text: Mapped[str | None] = mapped_column(EncryptedText("articles.text"))  # None: purged
    published: Mapped[datetime | None] = mapped_column(DateTime)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[str | None] = mapped_column(String(8))
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # pending -> extracted -> resolved; "failed" keeps the error for a retry.
    status: Mapped[str] = mapped_column(String(16), default="pending")
    error: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    # When the article was last resolved, from ``ResolveCounter``: a long-lived resolver
    # takes in what other processes resolved since by this order, not by id.
    resolved_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    # The text's MinHash signature (``resolve.dedup.pack``), stored when resolved so that
    # loading a resolver reads signatures instead of recomputing them. None: purged/older.
    minhash: Mapped[bytes | None] = mapped_column(EncryptedBytes("articles.minhash"))
    # When a person read the article because the extractor does not read its language
    # (``Extraction.language_read`` false) and took it off the web app's list of such
    # reports; who, and what they found, is in the audit log. Its own column, not a
    # ``status``: the status is the pipeline's (a re-extract sets it back to pending, and
    # the resolver reads resolved articles for deduplication), and a person having read the
    # text is a fact about the article that outlives any extractor run.
    person_read_at: Mapped[datetime | None] = mapped_column(DateTime)

    source: Mapped[Source | None] = relationship()
    outlets: Mapped[list[ArticleOutlet]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    extraction: Mapped[Extraction | None] = relationship(
        back_populates="article", uselist=False, cascade="all, delete-orphan"
    )
    incident: Mapped[Incident | None] = relationship(back_populates="articles")


class ResolveCounter(Base):
    """The last resolved sequence number handed out (one row). A resolving transaction
    takes its numbers last, just before it commits; the row stays locked until then, so
    numbers become visible in order and a reader never finds a lower one appear later."""

    __tablename__ = "resolve_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ArticleOutlet(Base):
    """Every outlet that carried an article (the original and each syndicated copy)."""

    __tablename__ = "article_outlets"
    __table_args__ = (UniqueConstraint("article_id", "source_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None] = mapped_column(DateTime)

    article: Mapped[Article] = relationship(back_populates="outlets")
    source: Mapped[Source | None] = relationship()


class IngestCheckpoint(Base):
    """How far an ingest of one file or URL got, so an interrupted run resumes."""

    __tablename__ = "ingest_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    location: Mapped[str] = mapped_column(String(2048), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(128))
    position: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Extraction(Base):
    """The extractor's reading of one article (latest model run)."""

    __tablename__ = "extractions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), unique=True
    )
    model: Mapped[str] = mapped_column(String(128))
    relevant: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    relevance_score: Mapped[float] = mapped_column(Float, default=0.0)
    perpetrator_mention: Mapped[bool] = mapped_column(Boolean, default=False)
    perpetrator_type: Mapped[str | None] = mapped_column(String(64))
    violation_types: Mapped[list[Any]] = mapped_column(JSON, default=list)
    country: Mapped[str | None] = mapped_column(String(128))
    region: Mapped[str | None] = mapped_column(String(255))
    city: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    place_precision: Mapped[str | None] = mapped_column(String(16))
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    day: Mapped[int | None] = mapped_column(Integer)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    confidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The language the extractor read the article in; language_read false: one it does
    # not read, so nothing was extracted and a person has to read the article.
    language: Mapped[str | None] = mapped_column(String(16))
    # Indexed: the few unread among many read ones are looked up on every dashboard load.
    language_read: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=true(), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    article: Mapped[Article] = relationship(back_populates="extraction")
    victims: Mapped[list[VictimMention]] = relationship(
        back_populates="extraction", cascade="all, delete-orphan", order_by="VictimMention.idx"
    )


class VictimMention(Base):
    """One victim as one article names or describes them."""

    __tablename__ = "victim_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    extraction_id: Mapped[int] = mapped_column(ForeignKey("extractions.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(EncryptedText("victim_mentions.name"))
    groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    age: Mapped[str] = mapped_column(String(16), default="unknown")
    population: Mapped[str] = mapped_column(String(16), default="individual")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    # Organisations the article names (evidence for person linkage and organisation
    # case histories); filled when the mention is linked.
    organisations: Mapped[list[Any] | None] = mapped_column(JSON)

    extraction: Mapped[Extraction] = relationship(back_populates="victims")
    person: Mapped[Person | None] = relationship(back_populates="mentions")


class Incident(Base):
    """One attack, as reported by one or more articles."""

    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_country_date", "country", "event_date"),
        Index("ix_incidents_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="detected")
    title: Mapped[str] = mapped_column(EncryptedText("incidents.title"), default="")
    violation_types: Mapped[list[Any]] = mapped_column(JSON, default=list)
    most_serious: Mapped[str | None] = mapped_column(String(32), index=True)
    perpetrator_type: Mapped[str | None] = mapped_column(String(64))
    victim_groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    n_victims: Mapped[int] = mapped_column(Integer, default=0)
    country: Mapped[str | None] = mapped_column(String(128))
    region: Mapped[str | None] = mapped_column(String(255))
    city: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    event_date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    # {field: [{"value", "article_id", "source", "confidence"}, ...]}: what each source said.
    claims: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="incident")


class Person(Base):
    """A person (or organisation) at risk, linked across incidents: the case history."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(EncryptedText("persons.name"))
    aliases: Mapped[list[Any]] = mapped_column(EncryptedJSON("persons.aliases"), default=list)
    kind: Mapped[str] = mapped_column(String(16), default="person")  # person|organisation
    groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    notes: Mapped[str | None] = mapped_column(EncryptedText("persons.notes"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    mentions: Mapped[list[VictimMention]] = relationship(back_populates="person")


class AlertRule(Base):
    """When to alert whom. ``kind`` is watchlist|country|violation|victim_group|surge|risk;
    ``pattern`` is the watched name, country, violation type, group, surge scope or risk
    threshold; ``channel`` is webhook|email|log. ``digest`` is None (each alert at once) or
    "daily" (the day's alerts of the rule go out together as one message)."""

    __tablename__ = "alert_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    # May be personal data (a watch-listed name).
    pattern: Mapped[str] = mapped_column(EncryptedText("alert_rules.pattern"))
    channel: Mapped[str] = mapped_column(String(32), default="log")
    target: Mapped[str | None] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    digest: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AlertDigest(Base):
    """One digest message of a rule for one period (e.g. the day "2026-11-23"); delivered
    at most once, like an alert, with its own attempts."""

    __tablename__ = "alert_digests"
    __table_args__ = (UniqueConstraint("rule_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    rule: Mapped[AlertRule] = relationship()


class Alert(Base):
    """One alert: a rule that matched an incident. At most one per (rule, incident)."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("rule_id", "incident_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id", ondelete="CASCADE"))
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Set when the alert went out inside a digest rather than on its own.
    digest_id: Mapped[int | None] = mapped_column(
        ForeignKey("alert_digests.id", ondelete="SET NULL"), index=True
    )

    rule: Mapped[AlertRule] = relationship()
    incident: Mapped[Incident] = relationship()


class PrivacyRelease(Base):
    """One differentially private release of public figures and what it cost, so that every
    host and worker sharing the database draws on one privacy budget. Only the released
    (noisy) figures are kept: nothing here is more than what was published."""

    __tablename__ = "privacy_releases"
    __table_args__ = (UniqueConstraint("scope", "query_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(64), index=True)
    query_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 hex of ``query``
    query: Mapped[str] = mapped_column(Text)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    epsilon: Mapped[float] = mapped_column(Float)
    delta: Mapped[float] = mapped_column(Float, default=0.0)
    mechanism: Mapped[str] = mapped_column(String(32))
    scale: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    """An analyst account. Passwords are stored as argon2 hashes only."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(128), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(
        String(16), default="analyst"
    )  # admin|analyst|reviewer|viewer
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditRecord(Base):
    """An append-only record of every human change (and, later, every read of personal data).

    ``prev_hash``/``hash`` chain the records so that an edit or deletion is detectable.
    ``before``/``after`` never hold names: only ids and non-personal fields.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ApiToken(Base):
    """A bearer token a script uses instead of a session. Only its SHA-256 is stored: the
    token is shown once when created. Revoked tokens stay, for the audit trail."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # shown in lists to tell tokens apart
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship()


# Newest-first incident lists (the API's and dashboard's order) walk this index instead of
# sorting the whole table: a first page of a million incidents reads 50 rows, not all.
Index("ix_incidents_event_date_id", Incident.event_date, Incident.id)
