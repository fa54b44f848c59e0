"""The store: one interface, one backend class per database.

Shared logic (sessions, migrations) lives once in ``Store``; a backend only says how to
connect. Stages never create engines themselves: they take a ``Store`` and use
``store.session()`` with the repository functions of this package.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from ..errors import ConfigError
from .encrypted import attach_keyring

if TYPE_CHECKING:
    from ..privacy.crypto import KeyRing
    from ..settings import Settings

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class Store(abc.ABC):
    """A database holding everything rightsradar knows.

    Args:
        url: SQLAlchemy URL.
        echo: log SQL (never in production: statements can carry personal data).
        keyring: encrypts personal columns at rest (``store.encrypted``); None leaves
            them in plain text and refuses to read encrypted ones.
        audit_anchor: a file outside the database that keeps the audit chain's head,
            advanced on every commit that adds audit records (``privacy.audit_anchor``).
    """

    dialect: ClassVar[str]

    def __init__(self, url: str, *, echo: bool = False, keyring: KeyRing | None = None,
                 audit_anchor: Path | None = None) -> None:  # fmt: skip
        self.url = url
        self.engine: Engine = create_engine(url, echo=echo, **self._engine_options())
        self._configure(self.engine)
        self.keyring = keyring
        attach_keyring(self.engine, keyring)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.audit_anchor = audit_anchor
        if audit_anchor is not None:
            from ..privacy.audit_anchor import follow_commits

            follow_commits(self._sessions, audit_anchor)

    def _engine_options(self) -> dict[str, Any]:
        return {}

    def _configure(self, engine: Engine) -> None:  # noqa: B027 - optional hook
        """Backend-specific connection set-up."""

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- schema ---------------------------------------------------------------------
    def _alembic_config(self) -> Any:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["engine"] = self.engine
        return cfg

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema to ``revision`` with Alembic (creates it on an empty database)."""
        from alembic import command

        command.upgrade(self._alembic_config(), revision)

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str | None:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self._alembic_config()).get_current_head()

    def ensure_schema(self) -> None:
        """Raise a clear error when the database is not at the latest migration."""
        if self.current_revision() != self.head_revision():
            raise ConfigError(
                "E301",
                "the database schema is not at the latest version",
                file=self.safe_url,
                hint="run `rightsradar db upgrade`",
            )

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages and logs."""
        return self.engine.url.render_as_string(hide_password=True)

    @abc.abstractmethod
    def compact(self, tables: list[str] | None = None) -> None:
        """Rewrite the database so deleted or overwritten values leave no trace in free
        space (after erasure, retention or key rotation)."""

    def dispose(self) -> None:
        self.engine.dispose()


class SQLiteStore(Store):
    """The default: one file, one machine."""

    dialect = "sqlite"

    def _engine_options(self) -> dict[str, Any]:
        return {"connect_args": {"timeout": 30, "check_same_thread": False}}

    def _configure(self, engine: Engine) -> None:
        path = engine.url.database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            # Overwrite deleted content with zeros as it is freed (erasure, rotation).
            cur.execute("PRAGMA secure_delete=ON")
            cur.close()

    def upgrade(self, revision: str = "head") -> None:
        super().upgrade(revision)
        # Without statistics SQLite sorts a million-row incident list through the status
        # index (430 ms a page) instead of reading the (event_date, id) index (0.7 ms).
        # PRAGMA optimize gathers them only where they are missing or stale, so it is cheap.
        with self.engine.begin() as conn:
            conn.execute(text("PRAGMA optimize"))

    def compact(self, tables: list[str] | None = None) -> None:
        # VACUUM rebuilds the file without free pages; the WAL still holds old page
        # images until it is checkpointed and truncated.
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM"))
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


class PostgresStore(Store):
    """A team server. Uses psycopg 3."""

    dialect = "postgresql"

    def _engine_options(self) -> dict[str, Any]:
        return {"pool_pre_ping": True}

    def compact(self, tables: list[str] | None = None) -> None:
        # VACUUM FULL writes a new copy of each table (and its TOAST data) and drops the
        # old files, dead row versions with them. The WAL and base backups are not
        # touched: see docs/security.md.
        names = tables if tables is not None else self.table_names()
        known = set(self.table_names())
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for name in names:
                if name in known:  # names come from the schema, never from input
                    conn.execute(text(f'VACUUM FULL "{name}"'))


def _normalise_url(url: str) -> str:
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def open_store(
    url: str,
    *,
    upgrade: bool = False,
    echo: bool = False,
    keyring: KeyRing | None = None,
    audit_anchor: Path | None = None,
) -> Store:
    """Open the store at ``url``; with ``upgrade``, migrate the schema to the latest version.

    ``keyring`` and ``audit_anchor``: see ``Store``; ``open_configured_store`` sets both
    from settings, as every command and the web app should.
    """
    url = _normalise_url(url)
    backends: dict[str, type[Store]] = {"sqlite": SQLiteStore, "postgresql": PostgresStore}
    scheme = url.split(":", 1)[0].split("+", 1)[0]
    if scheme not in backends:
        raise ConfigError(
            "E301",
            f"unsupported database URL scheme '{scheme}'",
            field="RIGHTSRADAR_DATABASE_URL",
            hint="use sqlite:///path.db or postgresql://user@host/db",
        )
    store = backends[scheme](url, echo=echo, keyring=keyring, audit_anchor=audit_anchor)
    if upgrade:
        store.upgrade()
    return store


def open_configured_store(settings: Settings, *, upgrade: bool = False) -> Store:
    """The installation's store: its URL, its data key ring (E001 with the development key
    outside development) and the audit head anchor in ``data_dir``."""
    from ..privacy.audit_anchor import anchor_path
    from ..privacy.crypto import keyring_from_settings

    ring = keyring_from_settings(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return open_store(settings.resolved_database_url, upgrade=upgrade, keyring=ring,
                      audit_anchor=anchor_path(settings))  # fmt: skip
