"""Differentially private counts with OpenDP, and a privacy budget kept across releases.

A published figure about victims is a query over people who are targets; repeated noisy
answers to the same question would average the noise away. Two rules prevent that:

- every release is charged to a *ledger* for its scope (e.g. ``public``); a release that
  would push the scope past its budget is refused (E601), so the total privacy loss of
  everything ever published is bounded by the budget (basic sequential composition);
- a release is cached by its query key: asking the same question again returns the same
  noisy answer and costs nothing (post-processing of an earlier release).

Mechanisms come from OpenDP (the vetted samplers are the point of using it): the discrete
Laplace mechanism for pure epsilon-DP, or the discrete Gaussian under zero-concentrated DP
converted to (epsilon, delta). Noisy counts are clamped at 0 after release (post-processing).
Sensitivity: one victim is counted in at most ``contributions`` cells of one breakdown
(a victim has one sex, one country, one most serious violation; victim groups may be
several, so a group breakdown needs ``contributions`` = the number of groups).
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import ConfigError, RightsRadarError

MECHANISMS = ("laplace", "gaussian")


class BudgetExceeded(RightsRadarError):
    """A release would spend more privacy loss than its scope has left."""


@dataclass(frozen=True)
class Spend:
    """Privacy loss of one release (or the total of a scope)."""

    epsilon: float
    delta: float = 0.0


@dataclass(frozen=True)
class NoisyRelease:
    """A published breakdown: noisy counts, what it cost, and the noise scale used."""

    query: str
    counts: dict[str, int]
    spend: Spend
    mechanism: str
    scale: float
    cached: bool = False


class Ledger(Protocol):
    """Where releases are recorded. Implementations must make ``charge`` atomic."""

    def spent(self, scope: str) -> Spend: ...

    def cached(self, scope: str, query: str) -> NoisyRelease | None: ...

    def charge(self, scope: str, release: NoisyRelease, budget: Spend) -> NoisyRelease:
        """Record ``release`` and return it; raise BudgetExceeded (recording nothing) when
        over budget. When another process recorded the same query first, return that one
        (as cached) and charge nothing: one question, one published answer."""


@dataclass
class MemoryLedger:
    """A ledger for one process (tests, one-off CLI runs). The web app uses a stored one."""

    releases: dict[str, list[NoisyRelease]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def spent(self, scope: str) -> Spend:
        rel = self.releases.get(scope, [])
        return Spend(sum(r.spend.epsilon for r in rel), sum(r.spend.delta for r in rel))

    def cached(self, scope: str, query: str) -> NoisyRelease | None:
        return next((r for r in self.releases.get(scope, []) if r.query == query), None)

    def charge(self, scope: str, release: NoisyRelease, budget: Spend) -> NoisyRelease:
        with self._lock:
            first = self.cached(scope, release.query)
            if first is not None:
                return _as_cached(first)
            check_budget(self.spent(scope), release.spend, budget, scope)
            self.releases.setdefault(scope, []).append(release)
            return release


def check_budget(spent: Spend, cost: Spend, budget: Spend, scope: str) -> None:
    """Raise BudgetExceeded when ``spent + cost`` goes past ``budget``."""
    eps, delta = spent.epsilon + cost.epsilon, spent.delta + cost.delta
    # A tiny tolerance so that ten releases of 0.1 fit a budget of 1.0.
    if eps > budget.epsilon + 1e-9 or delta > budget.delta + 1e-15:
        raise BudgetExceeded(
            "E601",
            f"privacy budget of scope '{scope}' exhausted: spent epsilon {spent.epsilon:.3g}"
            f" (delta {spent.delta:.3g}) of {budget.epsilon:.3g} ({budget.delta:.3g}); "
            f"this release needs epsilon {cost.epsilon:.3g} (delta {cost.delta:.3g})",
            hint="publish fewer breakdowns, reuse released figures, or have the data "
            "protection officer raise the budget for a new period",
        )


def query_key(name: str, params: Mapping[str, Any], keys: list[str]) -> str:
    """A stable key of a query: same name, parameters and cells → same key."""
    blob = json.dumps({"q": name, "p": dict(params), "k": sorted(keys)}, sort_keys=True,
                      default=str)  # fmt: skip
    return f"{name}:{hashlib.sha256(blob.encode()).hexdigest()[:20]}"


def _measurement(mechanism: str, scale: float):  # type: ignore[no-untyped-def]
    import opendp.prelude as dp

    dp.enable_features("contrib")
    if mechanism == "laplace":
        space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
        return dp.m.make_laplace(*space, scale=scale)
    space = dp.vector_domain(dp.atom_domain(T=int)), dp.l2_distance(T=int)
    return dp.m.make_gaussian(*space, scale=scale)


def calibrate(mechanism: str, epsilon: float, delta: float, contributions: int) -> float:
    """The smallest noise scale that gives (epsilon[, delta])-DP for this sensitivity.

    Laplace: L1 sensitivity = ``contributions``. Gaussian: L2 sensitivity =
    sqrt(``contributions``); the zCDP guarantee is converted to (epsilon, delta).
    """
    import opendp.prelude as dp

    if mechanism not in MECHANISMS:
        raise ConfigError("E602", f"unknown DP mechanism '{mechanism}'",
                          hint=f"use one of {', '.join(MECHANISMS)}")  # fmt: skip
    if epsilon <= 0 or (mechanism == "gaussian" and not 0 < delta < 1):
        raise ConfigError("E602", "epsilon must be > 0 (and delta in (0, 1) for gaussian)")
    dp.enable_features("contrib")
    if mechanism == "laplace":
        return float(dp.binary_search_param(
            lambda s: _measurement("laplace", s), d_in=contributions, d_out=epsilon))  # fmt: skip
    d_in = int(math.ceil(contributions))

    def approx(s: float):  # type: ignore[no-untyped-def]
        return dp.c.make_fix_delta(dp.c.make_zCDP_to_approxDP(_measurement("gaussian", s)), delta)

    return float(dp.binary_search_param(approx, d_in=d_in, d_out=(epsilon, delta)))


def release_counts(
    counts: Mapping[str, int],
    *,
    query: str,
    epsilon: float,
    ledger: Ledger,
    budget: Spend,
    scope: str = "public",
    mechanism: str = "laplace",
    delta: float = 0.0,
    contributions: int = 1,
) -> NoisyRelease:
    """Release ``counts`` with DP noise, charged to ``scope`` of ``ledger``.

    The same ``query`` (see ``query_key``) returns the cached release at no cost. The true
    counts are never stored or returned.
    """
    hit = ledger.cached(scope, query)
    if hit is not None:
        return _as_cached(hit)
    cost = Spend(epsilon, delta if mechanism == "gaussian" else 0.0)
    # Refuse before sampling: a refused release must not even be computed.
    check_budget(ledger.spent(scope), cost, budget, scope)
    scale = calibrate(mechanism, epsilon, delta, contributions)
    keys = list(counts)
    noisy = _measurement(mechanism, scale)([int(counts[k]) for k in keys]) if keys else []
    release = NoisyRelease(query, {k: max(0, int(v)) for k, v in zip(keys, noisy, strict=True)},
                           cost, mechanism, scale)  # fmt: skip
    return ledger.charge(scope, release, budget)


def _as_cached(release: NoisyRelease) -> NoisyRelease:
    """An earlier release handed out again: same answer, no cost."""
    return NoisyRelease(release.query, dict(release.counts), Spend(0.0, 0.0),
                        release.mechanism, release.scale, cached=True)  # fmt: skip
