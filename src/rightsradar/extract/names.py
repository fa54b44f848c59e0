"""Person-name candidates from capitalisation, grouped into persons.

Language-independent: a name is a run of capitalised words (with particles such as
"de", "da", "van", "bin"), minus titles, organisations, places and sentence openers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .data import roles, victims_names

# Latin letters with diacritics (Czech, Polish, Belarusian Lacinka, Turkish, Vietnamese...).
_EXTRA = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŬŮŰŲŹŻŽƠƯ"
_UP = "A-Z" + _EXTRA
_LOW = "a-zßı" + "".join(sorted({c.lower() for c in _EXTRA} - {"i̇"}))
_TOKEN = rf"(?:(?:al|el|ad|as|ash|an|at)-)?[{_UP}][{_LOW}{_UP}'’\-]*[{_LOW}]|(?:[{_UP}]\.){{1,3}}"
_PARTICLE = (
    r"(?:de|da|do|dos|das|del|de la|de los|van|von|der|den|bin|ibn|bint|ben|abu|al|el|"
    r"y|e|le|la|di|du)"
)
# Words of one name are separated by spaces only: a line break ends a name.
# A handle or hashtag ("@MizzimaNews", "#Myanmar") is no part of a name.
# A nickname in quotes between a given name and a surname belongs to the name, as news
# writes it: 'Rolando "Dodong" Bacalso', 'Rogelio “Toto” Dumagat Villanueva'.
_NICKNAME = rf"[ \t]+[\"“](?:{_TOKEN})(?:[ \t]+(?:{_TOKEN}))?[\"”](?=[ \t]+[{_UP}])"
NAME_RX = re.compile(
    # A run opens after no letter nor apostrophe, or after an elided "d'" / "l'" ("il
    # s'agit d'Abdoulaziz Mahamane Sani").
    rf"(?:(?<![\w'’@#])|(?<=(?<!\w)[dl]['’]))"
    rf"(?:{_TOKEN})(?:{_NICKNAME}|[ \t]+(?:{_PARTICLE}[ \t]+)?(?:{_TOKEN}))*"
)
_LOWER_WORD = re.compile(rf"(?<![\w'’])[{_LOW}][{_LOW}'’\-]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that never belong to a person's name (titles are stripped, not kept).
TITLES = _words(
    """
    mr mrs ms miss dr mr. mrs. ms. dr. sr sra sr. sra. srta dra dra. don doña dona m.
    mme mlle me maître maitre prof prof. sir lord lady sheikh imam rev father sister brother
    sec gen col lt sgt capt maj gov amb supt
    """
)
ROLE_TITLES = _words(
    """
    journalist journalists reporter activist activists lawyer president minister judge
    prosecutor general colonel captain major lieutenant sergeant officer governor
    senator mayor chairman chairwoman leader editor photographer blogger defender
    unionist professor prime deputy secretary commissioner chief inspector spokesman
    spokeswoman periodista activista abogado abogada líder lider defensor defensora
    sindicalista journaliste militant militante avocat avocate syndicaliste jornalista
    ativista advogado advogada presidente ministro ministra juez jueza juiz juíza the a
    an human rights civil opposition former late veteran independent detained jailed
    slain murdered arrested kidnapped missing exiled imprisoned dissident student
    executive deputy acting vice senior assistant regional national
    students poet writer rapper singer artist musician doctor nurse teacher pastor
    priest farmer lecturer correspondent columnist anchor presenter founder director
    radialista locutor locutora comunicador comunicadora reportero reportera repórter
    fotógrafo fotógrafa camarógrafo dirigente lideresa vocero vocera dirigeant dirigeante
    cacique lonko werkén liderança photojournalist photojournaliste fotoperiodista
    fotojornalista relator relatora relatores rapporteur rapporteurs
    attorney attorney-at-law barrister advocate solicitor counsel magistrate commander
    commandant brigadier corporal constable superintendent sheriff bishop archbishop
    rabbi
    """
)
# A newsroom's role as the last word of a capitalised run is a byline, not a surname.
_NEWSROOM_ROLES = _words("correspondent reporter editor")
STOP = _words(
    """
    the a an in on at of for to from with by and or but as after before when while this
    that these those he she his her him they their them it its we our you i my there
    here what who whom which where why how if then than also however meanwhile monday
    tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december según el la los las un una en
    con por para del al le les des du et ou dans sur pour avec o os as um uma em no na
    com por pelo pela do da dos das lunes martes miércoles jueves viernes sábado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
    diciembre janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre janeiro fevereiro março maio junho julho agosto setembro outubro
    novembro dezembro god allah covid coronavirus one two three four five six seven
    eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
    nineteen twenty many another several some all every both tres cuatro cinco seis
    siete ocho nueve diez deux trois quatre cinq sept huit neuf dix dois duas três sete
    oito nove dez sem sin sans selon d'après
    """
)
# Words that make a capitalised run an organisation, place or thing, not a person.
ORG_WORDS = _words(
    """
    union unions party ministry court courts association council committee agency news
    times post network watch international amnesty reporters federation congress
    government police army forces force university republic state states nations
    commission front movement foundation institute centre center organisation
    organization department service services company group bank church radio tv
    television channel press media journal daily tribune herald guardian gazette
    magazine airport hospital prison school college street road square avenue district
    province region county city square club fund council parliament senate assembly
    office house palace bureau corporation ltd inc alliance coalition network society
    brigade battalion regiment guard command authority kingdom empire island islands
    river lake mount mountains valley bay coast east west north south northern southern
    eastern western central national federal royal islamic democratic people's peoples
    popular revolutionary liberation workers human rights facebook twitter instagram
    youtube whatsapp google telegram reuters afp bbc cnn ap cpj rsf hrw un eu nato isis
    taliban ministerio tribunal sindicato partido gobierno policía ejército universidad
    asociación federación comisión fiscalía ministère syndicat gouvernement ministério
    governo polícia exército sindicato universidade associação comissão cartel fc united
    city prefecture municipality airways airlines chronicle today weekly
    agence agencia agência noticias notícias nouvelles diario diário jornal periódico
    revista presse prensa imprensa estado état observer ledger monitor courier crónica
    cronica chronique gazeta division distrito departamento provincia província municipio
    município institution tunnel bridge highway stadium market mosque cathedral station
    terminal plaza museum library embassy consulate jail penitentiary facility
    sentinel telegraph mirror express noticiero semanario semanário hebdomadaire
    quotidien emisora cámara câmara chambre asamblea assembleia assemblée
    internacional internationale cidadania ciudadanía citoyenneté comunitaria comunitária
    comunitario comunitário communautaire rurais rurales zona plataforma plateforme liga
    ligue rede réseau pastoral comunidad comunidade communauté norte nord sul oeste ouest
    leste nacional civil fuerza fuerzas armada armadas força forças indigenous
    advocates brigada guarda gendarmerie gendarmería carabineros
    """
)
# Spanish, French and Portuguese organisations open with their head noun and go on with
# its qualifiers ("Consejo Nacional Electoral", "Conselho Indigenista Missionário"): a run
# holding one is no person, and splitting it there would leave the qualifiers as one.
ORG_HEADS_ROMANCE = _words(
    """
    conselho consejo conseil fundação fundación fondation instituto institut federação
    confederación confederação confédération coordenação coordinadora articulação
    movimento movimiento mouvement centro observatório observatorio observatoire
    defensoria defensoría secretaria secretaría secrétariat organização organización
    comité comitê colectivo coletivo collectif unión união frente comisión comissão
    escuela escola école colegio colégio liceo lycée universidad universidade université
    hôpital clínica clinique estadio estádio aeropuerto aeroporto aéroport
    """
)
ORG_WORDS = ORG_WORDS | ORG_HEADS_ROMANCE


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Lower-cased country names (and their words) that are not personal names."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a core dependency
        return frozenset()
    words: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                words.add(name.lower())
                words.update(w for w in name.lower().split() if len(w) > 3)
    words.update(
        {
            "africa",
            "europe",
            "asia",
            "america",
            "latin",
            "middle",
            "gulf",
            "kashmir",
            "gaza",
            "darfur",
            "tigray",
            "crimea",
            "donbas",
            "balochistan",
            "kurdistan",
        }
    )
    return frozenset(words)


@dataclass
class Mention:
    """One occurrence of a name: its text and offsets in the document."""

    text: str
    start: int
    end: int


@dataclass
class Person:
    """All mentions of one person; ``name`` is the longest form, as written but with one
    space between its words."""

    name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]


_INNER_PARTICLES = _words(
    "de da do dos das del la los van von der den bin ibn bint ben abu al el le di du"
)
_TRAILING = frozenset({"de", "da", "do", "del", "van", "von", "y", "e", "bin"})
# Role words before a one-word name that make it a person ("journalist Gnawi").
_SINGLE_CUES = (TITLES | ROLE_TITLES) - _words(
    """
    the a an human rights civil opposition former late veteran independent detained
    jailed slain murdered arrested kidnapped missing exiled imprisoned executive deputy
    acting vice senior assistant regional national prime
    """
)


# A run split at these words keeps the part after them: "Bar Association President Mian
# Qayoom", "Venezuelan President Nicolás Maduro", "Bus Company Rasoul Taleb Moghadam".
_SPLIT = (
    (TITLES | ROLE_TITLES | ORG_WORDS | victims_names.DEMONYMS | victims_names.EXTRA_ROLES)
    - _words("the a an y e")
    - ORG_HEADS_ROMANCE
)
_LEADING = victims_names.DEMONYMS | victims_names.EXTRA_ROLES
# In es/fr/pt a people's name before a person's is the person's people, as a nationality
# is ("a cacique Munduruku Maria Leusa Kaba Akay", "o líder Guarani Kaiowá Vitorino
# Benites"). English keeps what its learned victims part was trained on: there a people's
# name alone ("Guajajara men") still counts as a mention of a person of that surname.
_LEADING_ROMANCE = _LEADING | frozenset(roles.INDIGENOUS_PEOPLES)
_NAME_PART_TITLES = _words("sheikh shaikh sheik")
# The words that open an outlet's name: what follows them is the outlet's, unless it opens
# with a given name ("Radio journalist" is cut at "journalist", not here).
_OUTLET_HEADS = _words("radio rádio tv télé tele televisión televisão télévision canal")
_ORG_OF = _words("de des du del dos das do da della")
# Two full names joined by "y" / "e" ("Ana María Pérez y Jairo Oscar Torres"): the
# particle also joins double surnames ("Ortega y Gasset"), so a run is split there only
# when both sides have two words or more.
_AND = re.compile(r"[ \t]+(?:y|e)[ \t]+")
_INITIAL = re.compile(rf"[{_UP}]\.")
_POSSESSIVE = re.compile(r"['’]s$")
# A photo caption's credit line after a name ("their daughter Gabriella Credit: Family").
_CAPTION = _words("credit credits photo photos caption image images pictured file")
# Words stripped from the end of a run (one set, built once: ``_clean`` runs per run).
_END_WORDS = STOP | _TRAILING | _CAPTION


# An article written with a capital inside a sentence opens the name of an outlet or a
# body, never a person's: "of The Srinagar Sentinel", "de El Impulso Digital", "do O
# Globo". "La" and "Le" are left out: they open surnames that stand alone ("Le Pen").
_TITLE_ARTICLES = frozenset(("The", "El", "Los", "Las", "Les", "O", "Os"))
# Such an article right before a run ("do O Globo": one letter is no word of a run).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:O|Os)[ \t]+$")
_ELIDED = re.compile(r"^[ld]['’]")
_AGED = re.compile(r",\s*(?:de\s+)?\d{1,2}\s*(?:anos|años|ans)\b")


def _person_cue(full: str, start: int, end: int) -> bool:
    """Whether the word before ``start`` is a role or title that introduces a person, or
    an age in apposition follows ``end`` (", de 61 anos")."""
    before = full[max(0, start - 25) : start].split()
    if before and before[-1].lower().strip(",") in _SINGLE_CUES:
        return True
    return _AGED.match(full, end) is not None


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, a line or a quotation (where any word is
    capitalised, so its capital says nothing)."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n;|" or pos < 3


def _outlet_article(full: str, start: int, tokens: list[tuple[str, int]]) -> bool:
    """Whether the run at ``start`` opens with a capitalised article inside a sentence
    (``_TITLE_ARTICLES``), or follows one too short to be part of the run."""
    if len(tokens) > 1 and tokens[0][0] in _TITLE_ARTICLES:
        at = start
    else:
        before = _ARTICLE_BEFORE.search(full, max(0, start - 5), start)
        if before is None:
            return False
        at = before.start()
    return not _sentence_start(full, at)


# "of Port Harcourt Transport and General Workers' Union": a run after "of" (or opening a
# sentence) that an "and" joins to a run ending in an organisation word is the first
# half of that organisation.
_OF_BEFORE = re.compile(r"(?<![\w'’])(?:of|the|from|for|with|at|by)[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _org_conjoined(full: str, start: int, end: int) -> bool:
    """Whether the run at ``start``..``end`` follows "of", "for", "with" or another such
    word, or opens a sentence; does not open with a given name ("the lawyer of Maria
    Silva and Amnesty International"); and is joined by "and" to a run whose last word is
    an organisation word (``ORG_WORDS``)."""
    if _OF_BEFORE.search(full, max(0, start - 6), start) is None and not _sentence_start(
        full, start
    ):
        return False
    if first_name(full[start:end].split()[0]):
        return False
    joint = _AND_AFTER.match(full, end)
    if joint is None:
        return False
    nxt = NAME_RX.match(full, joint.end())
    if nxt is None:
        return False
    last = _POSSESSIVE.sub("", nxt.group().split()[-1].lower()).strip("’'")
    return last in ORG_WORDS


# Portuguese and Spanish names end in a kin word that is also a common noun ("Raimundo
# Diniz Filho", "José Bezerra Neto"): capitalised after a surname it is the name's.
_KIN_SUFFIXES = _words("Filho Neto Sobrinho Júnior Junior")


def _clean(
    text: str,
    start: int,
    common: set[str],
    full: str = "",
    strict: bool = True,
    not_english: bool = False,
) -> tuple[str, int] | None:
    """Strip titles, role words, sentence openers and common words from the ends of a
    run (and, if ``strict``, an organisation's name before it); None if nothing is left.
    ``not_english``: a people's name also opens no name (``_LEADING_ROMANCE``).

    A capitalised word that the same document also writes in lower case ("Including",
    "Kidnap", "Seeking") is an ordinary word, whatever the language.
    """
    tokens = [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]
    if strict and full and _outlet_article(full, start, tokens):
        return None
    if strict and full and _org_conjoined(full, start, start + len(text)):
        return None
    # The part after the last role, organisation or nationality word inside the run.
    cut = [
        i
        for i, (tok, _) in enumerate(tokens[:-1])
        if tok.lower().rstrip(",") in _SPLIT
        # "Sheikh" after a name word is part of the name ("Delil Sheikh Ahmed"); after a
        # rank or at the start it is a title ("Prime Minister Sheikh Hasina").
        and not (
            i
            and tok.lower() in _NAME_PART_TITLES
            and tokens[i - 1][0].lower().rstrip(",") not in _SPLIT
        )
    ]
    if cut:
        outlet = tokens[cut[-1]][0].lower().rstrip(",") in _OUTLET_HEADS
        tokens = tokens[cut[-1] + 1 :]
        if strict and outlet and not first_name(tokens[0][0]):
            return None  # "Radio Segovia Libre", "TV Cidade Verde": an outlet's name
    if strict and tokens:
        # Right after a role or before an age ("O sindicalista Severino Ramos da Silva",
        # "Severino Ramos da Silva, de 61 anos") a run with "da" inside is a person
        # whatever its given name: the first-name lexicon knows US names, and Severino is
        # not among them.
        cue = _person_cue(full, start + tokens[0][1], start + len(text))
        tokens = _past_organisation(tokens, person=cue)

    def ordinary(tok: str, pos: int) -> bool:
        # An elided article is no part of the word: "L'avocate Amira Jlassi".
        low = _ELIDED.sub("", tok.lower().rstrip(","))
        if low in _DATED_GIVEN_NAMES and len(tokens) > 1 and not tok.endswith(","):
            return False  # "Julio César Ibarra", "Domingo Choc Che": a given name
        leading = _LEADING_ROMANCE if not_english else _LEADING
        if low in TITLES or low in ROLE_TITLES or low in STOP or low in leading:
            return True
        # A word the text also writes in lower case is an ordinary word where a sentence
        # opens; elsewhere its capital marks a name ("journalist Mark Hirst").
        return low in common and (not full or _sentence_start(full, start + pos))

    # A possessive inside a run ends its owner's name: what follows is the owned
    # ("New Year’s Eve", "Myanmar's Aung San Suu Kyi").
    owner = [i for i, (tok, _) in enumerate(tokens[:-1]) if _POSSESSIVE.search(tok)]
    if owner:
        tokens = tokens[owner[-1] + 1 :]
    while tokens and ordinary(*tokens[0]):
        tokens.pop(0)
    while (
        tokens
        and (tokens[-1][0].lower() in _END_WORDS or tokens[-1][0].lower() in common)
        and not (len(tokens) > 2 and tokens[-1][0] in _KIN_SUFFIXES)
    ):
        if strict and len(tokens) > 1 and tokens[-1][0].lower().rstrip(",.") in ORG_WORDS:
            # "the Delhi High Court" where the text also writes "a court": the run names
            # the court, it does not end in a common word after a person's name.
            return None
        tokens.pop()
    if not tokens:
        return None
    s = tokens[0][1]
    e = tokens[-1][1] + len(tokens[-1][0])
    name = _POSSESSIVE.sub("", text[s:e])
    return name, start + s


# Followers of a faith: the last word of a group ("Roman Catholic"), never of a name
# ("Christian" is left out: it is a given name and a surname).
_RELIGIONS = _words(
    """
    catholic catholics muslim muslims hindu hindus buddhist buddhists jewish sikh sikhs
    protestant protestants evangelical evangelicals orthodox sunni sunnis shia shiite
    shiites ahmadi ahmadis
    """
)

# "Qatar-based", "Communist-run", "Qaeda-linked": a describing compound, not a name.
_COMPOUND = re.compile(
    r"-(?:based|run|linked|led|backed|born|owned|funded|affiliated|winning|nominated|"
    r"controlled|sponsored|aligned|allied|dominated|speaking)$"
)


# Indigenous peoples: a run of them only is a people ("Guarani Kaiowá"). They are no
# demonyms here: a Brazilian Indigenous person bears the people's name as a surname
# ("Sônia Guajajara"), and the privacy filter redacts a surname repeated alone only if it
# is no ordinary word.
_PEOPLES = frozenset(roles.INDIGENOUS_PEOPLES)
# A Spanish month or weekday that is also a common given name or surname: capitalised
# beside another capitalised word it is part of a name ("Julio César Ibarra Solís",
# "Domingo Choc Che", "Juana Francisca Domingo Diego", "Éder Manuel Julio Suárez"); the
# month and the day are written in lower case. (English ones, capitalised either way, are
# left out: "In April Mary Smith was arrested".)
_DATED_GIVEN_NAMES = frozenset({"julio", "domingo"})
_CONJUNCTIONS = frozenset({"and", "e", "y", "et"})


# The last word of a province's name, never of a person's (lower case, as compared).
_COMPASS = _words("occidental oriental septentrional meridional norte sur sul nord sud")
# First words of towns and places that are no given name: "Puerto Guzmán", "Monte
# Quemado", "Port Harcourt", "Vila Velha", the small towns a gazetteer of larger cities
# lacks ("en la fiscalía de Monte Quemado").
_PLACE_HEADS = _words(
    """Puerto Porto Port Villa Vila Ciudad Cidade Fort Bahía Baía Monte Cerro Valle Nueva
    Nuevo Isla Ilha Laguna Lagoa Playa Praia Sierra Serra Barrio Bairro Colonia"""
)


def _not_a_name(words: list[str]) -> bool:
    """A phrase of common words ("Freedom Day", "Car Torched", "Public Safety Act"), a
    place of more than one word ("New York", "Uttar Pradesh"), a nationality ("Many
    Cuban") or a describing compound ("Qatar-based Kenyan"), written with capitals.

    Reads the project's gazetteer (``geo.gazetteer``: loaded once per process and shared
    with place extraction); its ``stop`` list holds common English words that are no
    place, and none of the personal names of the benchmark's victims is made of them only.
    """
    from . import geo

    if any(_COMPOUND.search(w) for w in words):
        return True
    if len(words) < 2:
        return False
    if words[0].capitalize() in _PLACE_HEADS:
        return True  # a town: "Puerto Guzmán", "PUERTO GUZMÁN (Colombia)"
    if all(w in _PEOPLES or w.removesuffix("s") in _PEOPLES or w in _CONJUNCTIONS for w in words):
        return True  # a people ("Guarani Kaiowá", "Awá-Guajá", "Guarani e Kaiowá")
    # A demonym ends a two-word phrase ("Han Chinese", "Shiite Muslims"); in a longer
    # name it is often a surname ("Umar Farooq Baloch").
    # Only a plural ("Sri Lankans", "Shiite Muslims"), a country's demonym ("Han Chinese")
    # or a demonym after a common word ("Many Cuban") is taken for a group: "Mahrang
    # Baloch" and "Alan Kurdi" are people.
    last = words[-1]
    gaz = geo.gazetteer()
    if len(words) == 2 and (
        (last.endswith("s") and last[:-1] in victims_names.DEMONYMS)
        or any(e.kind == "demonym" for e in gaz.names.get(geo.fold(last), ()))
        or (
            last in victims_names.DEMONYMS
            and (words[0] in gaz.stop or words[0] in victims_names.DEMONYMS)
        )
    ):
        return True
    if last in _RELIGIONS or (last in ROLE_TITLES and last.endswith("s")):
        return True  # "Roman Catholic", "Sunni Muslims", "Huddersfield Students"
    if last in _NEWSROOM_ROLES:
        return True  # a byline: "By Our Batticaloa Correspondent", "Staff Reporter"
    if last in _COMPASS:
        return True  # a province: "Negros Occidental", "Kivu Nord"; no surname ends so
    if all(w in gaz.stop for w in words) and not _common_first_name(words[0]):
        return True
    entries = gaz.names.get(geo.fold(" ".join(words)), ())
    return any(
        e.kind in ("region", "demonym") or (e.kind == "city" and e.pop >= _CITY_POP)
        for e in entries
    )


def _past_organisation(
    tokens: list[tuple[str, int]], person: bool = False
) -> list[tuple[str, int]]:
    """The tokens of a person named after an organisation, outlet or place phrase of
    French, Spanish or Portuguese, or none.

    Such phrases go on with a lower-case "de" ("Sindicato de Trabajadores de la Salud",
    "Asociación Campesina de Cusco", "Voz de Sinaloa", "Union des travailleurs du
    textile"), as do some names ("Luis de la Cruz", "Lula da Silva"); a name begins with a
    given name. A run that starts with "de" (its organisation word cut off before) or
    has "de" inside and does not start with a common given name is such a phrase; a
    person named right after it ("Libération de Boubacar Camara") starts at the first
    common given name. ``person``: the text says the run is a person (a role before it, an
    age after it), so a "de" inside does not make it a phrase.
    """
    if not tokens:
        return tokens
    inner = not person and any(t in _ORG_OF for t, _ in tokens[1:-1])
    if tokens[0][0] in _ORG_OF or (
        inner and not first_name(tokens[0][0]) and not _INITIAL.match(tokens[0][0])
    ):
        first = next((i for i, (t, _) in enumerate(tokens) if first_name(t)), len(tokens))
        return tokens[first:]
    return tokens


def first_name(token: str) -> bool:
    """A capitalised token that is a common first name (not a particle: "De" and "La"
    are given names too)."""
    from . import geo

    low = token.lower()
    if not token[:1].isupper() or low in _INNER_PARTICLES:
        return False
    return _common_first_name(low) or _common_first_name(geo.fold_same_length(low))


def _common_first_name(word: str) -> bool:
    """Whether ``word`` is a first name given to at least 300 people (the lexicon the
    learned victims part reads sex from): "Gamal Eid" is a name, "Freedom Day" is not."""
    from .learned.victims_features import shipped_first_names

    male, female = shipped_first_names().counts.get(word, (0, 0))
    return male + female >= 300


# A town smaller than this may share its name with a person ("Santa Cruz" is both).
_CITY_POP = 50_000


@lru_cache(maxsize=1)
def _perpetrator_group() -> re.Pattern[str]:
    """The name of a perpetrator's group or kind as a whole ("Boko Haram", "Hezbollah",
    "Taliban"): an organisation, never a person (the perpetrator rules' own terms)."""
    terms = [t for ts in roles.PERPETRATORS.values() for t in ts]
    return re.compile("(?:" + "|".join(terms) + ")")


def _is_person(name: str, common: set[str], strict: bool = True) -> bool:
    words = [w.lower().strip(".,") for w in name.split() if not _INITIAL.fullmatch(w)]
    if not words:
        return False
    if any(w in ORG_WORDS for w in words):
        return False
    if strict and _perpetrator_group().fullmatch(" ".join(words)):
        return False
    if strict and _not_a_name(words):
        return False
    if name.lower() in _places() or all(w in _places() or w in STOP for w in words):
        return False
    if name.isupper() and len(name) <= 6:  # acronyms: "UN", "CPJ", "DSS"
        return False
    # Inside a name a capitalised particle is part of it ("Alaa Abd El Fattah",
    # "Luiz Da Silva"); at either end it was stripped by ``_clean``.
    inner = set(words[1:-1]) & _INNER_PARTICLES
    # The first word was kept by ``_clean`` though the text also writes it in lower case
    # ("Mark Hirst", "Grace Mugabe"); any later common word makes a phrase, not a name.
    if any(
        w in common
        and w not in _TRAILING
        and w not in inner
        and w not in _DATED_GIVEN_NAMES
        and not (w == words[-1] and len(words) > 2 and w.title() in _KIN_SUFFIXES)
        for w in words[1:]
    ):
        return False
    return not any(w in STOP and w not in inner and w not in _DATED_GIVEN_NAMES for w in words)


_APPOSITION = re.compile(r",\s+(?:an?|the)\s+([\w\-]+)(?:\s+([\w\-]+))?")


def _one_word_person(text: str, start: int, end: int) -> bool:
    """A one-word name is a person when a title or role precedes it ("journalist
    Gnawi"), when it is introduced ("named Gnawi", "identified as Gnawi") or when a role
    follows in apposition ("Gnawi, a journalist")."""
    before = text[max(0, start - 20) : start].lower().split()
    if before and (before[-1] in _SINGLE_CUES or before[-1] in ("named", "nicknamed")):
        return True
    if before[-2:] == ["identified", "as"]:
        return True
    after = _APPOSITION.match(text, end, end + 60)
    return after is not None and any(w and w.lower() in _SINGLE_CUES for w in after.groups())


# Before a place: "in Hilton Head", "from Bosanska Krupa", "town of Jangebe", "en San
# Marcos", "Johnny Lee Bryant Jr. of Hilton Head".
_AT_PLACE = re.compile(
    r"(?:\b(?:in|at|near|from|outside|around|en|desde|hacia|dans|em)|\bcerca de|\bpr[eè]s de"
    r"|\bperto de|(?<!\w)à|\b(?:town|city|village|district|municipality|province|state|county"
    r"|region|ciudad|municipio|pueblo|localidad|ville|commune|cidade|munic[ií]pio)\s+"
    r"(?:of|de|do|da)|[A-Z][\w.]*\s+of)"
    # "in northern Veracruz", "near central Kano", "in north-eastern Borno".
    r"(?:\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central))?\s+$"
)
# After a place: "the Tower Hamlets council", "the Kaduna state government".
_PLACE_AFTER = re.compile(
    r"\s+(?:council|borough|municipality|municipal|district|county|province|state|region)\b"
)


# A lower-case noun for a community, holding, outlet or programme right before a run
# names it: "la comunidad nativa Mariscal Cáceres", "la radio communautaire Kala de Niono",
# "el programa en guaraní “Ñane Yvy”", "la Radio Comunitaria Q'anil Tx'otx'", "o
# assentamento Irmã Dorothy". A person follows such a noun only after a preposition or a
# role ("locutor de radio Fabián Zúñiga"), or after an indefinite article ("director de un
# periódico Tomás Torres").
_THING_NOUN = (
    r"(?:comunidad(?:es)?|comunidades?|communaut[ée]s?|asentamientos?|assentamentos?|"
    r"programas?|programmes?|[ée]missions?|emisoras?|(?<!de )(?<!da )(?<!do )r[áa]dios?|"
    r"aldeias?|veredas?|corregimientos?|caser[íi]os?|anexos?|barrios?|bairros?|colonias?|"
    r"quilombos?|tekoha|ejidos?|fincas?|fazendas?|haciendas?|estancias?|territorios?|"
    r"territ[óo]rios?|resguardos?|reservas?|povoados?|localidad(?:es)?|cantones?|parroquias?|"
    r"sector(?:es)?|setor(?:es)?|p[áa]ginas?|porta(?:l|les|is)|sitios?|sites?|peri[óo]dicos?|"
    r"diarios?|di[áa]rios?|revistas?|semanarios?|semanários?|journa(?:l|ux)|hebdomadaires?|"
    r"quotidiens?|jornais|jornal|blogs?|bihebdomadaires?|mensuels?|cha[îi]nes?|"
    r"canal|canales|canais|collectifs?|colectivos?|coletivos?|agencias?|agences?|ag[êe]ncias?|"
    # English outlets: "the weekly Gorskaya Pravda", "the news website Haber Hattı",
    # "the broadcaster Xamar Live TV" (foreign outlets' names read like persons').
    r"newspapers?|weekl(?:y|ies)|dail(?:y|ies)|broadcasters?|websites?|magazines?|"
    r"tabloids?|outlets?)"
)
_NAMED_THING = re.compile(
    r"(?<!\bun )(?<!\buna )(?<!\bune )(?<!\bum )(?<!\buma )\b"
    + _THING_NOUN
    + r"(?:\s+(?:nativas?|ind[íi]genas?|campesinas?|comunitari[ao]s?|communautaires?|"
    r"comunit[áa]ri[ao]s?|rura(?:l|les|is)|locale?s?|quilombolas?|originarias?|"
    r"ancestra(?:l|les|is)|associatives?|informativ[ao]s?|d'information|digita(?:l|les|is)|"
    r"web|independientes?|ind[ée]pendante?s?|independentes?|priv[ée]e?s?|privad[ao]s?|"
    r"citoyen(?:ne)?s?|ciudadan[ao]s?|cidad[ãa]os?|en ligne|en l[íi]nea|online|"
    r"d'investigation|de investigaci[óo]n|de investiga[çc][ãa]o|"
    # a programme's time: "l'émission matinale « Lakou Lakay »", "el programa nocturno"
    r"matina(?:l|le|les|is)|dominica(?:l|le|les|is)|quotidienne?s?|hebdomadaires?|"
    r"semana(?:l|les|is)|nocturn[aeo]s?|"
    # a demonym: "le bihebdomadaire ponténégrin", "le site panafricain"
    r"(?-i:[a-zà-ÿ]{3,}(?:ais|aise|ien|ienne|ain|aine|in|ine|ois|oise|ano|ana|ense|eño|"
    r"eña|ês|esa|ino|ina)s?)"
    r")){0,2}(?-i:\s+en\s+[a-zà-ÿ]+)?"
    # an outlet's own article: "le bihebdomadaire La Côte Sauvage"
    r"(?-i:\s+(?:La|Le|Les|El|Los|Las|O|A|Os|As))?"
    r"\s+(?:[“\"«][^\S\n]?)?",
    re.IGNORECASE,
)
# A prison, camp or barracks names the place after it, with or without "of": "la prison de
# Ghezel Hesar", "el penal de Lurigancho", "o presídio Urso Branco".
_DETENTION_NOUN = (
    r"(?:prisi[óo]n|prisons?|pris[ãa]o|c[áa]rcel|c[áa]rcere|penal|penitenciar[íi]a|"
    r"penitenci[áa]ria|pres[íi]dio|maison d['’]arr[êe]t|centre p[ée]nitentiaire|"
    r"centro penitenciario|cuartel|quartel|caserne|camp|campo)"
)
_DETENTION_PLACE = re.compile(
    r"\b" + _DETENTION_NOUN + r"(?:\s+(?:de|d['’]|du|da|do|del|of))?\s+", re.IGNORECASE
)
# (also the word after an elided article: "l'émission", "d'une")
_WORD_START = re.compile(r"(?<![\w'’])[\w'’]|(?<=\w['’])\w")
# The nouns alone, over the folded text (lower case, same length): where none ends in the
# 60 characters before a run, neither pattern can match there (``_after_named_thing``).
_THING_NOUNS = re.compile(rf"\b(?:{_THING_NOUN}|{_DETENTION_NOUN})")


def _named_thing_ends(text: str) -> list[int]:
    from . import geo

    return [m.end() for m in _THING_NOUNS.finditer(geo.fold_same_length(text))]


def _after_named_thing(text: str, at: int, ends: list[int]) -> bool:
    """Whether a community's, outlet's or prison's noun (``_NAMED_THING``,
    ``_DETENTION_PLACE``) ends right before ``at``: tried, where one of the nouns ends
    (``ends``) within 60 characters before, from each of the last four words' starts,
    anchored; a search before every run was the name finder's slowest step."""
    i = bisect.bisect_left(ends, at - 60)
    if i == len(ends) or ends[i] > at:
        return False
    starts = [m.start() for m in _WORD_START.finditer(text, max(0, at - 60), at)][-4:]
    return any(
        rx.fullmatch(text, ws, at) for ws in starts for rx in (_NAMED_THING, _DETENTION_PLACE)
    )


# A body's noun and the lower-case words that describe it, right before a run, name that
# body: "l'association villageoise de protection des forêts Vondrona Tsara Ala", "la
# organización indígena Nación Wampis". Not when the last word is a preposition or a
# conjunction ("le comité de soutien à Jean Dupont" names a person), and not in English,
# where a body's name is capitalised and lower-case words after "organisations" are a
# sentence ("Human rights organisations have denounced the disappearance of X").
_NAMED_BODY = re.compile(
    r"(?<!\w)(?-i:associations?|asociaci[óo]n|associa[çc][ãa]o|organisations?|"
    r"organizaci[óo]n|organiza[çc][ãa]o|ONG|coop[ée]rative|cooperativa|f[ée]d[ée]ration|"
    r"federaci[óo]n|federa[çc][ãa]o|mouvement|movimiento|movimento|collectif|colectivo|"
    r"coletivo)"
    r"(?:\s+(?:[a-zà-ÿ]+|[dl]['’][a-zà-ÿ]+)){0,6}?\s+(?:[“\"«][^\S\n]?)?$"
)
_NOT_A_DESCRIPTION = _words(
    "de des du del da do das dos à a au aux avec con com pour para por pelo pela et y e "
    "o ou contre contra sur sobre chez entre par en em no na que qui le la les el los "
    "las um uma un une"
)


def _after_named_body(text: str, at: int) -> bool:
    """Whether a body's noun and its lower-case description end right before ``at``
    (``_NAMED_BODY``), in a text not in English."""
    m = _NAMED_BODY.search(text, max(0, at - 90), at)
    if m is None:
        return False
    words = m.group().split()
    last = words[-1] if words[-1][:1].isalpha() else words[-2]
    return len(words) > 1 and last.lower() not in _NOT_A_DESCRIPTION


def _named_place(text: str, start: int, end: int, name: str) -> bool:
    """A capitalised run the text uses as a place: a town or region of the gazetteer after a
    preposition of place, or any run before a lower-case word for a local authority.

    Many towns carry a person's name (Emiliano Zapata, Santa Cruz); where the text says
    "in" or "from" before it, the town is meant.
    """
    from . import geo

    if _PLACE_AFTER.match(text, end):
        return True
    if not _AT_PLACE.search(text[max(0, start - 30) : start]):
        return False
    entries = geo.gazetteer().names.get(geo.fold(name), ())
    return any(e.kind in ("city", "region") for e in entries)


def _common_word(name: str) -> bool:
    """A one-word "name" that is a common English word and no given name: "Officer
    Supervisor" is a rank, not a person."""
    from . import geo

    low = name.lower()
    return low in geo.gazetteer().stop and not _common_first_name(low)


def _is_title_case(title: str) -> bool:
    words = [w for w in title.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.6


def _words_of(name: str) -> list[str]:
    """The words of a name with initials split ("E.V." and "E. V." read alike)."""
    return name.replace(".", ". ").split()


_QUOTED_NICKNAME = re.compile(r"[ \t]+[\"“][^\"”]+[\"”](?=[ \t])")


def victim_name(name: str) -> str:
    """A person's name as a victim's record gives it: without the nickname the text quotes
    inside it ('Rolando "Dodong" Bacalso' is Rolando Bacalso, as HRDsAttack's annotators
    write "Natividad Castro" for 'Natividad “Naty” Castro')."""
    return _QUOTED_NICKNAME.sub("", name)


def find_persons(text: str, title_end: int = 0, not_english: bool = False) -> list[Person]:
    """Persons named in ``text``, in order of first mention.

    Several components ask for the persons of the same article: the last few answers are
    cached, so callers must not modify the returned persons.

    A one-word mention joins the earlier person whose last (or first) name it is; a
    one-word name that never joins anyone is kept only when a title or role precedes it.
    A headline in title case says nothing by its capitals: names are taken from the body
    and only then looked up in the headline. ``not_english``: the text is Spanish, French
    or Portuguese, whose bodies are named after a lower-case description (``_NAMED_BODY``)
    and whose people's names open no person's (``_LEADING_ROMANCE``).
    """
    return _find_persons(text, title_end, True, not_english)


def find_all_persons(text: str, title_end: int = 0) -> list[Person]:
    """``find_persons`` for redaction: without the filters that keep phrases, places and
    nationalities out of the victim candidates (a name they took for a phrase would leak;
    a phrase redacted costs little), and not cached (nothing of the text is kept)."""
    return _find_persons.__wrapped__(text, title_end, strict=False)


def _runs(text: str, skip: int) -> list[tuple[str, int]]:
    """Capitalised runs (``NAME_RX``) from ``skip`` on, with their offsets, two names
    joined by "y" / "e" split in two (see ``_AND``)."""
    out: list[tuple[str, int]] = []
    for m in NAME_RX.finditer(text, skip):
        run, start = m.group(), m.start()
        for joint in _AND.finditer(run):
            left, right = run[: joint.start()], run[joint.end() :]
            if len(left.split()) >= 2 and len(right.split()) >= 2:
                out.append((left, start))
                run, start = right, start + joint.end()
                break
        out.append((run, start))
    return out


@lru_cache(maxsize=4)
def _find_persons(
    text: str, title_end: int, strict: bool = True, not_english: bool = False
) -> list[Person]:
    common = set(_LOWER_WORD.findall(text))
    skip = title_end if title_end and _is_title_case(text[:title_end]) else 0
    persons: list[Person] = []
    by_token: dict[str, Person] = {}
    thing_ends = _named_thing_ends(text) if strict else []
    things: set[str] = set()
    for run, run_start in _runs(text, skip):
        cleaned = _clean(run, run_start, common, text, strict, not_english)
        if cleaned is None:
            continue
        name, start = cleaned
        if not _is_person(name, common, strict):
            continue
        if strict and _named_place(text, start, start + len(name), name):
            continue
        if strict and start >= 2 and text[start - 1] == "-" and text[start - 2].islower():
            # "sub-Saharan Africa", "pro-Kremlin Media": a prefixed adjective opens no name.
            continue
        if strict and (
            name in things
            or _after_named_thing(text, run_start, thing_ends)
            or (not_english and _after_named_body(text, run_start))
            or (start != run_start and _after_named_thing(text, start, thing_ends))
        ):
            # Named once as an outlet or a community ("la chaîne en ligne Wouri Direct
            # TV"), the run names it again later ("rédactrice en chef de Wouri Direct TV").
            things.add(name)
            continue
        # A generational suffix keeps its full stop as written: "Jaymie Gregorio Jr."
        if (
            re.search(r" (?:Jr|Sr)$", name)
            and text[start + len(name) : start + len(name) + 1] == "."
        ):
            name += "."
        mention = Mention(name, start, start + len(name))
        words = name.split()
        # The person's name with one space between its words, as a record gives it: a
        # name with a run of spaces in it (a word joined at a line end, see
        # ``layout.unwrap``) is the same person.
        key = " ".join(words)
        owner = by_token.get(key)
        if (
            owner is None
            and len(words) == 1
            and (not _one_word_person(text, start, mention.end) or _common_word(name))
        ):
            continue
        if owner is None and "." in name:
            # "E.V. Krishnasamy" and "E. V. Krishnasamy" are one person.
            owner = next((p for p in persons if _words_of(p.name) == _words_of(name)), None)
        if owner is None:
            owner = Person(key)
            persons.append(owner)
            by_token[key] = owner
            if len(words) > 1:
                # Later mentions may drop the given name: "Abd El Fattah", "Fattah".
                for k in range(1, len(words)):
                    by_token.setdefault(" ".join(words[k:]), owner)
                if len(words) == 2:
                    by_token.setdefault(words[0], owner)
        owner.mentions.append(mention)
    if skip:
        for token, person in by_token.items():
            pos = text.find(token, 0, skip)
            if pos >= 0 and (not person.mentions or person.mentions[0].start >= skip):
                person.mentions.insert(0, Mention(token, pos, pos + len(token)))
    return persons
