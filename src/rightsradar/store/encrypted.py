"""Column types that encrypt personal data at rest, transparently to the rest of the code.

``EncryptedText("persons.name")`` stores an AES-GCM token (``privacy.crypto``) and gives
back the plain string; the column's name is the token's associated data, so a token
copied into another column does not decrypt there. The key ring is not global: it is
attached to a store's engine when the store is opened (``open_store(url, keyring=...)``),
so two stores with different keys can live in one process and nothing happens at import.

A store opened without a ring writes plain text (encryption off) and refuses to read a
token (E603): it must never show ciphertext as if it were a name, nor guess a key.
Plain values written before encryption was turned on are read as they are until
``rightsradar keys rotate`` encrypts them.

Equality and LIKE on these columns do not work in SQL (each token has its own nonce);
every caller loads and compares in Python (person linkage, alert matching).
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Engine, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from ..privacy.crypto import DecryptionError, is_token

if TYPE_CHECKING:
    from ..privacy.crypto import KeyRing

_ATTR = "rightsradar_keyring"


def attach_keyring(engine: Engine, ring: KeyRing | None) -> None:
    """Encrypt and decrypt the personal columns of ``engine``'s database with ``ring``."""
    setattr(engine.dialect, _ATTR, ring)


def keyring_of(dialect: Dialect) -> KeyRing | None:
    return getattr(dialect, _ATTR, None)


def _decrypt(dialect: Dialect, token: str, field: str) -> str:
    ring = keyring_of(dialect)
    if ring is None:
        raise DecryptionError(
            "E603", f"'{field}' is encrypted but the store was opened without a key ring",
            hint="open the store with open_store(url, keyring=keyring_from_settings(settings))",
        )  # fmt: skip
    return ring.decrypt(token, field=field)


class _Encrypted(TypeDecorator[Any]):
    """Shared by the encrypted types: encrypt on write when the store has a ring, decrypt
    tokens on read; subclasses say how a value becomes the encrypted string and back."""

    cache_ok = True

    def __init__(self, field: str) -> None:
        super().__init__()
        self.field = field

    def _dump(self, value: Any) -> str:
        return str(value)

    def _load(self, plain: str) -> Any:
        return plain

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        ring = keyring_of(dialect)
        if value is None or ring is None or is_token(value):
            return value
        return ring.encrypt(self._dump(value), field=self.field)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return self._load(_decrypt(dialect, value, self.field)) if is_token(value) else value


class EncryptedText(_Encrypted):
    """A text column holding one piece of personal data, encrypted with the store's ring."""

    impl = Text
    # SQLAlchemy reads cache_ok from each class's own __dict__, not from a base class:
    # without it every statement touching the column is compiled afresh (2.8 ms -> 0.9 ms
    # for a list page). Safe: the cache key holds the field name, the only state.
    cache_ok = True


class EncryptedBytes(EncryptedText):
    """Bytes derived from personal data (an article's MinHash signature, which candidate
    names could be tested against), stored as an encrypted base64 string."""

    cache_ok = True  # see EncryptedText

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, bytes | bytearray | memoryview):
            value = base64.b64encode(bytes(value)).decode("ascii")
        return super().process_bind_param(value, dialect)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or isinstance(value, bytes | bytearray | memoryview):
            return value  # None, or raw bytes some older writer left: read as they are
        return base64.b64decode(super().process_result_value(value, dialect))


class EncryptedJSON(_Encrypted):
    """A JSON column (a list of aliases, say) stored as one encrypted JSON string."""

    impl = JSON
    cache_ok = True  # see EncryptedText

    def _dump(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def _load(self, plain: str) -> Any:
        return json.loads(plain)


# Every encrypted column, as (table, column): what `keys rotate` re-encrypts and what a
# test scans for plaintext. Kept in step with models.py by test_privacy_encryption.
def encrypted_columns() -> list[tuple[str, str, EncryptedText | EncryptedJSON]]:
    from .models import Base

    out: list[tuple[str, str, EncryptedText | EncryptedJSON]] = []
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            if isinstance(col.type, EncryptedText | EncryptedJSON):
                out.append((table.name, col.name, col.type))
    return out
