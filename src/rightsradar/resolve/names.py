"""Name and text folding shared by dedup, linkage, person linkage and alert matching."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..extract.geo import PLAIN_LETTERS

# Honorifics and roles that reports put before a name; they do not identify the person.
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "hon",
        "rev",
        "reverend",
        "fr",
        "father",
        "sister",
        "brother",
        "sr",
        "sra",
        "sheikh",
        "imam",
        "pastor",
        "chief",
        "comrade",
        "lawyer",
        "journalist",
        "activist",
        "mp",
        "sen",
        "senator",
        "gen",
        "col",
        "maj",
        "capt",
        "lt",
    }
)
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_WS = re.compile(r"\s+")
# Letters that Unicode does not decompose (``geo.PLAIN_LETTERS``), and the ligatures.
_PLAIN_LETTERS = str.maketrans(
    PLAIN_LETTERS | {"æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th"}
)


def fold(text: str) -> str:
    """Case-folded text without accents or punctuation, whitespace collapsed."""
    if text.isascii():  # NFKD leaves ASCII as it is, and it has no combining marks
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        stripped = stripped.translate(_PLAIN_LETTERS)
    return _WS.sub(" ", _NON_WORD.sub(" ", stripped.casefold())).strip()


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """``fold`` of one word, remembered: linkage rows fold every word of a text, and the
    words of a language repeat."""
    return fold(word)


def name_key(name: str | None) -> str:
    """The normalised form of a person's name: folded, leading titles stripped.

    Two mentions with the same key are taken to be the same person. Empty for no name.
    """
    if not name:
        return ""
    words = fold(name).split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)
