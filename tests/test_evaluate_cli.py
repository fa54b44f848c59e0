"""`rightsradar evaluate` and `evaluate-clusters` on tiny files."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from rightsradar.cli import get_app


def test_evaluate_cli_json(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "1", "country": "Nigeria", "year": 2021})
        + "\n"
        + json.dumps({"id": "2", "country": "Peru"})
        + "\n"
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "1", "country": "Nigeria", "year": 2020}) + "\n")
    result = CliRunner().invoke(
        get_app(), ["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["missing"] == 1
    assert report["places"]["country"]["paper"]["accuracy"] == 0.5
    assert report["dates"]["year"]["plain"]["accuracy"] == 0.5


def test_evaluate_cli_table_and_bad_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "1"}) + "\n")
    bad = tmp_path / "pred.jsonl"
    bad.write_text("{oops\n")
    result = CliRunner().invoke(get_app(), ["evaluate", "--gold", str(gold), "--pred", str(bad)])
    assert result.exit_code == 2
    assert "E201" in result.output and "pred.jsonl:1" in result.output


def test_evaluate_cli_clusters_json(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps({"id": i, "incident_id": c}) for i, c in [("a", "1"), ("b", "1"), ("c", "2")]
        )
    )
    result = CliRunner().invoke(
        get_app(), ["evaluate-clusters", "--gold", str(gold), "--pred", str(gold), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["bcubed"]["f1"] == 1.0


def test_evaluate_cli_says_how_many_scored_articles_were_not_read(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(json.dumps({"id": i, "relevant": True, "country": "Italy"}) + "\n" for i in "12")
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        json.dumps({"id": "1", "relevant": True, "country": "Italy", "language": "en"})
        + "\n"
        + json.dumps({"id": "2", "language": "it", "language_read": False})
        + "\n"
        + json.dumps({"id": "3", "language": "de", "language_read": False})  # not in gold
        + "\n"
    )
    result = CliRunner().invoke(get_app(), ["evaluate", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "1 scored articles were not read" in " ".join(result.output.split())
