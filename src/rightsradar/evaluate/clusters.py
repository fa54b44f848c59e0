"""Scores for grouping articles into incidents: B-cubed and pairwise P/R/F1.

Both take ``{item_id: cluster_id}`` maps. Items of gold missing from the prediction are
singletons; items only in the prediction are ignored (they have no gold to compare with).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..errors import InputError
from .records import read_jsonl


def _aligned(gold: dict[str, str], pred: dict[str, str]) -> dict[str, str]:
    # A unique label per missing item makes it a singleton.
    return {i: pred.get(i, f"\0singleton:{i}") for i in gold}


def _groups(assign: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for item, cluster in assign.items():
        out[cluster].add(item)
    return out


def _f1(p: float, r: float) -> dict[str, float]:
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin 1998), averaged over items."""
    if not gold:
        return _f1(0.0, 0.0)
    pred = _aligned(gold, pred)
    g_groups, p_groups = _groups(gold), _groups(pred)
    p_sum = r_sum = 0.0
    for item in gold:
        g, p = g_groups[gold[item]], p_groups[pred[item]]
        both = len(g & p)
        p_sum += both / len(p)
        r_sum += both / len(g)
    return _f1(p_sum / len(gold), r_sum / len(gold))


def _pairs(groups: dict[str, set[str]]) -> set[tuple[str, str]]:
    out = set()
    for members in groups.values():
        ordered = sorted(members)
        out.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return out


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over same-cluster item pairs.

    With no pair on a side, its score is 1.0 when the other side has none either.
    """
    g_pairs = _pairs(_groups(gold))
    p_pairs = _pairs(_groups(_aligned(gold, pred)))
    tp = len(g_pairs & p_pairs)
    p = tp / len(p_pairs) if p_pairs else float(not g_pairs)
    r = tp / len(g_pairs) if g_pairs else float(not p_pairs)
    return _f1(p, r)


def load_assignments(path: str | Path) -> dict[str, str]:
    """``{id: incident_id}`` from JSONL lines ``{"id", "incident_id"}``."""
    path = Path(path)
    out: dict[str, str] = {}
    for n, obj in read_jsonl(path):
        if obj.get("incident_id") in (None, ""):  # read_jsonl already checked the id
            raise InputError(
                "E201",
                "missing 'incident_id'",
                file=str(path),
                line=n,
                field="incident_id",
                hint='each line is {"id": ..., "incident_id": ...}',
            )
        if str(obj["id"]) in out:
            raise InputError(
                "E201", f"duplicate id {obj['id']!r}", file=str(path), line=n, field="id"
            )
        out[str(obj["id"])] = str(obj["incident_id"])
    return out
