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
from typing import Any, ClassVar

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from ..errors import ConfigError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class Store(abc.ABC):
    """A database holding everything rightsradar knows.

    Args:
        url: SQLAlchemy URL.
        echo: log SQL (never in production: statements can carry personal data).
    """

    dialect: ClassVar[str]

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, echo=echo, **self._engine_options())
        self._configure(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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
            cur.close()


class PostgresStore(Store):
    """A team server. Uses psycopg 3."""

    dialect = "postgresql"

    def _engine_options(self) -> dict[str, Any]:
        return {"pool_pre_ping": True}


def _normalise_url(url: str) -> str:
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def open_store(url: str, *, upgrade: bool = False, echo: bool = False) -> Store:
    """Open the store at ``url``; with ``upgrade``, migrate the schema to the latest version."""
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
    store = backends[scheme](url, echo=echo)
    if upgrade:
        store.upgrade()
    return store
