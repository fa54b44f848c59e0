"""Key rotation: every encrypted value re-encrypted with the current key, plain values
(written before encryption was turned on) encrypted, then the database compacted so the
old ciphertext does not linger in free pages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Text, column, select, table, update

from ..errors import ConfigError
from ..store.encrypted import EncryptedJSON, encrypted_columns
from .crypto import is_token

if TYPE_CHECKING:
    from ..store import Store

BATCH = 500


@dataclass
class RotationReport:
    """How many values each column had re-encrypted (old key) or encrypted (plain)."""

    current: str
    reencrypted: dict[str, int] = field(default_factory=dict)
    encrypted: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.reencrypted.values()) + sum(self.encrypted.values())


def rotate(store: Store) -> RotationReport:
    """Re-encrypt every personal value of ``store`` with its ring's current key."""
    ring = store.keyring
    if ring is None:
        raise ConfigError(
            "E602", "the store was opened without a data key ring",
            hint="configure RIGHTSRADAR_DATA_KEY or RIGHTSRADAR_DATA_KEY_FILE",
        )  # fmt: skip
    report = RotationReport(current=ring.current)
    for tname, cname, ctype in encrypted_columns():
        is_json = isinstance(ctype, EncryptedJSON)
        field_name = ctype.field
        # Raw columns: read and write the stored form, bypassing the transparent type.
        t = table(tname, column("id"), column(cname, JSON if is_json else Text))
        col = t.c[cname]
        key = f"{tname}.{cname}"
        last_id = 0
        while True:
            with store.session() as s:
                rows = s.execute(select(t.c.id, col).where(t.c.id > last_id, col.is_not(None))
                                 .order_by(t.c.id).limit(BATCH)).all()  # fmt: skip
                for rid, value in rows:
                    new = _renew(ring, value, field_name, is_json)
                    if new is not None:
                        s.execute(update(t).where(t.c.id == rid).values({cname: new}))
                        bucket = report.reencrypted if is_token(value) else report.encrypted
                        bucket[key] = bucket.get(key, 0) + 1
            if len(rows) < BATCH:
                break
            last_id = rows[-1][0]
    store.compact()
    return report


def _renew(ring: Any, value: Any, field_name: str, is_json: bool) -> str | None:
    """The value's new token, or None when it is already under the current key."""
    if value is None:
        return None
    if is_token(value):
        if not ring.needs_rotation(value):
            return None
        return str(ring.encrypt(ring.decrypt(value, field=field_name), field=field_name))
    if is_json:
        plain = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, str):
        plain = value
    else:
        return None
    return str(ring.encrypt(plain, field=field_name))
