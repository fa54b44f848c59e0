"""Escalation risk of the persons in the store: for risk alert rules (a victim of an
incident now faces a risk at or above the rule's threshold) and for the person page.

The score is ``analyze.risk``'s: the probability that a person with a record of attacks
suffers killing, enforced disappearance or torture within 90 days, from their case history
and the context of their country and group, with the features that push it up as reasons.
A victim is scored as of the run (the history up to and including its day, so the
incident itself is part of it); incidents older than the 90-day horizon are not scored.
Only resolved persons (victim mentions linked to a person record) have a history; a victim
already killed or disappeared is not scored. Identifiers only: no name is loaded.

The model is fitted on the stored history (incidents resolved
so far, rejected ones left out), on samples whose 90 days had passed by the newest stored
event, exactly as the backtest trains it. Building the samples is cheap and the fit is not
(seconds), and the fit is deterministic: when a run's training samples are the very ones
the previous fit in this process saw (most polls of ``watch``), that model is reused.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sqlalchemy.orm import Session

from ..store import models as m
from .history import Event, from_store
from .risk import HORIZON_DAYS, EventIndex, RiskModel, build_samples, features

log = logging.getLogger("rightsradar.analyze")

TRAIN_STEP_DAYS = 14  # the backtest's spacing of training origins
MIN_SAMPLES = 50  # the backtest's minimum to fit at an origin
N_REASONS = 3
_ENDED = ("killing", "enforced disappearance")

# The last fit of this process: (fingerprint of its training samples, model).
_last_fit: tuple[str, RiskModel] | None = None
_fit_lock = threading.Lock()


@dataclass(frozen=True)
class RiskScore:
    """The highest risk among an incident's victims, with what drives it (no names)."""

    score: float
    reasons: tuple[str, ...]


class RiskScorer:
    """A risk model fitted on the stored history, scoring the victims of incidents."""

    def __init__(self, events: Sequence[Event], by_incident: dict[int, tuple[str, ...]],
                 model: RiskModel | None) -> None:  # fmt: skip
        self.index = EventIndex(events)
        self.by_incident = by_incident
        self.model = model

    @classmethod
    def fit(cls, session: Session, *, today: date, horizon: int = HORIZON_DAYS) -> RiskScorer:
        """Fit on the store's history as known on ``today``. Without enough history (fewer
        than ``MIN_SAMPLES`` samples, or no serious outcome among them) it has no model and
        scores nothing."""
        events, by_incident = from_store(session)
        model = None
        if events:
            first, last = events[0].day, min(events[-1].day, today)
            origins = [first + timedelta(d) for d in range(60, (last - first).days - horizon + 1,
                                                           TRAIN_STEP_DAYS)]  # fmt: skip
            samples = build_samples(events, origins, horizon=horizon)
            if len(samples.y) >= MIN_SAMPLES and len(set(samples.y.tolist())) == 2:
                model = _fit(samples.x, samples.y)
            else:
                log.info(
                    "risk rules: %d samples in the stored history, too few to fit a "
                    "model; no risk alert this run",
                    len(samples.y),
                )
        return cls(events, by_incident, model)

    @property
    def fitted(self) -> bool:
        return self.model is not None

    def _row(self, person_id: str, origin: date) -> list[float] | None:
        """The person's features at ``origin``; None when they have no history before it or
        were already killed or disappeared (no longer at risk in this model's sense)."""
        past = [e for e in self.index.by_person.get(person_id, ()) if e.day < origin]
        if not past or any(v in _ENDED for e in past for v in e.violations):
            return None
        return features(past, origin, self.index)

    def score_person(self, person_id: int | str, *, today: date) -> RiskScore | None:
        """The person's risk as of ``today`` (their history up to yesterday), with reasons;
        None when there is no model or the person cannot be scored."""
        row = self._row(str(person_id), today) if self.model is not None else None
        if row is None or self.model is None:
            return None
        x = np.array([row], dtype=float)
        why = self.model.reasons(x, top=N_REASONS)[0]
        return RiskScore(float(self.model.predict(x)[0]), tuple(r for r, _ in why))

    def score_incidents(self, incidents: Sequence[m.Incident], *, today: date
                        ) -> dict[int, RiskScore]:  # fmt: skip
        """The highest risk, now, among each incident's victims: each is scored as of
        ``today`` with their history up to and including it (a victim killed or disappeared
        since is not scored). An incident older than the risk horizon says nothing about
        the next 90 days and is not scored (an archive backfilled today must not raise
        alarms about years ago)."""
        if self.model is None:
            return {}
        rows: list[list[float]] = []
        owners: list[int] = []
        origin = today + timedelta(days=1)
        for inc in incidents:
            if inc.event_date is None or (today - inc.event_date).days > HORIZON_DAYS:
                continue
            for pid in self.by_incident.get(inc.id, ()):
                row = self._row(pid, origin)
                if row is not None:
                    rows.append(row)
                    owners.append(inc.id)
        if not rows:
            return {}
        x = np.array(rows, dtype=float)
        scores = self.model.predict(x)
        best: dict[int, int] = {}
        for i, iid in enumerate(owners):
            if iid not in best or scores[i] > scores[best[iid]]:
                best[iid] = i
        picked = sorted(best.values())
        reasons = self.model.reasons(x[picked], top=N_REASONS)
        return {owners[i]: RiskScore(float(scores[i]), tuple(r for r, _ in why))
                for i, why in zip(picked, reasons, strict=True)}  # fmt: skip


def _fit(x: np.ndarray, y: np.ndarray) -> RiskModel:
    """A model fitted on (x, y), reusing the last one fitted on exactly these samples."""
    global _last_fit
    key = hashlib.sha256(np.ascontiguousarray(x).tobytes()
                         + np.ascontiguousarray(y).tobytes()).hexdigest()  # fmt: skip
    with _fit_lock:
        if _last_fit is not None and _last_fit[0] == key:
            return _last_fit[1]
        model = RiskModel().fit(x, y)
        _last_fit = (key, model)
        return model
