"""Violation types from trigger lexicons, with negation, threats and hedging handled."""

from __future__ import annotations

import re
from functools import lru_cache

from .base import Doc, Draft, Hit, compile_terms
from .data import roles
from .data import violations as lex

# How far back (characters) a negation, threat or hedge word reaches.
_WINDOW = 40


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    pats = {label: compile_terms(terms) for label, terms in lex.TRIGGERS.items()}
    pats["_negation"] = re.compile(r"\b(?:" + "|".join(lex.NEGATION) + r")\b[^.;,]{0,25}$", re.I)
    pats["_threat"] = re.compile(r"(?:" + "|".join(lex.THREAT) + r")\s*(?:\w+\s+){0,2}$", re.I)
    pats["_hedge"] = re.compile(r"\b(?:" + "|".join(lex.HEDGE) + r")\b", re.I)
    pats["_role"] = compile_terms([t for ts in roles.VICTIM_GROUPS.values() for t in ts])
    return pats


def find_hits(doc: Doc) -> list[Hit]:
    """Every trigger in ``doc`` as a Hit; denied ones are dropped, threats become 'other'."""
    pats = _patterns()
    text = doc.text
    roles_at = {doc.sentence_index(m.start()) for m in pats["_role"].finditer(text)}
    hits: list[Hit] = []
    for label, terms in lex.TRIGGERS.items():
        del terms
        for m in pats[label].finditer(text):
            before = text[max(0, m.start() - _WINDOW) : m.start()]
            if pats["_negation"].search(before):
                continue
            word = m.group().lower()
            conf = 0.3 if word in lex.WEAK else 0.6
            out_label = label
            if label != "other" and pats["_threat"].search(before):
                out_label, conf = "other", 0.5
            elif pats["_hedge"].search(before[-25:]):
                conf *= 0.7
            sent = doc.sentence_index(m.start())
            if m.start() < doc.title_end:
                conf += 0.25
            elif sent < 4:
                conf += 0.1
            if sent in roles_at:
                conf += 0.15
            hits.append(Hit(out_label, m.start(), m.end(), min(conf, 0.95), sent))
    hits.sort(key=lambda h: h.start)
    return hits


def candidate_hits(doc: Doc, draft: Draft) -> list[Hit]:
    """Every trigger hit of ``doc``: those the tagger left on ``draft``, else found anew."""
    hits = draft.violation_candidates
    return hits if hits is not None else find_hits(doc)


class ViolationTagger:
    """Fills ``violation_types`` (and the hits later components focus on).

    Args:
        thresholds: per type, the combined trigger score from which the type is kept
            (types left out use ``default``). Tuned on the HRDsAttack train split.
        default: threshold of the types not in ``thresholds``.
    """

    def __init__(self, thresholds: dict[str, float] | None = None, default: float = 0.75) -> None:
        self.thresholds = thresholds or {}
        self.default = default

    def __call__(self, doc: Doc, draft: Draft) -> None:
        hits = find_hits(doc)
        # Every hit, kept or not, for later (learned) components: see ``candidate_hits``.
        draft.violation_candidates = hits
        scores: dict[str, float] = {}
        best: dict[str, Hit] = {}
        for h in hits:
            scores[h.label] = 1 - (1 - scores.get(h.label, 0.0)) * (1 - h.confidence)
            if h.label not in best or h.confidence > best[h.label].confidence:
                best[h.label] = h
        kept = [t for t, s in scores.items() if s >= self.thresholds.get(t, self.default)]
        draft.violation_hits = [h for h in hits if h.label in kept] or [
            h for h in hits if h.confidence >= 0.5
        ]
        order = list(lex.TRIGGERS)
        kept.sort(key=order.index)
        if not kept:
            draft.set("violation_types", ["unknown"], 0.3)
            return
        top = max(kept, key=scores.__getitem__)
        draft.set("violation_types", kept, scores[top], (best[top].start, best[top].end))
        for t in kept:
            draft.evidence[f"violation_types.{t}"] = (best[t].start, best[t].end)
            draft.confidence[f"violation_types.{t}"] = round(scores[t], 3)
