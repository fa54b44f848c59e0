"""Person linkage: each named victim mention points at one Person (the case history).

Rule: the same name key (accents and case folded, titles stripped) is the same person,
whatever the country; otherwise a fuzzy match (rapidfuzz token_sort_ratio on name keys,
>= ``FUZZY_MIN``) against persons already seen in the same country; otherwise a new
Person. Unnamed groups link to no one.

The index is built once per resolve run from the stored persons. It compares plaintext
names in memory; once names are encrypted at rest it needs a keyed blind index column
(``Person.name_key``, an HMAC) instead of reading every name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import models as m
from .names import fold, name_key

FUZZY_MIN = 92.0


@dataclass
class PersonIndex:
    """Name keys of known persons, exact and per country."""

    by_key: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))

    @classmethod
    def load(cls, session: Session) -> PersonIndex:
        """Every stored person, with the countries their mentions were reported in."""
        index = cls()
        for pid, name, aliases in session.execute(
            select(m.Person.id, m.Person.name, m.Person.aliases)
        ):
            for n in [name, *(aliases or [])]:
                k = name_key(n)
                if k:
                    index.by_key.setdefault(k, pid)
        rows = session.execute(
            select(m.VictimMention.person_id, m.VictimMention.name, m.Extraction.country)
            .join(m.Extraction, m.VictimMention.extraction_id == m.Extraction.id)
            .where(m.VictimMention.person_id.is_not(None), m.Extraction.country.is_not(None))
        )
        for pid, name, country in rows:
            k = name_key(name)
            if k:
                index.by_country[fold(country)].setdefault(k, pid)
        return index

    def find(self, key: str, country: str | None) -> int | None:
        """The person with this name key, or a close one in the same country."""
        if key in self.by_key:
            return self.by_key[key]
        if not country:
            return None
        pool = self.by_country.get(fold(country))
        if not pool:
            return None
        hit = process.extractOne(key, pool.keys(), scorer=fuzz.token_sort_ratio,
                                 score_cutoff=FUZZY_MIN)
        return pool[hit[0]] if hit else None

    def remember(self, key: str, country: str | None, person_id: int) -> None:
        self.by_key.setdefault(key, person_id)
        if country:
            self.by_country[fold(country)].setdefault(key, person_id)


def link_mentions(session: Session, index: PersonIndex, extraction: m.Extraction) -> int:
    """Point each named mention of ``extraction`` at a Person; returns how many were created."""
    created = 0
    for mention in extraction.victims:
        key = name_key(mention.name)
        if not key or mention.population == "multiple":
            continue
        pid = mention.person_id or index.find(key, extraction.country)
        if pid is None:
            person = m.Person(name=mention.name or key, groups=list(mention.groups or []),
                              sex=mention.sex)
            session.add(person)
            session.flush()
            pid, created = person.id, created + 1
        else:
            _enrich(session.get(m.Person, pid), mention)
        mention.person_id = pid
        index.remember(key, extraction.country, pid)
    return created


def _enrich(person: m.Person | None, mention: m.VictimMention) -> None:
    """Add what a new mention tells about a known person (groups, sex, name variant)."""
    if person is None:
        return
    groups = set(person.groups or []) | set(mention.groups or [])
    if len(groups) > 1:
        groups.discard("insufficient information")
    if groups != set(person.groups or []):
        person.groups = sorted(groups)
    if person.sex == "unknown" and mention.sex != "unknown":
        person.sex = mention.sex
    if mention.name and name_key(mention.name) != name_key(person.name) and \
            mention.name not in (person.aliases or []):
        person.aliases = [*(person.aliases or []), mention.name]
