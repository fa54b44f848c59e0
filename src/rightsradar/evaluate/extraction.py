"""Score extraction predictions against gold with the HRDsAttack metrics (Ran et al. 2023).

Rules (see also the module docs of ``records`` for normalisation):

- A gold id with no prediction is scored as an empty prediction and counted in ``missing``.
- When gold carries ``relevant``, relevance gets P/R/F1 over all gold records, and the field
  metrics use only the records gold marks relevant (an irrelevant article has no labels).
- Perpetrator type, places and dates get two accuracies: ``paper`` (an article whose gold
  value is empty counts as wrong whatever is predicted, as in the paper) and ``plain``
  (an empty prediction for an empty gold value counts as right).
- Victim names: P/R/F1 with one-to-one matching, exact (case-insensitive) and fuzzy (one
  name a substring of the other). Victim type/sex/age accuracy is over matched named
  victims (the fuzzy name matches): the paper's scorer drops unnamed victims and asks for
  the attributes of named ones only. ``plain`` counts every matched victim; ``paper``
  (``victim_attributes``, the headline) only those whose gold name the paper's scorer can
  see: it stands verbatim in the article's opening words (``PAPER_WINDOW_WORDS``, the
  512-token input of its T5), where the gold file gives the article text. Victim types
  compare as sets, and an empty predicted set means "insufficient information". The paper
  means to drop "insufficient information" next to another type in gold, but its code
  never does (such gold sets stay unmatchable): ``paper`` follows the code, ``plain``
  applies the clean-up.
- Calibration: expected calibration error (10 bins) per field from the prediction's
  ``confidence`` dict, correctness judged by the plain rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..domain.taxonomy import VIOLATION_TYPES
from ..errors import InputError
from .metrics import PRF, Accuracy, expected_calibration_error, match_names
from .records import (
    GoldRecord,
    GoldVictim,
    from_prediction,
    load_gold,
    load_predictions,
    place_key,
)

__all__ = ["GoldRecord", "Report", "load_gold", "load_predictions", "score"]

PLACE_FIELDS = ("country", "region", "city")
DATE_FIELDS = ("year", "month", "day")
NONE = "(none)"


@dataclass
class Report:
    """Every figure of one evaluation run."""

    n_gold: int = 0
    n_scored: int = 0
    missing: int = 0
    missing_ids: list[str] = field(default_factory=list)
    relevance: PRF | None = None
    perpetrator_mention: PRF = field(default_factory=PRF)
    perpetrator_type: dict[str, Accuracy] = field(default_factory=dict)
    violation_types: PRF = field(default_factory=PRF)
    victim_names: dict[str, PRF] = field(default_factory=dict)
    victim_attributes: dict[str, Accuracy] = field(default_factory=dict)
    victim_attributes_plain: dict[str, Accuracy] = field(default_factory=dict)
    places: dict[str, dict[str, Accuracy]] = field(default_factory=dict)
    dates: dict[str, dict[str, Accuracy]] = field(default_factory=dict)
    calibration: dict[str, dict[str, float]] = field(default_factory=dict)
    violation_confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready nested dict."""

        def accs(d: dict[str, Accuracy]) -> dict[str, Any]:
            return {k: a.to_dict() for k, a in d.items()}

        return {
            "n_gold": self.n_gold,
            "n_scored": self.n_scored,
            "missing": self.missing,
            "missing_ids": self.missing_ids[:20],
            "relevance": self.relevance.to_dict() if self.relevance else None,
            "perpetrator_mention": self.perpetrator_mention.to_dict(),
            "perpetrator_type": accs(self.perpetrator_type),
            "violation_types": self.violation_types.to_dict(),
            "victim_names": {k: p.to_dict() for k, p in self.victim_names.items()},
            "victim_attributes": accs(self.victim_attributes),
            "victim_attributes_plain": accs(self.victim_attributes_plain),
            "places": {k: accs(v) for k, v in self.places.items()},
            "dates": {k: accs(v) for k, v in self.dates.items()},
            "calibration": self.calibration,
            "violation_confusion": self.violation_confusion,
        }

    def headline(self) -> dict[str, float]:
        """The benchmark's one-number-per-attribute view (paper scoring), in percent."""
        out = {
            "perpetrator_mention_f1": self.perpetrator_mention.f1,
            "perpetrator_type": self.perpetrator_type["paper"].value,
            "victim_name_fuzzy_f1": self.victim_names["fuzzy"].f1,
            "victim_name_exact_f1": self.victim_names["exact"].f1,
            **{f"victim_{k}": a.value for k, a in self.victim_attributes.items()},
            "violation_types_f1": self.violation_types.f1,
            **{k: v["paper"].value for k, v in {**self.places, **self.dates}.items()},
        }
        if self.relevance:
            out = {"relevance_f1": self.relevance.f1, **out}
        return {k: round(100 * v, 1) for k, v in out.items()}


def _same(kind: str, g: Any, p: Any) -> bool:
    if kind in PLACE_FIELDS:
        return place_key(g, kind=kind) == place_key(p, kind=kind)
    return g == p


def _two_accuracies(acc: dict[str, Accuracy], kind: str, g: Any, p: Any) -> bool:
    ok = _same(kind, g, p)
    acc["paper"].add(g is not None and ok)
    acc["plain"].add(ok)
    return ok


def _pair_victims(gold: tuple[GoldVictim, ...], pred: tuple[GoldVictim, ...]) -> list[tuple]:
    """Matched named victims (fuzzy names); unnamed victims are not scored, as in the paper."""
    named_g = [v for v in gold if v.name]
    named_p = [v for v in pred if v.name]
    return [
        (named_g[i], named_p[j])
        for i, j in match_names([v.name for v in named_g], [v.name for v in named_p], fuzzy=True)
    ]


_INSUFFICIENT = "insufficient information"


def _victim_types(types: frozenset[str], *, predicted: bool, clean: bool) -> frozenset[str]:
    """A victim-type set as compared: an empty prediction is "insufficient information";
    with ``clean``, "insufficient information" next to another type is dropped."""
    if clean and len(types) > 1 and _INSUFFICIENT in types:
        types = types - {_INSUFFICIENT}
    if predicted and not types:
        types = frozenset({_INSUFFICIENT})
    return types


def _confusion(gold: frozenset[str], pred: frozenset[str], m: dict[str, dict[str, int]]) -> None:
    for g in gold:
        for p in pred:
            m[g][p] += 1
        if g not in pred:
            m[g][NONE] += 1
    for p in pred - gold:
        m[NONE][p] += 1


def score(gold: Iterable[GoldRecord], pred: dict[str, dict[str, Any]]) -> Report:
    """Score predictions (raw Prediction JSONL objects by id) against gold records."""
    gold = list(gold)
    labels = sorted(set(VIOLATION_TYPES) | {v for g in gold for v in g.violation_types})
    rep = Report(
        n_gold=len(gold),
        perpetrator_type={"paper": Accuracy(), "plain": Accuracy()},
        victim_names={"exact": PRF(), "fuzzy": PRF()},
        victim_attributes={"type": Accuracy(), "sex": Accuracy(), "age": Accuracy()},
        victim_attributes_plain={"type": Accuracy(), "sex": Accuracy(), "age": Accuracy()},
        places={k: {"paper": Accuracy(), "plain": Accuracy()} for k in PLACE_FIELDS},
        dates={k: {"paper": Accuracy(), "plain": Accuracy()} for k in DATE_FIELDS},
        violation_confusion={g: dict.fromkeys([*labels, NONE], 0) for g in [*labels, NONE]},
    )
    if any(g.relevant is not None for g in gold):
        rep.relevance = PRF()
    calib: dict[str, list[tuple[float, bool]]] = {}

    for g in gold:
        raw = pred.get(g.id)
        if raw is None:
            rep.missing += 1
            rep.missing_ids.append(g.id)
            p = GoldRecord(id=g.id)
        else:
            try:
                p = from_prediction(raw)
            except (TypeError, ValueError, KeyError) as exc:
                raise InputError("E201", f"prediction {g.id!r} cannot be read: {exc}") from None
        correct: dict[str, bool] = {}
        if rep.relevance is not None and g.relevant is not None:
            rep.relevance.add(
                int(bool(g.relevant and p.relevant)), int(bool(p.relevant)), int(bool(g.relevant))
            )
            correct["relevant"] = bool(g.relevant) == bool(p.relevant)
            if not g.relevant:
                _calibrate(calib, p, correct)
                continue
        rep.n_scored += 1

        gm, pm = bool(g.perpetrator_mention), bool(p.perpetrator_mention)
        rep.perpetrator_mention.add(int(gm and pm), int(pm), int(gm))
        correct["perpetrator_mention"] = gm == pm
        correct["perpetrator_type"] = _two_accuracies(
            rep.perpetrator_type, "perpetrator_type", g.perpetrator_type, p.perpetrator_type
        )

        gv, pv = g.violation_types, p.violation_types
        rep.violation_types.add(len(gv & pv), len(pv), len(gv))
        correct["violation_types"] = gv == pv
        _confusion(gv, pv, rep.violation_confusion)

        gn = [v.name for v in g.victims if v.name]
        pn = [v.name for v in p.victims if v.name]
        for mode in ("exact", "fuzzy"):
            tp = len(match_names(gn, pn, fuzzy=mode == "fuzzy"))
            rep.victim_names[mode].add(tp, len(pn), len(gn))
        for gvic, pvic in _pair_victims(g.victims, p.victims):
            for clean, out in ((True, rep.victim_attributes_plain), (False, rep.victim_attributes)):
                if out is rep.victim_attributes and gvic.in_window is False:
                    continue  # the paper's scorer never sees this victim
                types_g = _victim_types(gvic.type, predicted=False, clean=clean)
                types_p = _victim_types(pvic.type, predicted=True, clean=clean)
                out["type"].add(types_g == types_p)
                out["sex"].add(gvic.sex == pvic.sex)
                out["age"].add(gvic.age == pvic.age)

        for k in PLACE_FIELDS:
            correct[k] = _two_accuracies(rep.places[k], k, getattr(g, k), getattr(p, k))
        for k in DATE_FIELDS:
            correct[k] = _two_accuracies(rep.dates[k], k, getattr(g, k), getattr(p, k))
        _calibrate(calib, p, correct)

    for k, pairs in sorted(calib.items()):
        rep.calibration[k] = {"ece": expected_calibration_error(pairs), "n": len(pairs)}
    rep.violation_confusion = {
        g: {p: n for p, n in row.items() if n}
        for g, row in rep.violation_confusion.items()
        if any(row.values())
    }
    return rep


def _calibrate(
    calib: dict[str, list[tuple[float, bool]]], p: GoldRecord, correct: dict[str, bool]
) -> None:
    for k, ok in correct.items():
        if k in p.confidence:
            calib.setdefault(k, []).append((p.confidence[k], ok))
