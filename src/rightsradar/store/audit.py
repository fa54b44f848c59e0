"""Append-only, hash-chained audit records of human changes and of reads of personal data.

Each record's hash covers its content and the previous record's hash, so editing or
deleting any record breaks the chain from there on (``verify_chain``). Deleting the
newest records leaves a shorter chain that is still valid; the head anchor kept outside
the database (``privacy.audit_anchor``) catches that.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import AuditRecord, utcnow

_CHAIN_LOCK = 0x72724155  # "rrAU": the advisory lock id that serialises appends


def _digest(prev: str | None, payload: dict[str, Any]) -> str:
    blob = json.dumps(payload, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(((prev or "") + blob).encode("utf-8")).hexdigest()


def _payload(rec: AuditRecord) -> dict[str, Any]:
    return {
        "at": rec.at.isoformat(),
        "actor": rec.actor,
        "action": rec.action,
        "object_type": rec.object_type,
        "object_id": rec.object_id,
        "before": rec.before,
        "after": rec.after,
    }


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditRecord:
    """Append one audit record. ``before``/``after`` must not contain names."""
    if session.get_bind().dialect.name == "postgresql":
        # Two transactions reading the same head would fork the chain: one appender at a
        # time (released at commit or rollback).
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK})
    last = head(session)
    prev = last.hash if last else None
    rec = AuditRecord(
        at=utcnow(),
        actor=actor,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        before=before,
        after=after,
        prev_hash=prev,
        hash="",
    )
    rec.hash = _digest(prev, _payload(rec))
    session.add(rec)
    session.flush()
    return rec


def record_read(
    session: Session,
    actor: str,
    object_type: str,
    object_id: str | int | None,
    *,
    what: str | None = None,
) -> AuditRecord:
    """Audit that ``actor`` was shown the personal data of one object.

    Call it in the same session as the read, before the response is sent, for every
    route that returns names, aliases, notes or article text (``object_type``: person,
    incident, article, organisation). ``what`` says which view (e.g. ``"case_history"``);
    never pass a name or a search term.
    """
    return record(session, actor=actor, action="read", object_type=object_type,
                  object_id=object_id, after={"view": what} if what else None)  # fmt: skip


def head(session: Session) -> AuditRecord | None:
    """The newest audit record (the chain's head)."""
    return session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(1)).first()


def verify_chain(session: Session) -> list[int]:
    """Ids of records whose hash or link does not match; empty when the log is intact."""
    bad: list[int] = []
    prev: str | None = None
    for rec in session.scalars(select(AuditRecord).order_by(AuditRecord.id)):
        if rec.prev_hash != prev or rec.hash != _digest(prev, _payload(rec)):
            bad.append(rec.id)
        prev = rec.hash
    return bad
