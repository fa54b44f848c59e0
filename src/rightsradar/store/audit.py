"""Append-only, hash-chained audit records of human changes.

Each record's hash covers its content and the previous record's hash, so editing or
deleting any record breaks the chain from there on (``verify_chain``).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditRecord, utcnow


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
    last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(1)).first()
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


def verify_chain(session: Session) -> list[int]:
    """Ids of records whose hash or link does not match; empty when the log is intact."""
    bad: list[int] = []
    prev: str | None = None
    for rec in session.scalars(select(AuditRecord).order_by(AuditRecord.id)):
        if rec.prev_hash != prev or rec.hash != _digest(prev, _payload(rec)):
            bad.append(rec.id)
        prev = rec.hash
    return bad
