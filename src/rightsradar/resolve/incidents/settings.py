"""Splink settings of incident linkage: comparisons (from ``spec``) and blocking rules."""

from __future__ import annotations

from typing import Any

from .spec import COMPARISONS

# Candidate pairs: a shared victim name at any time (follow-ups, trials), or the same
# country within a blocking period (see ``features.PERIOD_DAYS``).
BLOCKING = (("name_keys",), ("country", "period_a"), ("country", "period_b"))


def blocking_rules() -> list[Any]:
    from splink import block_on

    return [
        block_on(*cols, arrays_to_explode=["name_keys"])
        if cols == ("name_keys",)
        else block_on(*cols)
        for cols in BLOCKING
    ]


def settings_creator(prior: float = 1e-4) -> Any:
    """Untrained settings (``prior``: the chance that two random articles match)."""
    from splink import SettingsCreator

    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        probability_two_random_records_match=prior,
        comparisons=[c.splink() for c in COMPARISONS],
        blocking_rules_to_generate_predictions=blocking_rules(),
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
