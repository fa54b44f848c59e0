"""Feature rows as an Arrow table with a fixed schema, ready for ``DatabaseAPI.register``.

The schema is explicit: a column that happens to be all null in a small input must still
be a list of strings or an integer for Splink's SQL to type-check.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .features import COLUMNS

_LISTS = {
    "name_keys",
    "name_tokens",
    "name_pairs",
    "text_pairs",
    "violations",
    "acts",
    "rare_words",
    "text_words",
    "lead",
    "groups",
    "counts",
}
_INTS = {"event_day", "event_mid", "period_a", "period_b", "pub_day"}


def arrow_table(rows: Iterable[dict[str, Any]]) -> Any:
    import pyarrow as pa

    def kind(col: str) -> Any:
        if col in _LISTS:
            return pa.list_(pa.string())
        return pa.int64() if col in _INTS else pa.string()

    schema = pa.schema([(c, kind(c)) for c in COLUMNS])
    return pa.Table.from_pylist(list(rows), schema=schema)
