"""Features of the "heads" part: hashed grams of three views, plus rule evidence.

Hashing (CRC-32 of each distinct token, stable across processes and platforms) keeps the
featuriser stateless: nothing but the model's coefficients needs saving. Words and word
pairs are hashed for the title, single words only for the attack sentences and the whole
text (their pairs cost most of the time and did no better in cross-validation on train).
The dense block describes every trigger hit of the rule tagger (kept or not) and the
perpetrator cues per type.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

import numpy as np
import scipy.sparse as sp

from ...domain.taxonomy import PERPETRATOR_TYPES, VIOLATION_TYPES
from ..base import Doc, Draft, Hit
from ..perpetrators import PerpetratorFinder, found_cues
from ..perpetrators import _patterns as perp_patterns
from ..violations import candidate_hits, compile_factored

# Bump when the features change: a saved model is then refused instead of misread.
FEATURE_VERSION = 4
# The taxonomy's violation types, "unknown" aside (it is what no label above threshold
# means), and its perpetrator types.
LABELS = tuple(v for v in VIOLATION_TYPES if v != "unknown")
PERP_TYPES = PERPETRATOR_TYPES
RULE_PERP_TYPES = PERP_TYPES[:5]
# The types the rule finder reads cues of: its five lexicons and unnamed attackers.
CUE_TYPES = (*RULE_PERP_TYPES, "insufficient info")

HASH_BITS = 18
_MASK = (1 << HASH_BITS) - 1
VIEWS = ("title", "focus", "text")
N_HASHED = len(VIEWS) << HASH_BITS
_TOKEN = re.compile(r"\b\w\w+\b")

# Words of who an article is about beyond the rule lexicons: a criminal case against
# private people (the perpetrator is the suspect the police arrested, not the police), a
# private person as the actor, the state's civilian organs, a company.
_INDIVIDUAL = (
    r"(?:\d+-year-old\s+)?(?:man|woman|men|women|teen(?:ager)?|couple|pair|suspect|driver|"
    r"businessman|neighbou?r|husband|boyfriend|father|mother)"
)
_CASE_TERMS: tuple[tuple[str, ...], ...] = (
    (
        r"charged with",
        r"arrested (?:for|over|in connection with)",
        r"suspects?",
        r"accused of",
        r"pleaded guilty",
        r"convicted of",
        r"extradited",
        r"manhunt",
        r"ransom",
        r"kidnappers?",
        r"murder(?:ed|er)?",
        r"trial",
        r"jailed for",
        r"sentenced",
    ),
    (r"a\s+" + _INDIVIDUAL, r"the\s+" + _INDIVIDUAL),
    (
        r"government",
        r"authorities",
        r"regime",
        r"ministry",
        r"court",
        r"judge",
        r"prosecutors?",
        r"officials?",
    ),
    (
        r"company",
        r"companies",
        r"employer",
        r"management",
        r"managers?",
        r"firm",
        r"corporation",
        r"factory",
        r"owners?",
        r"ceo",
        r"bosses",
    ),
)
# One pass finds every term (grouped by first letter); each match is then told apart.
_CASE_ANY = compile_factored([t for ts in _CASE_TERMS for t in ts])
_CASE_KIND = tuple(re.compile("(?:" + "|".join(ts) + ")", re.I) for ts in _CASE_TERMS)

# Dense rule features: _PER_LABEL per label, then 'no label kept' and the number of focus
# sentences.
_PER_LABEL = 11
N_VIOLATION_DENSE = _PER_LABEL * len(LABELS) + 2
# Cue features per perpetrator type (_PER_TYPE), "by" agents, the rule's mention and type,
# then the violation heads' probabilities.
_PER_TYPE = 9
N_PERP_DENSE = (
    _PER_TYPE * len(CUE_TYPES) + 3 + 2 + len(CUE_TYPES) + len(LABELS) + 3 * len(_CASE_TERMS)
)
# Sentences (title included) that make the lead.
LEAD = 4
N_VIOLATION = N_HASHED + N_VIOLATION_DENSE
N_PERP = N_VIOLATION + N_PERP_DENSE


def _grams(text: str) -> set[str]:
    tokens = _TOKEN.findall(text)
    grams = set(tokens)
    grams.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return grams


def hashed_view(text: str) -> list[int]:
    """Column indices (within one view) of the distinct words and bigrams of ``text``."""
    crc = zlib.crc32
    return sorted({crc(g.encode()) & _MASK for g in _grams(text)})


def _hashed_words(text: str) -> list[int]:
    crc = zlib.crc32
    return sorted({crc(w.encode()) & _MASK for w in set(_TOKEN.findall(text))})


def focus_text(doc: Doc, draft: Draft) -> str:
    """The attack sentences (those where a kept rule trigger fired), lower-cased."""
    return " \n ".join(doc.lower[s:e] for s, e in (doc.sentences[i] for i in draft.focus_sentences))


def hashed_columns(doc: Doc, draft: Draft) -> tuple[np.ndarray, np.ndarray]:
    """Columns and values (each view L2-normalised, binary) of the three hashed views:
    words and pairs of the title, words of the attack sentences, words of the text."""
    views = (
        hashed_view(doc.lower[: doc.title_end]),
        _hashed_words(focus_text(doc, draft)),
        _hashed_words(doc.lower),
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
    """What the rule violation tagger found, per label: kept, its score, and every hit
    (kept or not) by strength and place (title, lead, attack sentences, background)."""
    out = np.zeros(N_VIOLATION_DENSE)
    kept = set(draft.fields.get("violation_types") or [])
    focus = set(draft.focus_sentences)
    by_label: dict[str, list[Hit]] = {label: [] for label in LABELS}
    for h in candidate_hits(doc, draft):
        if h.label in by_label:
            by_label[h.label].append(h)
    for k, label in enumerate(LABELS):
        hits = by_label[label]
        base = _PER_LABEL * k
        noisy_or = 1.0
        for h in hits:
            noisy_or *= 1 - h.confidence
        in_focus = sum(h.sentence in focus for h in hits)
        out[base] = float(label in kept)
        out[base + 1] = float(draft.confidence.get(f"violation_types.{label}", 0.0))
        out[base + 2] = max((h.confidence for h in hits), default=0.0)
        out[base + 3] = np.log1p(len(hits)) / 3
        out[base + 4] = float(any(h.start < doc.title_end for h in hits))
        out[base + 5] = 1 - noisy_or
        out[base + 6] = float(bool(hits))
        out[base + 7] = np.log1p(in_focus) / 3
        out[base + 8] = np.log1p(len(hits) - in_focus) / 3
        out[base + 9] = float(any(h.sentence < 3 for h in hits))
        out[base + 10] = float(sum(h.confidence >= 0.6 for h in hits) >= 2)
    out[-2] = float(not (kept - {"unknown"}))
    out[-1] = np.log1p(len(focus)) / 3
    return out


def perpetrator_cues(doc: Doc, draft: Draft) -> np.ndarray:
    """The cues of each perpetrator type the rule finder read in the attack sentences: in
    the title, in the lead, how many, how strong, as the agent of a passive ("arrested by
    police"); then what the "by" phrases of those sentences say."""
    out = np.zeros(_PER_TYPE * len(CUE_TYPES) + 3)
    cues = found_cues(draft)
    if cues is None:
        # Not run on this draft (features built out of the pipeline): run it aside.
        scratch = Draft(fields=dict(draft.fields), violation_hits=draft.violation_hits)
        PerpetratorFinder()(doc, scratch)
        cues = found_cues(scratch) or []
    pats = perp_patterns()
    lead_end = _lead_end(doc)
    by_rx = pats["_by"]
    leads = [
        list(pats["_unknown" if t == "insufficient info" else t].finditer(doc.text, 0, lead_end))
        for t in CUE_TYPES
    ]
    starts = [m[0].start() if m else lead_end + 1 for m in leads]
    first = int(np.argmin(starts)) if min(starts) <= lead_end else -1
    for k, ptype in enumerate(CUE_TYPES):
        base = _PER_TYPE * k
        pat = pats["_unknown" if ptype == "insufficient info" else ptype]
        # The title names the perpetrator even when it holds no attack trigger; so may the
        # lead: whether it names this type, as "by <actor>", and before any other type.
        out[base] = float(bool(pat.search(doc.text, 0, doc.title_end)))
        lead = leads[k]
        out[base + 6] = float(bool(lead))
        out[base + 7] = float(
            any(by_rx.search(doc.text[max(0, m.start() - 30) : m.start()]) for m in lead)
        )
        out[base + 8] = float(first == k)
        mine = [c for c in cues if c[0] == ptype]
        if not mine:
            continue
        out[base + 1 : base + 6] = (
            np.log1p(len(mine)) / 2,
            float(any(c[3] < 3 for c in mine)),
            np.log1p(sum(c[4] for c in mine)) / 3,
            np.log1p(sum(c[5] for c in mine)) / 2,
            1.0,
        )
    text = focus_text(doc, draft)
    by = _BY.findall(text)
    out[-3] = float(bool(by))
    out[-2] = float(any(w in _UNKNOWN for w in by))
    out[-1] = float(bool(_UNKNOWN_RX.search(text)))
    return out


# Agents of a passive that name nobody ("by unknown men") and phrases saying no one is known.
_BY = re.compile(r"\b(?:by|por|par|pela|pelo)\s+(?:the\s+|a\s+|an\s+|some\s+)?(\w+)")
_UNKNOWN = {"unknown", "unidentified", "desconocidos", "inconnus", "unidentifiable"}
_UNKNOWN_RX = re.compile(
    r"\b(?:no one has claimed|no group has claimed|yet to be identified|motive (?:is|was|remains)"
    r" unclear|perpetrators? (?:are|is|remain) unknown)"
)


def perpetrator_dense(
    doc: Doc, draft: Draft, violation_probs: np.ndarray, cues: np.ndarray | None = None
) -> np.ndarray:
    """Perpetrator cues, the rule's answer (mention, type with its confidence) and
    P(violation)."""
    out = np.zeros(N_PERP_DENSE)
    cues = perpetrator_cues(doc, draft) if cues is None else cues
    out[: len(cues)] = cues
    at = len(cues)
    out[at] = float(bool(draft.fields.get("perpetrator_mention")))
    out[at + 1] = float(draft.confidence.get("perpetrator_mention", 0.0)) * out[at]
    rule_type = draft.fields.get("perpetrator_type")
    if rule_type in CUE_TYPES:
        out[at + 2 + CUE_TYPES.index(rule_type)] = float(
            draft.confidence.get("perpetrator_type", 0.5)
        )
    at += 2 + len(CUE_TYPES)
    out[at : at + len(LABELS)] = violation_probs
    out[at + len(LABELS) :] = case_cues(doc)
    return out


def _lead_end(doc: Doc) -> int:
    """Where the lead (the first ``LEAD`` sentences, title included) ends."""
    return doc.sentences[min(LEAD, len(doc.sentences)) - 1][1] if doc.sentences else 0


def case_cues(doc: Doc) -> np.ndarray:
    """Per kind of ``_CASE_TERMS``: in the title, how often in the lead, how often in all."""
    lead_end = _lead_end(doc)
    title = np.zeros(len(_CASE_TERMS))
    lead = np.zeros(len(_CASE_TERMS))
    text = np.zeros(len(_CASE_TERMS))
    for m in _CASE_ANY.finditer(doc.text):
        word = m.group()
        for k, kind in enumerate(_CASE_KIND):
            if kind.fullmatch(word):
                text[k] += 1
                lead[k] += m.start() < lead_end
                title[k] += m.start() < doc.title_end
                break
    out = np.empty(3 * len(_CASE_TERMS))
    out[0::3] = title > 0
    out[1::3] = np.log1p(lead) / 2
    out[2::3] = np.log1p(text) / 3
    return out


def row_entries(
    cols: np.ndarray, vals: np.ndarray, dense: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Columns and values of one row: hashed columns first, then the dense block."""
    nz = np.flatnonzero(dense)
    return np.concatenate([cols, N_HASHED + nz]), np.concatenate([vals, dense[nz]])


def to_row(cols: np.ndarray, vals: np.ndarray, dense: np.ndarray, width: int) -> sp.csr_matrix:
    """One CSR row: hashed columns first, then the dense block right after them."""
    all_cols, all_vals = row_entries(cols, vals, dense)
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

    def violation_row(self, doc: Doc, draft: Draft) -> tuple[np.ndarray, np.ndarray]:
        """Row (columns, values) of the violation heads, after the rule violation tagger."""
        memo = self._for(doc)
        memo["hashed"] = hashed_columns(doc, draft)
        memo["vdense"] = violation_dense(doc, draft)
        return row_entries(*memo["hashed"], memo["vdense"])

    def remember_probs(self, doc: Doc, probs: np.ndarray) -> None:
        """Keep the violation heads' probabilities for the perpetrator heads."""
        self._for(doc)["vprobs"] = probs

    def perpetrator_row(self, doc: Doc, draft: Draft) -> tuple[np.ndarray, np.ndarray]:
        """Row (columns, values) of the perpetrator heads, after the rule perpetrator
        finder."""
        memo = self._for(doc)
        if "hashed" not in memo:
            memo["hashed"] = hashed_columns(doc, draft)
            memo["vdense"] = violation_dense(doc, draft)
        probs = memo.get("vprobs", np.zeros(len(LABELS)))
        dense = np.concatenate([memo["vdense"], perpetrator_dense(doc, draft, probs)])
        return row_entries(*memo["hashed"], dense)
