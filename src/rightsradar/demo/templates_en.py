# ruff: noqa: E501  (prose templates and data tables read better unwrapped)
"""English report templates: leads and secondary sentences per act, titles, grammar."""

from __future__ import annotations

from .packs import Pack
from .templates_en_more import EN_MORE

_G = {
    ("man", False): {"pron": "he", "Pron": "He", "obj": "him", "poss": "his", "was": "was",
                     "has": "has", "is": "is", "s": "s", "plural": "0"},
    ("woman", False): {"pron": "she", "Pron": "She", "obj": "her", "poss": "her", "was": "was",
                       "has": "has", "is": "is", "s": "s", "plural": "0"},
    ("man", True): {"pron": "they", "Pron": "They", "obj": "them", "poss": "their", "was": "were",
                    "has": "have", "is": "are", "s": "", "plural": "1"},
}  # fmt: skip
_G[("woman", True)] = _G[("man", True)]

LEADS = {
    "killing": (
        "{V} {was} shot dead {L} {W}, according to colleagues and local authorities.",
        "{P} killed {V} {W} {L}, in the latest in a series of deadly attacks on {group_pl}.",
        "{V} {was} killed {W} {L} by {P}, witnesses said.",
        "Gunfire {W} {L} claimed the life of {V}, who had spoken out repeatedly about abuses in the area.",
        "{V} {was} found dead {L} {W}, hours after {pron} failed to return home.",
        "Rights groups are demanding justice after {V} {was} murdered {L} {W}.",
        "{V} died {W} after being attacked by {P} {L}.",
        "The body of {V} was recovered {W} {L}, bearing several gunshot wounds.",
        "Relatives say {V} {was} ambushed and killed {L} {W} while travelling home.",
    ),
    "disappearance": (
        "{V} {has} not been seen since {pron} {was} taken away by {P} {L} {W}, and the authorities deny holding {obj}.",
        "The whereabouts of {V} remain unknown after {pron} {was} detained {L} {W}; officials say {pron} {is} not in custody.",
        "Family members fear for the life of {V}, who disappeared {W} {L} after being picked up by men who identified themselves as officers.",
        "{V} {has} been missing since being bundled into an unmarked vehicle {L} {W}.",
        "Human rights organisations have denounced the enforced disappearance of {V}, last seen {L} {W}.",
        "Police stations and military bases {L} have all denied holding {V}, who vanished {W}.",
        "Lawyers have filed a habeas corpus petition for {V}, taken {W} {L} by {P} and held at an unknown location.",
        "{V} {was} last seen {W} {L} being led away by {P}; since then there has been no word of {poss} fate.",
    ),
    "torture": (
        "{V} {was} tortured while in custody {L} {W}, lawyers said after visiting {obj} in detention.",
        "{V} {was} beaten, given electric shocks and deprived of sleep by {P} {L} {W}, according to a medical report.",
        "Doctors who examined {V} found injuries consistent with torture after {poss} interrogation {L} {W}.",
        "{P} subjected {V} to torture {W} {L} in an attempt to extract a confession, {poss} lawyer said.",
        "{V} {has} described being suspended by the wrists and beaten during questioning {L} {W}.",
        "A rights group says {V} {was} tortured {W} at a detention facility {L}.",
        "Marks of beatings and burns were visible on {V} when {pron} appeared before a judge {L} {W}.",
        "{V} told relatives {pron} had been tortured by {P} {W} {L}.",
    ),
    "detention": (
        "{V} {was} arrested {L} {W} and remain{s} in detention without charge.",
        "{P} detained {V} {W} {L}, according to {poss} colleagues.",
        "{V} {was} taken into custody {W} {L} by {P}, who gave no reason for the arrest.",
        "Authorities {L} {W} arrested {V}, in what rights groups call an arbitrary detention.",
        "{V} {was} held incommunicado for hours after {P} raided {poss} home {L} {W}.",
        "{V} {was} detained {W} {L} while covering a demonstration, and {has} not been allowed to see a lawyer.",
        "Human rights groups are calling for the immediate release of {V}, arrested {L} {W}.",
        "{V} spent the night in a police cell {L} after being picked up {W} with no warrant.",
        "{V} {was} arrested {L} {W} on vague accusations of 'spreading false information'.",
    ),
    "kidnapping": (
        "{V} {was} abducted {L} {W} by {P}, who demanded a ransom from {poss} family.",
        "{P} kidnapped {V} {W} {L}.",
        "{V} {was} seized by armed men {L} {W} and taken to an unknown location.",
        "{V} {was} abducted on a rural road {L} {W} and {is} still being held captive.",
        "Armed men forced {V} into a pickup truck {L} {W}, witnesses said.",
        "Colleagues are pleading for the release of {V}, kidnapped {W} {L}.",
        "{V} {was} taken hostage by {P} {L} {W} while returning from a community meeting.",
        "The abduction of {V} {W} {L} has alarmed local organisations.",
    ),
    "threats": (
        "{V} received death threats {W} {L} after speaking out against local abuses.",
        "{V} {has} been threatened by {P} {L}, and colleagues fear for {poss} safety.",
        "A pamphlet declaring {V} a 'military target' was left {L} {W}.",
        "{V} received a message {W} warning {obj} to leave {L} or be killed.",
        "Threats against {V} intensified {W} {L} after {poss} latest public statement.",
    ),
    "assault": (
        "{V} {was} beaten by {P} {L} {W} and needed hospital treatment.",
        "{V} {was} assaulted {W} {L} while documenting an eviction.",
        "{P} attacked {V} {W} {L}, leaving {obj} with head injuries.",
        "{V} {was} violently attacked {L} {W}; {poss} equipment was smashed.",
    ),
    "judicial": (
        "Prosecutors {L} {W} charged {V} with criminal defamation over {poss} work.",
        "{V} {is} facing trial {L} on charges that rights groups describe as fabricated, after an indictment {W}.",
        "A court {L} {W} opened criminal proceedings against {V} for 'incitement'.",
        "{V} {was} summoned {W} by {P} {L} to answer charges of 'undermining the state'.",
    ),
    "sexual": (
        "{V} {was} sexually assaulted by {P} {L} {W}, according to a complaint filed by {poss} lawyers.",
        "{V} reported being sexually abused in custody {L} {W}.",
        "Rights groups say {V} {was} subjected to sexual violence {W} {L} in reprisal for {poss} work.",
    ),
    "surveillance": (
        "{V} discovered {W} that {poss} phone had been infected with spyware, forensic experts {L} said.",
        "{V} {has} been followed and photographed by {P} {L}, colleagues said {W}.",
        "Leaked documents show {V} {was} placed under surveillance {L} {W}.",
        "{V} found a tracking device under {poss} car {L} {W}.",
    ),
}  # fmt: skip

SECONDARY = {
    "killing": ("{Short} later died of {poss} injuries.", "{Pron} did not survive the attack."),
    "kidnapping": (
        "{Pron} had been abducted hours earlier, according to relatives.",
        "Witnesses said {short} {was} first forced into a vehicle and driven away.",
    ),
    "torture": (
        "The body showed signs of torture, the forensic report said.",
        "Relatives said {short} had been beaten and tortured before {poss} death.",
        "Lawyers said {short} {was} beaten and tortured during interrogation.",
        "A doctor found marks consistent with electric shocks on {poss} body.",
    ),
    "detention": (
        "{Short} {was} held without charge for several days.",
        "{Pron} {was} arrested and held at a police station without access to a lawyer.",
    ),
    "assault": (
        "{Short} {was} also beaten during the arrest.",
        "Officers kicked and punched {obj} while {pron} {was} on the ground, witnesses said.",
        "{Pron} suffered bruises and a broken arm.",
    ),
    "judicial": (
        "{Pron} {has} since been charged with 'disturbing public order'.",
        "Prosecutors accused {short} of 'terrorism', a charge lawyers call absurd.",
    ),
    "surveillance": (
        "{Poss_cap} phones and laptop were seized and searched.",
        "Officers copied the contents of {poss} phone before returning it.",
    ),
    "sexual": ("{Short} also reported being sexually assaulted.",),
}  # fmt: skip

RECAP = {
    "killing": "shot dead", "disappearance": "taken away and never seen again",
    "torture": "tortured in custody", "detention": "arrested", "kidnapping": "abducted",
    "threats": "threatened", "assault": "beaten", "judicial": "charged with criminal offences",
    "sexual": "sexually assaulted", "surveillance": "placed under surveillance",
}  # fmt: skip

TITLES = {
    "killing": ("{Tv} killed in {city}", "{Tv} shot dead in {country}", "Murder of {role} in {city} condemned",
                "Another {role} killed in {country}"),
    "disappearance": ("{Tv} missing after arrest in {city}", "Where is the {role}? Family demands answers",
                      "{Tv} disappeared in {country}"),
    "torture": ("{Tv} tortured in custody, lawyers say", "Torture allegations after arrest of {role} in {city}"),
    "detention": ("{Tv} detained in {city}", "{Tv} arrested in {country}", "Arrest of {role} in {city} criticised",
                  "{country}: {role} held without charge"),
    "kidnapping": ("{Tv} abducted in {city}", "{Tv} kidnapped in {country}", "Armed men seize {role} in {city}"),
    "threats": ("{Tv} receives death threats", "Threats against {role} in {city}", "{country}: {role} threatened"),
    "assault": ("{Tv} beaten in {city}", "{Tv} attacked in {country}"),
    "judicial": ("{Tv} charged in {city}", "{country}: criminal case against {role}"),
    "sexual": ("{Tv} reports sexual assault by officers", "Sexual violence against {role} in {city}"),
    "surveillance": ("{Tv} targeted with spyware", "Surveillance of {role} in {country} exposed"),
}  # fmt: skip


def pack() -> Pack:
    """The English pack."""
    grammar = {k: {**v, "Poss_cap": v["poss"].capitalize()} for k, v in _G.items()}
    return Pack(
        lang="en",
        roles={
            "land": ("land rights defender", "land rights defender", "land rights defenders"),
            "environment": ("environmental defender", "environmental defender", "environmental defenders"),
            "indigenous": ("indigenous leader", "indigenous leader", "indigenous leaders"),
            "lawyer": ("human rights lawyer", "human rights lawyer", "human rights lawyers"),
            "activist": ("human rights activist", "human rights activist", "human rights activists"),
            "community": ("community leader", "community leader", "community leaders"),
            "journalist": ("journalist", "journalist", "journalists"),
            "reporter": ("reporter", "reporter", "reporters"),
            "radio": ("radio journalist", "radio journalist", "radio journalists"),
            "photo": ("photojournalist", "photojournalist", "photojournalists"),
            "editor": ("newspaper editor", "newspaper editor", "newspaper editors"),
            "union_leader": ("trade union leader", "trade union leader", "trade union leaders"),
            "organiser": ("union organiser", "union organiser", "union organisers"),
            "unionist": ("trade unionist", "trade unionist", "trade unionists"),
        },
        group_plurals={"human rights defender": "human rights defenders",
                       "journalist": "journalists", "trade unionist": "trade unionists"},
        numbers=("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve", "thirteen"),
        at_least="at least {n}", vague=("several", "a group of", "a number of"),
        the_group_t="the {roles}", the_one_t=("the {role}", "the {role}"),
        honorifics=("Mr. {s}", "Ms. {s}"), grammar_table=grammar,
        months=("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"),
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        date_formats=("on {d} {month}", "on {month} {d}", "on {weekday}, {d} {month}",
                      "on the night of {d} {month}", "on {weekday} {month} {d}"),
        weekday_t="on {weekday}", today="earlier today", yesterday="yesterday",
        last_week="last week", last_month="last month", earlier="earlier this month",
        leads=LEADS, secondary=SECONDARY, recap=RECAP, titles=TITLES, **EN_MORE,
    )  # fmt: skip
