"""Relevance: is this article about an attack on a defender, journalist or trade unionist?"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .base import Doc, Draft, Hit
from .data import roles
from .dates import past_sentences
from .violations import audience, compile_factored, impostor_in_title, role_matches


@lru_cache(maxsize=1)
def _sport() -> re.Pattern[str]:
    return compile_factored(roles.SPORT)


@lru_cache(maxsize=1)
def _not_an_attack_title() -> re.Pattern[str]:
    return compile_factored(
        roles.NOT_AN_ATTACK_TITLE + roles.CONVICTION_TITLE + roles.REPORT_TITLE + roles.REVIEW_TITLE
    )


@lru_cache(maxsize=1)
def _review_title() -> re.Pattern[str]:
    return compile_factored(roles.REVIEW_TITLE)


@lru_cache(maxsize=1)
def _report_title() -> re.Pattern[str]:
    return compile_factored(roles.REPORT_TITLE + roles.CONVICTION_TITLE)


@lru_cache(maxsize=1)
def _prize() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return compile_factored(roles.PRIZE), compile_factored(roles.PRIZE_GIVEN)


def _laureate(doc: Doc) -> tuple[int, int] | None:
    """In a headline that gives a prize ("Exiled editor wins prize"), the words before the
    prize is given: who is honoured, with what they once suffered."""
    prize, given = _prize()
    verb = given.search(doc.text, 0, doc.title_end)
    if verb is None or prize.search(doc.text, verb.end(), doc.title_end) is None:
        return None
    return (0, verb.start())


@lru_cache(maxsize=1)
def _obituary() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        compile_factored(roles.OBITUARY_DEATH),
        compile_factored(roles.OBITUARY_CAUSE),
        compile_factored(roles.OBITUARY_NOT),
    )


def _obituary_lead(doc: Doc) -> bool:
    """Whether one of the first two sentences after the headline tells a death of old age
    or of illness, not in custody: the report is an obituary, whatever its headline says
    of the prison its subject once knew."""
    death, cause, custody = _obituary()
    lead = [(a, b) for a, b in doc.sentences if a >= doc.title_end][:2]
    return any(
        death.search(doc.text, a, b)
        and cause.search(doc.text, a, b)
        and not custody.search(doc.text, a, b)
        for a, b in lead
    )


_RATING = re.compile(roles.RATING)

# Words in quotation marks in a headline are someone's words ("Quilombola leader receives
# prize: 'They threatened us'"): they do not make the headline tell an attack.
_QUOTED = re.compile(r"(?:^|(?<=[\s:(]))['‘“\"«][^'’”\"»\n]{3,}['’”\"»]")


# A role word as the subject of speech or of a view: "Activists say", "rights activists
# have long expressed concern", "X, a women's rights activist who runs a shelter, said";
# not when what is said is what was done to them ("said police beat them", "says he was
# held").
_SPEAKER = re.compile(
    r"(?:(?:\s+(?:have|has|had|also|long|repeatedly|often|for years|who|which|that)){0,3}\s+"
    r"(?:say|says|said|expressed|express|expresses|warn|warns|warned|note|notes|noted|argue|"
    r"argues|argued|estimate|estimates|estimated|believe|believes|told|tell|tells)\b"
    r"|\s+who\s[^.;\n]{0,80}?,\s+(?:said|says|told)\b)"
    r"(?!\s+(?:that\s+)?(?:police|security|soldiers|officers|officials|agents|men|gunmen|"
    r"he|she|they|i|we|his|her|their|my|our)\b)",
    re.IGNORECASE,
)


def _speaker(doc: Doc, m: re.Match[str]) -> bool:
    """Whether a role word in the text (not the headline) is a speaker's (``_SPEAKER``)."""
    return m.start() >= doc.title_end and _SPEAKER.match(doc.text, m.end()) is not None


# The fields of an incident report, each opening a line: "Date:", "Who:", "What happened:",
# "Qué pasó:", "O que aconteceu:", "Ce qui s'est passé :"; those that say who was attacked.
_WHO = r"who|victims?|qui[ée]n(?:es)?|v[íi]ctimas?|v[íi]timas?|quem|qui|victimes?"
_REPORT_FIELD = re.compile(
    # "Data do incidente:", "Fecha del hecho:", "Date de l'incident :" are date fields too.
    rf"^[^\S\n]*((?:date|fecha|data)(?: (?:of|de|del|do|da|des|du)\b[^\n:]{{1,20}})?|place|"
    rf"location|lugar|local|lieu|{_WHO}|what happened|"
    r"incident|qu[ée] pas[óo]|hechos|o que aconteceu|ce qui s['’]est pass[ée]|faits|"
    r"perpetrators?|perpetrador(?:es)?|auteurs?|autor(?:es)?)[^\S\n]*:",
    re.IGNORECASE | re.MULTILINE,
)
_WHO_FIELD = re.compile(_WHO, re.IGNORECASE)


def _incident_report_victim(text: str, role_hits: list[re.Match[str]]) -> re.Match[str] | None:
    """In an incident report of fields (three or more distinct ones), a victim-group word
    on its "Who:" or "Victims:" line (not "Victimes : néant"), else None."""
    if not role_hits:
        return None
    fields = list(_REPORT_FIELD.finditer(text))
    if len({m.group(1).lower() for m in fields}) < 3:
        return None
    for f in fields:
        if _WHO_FIELD.fullmatch(f.group(1)):
            end = text.find("\n", f.end())
            end = len(text) if end < 0 else end
            for m in role_hits:
                if f.end() <= m.start() < end:
                    return m
    return None


def _quoted(text: str, title_end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text, 0, title_end)]


def _strong(hit: Hit, kept: set[int]) -> bool:
    """Whether a trigger counts as evidence of an attack: one of a grave type that is sure
    or whose type the tagger kept (trade unionists "free again after being arrested": the
    release leaves the detention below its type's threshold, yet it was an attack), or a
    sure "other" one the tagger kept (not a defamation suit a journalist won)."""
    if hit.label == "other":
        return id(hit) in kept and hit.confidence >= 0.6
    return id(hit) in kept or hit.confidence >= 0.6


# What a joint trigger in a sentence of an earlier year counts for, against 1 elsewhere.
_PAST_WEIGHT = 0.25

# What a headline of a report that is no attack takes off the evidence: enough to outweigh
# an attack the text recalls in several sentences, not one its headline tells.
_NOT_AN_ATTACK = 4.0
# And what it takes off per (square root of) joint trigger: a law's or a report's text
# recalls attacks in sentence after sentence ("decades of killings of journalists"), which
# must not outweigh its headline (English feed sets: 0.4, 0.8 and 1.2 all clear a law and a
# bill passed, nothing else changes on any set).
_JOINT_UNTOLD = 0.8


class RelevanceScorer:
    """Scores attack triggers that share a sentence with a victim-group noun.

    Runs after ``ViolationTagger`` (it reads the trigger hits). Sports vocabulary lowers
    the score, so a football "attack" or a "killer" pass is not taken for a violation.

    Args:
        threshold: the article is relevant when the score reaches this.
    """

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold

    def __call__(self, doc: Doc, draft: Draft) -> None:
        # The tagger found the victim-group words of this article already.
        # Nor is a speaker ("Rights activists have long expressed concern over mob
        # beatings"): the triggers of its sentence tell what is said of others.
        role_hits = [
            m for m in role_matches(doc) if not audience(doc.text, m) and not _speaker(doc, m)
        ]
        role_sents = {doc.sentence_index(m.start()): m for m in role_hits}
        who = _incident_report_victim(doc.text, role_hits)
        if who is not None:
            # A partner's incident report gives who and what happened on lines of their
            # own ("Who: Lwazi Mkhize, 29, LGBTIQ+ activist" / "What happened: ... we will
            # burn you"): the whole report is one account of one attack.
            role_sents = dict.fromkeys(range(len(doc.sentences)), who)
        kept = {id(h) for h in draft.violation_hits}
        strong = [h for h in draft.violation_candidates or draft.violation_hits if _strong(h, kept)]
        joint = [h for h in strong if h.sentence in role_sents]
        # A sentence of an earlier year recalls an older attack ("In November 2019 he was
        # beaten by protesters"): background of a report, not the report's own attack.
        past = past_sentences(doc.text, tuple(doc.sentences), doc.published)
        n_joint = sum(_PAST_WEIGHT if h.sentence in past else 1.0 for h in joint)
        n_strong = sum(_PAST_WEIGHT if h.sentence in past else 1.0 for h in strong)
        evidence = None
        if joint:
            best = max(joint, key=lambda h: h.confidence)
            evidence = (best.start, best.end)
        n_sport = len(_sport().findall(doc.text))
        # Evidence adds up with diminishing returns; sports words subtract.
        raw = (
            1.6 * n_joint**0.5 + 0.4 * min(n_strong, 6) ** 0.5 + 0.4 * min(len(role_hits), 4) ** 0.5
        )
        raw -= 0.5 * n_sport
        # Whether the headline tells an attack: a strong trigger in it, not inside
        # quotation marks nor inside the words of a report that is no attack ("lifts
        # travel ban"), and no review of a film or a book (whose headline tells a plot).
        in_title = [h.start for h in strong if h.start < doc.title_end]
        no_attack = [m.span() for m in _not_an_attack_title().finditer(doc.text, 0, doc.title_end)]
        aside = no_attack + (_quoted(doc.text, doc.title_end) if in_title else [])
        laureate = _laureate(doc)
        if laureate is not None:
            aside.append(laureate)
        review = (
            _review_title().search(doc.text, 0, doc.title_end) is not None
            or _RATING.search(doc.text, doc.title_end, doc.title_end + 300) is not None
        )
        # Nor does a headline of a report's figures, of a conviction or of an earlier year
        # ("... el homicidio de un líder comunal en 2020").
        untold = (
            review
            or _report_title().search(doc.text, 0, doc.title_end) is not None
            or (doc.title_end > 0 and 0 in past)
        )
        told = any(not any(a <= s < b for a, b in aside) for s in in_title) and not untold
        raw += 0.5 if told else 0.0
        if impostor_in_title(doc):
            # "'Fake journalist' held for extortion": the press that reports it is no
            # victim either.
            raw -= _NOT_AN_ATTACK
        if _obituary_lead(doc) and (told or not no_attack):
            # A death of old age or of illness: an obituary ("Morreu X, jornalista e
            # antigo preso").
            raw -= _NOT_AN_ATTACK
        if not told and (no_attack or review):
            # A prize, a law, a report, a training, an acquittal, an obituary, a
            # remembrance, a pardon or a review, whose text recalls attacks ("galardonada
            # por su serie sobre desapariciones"). A review's whole text tells the plot.
            raw -= _NOT_AN_ATTACK * (2 if review else 1) + _JOINT_UNTOLD * n_joint**0.5
        score = 1 / (1 + math.exp(-(raw - 2.0) * 1.5))
        relevant = score >= self.threshold
        # Confidence in the value given, as for every field (``relevance_score`` keeps
        # the probability of relevance): an article scored 0.02 is surely irrelevant.
        draft.set("relevant", relevant, score if relevant else 1 - score, evidence)
        draft.fields["relevance_score"] = round(score, 3)
