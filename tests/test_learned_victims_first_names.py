"""First names in the learned victims part: annotators read a victim's sex from a known first
name when the text has no pronoun, so the shipped lexicon and the sex model use it."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from rightsradar.domain import Article
from rightsradar.extract.base import Draft
from rightsradar.extract.learned import victims as learned_victims
from rightsradar.extract.learned.pipeline import SHIPPED_MODEL
from rightsradar.extract.learned.victims_features import FirstNames, shipped_first_names
from rightsradar.extract.pipeline import RulePipeline, prepare


def test_lexicon_from_ssa_counts_sums_years_and_drops_rare_names(tmp_path):
    path = tmp_path / "counts.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("first_name,sex,count,year_of_birth\n")
        fh.write("mary,f,300,1950\nmary,m,2,1950\nmary,f,200,1960\nzed,m,5,1990\n")
    lex = FirstNames.from_ssa_csv(path, min_count=100)
    assert lex.counts == {"mary": (2, 500)}


def test_lexicon_saves_and_loads_without_pickle(tmp_path):
    lex = FirstNames({"jose": (900, 10), "maria": (5, 800)})
    lex.save(tmp_path)
    with np.load(tmp_path / "first_names.npz", allow_pickle=False) as data:
        assert all(data[k].dtype != object for k in data.files)
    assert FirstNames.load(tmp_path).counts == lex.counts
    assert FirstNames.load(tmp_path / "missing") is None


def test_first_name_skips_initials_titles_and_accents():
    lex = FirstNames({"jose": (900, 10)})
    assert lex.first_name("I. Rajeskaran") == "rajeskaran"
    assert lex.first_name("Dr. José Ramírez") == "jose"
    male, unknown = lex.features("José Ramírez"), lex.features("Tatenda Moyo")
    assert male[0] == 1.0 and male[1] > 0.9 and male[-1] == 0.0
    assert unknown[0] == 0.0 and unknown[-1] == 1.0


def test_shipped_lexicon_knows_common_names_both_ways():
    lex = shipped_first_names()
    assert len(lex) > 10_000
    assert lex.features("Jennifer Moyo")[4] == 1.0  # clearly female
    assert lex.features("Robert Dube")[3] == 1.0  # clearly male


@pytest.fixture(scope="module")
def shipped():
    return learned_victims.load(SHIPPED_MODEL / "victims")


def _victims(part, text: str) -> dict[str, str]:
    doc = prepare(Article(id="t", title="Arrests", text=text))
    draft = Draft()
    for slot, component in RulePipeline().components:
        component(doc, draft)
        if slot == "victims":
            part.component(doc, draft)
    return {v.name: v.sex for v in draft.victims if v.name}


def test_shipped_model_reads_sex_from_first_names_without_pronouns(shipped):
    assert shipped.first_names is not None
    sexes = _victims(
        shipped,
        "Police in Harare arrested journalists Jennifer Moyo and Robert Dube on Monday over "
        "a report on corruption. The two were charged with publishing falsehoods.",
    )
    assert sexes == {"Jennifer Moyo": "woman", "Robert Dube": "man"}
