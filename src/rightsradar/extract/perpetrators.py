"""Perpetrator: is one mentioned, and of which type (state security forces, officials,
state-backed armed groups, criminals, non-state armed groups or companies)."""

from __future__ import annotations

import re
from functools import lru_cache

from .base import Doc, Draft, PerpetratorCue
from .data import roles
from .violations import compile_factored

# Ties go to the type listed first (the most common in annotated reports).
_ORDER = list(roles.PERPETRATORS)
_TYPES = [*_ORDER, "insufficient info"]
# Weight of one cue per type: officials and "the state" are often background in a report.
_WEIGHT = {
    "state actor": 1.5,
    "other state actors": 0.35,
    "other actors with permissions": 1.6,
    "other actors without permissions": 1.1,
    "other non-state actors": 0.9,
    "insufficient info": 1.1,
}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    # Grouped by first letter: the same matches as ``compile_terms``, found faster.
    pats = {t: compile_factored(ts) for t, ts in roles.PERPETRATORS.items()}
    pats["_by"] = re.compile(
        r"\b(?:by|por|par|pela|pelo|pelos|pelas)\s+(?:the\s+|la\s+|las\s+|los\s+|el\s+|les\s+|a\s+|os\s+|as\s+)?(?:[\w\-]+\s+){0,2}$",
        re.I,
    )
    # Attackers the report cannot name ("unknown gunmen", "people who have not been
    # identified"): a perpetrator is mentioned, its type is not known.
    pats["_unknown"] = re.compile(
        r"(?<![\w-])(?:(?:unknown|unidentified|masked|hooded)\s+(?:armed\s+)?(?:assailants?|"
        r"attackers?|m[ae]n|persons?|people|gunm[ae]n|individuals?|perpetrators?)"
        r"|(?:people|persons|men|assailants|attackers|individuals)\s+who\s+(?:have|had|has)\s+"
        r"not\s+(?:yet\s+)?been\s+identified"
        r"|(?:hombres|individuos|sujetos|personas)\s+(?:armados\s+)?(?:desconocidos|no\s+identificados|"
        r"encapuchados)|desconocidos"
        r"|(?:hommes|individus|personnes)\s+(?:arm[ée]s\s+)?(?:inconnus|non\s+identifi[ée]s|cagoul[ée]s)"
        r"|inconnus"
        r"|(?:homens|indiv[íi]duos|pessoas)\s+(?:armados\s+)?(?:desconhecidos|n[ãa]o\s+identificad[oa]s|"
        r"encapuzados))(?![\w])",
        re.IGNORECASE,
    )
    return pats


# Sentences read when the attack sentences name no perpetrator: the title and the lead.
LEAD_SENTENCES = 3
UNKNOWN = "insufficient info"


def found_cues(draft: Draft) -> list[PerpetratorCue] | None:
    """The cues ``PerpetratorFinder`` left on ``draft`` (None when it has not run)."""
    return draft.perpetrator_cues


class PerpetratorFinder:
    """Fills ``perpetrator_mention`` and ``perpetrator_type`` from the attack sentences
    (from the title and lead when those name no perpetrator)."""

    @staticmethod
    def _read(
        doc: Doc,
        idx: int,
        pats: dict[str, re.Pattern[str]],
        cues: list[PerpetratorCue],
        scores: dict[str, float],
        best: dict[str, tuple[float, tuple[int, int]]],
    ) -> None:
        """Add the cues of sentence ``idx``; an unnamed attacker ("unknown gunmen") is
        a cue of an unknown type, not of criminals."""
        s, e = doc.sentences[idx]
        sentence = doc.text[s:e]
        unknown = [m.span() for m in pats["_unknown"].finditer(sentence)]
        found: list[tuple[str, int, int]] = [(UNKNOWN, a, b) for a, b in unknown]
        for ptype in _ORDER:
            for m in pats[ptype].finditer(sentence):
                if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in unknown):
                    continue
                found.append((ptype, m.start(), m.end()))
        for ptype, a, b in found:
            w = _WEIGHT[ptype]
            agent = bool(pats["_by"].search(sentence[max(0, a - 30) : a]))
            if agent:
                w *= 2.0  # the agent of a passive: "arrested by police"
            cues.append((ptype, s + a, s + b, idx, w, agent))
            if s < doc.title_end:
                w *= 1.3
            scores[ptype] = scores.get(ptype, 0.0) + w
            if ptype not in best or w > best[ptype][0]:
                best[ptype] = (w, (s + a, s + b))

    def __call__(self, doc: Doc, draft: Draft) -> None:
        pats = _patterns()
        focus = draft.focus_sentences
        scores: dict[str, float] = {}
        best: dict[str, tuple[float, tuple[int, int]]] = {}
        cues: list[PerpetratorCue] = []
        draft.perpetrator_cues = cues
        for sentences in (focus, _lead(doc, focus)):
            for idx in sentences:
                self._read(doc, idx, pats, cues, scores, best)
            if scores:
                # The lead is read only when the attack sentences name nobody (the trigger
                # may be missing from the lexicon: "espían", "followed and photographed").
                break
        labels = draft.fields.get("violation_types", [])
        if not scores:
            # A detention is by definition the act of a state; otherwise nobody is named.
            if "arbitrary detention" in labels:
                draft.set("perpetrator_mention", True, 0.55)
                draft.set("perpetrator_type", "state actor", 0.4)
            else:
                draft.set("perpetrator_mention", False, 0.6)
                draft.set("perpetrator_type", None, 0.6)
            return
        top = max(_TYPES, key=lambda t: (scores.get(t, 0.0), -_TYPES.index(t)))
        total = sum(scores.values())
        span = best[top][1]
        draft.set("perpetrator_mention", True, min(0.95, 0.6 + 0.1 * total), span)
        draft.set("perpetrator_type", top, scores[top] / total * min(1.0, 0.5 + 0.1 * total), span)


def _lead(doc: Doc, focus: list[int]) -> list[int]:
    """The title and lead sentences that are not attack sentences already."""
    seen = set(focus)
    return [i for i in range(min(LEAD_SENTENCES + 1, len(doc.sentences))) if i not in seen]
