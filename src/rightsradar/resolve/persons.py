"""Person linkage: each named victim mention points at one Person (the case history).

A mention links to a known person when their names agree and nothing they both state
disagrees:

- names agree as ``same`` (equal once accents, case, titles and "Surname, Given" order
  are folded away), ``variant`` (one is a shorter form of the other, in order, with
  initials standing for names: "Héctor E. Rodríguez" ~ "Héctor Rodríguez" ~
  "H. Rodríguez") or ``typo`` (same number of words, rapidfuzz ratio >= ``TYPO_MIN``);
- a different country, victim group (both specific and disjoint) or organisation vetoes
  the link: two people who share a surname or even a full name are told apart by what
  the reports say about them; a different sex (man/woman, a guess from pronouns) vetoes
  only when fewer than two other attributes agree;
- a ``variant`` or ``typo`` match also needs the same country (a short name alone says
  too little), and with several candidates the one that agrees most wins.

Unnamed groups and one-word names link to no one. ``PersonLinker`` is the pure core
(used by the benchmark on gold mentions); ``PersonIndex`` loads it from the store and
``link_mentions`` applies it to one extraction. ``compare`` explains a link (the evidence
shown in a case history).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import models as m
from .names import TITLES, fold

TYPO_MIN = 90.0
UNKNOWN_GROUP = "insufficient information"
NAME_LEVELS = ("same", "variant", "typo")


def name_tokens(name: str | None) -> tuple[str, ...]:
    """The folded words of a name, titles dropped, "Surname, Given" put back in order."""
    if not name:
        return ()
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if last and first:
            name = f"{first} {last}"
    words = fold(name).split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return tuple(words)


def _word_agrees(short: str, long: str) -> bool:
    return (
        short == long
        or (len(short) == 1 and long.startswith(short))
        or (len(long) == 1 and short.startswith(long))
    )


def _ordered_subset(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` agrees, in order, with a word of ``long``."""
    j = 0
    for w in short:
        while j < len(long) and not _word_agrees(w, long[j]):
            j += 1
        if j == len(long):
            return False
        j += 1
    return True


def name_agreement(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """How two tokenised names agree: ``same``, ``variant``, ``typo`` or None."""
    if len(a) < 2 or len(b) < 2:
        return "same" if a and a == b else None
    if a == b or sorted(a) == sorted(b):
        return "same"
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # The surname: the shorter form's last word must be a full word of the longer one,
    # after its first word (an initial never stands for the surname).
    surname_ok = len(short[-1]) > 1 and short[-1] in long[1:]
    if surname_ok and _word_agrees(short[0], long[0]) and _ordered_subset(short, long):
        return "variant"
    if len(a) == len(b) and all(_word_typo(x, y) for x, y in zip(a, b, strict=True)):
        return "typo"
    return None


def _word_typo(x: str, y: str) -> bool:
    # One slip of the keyboard or of transliteration, not another name ("Sana"/"Samina").
    return _word_agrees(x, y) or (
        x[0] == y[0] and abs(len(x) - len(y)) <= 1 and fuzz.ratio(x, y) >= TYPO_MIN - 10
    )


# Words that name an organisation (en/es/fr/pt), and the small words inside such names.
ORG_WORDS = frozenset(
    fold(w)
    for w in [
        "union",
        "unions",
        "federation",
        "council",
        "collective",
        "network",
        "coalition",
        "centre",
        "center",
        "association",
        "committee",
        "league",
        "forum",
        "observer",
        "tribune",
        "sentinel",
        "voice",
        "radio",
        "institute",
        "foundation",
        "sindicato",
        "federacion",
        "colectivo",
        "consejo",
        "asociacion",
        "red",
        "comite",
        "corporacion",
        "observatorio",
        "semanario",
        "noticiero",
        "diario",
        "vigia",
        "voz",
        "syndicat",
        "ligue",
        "reseau",
        "collectif",
        "observatoire",
        "echo",
        "veilleur",
        "comissao",
        "associacao",
        "conselho",
        "rede",
        "centro",
        "federacao",
        "jornal",
        "folha",
        "portal",
        "sentinela",
        "vigilante",
    ]
)
_ORG_INNER = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "del",
        "la",
        "las",
        "los",
        "y",
        "des",
        "du",
        "da",
        "do",
        "dos",
        "das",
        "e",
        "et",
        "pour",
        "les",
        "l",
        "d",
    ]
)
_ORG_LEFT = frozenset({"and", "y", "et", "e"})
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\S")
ORG_MATCH_MIN = 90.0


def _capital(word: str) -> bool:
    return word[:1].isupper()


def organisations(text: str | None) -> tuple[str, ...]:
    """Organisation names in ``text``: capitalised runs around a word such as "Union".

    A run extends right over capitalised words and the small words of names ("of", "de");
    left only over capitalised words and "and", so "Ana Silva of the X Union" gives
    "X Union", not the person.
    """
    if not text:
        return ()
    words = [w.group() for w in _WORD.finditer(text)]
    found: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if not (_capital(w) and fold(w) in ORG_WORDS):
            i += 1
            continue
        lo = i
        while (
            lo > 0
            and (_capital(words[lo - 1]) or words[lo - 1].lower() in _ORG_LEFT)
            and words[lo - 1] not in ".;:!?"
        ):
            lo -= 1
        while lo < i and not _capital(words[lo]):
            lo += 1
        hi, j = i, i + 1
        while j < len(words) and (_capital(words[j]) or words[j].lower().strip("'’") in _ORG_INNER):
            next_capital = j + 1 < len(words) and _capital(words[j + 1])
            if words[j].lower() in _ORG_LEFT and not next_capital:
                break  # "X Union and the Y Council" are two names
            if _capital(words[j]):
                hi = j
            j += 1
        name = " ".join(words[lo : hi + 1]).replace(" '", "'").replace(" ’", "’")
        if hi > lo:  # one word alone ("Union leaders said") names nothing
            found.append(name)
        i = hi + 1
    return tuple(dict.fromkeys(found))


def same_organisation(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(fold(a), fold(b)) >= ORG_MATCH_MIN


def _specific(groups: Iterable[str]) -> set[str]:
    return {g for g in groups if g and g != UNKNOWN_GROUP}


@dataclass
class MentionFacts:
    """What one article says about one named victim (what linkage compares)."""

    name: str
    country: str | None = None
    sex: str = "unknown"
    groups: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()

    @property
    def tokens(self) -> tuple[str, ...]:
        return name_tokens(self.name)


@dataclass
class Profile:
    """Everything the linked mentions said about one person."""

    forms: set[tuple[str, ...]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    sexes: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)

    def add(self, facts: MentionFacts) -> None:
        tokens = facts.tokens
        if tokens:
            self.forms.add(tokens)
        if facts.country:
            self.countries.add(fold(facts.country))
        if facts.sex in ("man", "woman"):
            self.sexes.add(facts.sex)
        self.groups |= _specific(facts.groups)
        self.organisations |= set(facts.organisations)


@dataclass(frozen=True)
class Evidence:
    """Why a mention is (or is not) the same person as a profile."""

    name: str | None  # "same" | "variant" | "typo" | None
    shared: tuple[str, ...]  # attributes both state alike: country, sex, groups, organisation
    conflicts: tuple[str, ...]  # attributes both state differently

    @property
    def links(self) -> bool:
        if self.name is None:
            return False
        # Sex is the extractor's guess from pronouns and is often wrong or missing in one
        # report: it vetoes a link only when little else agrees. Country, groups and
        # organisation are stated facts and always veto.
        hard = [c for c in self.conflicts if c != "sex"]
        if hard or ("sex" in self.conflicts and len(self.shared) < 2):
            return False
        return self.name == "same" or "country" in self.shared

    @property
    def rank(self) -> tuple[int, int]:
        return (len(NAME_LEVELS) - NAME_LEVELS.index(self.name or "typo"), len(self.shared))

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "shared": list(self.shared), "conflicts": list(self.conflicts)}


def compare(profile: Profile, facts: MentionFacts) -> Evidence:
    """The name agreement and the shared and conflicting attributes of a mention."""
    tokens = facts.tokens
    levels = [lv for f in profile.forms if (lv := name_agreement(tokens, f)) is not None]
    name = min(levels, key=NAME_LEVELS.index) if levels else None
    shared, conflicts = [], []
    country = fold(facts.country) if facts.country else None
    if country and profile.countries:
        (shared if country in profile.countries else conflicts).append("country")
    if facts.sex in ("man", "woman") and profile.sexes:
        (shared if facts.sex in profile.sexes else conflicts).append("sex")
    groups = _specific(facts.groups)
    if groups and profile.groups:
        (shared if groups & profile.groups else conflicts).append("groups")
    if facts.organisations and profile.organisations:
        same = any(
            same_organisation(a, b) for a in facts.organisations for b in profile.organisations
        )
        (shared if same else conflicts).append("organisation")
    return Evidence(name, tuple(shared), tuple(conflicts))


@dataclass
class PersonLinker:
    """Profiles of known persons, found by the words of their names."""

    profiles: dict[int, Profile] = field(default_factory=dict)
    by_word: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def find(self, facts: MentionFacts) -> tuple[int | None, Evidence | None]:
        """The best-agreeing known person for ``facts`` (None when no one links)."""
        tokens = facts.tokens
        if len(tokens) < 2:
            return None, None
        candidates = self.by_word.get(tokens[-1], set()) | self.by_word.get(tokens[0], set())
        best: tuple[tuple[int, int], int, Evidence] | None = None
        for pid in sorted(candidates):
            ev = compare(self.profiles[pid], facts)
            if ev.links and (best is None or ev.rank > best[0]):
                best = (ev.rank, pid, ev)
        return (best[1], best[2]) if best else (None, None)

    def add(self, person_id: int, facts: MentionFacts) -> None:
        """Remember that ``facts`` describe ``person_id``."""
        self.profiles.setdefault(person_id, Profile()).add(facts)
        for word in facts.tokens:
            if len(word) > 1:
                self.by_word[word].add(person_id)


class PersonIndex(PersonLinker):
    """The linker loaded with every stored person and the mentions linked to them."""

    @classmethod
    def load(cls, session: Session) -> PersonIndex:
        index = cls()
        for pid, name, aliases, groups, sex in session.execute(
            select(m.Person.id, m.Person.name, m.Person.aliases, m.Person.groups, m.Person.sex)
        ):
            for n in [name, *(aliases or [])]:
                index.add(pid, MentionFacts(n, None, sex, tuple(groups or ())))
        rows = session.execute(
            select(
                m.VictimMention.person_id,
                m.VictimMention.name,
                m.VictimMention.sex,
                m.VictimMention.groups,
                m.VictimMention.organisations,
                m.Extraction.country,
            )
            .join(m.Extraction, m.VictimMention.extraction_id == m.Extraction.id)
            .where(m.VictimMention.person_id.is_not(None))
        )
        for pid, name, sex, groups, orgs, country in rows:
            index.add(
                pid, MentionFacts(name or "", country, sex, tuple(groups or ()), tuple(orgs or ()))
            )
        return index


def facts_of(mention: m.VictimMention, country: str | None) -> MentionFacts:
    return MentionFacts(
        mention.name or "",
        country,
        mention.sex or "unknown",
        tuple(mention.groups or ()),
        tuple(mention.organisations or ()),
    )


def article_text(article: m.Article | None) -> str | None:
    if article is None or article.text is None:
        return None
    return f"{article.title}\n\n{article.text}" if article.title else article.text


def link_mentions(session: Session, index: PersonLinker, extraction: m.Extraction) -> int:
    """Point each named mention of ``extraction`` at a Person; returns how many were created."""
    created = 0
    orgs: list[str] | None = None
    for mention in extraction.victims:
        if len(name_tokens(mention.name)) < 2 or mention.population == "multiple":
            continue
        if orgs is None:
            orgs = list(organisations(article_text(extraction.article)))
        if mention.organisations is None:
            mention.organisations = orgs
        facts = facts_of(mention, extraction.country)
        pid = mention.person_id or index.find(facts)[0]
        if pid is None:
            person = m.Person(
                name=mention.name or "", groups=list(mention.groups or []), sex=mention.sex
            )
            session.add(person)
            session.flush()
            pid, created = person.id, created + 1
        else:
            _enrich(session.get(m.Person, pid), mention)
        mention.person_id = pid
        index.add(pid, facts)
    return created


def _enrich(person: m.Person | None, mention: m.VictimMention) -> None:
    """Add what a new mention tells about a known person (groups, sex, name variant)."""
    if person is None:
        return
    groups = set(person.groups or []) | set(mention.groups or [])
    if len(groups) > 1:
        groups.discard(UNKNOWN_GROUP)
    if groups != set(person.groups or []):
        person.groups = sorted(groups)
    if person.sex == "unknown" and mention.sex != "unknown":
        person.sex = mention.sex
    if (
        mention.name
        and name_tokens(mention.name) != name_tokens(person.name)
        and mention.name not in (person.aliases or [])
    ):
        person.aliases = [*(person.aliases or []), mention.name]
