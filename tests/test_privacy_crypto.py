"""Field encryption: round trip, bound to its field, rotation-aware, refuses dev keys."""

from __future__ import annotations

import json

import pytest

from rightsradar.errors import ConfigError
from rightsradar.privacy.crypto import (
    DecryptionError,
    KeyRing,
    is_token,
    keyring_from_settings,
    new_key,
)
from rightsradar.settings import Settings

NAME = "Ana Díaz"


def _ring(*ids: str) -> tuple[KeyRing, str]:
    env = ",".join(f"{i}:{new_key()}" for i in ids)
    return keyring_from_settings(Settings(data_key=env)), env


def test_crypto_round_trip_and_no_plaintext_in_token():
    ring, _ = _ring("k1")
    token = ring.encrypt(NAME, field="victim.name")
    assert is_token(token) and NAME not in token and "Ana" not in token
    assert ring.decrypt(token, field="victim.name") == NAME
    # Fresh nonce each time: equal names do not give equal tokens.
    assert ring.encrypt(NAME, field="victim.name") != token


def test_crypto_token_does_not_decrypt_in_another_field_or_when_tampered():
    ring, _ = _ring("k1")
    token = ring.encrypt(NAME, field="victim.name")
    with pytest.raises(DecryptionError):
        ring.decrypt(token, field="incident.title")
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    with pytest.raises(DecryptionError):
        ring.decrypt(tampered, field="victim.name")


def test_crypto_old_tokens_readable_after_rotation_and_flagged():
    old, env = _ring("k1")
    token = old.encrypt(NAME, field="f")
    rotated = keyring_from_settings(Settings(data_key=f"k2:{new_key()},{env}"))
    assert rotated.current == "k2"
    assert rotated.decrypt(token, field="f") == NAME
    assert rotated.needs_rotation(token)
    assert not rotated.needs_rotation(rotated.encrypt(NAME, field="f"))
    with pytest.raises(DecryptionError) as err:
        _ring("k3")[0].decrypt(token, field="f")
    assert err.value.code == "E603"


def test_crypto_key_file(tmp_path):
    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"current": "b", "keys": {"a": new_key(), "b": new_key()}}))
    ring = keyring_from_settings(Settings(data_key_file=path))
    assert ring.current == "b" and set(ring.keys) == {"a", "b"}


def test_crypto_development_key_refused_outside_development():
    assert keyring_from_settings(Settings()).is_development
    prod = Settings(environment="production", secret_key="s" * 40)
    with pytest.raises(ConfigError) as err:
        keyring_from_settings(prod)
    assert err.value.code == "E001"


@pytest.mark.parametrize("bad", ["nokey", "k1:not-base64!!", "k1:" + "QUJD"])
def test_crypto_bad_key_setting_is_a_clear_error(bad):
    with pytest.raises(ConfigError) as err:
        keyring_from_settings(Settings(data_key=bad))
    assert err.value.code == "E602"
