"""`forget`: after erasure no stored byte spells the person's name, on SQLite and PostgreSQL,
with and without encryption at rest; everyone else's data and the counts stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from privacy_fixtures import ALIAS, NAME, OTHER, SURNAME, found, populate, raw_bytes
from rightsradar.errors import NotFoundError
from rightsradar.privacy.crypto import KeyRing, new_key
from rightsradar.privacy.erasure import forget
from rightsradar.store import audit, open_store
from rightsradar.store import models as m


def _ring() -> KeyRing:
    import base64

    return KeyRing(keys={"k1": base64.b64decode(new_key())}, current="k1")


@pytest.fixture(params=["plain", "encrypted"])
def store(request, any_store):
    if request.param == "plain":  # no key ring: the byte scan must find nothing anyway
        plain = open_store(any_store.url)
        yield plain
        plain.dispose()
        return
    keyed = open_store(any_store.url, keyring=_ring())
    yield keyed
    keyed.dispose()


def test_privacy_erasure_leaves_no_trace_of_the_name_in_any_encoding(store):
    # Encrypted, only what the pipeline writes; plain, also stray copies of the name.
    ids = populate(store, stray=store.keyring is None)
    before = raw_bytes(store)
    if store.keyring is not None:
        # Encrypted at rest: the name was never written in plain text in the first place.
        assert found(before, NAME) == []
    else:
        assert found(before, NAME), "the scan must be able to see a plain name"

    with store.session() as s:
        s.get(m.Article, ids["article"]).minhash = b"\x01" * 513  # as the resolver stores it
    report = forget(store, ids["person"], actor="officer-7")
    assert report.mentions == 1 and report.articles == 1 and report.rules == 1

    blob = raw_bytes(store)
    for needle in (NAME, ALIAS, SURNAME):
        assert found(blob, needle) == [], f"a form of {needle!r} survived erasure"
    with store.session() as s:
        assert s.get(m.Person, ids["person"]) is None
        art = s.get(m.Article, ids["article"])
        assert "Ñúñez" not in art.text and "Quispe" not in art.title
        assert "Cusco" in art.text and OTHER in art.text  # the rest of the report stays
        assert art.url is None and art.canonical_url is None
        assert art.minhash is None  # a signature of the named text could be tested
        inc = s.get(m.Incident, ids["incident"])
        assert "Quispe" not in inc.title
        # The victim is still counted, unnamed; the other victim keeps their name.
        names = sorted((v.name or "") for v in s.scalars(select(m.VictimMention)))
        assert names == ["", OTHER]
        assert inc.n_victims >= 1
        other = s.get(m.Article, ids["other_article"])
        assert OTHER in other.text
        assert not any("Quispe" in str(a.payload) for a in s.scalars(select(m.Alert)))
        rec = audit.head(s)
        assert (rec.action, rec.object_type, rec.object_id) == ("person.forget", "person",
                                                                str(ids["person"]))  # fmt: skip
        assert audit.verify_chain(s) == []
        assert s.scalar(select(func.count()).select_from(m.AlertRule)) == 1  # country rule
    # The audit record of the erasure does not carry the name either (checked by the
    # byte scan above); it says what was erased by count.
    assert rec.after["articles"] == 1


def test_privacy_erasure_finds_every_spelling_of_the_person(any_store):
    """Titles, case and punctuation do not hide a person from erasure; a namesake who only
    shares a surname keeps their record."""
    store = open_store(any_store.url)  # plain text: the byte scan sees every spelling
    with store.session() as s:
        person = m.Person(name="Ana Quispe")
        inc = m.Incident(title="Dr. Ana Quispe detained in Puno", country="Peru", n_victims=1)
        held = m.Article(external_id="s1", title="Doctor detained in Puno", incident=inc,
                         text="Police detained Dr. Ana Quispe, a physician, in Puno.",
                         content_hash="c" * 64, status="resolved", language="en")  # fmt: skip
        freed = m.Article(external_id="s2", title="ANA QUISPE, DOCTOR, RELEASED",
                          text="ANA QUISPE, the doctor held in Puno, was released.",
                          content_hash="d" * 64, status="resolved", language="en")  # fmt: skip
        namesake = m.Article(external_id="s3", title="Union leader threatened",
                             text="Juana Quispe Mamani, a union leader, was threatened.",
                             content_hash="e" * 64, status="resolved")  # fmt: skip
        for art, mention in ((held, m.VictimMention(name="Dr. Ana Quispe", person=person)),
                             (freed, m.VictimMention(name="ANA QUISPE,")),  # not linked
                             (namesake, m.VictimMention(name="Juana Quispe Mamani"))):  # fmt: skip
            m.Extraction(article=art, model="t").victims.append(mention)
        s.add_all([person, inc, freed, namesake,
                   m.AlertRule(name="w", kind="watchlist", pattern="Dr Ana Quispe",
                               channel="log")])  # fmt: skip
        s.flush()
        pid, namesake_id = person.id, namesake.id
    assert found(raw_bytes(store), "Ana Quispe")

    report = forget(store, pid)
    assert (report.mentions, report.articles, report.rules) == (2, 2, 1)
    assert found(raw_bytes(store), "Ana Quispe") == []
    with store.session() as s:
        names = sorted(v.name or "" for v in s.scalars(select(m.VictimMention)))
        assert names == ["", "", "Juana Quispe Mamani"]
        assert s.get(m.Article, namesake_id).text.startswith("Juana Quispe Mamani, a union")
        assert "Puno" in s.scalars(select(m.Incident)).one().title
    store.dispose()


def test_privacy_erasure_a_one_word_mention_does_not_erase_every_namesake(sqlite_store):
    """A linked mention reduced to one word ("Journalist Ana") must not make erasure redact
    every article and unlink every mention of any Ana: it cannot be undone."""
    with sqlite_store.session() as s:
        person = m.Person(name="Ana Quispe")
        own = m.Article(
            external_id="o1",
            title="Journalist held",
            content_hash="f" * 64,
            text="Journalist Ana was held in Puno.",
            status="resolved",
        )
        other = m.Article(
            external_id="o2",
            title="Teacher honoured",
            content_hash="g" * 64,
            text="Ana Lopez, a teacher, was honoured.",
            status="resolved",
        )
        m.Extraction(article=own, model="t").victims.append(
            m.VictimMention(name="Journalist Ana", person=person)
        )
        m.Extraction(article=other, model="t").victims.append(m.VictimMention(name="Ana"))
        s.add_all([person, own, other])
        s.flush()
        pid, other_id = person.id, other.id
    report = forget(sqlite_store, pid)
    assert report.mentions == 1
    with sqlite_store.session() as s:
        assert s.get(m.Article, other_id).text == "Ana Lopez, a teacher, was honoured."
        assert "Ana" in [v.name for v in s.scalars(select(m.VictimMention))]


def test_privacy_erasure_finds_a_name_in_text_without_spaces(sqlite_store):
    """Chinese text has no spaces between words: the name is found and removed inside a run
    of characters (word-edge matching alone would leave it)."""
    name = "王小明"
    with sqlite_store.session() as s:
        person = m.Person(name=name)
        linked = m.Article(
            external_id="z1",
            title="记者被捕",
            content_hash="h" * 64,
            text=f"记者{name}被捕。",
            status="resolved",
            language="zh",
        )
        other = m.Article(
            external_id="z2",
            title="报道",
            content_hash="i" * 64,
            text=f"警方说{name}已获释。",
            status="resolved",
            language="zh",
        )
        m.Extraction(article=linked, model="t").victims.append(
            m.VictimMention(name=name, person=person)
        )
        s.add_all([person, linked, other])
        s.flush()
        pid = person.id
    report = forget(sqlite_store, pid)
    assert report.articles == 2
    with sqlite_store.session() as s:
        texts = [a.text for a in s.scalars(select(m.Article))]
    assert texts and all(name not in t for t in texts)


def test_privacy_erasure_without_compaction_would_leave_the_name(tmp_path):
    """The byte scan is sharp: a deleted row stays in the file's free space unless the
    store zeroes it (secure_delete) and rewrites the file (VACUUM), as forget does."""
    import sqlite3

    path = tmp_path / "raw.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA secure_delete=OFF")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    con.executemany("INSERT INTO t (name) VALUES (?)", [(f"filler {i} " * 30,) for i in range(50)])
    con.execute("INSERT INTO t (name) VALUES (?)", (NAME,))
    con.commit()
    con.execute("DELETE FROM t WHERE id = 51")
    con.commit()
    con.close()
    assert found(path.read_bytes(), NAME)


def test_privacy_erasure_unknown_person_is_refused(sqlite_store):
    with pytest.raises(NotFoundError) as err:
        forget(sqlite_store, 999)
    assert err.value.code == "E605"


def test_privacy_forget_command_erases_and_reports_counts_only(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from rightsradar.cli import get_app
    from rightsradar.settings import Settings
    from rightsradar.store.base import open_configured_store

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    store = open_configured_store(Settings(), upgrade=True)
    ids = populate(store, stray=False)
    runner = CliRunner()
    declined = runner.invoke(get_app(), ["forget", str(ids["person"])], input="n\n")
    assert declined.exit_code == 1
    result = runner.invoke(get_app(), ["forget", str(ids["person"]), "--yes"])
    assert result.exit_code == 0, result.output
    assert "1 mention(s)" in result.output and "Quispe" not in result.output
    assert found(raw_bytes(store), NAME) == []
    with store.session() as s:
        assert s.get(m.Person, ids["person"]) is None
    assert runner.invoke(get_app(), ["audit", "verify"]).exit_code == 0
    missing = runner.invoke(get_app(), ["forget", "999", "--yes"])
    assert missing.exit_code == 2 and "E605" in missing.output
    store.dispose()


_LETTERS = "abcdefghijklmnoprstuvyzáéíóúñçãõüöøåłšžğışəđ"


def _forget_a_name_written_both_ways(path, name: str) -> list[bytes]:
    """Store an article naming ``name`` as written and in capitals, forget the person, and
    return the forms of the name left in the database file."""
    store = open_store(f"sqlite:///{path}", upgrade=True)
    with store.session() as s:
        art = m.Article(external_id="x", title=f"{name} detained", content_hash="e" * 64,
                        text=f"Reporters said {name} was detained; {name.upper()} was freed.",
                        status="resolved")  # fmt: skip
        ex = m.Extraction(article=art, model="t")
        person = m.Person(name=name)
        ex.victims.append(m.VictimMention(name=name, person=person))
        s.add_all([art, person])
        s.flush()
        pid = person.id
    forget(store, pid)
    left = found(raw_bytes(store), name)
    store.dispose()
    return left


@pytest.mark.slow
@settings(max_examples=8, deadline=None)
@given(parts=st.lists(st.text(alphabet=_LETTERS, min_size=3, max_size=9), min_size=2,
                      max_size=4, unique=True))  # fmt: skip
def test_privacy_erasure_property_no_form_of_any_name_survives(parts, tmp_path_factory):
    name = " ".join(p.capitalize() for p in parts)
    path = tmp_path_factory.mktemp("prop") / "p.db"
    assert _forget_a_name_written_both_ways(path, name) == []


def test_privacy_erasure_a_turkish_name_in_capitals_is_erased_too(tmp_path):
    """ "Barış" in capitals is "BARIŞ": the dotless i must fold like the capital I."""
    assert _forget_a_name_written_both_ways(tmp_path / "t.db", "Barış Yıldız") == []
