"""Candidates and their features for the learned place and date rankers.

Every place the gazetteer finds (a country, an admin1 region, a city) and every date the
date patterns read (plus the publication date itself) becomes a candidate with a row of
numbers; the rankers in ``placetime`` pick the candidate most likely to be the attack's.
The same code builds training rows and inference rows, so both see identical features.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .. import dates, geo
from ..base import Doc, Draft

# Words before a date that say how it relates to the event, in en/es/fr/pt (accent-folded).
_SINCE = re.compile(r"(?:since|desde|depuis|ever since|from|a partir d[eo]?)\s*$")
_ON = re.compile(r"(?:\bon|\bin|\ben|\bem|\bel|\ble|\bna|\bno|\bau|\bde|\bdu|\bof)\s*$")
_UNTIL = re.compile(r"(?:until|till|by|hasta|jusqu'?au?|ate|before|antes de|avant)\s*$")
_BORN = re.compile(r"\b(?:born|nacid[oa]|nee?|nascid[oa]|founded|fundad[oa]|fonde)\b")
# Sentences about court steps: the benchmark's event is often the attack judged there.
_COURT = re.compile(
    r"\b(?:court|trial|hearing|verdict|sentenced|convicted|charged|judge|tribunal|juicio|"
    r"proces|julgamento|condenad[oa]|condamne|jugement|juez|juiz)\b"
)
_ANNIV = re.compile(r"\b(?:anniversary|aniversario|anniversaire|aniversario|years ago|hace|ha)\b")
# Attack words: a date next to one is likely the attack's ("was abducted in January 2020").
_TRIGGER = re.compile(
    r"\b(?:kill(?:ed|ing)|murder(?:ed)?|shot|gunned|stabbed|assassinat\w*|execut(?:ed|ion)|"
    r"abduct\w*|kidnap\w*|arrest(?:ed)?|detain(?:ed)?|detention|disappear\w*|missing|"
    r"attack(?:ed)?|assault(?:ed)?|beat(?:en)?|tortur\w*|seiz(?:ed|ure)|jailed|imprison\w*|"
    r"raid(?:ed)?|threat\w*|harass\w*|dismiss\w*|sacked|fired|taken|picked up|"
    r"lynch\w*|massacre\w*|bomb\w*|crackdown|protest\w*|strike|died|death|"
    r"asesinad[oa]s?|secuestrad[oa]s?|detenid[oa]s?|tue[e]?s?|assassin[ea]\w*|"
    r"enleve\w*|arrete\w*|morto|mort[oa]s?|preso|sequestrad[oa]s?)\b"
)


@functools.lru_cache(maxsize=2)
def _trigger_spans(folded: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every attack word of an article, found in one scan."""
    found = [(m.start(), m.end()) for m in _TRIGGER.finditer(folded)]
    return [a for a, _ in found], [b for _, b in found]


def _trigger_gap(folded: str, start: int, end: int, lo: int, hi: int) -> int | None:
    """Characters from the span ``start:end`` to the nearest attack word ending after ``lo``
    before it or starting before ``hi`` after it; None when there is none."""
    starts, ends = _trigger_spans(folded)
    gaps = []
    i = bisect.bisect_right(ends, start) - 1  # the last word ending at or before the span
    if i >= 0 and starts[i] >= lo:
        gaps.append(start - ends[i])
    j = bisect.bisect_left(starts, end)  # the first word starting at or after its end
    if j < len(starts) and ends[j] <= hi:
        gaps.append(starts[j] - end)
    return min(gaps, default=None)


# A date the text was published or posted on ("originally published on hrw.org on 7 February
# 2022", "Posted by ... on Tuesday, March 8, 2022", "a May 24 report") is not the attack's.
_PUBLISHED = re.compile(
    r"(?:published|posted|updated|issued|released|dated|statement|report|press release|"
    r"publicad[oa]|publie|publicad[oa])\b[^.\n]{0,40}$"
)
# A strong violation word shortly before the date, in the same clause: "was arrested in May
# 2018", "murdered in his home in Jaffna in October 2000", "in prison since 2009".
_STRONG_BEFORE = re.compile(
    r"\b(?:kill(?:ed)?|murder(?:ed)?|arrest(?:ed)?|detain(?:ed)?|abduct(?:ed)?|kidnapp?(?:ed)?|"
    r"imprison(?:ed)?|jailed|shot(?: dead)?|disappeared|tortured|assassinated|executed|stabbed|"
    r"beaten|attacked|raided|in (?:prison|jail|detention|custody)|behind bars|held|"
    r"asesinad[oa]|secuestrad[oa]|detenid[oa]|tue[e]?|assassin[ea]|enleve|arrete|"
    r"sequestrad[oa]|pres[oa])\b[^.;:!?\n]{0,60}"
    r"\b(?:in|on|since|from|between|en|em|desde|depuis|le|el|dia|on or about)\s+"
    r"(?:early\s+|late\s+|mid-?|the\s+)?$"
)
# A tweet's signature date or a photo caption's date is rarely the attack's.
_TWEET = re.compile(r"(?:\(@\w+\)|pic\.twitter\.com/\w+|—)\s*$")
_CAPTION = re.compile(r"\b(?:photo|reuters|getty|afp|file|images?|pictured|credit|caption|poses)\b")
# Words after a country that make it an actor reacting, not the attack's place
# ("US officials", "the Chinese embassy", "Washington said").
_ACTOR_NEXT = re.compile(
    r"\s*(?:'s\s+)?(?:government|officials?|authorities|embassy|ambassador|president|"
    r"minister|ministry|department|state department|administration|congress|senate|"
    r"sanctions|foreign|lawmakers|envoy|consulate|media|citizens?|nationals?)\b"
)
# Words before a place that make it the place of an event ("in Lagos", "en Cali", "à Paris").
_LOC_PREP = re.compile(r"(?:\bin|\bat|\bnear|\ben|\bem|\bno|\bna|\ba|\bde|\bfrom)\s*$")

DATE_KINDS = ("iso", "dmy", "mdy", "num", "my", "m", "y", "yb", "wd", "rel", "ago", "pub")
_PREC = {"year": 1, "month": 2, "day": 3}


@dataclass
class Context:
    """What every featuriser needs from one prepared article and its rule draft."""

    doc: Doc
    draft: Draft
    focus: set[int]
    victim_sents: set[int]
    body_start: int
    n_sent: int

    distance: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Doc, draft: Draft) -> Context:
        names = tuple(v.name for v in draft.victims if v.name)
        focus = tuple(draft.focus_sentences)
        key = (id(doc), doc.text, names, focus)
        if _LAST and _LAST[0][0] == key:
            return cls(**{**vars(_LAST[0][1]), "draft": draft})
        victim_sents: set[int] = set()
        for name in names:
            # The surname finds later mentions too ("Mr Magombeyi").
            for m in re.finditer(re.escape(name.split()[-1]), doc.text):
                victim_sents.add(doc.sentence_index(m.start()))
        body = doc.title_end + 2 if doc.title_end else 0
        n_sent = max(len(doc.sentences), 1)
        # Sentences to the nearest attack sentence, for every sentence at once.
        distance = _distances(n_sent, focus)
        ctx = cls(doc, draft, set(focus), victim_sents, body, n_sent, distance)
        _LAST[:] = [(key, ctx)]
        return ctx

    def focus_distance(self, sent: int) -> int:
        """Sentences between ``sent`` and the nearest attack sentence (99 when none)."""
        if 0 <= sent < len(self.distance):
            return self.distance[sent]
        return min((abs(sent - f) for f in self.focus), default=99)


def _distances(n: int, focus: tuple[int, ...]) -> list[int]:
    """For each of ``n`` sentences, how many sentences away the nearest focus one is."""
    out = [99] * n
    marks = set(focus)
    for pass_order in (range(n), range(n - 1, -1, -1)):
        last = None
        for i in pass_order:
            if i in marks:
                last = i
            if last is not None:
                out[i] = min(out[i], abs(i - last))
    return out


# The place and the date components of one article share its context.
_LAST: list[tuple[tuple, Context]] = []


# ---------------------------------------------------------------- places


@dataclass
class PlaceCand:
    """One candidate place of one kind, with the mentions that name or imply it."""

    kind: str  # "country" | "region" | "city"
    key: int | str  # country code, region index or city index
    code: str  # its country code
    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    surface: list[str] = field(default_factory=list)
    named: list[tuple[int, int]] = field(default_factory=list)  # mentions of its own kind
    feats: dict[str, float] = field(default_factory=dict)


COUNTRY_FEATURES = (
    "n_country",
    "n_demonym",
    "n_region",
    "n_city",
    "log_n",
    "share_w",
    "share_n",
    "first",
    "title",
    "focus",
    "focus_near",
    "victim",
    "dateline",
    "rule",
    "n_cands",
    "top_w",
    "log_pop",
    "ambig",
    "loc_prep",
    "trigger_near",
    "actor",
)
REGION_FEATURES = (
    "n_direct",
    "n_via_city",
    "suffixed",
    "share_w",
    "first",
    "title",
    "focus",
    "focus_near",
    "victim",
    "dateline",
    "rule",
    "n_cands",
    "top_w",
    "log_pop",
    "loc_prep",
    "is_city_name",
    "trigger_near",
)
CITY_FEATURES = (
    "n",
    "log_n",
    "share_w",
    "first",
    "title",
    "focus",
    "focus_near",
    "victim",
    "dateline",
    "rule",
    "n_cands",
    "top_w",
    "log_pop",
    "pop_rank",
    "also_region",
    "suffixed",
    "ambig",
    "loc_prep",
    "capital_like",
    "trigger_near",
)


def place_candidates(ctx: Context) -> dict[str, list[PlaceCand]]:
    """Candidate countries, regions and cities with their features (regions and cities of
    every country: the caller keeps those of the country it chose)."""
    doc, draft = ctx.doc, ctx.draft
    gaz = geo.gazetteer()
    focus_spans = [doc.sentences[i] for i in sorted(ctx.focus)] or None
    mentions = geo.mentions(doc.text, focus_spans)
    total = max(len(doc.text), 1)
    low = doc.lower
    out: dict[str, dict[Any, PlaceCand]] = {"country": {}, "region": {}, "city": {}}
    stats: dict[tuple[str, Any], dict[str, float]] = {}

    facts: dict[int, tuple[str, float, bool, float, bool, float, bool, float, bool]] = {}
    folded = geo.fold_same_length(doc.text)

    def where(m: Any) -> tuple[str, float, bool, float, bool, float, bool, float, bool]:
        # What one mention says wherever it counts (a city, its region and its country).
        sent = doc.sentence_index(m.start)
        a, b = doc.sentences[sent] if doc.sentences else (0, total)
        gap = _trigger_gap(folded, m.start, m.end, max(a, m.start - 80), min(b, m.end + 60))
        return (
            doc.text[m.start : m.end],
            float(m.start < doc.title_end),
            sent in ctx.focus,
            1.0 / (1 + ctx.focus_distance(sent)),
            sent in ctx.victim_sents,
            float(0 <= m.start - ctx.body_start < 40),
            bool(_LOC_PREP.search(low[max(0, m.start - 8) : m.start])),
            1.0 / (1 + gap / 20) if gap is not None else 0.0,
            bool(_ACTOR_NEXT.match(folded, m.end)),
        )

    def note(kind: str, key: Any, code: str, name: str, m: Any, share: float, extra: dict) -> None:
        cand = out[kind].get(key)
        if cand is None:
            cand = out[kind][key] = PlaceCand(kind, key, code, name)
        cand.spans.append((m.start, m.end))
        if any(e.kind == kind or (kind == "country" and e.kind == "demonym") for e in m.entries):
            cand.named.append((m.start, m.end))
        f = facts.get(m.start)
        if f is None:
            f = facts[m.start] = where(m)
        surface, title, in_focus, near, in_victim, dateline, prep, trig, actor = f
        cand.surface.append(surface)
        st = stats.get((kind, key))
        if st is None:
            st = stats[(kind, key)] = {
                "first": m.start / total,
                "w": 0.0,
                "n": 0.0,
                "title": 0.0,
                "focus": 0.0,
                "focus_near": 0.0,
                "victim": 0.0,
                "dateline": 0.0,
                "loc_prep": 0.0,
                "suffixed": 0.0,
                "trigger_near": 0.0,
                "actor": 0.0,
            }
        st["w"] += m.weight * share
        st["n"] += share
        st["title"] = max(st["title"], title)
        st["focus"] += share * in_focus
        st["focus_near"] = max(st["focus_near"], near)
        st["victim"] += share * in_victim
        st["dateline"] = max(st["dateline"], dateline)
        st["loc_prep"] += share * prep
        st["suffixed"] += float(m.suffixed)
        st["trigger_near"] = max(st["trigger_near"], trig)
        st["actor"] += share * actor
        for k, v in extra.items():
            st[k] = max(st.get(k, 0.0), v) if k.startswith("max_") else st.get(k, 0.0) + v

    for m in mentions:
        codes = {e.code for e in m.entries}
        kinds = {e.kind for e in m.entries}
        share = 1.0 / len(codes)
        for code in codes:
            same = [e for e in m.entries if e.code == code]
            pop = max((e.pop for e in same if e.kind == "city"), default=0)
            counts = {f"n_{e.kind}": 1.0 for e in same}
            row = gaz.countries[gaz.country_by_code[code]]
            note(
                "country",
                code,
                code,
                row[1],
                m,
                share,
                {**counts, "max_pop": math.log10(max(pop, 10)), "ambig": share},
            )
        for e in m.entries:
            if e.kind == "region":
                note(
                    "region",
                    e.idx,
                    e.code,
                    gaz.regions[e.idx][1],
                    m,
                    share,
                    {"n_direct": 1.0, "is_city_name": float("city" in kinds)},
                )
            elif e.kind == "city":
                crow = gaz.cities[e.idx]
                note(
                    "city",
                    e.idx,
                    e.code,
                    crow[0],
                    m,
                    share,
                    {
                        "max_pop": math.log10(max(e.pop, 10)),
                        "also_region": float("region" in kinds),
                        "ambig": 1.0 / len(m.entries),
                    },
                )
                if crow[2] >= 0:
                    note(
                        "region",
                        crow[2],
                        e.code,
                        gaz.regions[crow[2]][1],
                        m,
                        share,
                        {"n_via_city": 1.0, "max_pop": math.log10(max(e.pop, 10))},
                    )

    rule = {k: geo.fold(str(draft.fields.get(k) or "")) for k in ("country", "region", "city")}
    result: dict[str, list[PlaceCand]] = {}
    for kind, cands in out.items():
        w_total = sum(stats[(kind, k)]["w"] for k in cands) or 1.0
        n_total = sum(stats[(kind, k)]["n"] for k in cands) or 1.0
        top = max((stats[(kind, k)]["w"] for k in cands), default=0.0)
        pops = sorted((stats[(kind, k)].get("max_pop", 0.0) for k in cands), reverse=True)
        for key, c in cands.items():
            st = stats[(kind, key)]
            f = {
                "n": st["n"],
                "log_n": math.log1p(st["n"]),
                "share_w": st["w"] / w_total,
                "share_n": st["n"] / n_total,
                "first": st["first"],
                "title": st["title"],
                "focus": math.log1p(st["focus"]),
                "focus_near": st["focus_near"],
                "victim": math.log1p(st["victim"]),
                "dateline": st["dateline"],
                "rule": float(geo.fold(c.name) == rule[kind]),
                "n_cands": math.log(len(cands)),
                "top_w": float(st["w"] >= top),
                "log_pop": st.get("max_pop", 0.0),
                "loc_prep": math.log1p(st["loc_prep"]),
                "suffixed": math.log1p(st["suffixed"]),
                "pop_rank": pops.index(st.get("max_pop", 0.0)) / len(pops),
                "capital_like": float(st.get("max_pop", 0.0) >= 6.0),
                "trigger_near": st["trigger_near"],
                "actor": st["actor"] / max(st["n"], 1e-9),
            }
            for k in ("n_country", "n_demonym", "n_region", "n_city", "n_direct", "n_via_city"):
                f[k] = math.log1p(st.get(k, 0.0))
            f["ambig"] = (
                st.get("ambig", 0.0) / max(st["n"], 1e-9)
                if kind == "country"
                else (st.get("ambig", 0.0) / max(len(c.spans), 1))
            )
            f["also_region"] = float(st.get("also_region", 0.0) > 0)
            f["is_city_name"] = float(st.get("is_city_name", 0.0) > 0)
            c.feats = f
        result[kind] = list(cands.values())
    return result


def place_matrix(cands: list[PlaceCand], names: tuple[str, ...]) -> np.ndarray:
    """The feature rows of ``cands`` in the order of ``names``."""
    return np.array([[c.feats[n] for n in names] for c in cands], dtype=np.float64).reshape(
        len(cands), len(names)
    )


# ---------------------------------------------------------------- dates


@dataclass
class DateCand:
    """One reading of a date mention (or the publication date, with no span)."""

    year: int
    month: int | None
    day: int | None
    precision: str
    kind: str
    span: tuple[int, int] | None
    conf: float


DATE_FEATURES = (
    *(f"kind_{k}" for k in DATE_KINDS),
    "prec",
    "explicit_year",
    "conf",
    "first",
    "title",
    "focus",
    "focus_near",
    "victim",
    "before_focus",
    "years_before",
    "log_days_before",
    "same_year",
    "same_month",
    "freq_year",
    "freq_month",
    "freq_day",
    "latest_year",
    "rule",
    "since",
    "on",
    "until",
    "born",
    "court",
    "anniv",
    "contained",
    "n_cands",
    "trigger",
    "trigger_near",
    "trigger_sent",
    "tweet",
    "caption",
    "trigger_older",
    "earliest_year",
    "year_rank",
    "published",
    "strong_before",
    "recall",
    "strong_before_old",
)


def date_candidates(ctx: Context) -> list[DateCand]:
    """Every date reading of the article, plus the publication date itself."""
    doc = ctx.doc
    found = dates.candidates(doc.text, doc.published, language=doc.language)
    cands = [
        DateCand(c.year, c.month, c.day, c.precision, c.kind, (c.start, c.end), c.conf)
        for c in found
    ]
    if doc.published is not None:
        p = doc.published
        cands.append(DateCand(p.year, p.month, p.day, "day", "pub", None, 0.2))
    return cands


def date_matrix(ctx: Context, cands: list[DateCand]) -> np.ndarray:
    """One feature row per date candidate, in the order of ``DATE_FEATURES``."""
    doc, draft = ctx.doc, ctx.draft
    low = geo.fold_same_length(doc.text)
    total = max(len(doc.text), 1)
    pub = doc.published.date() if doc.published is not None else None
    n = max(len(cands), 1)
    years = [c.year for c in cands if c.kind != "pub"]
    months = [(c.year, c.month) for c in cands if c.month and c.kind != "pub"]
    days = [(c.year, c.month, c.day) for c in cands if c.day and c.kind != "pub"]
    first_focus = min(ctx.focus) if ctx.focus else None
    distinct = sorted(set(years), reverse=True)
    rule = (draft.fields.get("year"), draft.fields.get("month"), draft.fields.get("day"))
    spans = [c.span for c in cands if c.span]
    recalled = dates.recall_spans(doc.text, doc.sentences)
    rows = []
    for c in cands:
        f = dict.fromkeys(DATE_FEATURES, 0.0)
        f[f"kind_{c.kind}"] = 1.0
        f["prec"] = _PREC[c.precision]
        f["conf"] = c.conf
        f["n_cands"] = math.log(n)
        if c.span is not None:
            s, e = c.span
            sent = doc.sentence_index(s)
            a, b = doc.sentences[sent] if doc.sentences else (0, total)
            sentence = low[a:b]
            before = low[max(a, s - 25) : s]
            f["explicit_year"] = float(bool(re.search(r"\d{4}", low[s:e])))
            f["first"] = s / total
            f["title"] = float(s < doc.title_end)
            f["focus"] = float(sent in ctx.focus)
            f["focus_near"] = 1.0 / (1 + ctx.focus_distance(sent))
            f["victim"] = float(sent in ctx.victim_sents)
            f["before_focus"] = float(first_focus is not None and sent < first_focus)
            head = low[s:e] if c.kind in ("m", "y", "wd") else ""
            f["since"] = float(
                bool(_SINCE.search(before) or head.startswith(("since", "desde", "depuis")))
            )
            f["on"] = float(bool(_ON.search(before)) or bool(head) and not f["since"])
            f["until"] = float(bool(_UNTIL.search(before)))
            f["born"] = float(bool(_BORN.search(low[max(a, s - 30) : s])))
            f["court"] = float(bool(_COURT.search(sentence)))
            f["anniv"] = float(bool(_ANNIV.search(sentence)))
            f["contained"] = float(any(o != c.span and o[0] <= s and e <= o[1] for o in spans))
            # The nearest attack word in the sentence, on either side of the date.
            gap = _trigger_gap(low, s, e, max(a, s - 120), min(b, e + 60))
            f["trigger"] = float(gap is not None)
            f["trigger_near"] = 1.0 / (1 + gap / 20) if gap is not None else 0.0
            f["trigger_older"] = f["trigger_near"] * float(pub is not None and c.year < pub.year)
            f["trigger_sent"] = float(bool(_TRIGGER.search(sentence)))
            f["tweet"] = float(bool(_TWEET.search(low[max(0, s - 30) : s])))
            f["caption"] = float(bool(_CAPTION.search(sentence)))
            f["published"] = float(bool(_PUBLISHED.search(low[max(a, s - 50) : s])))
            # "in 2009", "since July" carry their preposition inside the span.
            lead = s + low[s:e].rfind(" ") + 1 if c.kind in ("m", "y") else s
            strong = bool(_STRONG_BEFORE.search(low[max(a, s - 90) : lead]))
            # "arrested on 3 May" names the attack told; "a candidate imprisoned in 2010"
            # mostly recalls an older one: apart, they weigh apart (with the year row of
            # placetime.value_matrix, by five-fold CV on train + dev, five fold draws:
            # year 56.5 → 57.8, month 37.6 → 38.4, plain day 44.4 → 47.2).
            old = pub is not None and pub.year - c.year > 1
            f["strong_before"] = float(strong and not old)
            f["strong_before_old"] = float(strong and old)
            f["recall"] = float(any(x <= s < y for x, y in recalled))
        else:
            f["first"] = 1.0
            f["focus_near"] = 0.0
        if pub is not None:
            f["years_before"] = min(pub.year - c.year, 30) / 10
            f["same_year"] = float(pub.year == c.year)
            f["same_month"] = float((pub.year, pub.month) == (c.year, c.month or 0))
            try:
                ref = type(pub)(c.year, c.month or 12, c.day or 28)
                f["log_days_before"] = math.log1p(max((pub - ref).days, 0))
            except ValueError:
                f["log_days_before"] = 0.0
        f["freq_year"] = years.count(c.year) / n
        f["freq_month"] = months.count((c.year, c.month)) / n if c.month else 0.0
        f["freq_day"] = days.count((c.year, c.month, c.day)) / n if c.day else 0.0
        f["latest_year"] = float(bool(years) and c.year == max(years))
        f["earliest_year"] = float(bool(years) and c.year == min(years))
        f["year_rank"] = distinct.index(c.year) / len(distinct) if c.year in distinct else 0.0
        f["rule"] = float(
            rule[0] == c.year
            and (c.month is None or rule[1] == c.month)
            and (c.day is None or rule[2] == c.day)
        )
        rows.append([f[k] for k in DATE_FEATURES])
    return np.array(rows, dtype=np.float64).reshape(len(cands), len(DATE_FEATURES))
