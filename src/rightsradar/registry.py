"""Components created by name (``"extract.pipeline.rules.v1"``), like spaCy's factories.

Registration is explicit and lazy: the table maps a name to ``"module:attribute"`` and the
module is imported only when the component is asked for. Nothing registers at import time.
"""

from __future__ import annotations

import importlib
from typing import Any

from .errors import ConfigError

# name -> "module:factory". A factory takes keyword settings and returns the component.
COMPONENTS: dict[str, str] = {
    "extract.pipeline.rules.v1": "rightsradar.extract.pipeline:RulePipeline",
    "extract.pipeline.learned.v1": "rightsradar.extract.learned.pipeline:LearnedPipeline",
}


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
