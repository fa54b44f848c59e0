"""Privacy-budget ledgers that outlive a process: in the database, or in a file on one host.

``DbLedger`` keeps every DP release in the ``privacy_releases`` table, so every worker and
every host that shares the database draws on one budget and one cache. ``FileLedger``
appends releases to a JSON-lines file under a file lock: one host only, for installations
without a shared database. Only released (noisy) figures and their cost are written:
nothing in either is more than what was published.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..store import models as m
from .dp import NoisyRelease, Spend, _as_cached, check_budget

if TYPE_CHECKING:
    from ..store import Store


def query_hash(query: str) -> str:
    """The key a release is stored under: SHA-256 hex of its query string."""
    return hashlib.sha256(query.encode("utf-8")).hexdigest()


@dataclass
class DbLedger:
    """The ``Ledger`` of ``privacy.dp`` in the store's ``privacy_releases`` table.

    ``charge`` is one transaction: chargers of one scope are serialised (an advisory lock
    on PostgreSQL; SQLite has one writer at a time and the row is inserted before the sum
    is read), so two releases of different queries cannot both fit the last of a budget;
    the unique (scope, query_hash) constraint, not an earlier read, decides that a query
    another worker released first is handed out again for free.
    """

    store: Store

    def spent(self, scope: str) -> Spend:
        with self.store.session() as s:
            return _spent(s, scope)

    def cached(self, scope: str, query: str) -> NoisyRelease | None:
        with self.store.session() as s:
            row = s.scalars(select(m.PrivacyRelease).where(
                m.PrivacyRelease.scope == scope,
                m.PrivacyRelease.query_hash == query_hash(query))).first()  # fmt: skip
            return None if row is None else _from_row(row)

    def charge(self, scope: str, release: NoisyRelease, budget: Spend) -> NoisyRelease:
        try:
            with self.store.session() as s:
                _lock_scope(s, scope)
                row = m.PrivacyRelease(
                    scope=scope, query_hash=query_hash(release.query), query=release.query,
                    counts=dict(release.counts), epsilon=release.spend.epsilon,
                    delta=release.spend.delta, mechanism=release.mechanism,
                    scale=release.scale,
                )  # fmt: skip
                s.add(row)
                s.flush()  # the unique constraint answers "released already?" here
                # Read after the write: on SQLite this transaction now holds the write lock,
                # on PostgreSQL the scope lock, so no other charge can land in between.
                check_budget(_spent(s, scope, but=row.id), release.spend, budget, scope)
        except IntegrityError:
            # Another worker or host released this query first (its row is committed: the
            # constraint waited for it). Its answer is the one published, at no cost.
            first = self.cached(scope, release.query)
            if first is None:
                raise
            return _as_cached(first)
        return release


def import_file_ledger(store: Store, path: Path) -> int:
    """Copy the releases of a ``FileLedger`` file into the database; the number copied.

    Run it once when an installation moves to ``DbLedger`` (running it again copies
    nothing): otherwise the budget already spent would be forgotten and the same figures
    could be released again with fresh noise. A release the table already has is kept as
    it is: the first published answer stands.
    """
    if not path.exists():
        return 0
    rows = FileLedger(path)._all_rows()
    with store.session() as s:
        have = {(scope, digest) for scope, digest in
                s.execute(select(m.PrivacyRelease.scope, m.PrivacyRelease.query_hash))}  # fmt: skip
    copied = 0
    for r in rows:
        key: tuple[str, str] = (r["scope"], query_hash(r["query"]))
        if key in have:
            continue
        try:
            with store.session() as s:
                s.add(m.PrivacyRelease(scope=r["scope"], query_hash=key[1], query=r["query"],
                                       counts=r["counts"], epsilon=r["epsilon"],
                                       delta=r["delta"], mechanism=r["mechanism"],
                                       scale=r["scale"]))  # fmt: skip
        except IntegrityError:
            pass  # another process imported it (or released the same query) meanwhile
        else:
            copied += 1
        have.add(key)
    return copied


def _spent(s: Session, scope: str, *, but: int | None = None) -> Spend:
    cond = [m.PrivacyRelease.scope == scope]
    if but is not None:
        cond.append(m.PrivacyRelease.id != but)
    eps, delta = s.execute(select(func.coalesce(func.sum(m.PrivacyRelease.epsilon), 0.0),
                                  func.coalesce(func.sum(m.PrivacyRelease.delta), 0.0))
                           .where(*cond)).one()  # fmt: skip
    return Spend(float(eps), float(delta))


def _lock_scope(s: Session, scope: str) -> None:
    """Serialise the chargers of ``scope`` until the end of the transaction (PostgreSQL).

    Without it two transactions under READ COMMITTED could each sum the other's release
    out and both pass the budget check. SQLite needs nothing: writers queue for one lock.
    """
    if s.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(f"privacy-ledger:{scope}".encode()).digest()[:8],
                             "big", signed=True)  # fmt: skip
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _from_row(row: m.PrivacyRelease) -> NoisyRelease:
    return NoisyRelease(row.query, {k: int(v) for k, v in row.counts.items()},
                        Spend(row.epsilon, row.delta), row.mechanism, row.scale)  # fmt: skip


@dataclass
class FileLedger:
    """The ``Ledger`` of ``privacy.dp`` in an append-only JSON-lines file (one host).

    The file only grows, so each ledger object keeps what it has parsed and reads only the
    lines appended since: a release (cache check, budget check, charge) reads each line once.
    """

    path: Path
    _rows: dict[str, list[dict]] = field(default_factory=dict, init=False, repr=False)
    _seen: tuple[int, int] = field(default=(-1, 0), init=False, repr=False)  # inode, offset
    _mutex: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _scope_rows(self, scope: str) -> list[dict]:
        """The releases of ``scope``, after reading whatever was appended since last time."""
        with self._mutex:
            self._read_new_lines()
            return list(self._rows.get(scope, []))

    def _all_rows(self) -> list[dict]:
        with self._mutex:
            self._read_new_lines()
            return [r for rows in self._rows.values() for r in rows]

    def _read_new_lines(self) -> None:
        try:
            fh = self.path.open("rb")
        except FileNotFoundError:
            self._rows, self._seen = {}, (-1, 0)
            return
        with fh:
            inode, offset = self._seen
            st = os.fstat(fh.fileno())
            if st.st_ino != inode or st.st_size < offset:  # replaced or truncated
                self._rows, offset = {}, 0
            fh.seek(offset)
            tail = fh.read()
        # A line still being written (no newline yet) is read next time, whole.
        complete = tail[: tail.rfind(b"\n") + 1]
        for line in complete.decode("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                self._rows.setdefault(row["scope"], []).append(row)
        self._seen = (st.st_ino, offset + len(complete))

    def spent(self, scope: str) -> Spend:
        return _file_spent(self._scope_rows(scope))

    def cached(self, scope: str, query: str) -> NoisyRelease | None:
        return _file_cached(self._scope_rows(scope), query)

    def charge(self, scope: str, release: NoisyRelease, budget: Spend) -> NoisyRelease:
        with self._locked():
            rows = self._scope_rows(scope)  # up to date: appends happen under this lock
            # Another worker may have answered the same question since our cache check.
            first = _file_cached(rows, release.query)
            if first is not None:
                return _as_cached(first)
            check_budget(_file_spent(rows), release.spend, budget, scope)
            row = {"scope": scope, "query": release.query, "counts": release.counts,
                   "epsilon": release.spend.epsilon, "delta": release.spend.delta,
                   "mechanism": release.mechanism, "scale": release.scale}  # fmt: skip
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, sort_keys=True) + "\n")
        return release


def _file_spent(rows: list[dict]) -> Spend:
    return Spend(sum(r["epsilon"] for r in rows), sum(r["delta"] for r in rows))


def _file_cached(rows: list[dict], query: str) -> NoisyRelease | None:
    for r in rows:
        if r["query"] == query:
            return NoisyRelease(r["query"], r["counts"], Spend(r["epsilon"], r["delta"]),
                                r["mechanism"], r["scale"])  # fmt: skip
    return None


LEGACY_FILE = "privacy-ledger.jsonl"


def installation_ledger(store: Store, data_dir: Path) -> DbLedger:
    """The ledger every process of an installation uses: the database's, after copying in
    the releases of an older ``<data_dir>/privacy-ledger.jsonl`` (then renamed
    ``….imported``) so that moving to the database forgets no spent budget."""
    legacy = data_dir / LEGACY_FILE
    if legacy.exists():
        import_file_ledger(store, legacy)
        # Another process may have imported and renamed it first.
        with contextlib.suppress(FileNotFoundError):
            legacy.rename(legacy.with_name(LEGACY_FILE + ".imported"))
    return DbLedger(store)
