"""PII redaction of free text in exports, with Presidio and no downloaded NLP model.

Presidio's pattern recognizers find e-mail addresses, phone numbers, URLs, IP addresses,
card and bank numbers and national identifiers; the names come from what the extractor
and person linkage already know (victims, aliases), passed in as a deny-list. Its default
engine would try to download a spaCy model, so the analyzer runs on the no-op NLP engine,
and the e-mail recognizer checks domains against tldextract's bundled suffix list instead
of fetching one from the network.

Names are matched case- and accent-insensitively, whole and by their parts (a surname
alone still identifies a person), and each is replaced by its keyed pseudonym, so a reader
can follow one person through a text without learning who it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .pseudonym import pseudonym

LANGUAGES = ("en", "es", "fr", "pt")
# What pattern recognizers redact. Dates are not personal data here: an incident's date
# must survive in an export.
ENTITIES = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "CRYPTO", "MAC_ADDRESS", "US_SSN", "US_PASSPORT", "UK_NHS", "ES_NIF", "ES_NIE",
)  # fmt: skip
# Name parts this short or this common are not redacted on their own ("de", "da", "Al").
_MIN_PART = 3
_PARTICLES = {"de", "da", "do", "dos", "das", "del", "la", "le", "van", "von", "bin", "ben",
              "abu", "al", "el", "mr", "mrs", "ms", "dr"}  # fmt: skip
_PHONE_REGIONS = ("US", "GB", "DE", "IL", "IN", "CA", "BR", "MX", "CO", "FR", "ES", "PT",
                  "PH", "NG", "KE", "ZA", "PK", "BD", "TR", "RU", "UA", "BY")  # fmt: skip


@dataclass(frozen=True)
class Redaction:
    """A redacted text and what was taken out (entity types and counts, never values)."""

    text: str
    removed: dict[str, int]


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _shadow(text: str) -> str:
    """``text`` with each character replaced by its accent-free base, same length, so that
    spans found in the shadow are spans of ``text`` ("Hector" finds "Héctor")."""
    out = []
    for c in text:
        base = _fold(c)
        out.append(base[0] if len(base) >= 1 and base[0].isalpha() == c.isalpha() else c)
    return "".join(out)


def _name_patterns(names: Iterable[str]) -> list[str]:
    """Regex alternatives for every name, its accent-free form and its distinctive parts."""
    variants: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        form = _fold(name)
        variants.add(form)
        for part in re.split(r"[\s\-]+", form):
            part = part.strip(".,'’")
            if len(part) >= _MIN_PART and part.casefold() not in _PARTICLES:
                variants.add(part)
    # Longest first, so "Ana Diaz" is replaced whole rather than as "Ana" + "Diaz".
    return sorted(variants, key=len, reverse=True)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as pr
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(pr.EmailRecognizer):  # type: ignore[misc]
        def validate_result(self, pattern_text: str) -> bool:
            return offline(pattern_text.rsplit("@", 1)[-1]).suffix != ""

    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    for lang in LANGUAGES:
        for rec in (
            OfflineEmailRecognizer(supported_language=lang),
            pr.PhoneRecognizer(supported_language=lang, supported_regions=_PHONE_REGIONS),
            pr.UrlRecognizer(supported_language=lang),
            pr.IpRecognizer(supported_language=lang),
            pr.CreditCardRecognizer(supported_language=lang),
            pr.IbanRecognizer(supported_language=lang),
            pr.CryptoRecognizer(supported_language=lang),
            pr.MacAddressRecognizer(supported_language=lang),
            pr.UsSsnRecognizer(supported_language=lang),
            pr.UsPassportRecognizer(supported_language=lang),
            pr.NhsRecognizer(supported_language=lang),
            pr.EsNifRecognizer(supported_language=lang),
            pr.EsNieRecognizer(supported_language=lang),
        ):
            registry.add_recognizer(rec)
    engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in LANGUAGES])
    return AnalyzerEngine(registry=registry, nlp_engine=engine,
                          supported_languages=list(LANGUAGES))  # fmt: skip


def redact(text: str, *, names: Iterable[str] = (), key: bytes, language: str = "en",
           score_threshold: float = 0.4) -> Redaction:  # fmt: skip
    """``text`` with personal data replaced: names by ``[P-…]`` pseudonyms (keyed by
    ``key``), other PII by ``[ENTITY_TYPE]``."""
    from presidio_analyzer import PatternRecognizer
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig

    lang = language if language in LANGUAGES else "en"
    # Spans are found in an accent-free shadow of the text and replaced in the text itself.
    text = unicodedata.normalize("NFC", text)
    shadow = _shadow(text)
    names = [n for n in names if n and n.strip()]
    # Every variant of one person maps to that person's pseudonym.
    owner = {}
    for name in names:
        for v in _name_patterns([name]):
            owner.setdefault(v.casefold(), name)
    ad_hoc = []
    if owner:
        ad_hoc.append(PatternRecognizer(supported_entity="PERSON", supported_language=lang,
                                        deny_list=_name_patterns(names)))  # fmt: skip
    results = _analyzer().analyze(
        text=shadow, language=lang, entities=[*ENTITIES, "PERSON"],
        ad_hoc_recognizers=ad_hoc, score_threshold=score_threshold,
    )  # fmt: skip

    def person_token(found: str) -> str:
        who = owner.get(_shadow(found).casefold(), found)
        return f"[{pseudonym(key, who)}]"

    operators = {
        "PERSON": OperatorConfig("custom", {"lambda": person_token}),
        "DEFAULT": OperatorConfig("custom", {"lambda": lambda _s: "[REDACTED]"}),
    }
    for ent in ENTITIES:
        operators[ent] = OperatorConfig("replace", {"new_value": f"[{ent}]"})
    out = AnonymizerEngine().anonymize(text=text, analyzer_results=results, operators=operators)
    removed: dict[str, int] = {}
    for item in out.items:
        removed[item.entity_type] = removed.get(item.entity_type, 0) + 1
    return Redaction(text=out.text, removed=removed)
