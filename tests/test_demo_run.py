"""`rightsradar demo --no-serve`: the command a newcomer runs first."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from rightsradar.cli import get_app

pytestmark = pytest.mark.slow


def test_demo_run_prints_summary_and_scores_against_its_truth(tmp_path, monkeypatch):
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(get_app(), ["demo", "--no-serve"])
    assert result.exit_code == 0, result.output
    out = result.output
    for heading in (
        "Articles",
        "Incidents by status",
        "Incidents by most serious violation",
        "Incidents by country",
        "Alerts fired",
        "Extraction vs the demo's truth",
        "Incident clustering vs the demo's truth",
    ):
        assert heading in out
    assert (tmp_path / "var/demo/rightsradar-demo.db").exists()
    relevance = float(re.search(r"relevance_f1\s*│\s*([\d.]+)", out).group(1))
    bcubed_f1 = float(re.search(r"bcubed\s*│\s*[\d.]+\s*│\s*[\d.]+\s*│\s*([\d.]+)", out).group(1))
    # Floors well under today's figures (90.1 and 0.805): a regression, not noise, fails.
    assert relevance >= 80
    assert bcubed_f1 >= 0.70
    # Dates are also scored where the truth is empty (the article does not say when):
    # plain counts no date there as right, so it is at least the paper figure.
    year, year_plain = map(float, re.search(r"\byear\s*│\s*([\d.]+)\s*│\s*([\d.]+)", out).groups())
    assert year_plain >= year >= 50
