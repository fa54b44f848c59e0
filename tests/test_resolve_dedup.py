"""Near-duplicate detection: syndicated copies are found, independent reports are not."""

from __future__ import annotations

import pytest

from rightsradar.resolve.dedup import NearDuplicateIndex, shingles

PARAS = [
    "Security forces arrested the journalist Amara Okonkwo-Testperson at her home in Kano "
    "on Tuesday night, her colleagues said, adding that no warrant was shown.",
    "Officers in plain clothes took her laptop and phone and drove her to an unknown "
    "location, according to two neighbours who witnessed the arrest from the street.",
    "The editor of the Daily Sample said the arrest followed her reporting on land disputes "
    "in the north of the state, which had angered several local officials.",
    "Rights groups called for her immediate release and for an independent investigation "
    "into the conduct of the officers involved in the raid on her home.",
    "A police spokesperson declined to comment on the case when reached by telephone on "
    "Wednesday morning, saying a statement would be issued in due course.",
]
ORIGINAL = "\n".join(PARAS)


@pytest.mark.parametrize(
    "copy",
    [
        "By Staff Writer, Sample Wire\n" + ORIGINAL,
        ORIGINAL + "\nCopyright 2024 Sample Wire. All rights reserved.",
        ORIGINAL.replace("Tuesday night", "Tuesday evening"),
        ORIGINAL.upper(),
        "\n".join(PARAS[:-1]) + "\n" + PARAS[-1].replace("Wednesday", "Thursday"),
    ],
    ids=["byline", "footer", "one-word", "case", "edited-last-paragraph"],
)
def test_resolve_dedup_finds_syndicated_copies(copy):
    index = NearDuplicateIndex()
    index.add(1, ORIGINAL)
    assert index.find(copy) == 1


@pytest.mark.parametrize(
    "other",
    [
        "Amara Okonkwo-Testperson, a reporter with the Daily Sample, was detained by police in "
        "Kano, according to a statement from the state journalists' union released on "
        "Wednesday. The union condemned what it called an attack on press freedom.",
        "\n".join(PARAS[:2]),  # a short excerpt is not a copy of the whole article
    ],
    ids=["reworded-report", "excerpt"],
)
def test_resolve_dedup_keeps_independent_reports_apart(other):
    index = NearDuplicateIndex()
    index.add(1, ORIGINAL)
    assert index.find(other) is None


def test_resolve_dedup_prefers_the_closest_original():
    index = NearDuplicateIndex()
    index.add(1, ORIGINAL)
    index.add(2, ORIGINAL + "\nExtra closing sentence appears only in this version.")
    assert index.find(ORIGINAL + "\nExtra closing sentence appears only in this version.") == 2
    assert len(index) == 2


def test_resolve_dedup_shingles_handle_short_and_accented_text():
    assert shingles("") == set()
    assert shingles("Hélène arrêtée") == {"helene arretee"}
