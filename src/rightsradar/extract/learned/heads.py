"""Learned part "heads": violation types and perpetrator (mention and type).

Linear models over hashed words and bigrams of three views of the article (title, attack
sentences, whole text) plus the rule components' own outputs. HashingVectorizer is
stateless, so only the (sparse) coefficients are saved; probabilities are Platt-scaled on
out-of-fold scores of the training set and thresholds are tuned there by cross-validation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..base import Doc, Draft
from .heads_features import FEATURE_VERSION, Featuriser
from .heads_models import (
    LABELS,
    PERP_TYPES,
    LinearHead,
    fit_heads,
    label_evidence,
    perpetrator_evidence,
)
from .io import load_arrays, save_arrays

NAME = "heads"


@dataclass
class HeadsPart:
    """Trained heads: violation labels (one-vs-rest), perpetrator mention and type.

    Attributes:
        violations: one binary head per label of ``LABELS``.
        thresholds: per label, the probability from which the label is predicted.
        mention: binary head, perpetrator mentioned or not.
        mention_threshold: probability of a mention from which one is predicted.
        ptype: multinomial head over ``PERP_TYPES``.
        scores: cross-validated figures on the training data.
    """

    violations: LinearHead
    thresholds: np.ndarray
    mention: LinearHead
    mention_threshold: float
    ptype: LinearHead
    scores: dict[str, float]
    name: str = NAME
    feature_version: int = FEATURE_VERSION

    def __post_init__(self) -> None:
        self.featuriser = Featuriser()

    # -- the part contract -------------------------------------------------------------

    def components(self) -> dict[str, Any]:
        return {"violations": self.refine_violations, "perpetrators": self.refine_perpetrator}

    def metrics(self) -> dict[str, float]:
        return dict(self.scores)

    def save(self, directory: Path) -> None:
        arrays: dict[str, np.ndarray] = {"thresholds": self.thresholds.astype(np.float32)}
        meta: dict[str, Any] = {
            "feature_version": self.feature_version,
            "labels": list(LABELS),
            "perp_types": list(PERP_TYPES),
            "mention_threshold": self.mention_threshold,
            "scores": self.scores,
        }
        for key, head in (("v", self.violations), ("m", self.mention), ("t", self.ptype)):
            arrays.update(head.arrays(key))
            meta[key] = head.meta()
        save_arrays(directory, NAME, arrays, meta)

    # -- components --------------------------------------------------------------------

    def violation_probs(self, doc: Doc, draft: Draft) -> np.ndarray:
        """P(label) for each of ``LABELS``."""
        return self.violations.proba(self.featuriser.violation_row(doc, draft))

    def refine_violations(self, doc: Doc, draft: Draft) -> None:
        """Replace ``violation_types`` by the heads' labels; the rule's hits stay as focus."""
        probs = self.violation_probs(doc, draft)
        self.featuriser.remember_probs(doc, probs)
        chosen = [i for i, p in enumerate(probs) if p >= self.thresholds[i]]
        for key in [k for k in draft.confidence if k.startswith("violation_types.")]:
            draft.confidence.pop(key, None)
            draft.evidence.pop(key, None)
        if not chosen:
            # P(the set is exactly empty) under independent heads.
            draft.set("violation_types", ["unknown"], float(np.prod(1 - probs)))
            draft.evidence.pop("violation_types", None)
            return
        labels = [LABELS[i] for i in chosen]
        # Confidence of the whole set: it is right only if every head is.
        exact = float(np.prod([p if i in chosen else 1 - p for i, p in enumerate(probs)]))
        top = max(chosen, key=lambda i: probs[i])
        spans = {LABELS[i]: label_evidence(doc, draft, LABELS[i]) for i in chosen}
        draft.set("violation_types", labels, exact, spans[LABELS[top]])
        if spans[LABELS[top]] is None:
            draft.evidence.pop("violation_types", None)
        for i in chosen:
            draft.confidence[f"violation_types.{LABELS[i]}"] = round(float(probs[i]), 3)
            span = spans[LABELS[i]]
            if span is not None:
                draft.evidence[f"violation_types.{LABELS[i]}"] = span

    def refine_perpetrator(self, doc: Doc, draft: Draft) -> None:
        """Replace ``perpetrator_mention`` and ``perpetrator_type`` by the heads' values."""
        x = self.featuriser.perpetrator_row(doc, draft)
        p_mention = float(self.mention.proba(x)[0])
        if p_mention < self.mention_threshold:
            draft.set("perpetrator_mention", False, 1 - p_mention)
            draft.set("perpetrator_type", None, 1 - p_mention)
            draft.evidence.pop("perpetrator_mention", None)
            draft.evidence.pop("perpetrator_type", None)
            return
        probs = self.ptype.proba(x)
        best = int(np.argmax(probs))
        ptype = PERP_TYPES[best]
        span = perpetrator_evidence(doc, draft, ptype)
        draft.set("perpetrator_mention", True, p_mention, span)
        draft.set("perpetrator_type", ptype, p_mention * float(probs[best]), span)
        if span is None:
            draft.evidence.pop("perpetrator_mention", None)
            draft.evidence.pop("perpetrator_type", None)


def train(examples: list[Any]) -> HeadsPart:
    """Train the heads on labelled articles (cross-validation inside for thresholds)."""
    fitted, _ = fit_heads(examples)
    return HeadsPart(**fitted)


def load(directory: Path) -> HeadsPart:
    """Read a part written by ``HeadsPart.save`` (NumPy arrays and JSON, no pickle)."""
    arrays, meta = load_arrays(Path(directory), NAME)
    version = meta.get("feature_version")
    if version != FEATURE_VERSION:
        raise ValueError(
            f"{directory}: heads model built with features v{meta.get('feature_version')}, "
            f"this code reads v{FEATURE_VERSION}; retrain with `rightsradar train`"
        )
    return HeadsPart(
        violations=LinearHead.from_arrays(arrays, meta["v"], "v"),
        thresholds=arrays["thresholds"].astype(np.float64),
        mention=LinearHead.from_arrays(arrays, meta["m"], "m"),
        mention_threshold=float(meta["mention_threshold"]),
        ptype=LinearHead.from_arrays(arrays, meta["t"], "t"),
        scores=dict(meta["scores"]),
        feature_version=int(version),
    )


__all__ = ["HeadsPart", "load", "train"]
