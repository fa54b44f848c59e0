"""The documentation is checked against the code, so it cannot drift (STYLE.md item 7)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from rightsradar.errors import CODES
from rightsradar.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _gen_cli_docs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts/gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_cli_reference_matches_the_commands():
    expected = _gen_cli_docs().render()
    actual = (ROOT / "docs/cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is stale: run `python scripts/gen_cli_docs.py`"


def test_docs_every_command_has_a_description():
    text = (ROOT / "docs/cli.md").read_text(encoding="utf-8")
    sections = re.split(r"\n## ", text)[1:]
    assert len(sections) >= 15
    for section in sections:
        heading, _, body = section.partition("\n")
        assert body.strip(), f"{heading} has no description"


@pytest.mark.parametrize("code", sorted(CODES))
def test_docs_every_error_code_is_documented(code):
    table = (ROOT / "docs/errors.md").read_text(encoding="utf-8")
    assert f"| {code} | {CODES[code]} |" in table


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_docs_every_setting_is_in_the_readme(field):
    assert f"RIGHTSRADAR_{field.upper()}" in README


@pytest.mark.parametrize("needle", ["make demo", "make test", "docs/cli.md", "--no-serve"])
def test_docs_readme_shows_the_two_commands_and_the_reference(needle):
    assert needle in README
