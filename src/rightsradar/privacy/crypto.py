"""Field encryption at rest: AES-256-GCM with versioned keys, for personal data.

A token is ``rr1:<key id>:<base64(nonce || ciphertext || tag)>``. The key id lets old
tokens be read after a new key becomes current (rotation re-encrypts them); the field's
name is bound in as associated data, so a token copied into another column (say, a name
into a public title) does not decrypt there.

Keys come from settings: ``RIGHTSRADAR_DATA_KEY`` (``id:base64key[,id:base64key...]``, the
first is current) or ``RIGHTSRADAR_DATA_KEY_FILE`` (JSON ``{"current": id, "keys":
{id: base64key}}``, readable by the service account only). In development, without either,
a fixed, public development key is used and said so; outside development a missing or
development key refuses to start (E001).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..settings import Settings

PREFIX = "rr1"
KEY_BYTES = 32
NONCE_BYTES = 12
# Public on purpose: anyone can read it here, so it protects nothing. Development only.
DEVELOPMENT_KEY_ID = "dev"
DEVELOPMENT_KEY = b"rightsradar-development-key-0000!"[:KEY_BYTES]


class DecryptionError(ConfigError):
    """A token cannot be decrypted: unknown key id, wrong key, or tampered data."""


@dataclass(frozen=True)
class KeyRing:
    """Named AES-256 keys; ``current`` encrypts, all decrypt."""

    keys: dict[str, bytes]
    current: str

    def __post_init__(self) -> None:
        if self.current not in self.keys:
            raise ConfigError("E602", f"current data key '{self.current}' is not in the key ring")
        for kid, key in self.keys.items():
            if len(key) != KEY_BYTES or not kid or ":" in kid:
                raise ConfigError(
                    "E602", f"data key '{kid}' must be {KEY_BYTES} bytes with an id without ':'",
                    hint="create one with `rightsradar keys new`",
                )  # fmt: skip

    @property
    def is_development(self) -> bool:
        return self.keys.get(self.current) == DEVELOPMENT_KEY

    def encrypt(self, plaintext: str, *, field: str) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(NONCE_BYTES)
        ct = AESGCM(self.keys[self.current]).encrypt(nonce, plaintext.encode("utf-8"),
                                                     field.encode("utf-8"))  # fmt: skip
        return f"{PREFIX}:{self.current}:{base64.urlsafe_b64encode(nonce + ct).decode('ascii')}"

    def decrypt(self, token: str, *, field: str) -> str:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kid, blob = _split(token)
        key = self.keys.get(kid)
        if key is None:
            raise DecryptionError("E603", f"data encrypted with unknown key '{kid}'",
                                  hint="add the old key to the key ring to read it")  # fmt: skip
        try:
            raw = base64.urlsafe_b64decode(blob.encode("ascii"))
            plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                        field.encode("utf-8"))  # fmt: skip
        except (InvalidTag, ValueError, binascii.Error):
            raise DecryptionError("E603", f"cannot decrypt a value of '{field}': wrong key or "
                                  "tampered data") from None  # fmt: skip
        return plain.decode("utf-8")

    def needs_rotation(self, token: str) -> bool:
        return _split(token)[0] != self.current


def is_token(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX + ":")


def _split(token: str) -> tuple[str, str]:
    parts = token.split(":", 2)
    if len(parts) != 3 or parts[0] != PREFIX:
        raise DecryptionError("E603", "not an encrypted value")
    return parts[1], parts[2]


def new_key() -> str:
    """A fresh key, base64 (for ``RIGHTSRADAR_DATA_KEY`` or a key file)."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def _b64key(kid: str, text: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError("E602", f"data key '{kid}' is not valid base64") from None


def _parse_env(value: str) -> KeyRing:
    keys: dict[str, bytes] = {}
    order = []
    for item in value.split(","):
        kid, sep, b64 = item.strip().partition(":")
        if not sep:
            raise ConfigError("E602", "RIGHTSRADAR_DATA_KEY must be 'id:base64key[,id:...]'")
        keys[kid] = _b64key(kid, b64)
        order.append(kid)
    return KeyRing(keys=keys, current=order[0])


def _parse_file(path: Path) -> KeyRing:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return KeyRing(keys={k: _b64key(k, v) for k, v in doc["keys"].items()},
                       current=str(doc["current"]))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError("E602", f"cannot read the data key file: {type(exc).__name__}",
                          file=str(path)) from None  # fmt: skip


def keyring_from_settings(settings: Settings) -> KeyRing:
    """The key ring the settings name; E001 for a development key outside development."""
    if settings.data_key:
        ring = _parse_env(settings.data_key)
    elif settings.data_key_file:
        ring = _parse_file(Path(settings.data_key_file))
    else:
        ring = KeyRing(keys={DEVELOPMENT_KEY_ID: DEVELOPMENT_KEY}, current=DEVELOPMENT_KEY_ID)
    if ring.is_development and settings.environment != "development":
        raise ConfigError(
            "E001", "personal data would be encrypted with the public development key",
            hint="set RIGHTSRADAR_DATA_KEY or RIGHTSRADAR_DATA_KEY_FILE "
            "(create a key with `rightsradar keys new`)",
        )  # fmt: skip
    return ring
