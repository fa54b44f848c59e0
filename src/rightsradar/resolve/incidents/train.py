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
# u from up to this many random pairs, all of them: Splink stops by default once every
# level has 100 pairs, which estimated the commoner levels from a 1 % probe chunk whose
# pairs are not a fair sample (the u of one victim-group level moved 20-fold between two
# orderings of the same rows).
U_MAX_PAIRS = 2e6
SEED = 1
# Stated, not fitted: the m probability of a level EM never saw among likely matches
# (dates months apart: the same-city pass only compares reports within one period).
UNSEEN_M = 1e-3
# EM passes. Same city within one blocking period, so that the matches EM finds are one
# attack reported twice, not two attacks on the same victims months apart (which a
# same-city-at-any-time pass also captures, weakening the date). Same day anywhere:
# place and the rest.
EM_PASSES = (("country", "city", "period_a"), ("event_day",))


def train(rows: Sequence[dict[str, Any]], *, backend: str = "duckdb") -> dict[str, Any]:
    """The trained model as a Splink settings dict (what ``save_model_to_json`` writes).

    Estimated on the rows the extractor found relevant (a ``relevant`` key; rows without
    it count as relevant): the question is which reports of attacks are one attack, and
    unrelated news would lower the prior and make every agreement look commoner than it
    is among such reports. A comparison those rows leave unestimated (the publication
    day, when nearly every report gives an event date) is taken from all rows.
    """
    relevant = [r for r in rows if r.get("relevant", True)]
    settings = _train(relevant, backend)
    if len(relevant) < len(rows):
        missing = {
            c["output_column_name"]
            for c in settings["comparisons"]
            if any(
                "u_probability" not in lv
                for lv in c["comparison_levels"]
                if not lv.get("is_null_level")
            )
        }
        if missing:
            everything = _train(rows, backend)
            settings["comparisons"] = [
                next(x for x in everything["comparisons"] if x["output_column_name"] == name)
                if name in missing
                else c
                for c, name in ((c, c["output_column_name"]) for c in settings["comparisons"])
            ]
    return settings


def _train(rows: Sequence[dict[str, Any]], backend: str) -> dict[str, Any]:
    from splink import Linker, block_on

    db = database_api(backend)
    linker = Linker(db.register(arrow_table(rows)), settings_creator())
    linker.training.estimate_probability_two_random_records_match(
        [block_on("name_keys", "country", arrays_to_explode=["name_keys"])],
        recall=DETERMINISTIC_RECALL,
    )
    linker.training.estimate_u_using_random_sampling(
        max_pairs=U_MAX_PAIRS, seed=SEED, min_count_per_level=None
    )
    # Each pass leaves out the comparisons of its blocking columns; together they
    # estimate every level but the far date levels (see ``UNSEEN_M``).
    for cols in EM_PASSES:
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(*cols), record_sample_proportion=1.0
        )
    settings = linker.misc.save_model_to_json()
    # A random name for Splink's cache tables; dropped so that a retrain on the same rows
    # writes the same file (Splink draws a new one on load).
    settings.pop("linker_uid", None)
    return fill_unseen(settings)


def fill_unseen(settings: dict[str, Any]) -> dict[str, Any]:
    """Give levels without an m estimate (or one below it) ``UNSEEN_M``, taken from the
    comparison's others: EM that never saw a match at a level says little, not "never"."""
    for comparison in settings["comparisons"]:
        levels = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
        unseen = {id(lv) for lv in levels if lv.get("m_probability", 0.0) < UNSEEN_M}
        if not unseen:
            continue
        scale = 1.0 - UNSEEN_M * len(unseen)
        for lv in levels:
            if id(lv) in unseen:
                lv["m_probability"] = UNSEEN_M
            else:
                lv["m_probability"] *= scale
    return settings
