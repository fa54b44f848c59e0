"""resolve_pending: syndicated copies collapse, articles join incidents, victims link to persons.

Incremental: each extracted article is resolved against what is stored (and what this run
resolved before it, in id order); existing incidents gain articles and are re-merged, but
nothing is reclustered. One transaction per batch, so an interrupted run resumes.

An article joins an incident by the rule of batch resolution (``incidents.batch.best_link``,
``rightsradar resolve``): the incident of its best-scoring earlier report, scored by the
linkage model within the model's blocking, when it links to at least half of that
incident's reports from its country (``MatchModel.agrees``), unless that incident's named
reports all name other people. The same articles in the same order so end in the same
incidents by either path, except that a syndicated copy belongs to its original's incident
and an article the extractor found irrelevant never starts an incident: it joins one when it
links to a report of it (the relevance classifier missed a report of a known attack), and
otherwise waits in no incident, in a group of such reports (``orphans_key``), until a
relevant report links to it and makes an incident of them all, as batch resolution, where
every report can start a cluster, would group them.

What resolution compares against (near-duplicate signatures, linkage rows, persons) lives
in a ``Resolver``, loaded from the store once and then kept up to date: ``watch`` holds one
for its whole life, so a cycle costs the same however large the store. Before each batch
the resolver reads what other processes resolved since, by the resolved sequence: each
batch numbers its articles from ``resolve_counter`` just before it commits, holding the
counter's row until then, so numbers become visible in order and none lower appears later
(an id high-water mark missed an older article another process resolved late). After an
analyst's change (all audited) it reads again the incidents a status change, merge, split
or their undo names, and reloads everything after any other (a correction, erasure,
retention), so it never acts on a state the store no longer has.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from ..domain import most_serious
from ..progress import NullReporter, Reporter
from ..settings import Settings
from ..store import Store
from ..store import incidents as incident_store
from ..store import models as m
from .dedup import NearDuplicateIndex, pack, signature, unpack
from .incidents.features import features
from .incidents.index import IncidentIndex
from .incidents.model import MatchModel
from .merge import Reading, merge
from .persons import PersonIndex, facts_of, link_mentions

BATCH_SIZE = 200
# A resolver loading the store holds the reports in no incident (``orphans_key``) published
# within this many days of the newest article (or today, if that is earlier): computing
# every old one's linkage row would double the load. The cost: a relevant report of an old
# event (a trial, an anniversary) no longer gathers the irrelevant reports of that event
# published before the window.
ORPHAN_DAYS = 90
# Everything resolving and merging reads from an article, loaded in a few queries instead
# of one lazy load per attribute.
ARTICLE_LOAD = (
    selectinload(m.Article.extraction).selectinload(m.Extraction.victims),
    selectinload(m.Article.outlets),
    selectinload(m.Article.source),
)
# What a resolver reads of a stored article (no outlets: they do not change a decision).
_STATE_LOAD = (selectinload(m.Article.extraction).selectinload(m.Extraction.victims),)
# Audited changes after which a resolver reads the store again: an analyst moved articles
# between incidents, changed a status or corrected a reading (incident, undo of an audit
# record: only the incidents named, where ``_incidents_of`` can tell them), or personal
# data was erased or purged (person, article). Reads of personal data are audited too;
# they change nothing.
RELOAD_OBJECTS = ("incident", "audit", "person", "article")


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


def _store_signatures(s: Session, computed: dict[int, tuple[str, Any]]) -> int:
    """Write back signatures computed from the texts read, where the stored text is still
    that text and still has no signature; the number written.

    An erasure may redact an article (and drop its signature) after the text was read: a
    signature of the text that named someone must not be stored over it. So the rows are
    written first (a no-op), which takes the write lock before anything is compared:
    SQLite's one writer at a time (its SELECTs take none), PostgreSQL's row locks (an
    erasure under way is waited for). Then the texts are read again and compared with what
    was signed, and no erasure can commit before this transaction does.
    """
    ids = sorted(computed)
    unsigned = (m.Article.id.in_(ids), m.Article.minhash.is_(None))
    s.execute(
        update(m.Article).where(*unsigned).values(minhash=None),
        execution_options={"synchronize_session": False},
    )
    rows = s.execute(select(m.Article.id, m.Article.text).where(*unsigned)).all()
    values = [
        {"id": article_id, "minhash": pack(computed[article_id][1])}
        for article_id, text in rows
        if text == computed[article_id][0]
    ]
    if values:
        s.execute(update(m.Article), values)
    return len(values)


@dataclass
class Resolver:
    """What resolution compares a new article with, kept between runs of one process.

    ``index``: the linkage row and incident of every resolved article in an incident;
    ``dedup``: the signatures of resolved originals; ``persons``: known persons and their
    mentions; ``rejected``: incidents an analyst rejected (never joined). ``sync`` brings
    it up to date with the store before a batch.
    """

    model: MatchModel = field(default_factory=MatchModel.load)
    index: IncidentIndex = field(init=False)
    dedup: NearDuplicateIndex = field(init=False)
    persons: PersonIndex = field(init=False)
    rejected: set[int] = field(init=False)
    seq_mark: int = field(init=False)  # highest resolved sequence number taken in
    audit_mark: int = field(init=False)  # newest audit record seen
    loaded: bool = field(init=False)
    n_loads: int = field(init=False, default=0)  # full loads so far
    n_partial_loads: int = field(init=False, default=0)  # reloads of changed incidents
    # Signatures computed at load for articles stored without one, and written back.
    n_signatures_stored: int = field(init=False, default=0)
    # Reports in no incident published before this day are not held (``ORPHAN_DAYS``).
    orphans_since: date | None = field(init=False, default=None)
    # Articles this process resolved, by the sequence number their batch gave them: a
    # later sync skips them (already held) unless another process resolved them again.
    own: dict[int, int] = field(init=False)

    def __post_init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget everything: the next ``sync`` loads the store afresh."""
        self.index = IncidentIndex(self.model)
        self.dedup = NearDuplicateIndex()
        self.persons = PersonIndex()
        self.rejected = set()
        self.seq_mark = self.audit_mark = 0
        self.own = {}
        self.loaded = False

    def sync(self, s: Session) -> None:
        """Load the store once; later, read only what other processes resolved since."""
        audit_mark = s.scalar(select(func.max(m.AuditRecord.id))) or 0
        if self.loaded and audit_mark > self.audit_mark:
            changed = self._changed_incidents(s, audit_mark)
            if changed is None:
                self.clear()
            elif changed:
                self._reload_incidents(s, changed)
        q = select(m.Article.id, m.Article.resolved_seq, m.Article.status)
        if self.loaded:
            # By the sequence's index alone: filtered by status too, SQLite walks the
            # status index over every resolved article instead.
            q = q.where(m.Article.resolved_seq > self.seq_mark).order_by(m.Article.resolved_seq)
        else:
            q = q.where(m.Article.status == "resolved").order_by(m.Article.id)
            # Everything resolved, numbered or not (resolved in this very transaction, or
            # before numbering existed).
            self.rejected = set(
                s.scalars(select(m.Incident.id).where(m.Incident.status == "rejected"))
            )
            self.persons = PersonIndex.load(s)
            self.own = {}
            self.n_loads += 1
            newest = s.scalar(select(func.max(m.Article.published)))
            if newest is not None:  # one article dated in the future must not hide the rest
                newest = min(newest.date(), datetime.now(UTC).date())
            self.orphans_since = (
                newest - timedelta(days=ORPHAN_DAYS) if newest is not None else None
            )
        new = []
        for article_id, seq, status in s.execute(q):
            if status != "resolved":  # extracted again since: resolved anew later
                continue
            self.seq_mark = max(self.seq_mark, seq or 0)
            if not self.loaded or self.own.pop(article_id, None) != seq:
                new.append(article_id)
        self.own = {a: n for a, n in self.own.items() if n > self.seq_mark}
        for i in range(0, len(new), BATCH_SIZE):
            self._hold_batch(s, new[i : i + BATCH_SIZE], persons=self.loaded)
        self.audit_mark = audit_mark
        self.loaded = True

    def _changed_incidents(self, s: Session, audit_mark: int) -> set[int] | None:
        """The incidents analysts changed since the resolver's audit mark, or None when a
        change needs a full reload: anything but a status change, merge or split of
        incidents, or the undo of one (a correction rewrites extractions and persons'
        facts; erasure and retention remove data)."""
        changed: set[int] = set()
        for rec in s.scalars(
            select(m.AuditRecord)
            .where(
                m.AuditRecord.id > self.audit_mark,
                m.AuditRecord.id <= audit_mark,
                m.AuditRecord.action != "read",
                m.AuditRecord.object_type.in_(RELOAD_OBJECTS),
            )
            .order_by(m.AuditRecord.id)
        ):
            ids = _incidents_of(s, rec)
            if ids is None:
                return None
            changed |= ids
        return changed

    def _reload_incidents(self, s: Session, incident_ids: set[int]) -> None:
        """Read ``incident_ids`` afresh: their status, and which articles they hold."""
        for uid, incident in list(self.index.incident.items()):
            if incident in incident_ids:
                self.index.discard(uid)
        self.rejected -= incident_ids
        self.rejected |= set(
            s.scalars(
                select(m.Incident.id).where(
                    m.Incident.id.in_(incident_ids), m.Incident.status == "rejected"
                )
            )
        )
        q = select(m.Article).where(
            m.Article.incident_id.in_(incident_ids), m.Article.status == "resolved"
        )
        for article in s.scalars(q.order_by(m.Article.id).options(*_STATE_LOAD)):
            if article.extraction is not None:
                self.index.add(article_row(article), article.incident_id)
        self.n_partial_loads += 1

    def _hold_batch(self, s: Session, ids: list[int], *, persons: bool) -> None:
        """Take in articles resolved by another process (or found at load).

        The text is read only to compute linkage rows: signatures come stored. An article
        resolved before signatures were stored (migration 0005), or whose signature erasure
        dropped with the named text, gets one computed from its text now, and it is written
        back with the batch, so the next load reads it instead of computing it again.
        """
        q = select(m.Article).where(m.Article.id.in_(ids)).order_by(m.Article.id)
        computed: dict[int, tuple[str, Any]] = {}
        for article in s.scalars(q.options(*_STATE_LOAD)):
            self._hold(article, persons=persons, computed=computed)
        if computed:
            self.n_signatures_stored += _store_signatures(s, computed)

    def _hold(
        self, article: m.Article, *, persons: bool, computed: dict[int, tuple[str, Any]]
    ) -> None:
        """Take in one article; a signature computed here goes into ``computed`` with the
        text it was computed from."""
        if article.text and article.duplicate_of_id is None and article.id not in self.dedup:
            sig = unpack(article.minhash)
            if sig is None:
                sig = signature(article.text)
                computed[article.id] = (article.text, sig)
            self.dedup.add(article.id, sig)
        ex = article.extraction
        if ex is not None and persons:
            for v in ex.victims:
                if v.person_id:
                    self.persons.add(v.person_id, facts_of(v, ex.country))
        if ex is not None and article.incident_id is not None:
            self.index.add(article_row(article), article.incident_id)
        elif ex is not None and self._recent(article):
            # In no incident: it waits for a relevant report, in the group it links to, as
            # when it was resolved (groups are not stored; ``orphans_key``).
            row = article_row(article)
            self.index.add(row, self._orphan_group(row, article))
        else:  # resolved again with no reading, or an old report in no incident
            self.index.discard(str(article.id))

    def _orphan_group(self, row: dict[str, Any], article: m.Article) -> Any:
        """The group of reports in no incident a held report waits in: its original's, or
        the best-linked group, or a new one of its own."""
        if article.duplicate_of_id is not None:
            group = self.index.incident.get(str(article.duplicate_of_id))
            return group if is_orphans(group) else orphans_key(article.duplicate_of_id)
        self.index.discard(row["unique_id"])
        match = self.index.best(row, exclude=_INCIDENTS)
        return match[0] if match is not None else orphans_key(article.id)

    def _recent(self, article: m.Article) -> bool:
        """Whether a report in no incident is recent enough to be held (``ORPHAN_DAYS``)."""
        since = self.orphans_since
        return since is None or article.published is None or article.published.date() >= since

    def resolved(self, article: m.Article, row: dict[str, Any] | None, orphans: Any = None) -> None:
        """Take in an article this process just resolved (``orphans``: the key of the group
        of reports in no incident it waits in, see ``orphans_key``)."""
        if row is not None and article.incident_id is not None:
            self.index.add(row, article.incident_id)
        elif row is not None and orphans is not None:
            self.index.add(row, orphans)
        elif str(article.id) in self.index.rows:  # extracted again, now in no incident
            self.index.discard(str(article.id))


# The audited analyst operations after which a resolver reads again only the incidents
# they name (``operations``): their states list every incident whose articles moved.
_INCIDENT_ACTIONS = ("incident_status", "incident.merge", "incident.split")


def _incidents_of(s: Session, rec: m.AuditRecord, depth: int = 0) -> set[int] | None:
    """The incidents an audited change touched, when it touched nothing else (the articles
    it moved stayed among them; no mention changed person); else None."""
    if rec.object_type == "incident" and rec.action == "incident_status":
        return {int(rec.object_id)} if rec.object_id else None
    if (
        rec.object_type == "incident"
        and rec.action in _INCIDENT_ACTIONS
        or (rec.object_type == "audit" and rec.action == "undo")
    ):
        before = (rec.before or {}).get("state")
        after = (rec.after or {}).get("state")
        if before is not None and after is not None:
            if before.get("mentions") != after.get("mentions"):
                return None
            try:
                return {int(i) for i in (*before["incidents"], *after["incidents"])}
            except (KeyError, TypeError, ValueError):
                return None
        if rec.action == "undo" and rec.object_id and depth < 8:  # undo of a status change
            undone = s.get(m.AuditRecord, int(rec.object_id))
            return None if undone is None else _incidents_of(s, undone, depth + 1)
    return None


def resolve_pending(
    store: Store,
    settings: Settings,
    *,
    reporter: Reporter | None = None,
    linker: MatchModel | None = None,
    resolver: Resolver | None = None,
) -> ResolveReport:
    """Resolve every article with status ``extracted`` (see the module docstring).

    Args:
        store: where articles, extractions and incidents live.
        settings: the store's settings.
        reporter: progress reporting.
        linker: the incident linkage model; the shipped Splink model by default.
        resolver: what a long-running process keeps between runs (``watch``); a new one,
            loaded from the store, when left out.
    """
    reporter = reporter or NullReporter()
    started = time.perf_counter()
    report = ResolveReport()
    with store.session() as s:
        ids = list(
            s.scalars(
                select(m.Article.id).where(m.Article.status == "extracted").order_by(m.Article.id)
            )
        )
        if not ids:
            return report
    if resolver is None:
        resolver = Resolver(linker or MatchModel.load())
    touched: set[int] = set()
    reporter.start("resolve", len(ids))
    try:
        for i in range(0, len(ids), BATCH_SIZE):
            batch = ids[i : i + BATCH_SIZE]
            with store.session() as s:
                resolver.sync(s)
                claimed = _claim(s, batch)
                q = select(m.Article).where(m.Article.id.in_(claimed)).order_by(m.Article.id)
                done: dict[int, m.Article] = {}
                for article in s.scalars(q.options(*ARTICLE_LOAD)):
                    adopted = _resolve_one(s, article, resolver, report, touched)
                    done[article.id] = article
                    # Adopted reports changed incident: numbered again, so that other
                    # resolvers take them in where they now are.
                    done.update((a.id, a) for a in adopted if a.id not in done)
                _number(s, list(done.values()), resolver)
            reporter.advance(len(batch))
    except BaseException:
        # A batch rolled back: what the resolver took in from it was never stored.
        resolver.clear()
        raise
    reporter.finish()
    report.incident_ids = sorted(touched)
    report.seconds = time.perf_counter() - started
    return report


def _claim(s: Session, batch: list[int]) -> list[int]:
    """The articles of ``batch`` still waiting, claimed for this transaction: another
    process (``watch`` beside a ``run``) may have resolved some since the ids were read.
    The claim is a write of the unchanged status, so it takes the write lock first: on
    PostgreSQL the rows stay locked until commit and a concurrent claim waits, then sees
    them resolved; SQLite admits one writer, whose reads then see every earlier commit."""
    return list(s.scalars(
        update(m.Article)
        .where(m.Article.id.in_(batch), m.Article.status == "extracted")
        .values(status="extracted")
        .returning(m.Article.id)
        .execution_options(synchronize_session=False)
    ))  # fmt: skip


def _number(s: Session, articles: list[m.Article], resolver: Resolver) -> None:
    """Give the batch's articles the next resolved sequence numbers, in resolution order.

    Taken last, after every other write of the batch: the counter's row stays locked until
    the batch commits (PostgreSQL; SQLite admits one writer), so batches commit in the
    order of their numbers, and a lock held this briefly cannot wait in a cycle."""
    if not articles:
        return
    s.flush()
    n = len(articles)
    last = s.scalar(
        update(m.ResolveCounter).where(m.ResolveCounter.id == 1)
        .values(value=m.ResolveCounter.value + n).returning(m.ResolveCounter.value)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    if last is None:  # a store whose counter row is missing: start it after every number
        last = (s.scalar(select(func.max(m.Article.resolved_seq))) or 0) + n
        s.add(m.ResolveCounter(id=1, value=last))
    for seq, article in enumerate(articles, start=last - n + 1):
        article.resolved_seq = seq
        resolver.own[article.id] = seq
    s.flush()


def _resolve_one(
    s: Session, article: m.Article, resolver: Resolver, report: ResolveReport, touched: set[int]
) -> list[m.Article]:
    """Resolve one article; the reports in no incident it made an incident with."""
    report.n_articles += 1
    adopted: list[m.Article] = []
    ex = article.extraction
    original = None
    if article.text:
        sig = signature(article.text)
        article.minhash = pack(sig)
        original = resolver.dedup.find(sig)
        if original is None:
            resolver.dedup.add(article.id, sig)
    if ex is not None:
        report.n_new_persons += link_mentions(s, resolver.persons, ex)
    row = None
    orphans = None  # the group of reports in no incident this one waits with
    if original is not None:
        root = s.get(m.Article, original)
        while root is not None and root.duplicate_of_id is not None:
            root = s.get(m.Article, root.duplicate_of_id)
        article.duplicate_of_id = root.id if root else original
        article.incident_id = root.incident_id if root else None
        report.n_duplicates += 1
        if ex is not None:
            row = article_row(article)  # a copy is a report too, as in batch resolution
            if article.incident_id is None:
                orphans = resolver.index.incident.get(str(article.duplicate_of_id))
    elif ex is None:
        article.incident_id = None
        report.n_irrelevant += 1
    else:
        row = article_row(article)
        match = resolver.index.best(row, exclude=resolver.rejected)
        if match is not None and not is_orphans(match[0]) and _gone(s, match[0]):
            # Changed behind the resolver's back (no audit record): start again from the store.
            resolver.clear()
            resolver.sync(s)
            if original is None and article.text:
                resolver.dedup.add(article.id, sig)
            match = resolver.index.best(row, exclude=resolver.rejected)
        if match is not None and not is_orphans(match[0]):
            article.incident_id = match[0]
            report.n_joined += 1
        elif not ex.relevant:
            # Not an attack by the extractor's reading: it waits, in no incident, for a
            # relevant report of the same event (its own group, or the one it links to).
            article.incident_id = None
            report.n_irrelevant += 1
            orphans = match[0] if match is not None else orphans_key(article.id)
        else:
            article.incident_id = incident_store.create(s, status="detected").id
            report.n_new_incidents += 1
            if match is not None:  # the reports it links to join the new incident
                adopted = _adopt(s, resolver, match[0], article.incident_id)
        if article.incident_id is not None:
            s.flush()
            refresh_incident(s, article.incident_id)
            touched.add(article.incident_id)
    article.status = "resolved"
    s.flush()
    resolver.resolved(article, row, orphans)
    return adopted


def orphans_key(article_id: int) -> tuple[str, int]:
    """The index key of a group of reports in no incident, named by its first report.

    Reports the extractor found irrelevant that link to no incident wait in such groups,
    as in batch resolution, where every report can start a cluster: a relevant report that
    links to a group makes an incident of itself and the group's reports (the relevance
    classifier missed them), and an irrelevant one that links to it joins the group.
    """
    return ("orphans", article_id)


def is_orphans(key: Any) -> bool:
    return isinstance(key, tuple)


def _adopt(s: Session, resolver: Resolver, key: Any, incident_id: int) -> list[m.Article]:
    """Move the reports of the orphan group ``key`` into the incident ``incident_id``; the
    articles moved. A report another process put in an incident meanwhile stays there (the
    move is conditional, and the row lock makes a concurrent one wait on PostgreSQL); it
    is forgotten here until ``sync`` takes it in where it now is."""
    uids = list(resolver.index.members.get(key, ()))
    moved = set(
        s.scalars(
            update(m.Article)
            .where(
                m.Article.id.in_([int(u) for u in uids]),
                m.Article.incident_id.is_(None),
                m.Article.status == "resolved",
            )
            .values(incident_id=incident_id)
            .returning(m.Article.id)
            .execution_options(synchronize_session="fetch")
        )
    )
    out = []
    for uid in uids:
        if int(uid) in moved:
            resolver.index.add(resolver.index.rows[uid], incident_id)
            article = s.get(m.Article, int(uid))
            assert article is not None
            out.append(article)
        else:
            resolver.index.discard(uid)
    return out


class _Incidents:
    """Every key but an orphan group's (``IncidentIndex.best``'s ``exclude``)."""

    def __contains__(self, key: object) -> bool:
        return not is_orphans(key)


_INCIDENTS = _Incidents()


def _gone(s: Session, incident_id: int) -> bool:
    inc = s.get(m.Incident, incident_id)
    return inc is None or inc.status == "rejected"


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
    return features(
        str(article.id),
        article.extraction,
        article.title or "",
        article.text or "",
        article.published,
        article.language,
    )


def independent_outlets(articles: list[m.Article]) -> int:
    """Distinct outlets among an incident's non-duplicate articles.

    Each article counts its own source once. Outlets that carried the article's exact text
    (``article_outlets``) are syndication, not independent reporting (DESIGN.md: an
    incident is corroborated by different outlets, not syndicated copies), so they do not
    add to the count. An article with no known source counts as one outlet.
    """
    return len(
        {
            ("source", a.source_id) if a.source_id is not None else ("article", a.id)
            for a in articles
        }
    )


def refresh_incident(s: Session, incident_id: int) -> m.Incident:
    """Re-merge an incident's fields, claims, sources and status from its articles."""
    inc = s.get(m.Incident, incident_id)
    assert inc is not None
    articles = list(incident_store.independent_articles(s, incident_id, options=ARTICLE_LOAD))
    readings, groups, persons = [], set(), set()
    for a in articles:
        ex = a.extraction
        if ex is None or not ex.relevant:
            # A report the extractor found irrelevant joined by linkage alone: it counts as
            # an outlet that carried the attack, but its reading of the fields is not used.
            continue
        when, precision = event_date_of(ex)
        readings.append(
            Reading(
                article_id=a.id,
                source=a.source.name if a.source else None,
                published=a.published,
                title=a.title or "",
                violation_types=tuple(ex.violation_types or ()),
                perpetrator_type=ex.perpetrator_type,
                country=ex.country,
                region=ex.region,
                city=ex.city,
                latitude=ex.latitude,
                longitude=ex.longitude,
                event_date=when,
                date_precision=precision,
                n_victims=len(ex.victims),
                confidence=dict(ex.confidence or {}),
            )
        )
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
