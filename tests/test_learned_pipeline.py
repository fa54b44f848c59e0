"""The learned layer's glue: model files without pickle, slot order, manifest and card."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from rightsradar.domain import Article
from rightsradar.errors import ConfigError, InputError
from rightsradar.extract.base import Draft
from rightsradar.extract.learned import PARTS
from rightsradar.extract.learned.io import load_arrays, save_arrays
from rightsradar.extract.learned.pipeline import LearnedPipeline, load_parts
from rightsradar.extract.learned.training import train_model
from rightsradar.extract.pipeline import RulePipeline, prepare

SAMPLE = Path(__file__).parent / "data/learned/hrdsattack_train_sample.json"


def test_learned_io_roundtrip_and_refuses_object_arrays(tmp_path):
    save_arrays(tmp_path, "m", {"coef": np.arange(6.0).reshape(2, 3)}, {"labels": ["a", "b"]})
    arrays, meta = load_arrays(tmp_path, "m")
    assert arrays["coef"].tolist() == [[0, 1, 2], [3, 4, 5]] and meta == {"labels": ["a", "b"]}
    with pytest.raises(TypeError, match="dtype object"):
        save_arrays(tmp_path, "bad", {"x": np.array([{"a": 1}], dtype=object)}, {})


class _StampPart:
    """A fake part: after the rule 'violations' component, records what it saw."""

    name = "stamp"

    def __init__(self, label: str = "other") -> None:
        self.label = label

    def components(self):  # type: ignore[no-untyped-def]
        def after_violations(doc, draft):  # type: ignore[no-untyped-def]
            # Runs after the rule component of its slot: the rule's hits are there to use.
            draft.set("violation_types", [self.label], 0.9)
            draft.fields["_saw_rule_hits"] = bool(draft.violation_hits)

        return {"violations": after_violations}

    def save(self, directory: Path) -> None:
        save_arrays(directory, "stamp", {"w": np.zeros(1)}, {"label": self.label})

    def metrics(self) -> dict[str, float]:
        return {"cv_f1": 0.5}


@pytest.fixture
def stamp_part(monkeypatch):
    module = types.ModuleType("rr_test_stamp")
    module.train = lambda examples: _StampPart("torture")
    module.load = lambda d: _StampPart(load_arrays(d, "stamp")[1]["label"])
    monkeypatch.setitem(sys.modules, "rr_test_stamp", module)
    monkeypatch.setitem(PARTS, "stamp", "rr_test_stamp")
    return module


def test_learned_pipeline_runs_a_part_right_after_its_slot():
    pipe = LearnedPipeline(parts=[_StampPart("kidnapping")])
    slots = [slot for slot, _ in pipe.components]
    assert slots[:2] == ["violations", "violations"]
    art = Article(id="1", text="Police arrested the journalist Ana Testa in Lima on Monday.")
    doc, draft = prepare(art), Draft()
    for _, component in pipe.components:
        component(doc, draft)
    assert draft.fields["violation_types"] == ["kidnapping"]
    assert draft.fields["_saw_rule_hits"] is True


def test_learned_train_writes_manifest_card_and_loads_back(tmp_path, stamp_part):
    out = tmp_path / "model-x"
    manifest = train_model(
        [str(SAMPLE)], out, version="test-v1", parts=["stamp"], log=lambda *a: None
    )
    assert manifest["n_examples"] == 40 and manifest["parts"] == ["stamp"]
    saved = json.loads((out / "manifest.json").read_text())
    assert saved["data"][0]["file"] == SAMPLE.name and len(saved["data"][0]["sha256"]) == 64
    card = (out / "MODEL_CARD.md").read_text()
    assert "test-v1" in card and "Known limits" in card and "cv_f1 0.5" in card
    assert not list(out.rglob("*.pkl")) and not list(out.rglob("*.pickle"))
    parts = load_parts(out)
    assert [p.label for p in parts] == ["torture"]
    pipe = LearnedPipeline(model_dir=out)
    assert pipe.name == "extract.pipeline.learned.v1+test-v1"


def test_learned_train_scores_a_file_it_trained_on_with_a_held_out_twin(tmp_path, monkeypatch):
    # Trained on train and dev, a model's own dev figures flatter it: the card's figures must
    # come from the same parts trained without dev, and must say so.
    seen: list[int] = []
    module = types.ModuleType("rr_test_count")
    module.train = lambda examples: seen.append(len(examples)) or _StampPart("torture")
    monkeypatch.setitem(sys.modules, "rr_test_count", module)
    monkeypatch.setitem(PARTS, "count", "rr_test_count")
    items = json.loads(SAMPLE.read_text(encoding="utf-8"))
    dev = tmp_path / "dev.json"
    dev.write_text(json.dumps(items[:10]), encoding="utf-8")
    manifest = train_model(
        [str(SAMPLE), str(dev)], tmp_path / "m", version="v", parts=["count"],
        eval_path=str(dev), log=lambda *a: None,
    )  # fmt: skip
    # The shipped parts on both files; the twin on the articles of the other one that are
    # not in dev (the sample holds dev's ten articles too).
    assert seen == [50, 30]
    assert manifest["n_examples"] == 50 and manifest["eval"]["twin_n_examples"] == 30
    card = (tmp_path / "m" / "MODEL_CARD.md").read_text()
    assert "held-out twin" in card and "no test" in card
    # A copy of some dev articles in another file is caught by article, not by file name.
    seen.clear()
    train_model([str(SAMPLE)], tmp_path / "m2", version="v", parts=["count"],
                eval_path=str(dev), log=lambda *a: None)  # fmt: skip
    assert seen == [40, 30]
    # Scored on articles it did not train on, the model scores itself.
    seen.clear()
    rest = tmp_path / "rest.json"
    rest.write_text(json.dumps(items[10:]), encoding="utf-8")
    manifest = train_model([str(rest)], tmp_path / "m4", version="v", parts=["count"],
                           eval_path=str(dev), log=lambda *a: None)  # fmt: skip
    assert seen == [30] and "twin_n_examples" not in manifest["eval"]
    # Nothing left to train a twin on: a clear error, and no model half written.
    with pytest.raises(InputError, match="E201.*nothing is left to train"):
        train_model([str(dev)], tmp_path / "m3", version="v", parts=["count"],
                    eval_path=str(dev), log=lambda *a: None)  # fmt: skip
    assert not (tmp_path / "m3").exists()


def test_learned_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="E004"):
        LearnedPipeline(model_dir=tmp_path / "nowhere")


@pytest.mark.parametrize(("language", "expected"), [("en", ["kidnapping"]), ("es", None)])
def test_learned_parts_apply_only_to_their_training_languages(language, expected):
    """An English-trained part must not overwrite the multilingual rules on Spanish text."""
    pipe = LearnedPipeline(parts=[_StampPart("kidnapping")], languages=["en"])
    art = Article(
        id="1",
        language=language,
        text="La policía detuvo a la periodista Ana Testa en Lima el lunes.",
    )
    doc, draft = prepare(art), Draft()
    for _, component in pipe.components:
        component(doc, draft)
    if expected is None:  # the rules' reading stands, untouched
        rules = RulePipeline().predict_one(art)
        assert draft.fields.get("violation_types") == rules.violation_types
        assert "kidnapping" not in rules.violation_types
    else:
        assert draft.fields["violation_types"] == expected


def test_learned_shipped_model_loads_and_names_its_version():
    pipe = LearnedPipeline()
    assert pipe.name == "extract.pipeline.learned.v1+hrdsattack-v1"
    assert pipe.languages == ["en"]
    [ex] = pipe.predict(
        [
            Article(
                id="1",
                text="Soldiers shot dead the journalist Ana Testa in Kano, Nigeria, on Monday.",
            )
        ]
    )
    assert "killing" in ex.violation_types and ex.country == "Nigeria"


def test_learned_extract_command_starts_without_training_or_database_libraries(tmp_path):
    # Start-up is paid on every `rightsradar extract`: scikit-learn (training only) and
    # the database layer took 1.5 s and 150 MB of it before they were imported lazily.
    import subprocess

    article = {"id": "1", "text": "Soldiers shot dead the journalist Ana Testa in Kano."}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(article) + "\n", encoding="utf-8")
    code = (
        "import sys; sys.argv = ['rightsradar', 'extract', sys.argv[1], '-o', sys.argv[2]]\n"
        "from rightsradar.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'sqlalchemy'})\n"
        "print('heavy:', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(src), str(tmp_path / "out.jsonl")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "heavy: []" in out.stdout
    assert json.loads((tmp_path / "out.jsonl").read_text())["country"] == "Nigeria"


def test_learned_extract_reads_a_model_the_user_trained(tmp_path, stamp_part, monkeypatch):
    # A data scientist trains on their own annotations and runs it: `--model-dir` for one
    # run, RIGHTSRADAR_MODEL_DIR for `run`/`watch`. Before, `extract` could only load the
    # shipped model, whatever `rightsradar train` had written.
    from typer.testing import CliRunner

    from rightsradar.cli import get_app

    model = tmp_path / "ours-v2"
    train_model([str(SAMPLE)], model, version="ours-v2", parts=["stamp"], log=lambda *a: None)
    src = tmp_path / "in.jsonl"
    article = {"id": "1", "text": "Soldiers shot dead the journalist Ana Testa in Kano."}
    src.write_text(json.dumps(article) + "\n", encoding="utf-8")

    def extract(*extra: str) -> dict:
        out = tmp_path / "out.jsonl"
        res = CliRunner().invoke(get_app(), ["extract", str(src), "-o", str(out), *extra])
        assert res.exit_code == 0, res.output
        return json.loads(out.read_text(encoding="utf-8"))

    by_option = extract("--model-dir", str(model))
    assert by_option["model"] == "extract.pipeline.learned.v1+ours-v2"
    assert by_option["violation_types"] == ["torture"]  # what the stamp part was trained to say
    monkeypatch.setenv("RIGHTSRADAR_MODEL_DIR", str(model))
    assert extract()["model"] == "extract.pipeline.learned.v1+ours-v2"
    monkeypatch.delenv("RIGHTSRADAR_MODEL_DIR")
    assert extract()["model"] == "extract.pipeline.learned.v1+hrdsattack-v1"

    rules_only = ["--model", "extract.pipeline.rules.v1", "--model-dir", str(model)]
    out = str(tmp_path / "o.jsonl")
    rules = CliRunner().invoke(get_app(), ["extract", str(src), "-o", out, *rules_only])
    assert rules.exit_code != 0 and "reads no model directory" in rules.output
