"""The store: SQLAlchemy models, one interface over SQLite and PostgreSQL, and repositories.

Use ``open_store(url)`` and ``with store.session() as s: ...`` with the repository
functions in ``store.articles``, ``store.extractions`` and friends.
"""

from .base import PostgresStore, SQLiteStore, Store, open_store

__all__ = ["PostgresStore", "SQLiteStore", "Store", "open_store"]
