"""Incremental attach: one new article joins an existing incident, nothing is reclustered.

The index keeps every resolved article's linkage row under its blocking keys (the same
keys as the model's blocking rules), so a new article is scored only against the few
articles that share a victim name, or the country within a blocking period. It joins the
incident of the best-scoring article when that score reaches the model's threshold: the
rule of ``batch.best_link``.

The database path (``service.Resolver``) keeps one index for the life of a process and adds
each article as it is resolved, so attaching costs the same whatever the store's size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .model import RECENT_REPORTS, MatchModel

Row = dict[str, Any]


def blocking_keys(row: Row) -> list[tuple[Any, ...]]:
    keys: list[tuple[Any, ...]] = [("name", k) for k in row["name_keys"] or ()]
    if row["country"] is not None and row["period_a"] is not None:
        keys.append(("a", row["country"], row["period_a"]))
        keys.append(("b", row["country"], row["period_b"]))
    return keys


def comparable(row: Row, other: Row) -> bool:
    """Whether ``other`` counts among the reports ``row`` must mostly agree with to join
    their incident (``MatchModel.agrees``): a report from the same country, or one naming
    the same victim. An incident an analyst merged across countries is told in each
    country by its own reports."""
    if row["country"] is not None and row["country"] == other["country"]:
        return True
    return bool(set(row["name_keys"] or ()) & set(other["name_keys"] or ()))


def compared(row: Row, reports: Sequence[str], rows: Mapping[str, Row]) -> list[str]:
    """The latest ``RECENT_REPORTS`` of an incident's ``reports`` (ids, oldest first) that
    are ``comparable`` with ``row``, oldest first: what ``MatchModel.agrees`` counts."""
    out: list[str] = []
    for uid in reversed(reports):
        if comparable(row, rows[uid]):
            out.append(uid)
            if len(out) == RECENT_REPORTS:
                break
    out.reverse()
    return out


def may_join(
    model: MatchModel,
    row: Row,
    linked: Container[str],
    reports: Sequence[str],
    named: Iterable[Row],
    rows: Mapping[str, Row],
) -> bool:
    """Whether ``row``, whose links reach the threshold with the ids ``linked``, may join
    the incident whose reports are ``reports`` (ids, oldest first) and whose named reports
    are ``named``: it links to enough of those it is ``compared`` with
    (``MatchModel.agrees``), does not give a day of the attack weeks from every day they
    give (``MatchModel.dates_differ``), does not name a region of their country that none
    of them names (``MatchModel.places_differ``), does not name only other people
    (``MatchModel.names_differ``) and does not count the victims far otherwise than all
    of them (``MatchModel.victims_differ``). The one rule of batch resolution (``batch.best_link``)
    and of attaching (``best``)."""
    against = compared(row, reports, rows)
    return (
        model.agrees(linked, against)
        and not model.dates_differ(row, (rows[u] for u in against))
        and not model.places_differ(row, (rows[u] for u in against))
        and not model.names_differ(row, named)
        and not model.victims_differ(row, (rows[u] for u in against))
    )


@dataclass
class IncidentIndex:
    """Resolved articles' rows by blocking key, and the incident of each."""

    model: MatchModel
    rows: dict[str, Row] = field(default_factory=dict)
    incident: dict[str, Any] = field(default_factory=dict)
    blocks: dict[tuple[Any, ...], list[str]] = field(default_factory=lambda: defaultdict(list))
    named: dict[Any, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Every report of each incident, in the order they joined (``MatchModel.agrees``).
    members: dict[Any, list[str]] = field(default_factory=lambda: defaultdict(list))

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, row: Row, incident_id: Any) -> None:
        """Index ``row`` as a report of ``incident_id`` (replacing an earlier row of its id)."""
        uid = row["unique_id"]
        if uid in self.rows:
            self.discard(uid)
        for key in blocking_keys(row):
            self.blocks[key].append(uid)
        if row["name_keys"]:
            self.named[incident_id].append(uid)
        self.members[incident_id].append(uid)
        self.rows[uid] = row
        self.incident[uid] = incident_id

    def discard(self, uid: str) -> None:
        """Forget one row (an article extracted again); a no-op for an unknown id."""
        row = self.rows.pop(uid, None)
        if row is None:
            return
        incident_id = self.incident.pop(uid)
        for key in blocking_keys(row):
            members = self.blocks.get(key)
            if members is not None and uid in members:
                members.remove(uid)
        for by_incident in (self.named, self.members):
            reports = by_incident.get(incident_id)
            if reports is not None and uid in reports:
                reports.remove(uid)
                if not reports:
                    del by_incident[incident_id]

    def candidates(self, row: Row) -> set[str]:
        out: set[str] = set()
        for key in blocking_keys(row):
            out.update(self.blocks.get(key, ()))
        out.discard(row["unique_id"])
        return out

    def best(self, row: Row, *, exclude: Container[Any] = ()) -> tuple[Any, float] | None:
        """(incident, weight) of the best-scoring candidate at or above the threshold.

        As in ``batch.best_link``, an incident ``row`` does not link to enough of
        (``MatchModel.agrees``: half of the latest of its reports from the same country or
        naming the same victim, see ``comparable``) is skipped, and so is one whose named
        reports all name other people than ``row`` (``MatchModel.names_differ``); so are the
        incidents in ``exclude`` (those an analyst rejected).
        """
        scored = []
        for uid in sorted(self.candidates(row)):  # sorted: ties go to the earliest id
            w = self.model.weight(row, self.rows[uid])
            if w >= self.model.threshold:
                scored.append((-w, uid))
        linked = {uid for _, uid in scored}
        for neg_w, uid in sorted(scored):
            incident = self.incident[uid]
            if incident in exclude:
                continue
            named = (self.rows[u] for u in self.named.get(incident, ()))
            reports = self.members.get(incident, ())
            if may_join(self.model, row, linked, reports, named, self.rows):
                return incident, -neg_w
        return None
