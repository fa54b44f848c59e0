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
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Jr|St|Mt|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|No|Vol|Mme|Mlle|Dra|Lic|Ing)|\b[A-Z])\.$"
)

# Cheap language guess from frequent function words (articles are en, es, fr or pt).
_FUNCTION_WORDS = {
    "en": re.compile(r"\b(?:the|and|was|were|of|has|with|that)\b"),
    "es": re.compile(r"\b(?:el|los|las|del|fue|una|por|que|y)\b"),
    "fr": re.compile(r"\b(?:le|les|des|du|est|une|et|été|dans)\b"),
    "pt": re.compile(r"\b(?:o|os|as|do|da|foi|uma|em|não|e)\b"),
}


def guess_language(text: str) -> str:
    """The most likely of en/es/fr/pt from function-word counts of the first 3,000 chars."""
    sample = text[:3000].lower()
    counts = {lang: len(rx.findall(sample)) for lang, rx in _FUNCTION_WORDS.items()}
    return max(counts, key=counts.__getitem__)


# Spaces other than " " (no-break spaces from HTML's &nbsp; and French typography, thin and
# em spaces) and line ends other than "\n" (Windows' "\r\n", old Mac "\r", Unicode line and
# paragraph separators), each one character for one so offsets hold: the lexicons and the
# name and place finders read " " and "\n".
_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                  "\u200a\u202f\u205f\u3000", " ")
    | dict.fromkeys("\u2028\u2029\u0085\r", "\n")
)  # fmt: skip


_CRLF_RUN = re.compile(r"(?:\r\n)+")


def plain_spacing(text: str) -> str:
    """``text`` with every space as " " and every line end as "\\n"; same length (a run of
    k "\\r\\n" becomes k "\\n" then k spaces, so a blank line stays "\\n\\n")."""
    if "\r\n" in text:
        text = _CRLF_RUN.sub(
            lambda m: "\n" * (len(m.group()) // 2) + " " * (len(m.group()) // 2), text
        )
    return text.translate(_SPACES)


# Hard-wrapped text (reports copied from PDF, e-mail and plain-text bulletins) breaks its
# lines inside sentences and names ("the journalist Juan\nPérez was"), and a line break
# ends a sentence. ``unwrap`` turns such breaks into spaces. A line keeps its break when it
# ends a sentence, or the next line is a list item or a "Field:" line.
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_SENTENCE_END = re.compile(r"""[.!?]["'”’»)]*$""")
_ITEM_OR_FIELD = re.compile(
    r"\s*(?:[-*•–—·▪]|(?:\d{1,2}|\(?[ivx]{1,4})[.)]\s|\(\d\)\s|\(?[a-z]\)\s"
    r"|[A-ZÀ-Ý][\w ()/'-]{0,29}\s?:(?:\s|$))"
)
_FIRST_WORD = re.compile(r"\S+")
# A wrapped text: at least this many broken lines, no wider than this, most of them nearly
# full (a wrapper fills every line it breaks but the last of a paragraph), and no more than
# one other line wider than they are.
_MIN_WRAPPED, _MAX_WIDTH, _FULL = 2, 200, 0.7


def unwrap(text: str) -> str:
    """``text`` with the line breaks that only wrap a paragraph turned into spaces.

    A break is a wrap when the next line starts in lower case, or when the text is
    hard-wrapped (its broken lines nearly all as wide as the widest, none of its paragraphs
    on one long line), the line does not end a sentence and the next line's first word
    would not have fitted on it. Each ``\\n``
    (and a ``\\r`` before it) becomes one space, so the text keeps its length and every
    offset into it holds.
    """
    if "\n" not in text:
        return text
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group()]
    # (start, line without its break, next line) of each line of prose followed by another
    # in the same paragraph: list items and "Field:" lines keep their breaks.
    inner = [
        (s, body.rstrip("\r\n"), nxt.lstrip("\r"))
        for (s, body), (_, nxt) in zip(lines, lines[1:], strict=False)
        if body.strip() and nxt.strip() and not _ITEM_OR_FIELD.match(nxt)
    ]
    if not inner:
        return text
    widths = sorted(len(body.rstrip()) for _, body, _ in inner)
    width = widths[-1]
    # Lines wider than the wrap width, but the first (a title is seldom wrapped).
    wider = sum(len(body.rstrip()) > width + 2 for _, body in lines[1:])
    wrapped = (
        len(inner) >= _MIN_WRAPPED
        and width <= _MAX_WIDTH
        and widths[len(widths) // 2] >= _FULL * width
        and wider <= 1
    )
    out = list(text)
    for start, body, nxt in inner:
        line = body.rstrip()
        word = _FIRST_WORD.match(nxt.lstrip())
        if word is None:
            continue
        if word.group()[0].islower() or (
            wrapped
            and (not _SENTENCE_END.search(line) or _ABBREV.search(line[-6:]))
            and len(line) + 1 + len(word.group()) > width - 2
        ):
            for k in range(start + len(body), start + len(body) + 2):
                if out[k] in "\r\n":
                    out[k] = " "
    return "".join(out)


# A report without a title field (a CSV export, a partner's e-mail) often opens with its
# headline on a line of its own: three words or more, no full stop, comma, colon or dash
# at its end (those end a dateline or a first sentence).
_OPENING_LINE = re.compile(r"[ \t]*([^\n]{10,200})\n")


def headline_end(text: str) -> int:
    """End offset of the headline ``text`` opens with on a line of its own, else 0."""
    m = _OPENING_LINE.match(text)
    if m is None:
        return 0
    line = m.group(1).rstrip()
    if len(line.split()) < 3 or line[-1] in ".,;:-–—":
        return 0
    return m.start(1) + len(line)


# A word, hyphens and apostrophes inside it ("são-tomense", "Port-au-Prince", "q'eqchi").
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.U)


def truecase_title(text: str, title_end: int) -> str:
    """``text`` with an all-capitals title (many feeds shout their headlines) in the case
    its words have in the body: a word the body never writes in lower case (a name, a
    place, an acronym) is written as there, the title's first word is capitalised and any
    other is lowered. Same length; other titles are left as they are.

    The names, places and lexicons read capitals as the mark of a name; in
    "PERIODISTA DETENIDO EN MALABO" every word looks like one. The body is the truecaser:
    it writes the same words in running text (a frequency list of the language would
    not know the article's own names).
    """
    title = text[:title_end]
    cased = [c for c in title if c.isalpha() and c.lower() != c.upper()]
    if len(cased) < 8 or sum(c.isupper() for c in cased) < 0.9 * len(cased):
        return text
    body = text[title_end:]
    lower = {m.group() for m in _WORD.finditer(body) if m.group().islower()}
    # How the body writes a word it never writes in lower case: "Malabo", "DSS", "McKay".
    written = {
        w.lower(): w
        for w in (m.group() for m in _WORD.finditer(body))
        if w[:1].isupper() and w.lower() not in lower
    }
    out = []
    pos = 0
    for k, m in enumerate(_WORD.finditer(title)):
        word = m.group()
        low = word.lower()
        new = written.get(low) or (word[:1] + low[1:] if k == 0 else low)
        out.append(title[pos : m.start()])
        out.append(new if len(new) == len(word) else word)
        pos = m.end()
    out.append(title[pos:])
    return "".join(out) + body


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text`` (offsets), without surrounding whitespace."""
    spans: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if (
            m.group().strip() == ""
            and "\n" not in m.group()
            and _ABBREV.search(text[max(0, m.start() - 6) : m.start()])
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
        text: ``Article.full_text``; every offset refers to it.
        language: ISO 639-1 code (given, or guessed).
        published: publication time, for relative dates.
        title_end: end offset of the title (0 when there is none).
    """

    text: str
    language: str
    published: Any = None
    title_end: int = 0

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
