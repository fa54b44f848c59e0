"""Analyst operations on incidents: verify/reject, merge, split, and undo of each.

Every operation records, in the hash-chained audit log, who did what and when, with the
state of every row it touched before and after: the incidents' fields (their status,
merged fields and claims), which incident each article belongs to, which person each
victim mention points at, and the incidents' alerts. Undo puts the ``before`` state back
exactly, and is itself audited (so an undo can be undone). It is refused when something
changed those rows since (the current state is not the record's ``after``), because
restoring would then silently throw that later change away.

The state holds ids and non-personal fields only (the audit log must never hold a name):
an incident's title, which may quote a name, is left out and recomputed from its articles.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.taxonomy import INCIDENT_STATUSES
from ..store import audit
from ..store import incidents as incident_store
from ..store import models as m
from .service import refresh_incident

STATUS_ACTION = "incident_status"
_SKIP = frozenset({"title", "updated_at"})
_INCIDENT_COLUMNS = [c for c in m.Incident.__table__.columns if c.name not in _SKIP]
_ALERT_COLUMNS = list(m.Alert.__table__.columns)


class OperationError(Exception):
    """An operation that cannot be done; ``status`` is the HTTP status that fits."""

    def __init__(self, code: str, message: str, status: int = 409) -> None:
        super().__init__(f"{code} {message}")
        self.code, self.message, self.status = code, message, status


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _from_json(column: Any, value: Any) -> Any:
    if value is None:
        return None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = None
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


def capture(s: Session, incident_ids: list[int]) -> dict[str, Any]:
    """The state of ``incident_ids`` and of their articles, mentions and alerts."""
    s.flush()
    incidents: dict[str, Any] = {}
    for iid in incident_ids:
        inc = s.get(m.Incident, iid)
        incidents[str(iid)] = (
            None
            if inc is None
            else {c.name: _jsonable(getattr(inc, c.key)) for c in _INCIDENT_COLUMNS}
        )
    rows = s.execute(
        select(m.Article.id, m.Article.incident_id)
        .where(m.Article.incident_id.in_(incident_ids))
        .order_by(m.Article.id)
    ).all()
    article_ids = [a for a, _ in rows]
    mentions = s.execute(
        select(m.VictimMention.id, m.VictimMention.person_id)
        .join(m.Extraction, m.VictimMention.extraction_id == m.Extraction.id)
        .where(m.Extraction.article_id.in_(article_ids))
        .order_by(m.VictimMention.id)
    ).all()
    alerts = s.scalars(
        select(m.Alert).where(m.Alert.incident_id.in_(incident_ids)).order_by(m.Alert.id)
    ).all()
    return {
        "incidents": incidents,
        "articles": {str(a): i for a, i in rows},
        "mentions": {str(v): p for v, p in mentions},
        "alerts": {
            str(a.id): {c.name: _jsonable(getattr(a, c.key)) for c in _ALERT_COLUMNS}
            for a in alerts
        },
    }


def _restore(s: Session, state: dict[str, Any], current: dict[str, Any]) -> None:
    """Make the rows of ``current`` look exactly as in ``state``."""
    for iid, fields in state["incidents"].items():
        if fields is not None and s.get(m.Incident, int(iid)) is None:
            s.add(m.Incident(id=int(iid), status=fields["status"]))
    s.flush()
    for aid, iid in state["articles"].items():
        s.get(m.Article, int(aid)).incident_id = iid
    for aid in set(current["articles"]) - set(state["articles"]):
        s.get(m.Article, int(aid)).incident_id = None
    for mid, pid in state["mentions"].items():
        s.get(m.VictimMention, int(mid)).person_id = pid
    s.flush()
    for aid in set(current["alerts"]) - set(state["alerts"]):
        s.delete(s.get(m.Alert, int(aid)))
    s.flush()
    for aid, fields in state["alerts"].items():
        alert = s.get(m.Alert, int(aid)) or m.Alert(id=int(aid))
        for c in _ALERT_COLUMNS:
            setattr(alert, c.key, _from_json(c, fields[c.name]))
        s.add(alert)
    s.flush()
    for iid, fields in state["incidents"].items():
        inc = s.get(m.Incident, int(iid))
        if fields is None:
            if inc is not None:
                s.delete(inc)
            continue
        refresh_incident(s, inc.id)  # the title, which the state leaves out
        for c in _INCIDENT_COLUMNS:
            setattr(inc, c.key, _from_json(c, fields[c.name]))
    s.flush()


def _audited(
    s: Session,
    actor: str,
    action: str,
    object_id: int,
    before: dict[str, Any],
    ids: list[int],
    **details: Any,
) -> m.AuditRecord:
    after = capture(s, ids)
    return audit.record(
        s,
        actor=actor,
        action=action,
        object_type="incident",
        object_id=object_id,
        before={"state": before, **details},
        after={"state": after, **details},
    )


def _incident(s: Session, incident_id: int) -> m.Incident:
    inc = s.get(m.Incident, incident_id)
    if inc is None:
        raise OperationError("E404", f"incident {incident_id} does not exist", 404)
    return inc


def set_status(s: Session, incident_id: int, status: str, *, actor: str) -> m.AuditRecord | None:
    """An analyst's decision (``verified``/``rejected``, or back); None when nothing changed.

    The record keeps the shape every status change has had (``{"status": ...}`` before
    and after): the status is the whole state a decision touches.
    """
    if status not in INCIDENT_STATUSES:
        raise OperationError(
            "E422", f"unknown status {status!r}; use one of {', '.join(INCIDENT_STATUSES)}", 422
        )
    inc = _incident(s, incident_id)
    if inc.status == status:
        return None
    old, inc.status = inc.status, status
    s.flush()
    return audit.record(
        s,
        actor=actor,
        action=STATUS_ACTION,
        object_type="incident",
        object_id=incident_id,
        before={"status": old},
        after={"status": status},
    )


def merge(s: Session, target_id: int, source_id: int, *, actor: str) -> m.AuditRecord:
    """Move every article of ``source_id`` into ``target_id`` and delete the emptied source.

    The target keeps its status; its fields and claims are re-merged from all articles.
    The source's alerts move to the target, except where the target already has an
    alert of the same rule (no duplicates): those go, and undo brings them back.
    """
    if target_id == source_id:
        raise OperationError("E422", "an incident cannot be merged into itself", 422)
    target, source = _incident(s, target_id), _incident(s, source_id)
    before = capture(s, [target_id, source_id])
    for article in s.scalars(select(m.Article).where(m.Article.incident_id == source_id)):
        article.incident_id = target_id
    rules = set(s.scalars(select(m.Alert.rule_id).where(m.Alert.incident_id == target_id)))
    for alert in s.scalars(select(m.Alert).where(m.Alert.incident_id == source_id)):
        if alert.rule_id in rules:
            s.delete(alert)
        else:
            alert.incident_id = target_id
    s.flush()
    s.delete(source)
    s.flush()
    refresh_incident(s, target.id)
    return _audited(
        s,
        actor,
        "incident.merge",
        target_id,
        before,
        [target_id, source_id],
        merged=[target_id, source_id],
    )


def split(s: Session, incident_id: int, article_ids: list[int], *, actor: str) -> m.AuditRecord:
    """Move ``article_ids`` (and their syndicated copies) out into a new incident.

    Returns the audit record; ``after["split"]`` is ``[old id, new id]``.
    """
    inc = _incident(s, incident_id)
    chosen = set(article_ids)
    articles = list(s.scalars(select(m.Article).where(m.Article.incident_id == incident_id)))
    own = {a.id for a in articles}
    foreign = sorted(chosen - own)
    if not chosen or foreign:
        raise OperationError(
            "E422",
            f"articles {foreign or '[]'} are not in incident "
            f"{incident_id}; give ids of its articles",
            422,
        )
    moving = [a for a in articles if a.id in chosen or a.duplicate_of_id in chosen]
    if len(moving) == len(articles):
        raise OperationError("E422", "a split must leave at least one article in the incident", 422)
    before = capture(s, [incident_id])
    new = incident_store.create(s, status="detected")
    before["incidents"][str(new.id)] = None  # undo deletes it
    for a in moving:
        a.incident_id = new.id
    s.flush()
    refresh_incident(s, inc.id)
    refresh_incident(s, new.id)
    return _audited(
        s,
        actor,
        "incident.split",
        incident_id,
        before,
        [incident_id, new.id],
        split=[incident_id, new.id],
    )


def undo(s: Session, audit_id: int, *, actor: str) -> m.AuditRecord:
    """Restore the state before the audited operation ``audit_id`` (audited itself)."""
    rec = s.get(m.AuditRecord, audit_id)
    if rec is not None and rec.action == STATUS_ACTION and rec.object_type == "incident":
        return _undo_status(s, rec, actor)
    if rec is None or not rec.before or "state" not in rec.before:
        raise OperationError("E404", f"audit record {audit_id} is not an undoable operation", 404)
    before, after = rec.before["state"], rec.after["state"]
    ids = [int(i) for i in after["incidents"]]
    current = capture(s, ids)
    if current != after:
        raise OperationError(
            "E409",
            f"incident(s) {', '.join(map(str, ids))} changed after "
            f"operation {audit_id}; undo the later operations first",
        )
    _restore(s, before, current)
    return audit.record(
        s,
        actor=actor,
        action="undo",
        object_type="audit",
        object_id=audit_id,
        before={"state": current, "undoes": audit_id},
        after={"state": capture(s, ids), "undoes": audit_id},
    )


def _undo_status(s: Session, rec: m.AuditRecord, actor: str) -> m.AuditRecord:
    inc = _incident(s, int(rec.object_id or 0))
    old, new = rec.before["status"], rec.after["status"]
    if inc.status != new:
        raise OperationError(
            "E409", f"incident {inc.id} is {inc.status} now, not {new}; undo the later change first"
        )
    inc.status = old
    s.flush()
    return audit.record(
        s,
        actor=actor,
        action="undo",
        object_type="audit",
        object_id=rec.id,
        before={"status": new, "undoes": rec.id},
        after={"status": old, "undoes": rec.id},
    )


def history(s: Session, incident_id: int) -> list[m.AuditRecord]:
    """The audited operations that touched ``incident_id``, oldest first."""
    out = []
    for rec in s.scalars(
        select(m.AuditRecord)
        .where(
            m.AuditRecord.action.in_((STATUS_ACTION, "incident.merge", "incident.split", "undo"))
        )
        .order_by(m.AuditRecord.id)
    ):
        after = rec.after or {}
        if (
            rec.object_type == "incident"
            and rec.object_id == str(incident_id)
            or str(incident_id) in after.get("state", {}).get("incidents", {})
        ):
            out.append(rec)
    return out
