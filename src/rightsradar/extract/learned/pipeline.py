"""The learned pipeline (registry name ``extract.pipeline.learned.v1``): the rule components,
each followed by the learned component of its slot when the model has one."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from ...errors import ConfigError
from ..base import Component, Doc, Draft
from ..pipeline import RulePipeline
from . import PARTS

MODEL_NAME = "extract.pipeline.learned.v1"
# The model shipped with the package, built by `make model` from the HRDsAttack train split.
SHIPPED_MODEL = Path(__file__).resolve().parents[1] / "models" / "hrdsattack-v1"


def read_manifest(model_dir: Path) -> dict[str, Any]:
    """``model_dir/manifest.json``; E004 when there is none."""
    manifest_path = model_dir / "manifest.json"
    if not manifest_path.exists():
        raise ConfigError(
            "E004",
            "no model manifest found",
            file=str(manifest_path),
            hint="train one with `rightsradar train --out DIR` or `make model`",
        )
    return json.loads(manifest_path.read_text(encoding="utf-8"))


def load_parts(model_dir: Path, manifest: dict[str, Any] | None = None) -> list[Any]:
    """The parts listed in the model's manifest, loaded without pickle."""
    manifest = manifest if manifest is not None else read_manifest(model_dir)
    parts = []
    for name in manifest["parts"]:
        if name not in PARTS:
            raise ConfigError(
                "E004", f"unknown model part '{name}'", file=str(model_dir / "manifest.json")
            )
        module = importlib.import_module(PARTS[name])
        parts.append(module.load(model_dir / name))
    return parts


def _only_for(languages: frozenset[str], component: Component) -> Component:
    """Run ``component`` only on articles in ``languages``.

    A part learns the wording of the languages it was trained on; on others it does worse
    than the multilingual rules (measured: English-trained parts lost 7 points of violation
    F1 on Spanish and French), so there the rules' reading stands.
    """

    def gated(doc: Doc, draft: Draft) -> None:
        if doc.language in languages:
            component(doc, draft)

    return gated


class LearnedPipeline(RulePipeline):
    """Rules first, then learned refinements slot by slot, for the languages the model was
    trained on; other languages keep the rules' reading.

    Args:
        model_dir: a directory written by `rightsradar train` (default: the shipped model).
        parts: already loaded parts (instead of ``model_dir``; used by training).
        languages: languages the parts apply to (default: the model's training languages;
            with ``parts``, every language).
        **config: settings of the rule components, as for ``RulePipeline``.
    """

    def __init__(
        self,
        model_dir: str | Path | None = None,
        parts: list[Any] | None = None,
        languages: list[str] | None = None,
        **config: dict[str, Any],
    ) -> None:
        super().__init__(**config)
        directory = Path(model_dir) if model_dir else SHIPPED_MODEL
        version, trained_on = "custom", None
        if parts is None:
            manifest = read_manifest(directory)
            parts = load_parts(directory, manifest)
            version, trained_on = manifest["version"], manifest.get("languages")
        self.parts = parts
        self.name = f"{MODEL_NAME}+{version}"
        self.languages = languages or trained_on
        learned: dict[str, list[Component]] = {}
        for part in self.parts:
            for slot, component in part.components().items():
                if self.languages:
                    component = _only_for(frozenset(self.languages), component)
                learned.setdefault(slot, []).append(component)
        self.components = [
            (slot, c) for slot, rule in self.components for c in (rule, *learned.get(slot, []))
        ]
