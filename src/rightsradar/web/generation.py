"""The database's generation: a number that moves whenever anything may have been written.

Kept answers (pages, totals, the signed-in user) are keyed by it, so that nothing kept
outlives a change made by this app or by any other process.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import sqlite3
import threading
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

# -- how it is read --------------------------------------------------------------------------
# Kept answers (pages, totals) are keyed by a generation of the database that moves whenever
# anything may have been written since: by this app (a review, a status change) or by any
# other process (``rightsradar run``, the CLI). SQLite: one connection per database only
# watches ``PRAGMA data_version``, which moves whenever another connection commits (every
# pooled connection is another one). PostgreSQL: the snapshot of running and finished
# write transactions, the same on every connection, moves when any of them commits.
_generations: dict[str, tuple[object, int]] = {}
_watchers: dict[str, tuple[int, sqlite3.Connection]] = {}
_watcher_serial = itertools.count()
MAX_WATCHERS = 8
_generation_lock = threading.Lock()


def data_generation(session: Session) -> int:
    """A number that moves whenever the database may have changed since the last call."""
    engine = session.get_bind().engine
    generation = _sqlite_generation(engine, blocking=True)
    if generation is not None:
        return generation
    marker = session.connection().exec_driver_sql("SELECT txid_current_snapshot()::text").scalar()
    with _generation_lock:
        return _bump(str(engine.url), marker)


def generation_at_hand(engine: Engine) -> int | None:
    """``data_generation`` when it costs no wait, so that the event loop may ask for it:
    a SQLite file whose watcher is open and free. None otherwise (PostgreSQL needs a query,
    an in-memory database has no generation that lasts)."""
    return _sqlite_generation(engine, blocking=False)


def _sqlite_generation(engine: Engine, *, blocking: bool) -> int | None:
    if engine.dialect.name != "sqlite":
        return None
    key = str(engine.url)  # review.database_key
    path = engine.url.database
    if not path or path == ":memory:" or "mode=memory" in path:
        if not blocking:
            return None
        with _generation_lock:
            return _bump(key, object())  # one private database per connection
    if not _generation_lock.acquire(blocking=blocking):
        return None
    try:
        watcher = _watchers.get(key)
        if watcher is None:
            if not blocking:  # opening a connection is file I/O: left to a worker thread
                return None
            if len(_watchers) >= MAX_WATCHERS:  # e.g. a test run opening many databases
                oldest = next(iter(_watchers))
                _watchers.pop(oldest)[1].close()
            watcher = _watchers[key] = (
                next(_watcher_serial),
                sqlite3.connect(path, check_same_thread=False),
            )
        # A new watcher's numbers mean nothing next to the last one's: its serial makes the
        # first marker differ, so the generation moves.
        marker = (watcher[0], watcher[1].execute("PRAGMA data_version").fetchone()[0])
        return _bump(key, marker)
    finally:
        _generation_lock.release()


# How long a request waits for the PostgreSQL snapshot read, and for a new connection to
# read it on, before it reads the slow way (a worker thread and a pooled connection).
WAIT_S = 2.0
CONNECT_TIMEOUT_S = 2


class SnapshotWatcher:
    """PostgreSQL's ``data_generation`` for the event loop: the same snapshot marker, read
    on one connection of its own (autocommit, no pool check-out, no worker thread).

    Requests that ask while a read is under way wait for the next read, which starts after
    they asked: a change committed before a request came in always moves its generation.
    Open it on the loop that uses it (the app's lifespan) and close it there.
    """

    def __init__(self, engine: Engine) -> None:
        self.key = str(engine.url)  # review.database_key
        url = engine.url.set(drivername="postgresql")
        if "connect_timeout" not in url.query:
            url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
        self._conninfo = url.render_as_string(hide_password=False)
        self._conn: Any = None
        self._next: asyncio.Future[object] | None = None
        self._task: asyncio.Task[None] | None = None
        self._current: asyncio.Future[object] | None = None

    async def generation(self) -> int | None:
        """The database's generation; None when the connection fails (ask the slow way)."""
        if self._next is None:
            self._next = asyncio.get_running_loop().create_future()
            if self._task is None or self._task.done():
                # The task is kept: the loop holds it only weakly.
                self._task = asyncio.get_running_loop().create_task(self._read())
        asked = self._next
        try:
            marker = await asyncio.wait_for(asyncio.shield(asked), WAIT_S)
        except TimeoutError:
            # A stalled server or a half-open link: give up this read (the next request
            # starts a fresh one on a new connection) and let the caller read in a thread.
            self._abandon(asked)
            return None
        except Exception:  # noqa: BLE001 - a lost connection: the caller reads it in a thread
            return None
        with _generation_lock:
            return _bump(self.key, marker)

    async def _read(self) -> None:
        while self._next is not None:
            waiting, self._next = self._next, None
            self._current = waiting
            try:
                import psycopg

                if self._conn is None or self._conn.closed:
                    self._conn = await psycopg.AsyncConnection.connect(
                        self._conninfo, autocommit=True
                    )
                cur = await self._conn.execute("SELECT txid_current_snapshot()::text")
                row = await cur.fetchone()
                waiting.set_result(row[0])
            except Exception as exc:  # noqa: BLE001 - handed to every waiting request
                with contextlib.suppress(Exception):
                    await self.close()
                waiting.set_exception(exc)
                waiting.exception()  # retrieved: asked for by the waiting requests

    def _abandon(self, asked: asyncio.Future[object]) -> None:
        """Drop the read that stalled ``asked`` (being read, or queued behind the read
        under way); a later read that another request started is left alone."""
        if asked is not self._current and asked is not self._next:
            return
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        self._conn = None  # not awaited closed: it is the one that stalled
        self._next = self._current = None

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and not conn.closed:
            await conn.close()


def _bump(key: str, marker: object) -> int:
    seen = _generations.get(key)
    if seen is None or seen[0] != marker:
        seen = _generations[key] = (marker, (seen[1] + 1) if seen else 0)
    return seen[1]
