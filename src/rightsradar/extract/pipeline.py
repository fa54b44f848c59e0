"""The rule-based extraction pipeline (registry name ``extract.pipeline.rules.v1``)."""

from __future__ import annotations

from typing import Any

from ..domain import Article, Extraction
from .base import Component, Doc, Draft, guess_language
from .layout import read_as_typed
from .perpetrators import PerpetratorFinder
from .placetime import DateFinder, PlaceFinder
from .relevance import RelevanceScorer
from .victims import VictimFinder
from .violations import ViolationTagger

MODEL_NAME = "extract.pipeline.rules.v1"

# Default settings of each component, kept as data (overridable by keyword).
DEFAULTS: dict[str, dict[str, Any]] = {
    "violations": {
        # Arrest words are frequent background ("was arrested in 2015"): ask for more.
        "thresholds": {"arbitrary detention": 0.9, "torture": 0.7, "kidnapping": 0.7},
        "default": 0.75,
    },
    "relevance": {"threshold": 0.5},
    "victims": {"threshold": 1.5, "max_groups": 2},
}


def prepare(article: Article) -> Doc:
    """The Doc the components read: the full text as ``layout.read_as_typed`` gives it
    (plain spaces, hard-wrapped lines joined, a title in capitals in the body's case; same
    length, so offsets hold), language (given or guessed), title end (the title's, or
    without one the headline's the text opens with)."""
    text, title_end = read_as_typed(article.full_text, len(article.title))
    language = article.language or guess_language(text)
    return Doc(text=text, language=language, published=article.published, title_end=title_end)


class RulePipeline:
    """Lexicon and rule components run in order over each article.

    Args:
        **config: per-component settings, e.g. ``violations={"threshold": 0.8}``.
    """

    name = MODEL_NAME

    def __init__(self, **config: dict[str, Any]) -> None:
        settings = {k: {**v, **config.get(k, {})} for k, v in DEFAULTS.items()}
        self.components: list[tuple[str, Component]] = [
            ("violations", ViolationTagger(**settings["violations"])),
            ("relevance", RelevanceScorer(**settings["relevance"])),
            ("victims", VictimFinder(**settings["victims"])),
            ("perpetrators", PerpetratorFinder()),
            ("place", PlaceFinder()),
            ("date", DateFinder()),
        ]

    def predict(self, articles: list[Article]) -> list[Extraction]:
        """One Extraction per article, in the same order."""
        return [self.predict_one(a) for a in articles]

    def predict_one(self, article: Article) -> Extraction:
        doc = prepare(article)
        draft = Draft()
        for _, component in self.components:
            component(doc, draft)
        return Extraction(
            id=article.id,
            victims=draft.victims,
            evidence=draft.evidence,
            confidence=draft.confidence,
            model=self.name,
            **draft.fields,
        )
