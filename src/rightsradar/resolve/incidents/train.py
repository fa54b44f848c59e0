"""Estimate the incident linkage model from unlabelled extractions (no gold is read).

Splink's usual recipe: the prior from a deterministic rule with a stated recall, u from
random pairs (almost all non-matches), m by expectation maximisation in two passes whose
blocking rules leave every comparison estimated in at least one of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .backend import database_api
from .frame import arrow_table
from .settings import settings_creator

# Stated, not fitted: two reports of one attack are taken to share a victim's name key
# and country in about half of the cases (the rest are unnamed victims, other spellings,
# a missed name); the prior is the deterministic matches' share divided by this recall.
DETERMINISTIC_RECALL = 0.5
U_MAX_PAIRS = 2e6
SEED = 1


def train(rows: Sequence[dict[str, Any]], *, backend: str = "duckdb") -> dict[str, Any]:
    """The trained model as a Splink settings dict (what ``save_model_to_json`` writes)."""
    from splink import Linker, block_on

    db = database_api(backend)
    linker = Linker(db.register(arrow_table(rows)), settings_creator())
    linker.training.estimate_probability_two_random_records_match(
        [block_on("name_keys", "country", arrays_to_explode=["name_keys"])],
        recall=DETERMINISTIC_RECALL,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=SEED)
    # Each pass leaves out the comparisons of its blocking columns; together they
    # estimate every level. Same city at any time: names, date (far levels too),
    # violations, perpetrator, words. Same day anywhere: names, place, and the rest.
    for cols in (("country", "city"), ("event_day",)):
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(*cols), record_sample_proportion=1.0
        )
    return linker.misc.save_model_to_json()
