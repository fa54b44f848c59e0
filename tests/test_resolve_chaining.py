"""A report joins an incident only when it agrees with most of the incident's reports, not
with just one of them: many attacks in one city and week (a crackdown) are not chained
into one incident report by report. Both paths (batch and attach) apply the same rule."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from rightsradar.domain import Extraction, Victim
from rightsradar.resolve.incidents.batch import best_link
from rightsradar.resolve.incidents.features import features
from rightsradar.resolve.incidents.index import IncidentIndex
from rightsradar.resolve.incidents.model import MatchModel
from rightsradar.resolve.service import resolve_pending
from test_resolve_service import (
    BASE_TEXT,
    REWORDED,
    add_accra_report,
    add_report,
    incident_of,
)


class TableModel(MatchModel):
    """The shipped model's rules with stated pair weights: a pair not listed scores -10."""

    def __init__(self, pairs: dict[frozenset[str], float]) -> None:
        super().__init__(MatchModel.load().settings)
        self.pairs = pairs

    def weight(self, a, b) -> float:
        return self.pairs.get(frozenset((a["unique_id"], b["unique_id"])), -10.0)


def _row(uid: str, country: str = "Zimbabwe") -> dict:
    ex = Extraction(id=uid, relevant=True, country=country, city="Harare", year=2025, month=6,
                    day=28, date_precision="day", victims=[Victim(name=None)])  # fmt: skip
    return features(uid, ex, "Report", "Police detained protesters in Harare on Saturday.")


def _edges(model: TableModel, rows: list[dict]) -> pa.Table:
    ids = [r["unique_id"] for r in rows]
    pairs = [
        (a, b, model.pairs[frozenset((a, b))])
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if model.pairs.get(frozenset((a, b)), -10.0) >= model.threshold
    ]
    return pa.table(
        {
            "unique_id_l": [p[0] for p in pairs],
            "unique_id_r": [p[1] for p in pairs],
            "match_weight": [p[2] for p in pairs],
        }
    )


# Three reports of one attack (a1-a3); b links strongly to a3 alone (another attack that
# day in the same city, told alike); c links to a2 and a3.
STRONG = 9.0
PAIRS = {
    frozenset(p): STRONG
    for p in (("a1", "a2"), ("a1", "a3"), ("a2", "a3"), ("b", "a3"), ("c", "a2"), ("c", "a3"))
}


def test_resolve_report_linking_to_one_report_of_an_incident_does_not_join_it():
    model = TableModel(PAIRS)
    rows = [_row(u) for u in ("a1", "a2", "a3", "b", "c")]
    out = best_link(rows, _edges(model, rows), model)
    assert out["a2"] == out["a3"] == out["a1"]
    assert out["b"] == "b"  # one of three: its own incident
    assert out["c"] == out["a1"]  # two of three: joins
    index = IncidentIndex(model)
    for r in rows[:3]:
        index.add(r, 1)
    assert index.best(rows[3]) is None
    assert index.best(rows[4]) == (1, STRONG)


def test_resolve_reports_from_another_country_of_a_merged_incident_are_not_compared():
    # An analyst merged a Ghanaian report (g) into a Zimbabwean incident: a new Ghanaian
    # report linking to g joins, though it links to none of the Zimbabwean reports.
    model = TableModel({**PAIRS, frozenset(("g2", "g")): STRONG})
    index = IncidentIndex(model)
    for r in [_row(u) for u in ("a1", "a2", "a3")] + [_row("g", country="Ghana")]:
        index.add(r, 1)
    assert index.best(_row("g2", country="Ghana")) == (1, STRONG)
    assert index.best(_row("b")) is None


@pytest.fixture(scope="module")
def model():
    return MatchModel.load()


def _in(uid: str, city: str) -> dict:
    ex = Extraction(id=uid, relevant=True, country="Cameroon", city=city, year=2025, month=7,
                    day=9, date_precision="day", victims=[Victim(name=None)])  # fmt: skip
    return features(uid, ex, "Report", f"Police detained three journalists in {city}.")


def test_resolve_a_report_from_another_region_does_not_join_an_incident_told_alike():
    # Journalists arrested the same week in Yaoundé and in Douala: two attacks, though
    # the reports agree on everything but the place.
    model = TableModel({frozenset(p): STRONG for p in (("y1", "y2"), ("d1", "y1"), ("d1", "y2"),
                                                        ("y3", "y1"), ("y3", "y2"))})  # fmt: skip
    index = IncidentIndex(model)
    for r in (_in("y1", "Yaoundé"), _in("y2", "Yaoundé")):
        index.add(r, 1)
    assert index.best(_in("d1", "Douala")) is None
    assert index.best(_in("y3", "Yaoundé")) == (1, STRONG)


def _named(
    uid: str, name: str, month: int = 3, day: int | None = 5, published: date | None = None
) -> dict:
    ex = Extraction(id=uid, relevant=True, country="Nigeria", city="Kano", year=2024,
                    month=month, day=day, date_precision="day" if day else "month",
                    violation_types=["arbitrary detention"], perpetrator_type="state actor",
                    victims=[Victim(name=name)])  # fmt: skip
    text = f"Police arrested {name} in Kano on Tuesday, the Sample Tribune said."
    return features(uid, ex, "Report", text, published)


def test_resolve_second_arrest_of_a_defender_weeks_later_is_another_incident(model):
    """The same defender, town, violation and perpetrator, told alike: the two reports
    link by their weights, but the days they give are 25 days apart, so the second
    arrest is an incident of its own, in batch and when attached. A report three days off
    (a later turn of the first arrest) and one giving only the month still join."""
    name = "Amara Okonkwo-Testperson"
    first, again = _named("d1", name), _named("d2", name, day=30)
    near, undated = _named("d3", name, day=8), _named("d4", name, day=None)
    assert model.weight(first, again) >= model.threshold  # the pair alone would join
    assert model.dates_differ(again, [first])
    assert not model.dates_differ(near, [first, again])
    assert not model.dates_differ(undated, [first])
    index = IncidentIndex(model)
    index.add(first, 1)
    assert index.best(again) is None
    assert index.best(near)[0] == 1
    assert index.best(undated)[0] == 1
    rows = [first, again, near]
    edges = _edges(TableModel({frozenset(("d1", "d2")): STRONG, frozenset(("d1", "d3")): STRONG,
                               frozenset(("d2", "d3")): STRONG}), rows)  # fmt: skip
    out = best_link(rows, edges, model)
    assert out["d2"] == "d2" and out["d3"] == out["d1"] == "d1"


def test_resolve_attack_dated_weeks_after_the_reports_of_an_incident_is_another(model):
    """Reports of threats give no day of the attack but were published on 1 and 2 March;
    a report of an arrest on 28 March cannot be about what they told, in batch or when
    attached. An undated follow-up, and a report dating the attack a week after the
    first reports (a later turn they could not tell), still join."""
    name = "Amara Okonkwo-Testperson"
    threats = [_named(f"t{i}", name, day=None, published=date(2024, 3, i)) for i in (1, 2)]
    arrest = _named("a", name, day=28, published=date(2024, 3, 29))
    follow = _named("f", name, day=None, published=date(2024, 3, 20))
    turn = _named("w", name, day=9, published=date(2024, 3, 10))
    assert all(model.weight(arrest, t) >= model.threshold for t in threats)
    assert model.dates_differ(arrest, threats)
    assert not model.dates_differ(follow, threats)
    assert not model.dates_differ(turn, threats)
    index = IncidentIndex(model)
    for t in threats:
        index.add(t, 1)
    assert index.best(arrest) is None
    assert index.best(follow)[0] == 1
    assert index.best(turn)[0] == 1
    rows = [*threats, arrest]
    edges = _edges(TableModel({frozenset((a["unique_id"], b["unique_id"])): STRONG
                               for a in rows for b in rows if a is not b}), rows)  # fmt: skip
    out = best_link(rows, edges, model)
    assert out["a"] == "a" and out["t2"] == out["t1"] == "t1"


def test_resolve_named_reports_sharing_only_a_surname_name_other_people(model):
    first = _named("n1", "Amara Okonkwo-Testperson")
    relative = _named("n2", "Chidi Samplename-Testperson")
    same = _named("n3", "Amara Okonkwo Testperson")
    assert model.names_differ(relative, [first])
    assert not model.names_differ(same, [first])
    index = IncidentIndex(model)
    index.add(first, 1)
    assert index.best(relative) is None
    assert index.best(same)[0] == 1


def test_resolve_reports_naming_people_whose_names_share_two_words_name_other_people(model):
    # Two words in common ("Paola", "Rodríguez") but another given name first: another
    # woman, though both are in each other's text.
    first = _named("p1", "Paola María Zúñiga Rodríguez")
    other = _named("p2", "Rocío Paola Rodríguez")
    shorter = _named("p3", "Paola Zúñiga")
    assert model.names_differ(other, [first])
    assert not model.names_differ(shorter, [first])
    # Two victims of one report do not pool their words: Carmen Cárdenas and Rocío
    # Rodríguez are not Carmen Rodríguez.
    pair = _named("p4", "Carmen Cárdenas")
    pair["name_keys"] = ["carmen cardenas", "rocio rodriguez"]
    pair["name_pairs"] = ["carmen cardenas", "rocio rodriguez"]
    assert model.names_differ(_named("p5", "Carmen Rodríguez"), [pair])


def test_resolve_a_later_mention_by_the_two_surnames_names_the_same_person(model):
    full = _named("s1", "Carmen Marisol Velásquez Rodríguez")
    short = _named("s2", "Velásquez Rodríguez")
    sister = _named("s3", "Lucía Velásquez Rodríguez")
    assert not model.names_differ(short, [full])
    assert model.names_differ(sister, [full])


def test_resolve_a_victim_named_in_the_others_text_only_is_not_other_people(model):
    named = _named("m1", "Paola María Zúñiga Rodríguez")
    ex = Extraction(id="m2", relevant=True, country="Nigeria", city="Kano", year=2024, month=3,
                    day=5, date_precision="day", victims=[Victim(name="Sam Person")])  # fmt: skip
    text = "Police arrested Sam Person and Paola María Zúñiga Rodríguez in Kano on Tuesday."
    missed = features("m2", ex, "Report", text)
    assert not model.names_differ(missed, [named])


def _group(uid: str, count: str, names: str = "") -> dict:
    ex = Extraction(id=uid, relevant=True, country="Nigeria", city="Kano", year=2024, month=3,
                    day=5, date_precision="day", violation_types=["arbitrary detention"],
                    perpetrator_type="state actor", victims=[Victim(name=None)])  # fmt: skip
    text = f"{count} activists were arrested by police in Kano on Tuesday.{names}"
    return features(uid, ex, "Activists detained", text)


def test_resolve_one_named_defender_is_not_seven_activists_arrested_that_week(model):
    """In a crackdown, the arrest of one named defender and that of seven unnamed
    activists in the same town and week are told alike; the number of victims tells them
    apart, in batch and when attached. Two named against one (a name missed) still
    agree, and so does a group report whose text names the defender."""
    seven = [_group("g1", "Seven"), _group("g2", "At least seven")]
    assert [r["victims_n"] for r in seven] == ["7", "7"]
    one = _named("o1", "Amara Okonkwo-Testperson")
    assert one["victims_n"] == "1"
    assert model.victims_differ(one, seven)
    among = _group("g3", "Seven", " Among them was Amara Okonkwo-Testperson.")
    assert not model.victims_differ(one, [among])
    two = _group("g4", "Two")
    assert not model.victims_differ(one, [two])
    index = IncidentIndex(model)
    for r in seven:
        index.add(r, 1)
    assert index.best(one) is None
    rows = [*seven, one]
    edges = _edges(TableModel({frozenset((a["unique_id"], b["unique_id"])): STRONG
                               for a in rows for b in rows if a is not b}), rows)  # fmt: skip
    out = best_link(rows, edges, model)
    assert out["o1"] == "o1" and out["g2"] == out["g1"] == "g1"


def test_resolve_irrelevant_report_joins_the_incident_a_later_relevant_report_starts(
    any_store, settings
):
    """The relevance classifier missed the first report of an attack: it waits in no
    incident, and the first relevant report of that attack makes one incident of both."""
    missed = add_report(any_store, "missed", BASE_TEXT, source="daily-sample", relevant=False)
    rep = resolve_pending(any_store, settings)
    assert rep.n_irrelevant == 1 and incident_of(any_store, missed) is None
    found = add_report(any_store, "found", REWORDED, source="north-post", day=(2024, 3, 6))
    rep = resolve_pending(any_store, settings)
    assert rep.n_new_incidents == 1
    assert incident_of(any_store, missed).id == incident_of(any_store, found).id
    # The same when each run loads the store afresh (another process resolved the first).
    other = add_report(any_store, "other-missed", ZARIA, source="zaria-news", city="Zaria",
                       day=(2024, 4, 9), name="Bola Sampleperson", relevant=False)  # fmt: skip
    resolve_pending(any_store, settings)
    follow = add_report(any_store, "other-found", ZARIA_REWORDED, source="zaria-voice",
                        city="Zaria", day=(2024, 4, 9), name="Bola Sampleperson")  # fmt: skip
    resolve_pending(any_store, settings)
    assert incident_of(any_store, other) is not None
    assert incident_of(any_store, other).id == incident_of(any_store, follow).id
    assert incident_of(any_store, other).id != incident_of(any_store, missed).id


ZARIA = (
    "Bola Sampleperson, a lawyer who defends farmers in a land case, was seized by gunmen "
    "outside her office in Zaria on Tuesday, witnesses told reporters."
)
ZARIA_REWORDED = (
    "Gunmen abducted the lawyer Bola Sampleperson in Zaria, her family said on Wednesday. "
    "She represents farming communities in a dispute with the state."
)


def test_resolve_load_holds_only_recent_reports_in_no_incident(any_store, settings):
    """A resolver loading the store holds the reports in no incident of the last
    ORPHAN_DAYS only (older ones are met through a victim's name, if ever), and every
    report of an incident."""
    from datetime import datetime

    from rightsradar.resolve.service import Resolver

    old = add_report(any_store, "old-missed", ZARIA, source="zaria-news", city="Zaria",
                     day=(2023, 5, 30), published=datetime(2023, 6, 1), relevant=False,
                     name="Bola Sampleperson")  # fmt: skip
    kept = add_accra_report(any_store, "accra", day=(2023, 5, 30), published=datetime(2023, 6, 1))
    recent = add_report(any_store, "missed", BASE_TEXT, source="daily-sample", relevant=False)
    resolve_pending(any_store, settings)
    loading = Resolver()
    with any_store.session() as s:
        loading.sync(s)
    held = set(loading.index.rows)
    assert str(recent) in held and str(kept) in held
    assert str(old) not in held and incident_of(any_store, old) is None


PORT = [
    "Soldiers beat a trade unionist at the harbour gate on Monday, colleagues said.",
    "A union organiser was assaulted at the port entrance, a federation statement said.",
    "Dockworkers' leader hurt in attack near harbour, the union confirmed on Tuesday.",
]


def _port_report(store, i: int, *, relevant: bool) -> int:
    return add_report(store, f"port-{i}", PORT[i], source=f"port-src{i}", name=None,
                      relevant=relevant)  # fmt: skip


def test_resolve_reports_in_no_incident_keep_their_group_when_the_store_is_loaded_again(
    any_store, settings
):
    """Two reports the extractor found irrelevant that link wait as one group; a resolver
    that loads the store afresh (a restart) groups them the same, so a relevant report
    linking to either makes one incident of all three."""
    from rightsradar.resolve.service import Resolver

    model = TableModel({})
    a = _port_report(any_store, 0, relevant=False)
    b = _port_report(any_store, 1, relevant=False)
    model.pairs[frozenset((str(a), str(b)))] = 9.0
    held = Resolver(model)
    resolve_pending(any_store, settings, resolver=held)
    fresh = Resolver(model)
    with any_store.session() as s:
        fresh.sync(s)
    assert (
        fresh.index.incident[str(a)] == fresh.index.incident[str(b)] == held.index.incident[str(b)]
    )
    r = _port_report(any_store, 2, relevant=True)
    model.pairs[frozenset((str(b), str(r)))] = 9.0
    resolve_pending(any_store, settings, resolver=fresh)
    assert (
        incident_of(any_store, a).id == incident_of(any_store, b).id == incident_of(any_store, r).id
    )


def test_resolve_a_report_adopted_by_one_process_is_not_moved_by_another(any_store, settings):
    """Two resolvers (``run`` beside ``watch``) hold the same report in no incident; once
    one of them makes an incident of it, the other sees it there and does not take it."""
    from rightsradar.resolve.service import Resolver

    model = TableModel({})
    a = _port_report(any_store, 0, relevant=False)
    first, second = Resolver(model), Resolver(model)
    resolve_pending(any_store, settings, resolver=first)
    with any_store.session() as s:
        second.sync(s)
    r1 = _port_report(any_store, 1, relevant=True)
    model.pairs[frozenset((str(a), str(r1)))] = 9.0
    resolve_pending(any_store, settings, resolver=first)
    adopted = incident_of(any_store, r1).id
    assert incident_of(any_store, a).id == adopted
    r2 = _port_report(any_store, 2, relevant=True)
    model.pairs[frozenset((str(a), str(r2)))] = 9.0
    resolve_pending(any_store, settings, resolver=second)
    assert incident_of(any_store, a).id == adopted
    assert incident_of(any_store, r2).id == adopted  # it links to half of that incident
