"""extract_pending on a store, and the `rightsradar extract` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightsradar.cli import get_app
from rightsradar.domain import Article, Extraction
from rightsradar.extract import pipeline as pipeline_mod
from rightsradar.extract.service import extract_pending
from rightsradar.settings import Settings
from rightsradar.store import Store
from rightsradar.store import articles as article_repo
from rightsradar.store import models as m

TEXTS = [
    "Gunmen shot dead the journalist Tomas Verlan outside his office on Monday.",
    "The football club's attack scored three goals in the league match.",
    "Police arrested the activist Mira Osente at a protest in the capital.",
]


def _add(store: Store, texts: list[str]) -> None:
    with store.session() as s:
        src = article_repo.get_or_create_source(s, "test")
        for i, text in enumerate(texts):
            article_repo.add_article(
                s, Article(id=f"a{i}", title=f"Report {i}", text=text), source=src
            )


def test_service_extract_pending_marks_articles_extracted(
    any_store: Store, settings: Settings
) -> None:
    _add(any_store, TEXTS)
    report = extract_pending(any_store, settings, batch_size=2)
    assert (report.n_articles, report.n_failed) == (3, 0)
    assert report.n_relevant == 2
    with any_store.session() as s:
        rows = s.query(m.Article).order_by(m.Article.id).all()
        assert [r.status for r in rows] == ["extracted"] * 3
        assert all(r.extraction is not None for r in rows)
    assert extract_pending(any_store, settings).n_articles == 0


def test_service_extract_pending_failing_article_marked_failed(
    any_store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(any_store, TEXTS)
    real = pipeline_mod.RulePipeline.predict_one

    def flaky(self: pipeline_mod.RulePipeline, article: Article) -> Extraction:
        if "football" in article.text:
            raise ValueError(f"cannot read {article.text}")
        return real(self, article)

    monkeypatch.setattr(pipeline_mod.RulePipeline, "predict_one", flaky)
    report = extract_pending(any_store, settings)
    assert (report.n_articles, report.n_failed) == (3, 1)
    with any_store.session() as s:
        rows = s.query(m.Article).order_by(m.Article.id).all()
        assert [r.status for r in rows] == ["extracted", "failed", "extracted"]
        assert "football" not in (rows[1].error or "")  # no article text in the error


def test_cli_extract_writes_one_line_per_input_in_order(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"x{i}", "text": t}) for i, t in enumerate(TEXTS)]
    lines.insert(1, "{not json")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(get_app(), ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["x0", "x1", "x2"]
    assert preds[0]["relevant"] and "killing" in preds[0]["violation_types"]
    assert "in.jsonl:2" in result.output
