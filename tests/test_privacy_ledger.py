"""The privacy-budget ledger in the database: one budget and one cache for every host
(two Store objects on one database stand for two hosts), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rightsradar.privacy.dp import BudgetExceeded, NoisyRelease, Spend, release_counts
from rightsradar.privacy.ledger import DbLedger, FileLedger, import_file_ledger, query_hash
from rightsradar.store import Store, open_store
from rightsradar.store import models as m

COUNTS = {"Peru": 40, "Ghana": 25, "Nepal": 3}


def _release(query: str, eps: float, counts: dict[str, int] | None = None) -> NoisyRelease:
    return NoisyRelease(query, counts or {"x": 10}, Spend(eps), "laplace", 1 / eps)


@pytest.fixture
def hosts(any_store: Store) -> Iterator[tuple[DbLedger, DbLedger]]:
    """Two ledgers on one database through two engines, as two hosts would have."""
    other = open_store(any_store.url)
    yield DbLedger(any_store), DbLedger(other)
    other.dispose()


def test_privacy_ledger_budget_is_shared_by_two_hosts(hosts):
    a, b = hosts
    release_counts(COUNTS, query="q1", epsilon=0.6, ledger=a, budget=Spend(1.0))
    assert b.spent("public").epsilon == pytest.approx(0.6)
    release_counts(COUNTS, query="q2", epsilon=0.4, ledger=b, budget=Spend(1.0))
    with pytest.raises(BudgetExceeded) as err:
        release_counts(COUNTS, query="q3", epsilon=0.1, ledger=a, budget=Spend(1.0))
    assert err.value.code == "E601"
    # A refused release records nothing; other scopes have their own budget.
    assert a.spent("public").epsilon == pytest.approx(1.0)
    assert a.cached("public", "q3") is None
    assert b.spent("partners") == Spend(0.0, 0.0)
    release_counts(COUNTS, query="q3", epsilon=0.1, ledger=b, budget=Spend(1.0),
                   scope="partners")  # fmt: skip


def test_privacy_ledger_same_query_on_two_hosts_is_released_once(hosts):
    a, b = hosts
    first = release_counts(COUNTS, query="q1", epsilon=0.5, ledger=a, budget=Spend(1.0))
    again = release_counts(COUNTS, query="q1", epsilon=0.5, ledger=b, budget=Spend(1.0))
    assert again.cached and again.counts == first.counts and again.spend == Spend(0.0, 0.0)
    assert b.spent("public").epsilon == pytest.approx(0.5)
    with a.store.session() as s:
        row = s.scalars(select(m.PrivacyRelease)).one()
        assert (row.query, row.query_hash) == ("q1", query_hash("q1"))
        assert len(row.query_hash) == 64 and row.counts == first.counts


def test_privacy_ledger_charge_raced_by_another_host_returns_the_first_answer_free(hosts):
    """Both hosts missed the cache and drew their own noise; the constraint, not a read,
    decides: the second gets the first answer, charged nothing, even with no budget left."""
    a, b = hosts
    assert a.charge("public", _release("q1", 0.5, {"x": 11}), Spend(1.0)).counts == {"x": 11}
    b.charge("public", _release("q2", 0.5), Spend(1.0))
    second = b.charge("public", _release("q1", 0.5, {"x": 97}), Spend(1.0))
    assert second.cached and second.counts == {"x": 11} and second.spend == Spend(0.0, 0.0)
    assert a.spent("public").epsilon == pytest.approx(1.0)
    with a.store.session() as s:
        assert s.scalar(select(func.count()).select_from(m.PrivacyRelease)) == 2


def test_privacy_ledger_delta_is_budgeted_too(hosts):
    a, b = hosts
    gauss = NoisyRelease("g1", {"x": 1}, Spend(0.1, 1e-6), "gaussian", 3.0)
    a.charge("public", gauss, Spend(5.0, 1.5e-6))
    with pytest.raises(BudgetExceeded):
        b.charge("public", NoisyRelease("g2", {"x": 1}, Spend(0.1, 1e-6), "gaussian", 3.0),
                 Spend(5.0, 1.5e-6))  # fmt: skip
    assert b.spent("public") == Spend(pytest.approx(0.1), pytest.approx(1e-6))


def test_privacy_ledger_concurrent_hosts_never_exceed_the_budget(any_store):
    """Eight hosts charge eight different queries at once; only three fit the budget."""
    n, cost, budget = 8, 0.3, Spend(1.0)
    stores = [open_store(any_store.url) for _ in range(n)]
    start = threading.Barrier(n)
    outcome: dict[int, str] = {}

    def host(i: int) -> None:
        ledger = DbLedger(stores[i])
        start.wait()
        try:
            ledger.charge("public", _release(f"q{i}", cost), budget)
            outcome[i] = "released"
        except BudgetExceeded:
            outcome[i] = "refused"
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            outcome[i] = repr(exc)

    threads = [threading.Thread(target=host, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for st in stores:
        st.dispose()
    assert sorted(outcome.values()) == ["refused"] * 5 + ["released"] * 3, outcome
    assert DbLedger(any_store).spent("public").epsilon == pytest.approx(0.9)


def test_privacy_ledger_file_ledger_sees_what_another_process_appended(tmp_path: Path):
    """FileLedger reads only what was appended since it last looked; it must never serve a
    stale budget, nor half a line another writer has not finished."""
    path = tmp_path / "ledger.jsonl"
    a, b = FileLedger(path), FileLedger(path)
    assert a.spent("public") == Spend(0, 0)
    a.charge("public", _release("q1", 0.6, {"x": 5}), Spend(1.0))
    assert b.cached("public", "q1").counts == {"x": 5}
    b.charge("public", _release("q2", 0.4), Spend(1.0))
    assert a.spent("public").epsilon == pytest.approx(1.0)
    with pytest.raises(BudgetExceeded):
        a.charge("public", _release("q3", 0.1), Spend(1.0))
    assert a.charge("public", _release("q2", 0.4, {"x": 0}), Spend(1.0)).cached
    with path.open("a") as fh:  # a writer caught mid-line
        fh.write('{"counts": {}, "delta": 0.0, "epsilon": 0.5, "mechanism": "laplace"')
    assert a.spent("public").epsilon == pytest.approx(1.0)
    with path.open("a") as fh:
        fh.write(', "query": "q9", "scale": 2.0, "scope": "public"}\n')
    assert a.spent("public").epsilon == pytest.approx(1.5)
    path.unlink()  # a new budget period: the file was archived
    assert a.spent("public") == Spend(0, 0) and a.cached("public", "q1") is None


def test_privacy_ledger_import_keeps_the_budget_a_file_ledger_spent(any_store, tmp_path):
    """Moving to the database must not hand out a fresh budget or re-release a figure."""
    path = tmp_path / "privacy-ledger.jsonl"
    old = FileLedger(path)
    old.charge("public-2026", _release("q1", 0.7, {"x": 3}), Spend(1.0))
    old.charge("partners", _release("s1", 0.2), Spend(1.0))
    db = DbLedger(any_store)
    db.charge("public-2026", _release("q0", 0.1), Spend(1.0))
    assert import_file_ledger(any_store, path) == 2
    assert import_file_ledger(any_store, path) == 0  # once only
    assert db.spent("public-2026").epsilon == pytest.approx(0.8)
    again = release_counts({"x": 3}, query="q1", epsilon=0.7, ledger=db, budget=Spend(1.0),
                           scope="public-2026")  # fmt: skip
    assert again.cached and again.counts == {"x": 3}
    with pytest.raises(BudgetExceeded):
        db.charge("public-2026", _release("q2", 0.3), Spend(1.0))
    assert import_file_ledger(any_store, tmp_path / "none.jsonl") == 0


def test_installation_ledger_moves_an_old_file_into_the_database(sqlite_store, tmp_path):
    """An installation that spent budget in the old file keeps it spent after the move."""
    from rightsradar.privacy.ledger import installation_ledger

    old = FileLedger(tmp_path / "privacy-ledger.jsonl")
    old.charge("public", NoisyRelease("q1", {"a": 3}, Spend(0.4, 0.0), "laplace", 2.5),
               Spend(1.0))  # fmt: skip
    ledger = installation_ledger(sqlite_store, tmp_path)
    assert ledger.spent("public").epsilon == pytest.approx(0.4)
    assert ledger.cached("public", "q1").counts == {"a": 3}
    assert not (tmp_path / "privacy-ledger.jsonl").exists()
    assert (tmp_path / "privacy-ledger.jsonl.imported").exists()
    # A second process finds nothing to import and the same budget.
    assert installation_ledger(sqlite_store, tmp_path).spent("public").epsilon == pytest.approx(0.4)
