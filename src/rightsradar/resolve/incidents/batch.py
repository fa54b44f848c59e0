"""Resolve a whole set of articles at once: Splink predict, then connected components.

No database: the input rows are registered with the backend, scored pairwise within the
model's blocking rules, and pairs at or above the threshold are joined transitively.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .backend import database_api
from .frame import arrow_table
from .index import may_join
from .model import MatchModel


def cluster(
    rows: Sequence[dict[str, Any]],
    model: MatchModel,
    *,
    backend: str = "duckdb",
    transitive: bool = False,
) -> dict[str, str]:
    """``{unique_id: cluster_id}`` for every row; a cluster id is its lowest member id."""
    from splink import Linker

    if len(rows) < 2:
        return {r["unique_id"]: r["unique_id"] for r in rows}
    db = database_api(backend)
    linker = Linker(db.register(arrow_table(rows)), model.settings)
    # Quiet: Splink logs progress per step at INFO; a CLI user sees our own progress.
    edges = linker.inference.predict(threshold_match_weight=model.threshold)
    if not transitive:
        return best_link(rows, edges.as_pyarrow_table(), model)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        edges, threshold_match_weight=model.threshold
    )
    table = clusters.as_pyarrow_table()
    out = dict(
        zip(
            table.column("unique_id").to_pylist(),
            table.column("cluster_id").to_pylist(),
            strict=True,
        )
    )
    return {r["unique_id"]: out.get(r["unique_id"], r["unique_id"]) for r in rows}


def best_link(
    rows: Sequence[dict[str, Any]], edges: Any, model: MatchModel | None = None
) -> dict[str, str]:
    """Each row, in input order, joins the cluster of its best-scoring earlier row.

    The same rule as the incremental attach, so a file resolved at once and the same
    articles arriving one by one end in the same incidents. Unlike connected components
    it never chains two incidents together through one ambiguous article. With ``model``,
    a row skips a cluster it does not link to enough of (``MatchModel.agrees``: half of
    the latest of its reports from the row's country or naming its victim), and a row that
    names victims skips a cluster whose named reports all name other people
    (``MatchModel.names_differ``), and a row giving the day of the attack skips a cluster
    whose reports give days weeks away (``MatchModel.dates_differ``), and a row counting
    its victims skips a cluster whose reports all count them far otherwise ("Wilmer
    Gómez" against "seven indigenous leaders": ``MatchModel.victims_differ``); it tries
    its next best link.
    ``edges`` are the pairs at or above the model's threshold.
    """
    order = {r["unique_id"]: i for i, r in enumerate(rows)}
    links: dict[str, list[tuple[float, int, str]]] = {}
    for left, right, w in zip(
        edges.column("unique_id_l").to_pylist(),
        edges.column("unique_id_r").to_pylist(),
        edges.column("match_weight").to_pylist(),
        strict=True,
    ):
        new, old = (left, right) if order[left] > order[right] else (right, left)
        links.setdefault(new, []).append((-w, order[old], old))
    out: dict[str, str] = {}
    named: dict[str, list[dict[str, Any]]] = {}
    members: dict[str, list[str]] = {}
    by_id = {r["unique_id"]: r for r in rows}
    for r in rows:
        uid = r["unique_id"]
        out[uid] = uid
        ranked = sorted(links.get(uid, ()))
        linked = {old for _, _, old in ranked}
        for _, _, old in ranked:
            cid = out[old]
            if model is None or may_join(model, r, linked, members[cid], named.get(cid, ()), by_id):
                out[uid] = cid
                break
        members.setdefault(out[uid], []).append(uid)
        if r["name_keys"]:
            named.setdefault(out[uid], []).append(r)
    return out
