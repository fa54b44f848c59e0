"""A long-lived resolver takes in what other processes resolved, in the order they resolved
it (the resolved sequence), not in id order: nothing another process resolves is missed."""

from __future__ import annotations

from sqlalchemy import update

from rightsradar.resolve.service import Resolver, resolve_pending
from rightsradar.store import models as m
from test_resolve_service import (
    BASE_TEXT,
    OTHER_COUNTRY,
    REWORDED,
    add_accra_report,
    add_report,
    incident_of,
)


def _set_status(store, article_id: int, status: str) -> None:
    with store.session() as s:
        s.execute(update(m.Article).where(m.Article.id == article_id).values(status=status))


def test_resolve_lower_id_resolved_later_by_another_process_is_joined(any_store, settings):
    """Process A (`watch`) loads; process B (`run`) then resolves an article with a lower id
    than anything A holds (it was extracted late). A new report of that attack reaching A
    joins B's incident instead of starting a second one."""
    early = add_report(any_store, "early", BASE_TEXT, source="daily-sample")
    _set_status(any_store, early, "pending")  # not yet extracted when A runs
    later = add_accra_report(any_store, "later")
    a = Resolver()
    resolve_pending(any_store, settings, resolver=a)  # A loads and resolves `later`
    assert incident_of(any_store, later) is not None and incident_of(any_store, early) is None
    _set_status(any_store, early, "extracted")
    rep_b = resolve_pending(any_store, settings)  # B: another process, its own resolver
    assert rep_b.n_new_incidents == 1
    follow_up = add_report(any_store, "follow-up", REWORDED, source="north-post", day=(2024, 3, 6))
    rep_a = resolve_pending(any_store, settings, resolver=a)
    assert rep_a.n_joined == 1 and rep_a.n_new_incidents == 0
    assert incident_of(any_store, follow_up).id == incident_of(any_store, early).id
    assert a.n_loads == 1  # caught up, not reloaded


def test_resolve_copy_of_an_article_another_process_resolved_is_a_copy(any_store, settings):
    """The near-duplicate index catches up the same way: a syndicated copy of B's
    lower-id article, reaching A, is recorded as a copy of it."""
    early = add_report(any_store, "early", BASE_TEXT, source="daily-sample")
    _set_status(any_store, early, "pending")
    add_accra_report(any_store, "later")
    a = Resolver()
    resolve_pending(any_store, settings, resolver=a)
    _set_status(any_store, early, "extracted")
    resolve_pending(any_store, settings)
    copy = add_report(
        any_store, "copy", "By Staff Writer, Sample Wire. " + BASE_TEXT, source="sample-wire"
    )
    rep = resolve_pending(any_store, settings, resolver=a)
    assert rep.n_duplicates == 1
    with any_store.session() as s:
        assert s.get(m.Article, copy).duplicate_of_id == early


def test_resolve_split_undo_and_reject_reload_only_those_incidents(any_store, settings):
    """Analysts split a report out of an incident, undo it, then reject the incident: each
    time the long-lived resolver reads only the incidents named in the audit record again
    (no full reload), holds each report under the incident the store now gives it, and a
    new report of the rejected attack does not join it."""
    from rightsradar.resolve import operations

    def elsewhere(tag: str) -> int:  # a report of another attack, to run a cycle
        return add_report(
            any_store,
            tag,
            OTHER_COUNTRY.replace("Accra", f"Accra {tag}"),
            source=f"news-{tag}",
            name=None,
            country="Ghana",
            city="Accra",
            day=(2024, 9, 1),
        )

    a = Resolver()
    kano = add_report(any_store, "kano", BASE_TEXT, source="daily-sample")
    kano2 = add_report(any_store, "kano2", REWORDED, source="north-post", day=(2024, 3, 6))
    resolve_pending(any_store, settings, resolver=a)
    inc = incident_of(any_store, kano).id
    assert incident_of(any_store, kano2).id == inc
    with any_store.session() as s:
        rec = operations.split(s, inc, [kano2], actor="analyst")
        split_id, new_inc = rec.id, rec.after["split"][1]
    elsewhere("one")
    resolve_pending(any_store, settings, resolver=a)
    assert (a.n_loads, a.n_partial_loads) == (1, 1)
    assert a.index.incident[str(kano2)] == new_inc and a.index.incident[str(kano)] == inc
    with any_store.session() as s:
        operations.undo(s, split_id, actor="analyst")
    elsewhere("two")
    resolve_pending(any_store, settings, resolver=a)
    assert (a.n_loads, a.n_partial_loads) == (1, 2)
    assert a.index.incident[str(kano2)] == inc
    with any_store.session() as s:
        operations.set_status(s, inc, "rejected", actor="analyst")
    again = add_report(
        any_store,
        "again",
        "Police in Kano detained the journalist Amara "
        "Okonkwo-Testperson this week, the state journalists' union said.",
        source="kano-voice",
        day=(2024, 3, 6),
    )
    rep = resolve_pending(any_store, settings, resolver=a)
    assert (a.n_loads, a.n_partial_loads) == (1, 3)
    assert rep.n_duplicates == 0 and incident_of(any_store, again).id != inc


def test_resolve_correction_reloads_everything(any_store, settings):
    """A reviewer's correction rewrites extractions (victims' names): the resolver reloads
    the store rather than keep rows and persons' facts from the old reading."""
    from rightsradar.store import audit

    a = Resolver()
    add_report(any_store, "kano", BASE_TEXT, source="daily-sample")
    resolve_pending(any_store, settings, resolver=a)
    with any_store.session() as s:
        audit.record(
            s,
            actor="analyst",
            action="incident.correct",
            object_type="incident",
            object_id=1,
            before={},
            after={},
        )
    add_report(any_store, "kano2", REWORDED, source="north-post", day=(2024, 3, 6))
    resolve_pending(any_store, settings, resolver=a)
    assert a.n_loads == 2


def test_resolve_upgrade_numbers_what_was_resolved_before(tmp_path, settings):
    """A store resolved before the resolved sequence existed: after `db upgrade` its
    resolved articles are numbered, the counter continues after them, and a watcher
    started before a later `run` still takes in what that run resolves."""
    from sqlalchemy import text

    from conftest import DEV_RING
    from rightsradar.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'old.db'}", keyring=DEV_RING)
    store.upgrade("0004")
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (id, external_id, title, content_hash, status, "
                "ingested_at) VALUES (7, 'x', '', 'h7', 'resolved', '2024-01-01'), "
                "(9, 'y', '', 'h9', 'pending', '2024-01-01')"
            )
        )
    store.upgrade()
    with store.session() as s:
        assert s.get(m.Article, 7).resolved_seq == 7 and s.get(m.Article, 9).resolved_seq is None
        assert s.get(m.ResolveCounter, 1).value == 7
    watcher = Resolver()
    with store.session() as s:
        watcher.sync(s)
    early = add_report(store, "early", BASE_TEXT, source="daily-sample")
    resolve_pending(store, settings)
    with store.session() as s:
        assert s.get(m.Article, early).resolved_seq == 8
    add_report(store, "follow-up", REWORDED, source="north-post", day=(2024, 3, 6))
    rep = resolve_pending(store, settings, resolver=watcher)
    assert rep.n_joined == 1 and watcher.n_loads == 1
    store.dispose()
