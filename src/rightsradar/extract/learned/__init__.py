"""Learned extraction parts, trained by `rightsradar train` and loaded without pickle.

A *part* is a module listed in ``PARTS`` with two functions:

- ``train(examples: list[Example]) -> Part`` learns from labelled articles;
- ``load(directory: Path) -> Part`` reads what ``Part.save(directory)`` wrote.

A ``Part`` has ``name``, ``save(directory)``, ``metrics() -> dict`` (its own figures on the
data it was trained on or cross-validated, for the model card) and
``components() -> dict[str, Component]``: for each pipeline slot (``violations``,
``relevance``, ``victims``, ``perpetrators``, ``place``, ``date``) a component that runs
right after the rule component of that slot and may refine or overwrite its fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain import Article
from ...evaluate.records import GoldRecord

# name -> module of the part. Imported lazily by the pipeline and by `rightsradar train`.
PARTS: dict[str, str] = {
    "heads": "rightsradar.extract.learned.heads",
    "victims": "rightsradar.extract.learned.victims",
    "placetime": "rightsradar.extract.learned.placetime",
}


@dataclass(frozen=True)
class Example:
    """One labelled article: the article and its normalised gold labels."""

    article: Article
    gold: GoldRecord


def load_examples(path: str) -> list[Example]:
    """Labelled articles from a HRDsAttack JSON file, or from a JSONL file whose lines hold
    both the article (Article JSONL fields) and its labels (annotation JSONL fields)."""
    from ...evaluate.extraction import load_gold
    from ...ingest.readers import iter_records

    golds = {g.id: g for g in load_gold(path)}
    articles: dict[str, Article] = {}
    fmt = "hrdsattack" if path.endswith(".json") else "jsonl"
    for rec in iter_records(path, format=fmt):
        if rec.article is not None:
            articles[rec.article.id] = rec.article
        elif rec.error is not None:
            raise rec.error
    return [Example(articles[i], g) for i, g in golds.items() if i in articles]
