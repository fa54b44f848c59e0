"""Does a rule match an incident? Pure matching over what the incident says.

Watchlist rules compare the watched name (folded, titles stripped) with the incident's
victim names by rapidfuzz ``token_set_ratio`` and look for it in its articles' text by
``partial_ratio``; both need ``WATCHLIST_MIN``. The other kinds compare folded values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..resolve.names import fold, name_key

WATCHLIST_MIN = 90.0


@dataclass(frozen=True)
class IncidentView:
    """What rules look at. ``names`` and ``texts`` are personal data: never log them."""

    id: int
    country: str | None = None
    violation_types: tuple[str, ...] = ()
    victim_groups: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    texts: tuple[str, ...] = field(default=(), repr=False)


def matches(kind: str, pattern: str, incident: IncidentView) -> bool:
    """Whether a rule of ``kind`` with ``pattern`` matches ``incident``."""
    if kind == "watchlist":
        return _watchlist(pattern, incident.names, incident.texts)
    if kind == "country":
        return bool(incident.country) and fold(incident.country or "") == fold(pattern)
    if kind == "violation":
        return fold(pattern) in {fold(v) for v in incident.violation_types}
    if kind == "victim_group":
        return fold(pattern) in {fold(g) for g in incident.victim_groups}
    return False


def _watchlist(pattern: str, names: Sequence[str], texts: Sequence[str]) -> bool:
    key = name_key(pattern)
    if not key:
        return False
    for n in names:
        nk = name_key(n)
        # token_set_ratio gives 100 when one name's words are a subset of the other's;
        # a one-word mention ("Okafor") must not match a two-word watched name on that.
        if nk and fuzz.token_sort_ratio(key, nk) >= WATCHLIST_MIN:
            return True
        if nk and len(nk.split()) > 1 and fuzz.token_set_ratio(key, nk) >= WATCHLIST_MIN:
            return True
    return any(fuzz.partial_ratio(key, fold(t)) >= WATCHLIST_MIN for t in texts if t)
