"""The grammatical gender Spanish, French and Portuguese give a named person.

These languages seldom write a pronoun for the subject ("fue detenida", "foi preso"), so
the English cue, a "she" or "he" after the name, is mostly absent; their grammar marks the
person's sex instead, in three places next to the name:
- the article of the role before it: "la periodista X", "o jornalista X", "une militante";
- a role in apposition after it, in its gendered form: "X, coordinador de ...", "X,
  défenseure des droits", "X, advogada do sindicato";
- the participle of the passive the name is the subject of: "X fue asesinada",
  "X foi preso", "X a été arrêtée".

No tagger of the registry does this offline for the three languages at our speed (spaCy's
small models need a download per language), so these are rules: a few closed word lists
and the passive auxiliaries. ``cues`` returns votes; the caller decides, and falls back
on the first name (``by_first_name``) where the text gives no cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import roles


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Roles in their masculine and their feminine forms, for Spanish and Portuguese and for
# French ("presidente" is either sex in Spanish, a woman in French).
_IBERIAN_MASC = (
    r"defensor|coordinador|coordenador|director|diretor|fundador|trabajador|trabalhador|"
    r"comunicador|profesor|professor|investigador|vereador|agricultor|locutor|presentador|"
    r"apresentador|editor|promotor|organizador|educador|pescador|morador|senador|gobernador|"
    r"governador|embajador|embaixador|lutador|abogado|advogado|reportero|fot[óo]grafo|"
    r"campesino|campon[êe]s|maestro|secretario|secret[áa]rio|vocero|compa[ñn]ero|"
    r"companheiro|hermano|irm[ãa]o|hijo|filho|viudo|vi[úu]vo|esposo|marido|padre|pai|"
    r"alcalde|prefeito|sacerdote|religioso|cacique"
)
_IBERIAN_FEM = (
    r"defensora|coordinadora|coordenadora|directora|diretora|fundadora|trabajadora|"
    r"trabalhadora|comunicadora|profesora|professora|investigadora|vereadora|agricultora|"
    r"locutora|presentadora|apresentadora|editora|promotora|organizadora|educadora|"
    r"pescadora|moradora|senadora|gobernadora|governadora|embajadora|embaixadora|"
    r"lutadora|abogada|advogada|reportera|fot[óo]grafa|campesina|camponesa|maestra|"
    r"secretaria|secret[áa]ria|vocera|compa[ñn]era|companheira|hermana|irm[ãa]|hija|"
    r"filha|viuda|vi[úu]va|esposa|madre|m[ãa]e|lideresa|presidenta|alcaldesa|prefeita|"
    r"concejala|religiosa|monja|freira"
)
_FRENCH_MASC = (
    r"d[ée]fenseur|militant|avocat|directeur|pr[ée]sident|fondateur|coordinateur|"
    r"coordonnateur|animateur|correspondant|paysan|enseignant|[ée]tudiant|opposant|"
    r"dirigeant|chroniqueur|blogueur|r[ée]dacteur|fils|fr[èe]re|mari|p[èe]re|"
    r"instituteur|cultivateur|agriculteur|d[ée]put[ée]|[ée]lu|pr[êe]tre"
)
_FRENCH_FEM = (
    r"d[ée]fenseure|militante|avocate|directrice|pr[ée]sidente|fondatrice|coordinatrice|"
    r"coordonnatrice|animatrice|correspondante|paysanne|enseignante|[ée]tudiante|"
    r"opposante|dirigeante|chroniqueuse|blogueuse|r[ée]dactrice|fille|s(?:œ|oe)ur|"
    r"[ée]pouse|m[èe]re|institutrice|cultivatrice|agricultrice|d[ée]put[ée]e|[ée]lue|"
    r"religieuse"
)
_IBERIAN_ROLES = (re.compile(_IBERIAN_MASC, re.I), re.compile(_IBERIAN_FEM, re.I))
_ROLES = {
    "es": _IBERIAN_ROLES,
    "pt": _IBERIAN_ROLES,
    "fr": (re.compile(_FRENCH_MASC, re.I), re.compile(_FRENCH_FEM, re.I)),
}
# Role nouns of one form for both sexes.
_AMBIGUOUS_ROLES = (
    r"periodistas?|activistas?|sindicalistas?|l[íi]der|dirigentes?|integrantes?|miembro|"
    r"militantes?|journalistes?|jornalistas?|rep[óo]rter|reporters?|photojournalistes?|"
    r"fotoperiodistas?|fotojornalistas?|ambientalistas?|ativistas?|ind[íi]genas?|"
    r"representantes?|cineastas?|artistas?|estudiantes?|estudantes?|docentes?|"
    r"comerciantes?|responsables?|syndicalistes?|membres?|membros?|lideran[çc]a|"
    r"camarade|colega|vocal|juez|juiz|juge|ministre|ministra|ministro|comandante"
)
# Articles and demonstratives that open a singular noun phrase, by gender and language.
_ARTICLES = {
    "es": ({"el", "un", "del", "al", "este", "ese"}, {"la", "una", "esta", "esa"}),
    "pt": (
        {"o", "um", "do", "ao", "no", "pelo", "este", "esse"},
        {"a", "uma", "da", "à", "na", "pela", "esta", "essa"},
    ),
    "fr": ({"le", "un", "du", "au", "ce", "cet"}, {"la", "une", "cette"}),
}
_BARE = {
    "es": ({"el", "un"}, {"la", "una"}),
    "pt": ({"o", "um"}, {"a", "uma"}),
    "fr": ({"le", "un"}, {"la", "une"}),
}
# Singular passive auxiliaries: the participle after them agrees with the subject.
_AUX = {
    "es": r"fue|ha sido|había sido|haber sido|está|estaba|result[óo]|qued[óo]",
    "pt": r"foi|tem sido|tinha sido|ter sido|está|estava|ficou",
    "fr": r"a été|avait été|avoir été|est|était|fut|aurait été|serait",
}
# Plural ones: a feminine plural participle after them says every subject is a woman
# ("Aminata Sylla et Adjoa Diallo ont été placées"); a masculine one says nothing.
_AUX_PLURAL = {
    "es": r"fueron|han sido|habían sido|están|estaban|resultaron|quedaron",
    "pt": r"foram|têm sido|tinham sido|estão|estavam|ficaram",
    "fr": r"ont été|avaient été|sont|étaient|furent|auraient été|seraient",
}
# Singular participles (and adjectives of state) by their ending, and feminine plurals.
_PARTICIPLE = {
    "es": (r"\w+(?:ado|ido|to|so|cho|erto)", r"\w+(?:ada|ida|ta|sa|cha|erta)"),
    "pt": (r"\w+(?:ado|ido|to|so|eso)", r"\w+(?:ada|ida|ta|sa|esa)"),
    "fr": (r"\w+(?:é|u|i|is|it|ort)", r"\w+(?:ée|ue|ie|ise|ite|orte)"),
}
_IBERIAN_FEM_PLURAL = r"\w+(?:adas|idas|tas|sas)"
_FEM_PLURAL = {
    "es": _IBERIAN_FEM_PLURAL,
    "pt": _IBERIAN_FEM_PLURAL,
    "fr": r"\w+(?:ées|ues|ies|ises|ites)",
}
# A participle in apposition right after the name ("X, detenida el mes pasado"): only
# the regular endings, as other words follow a comma there too ("X, qui", "X, dijo").
_IBERIAN_APPOSED = (r"\w+(?:ado|ido)", r"\w+(?:ada|ida)")
_APPOSED = {
    "es": _IBERIAN_APPOSED,
    "pt": _IBERIAN_APPOSED,
    "fr": (r"\w+é", r"\w+ée"),
}
# Words that end like a participle but are none ("todo", "esto", "aussi"), and
# participles of events rather than persons ("el asesinato de X, ocurrido el jueves").
_NOT_PARTICIPLE = _words(
    """
    todo toda esto esta eso esa mismo misma solo sola pronto tanto tanta otro otra cada
    nada puesto vista visto juntos ici aussi lui ici-bas tout toute fait faite cette
    dito dita isso isto tudo muito muita pouco pouca porto
    ocurrido ocurrida ocorrido ocorrida sucedido sucedida registrado registrada
    perpetrado perpetrada cometido cometida survenu survenue perpétré perpétrée
    commis commise
    """
)
_PREPOSITIONS = _words(
    "de do da dos das du des del of para por contra a à con com avec sobre sur entre pour "
    "par em en chez"
)
_BODY_OF = re.compile(
    r"\b(?:cuerpo|cad[áa]ver|restos|corpo|corps|cadavre|d[ée]pouille)\s+(?:sin vida\s+|sem "
    r"vida\s+)?(?:de|do|da|du|de la)\s+(?:[\w\-]+\s+){0,4}$",
    re.I,
)
_OWN_SUBJECT = re.compile(r"\b(?:su|sus|sua|suas|seu|seus|son|sa|ses|leur|leurs)\s+\w+\s+$", re.I)
_WORD = re.compile(r"[\w'’\-]+", re.U)
# Subject pronouns and forms of address. English's list would misread these languages:
# French "son" is "his" or "her", "lui" is "to him" or "to her".
_PRONOUNS = {
    "es": (r"él|señor|sr\.|don", r"ella|señora|sra\.|doña"),
    "pt": (r"ele|dele|nele|senhor|sr\.", r"ela|dela|nela|senhora|sra\.|dona"),
    "fr": (r"il|monsieur|m\.", r"elle|madame|mme"),
}


@lru_cache(maxsize=4)
def pronouns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Patterns of the pronouns and forms of address that refer to a man and to a
    woman in ``language`` (es, fr, pt), or None."""
    if language not in _PRONOUNS:
        return None
    return tuple(  # type: ignore[return-value]
        re.compile(rf"(?<![\w.])(?:{words})(?!\w)", re.I) for words in _PRONOUNS[language]
    )


@lru_cache(maxsize=4)
def _passive(language: str) -> re.Pattern[str]:
    masc, fem = _PARTICIPLE[language]
    adverb = r"(?:(?:ya|también|luego|aussi|déjà|também|já)\s+)?"
    return re.compile(
        rf"\b(?:(?:{_AUX[language]})\s+{adverb}(?:(?P<f>{fem})|(?P<m>{masc}))"
        rf"|(?:{_AUX_PLURAL[language]})\s+{adverb}(?P<fp>{_FEM_PLURAL[language]}))\b",
        re.I,
    )


def _role_gender(word: str, language: str) -> str | None:
    masc, fem = _ROLES[language]
    if fem.fullmatch(word):
        return "f"
    if masc.fullmatch(word):
        return "m"
    return None


@lru_cache(maxsize=1)
def _role_word() -> re.Pattern[str]:
    """A role noun that opens the rest of a string: a victim group's ("periodista",
    "líder indígena"), an official's ("alcalde") or one of the gendered roles."""
    terms = [t for ts in roles.VICTIM_GROUPS.values() for t in ts]
    terms += list(roles.NON_VICTIM_ROLES)
    terms += [_AMBIGUOUS_ROLES, _IBERIAN_MASC, _IBERIAN_FEM, _FRENCH_MASC, _FRENCH_FEM]
    return re.compile(rf"(?:{'|'.join(terms)})\b", re.I)


def _before(text: str, start: int, language: str) -> str | None:
    """The gender of the noun phrase right before a name, or before a comma before it:
    "la periodista", "o líder indígena", "une militante", "la defensora de derechos
    humanos": an article followed by a role noun, then lower-case words only. An article
    of another noun says nothing ("un proceso penal contra X", "la vivienda de X")."""
    # The name's own line: a headline above a lead is no part of its noun phrase.
    tail = text[max(0, start - 60) : start].split("\n")[-1].rstrip()
    # The phrase may stand before a comma: "a coordenadora do acampamento, Maria ...";
    # "Según la organización, X" has no role after its article, so it says nothing.
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    if not tail or tail[-1] in ',;:.()«»"“”':
        return None
    words = list(_WORD.finditer(tail))
    if words and words[-1].group().lower() in _PREPOSITIONS:
        return None  # "un compañero de Torres", "la casa de X": someone else's noun
    masc, fem = _ARTICLES[language]
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        w = words[i].group().lower()
        if i == len(words) - 1:
            role = _role_gender(w, language)
            if role:
                return role  # "lideresa X", "coordinador X"
        if w in fem or w in masc:
            if i == len(words) - 1 or not _role_word().match(tail, words[i + 1].start()):
                return None
            # A role of its own gender outweighs its article ("le animatrice").
            own = _role_gender(words[i + 1].group().lower(), language)
            return own or ("f" if w in fem else "m")
        if words[i].group()[:1].isupper():
            return None  # a capitalised word between: another name or a place
    return None


def _apposition(text: str, end: int, language: str) -> str | None:
    """The gender of a role or participle in apposition after a name: "X, coordinador de
    ...", "X, una defensora", "X, 41 ans, militante", "X (advogada)", "X, detenida"."""
    m = re.match(
        r"\s*[,(]\s*(?:(?:de\s+|aged\s+)?\d{1,3}\s*(?:años|ans|anos)?\s*,\s*)?([\w'’\-]+)"
        r"(?:\s+([\w'’\-]+))?",
        text[end : end + 80],
    )
    if m is None:
        return None
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    # Only a bare article: "X, da Rádio Comunitária" and "X, del sindicato" say where
    # the person works, not what they are.
    masc, fem = _BARE[language]
    if first in fem and second:
        return "f" if _role_gender(second, language) != "m" else None
    if first in masc and second:
        return "m" if _role_gender(second, language) != "f" else None
    if first in _NOT_PARTICIPLE:
        return None
    appo_masc, appo_fem = _APPOSED[language]
    if re.fullmatch(appo_fem, first):
        return "f"
    if re.fullmatch(appo_masc, first):
        return "m"
    return _role_gender(first, language)


def _subject_participle(text: str, start: int, end: int, language: str) -> str | None:
    """The gender of the first passive after a name in its sentence: "X fue detenida",
    "X, de 41 años, fue asesinado", "X a été arrêtée", "X et Y ont été placées".

    Not where the passive has a subject of its own: after "the body of" ("El cuerpo de
    Carmen Ospina fue hallado"), or a possessive's noun right before it ("X ...; su
    muerte fue confirmada")."""
    if _BODY_OF.search(text, max(0, start - 40), start):
        return None
    rest = re.split(r"(?<=[.!?;])\s|\n", text[end : end + 160], maxsplit=1)[0]
    m = _passive(language).search(rest)
    if m is None or _OWN_SUBJECT.search(rest, 0, m.start()):
        return None
    word = (m.group("f") or m.group("m") or m.group("fp")).lower()
    if word in _NOT_PARTICIPLE:
        return None
    return "m" if m.group("m") else "f"


def cues(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """Votes (male, female) that the grammar around the name at ``start``..``end`` gives,
    for Spanish, French and Portuguese; (0, 0) for other languages. The article of the
    role before and a role in apposition weigh 3 each, the subject's participle 2."""
    if language not in _ARTICLES:
        return 0, 0
    male = female = 0
    for found, weight in (
        (_before(text, start, language), 3),
        (_apposition(text, end, language), 3),
        (_subject_participle(text, start, end, language), 2),
    ):
        if found == "m":
            male += weight
        elif found == "f":
            female += weight
    return male, female


# A first name decides only when it is common (this many bearers in the lexicon) and
# nearly always one sex's.
_NAME_BEARERS = 300
_NAME_SHARE = 0.95


def by_first_name(name: str) -> tuple[int, int]:
    """Votes (male, female) of ``name``'s first name: (1, 0) or (0, 1) when the shipped
    first-name lexicon (US Social Security baby names, which carry the Spanish, French
    and Portuguese names of immigrants) has it common and nearly always one sex's; else
    (0, 0). Annotators of the field read sex this way when the text gives no cue."""
    from .learned.victims_features import shipped_first_names

    lexicon = shipped_first_names()
    male, female = lexicon.counts.get(lexicon.first_name(name), (0, 0))
    total = male + female
    if total < _NAME_BEARERS:
        return 0, 0
    if male >= _NAME_SHARE * total:
        return 1, 0
    if female >= _NAME_SHARE * total:
        return 0, 1
    return 0, 0


_AMBIGUOUS = re.compile(rf"(?:{_AMBIGUOUS_ROLES})", re.I)


def of_headline(title: str, language: str) -> str | None:
    """The sex ("m" or "f") a headline gives the one person it is about, or None: a
    gendered role ("Defensora do direito à terra agredida"), an article before a role of
    either sex ("una activista afgana", "une journaliste"), a participle ("Desaparecida",
    "raptado e espancado"); None when the cues disagree or a role is plural."""
    if language not in _ARTICLES:
        return None
    words = [w.lower() for w in _WORD.findall(title)]
    masc_articles, fem_articles = _BARE[language]
    masc_part, fem_part = (re.compile(p, re.I) for p in _APPOSED[language])
    votes: set[str] = set()
    for i, word in enumerate(words):
        gendered = _role_gender(word, language)
        if gendered:
            votes.add(gendered)
        elif _AMBIGUOUS.fullmatch(word):
            if word.endswith("s") and _AMBIGUOUS.fullmatch(word[:-1]):
                return None  # "periodistas": more than one
            prev = words[i - 1] if i else ""
            if prev in masc_articles:
                votes.add("m")
            elif prev in fem_articles:
                votes.add("f")
        elif word not in _NOT_PARTICIPLE and fem_part.fullmatch(word):
            votes.add("f")
        elif word not in _NOT_PARTICIPLE and masc_part.fullmatch(word):
            votes.add("m")
    return votes.pop() if len(votes) == 1 else None
