"""The rule-based extraction pipeline (registry name ``extract.pipeline.rules.v1``)."""

from __future__ import annotations

from typing import Any

from ..domain import Article, Extraction
from ..ingest.language import rank_languages
from .base import READ_LANGUAGES, Component, Doc, Draft, function_words
from .layout import outlet_keys, read_as_typed
from .perpetrators import PerpetratorFinder
from .placetime import DateFinder, PlaceFinder
from .relevance import RelevanceScorer
from .victims import VictimFinder
from .violations import ViolationTagger, disappeared_or_kidnapped

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


# Varieties the language identifier tells apart from a read language but whose news the
# rules of that language read (and which it gives now and then to a short text of it:
# Nigerian Pidgin to an English headline).
_READ_AS = {"pcm": "en", "gl": "pt", "an": "es", "ext": "es"}
# How unlikely the read languages together must be for an article to go unread: a missed
# attack costs more than an unrelated article read with the wrong lexicons.
_UNREAD_BELOW = 0.01
# A text of at least this many words, this share of them function words of one read
# language, is in that language without asking the identifier (which costs 0.3-0.7 ms an
# article and 0.5 s and 125 MB to load). 97% of the 1,477 annotated read-language
# articles pass, and 90% of the speed benchmark's feed. In the 24 reports in 12 other
# languages of benchmarks/unread_languages.py the share is at most 0.043, but for
# Catalan (0.08 and 0.17: Spanish's "la", "que", "del"), which the Spanish rules then read.
_SURELY_READ = (100, 0.08)
# The identifier reads this much of a text: as sure as on 3,000 characters, in half the time.
_IDENTIFY_CHARS = 1500


def reading_language(article: Article, text: str) -> str:
    """The language to read ``article`` in: the one it gives, if the rules read it, else
    its text's.

    A text with many function words of a read language is in that language. Else the
    language identifier (py3langid, 140 languages) ranks the text's language, and unless
    it gives the languages the rules read less than 1% together, the function words
    choose among those. Otherwise the language given, or the identifier's most likely
    one, is returned: one the rules do not read, and the article is then not read
    (``Extraction.language_read`` false). A language given that the rules do not read is
    checked so because it may be a guess (ingest detects one for every article) or a
    source's label that does not fit every article.
    """
    given = _READ_AS.get(article.language or "", article.language)
    if given in READ_LANGUAGES:
        return given
    guess, share, n_words = function_words(text)
    if n_words >= _SURELY_READ[0] and share >= _SURELY_READ[1]:
        return guess
    ranked = [(_READ_AS.get(code, code), p) for code, p in rank_languages(text[:_IDENTIFY_CHARS])]
    p_read = sum(p for code, p in ranked if code in READ_LANGUAGES)
    if ranked and ranked[0][0] != "zxx" and p_read < _UNREAD_BELOW:
        return given or ranked[0][0]
    return guess


def prepare(article: Article) -> Doc:
    """The Doc the components read: the full text as ``layout.read_as_typed`` gives it
    (plain spaces, hard-wrapped lines and broken words joined, runs of spaces as one, a
    title in capitals in the body's case, the outlet's name that the source or URL gives
    dropped from the title; ``Doc.as_written`` maps offsets back), language
    (``reading_language``), title end (the title's, or without one the headline's the
    text opens with)."""
    typed = read_as_typed(
        article.full_text, len(article.title), outlet_keys(article.source, article.url)
    )
    language = reading_language(article, typed.text)
    return Doc(
        text=typed.text,
        language=language,
        published=article.published,
        title_end=typed.title_end,
        source=typed.source,
    )


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
            ("disappearance", disappeared_or_kidnapped),
            ("place", PlaceFinder()),
            ("date", DateFinder()),
        ]

    def predict(self, articles: list[Article]) -> list[Extraction]:
        """One Extraction per article, in the same order."""
        return [self.predict_one(a) for a in articles]

    def predict_one(self, article: Article) -> Extraction:
        doc = prepare(article)
        if doc.language not in READ_LANGUAGES:
            # No lexicon of the rules nor anything the model learned applies: a reading
            # would say "not an attack" of an attack it cannot read. Said so instead, for
            # a person (or a translation) to read it.
            return Extraction(
                id=article.id, language=doc.language, language_read=False, model=self.name
            )
        draft = Draft()
        for _, component in self.components:
            component(doc, draft)
        return Extraction(
            id=article.id,
            victims=draft.victims,
            evidence={k: doc.as_written(span) for k, span in draft.evidence.items()},
            confidence=draft.confidence,
            model=self.name,
            language=doc.language,
            **draft.fields,
        )
