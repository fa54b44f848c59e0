"""Training of the "heads" part: linear heads, cross-validated calibration and thresholds,
and the evidence spans of what the heads predict."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from ..base import Doc, Draft, Span
from ..perpetrators import UNKNOWN, found_cues
from ..pipeline import RulePipeline, prepare
from ..violations import candidate_hits
from .heads_features import (
    CUE_TYPES,
    LABELS,
    N_HASHED,
    N_PERP,
    N_VIOLATION,
    PERP_TYPES,
    hashed_columns,
    perpetrator_dense,
    to_row,
    violation_dense,
)

__all__ = ["LABELS", "PERP_TYPES", "LinearHead", "fit_heads", "label_evidence"]

FOLDS = 5
SEED = 0
# Inverse regularisation strengths tried by cross-validation (rows are L2-normalised).
C_GRID = (0.25, 1.0, 4.0, 16.0)
# Hashed words seen in fewer training articles than this get no weight (smaller model,
# and a word seen once is noise).
MIN_DF = 2
# Coefficients smaller than this (in absolute value) are dropped from the saved model.
PRUNE = 1e-3


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class LinearHead:
    """Linear scores ``x @ weights + bias`` turned into calibrated probabilities.

    ``kind`` "sigmoid": one independent probability per column, Platt-scaled
    (``sigmoid(scale * z + shift)``); "softmax": one distribution, temperature ``scale[0]``.
    """

    kind: str
    weights: sp.csr_matrix
    bias: np.ndarray
    scale: np.ndarray
    shift: np.ndarray

    def __post_init__(self) -> None:
        # For one row, a lookup of its columns beats a sparse product tenfold.
        w = self.weights.tocsr()
        self._rows = np.flatnonzero(np.diff(w.indptr))
        self._values = np.asarray(w[self._rows].todense())

    def scores(self, x: sp.spmatrix | tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Linear scores of the rows of ``x``, or of one row given as (columns, values)."""
        if isinstance(x, tuple):
            cols, vals = x
        elif x.shape[0] != 1:
            return np.asarray((x @ self.weights).todense()) + self.bias
        else:
            cols, vals = x.indices, x.data
        pos = np.searchsorted(self._rows, cols)
        pos[pos == len(self._rows)] = 0
        hit = self._rows[pos] == cols if len(self._rows) else np.zeros(len(cols), bool)
        return (vals[hit] @ self._values[pos[hit]] + self.bias).reshape(1, -1)

    def proba(self, x: sp.spmatrix | tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Probabilities of one row (1-D; a 1-row matrix or (columns, values)) or of many
        rows (2-D)."""
        z = self.scores(x)
        p = (
            _sigmoid(self.scale * z + self.shift)
            if self.kind == "sigmoid"
            else (_softmax(z / self.scale[0]))
        )
        return p[0] if p.shape[0] == 1 else p

    def arrays(self, key: str) -> dict[str, np.ndarray]:
        w = self.weights.tocsr()
        rows = np.flatnonzero(np.diff(w.indptr))
        return {
            f"{key}_rows": rows.astype(np.int32),
            f"{key}_values": np.asarray(w[rows].todense(), dtype=np.float32),
            f"{key}_bias": self.bias.astype(np.float64),
            f"{key}_scale": self.scale.astype(np.float64),
            f"{key}_shift": self.shift.astype(np.float64),
        }

    def meta(self) -> dict[str, Any]:
        return {"kind": self.kind, "shape": list(self.weights.shape)}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any], key: str):
        n, k = meta["shape"]
        rows = arrays[f"{key}_rows"].astype(np.int64)
        values = arrays[f"{key}_values"].astype(np.float64)
        dense_rows = sp.csr_matrix(values)
        expand = sp.csr_matrix(
            (np.ones(len(rows)), (rows, np.arange(len(rows)))), shape=(n, len(rows))
        )
        return cls(
            meta["kind"],
            (expand @ dense_rows).tocsr(),
            arrays[f"{key}_bias"],
            arrays[f"{key}_scale"],
            arrays[f"{key}_shift"],
        )


def _pruned(coef: np.ndarray, cols: np.ndarray, width: int) -> sp.csr_matrix:
    """Coefficients of the kept columns as a (width x outputs) sparse matrix, without the
    negligible ones."""
    coef = coef.reshape(len(cols), -1)
    coef = np.where(np.abs(coef) >= PRUNE, coef, 0.0)
    expand = sp.csr_matrix(
        (np.ones(len(cols)), (cols, np.arange(len(cols)))), shape=(width, len(cols))
    )
    return (expand @ sp.csr_matrix(coef)).tocsr()


def _fit_binary(x: sp.csr_matrix, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    if y.min() == y.max():
        # One class only (tiny training sets): a constant, slightly hedged score.
        return np.zeros(x.shape[1]), float(4.0 if y[0] else -4.0)
    from sklearn.linear_model import LogisticRegression  # training only: slow to import

    # The dual solver is the fast one when there are far more features than articles.
    model = LogisticRegression(C=c, solver="liblinear", dual=True, max_iter=2000)
    model.fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


def _folds(n: int) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import KFold

    return list(KFold(min(FOLDS, n), shuffle=True, random_state=SEED).split(np.arange(n)))


def _oof_binary(x: sp.csr_matrix, y: np.ndarray, c: float) -> np.ndarray:
    z = np.zeros(len(y))
    for tr, te in _folds(len(y)):
        w, b = _fit_binary(x[tr], y[tr], c)
        z[te] = x[te] @ w + b
    return z


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if y.min() == y.max():
        return 1.0, 0.0
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=100.0)
    model.fit(z.reshape(-1, 1), y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _binary_head(
    x: sp.csr_matrix, y: np.ndarray, grid: tuple[float, ...] = C_GRID
) -> tuple[np.ndarray, np.ndarray, dict]:
    """Pick C in ``grid`` by out-of-fold log loss; return (coef, [bias, scale, shift], oof
    probs)."""
    best: tuple[float, float, np.ndarray, tuple[float, float]] | None = None
    for c in grid:
        z = _oof_binary(x, y, c)
        a, s = _platt(z, y)
        loss = _log_loss(_sigmoid(a * z + s), y)
        if best is None or loss < best[0]:
            best = (loss, c, z, (a, s))
    assert best is not None
    _, c, z, (a, s) = best
    w, b = _fit_binary(x, y, c)
    return w, np.array([b, a, s]), {"oof": _sigmoid(a * z + s), "C": c}


def _micro_f1(p: np.ndarray, y: np.ndarray, thr: np.ndarray) -> float:
    pred = p >= thr
    tp = float((pred & (y == 1)).sum())
    denom = pred.sum() + (y == 1).sum()
    return 2 * tp / denom if denom else 1.0


def _tune_thresholds(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per-label thresholds maximising micro F1 of the out-of-fold probabilities."""
    grid = np.round(np.arange(0.1, 0.91, 0.025), 3)
    thr = np.full(p.shape[1], 0.5)
    for _ in range(3):
        for j in range(p.shape[1]):
            scores = []
            for t in grid:
                trial = thr.copy()
                trial[j] = t
                scores.append(_micro_f1(p, y, trial))
            # Among equal scores, the middle of the best plateau generalises best.
            best = np.flatnonzero(np.isclose(scores, max(scores)))
            thr[j] = grid[best[len(best) // 2]]
    return thr


def _compact(x: sp.csr_matrix) -> tuple[sp.csr_matrix, np.ndarray]:
    """Only the hashed columns seen in at least MIN_DF rows, and the rule features; with
    the indices of the kept columns (the solvers' cost grows with the width)."""
    df = np.bincount(x.indices, minlength=x.shape[1])
    keep = np.flatnonzero((df >= MIN_DF) | (np.arange(x.shape[1]) >= N_HASHED))
    return x[:, keep].tocsr(), keep


def _softmax_head(
    x: sp.csr_matrix,
    y: np.ndarray,
    k: int,
    cols: np.ndarray,
    width: int,
    grid: tuple[float, ...] = C_GRID,
) -> tuple[LinearHead, np.ndarray, float]:
    """Multinomial head over ``k`` classes: C (in ``grid``) and temperature by out-of-fold
    log loss; returns the head, the out-of-fold probabilities and the C."""
    present = np.unique(y)

    def fit(xs: sp.csr_matrix, ys: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
        # One-vs-rest scores, turned into one distribution by a softmax with a temperature
        # (a multinomial solver is ten times slower here for no better accuracy).
        coef, bias = np.zeros((x.shape[1], k)), np.full(k, -8.0)
        for cls in np.unique(ys):
            coef[:, cls], bias[cls] = _fit_binary(xs, (ys == cls).astype(int), c)
        return coef, bias

    best: tuple[float, float, float, np.ndarray] | None = None
    for c in grid:
        z = np.zeros((len(y), k))
        for tr, te in _folds(len(y)):
            coef, bias = fit(x[tr], y[tr], c)
            z[te] = x[te] @ coef + bias
        for t in (0.5, 0.75, 1.0, 1.5, 2.0, 3.0):
            p = _softmax(z / t)
            loss = -float(np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-6, 1))))
            if best is None or loss < best[0]:
                best = (loss, c, t, p)
    assert best is not None and len(present) > 0
    _, c, t, oof = best
    coef, bias = fit(x, y, c)
    head = LinearHead("softmax", _pruned(coef, cols, width), bias, np.array([t]), np.zeros(1))
    return head, oof, c


def _rule_run(examples: list[Any]) -> list[tuple[Doc, Draft, Any]]:
    """Each article prepared, with the rule violation tagger run (as at inference)."""
    rules = RulePipeline().components
    out = []
    for ex in examples:
        doc, draft = prepare(ex.article), Draft()
        for slot, component in rules:
            component(doc, draft)
            if slot == "violations":
                break
        out.append((doc, draft, ex.gold))
    return out


def fit_heads(
    examples: list[Any], c: dict[str, Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Train every head of the part, each with its C from ``c`` (keys "violations": one
    per label, "mention", "ptype"), or chosen in ``C_GRID`` by cross-validation where
    ``c`` is None. Returns the keyword arguments of ``HeadsPart`` and the C of each head."""
    warnings.filterwarnings("ignore", category=UserWarning, module="sklearn")
    runs = _rule_run(examples)
    n = len(runs)
    hashed = [hashed_columns(doc, draft) for doc, draft, _ in runs]
    vdense = [violation_dense(doc, draft) for doc, draft, _ in runs]
    xv, vcols = _compact(
        sp.vstack([to_row(*h, d, N_VIOLATION) for h, d in zip(hashed, vdense, strict=True)])
    )
    yv = np.array([[int(lab in g.violation_types) for lab in LABELS] for _, _, g in runs])

    chosen_c: dict[str, Any] = {"violations": []}
    coefs, params, oof = [], [], np.zeros((n, len(LABELS)))
    for j in range(len(LABELS)):
        grid = (c["violations"][j],) if c else C_GRID
        w, prm, info = _binary_head(xv, yv[:, j], grid)
        chosen_c["violations"].append(info["C"])
        coefs.append(w)
        params.append(prm)
        oof[:, j] = info["oof"]
    params_a = np.array(params)
    violations = LinearHead(
        "sigmoid",
        _pruned(np.column_stack(coefs), vcols, N_VIOLATION),
        params_a[:, 0],
        params_a[:, 1],
        params_a[:, 2],
    )
    thresholds = _tune_thresholds(oof, yv)

    # The perpetrator rule runs after the learned violation heads: give it what they
    # would have said about each training article without having seen it.
    rules = RulePipeline().components
    order = [s for s, _ in rules]
    rows = []
    for i, (doc, draft, _) in enumerate(runs):
        chosen = [LABELS[j] for j in range(len(LABELS)) if oof[i, j] >= thresholds[j]]
        draft.fields["violation_types"] = chosen or ["unknown"]
        for slot, component in rules[order.index("violations") + 1 :]:
            component(doc, draft)
            if slot == "perpetrators":
                break
        dense = np.concatenate([vdense[i], perpetrator_dense(doc, draft, oof[i])])
        rows.append(to_row(*hashed[i], dense, N_PERP))
    xp, pcols = _compact(sp.vstack(rows))

    ym = np.array([int(bool(g.perpetrator_mention)) for _, _, g in runs])
    wm, prm, info = _binary_head(xp, ym, (c["mention"],) if c else C_GRID)
    chosen_c["mention"] = info["C"]
    mention = LinearHead("sigmoid", _pruned(wm, pcols, N_PERP), prm[:1], prm[1:2], prm[2:3])
    mention_threshold, mention_f1 = _best_f1_threshold(info["oof"], ym)

    typed = np.array([g.perpetrator_type in PERP_TYPES for _, _, g in runs])
    yt = np.array(
        [
            PERP_TYPES.index(g.perpetrator_type)
            for _, _, g in runs
            if g.perpetrator_type in PERP_TYPES
        ]
    )
    ptype, oof_t, chosen_c["ptype"] = _softmax_head(
        xp[np.flatnonzero(typed)],
        yt,
        len(PERP_TYPES),
        pcols,
        N_PERP,
        (c["ptype"],) if c else C_GRID,
    )
    said = info["oof"][typed] >= mention_threshold
    type_acc = float(np.sum(said & (oof_t.argmax(axis=1) == yt))) / n

    scores = {
        "cv_violation_types_f1": round(100 * _micro_f1(oof, yv, thresholds), 1),
        "cv_perpetrator_mention_f1": round(100 * mention_f1, 1),
        "cv_perpetrator_type": round(100 * type_acc, 1),
    }
    return {
        "violations": violations,
        "thresholds": thresholds,
        "mention": mention,
        "mention_threshold": mention_threshold,
        "ptype": ptype,
        "scores": scores,
    }, chosen_c


def _best_f1_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The threshold on P(positive) maximising F1 (the lowest of the best ones)."""
    best_t, best_f1 = 0.5, -1.0
    for t in np.round(np.arange(0.05, 0.96, 0.025), 3):
        f1 = _micro_f1(p.reshape(-1, 1), y.reshape(-1, 1), np.array([t]))
        if f1 > best_f1 + 1e-9:
            best_t, best_f1 = float(t), f1
    return best_t, best_f1


def _pattern_span(doc: Doc, draft: Draft, pattern: Any) -> Span | None:
    """First match of ``pattern`` in the attack sentences, else in the whole text."""
    for i in draft.focus_sentences:
        s, e = doc.sentences[i]
        m = pattern.search(doc.text, s, e)
        if m:
            return m.start(), m.end()
    m = pattern.search(doc.text)
    return (m.start(), m.end()) if m else None


def label_evidence(doc: Doc, draft: Draft, label: str) -> Span | None:
    """The strongest rule hit of ``label`` (kept ones first), else its first trigger."""
    for hits in (draft.violation_hits, candidate_hits(doc, draft)):
        mine = [h for h in hits if h.label == label]
        if mine:
            best = max(mine, key=lambda h: h.confidence)
            return best.start, best.end
    from ..violations import _patterns

    pattern = _patterns().get(label)
    return _pattern_span(doc, draft, pattern) if pattern is not None else None


def perpetrator_evidence(doc: Doc, draft: Draft, ptype: str) -> Span | None:
    """The rule's cue when it found the same type, else the first cue of that type."""
    if draft.fields.get("perpetrator_type") == ptype and "perpetrator_type" in draft.evidence:
        return draft.evidence["perpetrator_type"]
    if ptype not in CUE_TYPES:
        return None
    cues = [c for c in found_cues(draft) or [] if c[0] == ptype]
    if cues:
        best = max(cues, key=lambda c: c[4])
        return best[1], best[2]
    from ..perpetrators import _patterns

    return _pattern_span(doc, draft, _patterns()["_unknown" if ptype == UNKNOWN else ptype])
