"""PII redaction of free text in exports, with Presidio and no downloaded NLP model.

Presidio's pattern recognizers find e-mail addresses, phone numbers, URLs, IP addresses,
card and bank numbers and national identifiers. Names come two ways: what the extractor and
person linkage already know (victims, aliases), passed in as a deny-list, and, with
``every_name`` (what exports use), every other name ``privacy.names`` finds, each replaced by
a per-text ``[NAME-n]`` token. Presidio's default
engine would try to download a spaCy model, so the analyzer runs on the no-op NLP engine,
and the e-mail recognizer checks domains against tldextract's bundled suffix list instead
of fetching one from the network.

Names are matched case- and accent-insensitively, whole and by their parts (a surname
alone still identifies a person), and each is replaced by its keyed pseudonym, so a reader
can follow one person through a text without learning who it is. Names can be given with
the identity they belong to (``{"Ana Quispe": "person:7", "A. Quispe Mamani": "person:7"}``):
every spelling of one person then gives that identity's pseudonym, the same token an
export puts in its pseudonym column.

For many texts (an export), a caller keeps one ``Redactor`` (the known names' word lookup
is built once); the Presidio analyzer is built once per process, and texts that cannot
hold any of its entities (no digit, "@", ":", "." before a letter or hex pair) skip it
altogether. Phone numbers are looked for only in the regions whose shortest valid number
fits the longest run of digits in the text (a year alone can only be a German number),
which is most of the analyzer's time otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..extract.geo import fold_same_length
from .names import MIN_PART, NAME_PARTICLES, fold, found_names
from .pseudonym import pseudonym

LANGUAGES = ("en", "es", "fr", "pt")
# What pattern recognizers redact. Dates are not personal data here: an incident's date
# must survive in an export.
ENTITIES = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "CRYPTO", "MAC_ADDRESS", "US_SSN", "US_PASSPORT", "UK_NHS", "ES_NIF", "ES_NIE",
)  # fmt: skip
# Name parts this common (or shorter than MIN_PART) are not redacted on their own ("de",
# "da", "Al"); "Ben", "Bin" and "Abu" are, being names as much as particles.
_PARTICLES = {"de", "da", "do", "dos", "das", "del", "la", "le", "van", "von", "al", "el",
              "mr", "mrs", "ms", "dr"}  # fmt: skip
_PHONE_REGIONS = ("US", "GB", "DE", "IL", "IN", "CA", "BR", "MX", "CO", "FR", "ES", "PT",
                  "PH", "NG", "KE", "ZA", "PK", "BD", "TR", "RU", "UA", "BY")  # fmt: skip
# Every pattern of ENTITIES needs one of these: a digit (phones, cards, IBAN, identifiers,
# IPv4, crypto addresses), "@" (e-mail), ":" (IPv6, MAC), a dot before a word character
# (URLs, Cisco MACs) or hex pairs joined by hyphens (MACs). A text without any cannot hold
# one, and skipping the analyzer for it is what makes a large export fast.
_MAYBE_PII = re.compile(r"[\d@:]|\.\w|[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-")
_WORD = re.compile(r"\w+")
# What may join the words of one name in a text: "Ana María", "Ana-María", "O'Brien", "E. Diaz".
_NAME_GAP = re.compile(r"[\s\-‐'.]+")
# Digits that phonenumbers could read as one number: between two of its digits there are
# at most four punctuation characters (here: any four non-digits, a superset).
_DIGIT_CHAIN = re.compile(r"\d(?:\D{0,4}\d)*")


@dataclass(frozen=True)
class Redaction:
    """A redacted text and what was taken out (entity types and counts, never values)."""

    text: str
    removed: dict[str, int]


class Redactor:
    """Redacts texts about known people; what to look for is worked out once.

    Names are matched as sequences of words of the folded text (case and accents ignored,
    joined by spaces, hyphens, apostrophes or dots), longest first, so "Ana Diaz" is
    replaced whole rather than as "Ana" + "Diaz". Word lookups cost nothing to set up,
    unlike a regular expression per set of names, which matters when every incident of an
    export has its own victims.

    With ``every_name``, every other person's name found in the text (a lawyer, a relative,
    a witness, a victim the extractor missed) is replaced too, by a per-text token
    (``[NAME-1]``, ``[NAME-2]``: one number per person within one text, nothing derived
    from the name). Exports use it; erasure does not (it removes one person, not all).

    Args:
        names: names to redact, or a mapping of each name to the identity whose pseudonym
            replaces it (a plain name is its own identity).
        key: the pseudonym key.
        every_name: also redact names nobody linked to a person.
    """

    def __init__(self, names: Iterable[str] | Mapping[str, str], *, key: bytes,
                 every_name: bool = False) -> None:  # fmt: skip
        identity_of = (dict(names) if isinstance(names, Mapping)
                       else {n: n for n in names})  # fmt: skip
        words: dict[str, list[tuple[str, ...]]] = {}
        for name, who in identity_of.items():
            words.setdefault(who, []).append(_words(name))
        # Word sequence → identity. Whole names first, so a part two people share goes to
        # the one whose whole name it is rather than to whichever came first.
        self._owner: dict[tuple[str, ...], str] = {}
        for who, forms in words.items():
            for form in forms:
                if form:
                    self._owner.setdefault(form, who)
        for who, forms in words.items():
            for form in forms:
                for n, part in enumerate(form, 1):
                    # A particle is a name alone only where it is the surname ("Aaa Ben").
                    if len(part) >= MIN_PART and (part not in _PARTICLES or n == len(form)):
                        self._owner.setdefault((part,), who)
        self._longest = max(map(len, self._owner), default=0)
        self._tokens = {who: f"[{pseudonym(key, who)}]" for who in set(self._owner.values())}
        self.every_name = every_name

    def _names(self, text: str) -> list[tuple[int, int, str, str]]:
        shadow = fold_same_length(text)
        found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(shadow)]
        spans, i = [], 0
        while i < len(found):
            for n in range(min(self._longest, len(found) - i), 0, -1):
                form = tuple(w for _, _, w in found[i : i + n])
                who = self._owner.get(form)
                if who is not None and all(
                        _NAME_GAP.fullmatch(shadow, found[j][1], found[j + 1][0])
                        for j in range(i, i + n - 1)):  # fmt: skip
                    spans.append((found[i][0], found[i + n - 1][1], "PERSON", self._tokens[who]))
                    i += n
                    break
            else:
                i += 1
        return spans

    def spans(self, text: str, *, language: str = "en", score_threshold: float = 0.4,
              keep: Iterable[str | None] = ()) -> list[tuple[int, int, str, str]]:  # fmt: skip
        """What ``redact`` replaces in ``text`` (which must be NFC): (start, end, entity
        type, replacement) for each span, overlapping spans not yet merged."""
        known = self._names(text) if self._owner else []
        spans = list(known)
        if self.every_name:
            places = frozenset(" ".join(_WORD.findall(fold(p))) for p in keep if p)
            spans.extend(_unlinked(text, language, places, known))
        if _MAYBE_PII.search(text):
            lang = language if language in LANGUAGES else "en"
            for r in _analyzer().analyze(text=text, language=lang, entities=list(ENTITIES),
                                         score_threshold=score_threshold):  # fmt: skip
                spans.append((r.start, r.end, r.entity_type, f"[{r.entity_type}]"))
        return spans

    def redact(self, text: str, *, language: str = "en", score_threshold: float = 0.4,
               keep: Iterable[str | None] = ()) -> Redaction:  # fmt: skip
        """``text`` with personal data replaced: names by ``[P-…]`` pseudonyms (and, with
        ``every_name``, other names by ``[NAME-n]``), other PII by ``[ENTITY_TYPE]``.
        ``keep``: place names that must survive (the incident's country, region, city)."""
        # NFC first: the folded shadow has one character per character of this text.
        text = unicodedata.normalize("NFC", text)
        return _replace(
            text, self.spans(text, language=language, score_threshold=score_threshold, keep=keep)
        )


Span = tuple[int, int, str, str]


def _unlinked(text: str, language: str, keep: frozenset[str], known: list[Span]) -> list[Span]:
    """Found names as spans with per-text tokens. A found name that overlaps one known
    person's name takes that person's token (the rest of the name is theirs); one that
    overlaps several keeps its words outside theirs."""
    found = sorted(found_names(text, language, keep))
    merged: list[list[int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[Span] = []
    groups: list[set[str]] = []
    for start, end in merged:
        inside = [k for k in known if k[0] < end and start < k[1]]
        if len({k[3] for k in inside}) == 1:
            out.append((min(start, inside[0][0]), max(end, inside[-1][1]), "PERSON",
                        inside[0][3]))  # fmt: skip
            continue
        pieces, at = [], start
        for k in inside:
            pieces.append((at, k[0]))
            at = max(at, k[1])
        pieces.append((at, end))
        for a, b in pieces:
            words = [w for w in _WORD.findall(fold(text[a:b])) if w not in NAME_PARTICLES]
            if words:
                n = _group(groups, set(words))
                out.append((a, b, "PERSON", f"[NAME-{n}]"))
    return out


def _group(groups: list[set[str]], words: set[str]) -> int:
    """The number of the person these name words belong to in this text (1-based): the
    earlier one whose name holds them or is held by them, else a new one."""
    for n, seen in enumerate(groups, 1):
        if words <= seen or seen <= words:
            seen |= words
            return n
    groups.append(words)
    return len(groups)


def _words(name: str) -> tuple[str, ...]:
    """A name's comparison form: the words of its folded text."""
    return tuple(_WORD.findall(fold_same_length(name)))


def _replace(text: str, spans: list[tuple[int, int, str, str]]) -> Redaction:
    """Replace each span; overlapping spans become one, under the longer one's label, so no
    character of either survives."""
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[list[Any]] = []
    for start, end, entity, token in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            if end - start > last[1] - last[0]:
                last[2], last[3] = entity, token
            last[1] = max(last[1], end)
            continue
        merged.append([start, end, entity, token])
    out: list[str] = []
    at, removed = 0, dict[str, int]()
    for start, end, entity, token in merged:
        out.append(text[at:start])
        out.append(token)
        at = end
        removed[entity] = removed.get(entity, 0) + 1
    out.append(text[at:])
    return Redaction(text="".join(out), removed=removed)


def redactor(names: Iterable[str] | Mapping[str, str], *, key: bytes,
             every_name: bool = False) -> Redactor:  # fmt: skip
    """A ``Redactor`` for these names. Nothing is cached here (a cache would keep the names
    for the life of the process): a caller with many texts about the same people keeps the
    redactor for as long as it needs it, as ``web.exports`` does for one export."""
    return Redactor(names, key=key, every_name=every_name)


def redact(text: str, *, names: Iterable[str] | Mapping[str, str] = (), key: bytes,
           language: str = "en", score_threshold: float = 0.4, every_name: bool = False,
           keep: Iterable[str | None] = ()) -> Redaction:  # fmt: skip
    """``text`` with personal data replaced: names by ``[P-…]`` pseudonyms (keyed by
    ``key``), other PII by ``[ENTITY_TYPE]``. See ``Redactor`` for ``names`` and
    ``every_name``, ``Redactor.redact`` for ``keep``."""
    return Redactor(names, key=key, every_name=every_name).redact(
        text, language=language, score_threshold=score_threshold, keep=keep
    )


def _digits_in_longest_chain(text: str) -> int:
    return max((sum(c.isdigit() for c in m.group()) for m in _DIGIT_CHAIN.finditer(text)),
               default=0)  # fmt: skip


@lru_cache(maxsize=1)
def _phone_min_digits() -> dict[str, int]:
    """Per region: the fewest digits a valid number in the text can have, written nationally
    (the region's shortest number) or internationally (any country's: code + number)."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    def shortest(md: Any) -> int:
        return min(md.general_desc.possible_length)

    international = 1 + min(
        [shortest(PhoneMetadata.metadata_for_region(r)) for r in phonenumbers.SUPPORTED_REGIONS]
        + [shortest(PhoneMetadata.metadata_for_nongeo_region(c))
           for c in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS])  # fmt: skip
    return {r: min(shortest(PhoneMetadata.metadata_for_region(r)), international)
            for r in _PHONE_REGIONS}  # fmt: skip


def _phone_recognizer(lang: str) -> Any:
    import phonenumbers
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer import predefined_recognizers as pr

    class QuickPhoneRecognizer(pr.PhoneRecognizer):
        """Presidio's phone recognizer, skipping regions no digit run in the text can fit."""

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            longest = _digits_in_longest_chain(text)
            need = _phone_min_digits()
            results = [
                self._get_recognizer_result(match, text, region, nlp_artifacts)
                for region in self.supported_regions if longest >= need[region]
                for match in phonenumbers.PhoneNumberMatcher(text, region,
                                                             leniency=self.leniency or 0)
            ]  # fmt: skip
            return EntityRecognizer.remove_duplicates(results)

    return QuickPhoneRecognizer(supported_language=lang, supported_regions=_PHONE_REGIONS)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as pr
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(pr.EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return offline(pattern_text.rsplit("@", 1)[-1]).suffix != ""

    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    for lang in LANGUAGES:
        for rec in (
            OfflineEmailRecognizer(supported_language=lang),
            _phone_recognizer(lang),
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
