"""resolve_pending: syndicated copies collapse, articles join incidents, victims link to persons.

Incremental: each extracted article is resolved against what is stored (and what this run
resolved before it, in id order); existing incidents gain articles and are re-merged, but
nothing is reclustered. One transaction per batch, so an interrupted run resumes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain import most_serious
from ..progress import NullReporter, Reporter
from ..settings import Settings
from ..store import Store
from ..store import incidents as incident_store
from ..store import models as m
from .dedup import NearDuplicateIndex, signature
from .incidents.features import features
from .incidents.model import MatchModel
from .linkage import Record, RuleLinker, best_match, record_names
from .merge import Reading, merge
from .persons import PersonIndex, link_mentions

BATCH_SIZE = 200
# Everything resolving and merging reads from an article, loaded in a few queries instead
# of one lazy load per attribute.
ARTICLE_LOAD = (
    selectinload(m.Article.extraction).selectinload(m.Extraction.victims),
    selectinload(m.Article.outlets),
    selectinload(m.Article.source),
)


@dataclass
class ResolveReport:
    """What one resolve run did. ``incident_ids``: incidents created or changed."""

    n_articles: int = 0
    n_duplicates: int = 0
    n_irrelevant: int = 0
    n_new_incidents: int = 0
    n_joined: int = 0
    n_new_persons: int = 0
    incident_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class _Context:
    settings: Settings
    linker: MatchModel
    dedup: NearDuplicateIndex
    persons: PersonIndex
    report: ResolveReport
    rule_linker: RuleLinker
    touched: set[int] = field(default_factory=set)
    # Linkage rows of stored articles, computed once per run: a stored article is compared
    # with every later article of its place and time, and its row never changes in a run.
    rows: dict[int, dict] = field(default_factory=dict)


def resolve_pending(
    store: Store,
    settings: Settings,
    *,
    reporter: Reporter | None = None,
    linker: MatchModel | None = None,
) -> ResolveReport:
    """Resolve every article with status ``extracted`` (see the module docstring).

    Args:
        store: where articles, extractions and incidents live.
        settings: ``incident_window_days`` bounds how far apart event dates may lie.
        reporter: progress reporting.
        linker: the incident linkage model; the shipped Splink model by default.
    """
    reporter = reporter or NullReporter()
    started = time.perf_counter()
    report = ResolveReport()
    with store.session() as s:
        ids = list(s.scalars(
            select(m.Article.id).where(m.Article.status == "extracted").order_by(m.Article.id)
        ))
        if not ids:
            return report
        ctx = _Context(
            settings=settings,
            linker=linker or MatchModel.load(),
            dedup=_load_originals(s),
            persons=PersonIndex.load(s),
            report=report,
            rule_linker=RuleLinker(window_days=settings.incident_window_days),
        )
    reporter.start("resolve", len(ids))
    for i in range(0, len(ids), BATCH_SIZE):
        batch = ids[i : i + BATCH_SIZE]
        with store.session() as s:
            q = select(m.Article).where(m.Article.id.in_(batch)).order_by(m.Article.id)
            for article in s.scalars(q.options(*ARTICLE_LOAD)):
                _resolve_one(s, article, ctx)
        reporter.advance(len(batch))
    reporter.finish()
    report.incident_ids = sorted(ctx.touched)
    report.seconds = time.perf_counter() - started
    return report


def _load_originals(session: Session) -> NearDuplicateIndex:
    """Rebuild the near-duplicate index from the texts of stored, already resolved originals."""
    index = NearDuplicateIndex()
    q = select(m.Article.id, m.Article.text).where(
        m.Article.status == "resolved",
        m.Article.duplicate_of_id.is_(None),
        m.Article.text.is_not(None),
    )
    for aid, text in session.execute(q.execution_options(yield_per=500)):
        index.add(aid, text)
    return index


def _resolve_one(s: Session, article: m.Article, ctx: _Context) -> None:
    report = ctx.report
    report.n_articles += 1
    ex = article.extraction
    original = None
    if article.text:
        sig = signature(article.text)
        original = ctx.dedup.find(sig)
        if original is None:
            ctx.dedup.add(article.id, sig)
    if ex is not None:
        report.n_new_persons += link_mentions(s, ctx.persons, ex)
    if original is not None:
        root = s.get(m.Article, original)
        while root is not None and root.duplicate_of_id is not None:
            root = s.get(m.Article, root.duplicate_of_id)
        article.duplicate_of_id = root.id if root else original
        article.incident_id = root.incident_id if root else None
        report.n_duplicates += 1
    elif ex is None or not ex.relevant:
        report.n_irrelevant += 1
    else:
        row = article_row(article)
        when, _ = event_date_of(ex)
        person_ids = {v.person_id for v in ex.victims if v.person_id}
        candidates = {inc.id: inc for inc in incident_store.of_persons(s, person_ids)}
        if when is None and article.published is not None:
            # An undated report ("last week") comes out within days of the attack: its
            # publication day finds the incidents of its place and time.
            when = article.published.date()
        if ex.country and when:
            for inc in incident_store.near_in_place_and_time(
                s, ex.country, when, ctx.settings.incident_window_days
            ):
                candidates.setdefault(inc.id, inc)
        match = best_incident(s, ctx.linker, row, sorted(candidates), rows=ctx.rows)
        if match is None and candidates:
            # Second opinion of the rule model over the incidents' merged fields: it joins
            # unnamed reports that agree on place, day and violation, which the pairwise
            # Splink comparisons of article against article score too low.
            record = extraction_record(ex)
            cands = [candidates[iid] for iid in sorted(candidates)]
            names = _incident_names(s, [inc.id for inc in cands])
            scored = [(inc.id, incident_record(inc, names.get(inc.id, ()))) for inc in cands]
            match = best_match(ctx.rule_linker, record, scored)
        if match is not None:
            article.incident_id = match[0]
            report.n_joined += 1
        else:
            article.incident_id = incident_store.create(s, status="detected").id
            report.n_new_incidents += 1
        s.flush()
        refresh_incident(s, article.incident_id)
        ctx.touched.add(article.incident_id)
    article.status = "resolved"
    s.flush()


def extraction_record(ex: m.Extraction) -> Record:
    """The linkage record of one article's extraction."""
    when, precision = event_date_of(ex)
    return Record(
        names=record_names([v.name for v in ex.victims]),
        country=ex.country, region=ex.region, city=ex.city,
        event_date=when, date_precision=precision,
        violations=frozenset(ex.violation_types or []),
        perpetrator=ex.perpetrator_type,
    )


def incident_record(inc: m.Incident, names: tuple[str | None, ...] | list[str | None]) -> Record:
    """The linkage record of an incident's merged fields and its victims' names."""
    return Record(
        names=record_names(list(names)),
        country=inc.country, region=inc.region, city=inc.city,
        event_date=inc.event_date, date_precision=inc.date_precision,
        violations=frozenset(inc.violation_types or []),
        perpetrator=inc.perpetrator_type,
    )


def _incident_names(s: Session, incident_ids: list[int]) -> dict[int, list[str | None]]:
    names: dict[int, list[str | None]] = {}
    if incident_ids:
        for iid, vm in incident_store.mentions(s, incident_ids):
            names.setdefault(iid, []).append(vm.name)
    return names


def event_date_of(ex: m.Extraction) -> tuple[date | None, str | None]:
    """The event date an extraction states, and its precision."""
    if not ex.year:
        return None, None
    precision = ex.date_precision or ("day" if ex.day else "month" if ex.month else "year")
    try:
        return date(ex.year, ex.month or 1, ex.day or 1), precision
    except ValueError:  # e.g. 31 February from a misread date: keep the month
        return date(ex.year, ex.month or 1, 1), "month"


def article_row(article: m.Article) -> dict:
    """The incident linkage row of a stored article and its extraction."""
    return features(str(article.id), article.extraction, article.title or "", article.text or "",
                    article.published)


def best_incident(
    s: Session, model: MatchModel, row: dict, incident_ids: list[int],
    *, rows: dict[int, dict] | None = None,
) -> tuple[int, float] | None:
    """(incident id, weight) of the candidate incident whose best article scores highest.

    An article is compared with each independent article of a candidate, as in batch
    resolution (``incidents.batch.best_link``); ties go to the lowest incident id.
    ``rows`` caches the linkage rows of stored articles across calls.
    """
    rows = {} if rows is None else rows
    best: tuple[int, float] | None = None
    for iid in incident_ids:
        for other in incident_store.independent_articles(s, iid, options=ARTICLE_LOAD):
            if other.extraction is None or str(other.id) == row["unique_id"]:
                continue
            if other.id not in rows:
                rows[other.id] = article_row(other)
            w = model.weight(row, rows[other.id])
            if w >= model.threshold and (best is None or w > best[1]):
                best = (iid, w)
    return best


def independent_outlets(articles: list[m.Article]) -> int:
    """Distinct outlets among an incident's non-duplicate articles.

    Each article counts its own source once. Outlets that carried the article's exact text
    (``article_outlets``) are syndication, not independent reporting (DESIGN.md: an
    incident is corroborated by different outlets, not syndicated copies), so they do not
    add to the count. An article with no known source counts as one outlet.
    """
    return len({("source", a.source_id) if a.source_id is not None else ("article", a.id)
                for a in articles})


def refresh_incident(s: Session, incident_id: int) -> m.Incident:
    """Re-merge an incident's fields, claims, sources and status from its articles."""
    inc = s.get(m.Incident, incident_id)
    assert inc is not None
    articles = list(incident_store.independent_articles(s, incident_id, options=ARTICLE_LOAD))
    readings, groups, persons = [], set(), set()
    for a in articles:
        ex = a.extraction
        if ex is None:
            continue
        when, precision = event_date_of(ex)
        readings.append(Reading(
            article_id=a.id, source=a.source.name if a.source else None, published=a.published,
            title=a.title or "", violation_types=tuple(ex.violation_types or ()),
            perpetrator_type=ex.perpetrator_type, country=ex.country, region=ex.region,
            city=ex.city, latitude=ex.latitude, longitude=ex.longitude, event_date=when,
            date_precision=precision, n_victims=len(ex.victims),
            confidence=dict(ex.confidence or {}),
        ))
        for v in ex.victims:
            groups |= set(v.groups or [])
            if v.person_id:
                persons.add(v.person_id)
    if len(groups) > 1:
        groups.discard("insufficient information")
    merged = merge(readings, n_persons=len(persons))
    for name, value in merged.fields.items():
        setattr(inc, name, value)
    inc.claims = merged.claims
    inc.title = merged.title or inc.title
    inc.most_serious = most_serious(inc.violation_types)
    inc.victim_groups = sorted(groups)
    inc.n_sources = independent_outlets(articles)
    if inc.status == "detected" and inc.n_sources >= 2:
        inc.status = "corroborated"
    s.flush()
    return inc
