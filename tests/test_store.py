"""The store: migrations, idempotent article adds, outlets, audit chain — on both backends."""

from __future__ import annotations

from sqlalchemy import func, select, update

from rightsradar.domain import Article, Extraction, Victim
from rightsradar.store import articles, audit, extractions
from rightsradar.store import models as m


def test_store_migrations_create_every_table(any_store):
    tables = set(any_store.table_names())
    for name in (
        "sources",
        "articles",
        "extractions",
        "victim_mentions",
        "incidents",
        "persons",
        "alert_rules",
        "alerts",
        "users",
        "audit_log",
        "alembic_version",
    ):
        assert name in tables
    assert any_store.current_revision() == any_store.head_revision()


def test_store_migrations_match_models(any_store):
    """A model change without a migration is caught here (alembic autogenerate finds nothing)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with any_store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), m.Base.metadata)
    assert diff == []


def test_store_same_article_twice_is_stored_once(any_store):
    a = Article(
        id="1", text="Activist  detained in Lagos.", url="https://www.ex.org/a?utm_source=x"
    )
    b = Article(id="2", text="activist detained in   lagos.", url="https://other.org/copy")
    with any_store.session() as s:
        src1 = articles.get_or_create_source(s, "ex")
        src2 = articles.get_or_create_source(s, "other")
        r1 = articles.add_article(s, a, source=src1)
        r2 = articles.add_article(s, a, source=src1)
        r3 = articles.add_article(s, b, source=src2)  # same text, other outlet
    assert r1.created and not r2.created and not r3.created
    assert r1.article_id == r2.article_id == r3.article_id
    with any_store.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Article)) == 1
        row = s.get(m.Article, r1.article_id)
        assert {o.source.name for o in row.outlets} == {"ex", "other"}


def test_store_extraction_roundtrip_keeps_every_field(any_store):
    ex = Extraction(
        id="x",
        relevant=True,
        relevance_score=0.9,
        perpetrator_mention=True,
        perpetrator_type="state actor",
        violation_types=["arbitrary detention"],
        victims=[Victim(name="A. Person", type=["journalist"], sex="woman", age="adult")],
        country="Nigeria",
        city="Lagos",
        latitude=6.45,
        longitude=3.39,
        year=2024,
        month=3,
        day=5,
        evidence={"country": (10, 17)},
        confidence={"country": 0.8},
        model="t.v1",
    )
    with any_store.session() as s:
        res = articles.add_article(s, Article(id="1", text="t"), source=None)
        extractions.save(s, s.get(m.Article, res.article_id), ex)
    with any_store.session() as s:
        row = s.get(m.Article, res.article_id)
        back = extractions.to_domain(row.extraction)
        assert row.status == "extracted"
    assert back.model_dump(exclude={"id"}) == ex.model_dump(exclude={"id"})


def test_store_audit_chain_detects_an_edited_record(any_store):
    with any_store.session() as s:
        for i in range(3):
            audit.record(
                s,
                actor="analyst",
                action="verify",
                object_type="incident",
                object_id=i,
                before={"status": "detected"},
                after={"status": "verified"},
            )
    with any_store.session() as s:
        assert audit.verify_chain(s) == []
        s.execute(update(m.AuditRecord).where(m.AuditRecord.id == 2).values(action="reject"))
    with any_store.session() as s:
        assert audit.verify_chain(s) == [2]
