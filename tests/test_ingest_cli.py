"""`rightsradar ingest` end to end through Typer's test runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightsradar.cli import get_app

DATA = Path(__file__).parent / "data" / "ingest"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("RIGHTSRADAR_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("RIGHTSRADAR_DATABASE_URL", raising=False)
    return CliRunner()


def test_cli_ingest_reports_counts_and_errors_with_file_and_line(runner: CliRunner) -> None:
    result = runner.invoke(get_app(), ["ingest", str(DATA / "malformed.jsonl")])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())  # rich wraps long lines
    assert "2 new, 0 duplicates, 4 errors" in out
    assert "malformed.jsonl:3" in out and "E102" in out


def test_cli_ingest_twice_skips_unchanged_file(runner: CliRunner) -> None:
    args = ["ingest", str(DATA / "articles.jsonl"), str(DATA / "feed.rss")]
    assert runner.invoke(get_app(), args).exit_code == 0
    again = runner.invoke(get_app(), args)
    assert again.exit_code == 0
    out = " ".join(again.output.split())
    assert "0 new" in out and "already ingested and unchanged" in out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["does-not-exist.jsonl"], "E103"),
        (["http://127.0.0.1:9/feed"], "E105"),
        (["--format", "yaml", str(DATA / "articles.jsonl")], "E104"),
    ],
)
def test_cli_ingest_unreadable_location_exits_2(
    runner: CliRunner, args: list[str], code: str
) -> None:
    result = runner.invoke(get_app(), ["ingest", *args])
    assert result.exit_code == 2
    assert code in result.output


def test_cli_ingest_format_and_source_options(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text("body,headline\nA fictional trade unionist was fired.,Fired\n")
    result = runner.invoke(
        get_app(), ["ingest", "--format", "csv", "--source", "Partner", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
