# ruff: noqa: E501  (prose templates and data tables read better unwrapped)
"""English templates for everything but the leads: people, places, quotes, follow-ups."""

from __future__ import annotations

EN_MORE: dict[str, object] = {
    "np_named": (
        "{role} {name}", "{name}, a {role} with {org},", "{name}, a local {role},",
        "{role} {name} of {org}", "{name}, who works as a {role} for {org},", "{name}",
    ),
    "np_pair": (
        "{roles} {name1} and {name2}", "{name1} and {name2}, both {roles} with {org},",
        "two {roles}, {name1} and {name2},",
    ),
    "np_group": ("{count} {roles}", "{count} local {roles}", "{count} {roles} from the area"),
    "np_anon": (
        "a {role}", "a local {role}", "a {role} whose name has been withheld for security reasons",
        "a well-known {role}",
    ),
    "places": (
        "in {city}, {region}", "in the city of {city}, in {country}'s {region} region",
        "in {city}, {country}", "in {city}", "near {city} in {region}, {country}",
        "in the {region} region of {country}", "on the outskirts of {city}",
    ),
    "perps": {
        "police": ("police officers", "officers of the national police", "plain-clothes police",
                   "members of a police anti-riot unit"),
        "army": ("soldiers", "army troops", "members of the armed forces", "a military patrol"),
        "security": ("security forces", "intelligence agents", "agents of the state security service",
                     "members of the security forces"),
        "official": ("local government officials", "the municipal authorities",
                     "aides to the provincial governor"),
        "prosecutor": ("prosecutors", "the public prosecutor's office", "a regional court"),
        "militia": ("members of a pro-government militia", "paramilitaries",
                    "a government-backed vigilante group", "militiamen loyal to the ruling party"),
        "gunmen": ("gunmen", "armed men on a motorcycle", "hired killers", "armed assailants"),
        "gang": ("members of a criminal gang", "gang members", "a local gang"),
        "armed_group": ("members of an armed group", "rebel fighters", "a dissident guerrilla faction",
                        "insurgents"),
        "private_security": ("private security guards of a mining company",
                             "guards employed by a palm oil company", "security staff of a logging firm"),
        "unidentified": ("people who have not been identified", "unidentified people", "persons unknown"),
    },  # fmt: skip
    "perp_sentences": (
        "Witnesses blamed {P}.", "Colleagues said the attack was carried out by {P}.",
        "According to local sources, {P} were responsible.", "Residents pointed to {P}.",
        "Those responsible were {P}, according to a statement from {group_pl} in the region.",
    ),
    "speakers": (
        "a colleague of {short}", "the director of a local human rights group",
        "a spokesperson for a press freedom organisation", "a relative who asked not to be named",
        "a regional coordinator of a union confederation", "a lawyer representing the family",
        "a researcher at an international human rights organisation",
    ),
    "quotes": (
        "\"This is an attack on everyone who defends rights in {country},\" said {speaker}.",
        "\"We hold the authorities responsible for {poss} safety,\" {speaker} said.",
        "\"{Short} knew the risks, but {pron} never stopped working for the community,\" said {speaker}.",
        "\"The message is clear: speak out and you will pay for it,\" {speaker} told reporters.",
        "\"Impunity is what makes these attacks possible,\" said {speaker}, adding that few such cases are ever solved.",
        "{Speaker_cap} called the attack \"a grave violation\" and urged a prompt, independent investigation.",
        "\"We are afraid, but we will not be silenced,\" said {speaker}.",
    ),
    "responses": (
        "The prosecutor's office said it had opened an investigation.",
        "Authorities did not respond to requests for comment.",
        "Police said they were looking into the case and had not ruled out any line of inquiry.",
        "A government spokesperson said the case would be investigated \"with full rigour\".",
        "The interior ministry declined to comment.",
        "Officials insisted that the security forces act within the law.",
        "The national human rights institution said it was following the case closely.",
    ),
    "context": (
        "{country} is one of the most dangerous countries in the world for {group_pl}, according to several international monitors.",
        "Local organisations have recorded dozens of attacks against {group_pl} in {region} in recent years, most of which remain unpunished.",
        "Disputes over land, mining and logging concessions have fuelled violence in the region.",
        "Press freedom groups say self-censorship is widespread in provincial newsrooms.",
        "Union membership has fallen sharply in the sector amid repeated reprisals against organisers.",
        "The United Nations has repeatedly urged the government to adopt a protection mechanism for people at risk.",
        "Critics say anti-terrorism and cybercrime laws are increasingly used to silence dissent.",
        "A national protection programme exists on paper, but beneficiaries say it is slow and underfunded.",
    ),
    "org_sentences": (
        "{Short} works with {org}.", "{org} has documented abuses in the area for years.",
        "{Short} {has} been a member of {org} for more than a decade.",
        "{org} said it had reported earlier threats to the authorities without result.",
    ),
    "history": (
        "It was not the first time {short} had been targeted: in {month}, {pron} had been {recap}.",
        "In {month}, {short} had already been {recap}, colleagues recalled.",
        "{Short} had been {recap} earlier in the year, in {month}.",
    ),
    "surge_context": {
        "election": (
            "The arrest comes amid a wave of detentions of reporters in the run-up to the election.",
            "Press freedom groups have counted a sharp rise in arrests of journalists since the campaign began.",
            "Several other journalists covering the election have been detained in recent weeks.",
        ),
        "protest": (
            "The incident is part of a crackdown on the protests that have shaken {country} in recent weeks.",
            "Dozens of organisers have been arrested since the strikes began, according to unions.",
            "Security forces have been deployed in force since mass protests broke out.",
        ),
    },
    "closings": (
        "The case adds to a long list of attacks that remain unpunished.",
        "Organisations said they would take the case to regional human rights bodies.",
        "Colleagues plan a vigil in {city} later this week.",
        "International observers have asked to be kept informed of the investigation.",
    ),
    "followups": {
        "released": (
            "{V}, who {was} {recap} {L} {W}, {has} been released.",
            "Authorities freed {V} {L}, days after {pron} {was} {recap} {W}.",
            "{V} {is} free again after being {recap} {W}, {poss} lawyer confirmed.",
        ),
        "charged": (
            "Prosecutors have formally charged {V}, who {was} {recap} {L} {W}.",
            "{V}, {recap} {W} {L}, now face{s} charges of 'public disorder' and 'incitement'.",
        ),
        "funeral": (
            "Hundreds of people attended the funeral of {V}, who {was} {recap} {L} {W}.",
            "Mourners gathered {L} to bury {V}, {recap} {W}.",
            "Family and colleagues said farewell to {V}, killed {W} {L}.",
        ),
        "suspect_arrested": (
            "Police have arrested a suspect in the killing of {V}, {recap} {L} {W}.",
            "A man has been detained in connection with the murder of {V} {L} {W}.",
        ),
        "still_missing": (
            "Weeks after {pron} {was} {recap} {L} {W}, the family of {V} still has no answers.",
            "Relatives of {V}, {recap} {W} {L}, marched to demand to know where {pron} {is}.",
        ),
        "complaint": (
            "{V}, {recap} {L} {W}, has filed a formal complaint against the officers involved.",
            "Lawyers for {V} have asked prosecutors to investigate how {pron} came to be {recap} {W}.",
        ),
        "condemnation": (
            "International organisations have condemned the attack on {V} {L} {W}.",
            "A group of UN experts has called for an investigation into the case of {V}, {recap} {W} {L}.",
            "Embassies in {country} have expressed concern about {V}, {recap} {W}.",
        ),
    },
    "followup_recap": (
        "{Short} {was} {recap} {L} {W}.",
        "The case of {short} drew wide attention in {country}.",
        "{Short} {was} {recap} after years of work with communities {L}.",
    ),
    "followup_titles": {
        "released": ("{Tv} released in {city}", "{country}: {role} freed"),
        "charged": ("{Tv} charged in {country}", "Charges filed against {role} in {city}"),
        "funeral": ("Farewell to slain {role} in {city}", "Hundreds mourn {role} in {country}"),
        "suspect_arrested": ("Suspect held over killing of {role}", "Arrest in {role} murder case"),
        "still_missing": ("Still no trace of missing {role}", "Family of missing {role} demands answers"),
        "complaint": ("{Tv} files torture complaint", "Torture complaint filed in {city}"),
        "condemnation": ("Attack on {role} in {country} condemned", "UN experts concerned about {role}"),
    },
}  # fmt: skip
