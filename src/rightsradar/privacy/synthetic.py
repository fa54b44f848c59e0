"""Differentially private synthetic microdata for partners, with a utility report.

Partners (researchers, other monitors) want rows, not tables. Rows about real victims
cannot leave; rows sampled from noisy marginals can. The method is the one that won the
NIST synthetic-data challenges in its simplest form (MST, McKenna et al. 2021): measure
every one-way marginal and the two-way marginals along a tree of attributes with OpenDP
noise, then sample each record root-first, each attribute from its noisy conditional on
its parent in the tree.

Rules that keep it private:

- the attribute domains are public lists given by the caller (the taxonomy, a country
  list, a year range), never read from the data: a value that appears in the domain only
  because someone has it would leak that someone;
- one victim contributes one row, so each measured marginal has L1 sensitivity 1 and the
  budget is split evenly over the measured marginals (sequential composition);
- the tree is given by the caller (or a fixed default order), not chosen by looking at
  the data, so choosing it costs nothing.

The utility report compares synthetic and true one- and two-way marginals (total variation
distance). It reads the true data, so it is for the data owner only: do not publish it.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .dp import Ledger, Spend, query_key, release_counts


@dataclass
class SyntheticData:
    """Synthetic rows, what they cost, and which marginals were measured."""

    rows: list[dict[str, Any]]
    spend: Spend
    measured: list[tuple[str, ...]]
    tree: list[tuple[str, str]] = field(default_factory=list)


def snapshot_name(rows: Sequence[Mapping[str, Any]], key: bytes, prefix: str = "victims") -> str:
    """A name for this data snapshot that changes when the data does (the same data asked
    again is the ledger's cached answer; new data is a new release).

    It is a keyed HMAC of the rows, not a plain hash: the ledger stores the query it names,
    and with a plain hash anyone reading the ledger could test a candidate dataset ("is
    this person in it?") by hashing it. Without the installation's key they cannot.
    """
    blob = json.dumps(sorted(json.dumps(r, sort_keys=True, default=str) for r in rows))
    return f"{prefix}@{hmac.new(key, blob.encode(), hashlib.sha256).hexdigest()[:16]}"


def _counts(rows: Sequence[Mapping[str, Any]], attrs: tuple[str, ...],
            domains: Mapping[str, Sequence[Any]]) -> dict[str, int]:  # fmt: skip
    """Counts over the full (public) domain of ``attrs``, zeros included."""
    index = {k: i for i, k in enumerate(itertools.product(*(domains[a] for a in attrs)))}
    vec = [0] * len(index)
    for r in rows:
        key = tuple(r.get(a) for a in attrs)
        if key in index:  # values outside the public domain are not released at all
            vec[index[key]] += 1
    return {repr(k): vec[i] for k, i in index.items()}


def synthesize(
    rows: Sequence[Mapping[str, Any]],
    domains: Mapping[str, Sequence[Any]],
    *,
    epsilon: float,
    ledger: Ledger,
    budget: Spend,
    dataset: str,
    tree: Sequence[tuple[str, str]] | None = None,
    scope: str = "partners",
    n: int | None = None,
    seed: int | None = None,
) -> SyntheticData:
    """Synthetic rows over ``domains`` with (``epsilon``)-DP, charged to ``scope``.

    Args:
        rows: one dict per victim with a value for each attribute of ``domains``.
        domains: public list of possible values per attribute; its first key is the root.
        dataset: names the data snapshot (e.g. "sdg-2025@2026-01-31"). Releases are cached
            per snapshot and question: asking again about the same snapshot returns the
            same noisy marginals at no cost; a new snapshot is a new release.
        tree: (parent, child) edges covering every other attribute; default: a chain in
            the order of ``domains``.
        n: rows to generate (default: the noisy total).
    """
    attrs = list(domains)
    edges = list(tree) if tree is not None else list(itertools.pairwise(attrs))
    children = {c for _, c in edges}
    roots = [a for a in attrs if a not in children]
    if len(roots) != 1 or len(edges) != len(attrs) - 1:
        raise ValueError("tree must be a spanning tree of the attributes with one root")
    measured: list[tuple[str, ...]] = [(roots[0],), *[(p, c) for p, c in edges]]
    eps_each = epsilon / len(measured)
    noisy: dict[tuple[str, ...], np.ndarray] = {}
    for m in measured:
        counts = _counts(rows, m, domains)
        key = query_key("synthetic", {"dataset": dataset, "marginal": m, "epsilon": eps_each,
                                      "domains": {a: list(map(str, domains[a])) for a in m}},
                        list(counts))  # fmt: skip
        rel = release_counts(counts, query=key, epsilon=eps_each, ledger=ledger,
                             budget=budget, scope=scope)  # fmt: skip
        shape = tuple(len(domains[a]) for a in m)
        noisy[m] = np.array([rel.counts[k] for k in counts], dtype=float).reshape(shape)

    rng = np.random.default_rng(seed)
    root = roots[0]
    root_p = noisy[(root,)]
    total = int(root_p.sum())
    size = n if n is not None else total
    if root_p.sum() <= 0:
        root_p = np.ones_like(root_p)
    cols: dict[str, np.ndarray] = {
        root: rng.choice(len(root_p), size=size, p=root_p / root_p.sum())
    }
    for parent, child in _order(edges, root):
        table = noisy[(parent, child)]
        child_marg = table.sum(axis=0)
        fallback = child_marg / child_marg.sum() if child_marg.sum() > 0 else None
        out = np.empty(size, dtype=int)
        for pv in np.unique(cols[parent]):
            idx = np.flatnonzero(cols[parent] == pv)
            row = table[pv]
            if row.sum() > 0:
                probs = row / row.sum()
            elif fallback is not None:
                probs = fallback
            else:
                probs = np.full(len(row), 1 / len(row))
            out[idx] = rng.choice(len(row), size=len(idx), p=probs)
        cols[child] = out
    synthetic = [{a: domains[a][int(cols[a][i])] for a in attrs} for i in range(size)]
    return SyntheticData(rows=synthetic, spend=Spend(epsilon), measured=measured, tree=edges)


def _order(edges: Sequence[tuple[str, str]], root: str) -> list[tuple[str, str]]:
    """Edges in an order where each parent is sampled before its child."""
    done, ordered, pending = {root}, [], list(edges)
    while pending:
        ready = [e for e in pending if e[0] in done]
        if not ready:
            raise ValueError("tree edges do not connect to the root")
        for e in ready:
            ordered.append(e)
            done.add(e[1])
            pending.remove(e)
    return ordered


def utility_report(true_rows: Sequence[Mapping[str, Any]], synthetic: Sequence[Mapping[str, Any]],
                   domains: Mapping[str, Sequence[Any]]) -> dict[str, float]:  # fmt: skip
    """Total variation distance of every one- and two-way marginal (0 = identical, 1 =
    disjoint), plus their means. Reads the true data: for the data owner only."""
    report: dict[str, float] = {}
    attrs = list(domains)
    for k in (1, 2):
        tvds = []
        for m in itertools.combinations(attrs, k):
            a = np.array(list(_counts(true_rows, m, domains).values()), dtype=float)
            b = np.array(list(_counts(synthetic, m, domains).values()), dtype=float)
            pa = a / a.sum() if a.sum() else a
            pb = b / b.sum() if b.sum() else b
            tvd = 0.5 * float(np.abs(pa - pb).sum())
            report["×".join(m)] = round(tvd, 4)
            tvds.append(tvd)
        report[f"mean_{k}way_tvd"] = round(float(np.mean(tvds)), 4) if tvds else 0.0
    return report
