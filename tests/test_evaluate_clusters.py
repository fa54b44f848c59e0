"""Clustering scores on hand-computed cases."""

from __future__ import annotations

import pytest

from rightsradar.evaluate.clusters import bcubed, pairwise

GOLD = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"}


@pytest.mark.parametrize(
    ("pred", "p", "r"),
    [
        (GOLD, 1.0, 1.0),
        ({k: "x" for k in GOLD}, (2 * 2 / 5 + 3 * 3 / 5) / 5, 1.0),
        ({}, 1.0, (2 * 0.5 + 3 * (1 / 3)) / 5),  # missing items are singletons
    ],
)
def test_clusters_bcubed_known_values(pred, p, r):
    out = bcubed(GOLD, pred)
    assert out["precision"] == pytest.approx(p)
    assert out["recall"] == pytest.approx(r)


@pytest.mark.parametrize(
    ("pred", "p", "r"),
    [
        (GOLD, 1.0, 1.0),
        ({k: "x" for k in GOLD}, 4 / 10, 1.0),  # 10 predicted pairs, 1 + 3 gold pairs
        ({"a": "1", "b": "1"}, 1.0, 1 / 4),
    ],
)
def test_clusters_pairwise_known_values(pred, p, r):
    out = pairwise(GOLD, pred)
    assert out["precision"] == pytest.approx(p)
    assert out["recall"] == pytest.approx(r)
    assert out["f1"] == pytest.approx(2 * p * r / (p + r))
