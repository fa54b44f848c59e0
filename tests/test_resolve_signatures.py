"""A resolver that loads an article stored without its MinHash signature (resolved before
migration 0005, or erased since) computes it once and writes it back: the next load reads
it instead of computing it again."""

from __future__ import annotations

from sqlalchemy import update

from rightsradar.resolve.dedup import signature, unpack
from rightsradar.resolve.service import Resolver, resolve_pending
from rightsradar.store import models as m
from test_resolve_service import BASE_TEXT, OTHER_COUNTRY, add_accra_report, add_report, incident_of


def _drop_signatures(store) -> None:
    with store.session() as s:
        s.execute(update(m.Article).values(minhash=None))


def _signature(store, article_id: int):
    with store.session() as s:
        return unpack(s.get(m.Article, article_id).minhash)


def test_resolve_load_writes_back_a_missing_signature_once(any_store, settings):
    first = add_report(any_store, "kano", BASE_TEXT, source="daily-sample")
    other = add_accra_report(any_store, "accra")
    resolve_pending(any_store, settings)
    _drop_signatures(any_store)  # as a store resolved before signatures were stored
    assert _signature(any_store, first) is None

    loading = Resolver()
    with any_store.session() as s:
        loading.sync(s)
    assert loading.n_signatures_stored == 2
    for article_id, text in ((first, BASE_TEXT), (other, OTHER_COUNTRY)):
        stored = _signature(any_store, article_id)
        assert stored is not None and stored.jaccard(signature(text)) == 1.0

    again = Resolver()
    with any_store.session() as s:
        again.sync(s)
    assert again.n_signatures_stored == 0  # read, not computed

    # The stored signature still finds a syndicated copy of the article.
    copy = add_report(any_store, "kano-copy", BASE_TEXT, source="wire-copy")
    rep = resolve_pending(any_store, settings, resolver=again)
    assert rep.n_duplicates == 1
    assert incident_of(any_store, copy).id == incident_of(any_store, first).id


def test_resolve_load_never_stores_the_signature_of_a_text_erased_meanwhile(
    any_store, settings, monkeypatch
):
    """An erasure that redacts an article while a resolver is signing the text it read
    leaves no signature of the named text behind."""
    from rightsradar.resolve import service

    first = add_report(any_store, "kano", BASE_TEXT, source="daily-sample")
    resolve_pending(any_store, settings)
    _drop_signatures(any_store)
    redacted = BASE_TEXT.replace("Amara Okonkwo-Testperson", "[P-1]")
    assert redacted != BASE_TEXT

    def erased_meanwhile(text):
        with any_store.session() as other:  # another process commits the erasure
            other.get(m.Article, first).text = redacted
        return signature(text)

    monkeypatch.setattr(service, "signature", erased_meanwhile)
    loading = Resolver()
    with any_store.session() as s:
        loading.sync(s)
    assert loading.n_signatures_stored == 0
    assert _signature(any_store, first) is None  # the next load signs the redacted text

    monkeypatch.setattr(service, "signature", signature)
    again = Resolver()
    with any_store.session() as s:
        again.sync(s)
    stored = _signature(any_store, first)
    assert again.n_signatures_stored == 1
    assert stored is not None and stored.jaccard(signature(redacted)) == 1.0
