"""Components created by name (``"extract.pipeline.rules.v1"``), like spaCy's factories.

Registration is explicit and lazy: the table maps a name to ``"module:attribute"`` and the
module is imported only when the component is asked for. Nothing registers at import time.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    from .settings import Settings

# name -> "module:factory". A factory takes keyword settings and returns the component.
COMPONENTS: dict[str, str] = {
    "extract.pipeline.rules.v1": "rightsradar.extract.pipeline:RulePipeline",
    "extract.pipeline.learned.v1": "rightsradar.extract.learned.pipeline:LearnedPipeline",
}
# The extractors that read a model directory written by `rightsradar train`.
TAKES_MODEL_DIR = frozenset({"extract.pipeline.learned.v1"})


def create(name: str, **config: Any) -> Any:
    """Create the component registered as ``name`` with ``config``."""
    try:
        target = COMPONENTS[name]
    except KeyError:
        raise ConfigError(
            "E002",
            f"no component named '{name}'",
            hint=f"choose one of: {', '.join(sorted(COMPONENTS))}",
        ) from None
    module_name, attr = target.split(":")
    factory = getattr(importlib.import_module(module_name), attr)
    return factory(**config)


def create_extractor(
    settings: Settings | None = None, name: str | None = None, model_dir: Path | None = None
) -> Any:
    """The extraction pipeline ``name`` (default ``settings.extractor``) reading the model in
    ``model_dir`` (default ``settings.model_dir``; when neither is set, the shipped model)."""
    if settings is None:
        from .settings import Settings

        settings = Settings()
    name = name or settings.extractor
    model_dir = model_dir or settings.model_dir
    if model_dir is None:
        return create(name)
    if name not in TAKES_MODEL_DIR:
        raise ConfigError(
            "E002",
            f"the extractor '{name}' reads no model directory (--model-dir, RIGHTSRADAR_MODEL_DIR)",
            hint=f"use {', '.join(sorted(TAKES_MODEL_DIR))}, or leave the model directory unset",
        )
    return create(name, model_dir=Path(model_dir))
