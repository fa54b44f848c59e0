"""What every extraction component sees: a prepared document and a draft to fill in.

A component is any callable ``component(doc, draft) -> None``. The pipeline prepares the
``Doc`` once (sentences, language) so components do no repeated per-article work.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from ..domain import Victim

Span = tuple[int, int]

# A sentence ends at . ! ? (plus closing quotes) before whitespace, or at a line break.
_SENT_END = re.compile(r"""(?<=[.!?])["'”’»)]*\s+|\n+""")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Jr|St|Mt|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|No|Vol|Mme|Mlle|Dra|Lic|Ing)|\b[A-Z])\.$"
)

# Cheap language guess from frequent function words (articles are en, es, fr or pt).
_FUNCTION_WORDS = {
    "en": re.compile(r"\b(?:the|and|was|were|of|has|with|that)\b"),
    "es": re.compile(r"\b(?:el|los|las|del|fue|una|por|que|y)\b"),
    "fr": re.compile(r"\b(?:le|les|des|du|est|une|et|été|dans)\b"),
    "pt": re.compile(r"\b(?:o|os|as|do|da|foi|uma|em|não|e)\b"),
}
# The languages the rule components have lexicons for: the extractor reads these only.
READ_LANGUAGES = frozenset(_FUNCTION_WORDS)


_WORD = re.compile(r"\w+")


def function_words(text: str) -> tuple[str, float, int]:
    """Of the first 3,000 chars: the read language whose function words are the most
    frequent, their share of the words, and the number of words."""
    sample = text[:3000].lower()
    counts = {lang: len(rx.findall(sample)) for lang, rx in _FUNCTION_WORDS.items()}
    best = max(counts, key=counts.__getitem__)
    n_words = len(_WORD.findall(sample))
    return best, counts[best] / max(n_words, 1), n_words


def guess_language(text: str) -> str:
    """The most likely of en/es/fr/pt from function-word counts of the first 3,000 chars."""
    return function_words(text)[0]


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text`` (offsets), without surrounding whitespace."""
    spans: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if (
            m.group().strip() == ""
            and "\n" not in m.group()
            and ABBREVIATION.search(text[max(0, m.start() - 6) : m.start()])
        ):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@dataclass
class Doc:
    """One article prepared for the components.

    Attributes:
        text: ``Article.full_text`` as the components read it; offsets refer to it.
        language: ISO 639-1 code (given, or guessed).
        published: publication time, for relative dates.
        title_end: end offset of the title (0 when there is none).
        source: where each offset of ``text`` stands in the article's text as written,
            when ``text`` dropped characters of it (``layout.read_as_typed``); None when
            the offsets are the same.
    """

    text: str
    language: str
    published: Any = None
    title_end: int = 0
    source: list[int] | None = None

    def as_written(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` of ``text`` as the span of the text as written."""
        if self.source is None:
            return span
        start, end = span
        return self.source[start], (self.source[end - 1] + 1 if end > start else self.source[start])

    @cached_property
    def sentences(self) -> list[Span]:
        return split_sentences(self.text)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def _starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos``."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


@dataclass
class Hit:
    """One trigger match: what it says, where, and how sure the rule is."""

    label: str
    start: int
    end: int
    confidence: float
    sentence: int = 0


# A perpetrator cue: (type, start, end, sentence index, weight, agent of a passive).
PerpetratorCue = tuple[str, int, int, int, float, bool]


@dataclass
class Draft:
    """The extraction being built: fields, evidence and confidence, plus shared findings.

    Shared findings are for later (learned) components and are not part of the output:
    ``violation_hits`` are the triggers kept (the attack sentences other components focus
    on), ``violation_candidates`` every trigger the tagger found, kept or not (None before
    it ran), and ``perpetrator_cues`` every cue the perpetrator finder read (None before
    it ran).
    """

    fields: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Span] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    violation_hits: list[Hit] = field(default_factory=list)
    victims: list[Victim] = field(default_factory=list)
    violation_candidates: list[Hit] | None = None
    perpetrator_cues: list[PerpetratorCue] | None = None

    def set(self, name: str, value: Any, confidence: float, evidence: Span | None = None) -> None:
        """Set a field with its confidence (clipped to [0, 1]) and optional evidence."""
        self.fields[name] = value
        self.confidence[name] = round(min(1.0, max(0.0, confidence)), 3)
        if evidence is not None:
            self.evidence[name] = evidence

    @property
    def focus_sentences(self) -> list[int]:
        """Indices of sentences where an attack trigger fired, in text order."""
        return sorted({h.sentence for h in self.violation_hits})


class Component(Protocol):
    """The contract of every extraction component."""

    def __call__(self, doc: Doc, draft: Draft) -> None: ...


def compile_terms(terms: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of ``terms`` (regex fragments) as words."""
    alts = sorted(set(terms), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)
