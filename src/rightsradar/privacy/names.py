"""Names nobody linked to a person, found without an NLP model (for export redaction).

Exports must not leak the name of a lawyer, a relative, a witness or a victim the extractor
missed, and the project downloads no NER model. So a name is looked for several ways, and
any one of them is enough (a leaked name can cost a life; a redacted place name costs
little): the extractor's name finder, a capitalised run holding a known first name (the
shipped first-name lexicon), a capitalised run right after an honorific or a role word
("Mr", "lawyer", "Sra.", "avocat", "advogada") or followed by one in apposition, a word of
a found name standing alone later, and in sentence-case text a capitalised word
mid-sentence that is no known word, place or acronym. Country names, places of several
words and the incident's own places (``keep``) survive.

Written here rather than with Presidio's recognizers because what decides is the context
of each capitalised run (cues, sentence case, gazetteer), which a regex recognizer cannot
see; ``privacy.redact`` combines these spans with Presidio's pattern recognizers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..extract.geo import fold_same_length

_WORD = re.compile(r"\w+")
# Name parts this short are not redacted on their own.
MIN_PART = 3


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
NAME_PARTICLES = _wordset(
    "de da do dos das del la los van von der den bin ibn bint ben abu al el le di du"
)
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
_LOCATIVE = re.compile(
    r"(?<!\w)(?:in|at|near|from|to|en|em|a|à|au|aux|dans|de|desde|hacia|"
    r"para|no|na|do|da|del|du|of)\s+$",
    re.I,
)
_OWNED = re.compile(r"['’]s\s+([^\W\d_\-]+)")
_APPOSITION = re.compile(
    r",\s+(?:(?:an?|the|el|la|los|las|un|una|une|le|les|o|a|os|as|um|uma)\s+)?"
    r"(?:[^\W\d_]+\s+)?([^\W\d_\-]+(?:-[^\W\d_]+)?)"
)
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


def fold(word: str) -> str:
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
    return frozenset(fold(w) for w in words)


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
    return word[:1].isupper() or bool(
        _PREFIXED.match(word)
        and word[3:4].isupper()
        or _PREFIXED.match(word)
        and word[4:5].isupper()
    )


def _cue(word: str, written: str, language: str) -> str | None:
    """ "honorific", "role" or None for a (folded) word before a name."""
    if word in _HONORIFICS:
        if word in _FRENCH_HONORIFICS and (language != "fr" or not written[:1].isupper()):
            return None
        return "honorific"
    return "role" if word in _ROLE_CUES else None


def found_names(text: str, language: str, keep: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of person names that no one linked: the extractor's name finder, then
    capitalised runs with a first name or a cue. Places in ``keep`` (folded) stay, and
    so do other places unless a cue says a person is meant."""
    from ..extract.names import find_all_persons

    toks = [(mt.start(), mt.end(), mt.group()) for mt in _LETTERS.finditer(text)
            if text[mt.start() - 1:mt.start()] != "["]  # not our own tokens  # fmt: skip
    cue_before = {t[0]: _cue_before(text, toks, k, language) for k, t in enumerate(toks)}
    spans = []
    for person in find_all_persons(text):
        for mn in person.mentions:
            folded = " ".join(_WORD.findall(fold(mn.text)))
            if folded in keep or (
                not cue_before.get(mn.start) and _is_place(text, mn.start, folded)
            ):
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
            gap, word = text[toks[last][1] : toks[nxt][0]], toks[nxt][2]
            dotted = len(toks[last][2]) == 1 or fold(toks[last][2]) in _HONORIFICS
            if not (_SPACES.fullmatch(gap) or (dotted and _DOTTED.fullmatch(gap))):
                break
            if not (_is_cap(word) or (word in NAME_PARTICLES and nxt + 1 < len(toks)
                                      and _is_cap(toks[nxt + 1][2]))):  # fmt: skip
                break
            run.append(nxt)
        spans.extend(_names_in_run(text, toks, run, language, keep, lower,
                                   cue_before[toks[i][0]], proper))  # fmt: skip
        i = run[-1] + 1
    # A name found once is a name wherever the text repeats a word of it alone ("Scott
    # Warren was arrested ... Warren said").
    ordinary, places = _ordinary(), _places()
    parts = {f for a, b in spans for f in (_POSSESSIVE.sub("", fold(w))
                                           for w in _PARTS.findall(text[a:b]))
             if len(f) >= MIN_PART and f not in NAME_PARTICLES and f not in ordinary
             and f not in places and f not in keep}  # fmt: skip
    for k, (start, end, written) in enumerate(toks):
        if (
            _is_cap(written)
            and _POSSESSIVE.sub("", fold(written)) in parts
            and not _in_place_name(text, toks, k, keep)
        ):
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
            form = " ".join(_WORD.findall(fold(text[toks[a][0] : toks[b][1]])))
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
    before = text[max(0, start - 4) : start].rstrip(" \t\"“‘'(«")
    if not before or before[-1] in ".!?:;|\n—–-":  # a sentence, line or quotation opens
        return False
    places = _places()
    for k in stretch:
        word = toks[k][2]
        if len(word) < 3 or word.isupper() or _POSSESSIVE.sub("", fold(word)) in places:
            return False
    return True


def _cue_before(text: str, toks: list[tuple[int, int, str]], k: int, language: str) -> str | None:
    """The cue the word before token ``k`` gives ("lawyer Ana", "Sra. Pérez"), if any."""
    if k == 0 or not _CUE_GAP.fullmatch(text, toks[k - 1][1], toks[k][0]):
        return None
    return _cue(fold(toks[k - 1][2]), toks[k - 1][2], language)


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
    words = [_POSSESSIVE.sub("", fold(toks[k][2])) for k in run]
    for j in range(len(run) - 1):
        for n in range(min(_MAX_NAME_WORDS, len(run) - j), 1, -1):
            form = " ".join(words[j : j + n])
            if form in places or form in keep:
                in_place.update(run[j : j + n])
                break
    stretch: list[int] = []
    for k in run:
        written = toks[k][2]
        word = fold(written)
        # A cue word ending the run is a name ("his daughter Irma", Portuguese "irmã").
        role = _cue(word, written, language) if k != run[-1] else None
        if (
            role
            or (word in ordinary and not (k == run[-1] and cue and word in _ROLE_CUES))
            or written in lower
            or k in in_place
        ):
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
    while stretch and fold(toks[stretch[-1]][2]) in NAME_PARTICLES:
        stretch = stretch[:-1]
    words = [_POSSESSIVE.sub("", fold(toks[k][2])) for k in stretch]
    if not words or all(len(w) == 1 for w in words):
        return []
    folded = " ".join(_WORD.findall(" ".join(words)))
    if folded in keep:
        return []
    if cue is None:
        # "Ana Diaz, a lawyer", "Rodríguez's lawyer": a role in apposition or owned.
        after = (_APPOSITION.match(text, toks[stretch[-1]][1])
                 or _OWNED.match(text, toks[stretch[-1]][1] - 2))  # fmt: skip
        if after and fold(after.group(1)) in _ROLE_CUES:
            cue = "role"
    firsts = _first_names()
    hit = next((n for n, w in enumerate(words) if w in firsts), None)
    if cue is None and hit is None and not (proper and _unknown_proper(text, toks, stretch)):
        return []
    # A place stays unless a cue says a person is meant ("Sra. Victoria", "hermana Rosa").
    if cue is None and _is_place(text, toks[stretch[0]][0], folded):
        return []
    first = 0 if cue is not None or hit is None else hit
    stretch = stretch[first : first + _MAX_NAME_WORDS]
    start, end = toks[stretch[0]][0], toks[stretch[-1]][1]
    possessive = _POSSESSIVE.search(text, start, end)
    return [(start, possessive.start() if possessive else end)]
