"""Small-cell suppression for anything published.

A count of 1 or 2 victims in a place and month can identify the person. Cells below
``min_cell`` are hidden; when exactly one cell of a breakdown is hidden, the published
total would give it away (total minus the others), so the next smallest cell is hidden too
(secondary suppression).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    """One published cell: ``count`` is None when suppressed; ``display`` is what to show."""

    key: str
    count: int | None
    display: str


def suppress(counts: Mapping[str, int], min_cell: int) -> list[Cell]:
    """Cells of ``counts`` with primary and secondary suppression applied."""
    hidden = {k for k, n in counts.items() if n < min_cell}
    if len(hidden) == 1 and len(counts) > 1:
        shown = sorted((n, k) for k, n in counts.items() if k not in hidden)
        hidden.add(shown[0][1])
    cells = []
    for k, n in counts.items():
        if k not in hidden:
            cells.append(Cell(key=k, count=n, display=str(n)))
        else:  # a complementary cell may be >= min_cell; saying "<k" would then be false
            display = f"<{min_cell}" if n < min_cell else "suppressed"
            cells.append(Cell(key=k, count=None, display=display))
    return cells
