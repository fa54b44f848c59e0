"""The act a report leads with: read in four languages, and it keeps two attacks apart."""

from __future__ import annotations

import pytest

from rightsradar.domain import Extraction, Victim
from rightsradar.resolve.incidents.acts import acts
from rightsradar.resolve.incidents.features import features
from rightsradar.resolve.incidents.model import MatchModel


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Journalist receives death threats", "", ["threat"]),
        ("Amenazan de muerte a periodista en Medellín", "", ["threat"]),
        ("Leader communautaire menacée de mort", "", ["threat"]),
        ("Liderança indígena recebe ameaças de morte em Manaus", "", ["threat"]),
        ("Union organiser charged in Phnom Penh", "", ["judicial harassment"]),
        ("Abren proceso penal contra lideresa indígena", "", ["judicial harassment"]),
        ("Liderança sem-terra vira réu em Pemba", "", ["judicial harassment"]),
        ("Newspaper editor targeted with spyware", "", ["surveillance"]),
        ("Espían a periodista en Colombia", "", ["surveillance"]),
        ("Journaliste torturé en détention, selon ses avocats", "", ["detention", "torture"]),
        ("Radio journalist missing after arrest in Culiacán", "", ["detention", "disappearance"]),
        ("Photojournaliste arrêté à Ségou", "", ["detention"]),
        ("Liderança indígena é presa em Manaus", "", ["detention"]),
        ("Plagian a abogado de derechos humanos", "", ["kidnapping"]),
        ("Défenseure des droits fonciers agressée à Yaoundé", "", ["assault"]),
        ("Hundreds mourn trade unionist in Nicaragua", "", ["killing"]),
        (
            "Otro crimen contra un sindicalista",
            "Lucía Zúñiga murió la noche del 6 de febrero tras ser atacada a tiros.",
            ["killing"],
        ),
        # A release goes with a detention or a kidnapping, not with a threat.
        ("Brazil: indigenous leader freed", "", ["detention", "kidnapping"]),
        ("Liberan a sindicalista en Esmeraldas", "", ["detention", "kidnapping"]),
        ("Journalist released after arrest", "", ["detention"]),
        # The arrest of a suspect is no act against the victim.
        ("Police arrest suspect in murder of journalist", "", ["killing"]),
        ("Capturan a sospechoso del crimen de sindicalista", "", None),
        # "Condemns" is no sentence, an "attack" names no act.
        ("L'ONU condamne l'attaque contre un syndicaliste", "", None),
        ("Attack on journalist in Nigeria condemned", "", None),
        ("Athlete hailed for a flag Beijing says threatens its stability", "", None),
        ("Journaliste menacé à Douala", "", ["threat"]),
        ("Bolivia", "Land rights defender Jairo E. Cárdenas was arrested.", ["detention"]),
        # Only the first sentence: later ones recall earlier attacks.
        (
            "Activist threatened",
            "An activist was threatened in Kano on Monday. In 2019 she was arrested.",
            ["threat"],
        ),
    ],
)
def test_resolve_acts_read_from_the_headline_and_first_sentence(title, text, expected):
    assert acts(title, text) == expected


def _report(uid: str, title: str, text: str, day: int) -> dict:
    ex = Extraction(
        id=uid,
        relevant=True,
        country="Brazil",
        region="Amazonas",
        city="Manaus",
        year=2025,
        month=4,
        day=day,
        date_precision="day",
        violation_types=["other"],
        perpetrator_type="state actor",
        victims=[Victim(name="Raimunda Sampaio")],
    )
    return features(uid, ex, title, text)


def test_resolve_acts_threat_and_later_charges_weigh_less_than_two_threat_reports():
    """Two attacks on one defender in one city, weeks apart, both "other" to the
    extractor: the report of the charges weighs less against the threats than a second
    report of the threats does."""
    model = MatchModel.load()
    threat = _report(
        "t1",
        "Indigenous leader receives death threats",
        "Raimunda Sampaio received death threats in Manaus.",
        2,
    )
    threat_again = _report(
        "t2",
        "Threats against indigenous leader in Manaus",
        "Raimunda Sampaio was threatened in Manaus.",
        2,
    )
    charged = _report(
        "c1",
        "Brazil: criminal case against indigenous leader",
        "Prosecutors opened a criminal case against Raimunda Sampaio in Manaus.",
        23,
    )
    charged_same_day = _report(
        "c2",
        "Brazil: criminal case against indigenous leader",
        "Prosecutors opened a criminal case against Raimunda Sampaio in Manaus.",
        2,
    )
    assert model.weight(threat, threat_again) > model.weight(threat, charged_same_day)
    assert model.weight(threat, charged) < model.weight(threat, threat_again)
