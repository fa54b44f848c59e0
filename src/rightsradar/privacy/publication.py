"""Differentially private public figures: one noisy release per breakdown and period.

When ``RIGHTSRADAR_PUBLIC_DP_EPSILON`` is set, every breakdown on the public page and API
is released with OpenDP noise over a fixed public domain (all countries, the taxonomy's
violations and groups, the last 24 months), so a cell's presence says nothing either. A
breakdown is released once per period (``RIGHTSRADAR_PUBLIC_DP_PERIOD``) and cached, and
every release is charged to the year's budget (``RIGHTSRADAR_PUBLIC_DP_BUDGET``); once it
is spent, new figures are withheld until the next year instead of adding privacy loss.
The unit of privacy is one incident (an incident with several victim groups counts in
each group's cell: that breakdown's sensitivity is the number of groups).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .dp import BudgetExceeded, Ledger, Spend, query_key, release_counts


@dataclass(frozen=True)
class PublicDP:
    """What a public release may spend, and where releases are recorded."""

    epsilon: float
    budget: float
    period: str  # day | week | month
    ledger: Ledger
    mechanism: str = "laplace"
    delta: float = 0.0

    def period_start(self, today: date) -> date:
        if self.period == "day":
            return today
        if self.period == "week":
            return today - timedelta(days=today.weekday())
        return today.replace(day=1)

    def release(
        self,
        name: str,
        counts: Mapping[str, int],
        domain: Sequence[str],
        *,
        contributions: int = 1,
        today: date | None = None,
    ) -> dict[str, int] | None:
        """Noisy counts for every key of ``domain`` (None when the budget is spent)."""
        today = today or date.today()
        start = self.period_start(today)
        full = {k: int(counts.get(k, 0)) for k in domain}
        key = query_key(f"public:{name}", {"period": start.isoformat(), "eps": self.epsilon},
                        list(full))  # fmt: skip
        try:
            rel = release_counts(full, query=key, epsilon=self.epsilon, ledger=self.ledger,
                                 budget=Spend(self.budget, 1.0 if self.delta else 0.0),
                                 scope=f"public-{today.year}", mechanism=self.mechanism,
                                 delta=self.delta, contributions=contributions)  # fmt: skip
        except BudgetExceeded:
            return None
        return {k: rel.counts[k] for k in full}  # domain order, also for cached releases


def month_domain(today: date, months: int = 24) -> list[str]:
    """The last ``months`` calendar months as YYYY-MM, oldest first (a public range)."""
    out, y, m = [], today.year, today.month
    for _ in range(months):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]
