"""Shared fixtures. ``any_store`` runs a test on SQLite and, under make test, PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from rightsradar.privacy.crypto import keyring_from_settings
from rightsradar.settings import Settings
from rightsradar.store import Store, open_store

# The ring the CLI and the web app use in development (the public development key): stores
# opened by tests read what the commands under test wrote, and tests exercise encryption.
DEV_RING = keyring_from_settings(Settings(environment="development"))

POSTGRES_ENV = "RIGHTSRADAR_TEST_POSTGRES_URL"


def _fresh_postgres() -> Store:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.fail(
            f"{POSTGRES_ENV} is not set: run `make test` (it starts a private PostgreSQL) "
            "or deselect with -m 'not postgres'"
        )
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return open_store(url, upgrade=True, keyring=DEV_RING)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "var", environment="development")


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'test.db'}", upgrade=True, keyring=DEV_RING)
    yield store
    store.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same test on each backend."""
    store = (
        open_store(f"sqlite:///{tmp_path / 'test.db'}", upgrade=True, keyring=DEV_RING)
        if request.param == "sqlite"
        else _fresh_postgres()
    )
    yield store
    store.dispose()


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at production cost makes each login ~0.5 s; tests use the lowest valid cost.
    The hashing code path (hash, verify, rehash check) stays the same."""
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        "rightsradar.store.users._hasher",
        PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
    )
