"""PII redaction of free text in exports, with Presidio and no downloaded NLP model.

Presidio's pattern recognizers find e-mail addresses, phone numbers, URLs, IP addresses,
card and bank numbers and national identifiers; the names come from what the extractor
and person linkage already know (victims, aliases), passed in as a deny-list. Its default
engine would try to download a spaCy model, so the analyzer runs on the no-op NLP engine,
and the e-mail recognizer checks domains against tldextract's bundled suffix list instead
of fetching one from the network.

Names are matched case- and accent-insensitively, whole and by their parts (a surname
alone still identifies a person), and each is replaced by its keyed pseudonym, so a reader
can follow one person through a text without learning who it is. Names can be given with
the identity they belong to (``{"Ana Quispe": "person:7", "A. Quispe Mamani": "person:7"}``):
every spelling of one person then gives that identity's pseudonym, the same token an
export puts in its pseudonym column.

For many texts (an export), ``redactor`` builds a person's name pattern once and caches
it; the Presidio analyzer is built once per process, and texts that cannot hold any of its
entities (no digit, "@", ":", "." before a letter or hex pair) skip it altogether. Phone
numbers are looked for only in the regions whose shortest valid number fits the longest
run of digits in the text (a year alone can only be a German number), which is most of
the analyzer's time otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..extract.geo import fold_same_length
from .pseudonym import pseudonym

LANGUAGES = ("en", "es", "fr", "pt")
# What pattern recognizers redact. Dates are not personal data here: an incident's date
# must survive in an export.
ENTITIES = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "CRYPTO", "MAC_ADDRESS", "US_SSN", "US_PASSPORT", "UK_NHS", "ES_NIF", "ES_NIE",
)  # fmt: skip
# Name parts this short or this common are not redacted on their own ("de", "da", "Al");
# "Ben", "Bin" and "Abu" are, being names as much as particles.
_MIN_PART = 3
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
                    if len(part) >= _MIN_PART and (part not in _PARTICLES or n == len(form)):
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
                form = tuple(w for _, _, w in found[i:i + n])
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
            places = frozenset(" ".join(_WORD.findall(_fold(p))) for p in keep if p)
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
        return _replace(text, self.spans(text, language=language,
                                         score_threshold=score_threshold, keep=keep))


Span = tuple[int, int, str, str]


def _unlinked(text: str, language: str, keep: frozenset[str], known: list[Span]) -> list[Span]:
    """Found names as spans with per-text tokens. A found name that overlaps one known
    person's name takes that person's token (the rest of the name is theirs); one that
    overlaps several keeps its words outside theirs."""
    found = sorted(_found_names(text, language, keep))
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
            words = [w for w in _WORD.findall(_fold(text[a:b])) if w not in _NAME_PARTICLES]
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
        text, language=language, score_threshold=score_threshold, keep=keep)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- names nobody linked to a person -------------------------------------------------------
# A name is looked for three ways, and any one of them is enough (a leaked name can cost a
# life; a redacted place name costs little): the extractor's name finder, a capitalised
# run holding a known first name, and a capitalised run right after an honorific or a
# role word ("Mr", "lawyer", "Sra.", "avocat", "advogada") or followed by one in apposition.

# Words before (or in apposition after) a name that say a person is named: honorifics,
# roles and kin, in en/es/fr/pt, folded (lower case, no accents).
_HONORIFICS = _wordset(
    "mr mrs ms miss mx dr prof sir dame lady lord hon sr sra srta dra don dona dom mme mlle "
    "m me maitre monsieur madame senor senora senhor senhora")  # fmt: skip
# French "M." (Monsieur) and "Me" (Maître, a lawyer) read as honorifics in French only.
_FRENCH_HONORIFICS = frozenset({"m", "me"})
_ROLE_CUES = _wordset("""
    lawyer lawyers attorney journalist journalists reporter activist activists defender
    unionist leader witness relative brother sister mother father son daughter wife husband
    widow cousin uncle aunt nephew niece colleague friend neighbour neighbor spokesman
    spokeswoman spokesperson priest pastor editor photographer blogger student teacher
    farmer nurse doctor judge prosecutor officer commander general colonel captain major
    sergeant minister president governor mayor senator deputy director founder coordinator
    chairman chairwoman
    abogado abogada abogados periodista periodistas activista activistas defensor defensora
    lider sindicalista dirigente dirigenta testigo hermano hermana madre padre hijo hija
    esposa esposo viuda primo prima tio tia sobrino sobrina vecino vecina companero
    companera vocero vocera juez jueza fiscal alcalde alcaldesa comandante coordinador
    coordinadora presidente presidenta
    avocat avocate avocats journaliste journalistes militant militante militants defenseur
    defenseure syndicaliste temoin frere soeur mere pere fils fille epouse mari veuve
    cousine oncle tante neveu niece voisin voisine collegue porte-parole juge procureur
    maire depute deputee coordinateur coordinatrice
    advogado advogada advogados jornalista jornalistas ativista ativistas defensora
    testemunha irmao irma mae pai filho filha marido viuvo vizinho vizinha companheiro
    companheira porta-voz prefeito prefeita vereador vereadora deputado deputada
    coordenador coordenadora
    """)  # fmt: skip
# Capitalised words that are first names in the lexicon but ordinary words far more often
# (from how HRDsAttack's train split writes them in lower case).
_ORDINARY = _wordset("""
    said case day freedom man long justice million don young seven story little early able
    gay saw nation read peace red real ransom future son morning job truth key reason girl
    special child true secret nature unknown hope carry female male page wave sister jury
    normal tell author worth charity camera reality rise chance miles wing boy king van
    faith era urban trust riot deep summer minor love bill price victory spirit cash harsh
    drew constant brave win cross trip rebel promise legacy dream bond hunt harm happy
    welcome rock heaven race knowledge hero forest cage blue unnamed honor forever fate
    desire deny choice mark tea star journey soul memory link haven favour banks stone
    courage boss liberty truly holiday gorge favor crew bear ally supreme unity green
    wealthy sole rich jet guy dare brain prince branch dawn cable spring rice lucky
    tomorrow temple precious loyalty loyal famous champion burns hall park marshal rose
    sugar eve art trace tiny tank reign praise norm loan honour beautiful banner baby
    gates bishop navy unique master wonder winter storm season rain quest noble harmony
    grant fortune fleet dock grace joy pearl ruby amber crystal sunny autumn christmas
    easter black brown white gray grey young sky river ocean north south east west
    """)  # fmt: skip
# Words that open sentences and headlines in the four languages, beyond the name finder's
# own list (``extract.names.STOP``). Kept short on purpose: general stop-word lists hold
# first names ("Ali", "Dan", "Sean", "Ella", "Mia").
_FUNCTION_WORDS = _wordset("""
    all any both each every few more most no not nor only other some such so very can
    could should would must shall might will may did does do has have had is are was
    were be been being said says say according despite during since until unless about
    over under into onto upon without within against between among through yet still
    just now then today yesterday tomorrow last next new first second third many much
    after before because although though once even ever never always also again why
    todo toda todos todas cada otro otra otros otras mas muy ya pero sin sobre entre
    desde hasta segun tras ante durante tambien este esta estos estas ese esa esos esas
    aquel aquella hoy ayer manana nuevo nueva primer primera ningun ninguna
    tout toute tous toutes chaque autre autres plus tres deja mais sans sous entre
    depuis selon apres avant pendant aussi ce cet cette ces aujourd hier demain nouveau
    nouvelle premier premiere aucun aucune quand comme
    cada outro outra outros outras muito ja mas sem sobre entre desde ate segundo apos
    antes durante tambem esse essa esses essas este esta estes estas aquele aquela hoje
    ontem amanha novo nova primeiro primeira nenhum nenhuma quando como
    """)
# Lower-case words inside a name ("Luiz da Silva", "Abd el Fattah").
_NAME_PARTICLES = _wordset(
    "de da do dos das del la los van von der den bin ibn bint ben abu al el le di du")
_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|an|at|ul|ud|abd)-[^\W\d_]", re.I)
# Words of a capitalised run: letters with inner apostrophes or hyphens ("O'Brien").
_LETTERS = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
# The words of a found name that may stand alone later: "al-Hathloul" is "Hathloul" too.
_PARTS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# How the words of one name may be separated: spaces, or a dot after an initial or title.
_SPACES = re.compile(r"[ \t]+")
# After an initial or an honorific a dot may join the words too: "E. Diaz", "Sra. Pérez".
_DOTTED = re.compile(r"\.[ \t]*")
# Between a cue and the name: "lawyer Ana", "Mr. Smith", "the lawyer: Ana".
_CUE_GAP = re.compile(r"[.,:]?[ \t]+")
# Prepositions that introduce a place: "in", "en", "à", "em", "near", "desde"...
_LOCATIVE = re.compile(r"(?<!\w)(?:in|at|near|from|to|en|em|a|à|au|aux|dans|de|desde|hacia|"
                       r"para|no|na|do|da|del|du|of)\s+$", re.I)
_OWNED = re.compile(r"['’]s\s+([^\W\d_\-]+)")
_APPOSITION = re.compile(
    r",\s+(?:(?:an?|the|el|la|los|las|un|una|une|le|les|o|a|os|as|um|uma)\s+)?"
    r"(?:[^\W\d_]+\s+)?([^\W\d_\-]+(?:-[^\W\d_]+)?)")
# The fewest people (SSA counts) a first name must have had to count: rarer entries of the
# lexicon are mostly spellings nobody reads as a name.
_MIN_FIRST_NAME = 300
# A found name longer than this is most likely a title-case headline around a name: the
# name is the first-name word and the few words after it.
_MAX_NAME_WORDS = 4
# Cities this populous are kept as places when a capitalised run is exactly their name.
_MIN_CITY = 50_000
_FIRST_NAMES_FILE = (Path(__file__).resolve().parents[1] / "extract" / "models"
                     / "hrdsattack-v1" / "victims" / "first_names.npz")  # fmt: skip


def _fold(word: str) -> str:
    return fold_same_length(word).replace("’", "'")


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """The shipped first-name lexicon (US SSA baby names; see
    ``extract.learned.victims_features.FirstNames``), names given to at least
    ``_MIN_FIRST_NAME`` people, less ordinary words. Read directly: importing the learned
    models for it would cost a large export more than the redaction itself."""
    import numpy as np

    if not _FIRST_NAMES_FILE.exists():
        return frozenset()
    with np.load(_FIRST_NAMES_FILE, allow_pickle=False) as data:
        names = data["names"].tobytes().decode("ascii").split("\n")
        total = (data["male"].astype(np.int64) + data["female"]).tolist()
    return frozenset(n for n, t in zip(names, total, strict=True)
                     if t >= _MIN_FIRST_NAME and len(n) > 1) - _ordinary()  # fmt: skip


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    """Capitalised words that are not names: function words of the four languages,
    titles, roles, organisation words, nationalities, months and days."""
    from ..extract import names as finder
    from ..extract.data.victims_names import DEMONYMS, EXTRA_ROLES

    words = set(_ORDINARY | _FUNCTION_WORDS | finder.STOP | finder.TITLES | finder.ROLE_TITLES
                | finder.ORG_WORDS | DEMONYMS | EXTRA_ROLES | _ROLE_CUES | _HONORIFICS)  # fmt: skip
    return frozenset(_fold(w) for w in words)


@lru_cache(maxsize=1)
def _places() -> dict[str, bool]:
    """Folded names of countries, nationalities, regions and cities of ``_MIN_CITY`` people
    or more (the gazetteer the place extractor uses), each with whether it names a
    country or nationality."""
    from ..extract.geo import gazetteer

    return {key: any(e.kind in ("country", "demonym") for e in entries)
            for key, entries in gazetteer().names.items()
            if any(e.kind != "city" or e.pop >= _MIN_CITY for e in entries)}  # fmt: skip


def _is_place(text: str, start: int, folded: str) -> bool:
    """Whether a name-like word or words at ``start`` read as a place: a place of several
    words, a country or nationality, or a place a preposition introduces ("in Salem").
    A town named like a person ("Elizabeth", "Warren") alone is taken for the person."""
    country = _places().get(folded)
    if country is None:
        return False
    if country or " " in folded:
        return True
    before = _LOCATIVE.search(text, max(0, start - 12), start)
    return before is not None


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or bool(_PREFIXED.match(word) and word[3:4].isupper()
                                      or _PREFIXED.match(word) and word[4:5].isupper())


def _cue(word: str, written: str, language: str) -> str | None:
    """"honorific", "role" or None for a (folded) word before a name."""
    if word in _HONORIFICS:
        if word in _FRENCH_HONORIFICS and (language != "fr" or not written[:1].isupper()):
            return None
        return "honorific"
    return "role" if word in _ROLE_CUES else None


def _found_names(text: str, language: str, keep: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of person names that no one linked: the extractor's name finder, then
    capitalised runs with a first name or a cue. Places in ``keep`` (folded) stay, and
    so do other places unless a cue says a person is meant."""
    from ..extract.names import find_persons

    toks = [(mt.start(), mt.end(), mt.group()) for mt in _LETTERS.finditer(text)
            if text[mt.start() - 1:mt.start()] != "["]  # not our own tokens  # fmt: skip
    cue_before = {t[0]: _cue_before(text, toks, k, language) for k, t in enumerate(toks)}
    spans = []
    for person in find_persons(text):
        for mn in person.mentions:
            folded = " ".join(_WORD.findall(_fold(mn.text)))
            if folded in keep or (not cue_before.get(mn.start)
                                  and _is_place(text, mn.start, folded)):
                continue
            spans.append((mn.start, mn.end))
    # A word the text also writes in lower case is an ordinary word ("Hope", "Rose").
    lower = {w for _, _, w in toks if w[:1].islower()}
    # In sentence case a capital inside a sentence marks a proper noun; in a title-case
    # headline it says nothing.
    proper = not _title_case(toks)
    i = 0
    while i < len(toks):
        if not _is_cap(toks[i][2]):
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(toks):
            last, nxt = run[-1], run[-1] + 1
            gap, word = text[toks[last][1]:toks[nxt][0]], toks[nxt][2]
            dotted = len(toks[last][2]) == 1 or _fold(toks[last][2]) in _HONORIFICS
            if not (_SPACES.fullmatch(gap) or (dotted and _DOTTED.fullmatch(gap))):
                break
            if not (_is_cap(word) or (word in _NAME_PARTICLES and nxt + 1 < len(toks)
                                      and _is_cap(toks[nxt + 1][2]))):  # fmt: skip
                break
            run.append(nxt)
        spans.extend(_names_in_run(text, toks, run, language, keep, lower,
                                   cue_before[toks[i][0]], proper))  # fmt: skip
        i = run[-1] + 1
    # A name found once is a name wherever the text repeats a word of it alone ("Scott
    # Warren was arrested ... Warren said").
    ordinary, places = _ordinary(), _places()
    parts = {f for a, b in spans for f in (_POSSESSIVE.sub("", _fold(w))
                                           for w in _PARTS.findall(text[a:b]))
             if len(f) >= _MIN_PART and f not in _NAME_PARTICLES and f not in ordinary
             and f not in places and f not in keep}  # fmt: skip
    for k, (start, end, written) in enumerate(toks):
        if _is_cap(written) and _POSSESSIVE.sub("", _fold(written)) in parts \
                and not _in_place_name(text, toks, k, keep):
            possessive = _POSSESSIVE.search(written)
            spans.append((start, start + possessive.start() if possessive else end))
    return spans


def _in_place_name(text: str, toks: list[tuple[int, int, str]], k: int,
                   keep: frozenset[str]) -> bool:  # fmt: skip
    """Whether token ``k`` is a word of a place of two or three words ("São Paulo")."""
    places = _places()
    for a in range(max(0, k - 2), k + 1):
        for b in range(max(a + 1, k), min(len(toks) - 1, a + 2) + 1):
            if b == a:
                continue
            form = " ".join(_WORD.findall(_fold(text[toks[a][0]:toks[b][1]])))
            if form in places or form in keep:
                return True
    return False


def _title_case(toks: list[tuple[int, int, str]]) -> bool:
    words = [w for _, _, w in toks if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.6


def _unknown_proper(text: str, toks: list[tuple[int, int, str]], stretch: list[int]) -> bool:
    """Whether a stretch of capitalised words inside a sentence-case sentence, none of them
    a known word, place or acronym, is most likely a name ("Okonkwo seals the derby"
    is not: it opens the sentence)."""
    start = toks[stretch[0]][0]
    before = text[max(0, start - 4):start].rstrip(" \t\"“‘'(«")
    if not before or before[-1] in ".!?:;|\n—–-":  # a sentence, line or quotation opens
        return False
    places = _places()
    for k in stretch:
        word = toks[k][2]
        if len(word) < 3 or word.isupper() or _POSSESSIVE.sub("", _fold(word)) in places:
            return False
    return True


def _cue_before(text: str, toks: list[tuple[int, int, str]], k: int, language: str) -> str | None:
    """The cue the word before token ``k`` gives ("lawyer Ana", "Sra. Pérez"), if any."""
    if k == 0 or not _CUE_GAP.fullmatch(text, toks[k - 1][1], toks[k][0]):
        return None
    return _cue(_fold(toks[k - 1][2]), toks[k - 1][2], language)


def _names_in_run(text: str, toks: list[tuple[int, int, str]], run: list[int], language: str,
                  keep: frozenset[str], lower: set[str], cue: str | None,
                  proper: bool) -> list[tuple[int, int]]:  # fmt: skip
    """The names in one capitalised run: its stretches between cues and ordinary words
    that hold a first name or follow (or precede in apposition) a cue. A possessive ends
    a stretch ("Nigeria's Zamfara", "Myanmar's Aung San Suu Kyi")."""
    out: list[tuple[int, int]] = []
    ordinary, places = _ordinary(), _places()
    # Places of several words inside the run ("São Paulo", "Santa Marta") are not names,
    # even when a word of theirs is ("Paulo", "Marta").
    in_place: set[int] = set()
    words = [_POSSESSIVE.sub("", _fold(toks[k][2])) for k in run]
    for j in range(len(run) - 1):
        for n in range(min(_MAX_NAME_WORDS, len(run) - j), 1, -1):
            form = " ".join(words[j:j + n])
            if form in places or form in keep:
                in_place.update(run[j:j + n])
                break
    stretch: list[int] = []
    for k in run:
        written = toks[k][2]
        word = _fold(written)
        # A cue word ending the run is a name ("his daughter Irma", Portuguese "irmã").
        role = _cue(word, written, language) if k != run[-1] else None
        if role or (word in ordinary and not (k == run[-1] and cue and word in _ROLE_CUES)) \
                or written in lower or k in in_place:
            out.extend(_name_span(text, toks, stretch, cue, keep, proper))
            stretch, cue = [], role
            continue
        stretch.append(k)
        if _POSSESSIVE.search(written):
            out.extend(_name_span(text, toks, stretch, cue, keep, proper))
            stretch, cue = [], None
    out.extend(_name_span(text, toks, stretch, cue, keep, proper))
    return out


def _name_span(text: str, toks: list[tuple[int, int, str]], stretch: list[int], cue: str | None,
               keep: frozenset[str], proper: bool) -> list[tuple[int, int]]:  # fmt: skip
    """The name in a stretch of capitalised words, as a list of no or one span."""
    while stretch and _fold(toks[stretch[-1]][2]) in _NAME_PARTICLES:
        stretch = stretch[:-1]
    words = [_POSSESSIVE.sub("", _fold(toks[k][2])) for k in stretch]
    if not words or all(len(w) == 1 for w in words):
        return []
    folded = " ".join(_WORD.findall(" ".join(words)))
    if folded in keep:
        return []
    if cue is None:
        # "Ana Diaz, a lawyer", "Rodríguez's lawyer": a role in apposition or owned.
        after = (_APPOSITION.match(text, toks[stretch[-1]][1])
                 or _OWNED.match(text, toks[stretch[-1]][1] - 2))  # fmt: skip
        if after and _fold(after.group(1)) in _ROLE_CUES:
            cue = "role"
    firsts = _first_names()
    hit = next((n for n, w in enumerate(words) if w in firsts), None)
    if cue is None and hit is None and not (proper and _unknown_proper(text, toks, stretch)):
        return []
    # A place stays unless a cue says a person is meant ("Sra. Victoria", "hermana Rosa").
    if cue is None and _is_place(text, toks[stretch[0]][0], folded):
        return []
    first = 0 if cue is not None or hit is None else hit
    stretch = stretch[first:first + _MAX_NAME_WORDS]
    start, end = toks[stretch[0]][0], toks[stretch[-1]][1]
    possessive = _POSSESSIVE.search(text, start, end)
    return [(start, possessive.start() if possessive else end)]


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
