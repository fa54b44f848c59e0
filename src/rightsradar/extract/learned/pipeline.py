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


def load_parts(model_dir: Path) -> list[Any]:
    """The parts listed in ``model_dir/manifest.json``, loaded without pickle."""
    manifest_path = model_dir / "manifest.json"
    if not manifest_path.exists():
        raise ConfigError(
            "E004",
            "no model manifest found",
            file=str(manifest_path),
            hint="train one with `rightsradar train --out DIR` or `make model`",
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    parts = []
    for name in manifest["parts"]:
        if name not in PARTS:
            raise ConfigError("E004", f"unknown model part '{name}'", file=str(manifest_path))
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
        self.parts = parts if parts is not None else load_parts(directory)
        version, trained_on = "custom", None
        if parts is None and (directory / "manifest.json").exists():
            manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
            version, trained_on = manifest["version"], manifest.get("languages")
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
