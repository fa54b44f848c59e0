"""Model files without pickle: numeric arrays in ``.npz`` (read with ``allow_pickle=False``)
and everything else in JSON. Loading a model can therefore never run code from the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np


def save_arrays(
    directory: Path, name: str, arrays: dict[str, np.ndarray], meta: dict[str, Any]
) -> None:
    """Write ``<name>.npz`` (arrays) and ``<name>.json`` (metadata) into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for key, arr in arrays.items():
        if arr.dtype == object:
            raise TypeError(f"array '{key}' has dtype object; store strings in the JSON metadata")
    np.savez_compressed(directory / f"{name}.npz", **arrays)
    (directory / f"{name}.json").write_text(
        json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8"
    )


def load_arrays(directory: Path, name: str) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Read what ``save_arrays`` wrote. Refuses object arrays (they would need pickle)."""
    with np.load(directory / f"{name}.npz", allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    meta = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
    return arrays, meta
