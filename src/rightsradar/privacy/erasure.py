"""Erasure: ``forget`` removes one person's personal data from every place the store keeps it.

What goes: the person row (name, aliases, notes), the name on every mention of them
(linked, or unlinked with the same name), the name in article titles and text (redacted
with ``privacy.redact`` under a throw-away key, so the pseudonyms left behind cannot be
linked to anyone, not even by the key holder), in URLs that spell it, in incident titles,
claims, extraction evidence and alert payloads, and watch-list rules for them. What stays:
the incidents and the mentions as unnamed victims, so counts do not change. Aggregates
are recomputed, the database is compacted so no old page holds the name, and the erasure
is audited by person id and counts only.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..resolve.names import TITLES, fold, name_key
from ..store import alerts as alert_store
from ..store import audit
from ..store import models as m
from .pseudonym import pseudonym

if TYPE_CHECKING:
    from ..store import Store

# Tables ``forget`` may write to: what compaction rewrites on PostgreSQL.
TOUCHED_TABLES = ["persons", "victim_mentions", "articles", "article_outlets", "extractions",
                  "incidents", "alerts", "alert_rules"]  # fmt: skip


@dataclass
class ErasureReport:
    """How many rows of each kind lost personal data (never what it was)."""

    person_id: int
    mentions: int = 0
    articles: int = 0
    incidents: int = 0
    alerts: int = 0
    rules: int = 0


# Punctuation a report puts around a name ("ANA QUISPE, a lawyer"; "(Dr. Quispe)").
_EDGES = " \t\n,.;:!?'\"()[]{}“”‘’«»"


def _spellings(name: str) -> set[str]:
    """``name`` as written, without surrounding punctuation, and without leading titles."""
    words = name.strip(_EDGES).split()
    out = {" ".join(words)}
    while len(words) > 1 and fold(words[0]) in TITLES:
        words = words[1:]
        out.add(" ".join(words))
    return out - {""}


def _unspaced(key: str) -> bool:
    """Whether ``key`` is written in a script that puts no spaces between words."""
    return any(
        "\u3040" <= c <= "\u30ff"  # Japanese kana
        or "\u3400" <= c <= "\u9fff"  # CJK ideographs
        or "\uac00" <= c <= "\ud7af"  # Hangul (spaced, but names run into particles)
        or "\u0e00" <= c <= "\u0eff"  # Thai, Lao
        or "\u1000" <= c <= "\u109f"  # Myanmar
        or "\u1780" <= c <= "\u17ff"  # Khmer
        for c in key
    )


class _Names:
    """The person's names and how to find them in text, URLs and JSON.

    Matching uses the project's name key (``resolve.names``): case, accents, punctuation
    and leading titles do not matter, so "Dr. Ana Quispe" and "ANA QUISPE," are the person
    "Ana Quispe". Text is matched on whole words, so erasing "Ana Quispe" does not touch
    an article about "Juana Quispe".
    """

    def __init__(self, names: Iterable[str], *, own: str | None = None) -> None:
        self.names = sorted({v for n in names if n and n.strip() for v in _spellings(n)})
        keys = {name_key(n) for n in self.names} - {""}
        # Records not linked to the person are searched by names of two words or more: a
        # one-word form ("Journalist Ana" -> "ana") would match every Ana in the database,
        # and erasure cannot be undone. A person known by one name only keeps that name.
        own_key = name_key(own or "")
        self.keys = {k for k in keys if " " in k} or ({own_key} if own_key else keys)
        self.slugs = {re.sub(r"[^a-z0-9]+", "-", k).strip("-") for k in self.keys} - {""}

    def is_name(self, name: str | None) -> bool:
        return bool(name) and name_key(name) in self.keys

    def in_text(self, text: str | None) -> bool:
        if not text:
            return False
        folded = f" {fold(text)} "  # once per text, not once per name variant
        # Scripts written without spaces between words (Chinese, Japanese, Thai, ...) have
        # no word edges to match on: there the name is looked for anywhere.
        return any(f" {k} " in folded or (_unspaced(k) and k in folded) for k in self.keys)

    def in_url(self, url: str | None) -> bool:
        if not url:
            return False
        from urllib.parse import unquote

        slug = "-" + re.sub(r"[^a-z0-9]+", "-", fold(unquote(url))).strip("-") + "-"
        return any(f"-{s}-" in slug for s in self.slugs)


def forget(store: Store, person_id: int, *, actor: str = "cli") -> ErasureReport:
    """Erase person ``person_id``'s personal data, recompute aggregates, compact, audit."""
    report = ErasureReport(person_id=person_id)
    with store.session() as s:
        person = s.get(m.Person, person_id)
        if person is None:
            raise NotFoundError("E605", f"no person with id {person_id}",
                                hint="see the person ids in the web app or API")  # fmt: skip
        linked = list(s.scalars(select(m.VictimMention).where(m.VictimMention.person_id
                                                              == person_id)))  # fmt: skip
        names = _Names(
            [person.name, *(person.aliases or []), *(v.name or "" for v in linked)], own=person.name
        )
        mentions = linked + [
            v for v in s.scalars(select(m.VictimMention).where(
                m.VictimMention.person_id.is_(None), m.VictimMention.name.is_not(None)))
            if names.is_name(v.name)
        ]  # fmt: skip
        extraction_ids = {v.extraction_id for v in mentions}
        for v in mentions:
            v.name, v.person_id = None, None
        report.mentions = len(mentions)
        s.flush()
        s.delete(person)

        key = secrets.token_bytes(32)  # thrown away: nobody can link what is left
        incident_ids = _erase_articles(s, names, extraction_ids, key, report)
        incident_ids |= {
            iid
            for iid, title in s.execute(select(m.Incident.id, m.Incident.title))
            if names.in_text(title)
        }
        report.rules = _erase_rules(s, names, actor)
        _erase_incidents(s, names, sorted(incident_ids), key, report)
        audit.record(s, actor=actor, action="person.forget", object_type="person",
                     object_id=person_id, after={k: v for k, v in asdict(report).items()
                                                 if k != "person_id"})  # fmt: skip
    store.compact(TOUCHED_TABLES)
    return report


def _redact(text: str | None, names: _Names, key: bytes, language: str | None) -> str | None:
    if not text:
        return text
    from .redact import redact

    out = redact(text, names=names.names, key=key, language=language or "en").text
    # The redactor finds names between word edges; in scripts without spaces a name sits
    # inside a run of characters, so those forms are replaced wherever they stand.
    for name in sorted((n for n in names.names if _unspaced(n)), key=len, reverse=True):
        out = out.replace(name, f"[{pseudonym(key, name)}]")
    return out


def _scrub(value: Any, names: _Names, key: bytes) -> Any:
    """``value`` (JSON) with every string that names the person redacted."""
    if isinstance(value, str):
        return _redact(value, names, key, None) if names.in_text(value) else value
    if isinstance(value, list):
        return [_scrub(v, names, key) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, names, key) for k, v in value.items()}
    return value


def _erase_articles(s: Session, names: _Names, extraction_ids: set[int], key: bytes,
                    report: ErasureReport) -> set[int]:  # fmt: skip
    """Redact every article that carried a mention of the person or names them."""
    from_mentions = set(s.scalars(select(m.Extraction.article_id)
                                  .where(m.Extraction.id.in_(extraction_ids))))  # fmt: skip
    ids = set(from_mentions)
    rows = s.execute(select(m.Article.id, m.Article.title, m.Article.text, m.Article.url,
                            m.Article.canonical_url, m.Article.external_id)
                     .execution_options(yield_per=500))  # fmt: skip
    for aid, title, text, url, canonical, external in rows:
        if aid not in ids and (
            names.in_text(title)
            or names.in_text(text)
            or any(names.in_url(u) for u in (url, canonical, external))
        ):
            ids.add(aid)
    incident_ids: set[int] = set()
    for aid in sorted(ids):
        a = s.get(m.Article, aid)
        assert a is not None
        a.title = _redact(a.title, names, key, a.language) or ""
        a.text = _redact(a.text, names, key, a.language)
        # The near-duplicate signature was computed from the text that named them: a
        # dictionary of candidate names could be tested against it. A resolver that loads
        # the article later signs the redacted text and stores that signature (never one
        # of a text it read before this erasure committed: resolve.service).
        a.minhash = None
        if any(names.in_url(u) for u in (a.url, a.canonical_url, a.external_id)):
            a.url, a.canonical_url, a.external_id = None, None, f"erased-{a.id}"
        for outlet in a.outlets:
            if names.in_url(outlet.url):
                outlet.url = None
        if a.extraction is not None:
            a.extraction.evidence = _scrub(a.extraction.evidence, names, key)
        if a.incident_id is not None:
            incident_ids.add(a.incident_id)
    report.articles = len(ids)
    return incident_ids


def _erase_rules(s: Session, names: _Names, actor: str) -> int:
    from ..alert.rules import IncidentView, matches

    view = IncidentView(id=0, names=tuple(names.names))
    n = 0
    for rule in list(alert_store.list_rules(s)):
        if rule.kind == "watchlist" and (
            names.is_name(rule.pattern) or matches("watchlist", rule.pattern, view)
        ):
            alert_store.remove_rule(s, rule.id, actor=actor)
            n += 1
    return n


def _erase_incidents(s: Session, names: _Names, incident_ids: list[int], key: bytes,
                     report: ErasureReport) -> None:  # fmt: skip
    from ..resolve.service import refresh_incident

    s.flush()
    for iid in incident_ids:
        inc = refresh_incident(s, iid)  # counts, claims and title from the redacted articles
        if names.in_text(inc.title):
            inc.title = _redact(inc.title, names, key, None) or ""
        inc.claims = _scrub(inc.claims, names, key)
        for alert in s.scalars(select(m.Alert).where(m.Alert.incident_id == iid)):
            alert.payload = _scrub(alert.payload, names, key)
            report.alerts += 1
    report.incidents = len(incident_ids)
