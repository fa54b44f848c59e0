"""Public figures under differential privacy: noisy, cached per period, withheld when the
year's budget is spent, and no cell reveals a country merely by being listed."""

from __future__ import annotations

from datetime import date

from rightsradar.privacy.ledger import DbLedger
from rightsradar.privacy.publication import PublicDP, month_domain
from rightsradar.settings import Settings
from rightsradar.store import models as m
from rightsradar.web import services


def _incidents(store):
    with store.session() as s:
        for country in ["Colombia"] * 60 + ["Mexico"] * 30 + ["Peru"] * 2:
            s.add(
                m.Incident(
                    status="verified",
                    country=country,
                    most_serious="killing",
                    violation_types=["killing"],
                    victim_groups=["journalist"],
                    event_date=date(2025, 5, 1),
                )
            )


def test_public_dp_noisy_cached_and_budgeted(any_store, tmp_path):
    _incidents(any_store)
    dp = PublicDP(epsilon=0.5, budget=2.5, period="week", ledger=DbLedger(any_store))
    with any_store.session() as s:
        first = services.public_stats(s, 5, dp=dp)
        again = services.public_stats(s, 5, dp=dp)
    # Cached: the same figures, no second charge (5 breakdowns x 0.5 = the whole budget).
    assert first == again
    assert dp.ledger.spent(f"public-{date.today().year}").epsilon == 2.5
    colombia = {c.key: c for c in first.by_country}["Colombia"]
    assert colombia.count is not None and abs(colombia.count - 60) < 40
    # Suppression still applies after the noise: no published cell is below the minimum.
    shown = [c.count for c in first.by_country if c.count is not None]
    assert shown and min(shown) >= 5
    # A new question (another epsilon; a new period would do the same, but on a Monday a
    # new day is also this week) with the budget spent: withheld, not re-noised.
    later = PublicDP(epsilon=0.4, budget=2.5, period="week", ledger=dp.ledger)
    with any_store.session() as s:
        withheld = services.public_stats(s, 5, dp=later)
    assert withheld.by_country[0].display == "withheld"


def test_public_dp_off_by_default(any_store, tmp_path):
    assert services.public_dp(Settings(data_dir=tmp_path), any_store) is None
    on = services.public_dp(Settings(data_dir=tmp_path, public_dp_epsilon=0.3), any_store)
    assert on is not None and on.epsilon == 0.3
    assert isinstance(on.ledger, DbLedger)  # one budget for every worker and host
    _incidents(any_store)
    with any_store.session() as s:
        exact = services.public_stats(s, 5)
    assert {c.key: c.count for c in exact.by_country}["Colombia"] == 60


def test_public_dp_month_domain_is_fixed_by_the_date_only():
    months = month_domain(date(2025, 3, 15), months=4)
    assert months == ["2024-12", "2025-01", "2025-02", "2025-03"]


def test_public_dp_total_noised_to_zero_still_shows_one_cell(any_store, tmp_path):
    class Zeros:  # a release whose noise took every count to zero (clamped)
        def release(self, name, counts, domain, **kw):
            return dict.fromkeys(domain, 0)

    with any_store.session() as s:
        stats = services.public_stats(s, 5, dp=Zeros())
    assert stats.total.key == "total" and stats.total.display == "<5"
    assert stats.by_country == []


def test_public_dp_app_start_carries_an_old_ledger_file_into_the_database(any_store,
                                                                          tmp_path):  # fmt: skip
    """Budget spent under the old file ledger stays spent once the app uses the database."""
    from rightsradar.privacy.dp import NoisyRelease, Spend
    from rightsradar.privacy.ledger import FileLedger
    from rightsradar.web.app import create_app

    FileLedger(tmp_path / "privacy-ledger.jsonl").charge(
        "public-2025", NoisyRelease("q", {"a": 1}, Spend(0.7), "laplace", 1.4), Spend(10.0)
    )
    create_app(Settings(data_dir=tmp_path, public_dp_epsilon=0.3), any_store)
    assert DbLedger(any_store).spent("public-2025").epsilon == 0.7
