"""Linkage rows of articles read from a file: the one loader of ``rightsradar resolve``,
``resolve-train`` and the resolution benchmarks.

Articles come in any format ``ingest.readers`` reads; extractions come from a prediction
JSONL when given, and the extractor is run on the articles it lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ...domain import Article, Extraction
from .features import features


def article_rows(
    articles: Iterable[Article], extractions: Mapping[str, Extraction]
) -> list[dict[str, Any]]:
    """One linkage row per article, in the articles' order."""
    return [
        features(a.id, extractions.get(a.id), a.title, a.text, a.published, a.language)
        for a in articles
    ]


def read_articles(
    location: str | Path, fmt: str | None = None, on_skip: Callable[[str], None] | None = None
) -> list[Article]:
    """The readable articles at ``location``; ``on_skip`` hears of each unreadable one."""
    from ...ingest.readers import iter_records

    out = []
    for rec in iter_records(str(location), format=fmt):
        if rec.article is not None:
            out.append(rec.article)
        elif on_skip is not None:
            on_skip(str(rec.error))
    return out


def read_predictions(path: str | Path) -> dict[str, Extraction]:
    """``{article id: extraction}`` from a prediction JSONL."""
    from ...evaluate.records import read_jsonl

    out: dict[str, Extraction] = {}
    for _, obj in read_jsonl(Path(path)):
        ex = Extraction.from_prediction(obj)
        out[ex.id] = ex
    return out


def read_rows(
    location: str | Path,
    *,
    fmt: str | None = None,
    pred: str | Path | None = None,
    extractor: str | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Linkage rows of the articles at ``location`` (extracting what ``pred`` lacks)."""
    articles = read_articles(location, fmt, on_skip)
    extractions = read_predictions(pred) if pred is not None else {}
    missing = [a for a in articles if a.id not in extractions]
    if missing:
        from ... import registry

        for ex in registry.create_extractor(name=extractor).predict(missing):
            extractions[ex.id] = ex
    return article_rows(articles, extractions)
