"""Writing one outlet's report of an incident, and the gold annotation of what it says.

Each report decides what it tells (name or not, perpetrator or not, which date form,
which place detail, which secondary acts), writes it with one language pack's
templates, and records exactly that as its gold annotation: the gold is what a careful
annotator would read in this article, not the incident's truth.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .model import ACT_TYPE, PERP_TYPE, Incident, VictimTruth
from .packs import Pack

TYPE_ORDER = ("killing", "enforced disappearance", "torture", "arbitrary detention",
              "kidnapping", "other")  # fmt: skip


@dataclass
class Para:
    """A paragraph; ``free`` ones carry no annotated fact and may be cut by an editor."""

    text: str
    free: bool = False


@dataclass
class Draft:
    """An article before it gets an id, an outlet and a publication time."""

    title: str
    paras: list[Para]
    gold: dict[str, Any]
    dateline: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        body = "\n\n".join(p.text for p in self.paras)
        return f"{self.dateline}{body}" if self.dateline else body


class _Slots(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        raise KeyError(f"template slot {{{key}}} is not filled")


def fill(template: str, slots: dict[str, Any]) -> str:
    """Fill a template and tidy the spaces and commas that empty slots leave behind."""
    text = template.format_map(_Slots(slots))
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r",([.;:])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


_A_AN = re.compile(r"\b([Aa]) (?=[aeioAEIO])")


def cap(text: str, english: bool = False) -> str:
    """Capitalise the first letter of each sentence (templates may start with a slot)."""
    if english:
        text = _A_AN.sub(r"\1n ", text)
    text = text[:1].upper() + text[1:]
    return re.sub(r"([.!?][»”\"]?\s+)([a-zà-ÿ])", lambda m: m.group(1) + m.group(2).upper(), text)


class Writer:
    """Writes reports of incidents in one language."""

    def __init__(self, pack: Pack, rng: random.Random) -> None:
        self.pack = pack
        self.rng = rng

    def _cap(self, text: str) -> str:
        return cap(text, self.pack.lang == "en")

    # -- what the article says about the victims -------------------------------------------
    def victims(self, incident: Incident, omit_names: bool) -> tuple[dict[str, Any], list[dict]]:
        """Slots describing the victims, and their gold records."""
        pk, rng = self.pack, self.rng
        named = [v for v in incident.victims if v.person is not None]
        first = incident.victims[0]
        role_sing = pk.role(first.role, first.sex)
        roles = pk.role(first.role, first.sex, plural=True)
        gold: list[dict] = []
        slots: dict[str, Any] = {"role": role_sing, "roles": roles, "org": "", "group_pl": ""}
        slots["group_pl"] = pk.group_plural(first.groups[0])
        if named and not omit_names:
            forms = [v.person.variant(rng) for v in named]  # type: ignore[union-attr]
            org = named[0].person.organisation  # type: ignore[union-attr]
            slots["org"] = org
            if len(named) == 1:
                name, short = forms[0]
                slots["V"] = fill(
                    rng.choice(pk.np_named), {"role": role_sing, "name": name, "org": org}
                )
                slots["short"] = pk.honorific(short, first.sex, rng)
                plural, sex = False, first.sex
            else:
                slots["V"] = fill(
                    rng.choice(pk.np_pair),
                    {"roles": roles, "name1": forms[0][0], "name2": forms[1][0], "org": org},
                )
                slots["short"] = pk.the_group(roles, 2)
                plural, sex = True, _common_sex(named)
            for v, (name, _) in zip(named, forms, strict=True):
                gold.append(_victim_gold(v, name))
        elif named or first.count == 1:
            people = named or [first]
            plural = len(people) > 1
            sex = _common_sex(people) if plural else first.sex
            if plural:
                slots["V"] = fill(
                    rng.choice(pk.np_group), {"count": pk.count(2, "exact", rng), "roles": roles}
                )
                slots["short"] = pk.the_group(roles, 2)
            else:
                indef = pk.extra.get("indef", ("a", "a"))[sex == "woman"]  # type: ignore[index]
                slots["V"] = fill(rng.choice(pk.np_anon), {"role": role_sing, "un": indef})
                slots["short"] = pk.the_one(role_sing, sex)
            gold.extend(_victim_gold(v, None) for v in people)
        else:
            style = rng.choices(("exact", "at_least", "more", "vague"), weights=(6, 2, 1, 1))[0]
            n = first.count + (1 if style == "more" else 0)
            if style == "at_least" and n > 2 and rng.random() < 0.5:
                n -= 1  # an early count, lower than the final one
            slots["V"] = fill(
                rng.choice(pk.np_group), {"count": pk.count(n, style, rng), "roles": roles}
            )
            slots["short"] = pk.the_group(roles, n)
            plural, sex = True, "unknown"
            gold.append(_victim_gold(first, None))
        slots.update(pk.grammar(sex, plural))
        slots["Short"] = slots["short"][:1].upper() + slots["short"][1:]
        return slots, gold

    def place(self, incident: Incident) -> tuple[dict[str, Any], dict[str, Any]]:
        """The place phrase and what of country/region/city it names."""
        template = self.rng.choice(self.pack.places)
        city, country = incident.city, incident.country
        slots = {
            "city": city.name,
            "region": city.region,
            "country": country.name_in(self.pack.lang),
        }
        phrase = fill(template, slots)
        gold = {
            "country": country.name,
            "region": city.region if "{region}" in template else None,
            "city": city.name if "{city}" in template else None,
        }
        if gold["region"] == gold["city"]:
            gold["region"] = city.region  # "Cusco, Cusco": the region is named anyway
        return {**slots, "L": phrase}, gold

    def when(self, event: date, published: date, allow_omit: bool = True) -> tuple[str, dict]:
        """A date phrase relative to the publication date, and what it lets one read."""
        lag = (published - event).days
        options: list[tuple[str, float]] = [("explicit", 5)]
        if 0 <= lag <= 1:
            options.append(("today_yesterday", 3))
        if 1 <= lag <= 6:
            options.append(("weekday", 3))
        if 7 <= lag <= 13:
            options.append(("last_week", 4))
        if allow_omit:
            options.append(("omit", 1.5))
        style = self.rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]
        full = {"year": event.year, "month": event.month, "day": event.day}
        if style == "omit":
            return "", {"year": None, "month": None, "day": None}
        if style == "last_week":
            return self.pack.last_week, {"year": event.year, "month": event.month, "day": None}
        if style == "today_yesterday":
            today = self.pack.today.format(weekday=self.pack.weekdays[event.weekday()])
            return (today if lag == 0 else self.pack.yesterday), full
        if style == "weekday":
            return self.pack.on_weekday(event.weekday()), full
        return self.pack.on_date(event, self.rng), full

    # -- whole reports ------------------------------------------------------------------------
    def report(self, incident: Incident, published: date, detail: str,
               history: list[Incident]) -> Draft:  # fmt: skip
        """An original report of ``incident`` at a given detail level ("brief".."long")."""
        pk, rng = self.pack, self.rng
        omit = rng.random() < 0.12
        slots, victims_gold = self.victims(incident, omit)
        place_slots, place_gold = self.place(incident)
        slots.update(place_slots)
        slots["W"], date_gold = self.when(incident.day, published)
        perp_kind = incident.perp
        if rng.random() < 0.15 and perp_kind != "unidentified":
            perp_kind = "unidentified"  # a source that does not say who did it
        show_perp = rng.random() < 0.82
        slots["P"] = rng.choice(pk.perps[perp_kind])
        leads = pk.leads[incident.primary]
        with_p = [t for t in leads if "{P}" in t]
        without_p = [t for t in leads if "{P}" not in t]
        lead_t = rng.choice(with_p if show_perp and with_p and rng.random() < 0.6 else without_p)
        paras = [Para(self._cap(fill(lead_t, slots)))]
        if show_perp and "{P}" not in lead_t:
            paras[0].text += " " + self._cap(fill(rng.choice(pk.perp_sentences), slots))
        acts = [incident.primary]
        for act in incident.acts[1:]:
            if rng.random() < 0.85:
                acts.append(act)
                paras.append(Para(self._cap(fill(rng.choice(pk.secondary[act]), slots))))
        free = self._free_paras(incident, slots, detail, history)
        rng.shuffle(free)
        paras.extend(free)
        if rng.random() < 0.5 and len(paras) > 2:
            # Some outlets put the reaction or a quote before the details.
            paras[1], paras[-1] = paras[-1], paras[1]
        title = self._cap(
            fill(rng.choice(pk.titles[incident.primary]), {**slots, **pk.title_slots(slots)})
        )
        gold = {
            "relevant": True,
            "perpetrator_mention": show_perp,
            "perpetrator_type": PERP_TYPE[perp_kind] if show_perp else None,
            "violation_types": _types(acts),
            "victims": victims_gold,
            **place_gold,
            **date_gold,
        }
        return Draft(title, paras, gold, extra={"slots": slots, "when": slots["W"]})

    def _free_paras(self, incident: Incident, slots: dict, detail: str,
                    history: list[Incident]) -> list[Para]:  # fmt: skip
        pk, rng = self.pack, self.rng
        n = {"brief": 3, "standard": 5, "long": 8}[detail]
        out: list[Para] = []
        quote_slots = _speaker(slots, fill(rng.choice(pk.speakers), slots))
        out.append(Para(self._cap(fill(rng.choice(pk.quotes), quote_slots)), True))
        out.append(Para(self._cap(fill(rng.choice(pk.responses), slots)), True))
        pool = [fill(t, slots) for t in rng.sample(pk.context, k=min(4, len(pk.context)))]
        out.append(Para(self._cap(" ".join(pool[: 2 if detail == "brief" else 4])), True))
        out.append(Para(self._cap(fill(rng.choice(pk.closings), slots)), True))
        if slots["org"]:
            out.append(Para(self._cap(fill(rng.choice(pk.org_sentences), slots)), True))
        if history and rng.random() < 0.6:
            prior = history[-1]
            month = pk.months[prior.day.month - 1]
            recap = fill(pk.recap[prior.primary], slots)
            out.append(
                Para(
                    self._cap(
                        fill(rng.choice(pk.history), {**slots, "month": month, "recap": recap})
                    ),
                    True,
                )
            )
        if incident.context:
            out.append(
                Para(self._cap(fill(rng.choice(pk.surge_context[incident.context]), slots)), True)
            )
        if detail == "long":
            second = _speaker(slots, fill(rng.choice(pk.speakers), slots))
            out.append(Para(self._cap(fill(rng.choice(pk.quotes), second)), True))
            out.append(Para(self._cap(fill(rng.choice(pk.closings), slots)), True))
        return out[: max(n, 2 + bool(history) + bool(incident.context))]

    def followup(self, incident: Incident, kind: str, published: date) -> Draft:
        """A later report (release, charges, funeral...) that refers back to the attack."""
        pk, rng = self.pack, self.rng
        slots, victims_gold = self.victims(incident, omit_names=rng.random() < 0.05)
        place_slots, place_gold = self.place(incident)
        slots.update(place_slots)
        lag = (published - incident.day).days
        if lag > 10 and rng.random() < 0.35:
            slots["W"] = pk.last_month if published.month != incident.day.month else pk.earlier
            date_gold = {"year": incident.day.year, "month": incident.day.month, "day": None}
        else:
            slots["W"], date_gold = self.when(incident.day, published, allow_omit=True)
        slots["recap"] = fill(pk.recap[incident.primary], slots)
        paras = [Para(self._cap(fill(rng.choice(pk.followups[kind]), slots)))]
        paras.append(Para(self._cap(fill(rng.choice(pk.followup_recap), slots))))
        show_perp = rng.random() < 0.4
        slots["P"] = rng.choice(pk.perps[incident.perp])
        if show_perp:
            paras[-1].text += " " + self._cap(fill(rng.choice(pk.perp_sentences), slots))
        free = self._free_paras(incident, slots, "standard", [])
        paras.extend(free[:3])
        title = self._cap(
            fill(rng.choice(pk.followup_titles[kind]), {**slots, **pk.title_slots(slots)})
        )
        gold = {
            "relevant": True,
            "perpetrator_mention": show_perp,
            "perpetrator_type": PERP_TYPE[incident.perp] if show_perp else None,
            "violation_types": _types([incident.primary]),
            "victims": victims_gold,
            **place_gold,
            **date_gold,
        }
        return Draft(title, paras, gold, extra={"when": slots["W"]})


def _types(acts: list[str]) -> list[str]:
    found = {ACT_TYPE[a] for a in acts}
    return [t for t in TYPE_ORDER if t in found]


def _victim_gold(v: VictimTruth, name: str | None) -> dict[str, Any]:
    return {"name": name, "type": list(v.groups), "sex": v.sex, "age": v.age,
            "population": v.population}  # fmt: skip


def _common_sex(victims: list[VictimTruth]) -> str:
    sexes = {v.sex for v in victims}
    return sexes.pop() if len(sexes) == 1 else "man"  # mixed groups take the masculine plural


def _speaker(slots: dict[str, Any], speaker: str) -> dict[str, Any]:
    return {**slots, "speaker": speaker, "Speaker_cap": speaker[:1].upper() + speaker[1:]}
