"""Features of the "heads" part: hashed words and bigrams of three views, plus rule outputs.

Hashing (CRC-32 of each distinct token, stable across processes and platforms) keeps the
featuriser stateless: nothing but the model's coefficients needs saving. The text view of
an article is hashed once and shared by the violations and perpetrator heads.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

import numpy as np
import scipy.sparse as sp

from ..base import Doc, Draft

# Bump when the features change: a saved model is then refused instead of misread.
FEATURE_VERSION = 1
LABELS = (
    "killing",
    "enforced disappearance",
    "torture",
    "arbitrary detention",
    "kidnapping",
    "other",
)
PERP_TYPES = (
    "state actor",
    "other state actors",
    "other actors with permissions",
    "other actors without permissions",
    "other non-state actors",
    "regional orgs",
    "insufficient info",
)
RULE_PERP_TYPES = PERP_TYPES[:5]

HASH_BITS = 18
_MASK = (1 << HASH_BITS) - 1
VIEWS = ("title", "focus", "text")
N_HASHED = len(VIEWS) << HASH_BITS
_TOKEN = re.compile(r"\b\w\w+\b")

# Dense rule features: 5 per label, then 'no label kept' and the number of focus sentences.
N_VIOLATION_DENSE = 5 * len(LABELS) + 2
# The perpetrator rule's mention and type, then the violation heads' probabilities.
N_PERP_DENSE = 2 + len(RULE_PERP_TYPES) + len(LABELS)
N_VIOLATION = N_HASHED + N_VIOLATION_DENSE
N_PERP = N_VIOLATION + N_PERP_DENSE


def _grams(text: str) -> set[str]:
    tokens = _TOKEN.findall(text)
    grams = set(tokens)
    grams.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return grams


def hashed_view(text: str, known: dict[str, int] | None = None) -> list[int]:
    """Column indices (within one view) of the distinct words and bigrams of ``text``.

    ``known`` maps grams already hashed (those of the whole text) to their column.
    """
    known = known or {}
    return sorted(
        {known[g] if g in known else zlib.crc32(g.encode()) & _MASK for g in _grams(text)}
    )


def focus_text(doc: Doc, draft: Draft) -> str:
    """The attack sentences (those where a kept rule trigger fired), lower-cased."""
    return " \n ".join(doc.lower[s:e] for s, e in (doc.sentences[i] for i in draft.focus_sentences))


def hashed_columns(doc: Doc, draft: Draft) -> tuple[np.ndarray, np.ndarray]:
    """Columns and values (each view L2-normalised, binary) of the three hashed views."""
    text_grams = _grams(doc.lower)
    # The title and the attack sentences are parts of the text: hash each gram once.
    known = {g: zlib.crc32(g.encode()) & _MASK for g in text_grams}
    views = (
        hashed_view(doc.lower[: doc.title_end], known),
        hashed_view(focus_text(doc, draft), known),
        sorted(set(known.values())),
    )
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for k, idx in enumerate(views):
        if not idx:
            continue
        cols.append(np.asarray(idx, dtype=np.int64) + (k << HASH_BITS))
        vals.append(np.full(len(idx), 1.0 / np.sqrt(len(idx))))
    if not cols:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(cols), np.concatenate(vals)


def violation_dense(doc: Doc, draft: Draft) -> np.ndarray:
    """What the rule violation tagger found: per label kept/score/best hit/count/title."""
    out = np.zeros(N_VIOLATION_DENSE)
    kept = set(draft.fields.get("violation_types") or [])
    for k, label in enumerate(LABELS):
        hits = [h for h in draft.violation_hits if h.label == label]
        base = 5 * k
        out[base] = float(label in kept)
        out[base + 1] = float(draft.confidence.get(f"violation_types.{label}", 0.0))
        out[base + 2] = max((h.confidence for h in hits), default=0.0)
        out[base + 3] = np.log1p(len(hits)) / 3
        out[base + 4] = float(any(h.start < doc.title_end for h in hits))
    out[-2] = float(not (kept - {"unknown"}))
    out[-1] = np.log1p(len(draft.focus_sentences)) / 3
    return out


def perpetrator_dense(draft: Draft, violation_probs: np.ndarray) -> np.ndarray:
    """The perpetrator rule's answer (mention, type with its confidence) and P(violation)."""
    out = np.zeros(N_PERP_DENSE)
    out[0] = float(bool(draft.fields.get("perpetrator_mention")))
    out[1] = float(draft.confidence.get("perpetrator_mention", 0.0)) * out[0]
    rule_type = draft.fields.get("perpetrator_type")
    if rule_type in RULE_PERP_TYPES:
        out[2 + RULE_PERP_TYPES.index(rule_type)] = float(
            draft.confidence.get("perpetrator_type", 0.5)
        )
    out[2 + len(RULE_PERP_TYPES) :] = violation_probs
    return out


def to_row(cols: np.ndarray, vals: np.ndarray, dense: np.ndarray, width: int) -> sp.csr_matrix:
    """One CSR row: hashed columns first, then the dense block right after them."""
    nz = np.flatnonzero(dense)
    all_cols = np.concatenate([cols, N_HASHED + nz])
    all_vals = np.concatenate([vals, dense[nz]])
    indptr = np.array([0, len(all_cols)])
    return sp.csr_matrix((all_vals, all_cols, indptr), shape=(1, width))


class Featuriser:
    """Builds the rows of one article, keeping the hashed views between the two slots."""

    def __init__(self) -> None:
        # One article at a time runs through the pipeline: remember only the last one.
        self._doc: Doc | None = None
        self._memo: dict[str, Any] = {}

    def _for(self, doc: Doc) -> dict[str, Any]:
        if self._doc is not doc:
            self._doc, self._memo = doc, {}
        return self._memo

    def violation_row(self, doc: Doc, draft: Draft) -> sp.csr_matrix:
        """Row of the violation heads (right after the rule violation tagger)."""
        memo = self._for(doc)
        memo["hashed"] = hashed_columns(doc, draft)
        memo["vdense"] = violation_dense(doc, draft)
        return to_row(*memo["hashed"], memo["vdense"], N_VIOLATION)

    def remember_probs(self, doc: Doc, probs: np.ndarray) -> None:
        """Keep the violation heads' probabilities for the perpetrator heads."""
        self._for(doc)["vprobs"] = probs

    def perpetrator_row(self, doc: Doc, draft: Draft) -> sp.csr_matrix:
        """Row of the perpetrator heads (right after the rule perpetrator finder)."""
        memo = self._for(doc)
        if "hashed" not in memo:
            memo["hashed"] = hashed_columns(doc, draft)
            memo["vdense"] = violation_dense(doc, draft)
        probs = memo.get("vprobs", np.zeros(len(LABELS)))
        dense = np.concatenate([memo["vdense"], perpetrator_dense(draft, probs)])
        return to_row(*memo["hashed"], dense, N_PERP)
