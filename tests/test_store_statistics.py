"""The incident list's JSON-text filters are planned on PostgreSQL with real estimates.

Without statistics on ``CAST(violation_types AS VARCHAR)`` PostgreSQL guesses that a
filter like "torture" matches a handful of rows when it matches a quarter of them, and on
1M incidents it then sorts a parallel sequential scan (half a second a page) instead of
walking the date index. Migration 0006 adds the statistics; this checks the estimate.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from rightsradar.store import models as m
from rightsradar.store.queries import _json_list_has


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("column", "value"), [("violation_types", "torture"), ("victim_groups", "journalist")]
)
def test_the_planner_knows_how_many_incidents_a_json_filter_matches(any_store, column, value):
    if any_store.dialect != "postgresql":
        pytest.skip("extended statistics are a PostgreSQL matter")
    n, share = 4000, 4  # one incident in four matches
    with any_store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO incidents (status, title, violation_types, victim_groups, n_victims, "
                "claims, n_sources, created_at, updated_at) "
                "SELECT 'detected', '', CAST(:hit AS json), CAST(:hit AS json), 1, '{}', 1, "
                "now(), now() FROM generate_series(1, :k)"
            ),
            {"hit": json.dumps([value]), "k": n // share},
        )
        conn.execute(
            text(
                "INSERT INTO incidents (status, title, violation_types, victim_groups, n_victims, "
                "claims, n_sources, created_at, updated_at) "
                "SELECT 'detected', '', CAST(:miss AS json), CAST(:miss AS json), 1, '{}', 1, "
                "now(), now() FROM generate_series(1, :k)"
            ),
            {"miss": json.dumps(["other"]), "k": n - n // share},
        )
        conn.execute(text("ANALYZE incidents"))
        stmt = select(m.Incident.id).where(_json_list_has(getattr(m.Incident, column), value))
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = conn.execute(text("EXPLAIN (FORMAT JSON) " + sql)).scalar_one()
    estimated = plan[0]["Plan"]["Plan Rows"]
    # The default guess for LIKE '%…%' is 0.5 % of rows (20 here); the truth is 1,000.
    assert 500 <= estimated <= 2000, estimated
