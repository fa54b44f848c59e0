"""`audit verify`: edits anywhere and deletion of the newest records are both detected."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update
from typer.testing import CliRunner

from rightsradar.cli import get_app
from rightsradar.privacy.audit_anchor import Anchor, check, read_anchor
from rightsradar.settings import Settings
from rightsradar.store import audit, open_store
from rightsradar.store import models as m
from rightsradar.store.base import open_configured_store


def _write(store, n: int) -> None:
    for i in range(n):
        with store.session() as s:
            audit.record_read(s, "analyst-1", "person", i + 1, what="case_history")


def test_privacy_audit_anchor_follows_every_commit_and_catches_truncation(any_store, tmp_path):
    anchor = tmp_path / "audit-head.json"
    store = open_store(any_store.url, audit_anchor=anchor)
    _write(store, 5)
    with store.session() as s:
        head = audit.head(s)
        assert read_anchor(anchor) == Anchor(head.id, head.hash)
        assert head.action == "read" and head.after == {"view": "case_history"}
        assert check(s, [read_anchor(anchor)]).ok
    with store.session() as s:  # someone deletes the two newest records
        s.execute(delete(m.AuditRecord).where(m.AuditRecord.id > head.id - 2))
    with store.session() as s:
        assert audit.verify_chain(s) == []  # the shorter chain is still valid...
        result = check(s, [read_anchor(anchor)])
        assert not result.ok and "gone" in result.problems[0]  # ...but the anchor sees it
    store.dispose()


def test_privacy_audit_rewritten_tail_differs_from_the_anchor(sqlite_store, tmp_path):
    anchor = tmp_path / "a.json"
    store = open_store(sqlite_store.url, audit_anchor=anchor)
    _write(store, 3)
    kept = read_anchor(anchor)
    with store.session() as s:
        s.execute(delete(m.AuditRecord).where(m.AuditRecord.id == kept.id))
    plain = open_store(sqlite_store.url)  # no anchor: the forger's own connection
    _write(plain, 1)  # same id, different content
    with store.session() as s:
        result = check(s, [kept])
    assert not result.ok and "differs" in result.problems[0]
    assert read_anchor(anchor) == kept  # the forger's write did not move the anchor
    plain.dispose()
    store.dispose()


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    return Settings()


def _cli(*args: str):
    return CliRunner().invoke(get_app(), list(args))


def test_privacy_audit_verify_command(cli_env):
    store = open_configured_store(cli_env, upgrade=True)
    _write(store, 3)
    ok = _cli("audit", "verify")
    assert ok.exit_code == 0, ok.output
    with store.session() as s:
        head = audit.head(s)
    assert f"{head.id}:{head.hash}" in ok.stdout and "intact" in ok.output

    with store.session() as s:  # an edit in the middle
        s.execute(update(m.AuditRecord).where(m.AuditRecord.id == 2).values(actor="nobody"))
    edited = _cli("audit", "verify")
    assert edited.exit_code == 1 and "E604" in edited.output
    store.dispose()


def test_privacy_audit_verify_with_an_offline_anchor(cli_env):
    store = open_configured_store(cli_env, upgrade=True)
    _write(store, 2)
    offline = _cli("audit", "verify").stdout.strip().splitlines()[-1]
    with store.session() as s:
        s.execute(delete(m.AuditRecord))
    (cli_env.data_dir / "audit-head.json").unlink()  # the attacker removes the file too
    result = _cli("audit", "verify", "--expect", offline)
    assert result.exit_code == 1 and "gone" in result.output
    assert _cli("audit", "verify", "--expect", "not-an-anchor").exit_code == 2
    store.dispose()
