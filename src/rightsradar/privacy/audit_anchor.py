"""The audit chain's head, kept outside the database, and the check of a chain against it.

Whoever can write to the database can delete the newest audit records and leave a chain
that verifies. The anchor is the id and hash of the newest record, written to a file in
the data directory after every commit that adds audit records (and printed by
``rightsradar audit verify`` for the operator to keep offline): a chain that no longer
holds the anchored record, or holds a different one under its id, has lost records.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from ..errors import ConfigError
from ..store import audit
from ..store.models import AuditRecord

if TYPE_CHECKING:
    from ..settings import Settings

log = logging.getLogger(__name__)
ANCHOR_FILE = "audit-head.json"


@dataclass(frozen=True)
class Anchor:
    """The id and hash of one audit record."""

    id: int
    hash: str

    def __str__(self) -> str:
        return f"{self.id}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """``ID:HASH`` as printed by ``audit verify``."""
        rid, sep, digest = text.strip().partition(":")
        if not sep or not rid.isdigit() or len(digest) != 64:
            raise ConfigError(
                "E604", f"'{text}' is not an audit anchor",
                hint="pass ID:HASH as printed by `rightsradar audit verify`",
            )  # fmt: skip
        return cls(int(rid), digest.lower())


def anchor_path(settings: Settings) -> Path:
    return settings.data_dir / ANCHOR_FILE


def read_anchor(path: Path) -> Anchor | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(int(doc["id"]), str(doc["hash"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError("E604", f"the audit anchor cannot be read: {type(exc).__name__}",
                          file=str(path)) from None  # fmt: skip


def advance_anchor(path: Path, head: Anchor) -> None:
    """Write ``head`` to ``path`` unless the file already names a newer record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "a") as lock:
        with contextlib.suppress(ImportError, OSError):
            import fcntl  # another process may advance it at the same time

            fcntl.flock(lock, fcntl.LOCK_EX)
        current = read_anchor(path)
        if current is not None and current.id > head.id:
            return
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"id": head.id, "hash": head.hash}), encoding="utf-8")
        os.replace(tmp, path)


def follow_commits(sessions: sessionmaker[Session], path: Path) -> None:
    """Advance the anchor at ``path`` after each commit of ``sessions`` that added audit
    records."""

    @event.listens_for(sessions, "after_flush")
    def _seen(session: Session, _ctx: Any) -> None:
        for obj in session.new:
            if isinstance(obj, AuditRecord):
                best = session.info.get("audit_head")
                if best is None or obj.id > best[0]:
                    session.info["audit_head"] = (obj.id, obj.hash)

    @event.listens_for(sessions, "after_commit")
    def _commit(session: Session) -> None:
        head = session.info.pop("audit_head", None)
        if head is None:
            return
        try:
            advance_anchor(path, Anchor(*head))
        except (OSError, ConfigError) as exc:
            # The commit stands; `audit verify` reports the stale anchor.
            log.warning("could not advance the audit anchor at %s: %s", path, exc)

    @event.listens_for(sessions, "after_rollback")
    def _rollback(session: Session) -> None:
        session.info.pop("audit_head", None)


@dataclass
class ChainCheck:
    """What ``check`` found; ``ok`` when there is nothing in ``problems``."""

    n_records: int
    head: Anchor | None
    bad_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(session: Session, anchors: list[Anchor]) -> ChainCheck:
    """Verify the chain's hashes and links, and that each anchor is still in it."""
    n = session.scalar(select(func.count()).select_from(AuditRecord)) or 0
    last = audit.head(session)
    result = ChainCheck(n_records=n, head=Anchor(last.id, last.hash) if last else None)
    result.bad_ids = audit.verify_chain(session)
    if result.bad_ids:
        shown = ", ".join(map(str, result.bad_ids[:10]))
        result.problems.append(f"{len(result.bad_ids)} record(s) edited, deleted or inserted "
                               f"out of order (from id {shown})")  # fmt: skip
    for anchor in anchors:
        rec = session.get(AuditRecord, anchor.id)
        if rec is None:
            result.problems.append(f"record {anchor.id}, anchored outside the database, is "
                                   "gone: the newest records were deleted")  # fmt: skip
        elif rec.hash != anchor.hash:
            result.problems.append(f"record {anchor.id} differs from its anchor: records "
                                   "were deleted and others written in their place")  # fmt: skip
    return result
