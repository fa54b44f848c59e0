# ruff: noqa: E501  (prose templates and data tables read better unwrapped)
"""Modèles en français (rédigés en français, pas traduits)."""

from __future__ import annotations

from .packs import Pack

_G = {
    ("man", False): {"e": "", "a": "a", "il": "il", "Il": "Il", "le": "le", "est": "est",
                     "nt": "", "plural": "0"},
    ("woman", False): {"e": "e", "a": "a", "il": "elle", "Il": "Elle", "le": "la", "est": "est",
                       "nt": "", "plural": "0"},
    ("man", True): {"e": "s", "a": "ont", "il": "ils", "Il": "Ils", "le": "les", "est": "sont",
                    "nt": "nt", "plural": "1"},
    ("woman", True): {"e": "es", "a": "ont", "il": "elles", "Il": "Elles", "le": "les",
                      "est": "sont", "nt": "nt", "plural": "1"},
}  # fmt: skip

LEADS = {
    "killing": (
        "{V} {a} été abattu{e} {W} {L}, selon ses proches.",
        "{V} {a} été tué{e} par {P} {L} {W}.",
        "Le corps de {V} a été retrouvé {W} {L}, criblé de balles.",
        "Les organisations de la société civile dénoncent l'assassinat de {V}, survenu {W} {L}.",
    ),
    "disappearance": (
        "On est sans nouvelles de {V} depuis {son} arrestation par {P} {L} {W}.",
        "{V} {a} été emmené{e} {W} {L} par des hommes se présentant comme des agents, et les autorités nient {le} détenir.",
        "La famille de {V} dénonce une disparition forcée : {il} {a} été vu{e} pour la dernière fois {L} {W}.",
        "Les avocats de {V}, enlevé{e} {W} {L} par {P}, réclament de savoir où {il} {est} détenu{e}.",
    ),
    "torture": (
        "{V} {a} été torturé{e} pendant {son} interrogatoire {L} {W}, selon {ses} avocats.",
        "Un rapport médical confirme que {V} {a} été battu{e} et soumis{e} à des décharges électriques par {P} {L} {W}.",
        "{V} affirme{nt} avoir été suspendu{e} par les poignets et frappé{e} {W} dans un commissariat {L}.",
        "Des ONG dénoncent des actes de torture contre {V} {L} {W}.",
    ),
    "detention": (
        "{V} {a} été arrêté{e} {W} {L} et demeure{nt} en détention sans inculpation.",
        "{V} {a} été interpellé{e} par {P} {W} {L}, sans mandat, selon {ses} collègues.",
        "Des organisations réclament la libération de {V}, arrêté{e} {L} {W}.",
        "Des agents ont perquisitionné le domicile de {V} {L} {W} avant de l'emmener.",
        "{V} {a} été placé{e} en garde à vue {W} {L} alors qu'{il} couvrai{nt_t} une manifestation.",
    ),
    "kidnapping": (
        "{V} {a} été enlevé{e} {W} {L} par {P}.",
        "Des hommes armés ont forcé {V} à monter dans un véhicule {L} {W}.",
        "Ses proches appellent à la libération de {V}, enlevé{e} {W} {L}.",
        "{V} {a} été pris{e} en otage par {P} {L} {W} en revenant d'une réunion.",
    ),
    "threats": (
        "{V} {a} reçu des menaces de mort {W} {L} après avoir dénoncé des abus.",
        "{V} {a} été menacé{e} par {P} {L}, ont indiqué {ses} collègues {W}.",
    ),
    "assault": (
        "{V} {a} été passé{e} à tabac par {P} {L} {W} et hospitalisé{e}.",
        "{V} {a} été agressé{e} {W} {L} alors qu'{il} filmai{nt_t} une expulsion.",
    ),
    "judicial": (
        "Le parquet a inculpé {V} {W} pour diffamation {L}.",
        "Un tribunal {L} a ouvert {W} des poursuites contre {V} pour « incitation à la révolte ».",
    ),
    "sexual": (
        "{V} dénonce{nt} des violences sexuelles commises par {P} {L} {W}.",
        "Selon une plainte, {V} {a} subi des violences sexuelles en détention {L} {W}.",
    ),
    "surveillance": (
        "Des experts ont confirmé {W} que le téléphone de {V} avait été infecté par un logiciel espion {L}.",
        "{V} {a} été suivi{e} et photographié{e} par {P} {L}, selon {ses} collègues {W}.",
    ),
}  # fmt: skip

SECONDARY = {
    "killing": ("{Short} a succombé à ses blessures quelques heures plus tard.",),
    "kidnapping": ("{Il} avai{nt_t} été enlevé{e} quelques heures plus tôt, selon la famille.",),
    "torture": ("Le rapport d'autopsie fait état de traces de torture.",
                "Ses avocats affirment que {short} a été torturé{e} pendant l'interrogatoire."),
    "detention": ("{Il} {a} été détenu{e} plusieurs jours sans inculpation.",),
    "assault": ("{Il} {a} également été frappé{e} lors de l'arrestation, selon des témoins.",),
    "judicial": ("Le parquet l'accuse désormais de « terrorisme ».",),
    "surveillance": ("Les agents ont saisi et fouillé ses téléphones.",),
    "sexual": ("{Il} dénonce{nt} également des violences sexuelles.",),
}  # fmt: skip

RECAP = {
    "killing": "tué{e}", "disappearance": "enlevé{e} par des agents", "torture": "torturé{e} en détention",
    "detention": "arrêté{e}", "kidnapping": "enlevé{e}", "threats": "menacé{e}", "assault": "agressé{e}",
    "judicial": "poursuivi{e} en justice", "sexual": "victime de violences sexuelles",
    "surveillance": "placé{e} sous surveillance",
}  # fmt: skip

TITLES = {
    "killing": ("{Tv} tué{e} à {city}", "Assassinat d'un {role} au {country}"),
    "disappearance": ("Disparition inquiétante d'un {role} à {city}",),
    "torture": ("{Tv} torturé{e} en détention, selon ses avocats",),
    "detention": ("{Tv} arrêté{e} à {city}", "Arrestation d'un {role} à {city}"),
    "kidnapping": ("{Tv} enlevé{e} à {city}",),
    "threats": ("{Tv} menacé{e} de mort",),
    "assault": ("{Tv} agressé{e} à {city}",),
    "judicial": ("Poursuites contre un {role} à {city}",),
    "sexual": ("{Tv} dénonce des violences sexuelles",),
    "surveillance": ("{Tv} espionné{e}",),
}  # fmt: skip


def pack() -> Pack:
    """The French pack."""
    grammar = {k: {**v, "son": "son" if v["plural"] != "1" else "leur",
                   "ses": "ses" if v["plural"] == "0" else "leurs",
                   "nt_t": "t" if v["plural"] == "0" else "ent"} for k, v in _G.items()}  # fmt: skip
    return Pack(
        lang="fr",
        roles={
            "land": ("défenseur des droits fonciers", "défenseure des droits fonciers", "défenseurs des droits fonciers"),
            "environment": ("militant écologiste", "militante écologiste", "militants écologistes"),
            "indigenous": ("chef coutumier", "responsable communautaire", "chefs coutumiers"),
            "lawyer": ("avocat des droits humains", "avocate des droits humains", "avocats des droits humains"),
            "activist": ("défenseur des droits humains", "défenseure des droits humains", "défenseurs des droits humains"),
            "community": ("leader communautaire", "leader communautaire", "leaders communautaires"),
            "journalist": ("journaliste", "journaliste", "journalistes"),
            "reporter": ("reporter", "reporter", "reporters"),
            "radio": ("animateur de radio", "animatrice de radio", "journalistes de radio"),
            "photo": ("photojournaliste", "photojournaliste", "photojournalistes"),
            "editor": ("directeur de publication", "directrice de publication", "directeurs de publication"),
            "union_leader": ("dirigeant syndical", "dirigeante syndicale", "dirigeants syndicaux"),
            "organiser": ("syndicaliste", "syndicaliste", "syndicalistes"),
            "unionist": ("syndicaliste", "syndicaliste", "syndicalistes"),
        },
        group_plurals={"human rights defender": "défenseurs des droits humains",
                       "journalist": "journalistes", "trade unionist": "syndicalistes"},
        numbers=("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                 "dix", "onze", "douze", "treize"),
        at_least="au moins {n}", vague=("plusieurs", "un groupe de"),
        the_group_t="les {roles}", the_one_t=("le {role}", "la {role}"),
        honorifics=("M. {s}", "Mme {s}"), grammar_table=grammar,
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"),
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        date_formats=("le {d} {month}", "le {weekday} {d} {month}", "dans la nuit du {d} {month}"),
        weekday_t="{weekday}", today="ce jour", yesterday="hier",
        last_week="la semaine dernière", last_month="le mois dernier", earlier="en début de mois",
        np_named=("le {role} {name}", "{name}, {role} à {org},", "{name}, membre de {org},", "{name}"),
        np_pair=("les {roles} {name1} et {name2}", "{name1} et {name2}, membres de {org},"),
        np_group=("{count} {roles}", "{count} {roles} de la région"),
        np_anon=("{un} {role}", "{un} {role} dont le nom n'a pas été rendu public"),
        extra={"indef": ("un", "une")},
        places=("à {city}, dans la région de {region}", "à {city} ({country})", "à {city}",
                "dans la région de {region}, au {country}"),
        perps={
            "police": ("des policiers", "des agents de la police nationale", "des policiers en civil"),
            "army": ("des militaires", "des soldats", "une patrouille de l'armée"),
            "security": ("les forces de sécurité", "des agents du renseignement"),
            "official": ("des responsables de la mairie", "des agents de la préfecture"),
            "prosecutor": ("le parquet", "un juge d'instruction"),
            "militia": ("une milice progouvernementale", "des supplétifs de l'armée", "des miliciens"),
            "gunmen": ("des hommes armés", "des individus armés à moto", "des tueurs à gages"),
            "gang": ("un gang", "des membres d'une bande criminelle"),
            "armed_group": ("un groupe armé", "des djihadistes", "des rebelles"),
            "private_security": ("des vigiles d'une société minière", "des gardes d'une entreprise forestière"),
            "unidentified": ("des inconnus", "des individus non identifiés"),
        },  # fmt: skip
        leads=LEADS, secondary=SECONDARY, recap=RECAP, titles=TITLES,
        perp_sentences=("Des témoins mettent en cause {P}.", "Selon des sources locales, {P} seraient responsables."),
        speakers=("un collègue de {short}", "le président d'une ligue des droits humains",
                  "un responsable d'une organisation de défense de la presse", "un proche ayant requis l'anonymat"),
        quotes=("« C'est une attaque contre tous ceux qui défendent les droits au {country} », a déclaré {speaker}.",
                "« Nous tenons les autorités pour responsables de sa sécurité », a affirmé {speaker}.",
                "« On veut nous faire taire, mais nous continuerons », a dit {speaker}.",
                "« L'impunité nourrit ces violences », a souligné {speaker}."),
        responses=("Le parquet a annoncé l'ouverture d'une enquête.",
                   "Les autorités n'ont pas répondu à nos sollicitations.",
                   "Le ministère de l'Intérieur n'a pas souhaité commenter.",
                   "Le gouvernement assure que la lumière sera faite sur cette affaire."),
        context=("Le {country} figure parmi les pays les plus dangereux pour les {group_pl}, selon plusieurs ONG.",
                 "Les organisations locales ont recensé des dizaines d'attaques contre des {group_pl} dans la région de {region}.",
                 "La plupart de ces affaires restent impunies.",
                 "Les conflits fonciers et miniers alimentent les tensions dans la région."),
        org_sentences=("{Short} est membre de {org}.", "{org} dénonce depuis des années les abus dans la zone."),
        history=("Ce n'est pas la première fois : en {month}, {short} avait déjà été {recap}.",
                 "En {month}, {short} avait été {recap}, rappellent ses collègues."),
        surge_context={
            "election": ("Cette arrestation intervient dans une vague d'interpellations de journalistes avant le scrutin.",),
            "protest": ("L'affaire s'inscrit dans la répression des manifestations qui secouent le pays depuis plusieurs semaines.",),
        },
        closings=("Les organisations comptent saisir la Commission africaine des droits de l'homme et des peuples.",
                  "Un rassemblement est prévu à {city} cette semaine."),
        followups={
            "released": ("{V}, arrêté{e} {W} {L}, a été remis{e} en liberté.", "Libération de {V}, {recap} {W} {L}."),
            "charged": ("{V}, {recap} {W} {L}, a été formellement inculpé{e}.",),
            "funeral": ("Des centaines de personnes ont assisté aux obsèques de {V}, tué{e} {W} {L}.",),
            "suspect_arrested": ("Un suspect a été arrêté dans l'enquête sur le meurtre de {V} {L} {W}.",),
            "still_missing": ("Plusieurs semaines après avoir été {recap} {L} {W}, {V} reste introuvable.",),
            "complaint": ("{V}, {recap} {W} {L}, a porté plainte contre les agents.",),
            "condemnation": ("Des experts de l'ONU condamnent l'attaque contre {V} {L} {W}.",),
        },
        followup_recap=("{Short} avait été {recap} {L} {W}.", "L'affaire {short} a suscité une vive émotion au {country}."),
        followup_titles={
            "released": ("{Tv} libéré{e}",), "charged": ("{Tv} inculpé{e}",),
            "funeral": ("Obsèques d'un {role} à {city}",), "suspect_arrested": ("Meurtre d'un {role} : un suspect arrêté",),
            "still_missing": ("Toujours aucune trace d'un {role} disparu",),
            "complaint": ("{Tv} porte plainte pour torture",), "condemnation": ("L'ONU condamne l'attaque contre un {role}",),
        },
    )  # fmt: skip
