"""What was done to the victim, as the headline and first sentence of a report say it.

The extractor's violation types put threats, beatings, criminal charges, spyware and
sexual violence all in "other" (the SDG 16.10.1 taxonomy), so two attacks on one person
in one city a month apart ("threatened", then "charged") look alike to linkage. The act a
report leads with is finer, and reports of one attack lead with the same act or with acts
that go together ("tortured in detention", "missing after arrest").

Our own word lists, in the four languages the extractor reads, matched on folded text
(lowercase, no accents): no library names acts at this grain, and the extractor's
trigger lists are built to label a whole article (background included), not to say what
its lead is about. Generic words ("attack", "ataque", "violence") name no act: an
"attack on a journalist" may be a killing, a beating or a threat.
"""

from __future__ import annotations

import re

from ...extract.base import split_sentences
from ..names import fold

# Read from the title and the first sentence: later sentences recall earlier attacks.
LEAD_CHARS = 300

# A threat to kill is a threat; the word "death" in it names no killing.
_THREAT_TO_KILL = re.compile(
    r"\b(?:death threats?|threat\w* to kill|threatened with death"
    r"|amenaz\w* de muerte|amenaz\w* con matar\w*"
    r"|menac\w* de mort|menace\w* de le tuer"
    r"|amea\w* de morte|amea\w* de matar)\b"
)
# The arrest of a suspect is not an act against the victim ("Police arrest suspect in
# murder of journalist"; "Capturan a sospechoso del crimen").
_SUSPECT = re.compile(r"\b(?:suspects?|sospechos\w*|presunt\w* (?:asesin|autor)\w*|suspeit\w*)\b")

ACTS: dict[str, tuple[str, ...]] = {
    "killing": (
        r"kill(?:ed|ing|s)?",
        r"murder\w*",
        r"assassinat\w*",
        r"shot dead",
        r"gunned down",
        r"slain",
        r"execut(?:ed|ion)",
        r"lynch\w*",
        r"behead\w*",
        r"found dead",
        r"bod(?:y|ies) (?:was |were )?found",
        r"mourn\w*",
        r"funerals?",
        r"laid to rest",
        r"farewell",
        r"asesin\w*",
        r"mat(?:an|aron|o)",
        r"ultim(?:an|aron|ado|ada)",
        r"acribill\w*",
        r"sin vida",
        r"muri(?:o|eron)",
        r"(?:cuerpo|cadaver)(?: \w+){0,4} (?:hallad|encontrad)[oa]s?",
        r"homicidio\w*",
        r"feminicidio\w*",
        r"sepelio",
        r"velorio",
        r"despiden a",
        r"tue(?:e|s|es)?",
        r"abattue?s?",
        r"meurtre\w*",
        r"obseques",
        r"funerailles",
        r"retrouve\w* mort\w*",
        r"assassinad[oa]s?",
        r"mort[oa]s?",
        r"enterr(?:o|ad[oa])",
    ),
    "torture": (
        r"tortur\w*",
        r"ill[ -]?treat\w*",
        r"malos tratos",
        r"mauvais traitements",
        r"maus[ -]tratos",
    ),
    "disappearance": (
        r"disappear\w*",
        r"missing",
        r"whereabouts",
        r"where is",
        r"desaparec\w*",
        r"desaparicion\w*",
        r"paradero",
        r"donde esta",
        r"disparu\w*",
        r"disparition\w*",
        r"desaparecimento\w*",
        r"paradeiro",
        r"onde esta",
    ),
    "kidnapping": (
        r"kidnap\w*",
        r"abduct\w*",
        r"hostages?",
        r"secuestr\w*",
        r"plagi(?:an|aron|ado|ada|ados|adas|o)",
        r"enlev\w*",
        r"kidnapp\w*",
        r"otages?",
        r"sequestr\w*",
        r"raptad[oa]s?",
    ),
    "detention": (
        r"arrest\w*",
        r"detain\w*",
        r"detention",
        r"jailed",
        r"imprisoned",
        r"held without charge",
        r"in custody",
        r"remanded",
        r"detenid[oa]s?",
        r"detien\w*",
        r"detuvieron",
        r"detencion",
        r"captur(?:an|aron|ad[oa]s?)",
        r"aprehend\w*",
        r"encarcel\w*",
        r"arrete\w*",
        r"interpell\w*",
        r"detenue?s?",
        r"garde a vue",
        r"ecroue\w*",
        r"emprisonn\w*",
        r"(?:e|foi|sao|foram) pres[oa]s?",
        r"detid[oa]s?",
        r"detencao",
        r"prisao",
        r"encarcerad[oa]s?",
    ),
    "threat": (
        # Not "threatens" ("a group Beijing says threatens the stability"): the act is
        # told in the past tense or as a noun. French "menacé" folds to the English noun
        # "menace" ("the drug menace"), and French needs it.
        r"threat(?:s|ened|ening)?",
        r"intimidat\w*",
        r"amenaz\w*",
        r"intimid\w*",
        r"hostig\w*",
        r"menac\w*",
        r"amea\w*",
    ),
    "assault": (
        r"beat(?:en|ing)",
        r"assault(?:ed)?",
        r"injur(?:ed|ies)",
        r"wounded",
        r"stabbed",
        r"agred\w*",
        r"agresion\w*",
        r"golpe(?:ad[oa]s?|an|aron|o)",
        r"herid[oa]s?",
        r"agress\w*",
        r"frapp\w*",
        r"tabass\w*",
        r"passe\w* a tabac",
        r"blesse\w*",
        r"espancad[oa]s?",
        r"ferid[oa]s?",
    ),
    "sexual violence": (
        r"rape[ds]?",
        r"sexual(?:ly)? (?:assault\w*|violence|abuse\w*|harass\w*)",
        r"violencia sexual",
        r"abuso sexual",
        r"violad[oa]",
        r"violacion",
        r"violence\w* sexuelle\w*",
        r"violee?",
        r"estupro",
    ),
    "judicial harassment": (
        r"charged",
        r"charges",
        r"indicted",
        r"prosecut\w*",
        r"criminal (?:case|complaint|proceedings)",
        r"lawsuits?",
        r"sued",
        r"libel",
        r"defamation",
        r"on trial",
        r"sentenced",
        r"convicted",
        r"proceso penal",
        r"denuncia penal",
        r"imputad[oa]s?",
        r"procesad[oa]s?",
        r"juicio (?:contra|penal|oral|politico)",
        r"judicializ\w*",
        r"criminaliz\w*",
        r"querella",
        r"difamacion",
        r"inculpe\w*",
        r"poursuivie?s?",
        r"poursuites",
        r"proces",
        r"mise? en examen",
        r"diffamation",
        r"reu",
        r"processad[oa]s?",
        r"processo (?:criminal|penal|judicial)",
    ),
    "surveillance": (
        r"surveil\w*",
        r"spyware",
        r"spied",
        r"spying",
        r"wiretap\w*",
        r"hacked",
        r"pegasus",
        r"espian",
        r"espiad[oa]s?",
        r"espionaje",
        r"chuzad\w*",
        r"interceptad[oa]s?",
        r"espionn\w*",
        r"(?:mise?s?|placee?s?) sur ecoute",
        r"ecoutes telephoniques",
        r"espionad[oa]s?",
        r"espionagem",
        r"grampead[oa]s?",
    ),
    "raid": (
        r"raid(?:ed|s)?",
        r"allan(?:an|aron|amiento)",
        r"perquisition\w*",
        r"busca e apreensao",
    ),
}

# A release ends a deprivation of liberty: a report that leads with it alone ("Brazil:
# indigenous leader freed") goes with the detention or the kidnapping, not a threat.
_RELEASE = re.compile(
    r"\b(?:released|freed|set free|liberad[oa]s?|liberan|liberaron|libere\w*|libertad[oa]s?"
    r"|soltad[oa]s?|soltar|solto)\b"
)
RELEASED = ("detention", "kidnapping")

_PATTERNS = {act: re.compile(r"\b(?:" + "|".join(words) + r")\b") for act, words in ACTS.items()}


def lead_of(title: str, text: str) -> str:
    """The title and the first sentence of the text, at most ``LEAD_CHARS`` of it (the
    extractor's sentence split: no sentence ends at an initial, "Jairo E. Cárdenas")."""
    head = (text or "").strip()[:LEAD_CHARS]
    spans = split_sentences(head)
    first = head[spans[0][0] : spans[0][1]] if spans else ""
    return f"{title or ''}\n{first}"


def acts(title: str, text: str) -> list[str] | None:
    """The acts the headline and first sentence name, sorted; None when they name none."""
    lead = fold(lead_of(title, text))
    lead = _THREAT_TO_KILL.sub(" threat ", lead)
    found = {act for act, pattern in _PATTERNS.items() if pattern.search(lead)}
    if "detention" in found and _SUSPECT.search(lead):
        found.discard("detention")
    if not found and _RELEASE.search(lead):
        found.update(RELEASED)
    return sorted(found) or None
