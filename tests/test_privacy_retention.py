"""Retention: old raw text goes, the incident stays; a dry run changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from typer.testing import CliRunner

from privacy_fixtures import found, populate, raw_bytes
from rightsradar.cli import get_app
from rightsradar.privacy.retention import purge_expired
from rightsradar.settings import Settings
from rightsradar.store import models as m
from rightsradar.store import open_store
from rightsradar.store.base import open_configured_store

NOW = datetime(2024, 6, 1)


def _add_recent_and_pending(store) -> None:
    with store.session() as s:
        s.add_all([
            m.Article(external_id="new", title="t", text="recent text", content_hash="c" * 64,
                      status="resolved", ingested_at=NOW - timedelta(days=2)),
            m.Article(external_id="old-pending", title="t", text="backlog text",
                      content_hash="d" * 64, status="pending", ingested_at=datetime(2024, 1, 1)),
        ])  # fmt: skip


def test_privacy_retention_purges_old_text_and_keeps_incidents(any_store):
    # Without a key ring, so the byte check below would see the text if it survived.
    any_store = open_store(any_store.url)
    ids = populate(any_store, stray=False)
    _add_recent_and_pending(any_store)
    with any_store.session() as s:
        s.get(m.Article, ids["article"]).minhash = b"\x01" * 513  # as the resolver stores it

    dry = purge_expired(any_store, 30, dry_run=True, now=NOW)
    assert (dry.purged, dry.waiting, dry.dry_run) == (2, 1, True)
    with any_store.session() as s:
        assert s.get(m.Article, ids["article"]).text is not None

    done = purge_expired(any_store, 30, now=NOW)
    assert done.purged == 2
    with any_store.session() as s:
        texts = dict(s.execute(select(m.Article.external_id, m.Article.text)).all())
        assert texts["new"] == "recent text" and texts["old-pending"] == "backlog text"
        assert sum(t is None for t in texts.values()) == 2
        assert s.get(m.Article, ids["article"]).minhash is None  # nor its text's signature
        inc = s.get(m.Incident, ids["incident"])
        assert inc.country == "Peru" and inc.violation_types == ["arbitrary detention"]
        assert s.get(m.Article, ids["article"]).extraction.country == "Peru"
        assert s.scalars(select(m.AuditRecord)).all()[-1].action == "retention.purge"
    # The text that said more than the title is gone from the file, not just hidden.
    assert b"had reported on mining" not in raw_bytes(any_store)
    assert purge_expired(any_store, 30, now=NOW).purged == 0
    assert found(raw_bytes(any_store), "Police in Cusco detained") == []


def test_privacy_retention_command_dry_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    store = open_configured_store(Settings(), upgrade=True)
    populate(store, stray=False)
    store.dispose()
    runner = CliRunner()
    unset = runner.invoke(get_app(), ["retention", "--dry-run"])
    assert unset.exit_code == 2 and "RIGHTSRADAR_RETENTION_DAYS" in unset.output
    monkeypatch.setenv("RIGHTSRADAR_RETENTION_DAYS", "30")
    dry = runner.invoke(get_app(), ["retention", "--dry-run"])
    assert dry.exit_code == 0 and "would purge the text of 2 article(s)" in dry.output
    real = runner.invoke(get_app(), ["retention"])
    assert "purged the text of 2 article(s)" in real.output
    again = runner.invoke(get_app(), ["retention", "--dry-run"])
    assert "would purge the text of 0 article(s)" in again.output
