"""Victims: which named persons suffered the attack, unnamed victim groups, and their
group, sex and age group."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..domain import Victim
from . import gender, geo
from .base import Doc, Draft, compile_terms, guess_language, split_sentences
from .data import roles
from .data import violations as vlex
from .dates import NUMBER_WORDS, past_sentences
from .geo import fold_same_length
from .names import Person, find_persons, first_name, victim_name
from .violations import audience, compile_factored, headline_role_pattern, roles_text

_ATTACK = (
    "|".join(t for k, ts in vlex.TRIGGERS.items() for t in ts if k != "other")
    + "|"
    + "|".join(
        (
            r"threat\w*",
            r"assault\w*",
            r"attack(?:ed)?",
            r"beat(?:en)?",
            r"harass\w*",
            r"amenaz\w*",
            r"agredid[oa]s?",
            r"menac\w*",
            r"amea[çc]\w*",
            r"injured",
            r"wounded",
            r"stabbed",
            r"shot",
        )
    )
)
# Acts against a person that the violation types file under "other" (beatings, charges,
# surveillance, raids, shots) as Spanish, French and Portuguese news words them. Only the
# rules of those languages read them: English keeps the cues its learned victims part was
# trained on.
_ATTACK_ROMANCE = "|".join(
    (
        # es
        r"golpead[oa]s?",
        r"golpe(?:aron|ó|an)",
        r"herid[oa]s?",
        r"hostigad[oa]s?",
        r"hostig(?:aron|ó|an)",
        r"imputad[oa]s?",
        r"imput(?:ó|aron|an)",
        r"procesad[oa]s?",
        r"(?:proceso|denuncia|querella) penal contra",
        r"orden de (?:captura|aprehensi[óo]n|detenci[óo]n|arresto) contra",
        r"espiad[oa]s?",
        r"vigilad[oa]s?",
        r"seguid[oa]s? y fotografiad[oa]s?",
        r"allan(?:aron|ó|an)",
        r"dispar(?:aron|ó|an) contra",
        r"abrieron fuego contra",
        r"a?balead[oa]s?",
        r"a?bale(?:aron|ó|an)",
        r"agred(?:ieron|ió|en)",
        r"intimidad[oa]s?",
        r"perseguid[oa]s?",
        r"criminalizad[oa]s?",
        r"judicializad[oa]s?",
        r"objetivo militar[\"”»']?",
        # fr
        r"frappée?s?",
        r"bless[ée]e?s?",
        r"tabass[ée]e?s?",
        r"brutalis[ée]e?s?",
        r"pass[ée]e?s? [àa] tabac",
        r"rou[ée]e?s? de coups",
        r"poursuivie?s?",
        r"poursuites (?:judiciaires )?contre",
        r"plainte contre",
        r"mandat d['’]arr[êe]t contre",
        r"inculp[ée]e?s?",
        r"mise? en examen",
        r"perquisitionn\w*",
        r"surveill[ée]e?s?",
        r"espionn[ée]e?s?",
        r"pris(?:e|es)? en filature",
        r"(?:ont )?tir[ée] sur",
        r"ouvert le feu sur",
        r"intimid[ée]e?s?",
        r"harcel[ée]e?s?",
        r"harc[eè]l(?:ent|ement)",
        r"cible militaire",
        # pt
        r"espancad[oa]s?",
        r"ferid[oa]s?",
        r"processad[oa]s?",
        r"processo (?:criminal|judicial|penal) contra",
        r"indiciad[oa]s?",
        r"vigiad[oa]s?",
        r"espionad[oa]s?",
        r"seguid[oa]s? e fotografad[oa]s?",
        r"(?:atir|dispar)(?:aram|ou) contra",
        r"invadi(?:ram|u)",
        r"hostilizad[oa]s?",
        # Charged with what is no violent crime (judicial harassment): "fueron acusados
        # de participar en reuniones ilegales", "accusée de diffamation"; "acusado de
        # asesinar" names a suspect.
        r"acusad[oa]s? de(?!\s+[\"“«]?(?:asesin|mat[aá]r|homicid|secuestr|sequestr|agred|"
        r"atac|viol|rob|estupr|tortur|feminic|extors))",
        r"accus[ée]e?s? d(?:e|['’])(?!\s*[\"“«]?\s*(?:assassin|meurtre|tuer|homicide|"
        r"enl[eè]v|agress|attaqu|viol|vol|tortur|extors|kidnap))",
        # Hit by shots or shrapnel: "foi atingida por três balas de borracha", "alcanzado
        # por perdigones"; the one worst hit: "a été le plus touché", "foi o mais atingido".
        r"atingid[oa]s? (?:por|com) (?:[\w'’-]+ ){0,3}?(?:tiros|disparos|balas|balazos|"
        r"estilhaços|proj[ée]teis|chumbo)",
        r"alcanzad[oa]s? por (?:[\w'’-]+ ){0,3}?(?:balas|disparos|perdigones|proyectiles)",
        r"le plus touch[ée]e?",
        r"o mais atingid[oa]",
        r"pris(?:e|es)? [àa] partie",
        r"molest[ée]e?s?",
        r"malmen[ée]e?s?",
        # Dismissals ("Foram dispensados X, Y e Z", "fueron despedidos", "licenciés")
        r"despedid[oa]s?",
        r"demitid[oa]s?",
        r"desligad[oa]s?",
        r"aprehendid[oa]s?",
        r"dispensad[oa]s?(?!\s+d[aeo]s?\b)",
        r"licenci[ée]e?s?",
        # and, as in Spanish, "intimidado", "perseguido", "criminalizado"
        # A conviction: "a été reconnue coupable", "fue declarado culpable", "foi
        # considerado culpado".
        r"reconnue?s? coupables?",
        r"d[ée]clar[ée]e?s? coupables?",
        r"declarad[oa]s? culpables?",
        r"(?:considerad|declarad)[oa]s? culpad[oa]s?",
    )
)
_BE = (
    r"(?:"
    r"was|were|has been|have been|had been|is|are|being|got|fue|fueron|ha sido|está|"
    r"a été|ont été|est|foi|foram|tem sido|"
    # Plural and past forms: "sont portés disparus", "han sido amenazados", "estão presos".
    r"sont|étaient|était|fut|furent|avait été|avaient été|han sido|había sido|"
    r"habían sido|están|estaba|estaban|são|estão|estava|estavam|têm sido|tinha sido|"
    # "denunció haber sido golpeado", "affirme avoir été torturé", "diz ter sido agredido"
    r"haber sido|avoir été|ter sido|"
    # "permanece detenida", "reste détenu", "segue preso"
    r"permanece|permanecen|permanecía|sigue|siguen|continúa|continúan|reste|restent|"
    r"demeure|demeurent|permanecem|segue|seguem|continua|continuam"
    r")"
)
_MALE = (
    r"\b(?:"
    r"he|him|his|himself|mr\.?|sr\.?|el periodista|el activista|o jornalista|"
    r"le journaliste|il|lui|él|señor|monsieur|senhor|husband|father|son|brother|man|"
    r"boy"
    r")\b"
)
_FEMALE = (
    r"\b(?:"
    r"she|her|hers|herself|mrs\.?|ms\.?|miss|sra\.?|mme|la periodista|la activista|"
    r"a jornalista|la journaliste|elle|ella|señora|madame|senhora|wife|mother|"
    r"daughter|sister|woman|girl|widow|actress|businesswoman|congresswoman|"
    r"chairwoman|spokeswoman|periodista mujer|lideresa|defensora|ativista mulher"
    r")\b"
)
_NUM = (
    r"(?:"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|"
    r"hundreds of|scores of|several|many|some|at least \d+|more than \d+|"
    # Spanish, French and Portuguese up to ten ("siete líderes indígenas", "sept
    # journalistes", "oito camponeses"), and "at least" / "more than" before a number.
    r"(?:al menos|por lo menos|más de|au moins|plus de|pelo menos|mais de)\s+(?:\d+|\w+)|"
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|decenas de|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|des dizaines de|"
    r"dois|duas|três|sete|oito|nove|dez|vários|várias|dezenas de"
    r")"
)
# Spanish "dos" (two) is Portuguese "of the": "Sindicato dos Trabalhadores Rurais" counts
# nobody. Number words of one language only that are another's common word.
_NOT_A_NUMBER = {"pt": ("dos",)}
_GROUP_NOUNS = (
    r"(?:"
    r"journalists|reporters|media workers|activists|defenders|human rights defenders|"
    r"unionists|trade unionists|union members|union leaders|workers|protesters|"
    r"demonstrators|students|people|civilians|villagers|farmers|teachers|doctors|"
    r"lawyers|members|leaders|women|men|children|periodistas|activistas|defensores|"
    r"sindicalistas|trabajadores|manifestantes|estudiantes|personas|campesinos|"
    r"líderes sociales|journalistes|militants|syndicalistes|manifestants|personnes|"
    r"jornalistas|ativistas|trabalhadores|pessoas|indígenas|indigenous people|"
    r"líderes|lideresas|dirigentes|defensoras|reporteros|comunicadores|fotoperiodistas|"
    r"ambientalistas|abogados|maestros|docentes|profesores|pobladores|comuneros|"
    r"défenseurs|défenseures|dirigeants|militantes|photojournalistes|paysans|avocats|"
    r"enseignants|étudiants|autochtones|lideranças|repórteres|camponeses|advogados|"
    r"professores|estudantes|fotojornalistas|" + "|".join(roles.PEOPLE_TERMS) + r")"
    # A people stands for its members: "Três Pataxó", "deux Batwa", "three Lumad".
)
# Words between a number and the group noun describe the group ("siete líderes
# indígenas", "three local reporters"); an attack noun or "against" there means the number
# counts attacks, not people ("decenas de agresiones contra defensores").
_NOT_FILLER = (
    r"(?!(?:against|contra|contre|attacks?|ataques?|agresiones|attaques?|agressions?|"
    r"agressões|crimes?|crímenes|casos?|cases?|cas|asesinatos|killings|meurtres|"
    r"assassinatos|amenazas|threats|menaces|ameaças)\b)"
)


def _attack_patterns(suffix: str, attack: str) -> dict[str, re.Pattern[str]]:
    """A mention followed by a passive attack ("X was arrested", "X fue golpeado"), and a
    mention that an attack word precedes by a few words ("the killing of journalist X")."""
    return {
        f"passive{suffix}": re.compile(
            rf"^[^.;]{{0,80}}?\b{_BE}\s+(?:\w+\s+){{0,3}}?(?:{attack})\b", re.I
        ),
        f"active_obj{suffix}": re.compile(
            rf"\b(?:{attack})\s+(?:of\s+|de\s+|do\s+|da\s+|du\s+|of the\s+)?"
            r"(?:[\w\-]+\s+){0,3}$",
            re.I,
        ),
    }


# Spanish, French and Portuguese wordings of a named victim that the patterns above miss:
# - the name, its apposition, then the passive: "Nadia El Amrani, membre du bureau central
#   de l'AMDH, a été hospitalisée ... après avoir été blessée";
# - an injury in apposition, after an age or another apposition or not: "a rezadora
#   Anastácia Vilhalva Benites, de 67 anos, ferida por estilhaços", "Elizeu Martins Lopes,
#   um dos porta-vozes da retomada, atingido por um disparo";
# - an attack's noun with "against" or "suffered by" a few words before the name:
#   "vigilância e difamação contra Lúcia Helena Ferraz", "la agresión sufrida por su
#   coordinadora regional, Yelitza Pernía", "les menaces contre l'avocate X";
# - a list of victims after a colon: "fueron detenidos: Achta Moussa y ...".
_ATTACK_NOUNS = (
    r"agresi[óo]n|agresiones|ataques?|amenazas?|hostigamiento|acoso|persecuci[óo]n|incidentes?|"
    r"difamaci[óo]n|estigmatizaci[óo]n|intimidaci[óo]n|criminalizaci[óo]n|"
    r"agressions?|attaques?|menaces?|harc[eè]lement|pers[ée]cution|diffamation|"
    r"intimidations?|repr[ée]sailles|"
    r"agress(?:[ãa]o|[õo]es)|amea[çc]as?|persegui[çc][ãa]o|difama[çc][ãa]o|vigil[âa]ncia|"
    r"intimida[çc](?:[ãa]o|[õo]es)|criminaliza[çc][ãa]o|viol[êe]ncia"
)


def _romance_cues() -> dict[str, re.Pattern[str]]:
    """The cues above, and a sentence that introduces the victims after an attack ("Se
    trata del secretario general, X"), compiled; ``_patterns`` caches them."""
    return {
        "after_apposition": re.compile(
            rf"^\s*(?:,[^.;,]{{0,120}}){{1,2}},\s*{_BE}\s+[^.;]{{0,80}}?\b"
            rf"(?:{_ATTACK}|{_ATTACK_ROMANCE})\b",
            re.I,
        ),
        "injured_apposed": re.compile(
            r"^\s*,\s*(?:[^.;,\n]{1,80},\s*)?"
            r"(?:herid[oa]|ferid[oa]|bless[ée]e?|golpead[oa]|espancad[oa]|tabass[ée]e?|"
            r"baleado|balead[oa]|atingid[oa]|"
            # or taken: "l'avocate X, interpellée le 24 avril par des agents"
            r"detenid[oa]|arr[êe]t[ée]e?|interpell[ée]e?|pres[oa]|detid[oa]|"
            r"secuestrad[oa]|sequestrad[oa]|enlev[ée]e?|desaparecid[oa]|disparue?|"
            r"asesinad[oa]|assassinad[oa]|assassin[ée]e?|tu[ée]e?)\b",
            re.I,
        ),
        "noun_against": re.compile(
            rf"\b(?:{_ATTACK_NOUNS})\s+(?:[\w\-]+,?\s+){{0,3}}?(?:[^.;]{{0,50}},\s+)?(?:contra|contre|"
            r"sufrid[oa]s? por|subie?s? par|sofrid[oa]s? por)\s+(?:[\w\-’']+,?\s+){0,4}$",
            re.I,
        ),
        # "l'arrestation, le 28 janvier à N'Djamena, de M. Mahamat Hassaballah"
        "attack_aside_of": re.compile(
            rf"\b(?:{_ATTACK}|{_ATTACK_ROMANCE})\s*,[^,.;]{{0,60}},\s+(?:de|du|da|do)\s+"
            r"(?:[\w\-’'.]+\s+){0,3}$",
            re.I,
        ),
        # "X, qui recevait des menaces de mort depuis ...", "X, quien había recibido
        # amenazas", "X, que vinha sofrendo ameaças": the relative clause says X's lot.
        "suffered_relative": re.compile(
            r"^\s*(?:,[^.;,]{1,60})?,\s*(?:qui|quien|quienes|que)\s+(?:[\w\-]+\s+){0,2}?"
            r"(?:recev\w*|re[çc]oi\w*|re[çc]u\w*|recib\w*|receb\w*|subi\w*|"
            r"sufr\w*|sofr\w*|fai(?:t|sait) l['’]objet|era objeto|[ée]tait la cible)\s+"
            rf"(?:[\w\-]+\s+){{0,2}}?(?:{_ATTACK_NOUNS})\b",
            re.I,
        ),
        "introduced": re.compile(
            r"\b(?:se trata d(?:e|el|e la|e los|e las)|il s['’]agit d(?:e|u|e la|es|['’](?=\w))|"
            r"trata-se d(?:e|o|a|os|as)|s[ãa]o eles|identificad[oa]s? como|"
            r"identifi[ée]e?s? comme|"
            # "Parmi eux, X, correspondant ...", "Parmi eux figure X", "Entre ellos, X"
            r"parmi (?:eux|elles)(?:,| figurent?| se trouvent?| se trouvaient)?)"
            r"(?:\s+|(?<=['’]))(?:[\w\-]+,?\s+){0,4}$",
            re.I,
        ),
        # The family or relatives of the person an article is about speak for them: "A
        # família de Liu Jianwei ... não sabe onde ele está", "los familiares de X denuncian".
        "family_of": re.compile(
            r"\b(?:fam[íi]l(?:ia|le|iares)|proches|parientes|parentes)\s+"
            r"(?:de|d['’]|du|da|do|del)\s*$",
            re.I,
        ),
        # A sentence that opens with the passive and lists who it befell after it:
        # "Foram dispensados Valdirene ..., de 38 anos, ...; Jean Carlos ...; e o haitiano
        # Wilner ...", "Fueron detenidos los periodistas X y Y".
        "inverted": re.compile(
            r"\s*[\"“«]?\s*(?:(?:fueron|fue|han sido|ha sido|foram|foi|ont été|a été|furent|fut)\s+"
            rf"(?:[\w\-]+\s+){{0,2}}?(?:{_ATTACK}|{_ATTACK_ROMANCE})\b|"
            # "Los agredidos son X y Y", "Los compañeros capturados son: X; Y", "Les
            # personnes arrêtées sont X", "Os detidos são X"
            r"(?:los|las|os|as|les)\s+(?:[\w\-]+\s+){0,2}?"
            rf"(?:{_ATTACK}|{_ATTACK_ROMANCE})\s+(?:son|sont|são|eran|étaient|eram)\b)",
            re.I,
        ),
        # "deteve três membros da organização, incluindo a coordenadora X": the attack
        # earlier in the sentence befell those it then lists.
        "including": re.compile(
            r"\b(?:incluindo|incluyendo|including|dont|entre ellos|entre eles|notamment|"
            r"parmi lesquel(?:le)?s)\s+(?:[\w\-’']+\s+){0,4}$",
            re.I,
        ),
        "attack_word": re.compile(rf"\b(?:{_ATTACK}|{_ATTACK_ROMANCE}|{_ATTACK_NOUNS})\b", re.I),
        "listed_after": re.compile(
            rf"\b(?:{_ATTACK}|{_ATTACK_ROMANCE}|atingid[oa]s)\b[^.:;\n]{{0,60}}:\s*"
            r"(?:[\w\-]+\s+){0,3}$",
            re.I,
        ),
    }


@lru_cache(maxsize=1)
def _group_patterns() -> dict[str, re.Pattern[str]]:
    return {g: compile_factored(ts) for g, ts in roles.VICTIM_GROUPS.items()}


def _of_the_past(doc: Doc, person: Person, persons: list[Person], past: frozenset[int]) -> bool:
    """Whether every sentence that names ``person`` is one of ``past``, the sentences of
    an earlier year (``dates.past_sentences``): the victims of attacks an article recalls
    ("la reportera Shireen Abu Akleh, muerta en 2022", "Em 2023, o ativista X foi
    condenado"); not one the headline names."""
    if not past:
        return False
    words = person.name.split()
    # The mentions of its short forms too ("Andreï Jouravliov" for "Andreï Mikhaïlovitch
    # Jouravliov"), which ``_without_short_forms`` merges into it later.
    mentions = [
        m for p in persons if p is person or _short_form(p.name.split(), words) for m in p.mentions
    ]
    return bool(mentions) and all(
        m.start >= doc.title_end and doc.sentence_index(m.start) in past for m in mentions
    )


def _sexed_by_headline(
    doc: Doc, victims: list[tuple[Victim, tuple[int, int], float]]
) -> list[tuple[Victim, tuple[int, int], float]]:
    """The one named victim whose sex nothing at the name tells takes the headline's
    ("Desaparecida una activista afgana ..." and, sentences on, "Mursal Hakimi, de 32
    años, daba clases"): wire copy tells the attack on someone unnamed first."""
    named = [i for i, (v, _, _) in enumerate(victims) if v.name]
    if len(named) != 1 or victims[named[0]][0].sex != "unknown":
        return victims
    sex = gender.of_headline(doc.text[: doc.title_end], doc.language)
    if sex is None:
        return victims
    i = named[0]
    victim, span, score = victims[i]
    out = list(victims)
    out[i] = (victim.model_copy(update={"sex": "man" if sex == "m" else "woman"}), span, score)
    return out


def groups_named(text: str) -> list[str]:
    """The victim groups whose role words ``text`` holds ("periodista", "trade union
    leader", "défenseure"), in the order of ``roles.VICTIM_GROUPS``."""
    pats = _group_patterns()
    return [g for g in roles.VICTIM_GROUPS if pats[g].search(text)]


def _groups_read_on(doc: Doc, start: int, end: int) -> list[str]:
    """The victim groups whose role words start between ``start`` and ``end`` when read on
    to the end of the sentence: "Dois indígenas" are land defenders only where their
    sentence goes on to the land they hold ("... mortos em ataque a retomada")."""
    stop = doc.sentences[doc.sentence_index(start)][1] if doc.sentences else len(doc.text)
    pats = _group_patterns()
    return [
        g
        for g in roles.VICTIM_GROUPS
        if any(rm.start() < end for rm in pats[g].finditer(doc.text, start, max(stop, end)))
    ]


def group_phrases(text: str, language: str | None = None) -> list[str]:
    """The phrases of ``text`` (in ``language``, guessed when None) that count a group of
    victims, in order: "seven activists", "Al menos siete defensores", "trois
    journalistes", "dozens of students"; a tally of a year or a period is not one (see
    ``_TALLY``)."""
    language = language or guess_language(text)
    return [m.group() for m in _group_matches(text, language, split_sentences(text))]


def _group_matches(
    text: str, language: str, sentences: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The group phrases of ``text`` (whose sentence spans are ``sentences``), but for a
    number word that is another language's common word and a phrase whose sentence
    counts a year or a period (``_TALLY``)."""
    not_numbers = _NOT_A_NUMBER.get(language, ())
    starts = [a for a, _ in sentences]
    for m in _patterns()["group"].finditer(text):
        if m.group().split(None, 1)[0].lower() in not_numbers:
            continue
        i = bisect.bisect_right(starts, m.start()) - 1
        a, b = sentences[i] if i >= 0 else (0, len(text))
        if not _TALLY.search(text, a, b):
            yield m


def _count(word: str) -> int:
    """The size a group phrase's first word gives ("dos", "trois", "três", "2"), or 0
    when it gives none ("varios", "decenas")."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(fold_same_length(word), 0)


_YEAR = r"(?:19|20)\d\d"
# A count of a year or of a period is no group attacked in the reported attack: "ya son 28
# los líderes sociales asesinados en Colombia en 2026", "au moins cinq journalistes ont
# disparu depuis 2024", "In 2020, at least 247 reporters were jailed". A group counted as a
# victim of the incident adds to its SDG 16.10.1 count. "So far" alone, "a total of" and
# "the number of" stay: they also count the reported crackdown ("At least 24 people have
# been arrested so far"). On HRDsAttack train the groups the rules find go from 229 to 221,
# each one cut a tally or an earlier attack; the demo corpora hold no such tally.
_TALLY = re.compile(
    rf"\b(?:so far (?:this (?:year|month)|in {_YEAR})|this year|in {_YEAR}|"
    rf"since (?:the (?:start|beginning) of )?{_YEAR}|"
    rf"(?:ya\s+)?son\s+(?:ya\s+)?\d+|en lo que va del? (?:año|mes)|este año|en {_YEAR}|"
    rf"desde {_YEAR}|cette année|depuis (?:le début de l'année|{_YEAR})|"
    rf"este ano|neste ano|em {_YEAR})\b",
    re.I,
)


# Names listed before a name: "Radio journalists A and B", "land rights defenders A, B
# and C" (capitalised words, each run closed by "and" or a comma).
_LISTED_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.\-]*\s+){1,5}(?:and|,)\s+)+$")
# What opens an apposition that states a role: ", a trade union leader", ", both
# trade union leaders", ", who works as an environmental defender", "(journalist)".
_APPOSITION = re.compile(
    r"\s*[,(]\s*(?:who (?:works|worked|is|was) (?:as )?)?"
    r"(?:(?:a|an|the|both|one of the|two|three|four)\s+)?"
    r"((?:[\w'’\-]+\s+){0,3}[\w'’\-]+)"
)
# "A and B, both trade union leaders": B's apposition states A's role too.
_AND_BOTH = re.compile(r"\s+and\s+(?:[A-Z][\w'’.\-]*\s*){1,5}(?=,\s*both\b)")
# An office in an organisation, in apposition after the name and its age: ", 44, a
# coordinator of the Ngorongoro Pastoralists' Land Forum", ", chairman of the independent
# union Yntymak", ", the director of the Ukuk Koruu Legal Centre", ", a founder of the
# group Black Sea Environmental Watch". The organisation's words give the group.
_OFFICE_OF = re.compile(
    r"\s*,\s*(?:\d{1,2}\s*,\s*)?(?:(?:a|an|the|one of the)\s+)?(?:[\w'’\-]+\s+){0,2}?"
    r"(?:coordinator|co-?ordinator|chair(?:man|woman|person)?|president|director|"
    r"(?:co-?)?founder|secretary|leader|head|member|spokes(?:man|woman|person)|treasurer|"
    r"organi[sz]er|activist|volunteer|editor|presenter|reporter)s?"
    r"\s+(?:of|at|with|for|in)\s+(?:the\s+|a\s+|an\s+)?((?:[\w'’\-]+\s+){0,7}[\w'’\-]+)",
    re.I,
)
_ORGANISATION_GROUPS = (
    ("trade unionist", re.compile(r"\b(?:union|unions|syndicate|trade unionists?)\b", re.I)),
    (
        "journalist",
        re.compile(
            r"\b(?:radio|station|newspaper|television|tv|weekly|daily|magazine|news|"
            r"outlet|channel|broadcaster)\b",
            re.I,
        ),
    ),
    (
        "human rights defender",
        re.compile(
            r"\b(?:rights|forum|legal (?:centre|center|aid|clinic)|defenders?|environmental|"
            r"watch|movement|coalition|network|collective|indigenous|ngo|"
            r"land (?:rights|forum|defen\w+|alliance|coalition|movement|council)|"
            r"advocacy|campaign|committee for|association for)\b",
            re.I,
        ),
    ),
)


def _office_groups(text: str, end: int, romance: bool = False) -> list[str]:
    """The group of the organisation whose office an apposition at ``end`` names, in
    English (``_OFFICE_OF``) or in es/fr/pt (``_OFFICE_OF_ROMANCE``)."""
    office, groups, reach = (
        (_OFFICE_OF_ROMANCE, _ORGANISATION_GROUPS_ROMANCE, 200)
        if romance
        else (_OFFICE_OF, _ORGANISATION_GROUPS, 160)
    )
    m = office.match(text, end, end + reach)
    if not m:
        return []
    org = m.group(1)
    return [g for g, rx in groups if rx.search(org)][:1]


# The same in Spanish, French and Portuguese: ", de 47 años, presidente de la
# Coordinadora Kichwa Runakuna de Cotacachi", ", membre du Collectif citoyen pour la
# veille démocratique", ", tesoureira do Sindicato dos Trabalhadores Rurais".
_OFFICE_OF_ROMANCE = re.compile(
    r"\s*,\s*(?:de\s+)?(?:\d{1,2}\s*(?:años|ans|anos)\s*,\s*)?(?:(?:un|una|uno|une|um|uma)\s+"
    r"(?:de\s+l[oa]s\s+|des\s+|d[oa]s\s+)?)?(?:[\w'’\-]+\s+){0,2}?"
    r"(?:president[ea]?|présidente?|coordinador[ae]?|coordonnat(?:eur|rice)|"
    r"coordinat(?:eur|rice)|coordenador[ae]?|dirigente|dirigeante?|secretari[oa]|"
    r"secrétaire|secretári[oa]|fundador[ae]?|fondat(?:eur|rice)|direct(?:eur|rice)|"
    r"director[ae]?|diretor[ae]?|miembro|membre|membro|integrante|vocer[oa]|"
    r"porte-parole|porta-voz|l[íi]der|leader|responsable|respons[áa]vel|tesorer[oa]|"
    r"trésori(?:er|ère)|tesoureir[oa]|animat(?:eur|rice)|militante?|ativista|activista)s?"
    r"\s+(?:de\s+la\s+|de\s+l['’]|del\s+|du\s+|des\s+|d[oa]s?\s+|de\s+)"
    r"((?:[\w'’\-]+\s+){0,7}[\w'’\-]+)",
    re.I,
)
_ORGANISATION_GROUPS_ROMANCE = (
    (
        "trade unionist",
        re.compile(r"\b(?:sindicatos?|syndicats?|sindical|syndicale?|centrale? syndicale)\b", re.I),
    ),
    (
        "journalist",
        re.compile(
            r"\b(?:radios?|r[áa]dio|peri[óo]dico|diario|di[áa]rio|journal|jornal|revista|"
            r"hebdomadaire|quotidien|semanario|semanário|canal|cha[îi]ne|t[ée]l[ée]vis(?:i[óo]n|ion|[ãa]o)|"
            r"emisora|agencia de noticias|agence de presse|site d['’]information|portal)\b",
            re.I,
        ),
    ),
    (
        "human rights defender",
        re.compile(
            r"\b(?:derechos humanos|droits (?:de l['’]homme|humains)|direitos humanos|"
            r"ind[íi]gena|indigènes?|autochtones?|campesin[oa]s?|paysans?|camponeses|"
            r"coordinadora|coordination|coordena[çc][ãa]o|movimiento|mouvement|movimento|"
            r"colectivo|collectif|coletivo|comit[ée] de d[ée]fense|ligue|liga|"
            r"defensor[ae]s|d[ée]fenseur[es]*|ambiental|environnement|medio ambiente|"
            r"meio ambiente|v[ií]ctimas|victimes|desaparecid[oa]s|disparus|atingid[oa]s)\b",
            re.I,
        ),
    ),
)


def _romance_office_groups(text: str, person: Person) -> list[str]:
    """The group of the body whose office an apposition after a mention names, in es/fr/pt
    (``_office_groups``): the first mention's whose body gives one."""
    for m in person.mentions:
        if found := _office_groups(text, m.end, romance=True):
            return found
    return []


def stated_groups(text: str, person: Person) -> list[str]:
    """The victim groups the text states of ``person`` right at a mention: a role that
    ends where the name (or a list it opens) begins ("trade union leader X", "radio
    journalists A and X"), or one in apposition after it (", a trade union leader",
    ", both land rights defenders", ", who works as an environmental defender")."""
    pats = _group_patterns()
    out: list[str] = []
    for m in person.mentions:
        before = text[max(0, m.start - 80) : m.start]
        before = _LISTED_BEFORE.sub("", before) if re.search(r"(?:and|,)\s+$", before) else before
        end = len(before.rstrip())
        if before[:end][-1:].isalnum():
            for g in roles.VICTIM_GROUPS:
                if g not in out and any(rm.end() == end for rm in pats[g].finditer(before)):
                    out.append(g)
        both = _AND_BOTH.match(text, m.end, m.end + 80)
        appo = _APPOSITION.match(text, both.end() if both else m.end, m.end + 120)
        if appo:
            phrase = appo.group(1)
            for g in roles.VICTIM_GROUPS:
                if g not in out and (hit := pats[g].search(phrase)) and hit.start() <= 20:
                    out.append(g)
        for g in _office_groups(text, both.end() if both else m.end):
            if g not in out:
                out.append(g)
    return out


def _one(groups: list[str]) -> list[str]:
    return groups if len(groups) == 1 else []


def headline_groups(text: str) -> list[str]:
    """The victim groups the headline (``text`` up to its first line break) names:
    "Naivasha activist receives death threat" gives human rights defender."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    pats = _group_patterns()
    # Not the press as a thing or an audience ("Press release: shooting incident").
    return [
        g
        for g in roles.VICTIM_GROUPS
        if any(not audience(text, m) for m in pats[g].finditer(text, 0, end))
    ]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        **_attack_patterns("", _ATTACK),
        **_attack_patterns("_romance", f"{_ATTACK}|{_ATTACK_ROMANCE}"),
        **_romance_cues(),
        "male": re.compile(_MALE, re.I),
        "female": re.compile(_FEMALE, re.I),
        "child": compile_terms(roles.CHILD),
        "age": re.compile(
            r"^,?\s*(?:aged\s+)?(\d{1,2})\b|\b(\d{1,2})-year-old\b|\b(\d{1,2}) (?:años|ans|anos)\b",
            re.I,
        ),
        "nonvictim": compile_terms(list(roles.NON_VICTIM_ROLES)),
        "speaker": compile_terms(list(roles.SPEAKER_CUES)),
        "byline": re.compile(r"(?:^|\n)\s*(?:by|por|par)\s+$", re.I),
        # What follows a name that opens a sentence as its subject with an age: "Wilner
        # Dorvil, 39 ans, correspondant ...", "Ramón Benítez, de 52 años,", "X, 39, a".
        "aged_subject": re.compile(
            r"^\s*,\s*(?:de\s+|aged\s+)?\d{1,2}(?:\s*(?:ans|años|anos|years? old))?\s*,", re.I
        ),
        "group": re.compile(
            rf"\b{_NUM}\s+(?:{_NOT_FILLER}[\w\-]+\s+){{0,2}}?{_GROUP_NOUNS}\b",
            re.I,
        ),
        **_group_patterns(),
    }


# A dateline ("Medellín, 7 mar.", "La Habana.") is no lead: the lead has a few words.
_LEAD_WORDS = 6


def _lead_sentence(doc: Doc) -> int | None:
    """Index of the first sentence of the body (after the title and any dateline)."""
    body = len(doc.text) - len(doc.text[doc.title_end :].lstrip())
    if body >= len(doc.text):
        return None
    first = doc.sentence_index(body)
    for i in range(first, min(first + 3, len(doc.sentences))):
        start, end = doc.sentences[i]
        if len(doc.text[start:end].split()) >= _LEAD_WORDS:
            return i
    return first


# Before a place the gazetteer may not hold ("en el Bajo Aguán", "em São Félix do Xingu",
# "na Zona da Mata", "à Fataki", "des Walendu Pitsi"): a preposition of place, or the
# saint or port that starts many town names (which the name finder leaves out). English
# is left out: its learned victims part reads these rules' output and was trained on it
# (on HRDsAttack train this filter also dropped a few true victims there).
_PLACE_WORDS = {
    "es": r"en|del",
    "fr": r"à|au|aux|dans|des",
    "pt": r"em|na|nas|no|nos",
}
_PLACE_BEFORE = {
    lang: re.compile(
        rf"(?:(?<![\w'’])(?:{words})\s+(?:el\s+|la\s+|los\s+|las\s+|le\s+)?"
        r"|\b(?:S[ãa]o|Santa|Santo|San|Saint|Sainte|Porto|Puerto|Vila|Villa)\s+)$"
    )
    for lang, words in {**_PLACE_WORDS, "": "|".join(_PLACE_WORDS.values())}.items()
}
# Words that head a place's name and are also given names somewhere ("na Zona da Mata",
# "en la Sierra Tarahumara", "na Costa do Descobrimento", "en Isla Mujeres").
_PLACE_HEADS = frozenset(
    [
        "zona",
        "sierra",
        "serra",
        "costa",
        "mata",
        "vale",
        "valle",
        "alto",
        "isla",
        "ilha",
        "montaña",
        "montanha",
    ]
)
# A title in quotes after the word for a programme or a column: "o programa "Bom Dia,
# Pedreiras"", "l'émission « Kalehe Leo »".
_QUOTED_TITLE = re.compile(
    r"\b(?:programa|programme|[ée]mission|coluna|columna|chronique|perfil|p[áa]gina|"
    r"intitulad[oa]|intitul[ée]e?|titulad[oa])\s+[\"“«‘']\s*$",
    re.I,
)


_SAINTS = frozenset(["San", "Santa", "Santo", "São", "Sao", "Saint", "Sainte", "Santísima"])


def _place_or_title(text: str, person: Person, language: str) -> bool:
    """Whether a capitalised run the name finder took for a person reads as a place or a
    title: one of its mentions follows a preposition of place and its first word is no
    given name ("Puerto Inca", "Bajo Aguán"; not "en Juan Pérez"), or it follows a saint
    or a port ("São Félix do Xingu"), or it is the quoted title of a programme."""
    if language == "en":
        return False
    place_before = _PLACE_BEFORE.get(language, _PLACE_BEFORE[""])
    if person.name.split()[0] in _SAINTS:
        return True  # "Santa Eulalia", "São Gonçalo": a town named for a saint
    words = len(person.name.split())
    for m in person.mentions:
        token = text[m.start : m.end]
        if (
            words > 1
            and " " not in token
            and token != person.name
            and not geo.gazetteer().names.get(geo.fold(token))
        ):
            # A name alone after "à", and no place's: said to someone ("ont dit à
            # Aristide"); "au Cameroun" is still a place.
            continue
        before = text[max(0, m.start - 25) : m.start]
        if _QUOTED_TITLE.search(before):
            return True
        place = place_before.search(before)
        head = text[m.start : m.end].split()[0]
        if place and (
            place.group().split()[0][:1].isupper()
            or not first_name(head)
            or head.lower() in _PLACE_HEADS
        ):
            return True
    return False


# What stands between two names of one list: "X y Y", "X, Y e Z", "X et Y", "X and Y".
# Also across the first name's apposition and a title or a role: "de M. Mahamat Abakar
# Hassaballah, secrétaire général de la CSTT, et de Mme Achta Djibrine Moussa", "Óscar
# Menjívar, de 49 años, y de la secretaria de conflictos, Rosa Chicas", "Bishnu Prasad
# Adhikari, de 41 anos, delegado do Sindicato ..., e Harpreet Singh Sandhu".
_LIST_JOINT = re.compile(
    r"\s*(?:,\s*(?:(?:y|e|et|and)\s+)?|\s(?:y|e|et|and)\s+|"
    r"(?:,[^.;,\n]{3,100}){1,2},\s*(?:y|e|et|and)\s+(?:(?:de|of|a)\s+)?"
    r"(?:(?:M|Mme|Mlle|Me|Sr|Sra|Dr|Dra)\.?\s+|(?:la|el|le|o|a)\s+[^.;,\n]{1,60},\s*|"
    # a role without a comma: "y el operador de cámara Mehmet Emin Yıldız"
    r"(?-i:(?:la|el|le|o|a|son|sa|su|seu|sua|leur)\s+[a-zà-ÿ][\w\-]*"
    r"(?:\s+(?:de|da|do|du)\s+[a-zà-ÿ][\w\-]*)?\s+))?)"
)
# A relative's kinship to the name after it: "le mari de", "l'épouse d'", "la madre de".
_KIN_OF = re.compile(
    r"\b(?:mari|[ée]pouse|femme|m[èe]re|p[èe]re|fils|fille|fr[èe]re|s[œo]eur|veuve|"
    r"esposa|esposo|marido|madre|padre|hij[oa]|herman[oa]|viuda|mulher|m[ãa]e|pai|"
    r"filh[oa]|irm[ãa]o?|vi[úu]va)\s+(?:de|d['’]|del|do|da)\s*$",
    re.I,
)
_LIST_AND = re.compile(r"(?:^|[\s,])(?:y|e|et|and)\s+")


def _share_in_lists(
    text: str, scored: list[tuple[Person, float]], threshold: float
) -> list[tuple[Person, float]]:
    """Persons named in one list with a victim ("Lucía Rosa Cuéllar y Wilmer Hernández,
    integrantes de ..., fueron golpeados") take that victim's score: the cues of an attack
    stand next to one end of the list, but the list is its object."""
    mentions = sorted((m.start, m.end, i) for i, (p, _) in enumerate(scored) for m in p.mentions)
    parent = list(range(len(scored)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joined = set()
    for (prev, end, i), (start, _, j) in zip(mentions, mentions[1:], strict=False):
        joint = text[end:start]
        if joint.strip() == "," and _KIN_OF.search(text, max(0, prev - 30), prev):
            continue  # "le mari de X, Y": Y is X's kin, not listed with X
        if i != j and _LIST_JOINT.fullmatch(joint):
            parent[root(i)] = root(j)
            if _LIST_AND.search(joint):
                joined.add(j)
    # A list ends with "y" / "and": two names with a comma alone between them are more
    # often a speaker and the person spoken of ("Según Juan Pérez, María López fue ...").
    lists = {root(j) for j in joined}
    best: dict[int, float] = {}
    for i, (_, score) in enumerate(scored):
        best[root(i)] = max(best.get(root(i), score), score)
    return [
        (p, best[root(i)] if root(i) in lists and best[root(i)] >= threshold else score)
        for i, (p, score) in enumerate(scored)
    ]


def _without_short_forms(
    victims: list[tuple[Victim, tuple[int, int], float]],
) -> list[tuple[Victim, tuple[int, int], float]]:
    """The named victims less a short form of another's name: a headline's "Julio
    Orellana" beside the body's "Julio Orellana Pac" (Spanish and Portuguese names carry two
    surnames and often a middle name; the headline drops them)."""
    names = [v.name.split() for v, _, _ in victims if v.name]
    # Not a one-word name: "M. Dénénodji" may be the father beside the son "Fabrice
    # Dénénodji" (tried: it dropped the victim of a name-heavy report read with its title
    # in capitals).
    return [
        item
        for item in victims
        if not (
            item[0].name
            and " " in item[0].name
            and any(_short_form(item[0].name.split(), other) for other in names)
        )
    ]


def _short_form(short: list[str], full: list[str]) -> bool:
    """Whether the words of ``short`` are the first word of the longer ``full`` and some of
    its later words, in order: "Julio Orellana" of "Julio Orellana Pac", "Wilmer Zeledón"
    of "Wilmer Antonio Zeledón Rizo"."""
    if len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(word in rest for word in short[1:])


def _title_of_a_body(near_left: str, pats: dict[str, re.Pattern[str]]) -> bool:
    """Whether the role words right before a name complete an official's title ("El abogado
    del sindicato, X", "le porte-parole de l'association des journalistes, X"): the name is
    the official's, not a member's of the group."""
    titles = list(pats["nonvictim"].finditer(near_left))
    if not titles:
        return False
    title = titles[-1]
    last_role = max(
        (rm.start() for g in roles.VICTIM_GROUPS for rm in pats[g].finditer(near_left)),
        default=-1,
    )
    return last_role >= title.end() and bool(_OF_THE.fullmatch(near_left, title.end(), last_role))


# The bodies of civil society whose offices are held by defenders: "président de
# l'association villageoise ...", "coordinadora del colectivo ...", "presidente da
# federação ...". (A body of the state is not: "presidente del tribunal".)
_CIVIL_BODY = re.compile(
    r"(?:associations?|asociaci[óo]n(?:es)?|associa[çc](?:[ãa]o|[õo]es)|collectifs?|"
    r"colectivos?|coletivos?|mouvements?|movimientos?|movimentos?|ONG|"
    r"organisations? non|organizaci[óo]n(?:es)? no|f[ée]d[ée]rations?|federaci[óo]n|"
    r"federa[çc][ãa]o|conf[ée]d[ée]rations?|confederaci[óo]n|confedera[çc][ãa]o|ligue|"
    r"liga|r[ée]seau|red|rede|coop[ée]ratives?|cooperativas?|fondation|fundaci[óo]n|"
    r"funda[çc][ãa]o|coordinadora|coordena[çc][ãa]o|coordination|consejo comunitario|"
    r"comit[ée] de d[ée]fense|comit[êe]|comisi[óo]n vecinal|junta vecinal|"
    r"junta de acci[óo]n comunal|organizaci[óo]n (?:campesina|ind[íi]gena|social)|"
    r"organisation paysanne|organiza[çc][ãa]o (?:camponesa|ind[íi]gena|social))\b",
    re.I,
)

# A subject pronoun right after a name's apposition comma: what follows is another's.
_PRONOUN_NEXT = re.compile(
    r"\s*,\s*(?:il|elle|ils|elles|ele|ela|eles|elas|"
    # or a new subject right before its verb: "o advogado da família, X, o taxista está a
    # ser acusado" (an apposition has its own comma: "X, el periodista, fue detenido")
    rf"(?:o|a|os|as|el|la|los|las|le|les)\s+[a-zà-ÿ]+\s+{_BE})\b",
    re.I,
)

# Titles of lawyers and prosecutors: they act for a union or an association, or against
# it, and stay officials whatever body follows their title.
_LAWYER = re.compile(
    r"lawyer|attorney|counsel|abogad[oa]|avocate?|advogad[oa]|fiscal|procureur|promotor(?:a)?",
    re.I,
)

# What joins a title to the person it serves: "advogado de", "l'avocat d'".
_CLIENT_OF = re.compile(r"\s+(?:de|do|da|del|du|d['’])\s*")

# What joins a title to the body it serves: "del", "de la", "de l'", "du", "des", "of the".
_OF_THE = re.compile(
    r"\s+(?:de|del|du|des|da|do|dos|das|of|d['’])(?:\s+(?:la|las|los|el|les|the)\s+|\s+|(?<=['’]))"
    r"(?:l['’])?"
)


def _named_within(starts: list[int] | None, a: int, b: int) -> bool:
    """Whether a person's mention starts between ``a`` and ``b`` (``starts`` sorted)."""
    if not starts:
        return False
    return bisect.bisect_left(starts, b) > bisect.bisect_left(starts, a)


# A bullet that opens a line: "- ", "• ", "1. ", "a) ".
_BULLET = re.compile(r"[^\S\n]*(?:[-–—•*·]|\d{1,2}[.)]|[a-z]\))[^\S\n]+")


def _bulleted_after_attack(text: str, start: int, attack_word: re.Pattern[str]) -> bool:
    """Whether the mention at ``start`` opens an item of a bulleted list that an attack
    sentence ending in a colon introduces ("... declara objetivo militar a cuatro líderes
    sociales de la zona:\n\n- Luz Dary Petro Hoyos, presidenta de ...")."""
    line = text.rfind("\n", 0, start) + 1
    bullet = _BULLET.match(text, line)
    if bullet is None or bullet.end() != start:
        return False
    # Back over the list's earlier items and blank lines to the line that introduces it.
    while line > 0:
        prev = text.rfind("\n", 0, line - 1) + 1
        row = text[prev : line - 1]
        if row.strip() and not _BULLET.match(row):
            intro = row.rstrip()
            if not intro.endswith(":"):
                return False
            sentence = intro[max(intro.rfind(". "), intro.rfind("; ")) + 1 :]
            return bool(attack_word.search(sentence))
        line = prev
    return False


def _sentence_head(text: str, lo: int, end: int) -> tuple[str, bool]:
    """``text[lo:end]`` from just after its last sentence break (".", "!", "?" or a line
    break), and whether it holds one. The cues that read it get no ``Doc``."""
    head = text[lo:end]
    cut = max(head.rfind(c) for c in ".!?\n")
    return head[cut + 1 :], cut >= 0


def _listed_after_passive(text: str, start: int, pats: dict[str, re.Pattern[str]]) -> bool:
    """Whether the sentence of a mention at ``start`` opens with a passive attack that the
    mention follows, nobody speaking in between ("Foram dispensados X, ...; Y; e Z")."""
    head, broken = _sentence_head(text, max(0, start - 400), start)
    if not broken and start > 400:
        return False
    opening = pats["inverted"].match(head)
    return bool(opening) and not pats["speaker"].search(head, opening.end())


def _included_after_attack(text: str, start: int, pats: dict[str, re.Pattern[str]]) -> bool:
    """Whether a mention at ``start`` follows "incluindo", "dont" or another such word, and
    an attack word stands before it in its sentence."""
    left = text[max(0, start - 90) : start]
    including = pats["including"].search(left)
    if not including:
        return False
    head, _ = _sentence_head(text, max(0, start - 300), start - len(left) + including.start())
    return bool(pats["attack_word"].search(head))


def _word_start(text: str, pos: int) -> int:
    """``pos`` moved back to the start of the word it falls in."""
    pos = max(0, pos)
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


# A report form's line that names whom the attack befell: "Víctima: X, 38 años",
# "Victime : Mme X", "Persona afectada: X", "Vítima: X", "Who: X, 29, activist". NGO case
# sheets and partners' incident reports name the victim so, once, with no verb.
_VICTIM_FIELD = re.compile(
    r"[^\S\n]*(?:[-*•–][^\S\n]*)?(?:victims?|v[íi]ctimas?|v[íi]timas?|victimes?|"
    r"(?:la |les )?personnes? (?:concern[ée]e?s?|vis[ée]e?s?|agress[ée]e?s?)|"
    r"personas? (?:afectadas?|agredidas?)|pessoas? (?:afetadas?|atingidas?|visadas?)|"
    r"affected persons?|persons? affected|who|qui[ée]n(?:es)?|quem|nom de la victime|"
    r"nombre de la v[íi]ctima|nome da v[íi]tima|name of (?:the )?victim)[^\S\n]*:",
    re.IGNORECASE,
)


_TITLE_ONLY = re.compile(
    r"[^\S\n]*(?:(?:Mme|Mlle|M\.|Mr\.?|Mrs\.?|Ms\.?|Sr\.?|Sra\.?|Srta\.?|Dr\.?|Dra\.?|Me|"
    r"Dona|Dom|Don|Doña|Maître)[^\S\n]+)?"
)


def _on_victim_field(text: str, start: int) -> bool:
    """Whether ``start`` opens the value of a victim field (``_VICTIM_FIELD``), after a
    courtesy title at most (not a body's name further on the line: "Víctima: X,
    representante legal del Consejo Comunitario Afrodescendiente Tierra y Libertad")."""
    line = text.rfind("\n", 0, start) + 1
    head = _VICTIM_FIELD.match(text, line)
    return head is not None and _TITLE_ONLY.fullmatch(text, head.end(), start) is not None


def _on_masthead(text: str, title_end: int, start: int) -> bool:
    """Whether ``start`` lies on the short line right after the title that gives the
    outlet, its section or the byline between separators ("Norte Libre Nicaragua |
    Redacción en el exilio", "Rádio Litoral Maranhense FM – Notícias"): no one attacked."""
    line = text.find("\n", title_end) + 1
    while 0 < line < len(text) and text[line] == "\n":
        line += 1
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    if not (0 < line <= start < end and end - line <= 80):
        return False
    sep = next((x for x in (" | ", " – ", " — ", " - ") if x in text[line:end]), None)
    # What follows the separator is a section or a desk, not a sentence: a short dateline
    # paragraph ("CARACAS - Journalist Ana Pérez was arrested.") is the report itself.
    tail = text[line:end].rsplit(sep, 1)[-1] if sep else ""
    return bool(sep) and len(tail.split()) <= 5 and not any(ch in tail for ch in ".,;:!?")


def _field_defender(text: str, person: Person) -> list[str]:
    """["human rights defender"] for a lawyer or researcher a report form's victim field
    names ("Personne visée : Me Clarisse Yangoumbé, avocate, conseil de plusieurs familles
    de victimes"): their role words read as a client's counsel in prose, not on that line."""
    for m in person.mentions:
        if _on_victim_field(text, m.start):
            end = text.find("\n", m.end)
            end = len(text) if end < 0 else end
            if headline_role_pattern().search(text, m.end, min(end, m.end + 80)):
                return ["human rights defender"]
    return []


class VictimFinder:
    """Fills ``victims``: named persons near attack triggers, and unnamed groups.

    Args:
        threshold: a person is a victim when the score of their mentions reaches this.
        max_groups: at most this many unnamed victim groups per article.
    """

    def __init__(self, threshold: float = 1.5, max_groups: int = 2) -> None:
        self.threshold = threshold
        self.max_groups = max_groups

    def __call__(self, doc: Doc, draft: Draft) -> None:
        pats = _patterns()
        focus = set(draft.focus_sentences)
        # In an article that tells of an attack, the person the first sentence names with
        # a defender's role ("the trade unionist X", "X, a journalist") is the one it
        # happened to: news puts the victim up front, whatever verb the lead uses ("the
        # body of ... was found", "... was held for 30 hours"). The role is required: the
        # lead's other capitalised runs are often places and bodies ("Terra Indígena").
        # Annotated sets, names fuzzy F1: es 64.2 -> 78.0, fr 82.1 -> 84.2, pt 76.2 -> 78.8
        # (``benchmarks/multilingual.py``); HRDsAttack dev, rules alone, 55.0 -> 54.7.
        lead = _lead_sentence(doc) if focus else None
        persons = find_persons(doc.text, doc.title_end, doc.language != "en")
        places = {
            id(person) for person in persons if _place_or_title(doc.text, person, doc.language)
        }
        # Wire copy often tells the attack on someone unnamed first ("Un journaliste a été
        # tué mercredi ...") and names them at the head of a later sentence, with their age
        # ("Wilner Dorvil, 39 ans, correspondant ..."): that person is the one it befell.
        # A place in the lead ("expulsos da Guiné Equatorial") names nobody.
        unnamed_lead = lead is not None and not any(
            doc.sentence_index(m.start) == lead
            for p in persons
            if id(p) not in places
            for m in p.mentions
        )
        victims: list[tuple[Victim, tuple[int, int], float]] = []
        starts = sorted(m.start for p in persons for m in p.mentions)
        scored = [
            (person, self._score(doc, person, focus, lead, pats, unnamed_lead, starts))
            for person in persons
            if id(person) not in places
        ]
        if doc.language != "en":
            scored = _share_in_lists(doc.text, scored, self.threshold)
            # Victims of the attacks an article recalls are not this report's.
            past = past_sentences(doc.text, tuple(doc.sentences), doc.published)
            scored = [
                (p, sc - 3.0 if _of_the_past(doc, p, persons, past) else sc) for p, sc in scored
            ]
        for person, score in scored:
            if score >= self.threshold:
                victims.append(
                    (
                        self._describe(doc, person, pats),
                        (person.first.start, person.first.end),
                        score,
                    )
                )
        if doc.language != "en":
            victims = _without_short_forms(victims)
            victims = _sexed_by_headline(doc, victims)
        named = sum(1 for v, _, _ in victims if v.name)
        for victim, span, score in self._groups(doc, focus, pats, named):
            victims.append((victim, span, score))
        for i, (_victim, span, score) in enumerate(victims):
            key = f"victims.{i}"
            draft.evidence[f"{key}.name"] = span
            draft.confidence[f"{key}.name"] = round(min(0.95, 0.3 + 0.12 * score), 3)
        draft.victims = [v for v, _, _ in victims]
        if victims:
            draft.evidence["victims"] = victims[0][1]
            draft.confidence["victims"] = draft.confidence["victims.0.name"]

    def _score(
        self,
        doc: Doc,
        person: Person,
        focus: set[int],
        lead: int | None,
        pats: dict[str, re.Pattern[str]],
        unnamed_lead: bool = False,
        starts: list[int] | None = None,
    ) -> float:
        """How much the mentions of ``person`` read as the victim's; ``lead``: the lead
        sentence of an article that tells of an attack (None otherwise); ``unnamed_lead``:
        that sentence names nobody."""
        text = doc.text
        # English keeps the rules its learned victims part was trained on (these scores
        # are among its inputs); the two cues below were measured on es/fr/pt.
        english = doc.language == "en"
        rtext = text if english else roles_text(text)
        acts = "" if english else "_romance"
        score = 0.0
        seen_sentences: set[int] = set()
        up_front = lead is not None
        for m in person.mentions:
            left = text[max(0, m.start - 60) : m.start]
            right = text[m.end : m.end + 140]
            if (
                pats["byline"].search(text[max(0, m.start - 10) : m.start])
                and m.start < doc.title_end + 200
            ) or (not english and _on_masthead(text, doc.title_end, m.start)):
                return -10.0
            sent = doc.sentence_index(m.start)
            if sent in focus and sent not in seen_sentences:
                score += 0.8
                seen_sentences.add(sent)
            passive = pats[f"passive{acts}"].search(right)
            if (
                passive
                and not english
                and (
                    _named_within(starts, m.end, m.end + passive.end())
                    or _PRONOUN_NEXT.match(right)
                )
            ):
                # "da Vila Pinto, Sérgio Machado, ..., foi detido": the next name's passive;
                # "Selon son avocate, Me Amel Jaouadi, il est poursuivi": the pronoun's.
                passive = None
            if passive:
                score += 1.5
            if pats[f"active_obj{acts}"].search(left) or (
                not english
                and not passive
                and self._romance_cue(text, m.start, m.end, pats, starts)
            ):
                score += 1.5
            if not english:
                # Role words are read where the outlet's own reporter is blanked out.
                left = rtext[max(0, m.start - 60) : m.start]
                right = rtext[m.end : m.end + 140]
            near_left = left[-30:] if english else left[_word_start(left, len(left) - 30) :]
            near_right = right[:40]
            # A role stands within 30 characters left of the name, read as whole words ("a
            # defensores de derechos humanos Tomás Ríos"); English keeps the plain cut its
            # learned part was trained on.
            role_left = any(pats[g].search(near_left) for g in roles.VICTIM_GROUPS) or (
                # A name in apposition after the role phrase that opens its sentence: "les
                # menaces contre l'animateur de la radio rurale locale, Mohamed Camara".
                not english
                and text[max(0, m.start - 2) : m.start] == ", "
                and any(
                    pats[g].search(rtext[doc.sentences[sent][0] : m.start])
                    for g in roles.VICTIM_GROUPS
                )
            )
            if role_left and not english and _title_of_a_body(near_left, pats):
                role_left = False
            role = role_left or any(pats[g].search(near_right) for g in roles.VICTIM_GROUPS)
            if role:
                score += 0.7
            # An official or an accused named with their role is rarely the victim. A
            # defender's role right before the name outranks a title after it ("la
            # periodista X, directora del portal"), and so does the attack the sentence
            # tells of them without anyone speaking ("O advogado X, ..., foi detido"; not
            # "lawyer X said his client was arrested").
            # "Dos dirigentes ... fueron capturados. Se trata del secretario general, X":
            # the sentence after an attack names who it befell.
            introduced = (
                not english
                and sent - 1 in focus
                and bool(pats["introduced"].search(text, doc.sentences[sent][0], m.start))
            )
            if introduced:
                score += 1.5
            if (
                self._titled_left(left[-25:], pats, english)
                or self._titled_right(right, pats, english)
            ) and (
                english
                or not (
                    role_left
                    or introduced
                    or (passive and not pats["speaker"].search(right[: passive.end()]))
                )
            ):
                score -= 1.5
            if (
                not english
                and unnamed_lead
                and lead is not None
                and lead < sent <= lead + 2
                and not text[doc.sentences[sent][0] : m.start].strip(" \t\n\"'“”«»")
                and pats["aged_subject"].search(right)
            ):
                score += 1.5
                unnamed_lead = False
            if pats["speaker"].search(left[-20:]) or pats["speaker"].search(right[:15]):
                score -= 0.3
            if m.start < doc.title_end:
                score += 0.8
            if not english and _on_victim_field(text, m.start):
                score += 3.0
            if up_front and sent == lead and role:
                score += 0.9
                up_front = False
        return score

    @staticmethod
    def _titled_left(left: str, pats: dict[str, re.Pattern[str]], english: bool) -> bool:
        """Whether an official's title stands right before a name, not one whose client the
        name is ("o advogado de Alcino Bragança", "l'avocat de X", "el abogado de X")."""
        titles = list(pats["nonvictim"].finditer(left))
        if not titles:
            return False
        if english:
            return True
        # A title before a semicolon is the previous list item's: "A, secretaria
        # general; Julio César Ayala Mejía, ...".
        if ";" in left[titles[-1].end() :]:
            return False
        return not _CLIENT_OF.fullmatch(left, titles[-1].end())

    @staticmethod
    def _titled_right(right: str, pats: dict[str, re.Pattern[str]], english: bool) -> bool:
        """Whether an official's title stands in apposition right after a name; in es/fr/pt
        not an office in a defenders' body ("X, de 41 anos, delegado do Sindicato dos
        Trabalhadores", "X, presidenta de la Asociación de Periodistas"): that office is
        the victim's group. A lawyer of such a body stays an official ("abogado del
        sindicato")."""
        title = pats["nonvictim"].search(right[:30])
        if not title or english or _LAWYER.fullmatch(title.group()):
            return bool(title)
        if any(
            gm.start() <= title.start() < gm.end()
            for g in roles.VICTIM_GROUPS
            for gm in pats[g].finditer(right[:60])
        ):
            return False  # the title is part of a role: "delegado sindical"
        of = _OF_THE.match(right, title.end())
        if not of:
            # "X, secretaria general; Y, ...": a general secretary of the body the
            # article is about (a ministry's would be named: "del Ministerio").
            return not (
                title.group().lower() == "general"
                and re.search(r"secr[ée]t[aá]r?\w*\s+$", right[: title.start()], re.I)
            )
        body = right[of.end() : of.end() + 50].split(",")[0]
        return not (
            _CIVIL_BODY.match(body) or any(pats[g].search(body) for g in roles.VICTIM_GROUPS)
        )

    @staticmethod
    def _romance_cue(
        text: str,
        start: int,
        end: int,
        pats: dict[str, re.Pattern[str]],
        starts: list[int] | None = None,
    ) -> bool:
        """Whether a mention at ``start:end`` reads as a victim's by ``_romance_cues``;
        ``starts``: where every person's mention starts (a cue after the next name is its)."""
        left = text[max(0, start - 90) : start]
        right = text[end : end + 260]
        after = (
            pats["after_apposition"].search(right)
            or pats["injured_apposed"].search(right)
            or pats["suffered_relative"].search(right)
        )
        return bool(
            (after and not _named_within(starts, end, end + after.end()))
            or pats["noun_against"].search(left)
            or pats["listed_after"].search(left)
            or pats["attack_aside_of"].search(left)
            or pats["family_of"].search(left)
            or _bulleted_after_attack(text, start, pats["attack_word"])
            or _listed_after_passive(text, start, pats)
            or _included_after_attack(text, start, pats)
        )

    def _describe(self, doc: Doc, person: Person, pats: dict[str, re.Pattern[str]]) -> Victim:
        text = doc.text
        groups: list[str] = []
        male = female = 0
        child = False
        own_pronouns = gender.pronouns(doc.language)
        for m in person.mentions:
            # The role noun closest to the mention names its group ("journalist X",
            # "X, an activist"); farther ones usually belong to someone else.
            lo = max(0, m.start - 45)
            window = (text if doc.language == "en" else roles_text(text))[lo : m.end + 70]
            near: tuple[int, str] | None = None
            for g in roles.VICTIM_GROUPS:
                for rm in pats[g].finditer(window):
                    dist = min(abs(lo + rm.start() - m.end), abs(lo + rm.end() - m.start))
                    if near is None or dist < near[0]:
                        near = (dist, g)
            if near is not None and near[1] not in groups:
                groups.append(near[1])
            # Pronouns after the name, up to the end of the next sentence, tell the sex.
            after = text[m.end : m.end + 320]
            before = text[max(0, m.start - 20) : m.start]
            male_rx, female_rx = own_pronouns or (pats["male"], pats["female"])
            male += len(male_rx.findall(after)) + 2 * len(male_rx.findall(before))
            female += len(female_rx.findall(after)) + 2 * len(female_rx.findall(before))
            if doc.language != "en":
                m_votes, f_votes = gender.cues(text, m.start, m.end, doc.language)
                male += m_votes
                female += f_votes
            age = pats["age"].search(text[m.end : m.end + 40])
            if age and int(next(g for g in age.groups() if g)) < 18:
                child = True
            if pats["child"].search(text[max(0, m.start - 30) : m.end + 30]):
                child = True
        if not groups and doc.language != "en":
            groups = (
                _field_defender(text, person)
                or _romance_office_groups(text, person)
                or self._context_groups(doc, person)
            )
        if male == female and doc.language != "en":
            # No cue either way: a first name borne almost only by men or by women.
            male, female = gender.by_first_name(person.name)
        sex = "man" if male > female else "woman" if female > male else "unknown"
        return Victim(
            name=victim_name(person.name),
            type=groups or ["insufficient information"],  # type: ignore[arg-type]
            sex=sex,  # type: ignore[arg-type]
            age="child" if child else "adult",
            population="individual",
        )

    @staticmethod
    def _context_groups(doc: Doc, person: Person) -> list[str]:
        """The group of a victim with no role noun beside the name: the one group the
        sentence naming them gives ("Le secrétaire général du comité syndical de la mine
        d'or de Sadiola, ..., Oumar Sissoko Traoré"; "Deux responsables d'un collectif de la
        société civile, X et Y, sont portés disparus"), else the one the title gives.
        Measured on es/fr/pt; English keeps what its learned victims part was trained on."""
        a, b = doc.sentences[doc.sentence_index(person.first.start)]
        text = roles_text(doc.text)
        for span in (text[a:b], text[: doc.title_end]):
            found = groups_named(span)
            if len(found) == 1:
                return found
        return []

    def _groups(
        self, doc: Doc, focus: set[int], pats: dict[str, re.Pattern[str]], named: int = 0
    ) -> list[tuple[Victim, tuple[int, int], float]]:
        """Unnamed victim groups; ``named``: how many named victims were found. In es/fr/pt
        a group counted no larger than them is them ("Dos dirigentes del sindicato fueron
        capturados. Se trata de X ... y de Y")."""
        out: list[tuple[Victim, tuple[int, int], float]] = []
        seen: set[str] = set()
        for m in _group_matches(doc.text, doc.language or "en", doc.sentences):
            if doc.sentence_index(m.start()) not in focus:
                continue
            phrase = m.group().lower()
            count = _count(phrase.split()[0])
            if doc.language != "en" and 0 < count <= named:
                continue
            # The group noun's qualifier may follow it: "siete líderes indígenas",
            # "trois dirigeants syndicaux", "leaders of the union".
            groups = (
                groups_named(phrase)
                or groups_named(
                    " ".join([phrase, *doc.text[m.end() : m.end() + 60].lower().split()[:3]])
                )
                or _groups_read_on(doc, m.start(), m.end())
                # "the four members of the executive board": the one group the headline
                # names ("Dockworkers' union leaders threatened with death").
                or _one(headline_groups(doc.text))
            )
            key = ",".join(groups) or phrase.split()[-1]
            if key in seen:
                continue
            seen.add(key)
            child = bool(pats["child"].search(phrase))
            sex = "woman" if re.search(r"\bwomen\b|mujeres|femmes|mulheres", phrase) else "unknown"
            out.append(
                (
                    Victim(
                        name=None,
                        type=groups or ["insufficient information"],  # type: ignore[arg-type]
                        sex=sex,
                        age="child" if child else "unknown",
                        population="multiple",
                    ),  # type: ignore[arg-type]
                    (m.start(), m.end()),
                    1.5,
                )
            )
            if len(out) >= self.max_groups:
                break
        return out
