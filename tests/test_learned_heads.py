"""The learned "heads" part: violation types and perpetrator, trained on a 40-item sample."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rightsradar.domain import Article
from rightsradar.extract.base import Draft
from rightsradar.extract.learned import heads, load_examples
from rightsradar.extract.learned.heads_features import LABELS, PERP_TYPES
from rightsradar.extract.pipeline import RulePipeline, prepare

SAMPLE = Path(__file__).parent / "data/learned/hrdsattack_train_sample.json"
KILLING = Article(
    id="k1",
    title="Journalist shot dead in Sinaloa",
    text="Gunmen shot dead the journalist Ana Ruiz outside her home on Monday. "
    "She was killed by two men on a motorcycle, the prosecutor said.",
)
ARREST = Article(
    id="a1",
    title="Police arrest human rights defender",
    text="Police officers arrested the human rights defender Juan Perez at a protest on "
    "Tuesday and detained him at the central police station.",
)


@pytest.fixture(scope="module")
def part() -> heads.HeadsPart:
    return heads.train(load_examples(str(SAMPLE)))


def run(part: heads.HeadsPart, article: Article) -> tuple[str, Draft]:
    """The rule pipeline with the part's components after their slots."""
    learned = part.components()
    doc, draft = prepare(article), Draft()
    for slot, rule in RulePipeline().components:
        rule(doc, draft)
        if slot in learned:
            learned[slot](doc, draft)
    return doc.text, draft


def test_heads_save_load_same_predictions_and_no_pickle(part, tmp_path):
    part.save(tmp_path)
    assert not list(tmp_path.glob("*.pkl"))
    with np.load(tmp_path / "heads.npz", allow_pickle=False) as data:
        assert data.files
    loaded = heads.load(tmp_path)
    for article in (KILLING, ARREST):
        _, a = run(part, article)
        _, b = run(loaded, article)
        assert a.fields == b.fields and a.confidence == b.confidence and a.evidence == b.evidence
    assert loaded.metrics() == part.metrics()


@pytest.mark.parametrize("article", [KILLING, ARREST], ids=["killing", "arrest"])
def test_heads_components_set_allowed_values_with_evidence_in_text(part, article):
    text, draft = run(part, article)
    assert set(draft.fields["violation_types"]) <= {*LABELS, "unknown"}
    assert draft.fields["perpetrator_type"] in (*PERP_TYPES, None)
    assert isinstance(draft.fields["perpetrator_mention"], bool)
    for key, p in draft.confidence.items():
        assert 0.0 <= p <= 1.0, key
    for key, (s, e) in draft.evidence.items():
        assert 0 <= s < e <= len(text), key


def test_heads_killing_sentence_gets_killing(part):
    _, draft = run(part, KILLING)
    assert "killing" in draft.fields["violation_types"]


def test_heads_police_arrest_is_state_actor(part):
    _, draft = run(part, ARREST)
    assert draft.fields["perpetrator_mention"] is True
    assert draft.fields["perpetrator_type"] == "state actor"


def test_heads_does_not_change_rule_hits(part):
    doc, draft = prepare(KILLING), Draft()
    rule = RulePipeline().components[0][1]
    rule(doc, draft)
    before = list(draft.violation_hits)
    part.components()["violations"](doc, draft)
    assert draft.violation_hits == before


def test_heads_features_see_rule_hits_the_tagger_did_not_keep():
    from rightsradar.extract.learned.heads_features import violation_dense
    from rightsradar.extract.violations import ViolationTagger, candidate_hits, find_hits

    doc, draft = prepare(KILLING), Draft()
    # A threshold no label reaches: nothing is kept, yet the features still see the hits.
    ViolationTagger(default=1.1)(doc, draft)
    assert draft.fields["violation_types"] == ["unknown"]
    assert candidate_hits(doc, draft) == find_hits(doc)
    assert candidate_hits(doc, Draft()) == find_hits(doc)
    killing = violation_dense(doc, draft)[: len(violation_dense(doc, draft)) // len(LABELS)]
    assert killing[0] == 0.0 and killing[5] > 0.5  # not kept, but a strong combined score


def test_heads_perpetrator_finder_leaves_its_cues():
    from rightsradar.extract.perpetrators import found_cues

    _, draft = run_rules(ARREST)
    cues = found_cues(draft)
    assert cues and {c[0] for c in cues} == {"state actor"}


def run_rules(article: Article) -> tuple[str, Draft]:
    doc, draft = prepare(article), Draft()
    for _, rule in RulePipeline().components:
        rule(doc, draft)
    return doc.text, draft


def test_shipped_heads_part_loads_with_this_code_and_reads_a_killing():
    # A feature change without retraining the shipped part would break `rightsradar extract`.
    from rightsradar.extract.learned.pipeline import SHIPPED_MODEL

    shipped = heads.load(SHIPPED_MODEL / "heads")
    _, draft = run(shipped, KILLING)
    assert "killing" in draft.fields["violation_types"]
    assert draft.fields["perpetrator_mention"] is True


def test_heads_perpetrator_features_read_the_lead_and_criminal_cases():
    from rightsradar.extract.learned.heads_features import (
        _PER_TYPE,
        CUE_TYPES,
        case_cues,
        perpetrator_cues,
    )

    article = Article(
        id="c1",
        title="Man charged with kidnapping of activist",
        text="A 34-year-old man was charged with kidnapping the activist, police said. "
        "Officers found her in a house on Friday. The suspect appears in court on Monday.",
    )
    doc, draft = prepare(article), Draft()
    for slot, rule in RulePipeline().components:
        rule(doc, draft)
        if slot == "perpetrators":
            break
    cues = perpetrator_cues(doc, draft).reshape(-1)[: _PER_TYPE * len(CUE_TYPES)]
    state = cues[:_PER_TYPE]
    assert state[6] == 1.0  # police are named in the lead
    case = case_cues(doc)
    assert case[0] == 1.0 and case[1] > 0  # a criminal case, in the title and the lead
    assert case_cues(prepare(ARREST))[0] == 0.0
