"""A long-lived resolver takes in what other processes resolved, in the order they resolved
it (the resolved sequence), not in id order: nothing another process resolves is missed."""

from __future__ import annotations

from sqlalchemy import update
from test_resolve_service import BASE_TEXT, OTHER_COUNTRY, REWORDED, add_report, incident_of

from rightsradar.resolve.service import Resolver, resolve_pending
from rightsradar.store import models as m


def _set_status(store, article_id: int, status: str) -> None:
    with store.session() as s:
        s.execute(update(m.Article).where(m.Article.id == article_id).values(status=status))


def test_resolve_lower_id_resolved_later_by_another_process_is_joined(any_store, settings):
    """Process A (`watch`) loads; process B (`run`) then resolves an article with a lower id
    than anything A holds (it was extracted late). A new report of that attack reaching A
    joins B's incident instead of starting a second one."""
    early = add_report(any_store, "early", BASE_TEXT, source="daily-sample")
    _set_status(any_store, early, "pending")  # not yet extracted when A runs
    later = add_report(any_store, "later", OTHER_COUNTRY, source="accra-news", name=None,
                       country="Ghana", city="Accra")
    a = Resolver()
    resolve_pending(any_store, settings, resolver=a)  # A loads and resolves `later`
    assert incident_of(any_store, later) is not None and incident_of(any_store, early) is None
    _set_status(any_store, early, "extracted")
    rep_b = resolve_pending(any_store, settings)  # B: another process, its own resolver
    assert rep_b.n_new_incidents == 1
    follow_up = add_report(any_store, "follow-up", REWORDED, source="north-post",
                           day=(2024, 3, 6))
    rep_a = resolve_pending(any_store, settings, resolver=a)
    assert rep_a.n_joined == 1 and rep_a.n_new_incidents == 0
    assert incident_of(any_store, follow_up).id == incident_of(any_store, early).id
    assert a.n_loads == 1  # caught up, not reloaded


def test_resolve_copy_of_an_article_another_process_resolved_is_a_copy(any_store, settings):
    """The near-duplicate index catches up the same way: a syndicated copy of B's
    lower-id article, reaching A, is recorded as a copy of it."""
    early = add_report(any_store, "early", BASE_TEXT, source="daily-sample")
    _set_status(any_store, early, "pending")
    add_report(any_store, "later", OTHER_COUNTRY, source="accra-news", name=None,
               country="Ghana", city="Accra")
    a = Resolver()
    resolve_pending(any_store, settings, resolver=a)
    _set_status(any_store, early, "extracted")
    resolve_pending(any_store, settings)
    copy = add_report(any_store, "copy", "By Staff Writer, Sample Wire. " + BASE_TEXT,
                      source="sample-wire")
    rep = resolve_pending(any_store, settings, resolver=a)
    assert rep.n_duplicates == 1
    with any_store.session() as s:
        assert s.get(m.Article, copy).duplicate_of_id == early
