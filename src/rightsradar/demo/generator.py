"""The demo corpus: a year of news about attacks on defenders, with its ground truth.

``generate`` draws persons and incidents (``events``), has one to six outlets report
each incident in their own words and language (``render``), adds syndicated copies and
follow-ups, mixes in irrelevant articles (``negatives``) and writes the corpus and its
truth as JSONL. The same seed gives byte-identical files.
"""

from __future__ import annotations

import importlib
import json
import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from .events import World, build_world
from .model import PERP_TYPE, Incident
from .negatives import negative
from .outlets import INTERNATIONAL, Outlet, national_outlets
from .packs import Pack
from .places import COUNTRIES
from .render import Draft, Para, Writer, cap, fill

GENERATOR_VERSION = "demo-corpus-1.0"
GOLD_FIELDS = ("id", "relevant", "perpetrator_mention", "perpetrator_type", "violation_types",
               "victims", "country", "region", "city", "year", "month", "day")  # fmt: skip
MAX_SOURCES = 6


@dataclass(frozen=True)
class DemoPaths:
    """Where ``generate`` wrote each file."""

    articles: Path
    gold: Path
    incidents: Path
    incidents_truth: Path
    persons: Path
    manifest: Path


_Record = tuple[dict[str, Any], dict[str, Any], str | None, str]


@dataclass
class _Item:
    draft: Draft
    outlet: Outlet
    day: date
    incident_id: str | None
    kind: str  # "report" | "syndicated" | "followup" | "negative"


def generate(out_dir: Path, *, seed: int = 7, n_incidents: int = 340,
             start: date = date(2025, 1, 1), months: int = 12) -> DemoPaths:  # fmt: skip
    """Write the demo corpus and its ground truth to ``out_dir``.

    Args:
        out_dir: folder to write to (created if missing).
        seed: the same seed gives byte-identical files.
        n_incidents: number of attacks to report.
        start: first day of the period.
        months: length of the period.

    Returns:
        The paths of the files written.
    """
    rng = random.Random(seed)
    packs = _packs()
    world = build_world(rng, n_incidents, start, months)
    end = start + timedelta(days=world.days - 1)
    items = _reports(rng, world, packs)
    n_relevant = len(items)
    items += _negatives(rng, n_relevant, start, world.days)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = DemoPaths(*(out_dir / n for n in ("articles.jsonl", "gold.jsonl", "incidents.jsonl",
                                              "incidents_truth.jsonl", "persons.jsonl",
                                              "manifest.json")))  # fmt: skip
    records = _finish(rng, items)
    _write_jsonl(paths.articles, [r[0] for r in records])
    _write_jsonl(paths.gold, [r[1] for r in records])
    _write_jsonl(
        paths.incidents, [{"id": r[0]["id"], "incident_id": r[2]} for r in records if r[2]]
    )
    _write_jsonl(paths.incidents_truth, [_truth(i, records) for i in world.incidents])
    _write_jsonl(paths.persons, [_person(p) for p in world.persons])
    langs: dict[str, int] = {}
    for art, *_ in records:
        langs[art["language"]] = langs.get(art["language"], 0) + 1
    manifest = {
        "generator_version": GENERATOR_VERSION, "seed": seed,
        "date_range": [start.isoformat(), end.isoformat()],
        "counts": {"articles": len(records), "relevant": n_relevant,
                   "irrelevant": len(records) - n_relevant, "incidents": len(world.incidents),
                   "persons": len(world.persons),
                   "countries": len({i.country.name for i in world.incidents}),
                   "syndicated": sum(it.kind == "syndicated" for it in items),
                   "followups": sum(it.kind == "followup" for it in items)},
        "languages": dict(sorted(langs.items())),
    }  # fmt: skip
    paths.manifest.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return paths


def _reports(rng: random.Random, world: World, packs: dict[str, Pack]) -> list[_Item]:
    national = {c: [o for o in os if o.lang in packs] for c, os in national_outlets().items()}
    writers = {lang: Writer(p, rng) for lang, p in packs.items()}
    history: dict[str, list[Incident]] = {}
    items: list[_Item] = []
    for incident in world.incidents:
        prior = _prior(incident, history)
        outlets = _choose_outlets(rng, incident, national, set(packs))
        sources: set[str] = set()
        for outlet in outlets:
            lag = rng.choices((0, 1, 2, 3, 5, 8, 11), weights=(30, 35, 12, 8, 6, 5, 4))[0]
            day = incident.day + timedelta(days=lag)
            detail = rng.choices(("brief", "standard", "long"), weights=(3, 5, 3))[0]
            draft = writers[outlet.lang].report(incident, day, detail, prior)
            if rng.random() < 0.2:
                draft.dateline = f"{incident.city.name.upper()} — "
            items.append(_Item(draft, outlet, day, incident.incident_id, "report"))
            sources.add(outlet.name)
        # Copies come after the originals so that they only use the outlets left over.
        for item in [it for it in items if it.incident_id == incident.incident_id]:
            if item.outlet.wire or rng.random() < 0.08:
                items.extend(_syndicate(rng, item, incident, national, sources, packs))
        for kind, fday in incident.followups:
            for outlet in _followup_outlets(rng, incident, national, sources):
                day = fday + timedelta(days=rng.choice((0, 0, 1)))
                draft = writers[outlet.lang].followup(incident, kind, day)
                items.append(_Item(draft, outlet, day, incident.incident_id, "followup"))
                sources.add(outlet.name)
    return items


def _prior(incident: Incident, history: dict[str, list[Incident]]) -> list[Incident]:
    """Earlier incidents of this incident's first named victim, and record this one."""
    person = next((v.person for v in incident.victims if v.person is not None), None)
    if person is None:
        return []
    past = list(history.get(person.person_id, []))
    history.setdefault(person.person_id, []).append(incident)
    return past


def _choose_outlets(rng: random.Random, incident: Incident, national: dict[str, list[Outlet]],
                    langs: set[str]) -> list[Outlet]:  # fmt: skip
    lang = incident.country.local_lang
    pool = [(o, 3.0) for o in national[incident.country.name]]
    pool += [
        (o, 1.4 if o.lang == lang else (0.5 if o.lang == "en" else 0.0))
        for o in INTERNATIONAL
        if o.lang in langs
    ]
    if incident.primary == "killing" or len(incident.victims) > 1:
        pool = [(o, w * (1.6 if o.lang == "en" else 1.0)) for o, w in pool]
    weights = (30, 28, 20, 12, 7, 3) if incident.primary != "killing" else (15, 22, 25, 20, 12, 6)
    k = rng.choices(range(1, 7), weights=weights)[0]
    chosen: list[Outlet] = []
    candidates = [(o, w) for o, w in pool if w > 0]
    while candidates and len(chosen) < min(k, MAX_SOURCES - 1 if k > 1 else 1):
        o = rng.choices([c[0] for c in candidates], weights=[c[1] for c in candidates])[0]
        chosen.append(o)
        candidates = [c for c in candidates if c[0] is not o]
    return chosen


def _syndicate(
    rng: random.Random,
    base: _Item,
    incident: Incident,
    national: dict[str, list[Outlet]],
    sources: set[str],
    packs: dict[str, Pack],
) -> list[_Item]:
    """Copies of ``base`` carried by other outlets: new headline, a cut, a dateline."""
    lang = base.outlet.lang
    takers = [o for c in COUNTRIES for o in national[c.name] if o.lang == lang]
    takers = [o for o in takers if o.name not in sources and o.country in (incident.country.name,
              *rng.sample([c.name for c in COUNTRIES], 6))]  # fmt: skip
    out = []
    for outlet in rng.sample(takers, k=min(len(takers), rng.randint(1, 3))):
        if len(sources) >= MAX_SOURCES:
            break
        d = base.draft
        paras = [Para(p.text, p.free) for p in d.paras]
        free = [i for i, p in enumerate(paras) if p.free]
        if free and len(paras) > 3 and rng.random() < 0.7:
            del paras[rng.choice(free)]
        title = d.title
        if rng.random() < 0.6:
            slots = d.extra.get("slots")
            if slots:
                pk = packs[lang]
                title = cap(fill(rng.choice(pk.titles[incident.primary]),
                                 {**slots, **pk.title_slots(slots)}), lang == "en")  # fmt: skip
        dateline = d.dateline or (f"{incident.city.name.upper()} ({base.outlet.name}) — "
                                  if rng.random() < 0.6 else "")  # fmt: skip
        copy = Draft(title, paras, dict(d.gold), dateline, extra=d.extra)
        out.append(_Item(copy, outlet, base.day + timedelta(days=rng.choice((0, 0, 1))),
                         incident.incident_id, "syndicated"))  # fmt: skip
        sources.add(outlet.name)
    return out


def _followup_outlets(rng: random.Random, incident: Incident, national: dict[str, list[Outlet]],
                      sources: set[str]) -> list[Outlet]:  # fmt: skip
    pool = national[incident.country.name] + [o for o in INTERNATIONAL if o.lang == "en"]
    chosen: list[Outlet] = []
    for outlet in rng.sample(pool, k=len(pool)):
        if len(chosen) == rng.choice((1, 1, 1, 2)) or len(chosen) == 2:
            break
        if outlet.name in sources or len(sources | {o.name for o in chosen}) < MAX_SOURCES:
            chosen.append(outlet)
    return chosen


def _negatives(rng: random.Random, n_relevant: int, start: date, days: int) -> list[_Item]:
    """Irrelevant articles, a little more numerous than the relevant ones."""
    national = national_outlets()
    n = round(n_relevant * 1.1)
    weights = [c.weight**0.5 for c in COUNTRIES]
    out = []
    for _ in range(n):
        country = rng.choices(COUNTRIES, weights=weights)[0]
        local = national[country.name]
        if rng.random() < 0.25:
            outlet = rng.choice([o for o in INTERNATIONAL if o.lang == "en"])
        else:
            outlet = rng.choice(local)
        draft = negative(rng, outlet.lang, country)
        out.append(
            _Item(draft, outlet, start + timedelta(days=rng.randrange(days)), None, "negative")
        )
    return out


def _finish(rng: random.Random, items: list[_Item]) -> list[_Record]:
    """Articles in publication order, with ids, times and URLs, and their gold lines."""
    stamped = []
    for item in items:
        minute = rng.randrange(6 * 60, 23 * 60)
        stamped.append((datetime.combine(item.day, time(minute // 60, minute % 60),
                                         tzinfo=UTC), item))  # fmt: skip
    stamped.sort(key=lambda s: (s[0], s[1].outlet.name, s[1].draft.title))
    records = []
    for n, (when, item) in enumerate(stamped, 1):
        art_id = f"demo-{n:05d}"
        slug = re.sub(r"[^a-z0-9]+", "-", item.draft.title.lower())[:60].strip("-") or "article"
        article = {
            "id": art_id, "title": item.draft.title, "text": item.draft.text,
            "published": when.isoformat(), "source": item.outlet.name, "language": item.outlet.lang,
            "url": f"https://{item.outlet.slug}.example/{when:%Y/%m/%d}/{slug}-{n}",
        }  # fmt: skip
        gold = _gold(art_id, _stated_date(item.draft))
        records.append((article, gold, item.incident_id, item.kind))
    return records


def _stated_date(draft: Draft) -> dict[str, Any]:
    """The draft's gold, whose event date is kept only where the article states it: a
    template without the date slot, or a copy that dropped the paragraph holding it, says
    nothing of when the attack happened (a reader, or an annotator, could not know it)."""
    phrase = str(draft.extra.get("when") or "").lower()
    said = f"{draft.title}\n{draft.text}".lower()
    if phrase and phrase not in said:
        return {**draft.gold, "year": None, "month": None, "day": None}
    return draft.gold


def _gold(art_id: str, g: dict[str, Any]) -> dict[str, Any]:
    empty = {"relevant": False, "perpetrator_mention": False, "perpetrator_type": None,
             "violation_types": [], "victims": [], "country": None, "region": None, "city": None,
             "year": None, "month": None, "day": None}  # fmt: skip
    merged = {**empty, **g, "id": art_id}
    return {k: merged[k] for k in GOLD_FIELDS}


def _truth(incident: Incident, records: list[_Record]) -> dict[str, Any]:
    arts = [(a, kind) for a, _, inc, kind in records if inc == incident.incident_id]
    independent = {a["source"] for a, kind in arts if kind != "syndicated"}
    place = incident.city
    return {
        "incident_id": incident.incident_id, "date": incident.day.isoformat(),
        "country": incident.country.name, "region": place.region, "city": place.name,
        "lat": place.lat, "lon": place.lon,
        "violation_types": incident.violation_types, "most_serious": incident.most_serious,
        "acts": incident.acts, "perpetrator_type": PERP_TYPE[incident.perp],
        "perpetrator": incident.perp,
        "victims": [{"person_id": v.person.person_id if v.person else None,
                     "name": v.person.name if v.person else None, "groups": v.groups, "sex": v.sex,
                     "age": v.age, "population": v.population, "count": v.count}
                    for v in incident.victims],
        "context": incident.context,
        "status_hints": {"n_articles": len(arts), "n_sources": len({a["source"] for a, _ in arts}),
                         "n_independent_sources": len(independent),
                         "corroborated": len(independent) >= 2,
                         "followups": [k for k, _ in incident.followups]},
    }  # fmt: skip


def _person(p: Any) -> dict[str, Any]:
    return {"person_id": p.person_id, "name": p.name, "aliases": sorted(set(p.aliases) | {p.name}),
            "groups": p.groups, "sex": p.sex, "role": p.role, "organisation": p.organisation,
            "country": p.country, "incident_ids": p.incident_ids}  # fmt: skip


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _packs() -> dict[str, Pack]:
    """The language packs, English first; a language without a pack gets no outlet."""
    packs = {}
    for lang in ("en", "es", "fr", "pt"):
        try:
            module = importlib.import_module(f"rightsradar.demo.templates_{lang}")
        except ModuleNotFoundError:
            continue
        packs[lang] = module.pack()
    return packs
