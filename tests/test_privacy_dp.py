"""Differentially private releases: calibrated noise, a budget that refuses, no averaging."""

from __future__ import annotations

import statistics

import pytest

from rightsradar.privacy.dp import (
    BudgetExceeded,
    MemoryLedger,
    Spend,
    calibrate,
    query_key,
    release_counts,
)

COUNTS = {"Colombia": 40, "Mexico": 12, "Honduras": 3}


def test_dp_laplace_scale_is_sensitivity_over_epsilon():
    assert calibrate("laplace", 1.0, 0.0, 1) == pytest.approx(1.0, rel=1e-3)
    assert calibrate("laplace", 0.5, 0.0, 2) == pytest.approx(4.0, rel=1e-3)


def test_dp_gaussian_scale_grows_as_delta_shrinks():
    loose = calibrate("gaussian", 1.0, 1e-3, 1)
    tight = calibrate("gaussian", 1.0, 1e-9, 1)
    assert 0 < loose < tight


def test_dp_release_is_noisy_non_negative_and_charged():
    ledger = MemoryLedger()
    rel = release_counts(COUNTS, query="q1", epsilon=0.5, ledger=ledger, budget=Spend(1.0))
    assert set(rel.counts) == set(COUNTS)
    assert all(isinstance(v, int) and v >= 0 for v in rel.counts.values())
    assert ledger.spent("public").epsilon == pytest.approx(0.5)


def test_dp_same_query_returns_the_same_answer_for_free():
    ledger = MemoryLedger()
    first = release_counts(COUNTS, query="q1", epsilon=0.5, ledger=ledger, budget=Spend(1.0))
    again = release_counts(COUNTS, query="q1", epsilon=0.5, ledger=ledger, budget=Spend(1.0))
    assert again.counts == first.counts and again.cached
    assert ledger.spent("public").epsilon == pytest.approx(0.5)


def test_dp_budget_refuses_the_release_that_would_overspend():
    ledger = MemoryLedger()
    for i in range(4):
        release_counts(COUNTS, query=f"q{i}", epsilon=0.25, ledger=ledger, budget=Spend(1.0))
    with pytest.raises(BudgetExceeded) as err:
        release_counts(COUNTS, query="q5", epsilon=0.25, ledger=ledger, budget=Spend(1.0))
    assert err.value.code == "E601"
    # The refused release was not recorded and other scopes are untouched.
    assert ledger.spent("public").epsilon == pytest.approx(1.0)
    release_counts(COUNTS, query="q5", epsilon=0.25, ledger=ledger, budget=Spend(1.0),
                   scope="partners")  # fmt: skip


def test_dp_noise_is_unbiased_with_the_calibrated_spread():
    ledger = MemoryLedger()
    values = [
        release_counts(
            {"x": 1000}, query=f"q{i}", epsilon=1.0, ledger=ledger, budget=Spend(10_000.0)
        ).counts["x"]  # fmt: skip
        for i in range(2000)
    ]
    # Discrete Laplace with scale 1: mean 0, variance about 2 (sd about 1.4).
    assert statistics.mean(values) == pytest.approx(1000, abs=0.2)
    assert 1.1 < statistics.stdev(values) < 1.7
    assert len(set(values)) > 5


def test_dp_query_key_is_stable_and_specific():
    a = query_key("sdg", {"year": 2025}, ["b", "a"])
    assert a == query_key("sdg", {"year": 2025}, ["a", "b"])
    assert a != query_key("sdg", {"year": 2024}, ["a", "b"])


def test_dp_concurrent_miss_publishes_one_answer(tmp_path):
    """Two workers that both missed the cache: the second is handed the first's answer
    and charged nothing (checked under the ledger's lock)."""
    from rightsradar.privacy.dp import NoisyRelease
    from rightsradar.privacy.ledger import FileLedger

    for ledger in (MemoryLedger(), FileLedger(tmp_path / "l.jsonl")):
        a = NoisyRelease("q", {"x": 10}, Spend(0.5), "laplace", 2.0)
        b = NoisyRelease("q", {"x": 13}, Spend(0.5), "laplace", 2.0)
        assert ledger.charge("public", a, Spend(1.0)).counts == {"x": 10}
        second = ledger.charge("public", b, Spend(1.0))
        assert second.counts == {"x": 10} and second.cached
        assert ledger.spent("public").epsilon == pytest.approx(0.5)
