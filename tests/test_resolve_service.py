"""Resolve: copies, incident joins, incremental attach, claims, status (synthetic data)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from rightsradar.domain import Article, Extraction, Victim
from rightsradar.resolve.service import resolve_pending
from rightsradar.store import articles, extractions
from rightsradar.store import models as m

BASE_TEXT = (
    "Security forces arrested the journalist Amara Okonkwo-Testperson at her home in Kano on "
    "Tuesday night, her colleagues said. Officers in plain clothes took her laptop and phone "
    "and drove her to an unknown location. The editor of the Daily Sample said the arrest "
    "followed her reporting on land disputes in the north of the state. Rights groups called "
    "for her immediate release and for an investigation into the conduct of the officers."
)


def add_report(
    store,
    ext_id: str,
    text: str,
    *,
    source: str,
    name: str | None = "Amara Okonkwo-Testperson",
    country: str | None = "Nigeria",
    city: str | None = "Kano",
    day: tuple[int, int, int] | None = (2024, 3, 5),
    violations: tuple[str, ...] = ("arbitrary detention",),
    perpetrator: str | None = "state actor",
    relevant: bool = True,
    confidence: dict[str, float] | None = None,
    published: datetime | None = None,
    groups: tuple[str, ...] = ("journalist",),
    victims: list[Victim] | None = None,
) -> int:
    """Store one synthetic article with its extraction; returns the article id."""
    with store.session() as s:
        src = articles.get_or_create_source(s, source)
        res = articles.add_article(
            s,
            Article(
                id=ext_id,
                text=text,
                title=f"Report {ext_id}",
                source=source,
                published=published or datetime(2024, 3, 6, 12),
            ),
            source=src,
        )
        ex = Extraction(
            id=ext_id,
            relevant=relevant,
            relevance_score=0.9 if relevant else 0.1,
            perpetrator_mention=perpetrator is not None,
            perpetrator_type=perpetrator,
            violation_types=list(violations),
            victims=victims
            if victims is not None
            else [Victim(name=name, type=list(groups), sex="woman")]
            if name
            else [Victim(name=None, type=list(groups), population="multiple")],
            country=country,
            city=city,
            year=day[0] if day else None,
            month=day[1] if day else None,
            day=day[2] if day else None,
            confidence=confidence or {},
            model="test.v1",
        )
        extractions.save(s, s.get(m.Article, res.article_id), ex)
        return res.article_id


def add_accra_report(store, ext_id: str, **overrides) -> int:
    """The unnamed report of another attack, in Accra (Ghana), that the tests set beside
    the Kano reports."""
    args = {"source": "accra-news", "name": None, "country": "Ghana", "city": "Accra"}
    return add_report(store, ext_id, OTHER_COUNTRY, **{**args, **overrides})


REWORDED = (
    "Amara Okonkwo-Testperson, a reporter with the Daily Sample, was detained by police in "
    "Kano, according to a statement from the state journalists' union released on Wednesday. "
    "The union condemned what it called an attack on press freedom."
)
OTHER_COUNTRY = (
    "A journalist was arrested by police officers in Accra after publishing a report about "
    "a mining company. Colleagues said she was held overnight without charge."
)


def syndicated(text: str) -> str:
    """A wire copy: new byline, same body, one sentence touched."""
    return "By Staff Writer, Sample Wire. " + text.replace("Tuesday night", "Tuesday evening")


def incident_of(store, article_id: int) -> m.Incident | None:
    with store.session() as s:
        a = s.get(m.Article, article_id)
        return s.get(m.Incident, a.incident_id) if a.incident_id else None


def test_resolve_reworded_reports_join_and_other_attacks_do_not(any_store, settings):
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    b = add_report(any_store, "b", REWORDED, source="north-post", day=(2024, 3, 6), city=None)
    c = add_accra_report(any_store, "c")
    d = add_report(
        any_store,
        "d",
        OTHER_COUNTRY.replace("Accra", "Kano"),
        source="kano-times",
        name="Another Testperson",
        day=(2024, 5, 20),
    )
    rep = resolve_pending(any_store, settings)
    assert rep.n_articles == 4 and rep.n_new_incidents == 3 and rep.n_joined == 1
    ia, ib, ic, idd = (incident_of(any_store, x) for x in (a, b, c, d))
    assert ia.id == ib.id
    assert len({ia.id, ic.id, idd.id}) == 3
    assert ia.status == "corroborated" and ia.n_sources == 2
    with any_store.session() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(m.Article).where(m.Article.status == "resolved")
            )
            == 4
        )


@pytest.mark.parametrize(
    ("second_source", "expected_status", "expected_sources"),
    [("sample-wire", "detected", 1), ("north-post", "corroborated", 2)],
)
def test_resolve_copy_does_not_corroborate_but_independent_outlet_does(
    any_store, settings, second_source, expected_status, expected_sources
):
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    if second_source == "sample-wire":
        b = add_report(any_store, "b", syndicated(BASE_TEXT), source=second_source)
    else:
        b = add_report(any_store, "b", REWORDED, source=second_source)
    resolve_pending(any_store, settings)
    with any_store.session() as s:
        copy = s.get(m.Article, b)
        assert copy.duplicate_of_id == (a if second_source == "sample-wire" else None)
        assert copy.incident_id == s.get(m.Article, a).incident_id
    inc = incident_of(any_store, a)
    assert inc.status == expected_status and inc.n_sources == expected_sources


def test_resolve_exact_copy_from_another_outlet_does_not_corroborate(any_store, settings):
    """The same text carried word for word by a second outlet is syndication: the incident
    keeps one independent source and stays 'detected'."""
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    with any_store.session() as s:
        wire = articles.get_or_create_source(s, "sample-wire")
        again = articles.add_article(s, Article(id="a-wire", text=BASE_TEXT), source=wire)
    assert not again.created and again.article_id == a
    resolve_pending(any_store, settings)
    inc = incident_of(any_store, a)
    assert inc.status == "detected" and inc.n_sources == 1


def test_resolve_incremental_attach_changes_nothing_else(any_store, settings):
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    c = add_accra_report(any_store, "c")
    resolve_pending(any_store, settings)
    before_other = incident_of(any_store, c)
    with any_store.session() as s:
        n_incidents = s.scalar(select(func.count()).select_from(m.Incident))
    b = add_report(any_store, "b", REWORDED, source="north-post", day=(2024, 3, 6))
    rep = resolve_pending(any_store, settings)
    assert rep.n_articles == 1 and rep.n_joined == 1 and rep.n_new_incidents == 0
    assert rep.incident_ids == [incident_of(any_store, a).id]
    assert incident_of(any_store, b).id == incident_of(any_store, a).id
    after_other = incident_of(any_store, c)
    assert after_other.updated_at == before_other.updated_at
    assert after_other.claims == before_other.claims
    with any_store.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Incident)) == n_incidents
        assert s.get(m.Article, a).incident_id == incident_of(any_store, b).id


def test_resolve_claims_keep_each_source_and_show_disagreement(any_store, settings):
    a = add_report(
        any_store,
        "a",
        BASE_TEXT,
        source="daily-sample",
        violations=("arbitrary detention",),
        perpetrator="state actor",
        confidence={"perpetrator_type": 0.6},
    )
    add_report(
        any_store,
        "b",
        REWORDED,
        source="north-post",
        day=(2024, 3, 6),
        violations=("arbitrary detention", "torture"),
        perpetrator="other actors with permissions",
        confidence={"perpetrator_type": 0.9, "violation_types.torture": 0.7},
        published=datetime(2024, 3, 7),
    )
    add_report(
        any_store,
        "c",
        REWORDED.replace("Wednesday", "Thursday") + " Extra line.",
        source="third-outlet",
        violations=("arbitrary detention", "killing"),
        confidence={"violation_types.killing": 0.2},
        published=datetime(2024, 3, 8),
    )
    resolve_pending(any_store, settings)
    inc = incident_of(any_store, a)
    perp = {(c["source"], c["value"]) for c in inc.claims["perpetrator_type"]}
    assert perp == {
        ("daily-sample", "state actor"),
        ("north-post", "other actors with permissions"),
        ("third-outlet", "state actor"),
    }
    # 0.6 + 0.5 (unstated) for "state actor" beats 0.9
    assert inc.perpetrator_type == "state actor"
    dates = {c["source"]: c["value"] for c in inc.claims["event_date"]}
    assert dates == {
        "daily-sample": "2024-03-05",
        "north-post": "2024-03-06",
        "third-outlet": "2024-03-05",
    }
    assert str(inc.event_date) == "2024-03-05"
    # killing claimed with confidence 0.2 only: visible as a claim, not merged
    assert inc.violation_types == ["arbitrary detention", "torture"]
    assert any("killing" in c["value"] for c in inc.claims["violation_types"])
    assert inc.most_serious == "torture"
    assert inc.title == "Report a"
    assert inc.n_sources == 3


def test_resolve_tie_goes_to_earliest_article(any_store, settings):
    a = add_report(
        any_store,
        "a",
        BASE_TEXT,
        source="daily-sample",
        city="Kano",
        published=datetime(2024, 3, 6),
    )
    add_report(
        any_store, "b", REWORDED, source="north-post", city="Fagge", published=datetime(2024, 3, 7)
    )
    resolve_pending(any_store, settings)
    inc = incident_of(any_store, a)
    assert inc.city == "Kano"
    assert {c["value"] for c in inc.claims["city"]} == {"Kano", "Fagge"}


def test_resolve_never_downgrades_analyst_status(any_store, settings):
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    resolve_pending(any_store, settings)
    with any_store.session() as s:
        s.get(m.Incident, incident_of(any_store, a).id).status = "verified"
    add_report(any_store, "b", REWORDED, source="north-post")
    resolve_pending(any_store, settings)
    assert incident_of(any_store, a).status == "verified"


def test_resolve_irrelevant_article_gets_no_incident(any_store, settings):
    a = add_report(
        any_store, "a", "The football season starts on Saturday.", source="sports", relevant=False
    )
    rep = resolve_pending(any_store, settings)
    assert rep.n_irrelevant == 1 and incident_of(any_store, a) is None


@pytest.mark.parametrize(
    ("second_name", "same_person"),
    [
        ("Ms. AMARA Okónkwo-Testperson", True),
        ("Amara Okonkwo-Testpersom", True),
        ("Bello Unrelated-Testperson", False),
    ],
)
def test_resolve_persons_link_by_normalised_or_close_name(
    any_store, settings, second_name, same_person
):
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    b = add_report(
        any_store, "b", OTHER_COUNTRY, source="accra-news", name=second_name, day=(2024, 9, 1)
    )
    resolve_pending(any_store, settings)
    with any_store.session() as s:
        pa = s.get(m.Article, a).extraction.victims[0].person_id
        pb = s.get(m.Article, b).extraction.victims[0].person_id
    assert pa and pb and (pa == pb) is same_person


# -- the database path decides as batch resolution does, and keeps its state between runs --

KANO_UNNAMED = (
    "Police in Kano detained a journalist on Tuesday after she reported on land disputes, "
    "the state union of journalists said. Officers took her laptop and phone."
)
OTHER_VICTIM = (
    "Police in Kano arrested the lawyer Chidi Samplename-Testperson on Tuesday at the "
    "court, his firm said. He represents farmers in a land case against the state."
)


def _partition(assign) -> set[frozenset]:
    groups: dict = {}
    for item, cluster in assign.items():
        groups.setdefault(cluster, set()).add(item)
    return {frozenset(g) for g in groups.values()}


def test_resolve_database_path_makes_the_batch_decisions(any_store, settings):
    """The same reports in the same order end in the same incidents whether resolved from
    the database (`run`, `watch`) or from a file (`rightsradar resolve`): a reworded report
    joins, a report naming another victim at the same place and day stays apart."""
    from rightsradar.resolve.incidents.batch import cluster
    from rightsradar.resolve.incidents.model import MatchModel
    from rightsradar.resolve.service import article_row

    ids = [
        add_report(any_store, "a", BASE_TEXT, source="daily-sample"),
        add_report(any_store, "b", REWORDED, source="north-post", day=(2024, 3, 6), city=None),
        add_report(
            any_store,
            "c",
            OTHER_VICTIM,
            source="kano-times",
            name="Chidi Samplename-Testperson",
            groups=("human rights defender",),
        ),
        add_report(any_store, "d", KANO_UNNAMED, source="kano-voice", name=None),
        add_accra_report(any_store, "e"),
    ]
    resolve_pending(any_store, settings)
    with any_store.session() as s:
        stored = [s.get(m.Article, i) for i in ids]
        rows = [article_row(a) for a in stored]
        db = {str(a.id): a.incident_id for a in stored}
    batch = cluster(rows, MatchModel.load())
    assert _partition(db) == _partition(batch)
    assert db[str(ids[0])] == db[str(ids[1])]
    assert db[str(ids[2])] != db[str(ids[0])]
    assert db[str(ids[4])] not in (db[str(ids[0])], db[str(ids[2])])


def test_resolve_long_lived_resolver_loads_once_and_sees_other_processes(any_store, settings):
    """`watch` keeps one resolver: later cycles do not reload the store, yet an incident
    another process resolved meanwhile is joined, and an analyst's merge is followed."""
    from rightsradar.resolve import operations
    from rightsradar.resolve.service import Resolver

    resolver = Resolver()
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    c = add_accra_report(any_store, "c")
    resolve_pending(any_store, settings, resolver=resolver)
    assert resolver.n_loads == 1
    # Another process (`rightsradar run`) resolves a report of a new attack.
    g = add_report(
        any_store,
        "g",
        OTHER_COUNTRY.replace("Accra", "Kumasi"),
        source="kumasi-news",
        name="Kofi Sampleperson",
        country="Ghana",
        city="Kumasi",
        day=(2024, 4, 2),
    )
    resolve_pending(any_store, settings)
    b = add_report(any_store, "b", REWORDED, source="north-post", day=(2024, 3, 6))
    g2 = add_report(
        any_store,
        "g2",
        "Kofi Sampleperson was arrested in Kumasi, Ghana, on 2 April, his colleagues said.",
        source="ghana-wire",
        name="Kofi Sampleperson",
        country="Ghana",
        city="Kumasi",
        day=(2024, 4, 2),
    )
    rep = resolve_pending(any_store, settings, resolver=resolver)
    assert resolver.n_loads == 1 and rep.n_joined == 2 and rep.n_new_incidents == 0
    assert incident_of(any_store, b).id == incident_of(any_store, a).id
    assert incident_of(any_store, g2).id == incident_of(any_store, g).id
    # An analyst merges the Accra incident into the Kano one (audited): the resolver
    # reads those two incidents again (not the whole store), and a new Accra report joins
    # the merged incident, not the deleted one.
    with any_store.session() as s:
        operations.merge(
            s, incident_of(any_store, a).id, incident_of(any_store, c).id, actor="analyst"
        )
    c2 = add_report(
        any_store,
        "c2",
        OTHER_COUNTRY + " She was released on Friday.",
        source="ghana-news",
        name=None,
        country="Ghana",
        city="Accra",
    )
    resolve_pending(any_store, settings, resolver=resolver)
    assert resolver.n_loads == 1 and resolver.n_partial_loads == 1
    assert incident_of(any_store, c2).id == incident_of(any_store, a).id


def test_resolve_rejected_incident_is_never_joined(any_store, settings):
    from rightsradar.resolve import operations
    from rightsradar.resolve.service import Resolver

    resolver = Resolver()
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    resolve_pending(any_store, settings, resolver=resolver)
    with any_store.session() as s:
        operations.set_status(s, incident_of(any_store, a).id, "rejected", actor="analyst")
    b = add_report(any_store, "b", REWORDED, source="north-post", day=(2024, 3, 6))
    rep = resolve_pending(any_store, settings, resolver=resolver)
    assert rep.n_new_incidents == 1
    assert incident_of(any_store, b).id != incident_of(any_store, a).id


def test_resolve_irrelevant_report_of_a_known_attack_joins_without_its_reading(any_store, settings):
    """A report the relevance classifier missed joins the incident it links to (as batch
    resolution does), adds its outlet, but not its fields; one that links to nothing and a
    report of no attack stay in no incident."""
    a = add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    b = add_report(
        any_store,
        "b",
        REWORDED,
        source="north-post",
        day=(2024, 3, 6),
        relevant=False,
        violations=("killing",),
    )
    c = add_accra_report(any_store, "c", relevant=False)
    rep = resolve_pending(any_store, settings)
    assert rep.n_new_incidents == 1 and rep.n_joined == 1 and rep.n_irrelevant == 1
    inc = incident_of(any_store, a)
    assert incident_of(any_store, b).id == inc.id and incident_of(any_store, c) is None
    assert inc.n_sources == 2 and inc.violation_types == ["arbitrary detention"]


def test_resolve_two_processes_at_once_resolve_each_article_once(any_store, settings,
                                                                  monkeypatch):  # fmt: skip
    """`watch` and `run` at the same time: a second process resolves the articles between
    the first one's read of the waiting ids and its batches. Each article is resolved
    once, and no empty incident is left behind."""
    from rightsradar.resolve import service

    add_report(any_store, "a", BASE_TEXT, source="daily-sample")
    add_report(any_store, "b", REWORDED, source="north-post", day=(2024, 3, 6))
    first = service.Resolver()
    real_sync = service.Resolver.sync

    def other_process_runs_meanwhile(self, s):
        real_sync(self, s)
        if self is first:
            monkeypatch.setattr(service.Resolver, "sync", real_sync)
            resolve_pending(any_store, settings)

    monkeypatch.setattr(service.Resolver, "sync", other_process_runs_meanwhile)
    report = resolve_pending(any_store, settings, resolver=first)
    assert report.n_articles == 0  # everything was already resolved by the other one
    with any_store.session() as s:
        incidents = list(s.scalars(select(m.Incident)))
        assert len(incidents) == 1 and incidents[0].n_sources == 2
        assert {a.incident_id for a in s.scalars(select(m.Article))} == {incidents[0].id}
