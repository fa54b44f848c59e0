"""Small metric building blocks: P/R/F1 counts, accuracy, calibration, one-to-one matching."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class PRF:
    """True positives, predicted and gold counts; precision, recall and F1 follow."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Accuracy:
    """Correct out of n."""

    correct: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.n += 1

    @property
    def value(self) -> float:
        return self.correct / self.n if self.n else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "correct": self.correct, "n": self.n}


def expected_calibration_error(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """ECE over equal-width confidence bins: Σ |bin|/n · |accuracy(bin) − confidence(bin)|."""
    if not pairs:
        return 0.0
    sums = [[0.0, 0.0, 0] for _ in range(bins)]  # confidence sum, correct sum, count
    for conf, ok in pairs:
        conf = min(max(conf, 0.0), 1.0)
        b = min(int(conf * bins), bins - 1)
        sums[b][0] += conf
        sums[b][1] += float(ok)
        sums[b][2] += 1
    n = len(pairs)
    return sum(abs(c - k) / n for c, k, m in sums if m)


def max_matching(
    left: Sequence[str], right: Sequence[str], edge: Callable[[str, str], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths); lists are small here."""
    adj = [[j for j, r in enumerate(right) if edge(l_, r)] for l_ in left]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def exact_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def fuzzy_name(a: str, b: str) -> bool:
    """One name contains the other, case-insensitively (the paper's fuzzy match)."""
    a, b = name_key(a), name_key(b)
    return bool(a and b) and (a in b or b in a)


def match_names(gold: Sequence[str], pred: Sequence[str], *, fuzzy: bool) -> list[tuple[int, int]]:
    """One-to-one name matches; in fuzzy mode exact pairs are fixed first so they win."""
    if not fuzzy:
        return max_matching(gold, pred, exact_name)
    fixed = max_matching(gold, pred, exact_name)
    used_g = {i for i, _ in fixed}
    used_p = {j for _, j in fixed}
    rest_g = [i for i in range(len(gold)) if i not in used_g]
    rest_p = [j for j in range(len(pred)) if j not in used_p]
    more = max_matching([gold[i] for i in rest_g], [pred[j] for j in rest_p], fuzzy_name)
    return sorted(fixed + [(rest_g[i], rest_p[j]) for i, j in more])
