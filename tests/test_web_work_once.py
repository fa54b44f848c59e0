"""Work the web app does once, not once per item: a person's case history reads its mentions
in a fixed number of queries and explains each link as before; a bulk review rewrites the
corrections file once; an operation's result reads its incidents in one query."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import event

from rightsradar.resolve.persons import Profile, compare, facts_of
from rightsradar.store import models as m
from rightsradar.web import generation, listing, review, services

NAMES = ["Amara Okafor", "Amara Okafor", "A. Okafor", "Amarah Okafor", "Amara Okafur"]


def _person_with_mentions(store, n: int) -> int:
    """A person named in ``n`` articles of ``n`` incidents (countries and groups vary)."""
    with store.session() as s:
        person = m.Person(name="Amara Okafor", groups=["journalist"])
        s.add(person)
        for i in range(n):
            inc = m.Incident(
                title=f"Incident {i}", country="Nigeria", event_date=date(2024, 1, 1 + i % 28)
            )
            art = m.Article(
                external_id=f"x{i}", title="t", text="x", content_hash=f"h{i}", incident=inc
            )
            m.Extraction(
                article=art,
                model="t",
                relevant=True,
                country="Nigeria" if i % 3 else "Ghana",
                victims=[
                    m.VictimMention(
                        name=NAMES[i % len(NAMES)],
                        person=person,
                        groups=["journalist"] if i % 2 else ["trade unionist"],
                        sex="woman" if i % 4 else "man",
                        organisations=["Daily Star"] if i == 1 else [],
                    )
                ],
            )
            s.add(inc)
        s.flush()
        return person.id


def _statements(store):
    seen: list[str] = []

    def count(*args) -> None:
        seen.append(args[2])

    event.listen(store.engine, "before_cursor_execute", count)
    return seen, lambda: event.remove(store.engine, "before_cursor_execute", count)


def _reference_links(mentions) -> dict[int, tuple]:
    """What the history said before: each mention compared with a profile of all others."""
    out = {}
    for v in mentions:
        others = Profile()
        for o in mentions:
            if o.id != v.id:
                others.add(facts_of(o, o.extraction.country))
        ev = compare(others, facts_of(v, v.extraction.country)) if others.forms else None
        out[v.id] = (ev.name, ev.shared, ev.conflicts) if ev else (None, (), ())
    return out


@pytest.mark.parametrize("n", [3, 12])
def test_person_history_reads_a_fixed_number_of_queries(sqlite_store, n):
    pid = _person_with_mentions(sqlite_store, n)
    with sqlite_store.session() as s:
        seen, stop = _statements(sqlite_store)
        history = services.person_history(s, pid)
        stop()
        assert len(history.incidents) == n
        # person, mentions with extractions and articles, incidents: no query per mention
        assert len(seen) <= 4, seen
        links = {
            ln.mention_id: (ln.name_agreement, tuple(ln.shared), tuple(ln.conflicts))
            for inc in history.incidents
            for ln in inc.links
        }
        mentions = list(s.get(m.Person, pid).mentions)
        assert links == _reference_links(mentions)
        assert {ln.name_agreement for ln in (x for i in history.incidents for x in i.links)} >= {
            "same"
        }
        days = [i.event_date for i in history.incidents]
        assert days == sorted(days)


def test_bulk_review_rewrites_the_corrections_file_once(sqlite_store, tmp_path, monkeypatch):
    with sqlite_store.session() as s:
        incs = []
        for i in range(4):
            inc = m.Incident(title=f"I{i}", status="detected", country="Peru")
            m.Article(
                external_id=f"b{i}",
                title=f"T{i}",
                text=f"Text {i}",
                content_hash=f"b{i}",
                incident=inc,
            )
            s.add(inc)
            incs.append(inc)
        s.flush()
        ids = [i.id for i in incs]
    writes = []
    real = review.write_examples
    monkeypatch.setattr(
        review, "write_examples", lambda path, lines: writes.append(len(lines)) or real(path, lines)
    )
    with sqlite_store.session() as s:
        done = review.bulk(s, ids + ids[:1], "verified", actor="rev", data_dir=tmp_path)
    assert [d.status for d in done] == ["verified"] * 4
    assert writes == [4]
    lines = [json.loads(x) for x in review.corrections_path(tmp_path).read_text().splitlines()]
    assert sorted(x["title"] for x in lines) == ["T0", "T1", "T2", "T3"]
    assert all(x["relevant"] for x in lines)


def test_operation_result_reads_its_incidents_in_one_query(sqlite_store):
    with sqlite_store.session() as s:
        a = m.Incident(title="A", country="Peru", event_date=date(2024, 5, 1))
        b = m.Incident(title="B", country="Peru", event_date=date(2024, 5, 2))
        for i, inc in enumerate((a, b, a)):
            m.Article(external_id=f"o{i}", title="t", text="x", content_hash=f"o{i}", incident=inc)
        s.add_all([a, b])
        s.flush()
        ids = sorted([a.id, b.id])
    with sqlite_store.session() as s:
        result = services.merge_incidents(s, ids[0], ids[1], actor="rev")
        s.expunge_all()
        rec = s.get(m.AuditRecord, result.audit_id)
        seen, stop = _statements(sqlite_store)
        again = services._result(s, rec)
        stop()
    assert again.incident_ids == result.incident_ids == ids
    # The merged-away incident is gone: only the survivor is listed, as the first time.
    assert [i.id for i in again.incidents] == [i.id for i in result.incidents] == ids[:1]
    assert len([q for q in seen if "FROM incidents" in q]) == 1


def test_list_pages_stay_fresh_when_watchers_are_recycled(sqlite_store, monkeypatch):
    """Only a few databases are watched at once; a database watched anew never gets the
    pages kept before it was dropped."""
    from rightsradar.web.schemas import IncidentQuery

    monkeypatch.setattr(generation, "MAX_WATCHERS", 1)
    q = IncidentQuery(limit=5)
    with sqlite_store.session() as s:
        s.add(m.Incident(title="First", country="Peru", event_date=date(2024, 1, 1)))
    with sqlite_store.session() as s:
        before = json.loads(listing.incident_list_json(s, q, audience="reviewer"))
    assert [i["title"] for i in before["items"]] == ["First"]
    other = review.database_key  # another database pushes this one's watcher out
    monkeypatch.setattr(review, "database_key", lambda session: "elsewhere")
    with sqlite_store.session() as s:
        generation.data_generation(s)
    monkeypatch.setattr(review, "database_key", other)
    with sqlite_store.session() as s:
        s.add(m.Incident(title="Second", country="Peru", event_date=date(2024, 2, 1)))
    with sqlite_store.session() as s:
        after = json.loads(listing.incident_list_json(s, q, audience="reviewer"))
    assert [i["title"] for i in after["items"]] == ["Second", "First"]
