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
# Weight of one cue per type: officials and "the state" are often background in a report.
_WEIGHT = {
    "state actor": 1.5,
    "other state actors": 0.35,
    "other actors with permissions": 1.6,
    "other actors without permissions": 1.1,
    "other non-state actors": 0.9,
}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    # Grouped by first letter: the same matches as ``compile_terms``, found faster.
    pats = {t: compile_factored(ts) for t, ts in roles.PERPETRATORS.items()}
    pats["_by"] = re.compile(
        r"\b(?:by|por|par|pela|pelo|pelos|pelas)\s+(?:the\s+|la\s+|las\s+|los\s+|el\s+|les\s+|a\s+|os\s+|as\s+)?(?:[\w\-]+\s+){0,2}$",
        re.I,
    )
    return pats


def found_cues(draft: Draft) -> list[PerpetratorCue] | None:
    """The cues ``PerpetratorFinder`` left on ``draft`` (None when it has not run)."""
    return draft.perpetrator_cues


class PerpetratorFinder:
    """Fills ``perpetrator_mention`` and ``perpetrator_type`` from the attack sentences."""

    def __call__(self, doc: Doc, draft: Draft) -> None:
        pats = _patterns()
        focus = draft.focus_sentences
        scores: dict[str, float] = {}
        best: dict[str, tuple[float, tuple[int, int]]] = {}
        cues: list[PerpetratorCue] = []
        draft.perpetrator_cues = cues
        for idx in focus:
            s, e = doc.sentences[idx]
            sentence = doc.text[s:e]
            for ptype in _ORDER:
                for m in pats[ptype].finditer(sentence):
                    w = _WEIGHT[ptype]
                    agent = bool(pats["_by"].search(sentence[max(0, m.start() - 30) : m.start()]))
                    if agent:
                        w *= 2.0  # the agent of a passive: "arrested by police"
                    cues.append((ptype, s + m.start(), s + m.end(), idx, w, agent))
                    if s < doc.title_end:
                        w *= 1.3
                    scores[ptype] = scores.get(ptype, 0.0) + w
                    if ptype not in best or w > best[ptype][0]:
                        best[ptype] = (w, (s + m.start(), s + m.end()))
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
        top = max(_ORDER, key=lambda t: (scores.get(t, 0.0), -_ORDER.index(t)))
        total = sum(scores.values())
        span = best[top][1]
        draft.set("perpetrator_mention", True, min(0.95, 0.6 + 0.1 * total), span)
        draft.set("perpetrator_type", top, scores[top] / total * min(1.0, 0.5 + 0.1 * total), span)
