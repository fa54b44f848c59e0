"""How well victim mentions are linked into persons, scored against the demo's truth.

The score is pairwise precision/recall/F1 over named victim mentions (two mentions are a
pair when they point at the same person), as ``evaluate.clusters.pairwise`` computes it.
A mention's true person is found among the true victims of its article's incident, by
name (the demo writes every form of a name into ``persons.jsonl`` aliases); a mention
that names none of them (an extraction error) has no truth and is left out, and counted.

- ``score_gold``: linkage alone, on the gold mentions of the corpus (perfect extraction).
- ``score_store``: the pipeline's links, on the mentions it extracted and stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..evaluate.clusters import pairwise
from ..resolve.persons import (
    MentionFacts,
    PersonLinker,
    name_agreement,
    name_tokens,
    organisations,
)
from ..store import Store
from ..store import models as m


@dataclass
class PersonScore:
    """Pairwise scores and how many mentions could be scored."""

    precision: float
    recall: float
    f1: float
    n_mentions: int  # mentions with a true person
    n_unmatched: int  # named mentions that name no true victim of their incident
    n_persons: int  # distinct true persons among the scored mentions

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


class DemoTruth:
    """The demo's incidents, their named victims, and which incident each article reports."""

    def __init__(self, corpus: Path) -> None:
        persons = {p["person_id"]: p for p in _jsonl(corpus / "persons.jsonl")}
        self.article_incident = {
            r["id"]: r["incident_id"] for r in _jsonl(corpus / "incidents.jsonl")
        }
        self.victims: dict[str, list[tuple[str, set[tuple[str, ...]]]]] = {}
        for inc in _jsonl(corpus / "incidents_truth.jsonl"):
            self.victims[inc["incident_id"]] = [
                (v["person_id"], {name_tokens(a) for a in persons[v["person_id"]]["aliases"]})
                for v in inc["victims"]
                if v.get("person_id")
            ]

    def person_of(self, article_id: str, name: str | None) -> str | None:
        """The true person an article's mention names, or None."""
        tokens = name_tokens(name)
        victims = self.victims.get(self.article_incident.get(article_id, ""), [])
        exact = [pid for pid, forms in victims if tokens in forms]
        if exact:
            return exact[0]
        close = {pid for pid, forms in victims if any(name_agreement(tokens, f) for f in forms)}
        return close.pop() if len(close) == 1 else None


def _score(truth: dict[str, str], pred: dict[str, str], n_unmatched: int) -> PersonScore:
    s = pairwise(truth, pred)
    return PersonScore(
        s["precision"], s["recall"], s["f1"], len(truth), n_unmatched, len(set(truth.values()))
    )


def score_gold(corpus: Path, linker: PersonLinker | None = None) -> PersonScore:
    """Link the corpus's gold victim mentions in publication order and score the links."""
    linker = linker or PersonLinker()
    demo = DemoTruth(corpus)
    articles = {a["id"]: a for a in _jsonl(corpus / "articles.jsonl")}
    gold = sorted(_jsonl(corpus / "gold.jsonl"), key=lambda g: articles[g["id"]]["published"])
    truth, pred, unmatched, next_id = {}, {}, 0, 0
    for g in gold:
        for i, v in enumerate(g["victims"]):
            if not v.get("name") or v.get("population") == "multiple":
                continue
            a = articles[g["id"]]
            facts = MentionFacts(
                v["name"],
                g.get("country"),
                v.get("sex") or "unknown",
                tuple(v.get("type") or ()),
                organisations(f"{a.get('title', '')}\n\n{a['text']}"),
            )
            pid, _ = linker.find(facts)
            if pid is None:
                next_id += 1
                pid = next_id
            linker.add(pid, facts)
            key = f"{g['id']}#{i}"
            person = demo.person_of(g["id"], v["name"])
            if person is None:
                unmatched += 1
                continue
            truth[key], pred[key] = person, str(pid)
    return _score(truth, pred, unmatched)


def score_store(store: Store, corpus: Path) -> PersonScore:
    """Score the person links the pipeline stored for the demo corpus ``corpus``."""
    demo = DemoTruth(corpus)
    truth, pred, unmatched = {}, {}, 0
    q = (
        select(
            m.VictimMention.id,
            m.VictimMention.name,
            m.VictimMention.person_id,
            m.Article.external_id,
        )
        .join(m.Extraction, m.VictimMention.extraction_id == m.Extraction.id)
        .join(m.Article, m.Extraction.article_id == m.Article.id)
        .where(m.VictimMention.population != "multiple", m.VictimMention.name.is_not(None))
    )
    with store.session() as s:
        rows = list(s.execute(q))
    for mid, name, person_id, external_id in rows:
        if len(name_tokens(name)) < 2:
            continue
        person = demo.person_of(external_id, name)
        if person is None:
            unmatched += 1
            continue
        key = str(mid)
        truth[key] = person
        pred[key] = str(person_id) if person_id is not None else f"unlinked:{mid}"
    return _score(truth, pred, unmatched)
