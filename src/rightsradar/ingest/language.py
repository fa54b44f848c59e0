"""Language of an article: normalise a given code, or detect it from the text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_CODE = re.compile(r"^[a-z]{2,3}$")
# Detection is as good on the first few thousand characters as on a whole long article.
_SAMPLE_CHARS = 3000


def normalise_language(code: str | None) -> str | None:
    """``en-US`` → ``en``; anything that is not a language code → None (then detected)."""
    if not code:
        return None
    primary = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    return primary if _CODE.match(primary) else None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loaded on first use, not at import: the model takes about a second to load.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def rank_languages(text: str) -> list[tuple[str, float]]:
    """Every language the identifier knows with its probability for ``text``, most likely
    first; empty for a text with nothing in it."""
    sample = text[:_SAMPLE_CHARS].strip()
    if not sample:
        return []
    return [(str(lang), float(p)) for lang, p in _identifier().rank(sample)]


def detect_language(text: str, *, min_confidence: float = 0.5) -> str | None:
    """The ISO 639-1 code of ``text``, or None when the guess is too uncertain."""
    sample = text[:_SAMPLE_CHARS].strip()
    if not sample:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= min_confidence else None
