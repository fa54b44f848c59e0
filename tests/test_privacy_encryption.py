"""Encryption at rest: personal columns hold tokens, the code reads plain strings, rotation
leaves no token under the old key, and a store without the ring refuses to guess."""

from __future__ import annotations

import base64

import pytest
from sqlalchemy import Text, column, select, table
from typer.testing import CliRunner

from privacy_fixtures import NAME, OTHER, found, populate, raw_bytes
from rightsradar.cli import get_app
from rightsradar.privacy.crypto import DecryptionError, KeyRing, is_token, new_key
from rightsradar.privacy.rotation import rotate
from rightsradar.resolve.persons import PersonIndex
from rightsradar.store import models as m
from rightsradar.store import open_store
from rightsradar.store.encrypted import encrypted_columns


def _key() -> bytes:
    return base64.b64decode(new_key())


def _raw(store, tname: str, cname: str) -> list:
    t = table(tname, column("id"), column(cname, Text))
    with store.engine.connect() as conn:
        return [v for _, v in conn.execute(select(t.c.id, t.c[cname]).order_by(t.c.id))]


def test_privacy_encryption_covers_every_personal_column():
    cols = {(t, c) for t, c, _ in encrypted_columns()}
    assert cols >= {("victim_mentions", "name"), ("persons", "name"), ("persons", "aliases"),
                    ("persons", "notes"), ("articles", "text"), ("articles", "title"),
                    ("articles", "minhash"), ("incidents", "title"),
                    ("alert_rules", "pattern")}  # fmt: skip


def test_privacy_an_articles_signature_is_stored_encrypted(any_store):
    # A MinHash signature of a text that names someone can be tested against candidate
    # names by whoever holds the database file: it is encrypted like the text.
    from rightsradar.resolve.dedup import pack, signature, unpack

    store = open_store(any_store.url, keyring=KeyRing(keys={"k1": _key()}, current="k1"))
    ids = populate(store, stray=False)
    sig = signature(f"{NAME} was detained by police in Cusco on Monday, her lawyer said.")
    with store.session() as s:
        s.get(m.Article, ids["article"]).minhash = pack(sig)
    raw = [v for v in _raw(store, "articles", "minhash") if v is not None]
    assert raw and all(is_token(v) for v in raw)
    with store.session() as s:
        back = unpack(s.get(m.Article, ids["article"]).minhash)
    assert back is not None and list(back.hashvalues) == list(sig.hashvalues)
    store.dispose()


def test_privacy_encryption_is_transparent_and_stores_only_tokens(any_store):
    store = open_store(any_store.url, keyring=KeyRing(keys={"k1": _key()}, current="k1"))
    ids = populate(store, stray=False)
    assert found(raw_bytes(store), NAME) == []
    raw_names = _raw(store, "persons", "name")
    assert raw_names and all(is_token(v) for v in raw_names)
    with store.session() as s:
        person = s.get(m.Person, ids["person"])
        assert (person.name, person.aliases) == (NAME, ["Zoraida Nunez"])
        # Person linkage loads names and compares them in Python: it sees plain names.
        index = PersonIndex.load(s)
        assert any(NAME.split()[0].casefold() in w for w in index.by_word)
    store.dispose()


def test_privacy_encryption_store_without_ring_refuses_to_show_tokens(sqlite_store):
    keyed = open_store(sqlite_store.url, keyring=KeyRing(keys={"k1": _key()}, current="k1"))
    ids = populate(keyed)
    keyed.dispose()
    with pytest.raises(DecryptionError) as err, sqlite_store.session() as s:
        s.get(m.Person, ids["person"]).name  # noqa: B018
    assert err.value.code == "E603"


def test_privacy_rotation_reencrypts_everything_and_old_tokens_are_gone(any_store):
    old_key, new = _key(), _key()
    plain = open_store(any_store.url)  # written before encryption was on
    plain_ids = populate(plain, stray=False)
    plain.dispose()
    old = open_store(any_store.url, keyring=KeyRing(keys={"old": old_key}, current="old"))
    with old.session() as s:
        s.add(m.Person(name=OTHER, aliases=[OTHER.upper()], notes="moved to Accra"))
    report = rotate(old)  # plain values encrypted with "old"
    assert sum(report.encrypted.values()) > 0
    old.dispose()
    assert b"rr1:old:" in raw_bytes(any_store)

    both = KeyRing(keys={"new": new, "old": old_key}, current="new")
    store = open_store(any_store.url, keyring=both)
    report = rotate(store)
    assert report.reencrypted["persons.name"] == 2 and report.total >= 10
    blob = raw_bytes(store)
    assert b"rr1:old:" not in blob and b"rr1:new:" in blob
    assert found(blob, NAME) == [] and found(blob, OTHER) == []
    assert rotate(store).total == 0  # nothing left to do
    store.dispose()

    only_new = open_store(any_store.url, keyring=KeyRing(keys={"new": new}, current="new"))
    with only_new.session() as s:
        assert s.get(m.Person, plain_ids["person"]).name == NAME
        assert {p.notes for p in s.scalars(select(m.Person))} >= {"moved to Accra"}
        assert s.get(m.Article, plain_ids["article"]).text.startswith("Police in Cusco")
    only_new.dispose()


def test_privacy_keys_rotate_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("RIGHTSRADAR_DATA_KEY", f"k1:{new_key()}")
    result = CliRunner().invoke(get_app(), ["keys", "rotate"])
    assert result.exit_code == 0, result.output
    assert "re-encrypted" in result.output and "'k1'" in result.output
