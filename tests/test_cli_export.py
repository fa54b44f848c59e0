"""`rightsradar export incidents|synthetic`: files without names, DP rows charged to the
partners' budget, every run audited."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from rightsradar.cli import get_app
from rightsradar.privacy.ledger import DbLedger
from rightsradar.privacy.pseudonym import pseudonym
from rightsradar.settings import Settings
from rightsradar.store import models as m
from rightsradar.store.base import open_configured_store
from rightsradar.web.exports import pseudonym_key
from test_exports_privacy import _assert_no_trace, seed_quispe

SMALL = ["--country", "Peru", "--country", "Colombia", "--years", "2024-2025"]


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    store = open_configured_store(Settings(), upgrade=True)
    ids = seed_quispe(store)
    yield store, ids
    store.dispose()


def _invoke(*args: str):
    return CliRunner().invoke(get_app(), list(args))


def _actions(store) -> list[m.AuditRecord]:
    with store.session() as s:
        recs = list(s.scalars(select(m.AuditRecord).where(m.AuditRecord.action.like("export.%"))
                              .order_by(m.AuditRecord.id)))  # fmt: skip
        s.expunge_all()
        return recs


def test_cli_export_incidents_writes_pseudonyms_and_no_names(env, tmp_path):
    store, ids = env
    out = tmp_path / "incidents.hxl.csv"
    result = _invoke("export", "incidents", "-o", str(out), "--format", "hxl")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    _assert_no_trace(text + result.output)
    header, tags, *rows = list(csv.reader(io.StringIO(text)))
    assert tags[header.index("victim_pseudonyms")] == "#affected+code"
    row = next(dict(zip(header, r, strict=True)) for r in rows if int(r[0]) == ids["incident"])
    token = pseudonym(pseudonym_key(Settings()), f"person:{ids['person']}")
    assert row["victim_pseudonyms"] == token and f"[{token}]" in row["title"]
    (rec,) = _actions(store)
    assert rec.action == "export.incidents" and rec.after["rows"] == 2
    assert str(out) not in json.dumps(rec.after)


def test_cli_export_incidents_filters_and_geojson(env, tmp_path):
    store, ids = env
    out = tmp_path / "x.geojson"
    assert _invoke("export", "incidents", "-o", str(out), "--format", "geojson",
                   "--status", "verified").exit_code == 0  # fmt: skip
    body = json.loads(out.read_text(encoding="utf-8"))
    assert [f["id"] for f in body["features"]] == [ids["incident"]]
    assert _invoke("export", "incidents", "-o", str(out), "--year", "2024").exit_code == 0
    assert out.read_text(encoding="utf-8").count("\n") == 1  # the header only
    bad = _invoke("export", "incidents", "-o", str(out), "--status", "confirmed")
    assert bad.exit_code == 2 and "--status" in bad.output


def _add_verified(store, n: int) -> None:
    with store.session() as s:
        s.add_all(m.Incident(title="x", status="verified", country="Colombia",
                             most_serious="killing", violation_types=["killing"],
                             event_date=date(2024, 6, 1)) for _ in range(n))  # fmt: skip


def test_cli_export_synthetic_writes_rows_report_and_charges_the_ledger(env, tmp_path):
    store, _ = env
    _add_verified(store, 30)
    out, rep = tmp_path / "syn.csv", tmp_path / "report.json"
    args = ["export", "synthetic", "-o", str(out), "--epsilon", "1.0", "--rows", "200",
            "--report", str(rep), "--seed", "1", *SMALL]  # fmt: skip
    result = _invoke(*args)
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert header == ["country", "year", "most_serious", "perpetrator_type", "victim_group",
                      "sex"]  # fmt: skip
    assert len(rows) == 200
    assert {r[0] for r in rows} <= {"Peru", "Colombia", "unknown"}
    report = json.loads(rep.read_text(encoding="utf-8"))
    assert report["charged_epsilon"] == pytest.approx(1.0)
    assert 0 <= report["utility"]["mean_1way_tvd"] <= 1
    assert "country×most_serious" in report["utility"]
    assert "two-way mean" in result.output
    ledger = DbLedger(store)  # in the database: every host shares the budget
    assert ledger.spent("partners").epsilon == pytest.approx(1.0)

    # The same data again: the same noisy marginals, nothing charged.
    again = _invoke(*args)
    assert again.exit_code == 0, again.output
    assert json.loads(rep.read_text(encoding="utf-8"))["charged_epsilon"] == 0
    assert ledger.spent("partners").epsilon == pytest.approx(1.0)

    # New data past the budget: refused before anything is charged or written.
    _add_verified(store, 5)
    out.unlink()
    refused = _invoke("export", "synthetic", "-o", str(out), "--epsilon", "1.5", *SMALL)
    assert refused.exit_code == 2
    assert "E601" in refused.output and "partners" in refused.output
    assert ledger.spent("partners").epsilon == pytest.approx(1.0)
    assert not out.exists()
    recs = _actions(store)
    assert [r.action for r in recs] == ["export.synthetic", "export.synthetic"]
    assert recs[0].after["charged_epsilon"] == pytest.approx(1.0)


def test_cli_export_synthetic_rejects_bad_options(env, tmp_path):
    out = str(tmp_path / "s.csv")
    assert _invoke("export", "synthetic", "-o", out, "--epsilon", "1",
                   "--years", "2025-2020").exit_code == 2  # fmt: skip
    bad_eps = _invoke("export", "synthetic", "-o", out, "--epsilon", "0", *SMALL)
    assert bad_eps.exit_code == 2 and "E602" in bad_eps.output


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_cli_export_incidents_redacts_a_lawyer_and_a_relative(tmp_path, monkeypatch, language):
    from test_exports_privacy import assert_no_bystander, seed_bystanders

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    store = open_configured_store(Settings(), upgrade=True)
    try:
        iid, _ = seed_bystanders(store, language)
        out = tmp_path / "incidents.csv"
        result = _invoke("export", "incidents", "-o", str(out))
        assert result.exit_code == 0, result.output
        header, *rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
        row = next(dict(zip(header, r, strict=True)) for r in rows if int(r[0]) == iid)
        assert_no_bystander(row["title"], language)
        assert f"[{row['victim_pseudonyms']}]" in row["title"]
    finally:
        store.dispose()
