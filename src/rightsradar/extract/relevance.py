"""Relevance: is this article about an attack on a defender, journalist or trade unionist?"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .base import Doc, Draft
from .data import roles
from .violations import compile_factored, role_matches


@lru_cache(maxsize=1)
def _sport() -> re.Pattern[str]:
    return compile_factored(roles.SPORT)


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
        role_hits = role_matches(doc)
        role_sents = {doc.sentence_index(m.start()): m for m in role_hits}
        # The triggers of the types kept, and the sure triggers of the other grave types:
        # a report that trade unionists "are free again after being arrested" tells of an
        # attack even where the release leaves the detention below its type's threshold.
        # (A weak "other" trigger the tagger did not keep, such as a defamation suit a
        # journalist won, stays out.)
        kept = set(map(id, draft.violation_hits))
        strong = [
            h
            for h in (draft.violation_candidates or draft.violation_hits)
            if (id(h) in kept and (h.label != "other" or h.confidence >= 0.6))
            or (h.label != "other" and h.confidence >= 0.6)
        ]
        joint = [h for h in strong if h.sentence in role_sents]
        evidence = None
        if joint:
            best = max(joint, key=lambda h: h.confidence)
            evidence = (best.start, best.end)
        n_sport = len(_sport().findall(doc.text))
        # Evidence adds up with diminishing returns; sports words subtract.
        raw = (
            1.6 * len(joint) ** 0.5
            + 0.4 * min(len(strong), 6) ** 0.5
            + 0.4 * min(len(role_hits), 4) ** 0.5
        )
        raw -= 0.5 * n_sport
        in_title = any(h.start < doc.title_end for h in strong)
        raw += 0.5 if in_title else 0.0
        score = 1 / (1 + math.exp(-(raw - 2.0) * 1.5))
        relevant = score >= self.threshold
        # Confidence in the value given, as for every field (``relevance_score`` keeps
        # the probability of relevance): an article scored 0.02 is surely irrelevant.
        draft.set("relevant", relevant, score if relevant else 1 - score, evidence)
        draft.fields["relevance_score"] = round(score, 3)
