"""A language pack: the templates and small grammar one language needs to write reports.

Templates are ``str.format`` strings. Slots: ``{V}`` victims at first mention, ``{short}``
/``{Short}`` later mentions, ``{P}`` perpetrator (after "by"/"por"/"par"), ``{W}`` date
phrase (may be empty), ``{L}`` place phrase, ``{city}``, ``{region}``, ``{country}``,
``{org}``, ``{role}``, ``{roles}``, ``{group_pl}``, plus the grammar slots of ``grammar``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Pack:
    """Everything one language needs; ``templates_*`` modules each build one."""

    lang: str
    roles: dict[str, tuple[str, str, str]]
    group_plurals: dict[str, str]
    numbers: tuple[str, ...]
    at_least: str
    vague: tuple[str, ...]
    the_group_t: str
    the_one_t: tuple[str, str]
    honorifics: tuple[str, str]
    grammar_table: dict[tuple[str, bool], dict[str, str]]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_formats: tuple[str, ...]
    weekday_t: str
    today: str
    yesterday: str
    last_week: str
    last_month: str
    earlier: str
    np_named: tuple[str, ...]
    np_pair: tuple[str, ...]
    np_group: tuple[str, ...]
    np_anon: tuple[str, ...]
    places: tuple[str, ...]
    perps: dict[str, tuple[str, ...]]
    leads: dict[str, tuple[str, ...]]
    secondary: dict[str, tuple[str, ...]]
    recap: dict[str, str]
    titles: dict[str, tuple[str, ...]]
    perp_sentences: tuple[str, ...]
    speakers: tuple[str, ...]
    quotes: tuple[str, ...]
    responses: tuple[str, ...]
    context: tuple[str, ...]
    org_sentences: tuple[str, ...]
    history: tuple[str, ...]
    surge_context: dict[str, tuple[str, ...]]
    closings: tuple[str, ...]
    followups: dict[str, tuple[str, ...]]
    followup_recap: tuple[str, ...]
    followup_titles: dict[str, tuple[str, ...]]
    extra: dict[str, object] = field(default_factory=dict)

    def role(self, role: str, sex: str, plural: bool = False) -> str:
        """The role noun ("journalist", "periodista"), agreeing with sex and number."""
        m, f, pl = self.roles[role]
        return pl if plural else (f if sex == "woman" else m)

    def group_plural(self, group: str) -> str:
        return self.group_plurals[group]

    def count(self, n: int, style: str, rng: random.Random) -> str:
        """A victim count as a source writes it: "three", "at least four", "several"."""
        word = self.numbers[n] if n < len(self.numbers) else str(n)
        if style == "at_least":
            return self.at_least.format(n=word)
        if style == "vague":
            return rng.choice(self.vague)
        return word

    def the_group(self, roles: str, n: int) -> str:
        return self.the_group_t.format(roles=roles)

    def the_one(self, role: str, sex: str) -> str:
        return self.the_one_t[sex == "woman"].format(role=role)

    def honorific(self, short: str, sex: str, rng: random.Random) -> str:
        """The later mention of a person: surname, sometimes with a courtesy title."""
        if self.honorifics[0] and rng.random() < 0.35:
            return self.honorifics[sex == "woman"].format(s=short)
        return short

    def grammar(self, sex: str, plural: bool) -> dict[str, str]:
        key = "woman" if sex == "woman" else "man"
        return self.grammar_table[(key, plural)]

    def on_date(self, d: date, rng: random.Random) -> str:
        return rng.choice(self.date_formats).format(
            d=d.day, month=self.months[d.month - 1], weekday=self.weekdays[d.weekday()]
        )

    def on_weekday(self, index: int) -> str:
        return self.weekday_t.format(weekday=self.weekdays[index])

    def title_slots(self, slots: dict[str, str]) -> dict[str, str]:
        """Headline victim noun: the role, capitalised, singular or plural."""
        plural = slots.get("plural") == "1"
        noun = slots["roles"] if plural else slots["role"]
        return {"Tv": noun[:1].upper() + noun[1:]}
