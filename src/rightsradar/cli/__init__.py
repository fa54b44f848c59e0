"""The `rightsradar` command. Each command lives in its own module of this package."""

from __future__ import annotations

import importlib

from .app import app

# Command modules, imported when the CLI starts (not when the library is imported).
COMMAND_MODULES = (
    "db",
    "ingest",
    "extract",
    "evaluate",
    "train",
    "pipeline",
    "web",
    "demo",
    "resolve",
    "keys",
    "watch",
    "privacy",
    "backtest",
    "alerts",
    "export",
)


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            # A command module not written yet must not break the others.
            if exc.name != f"{__name__}.{name}":
                raise


def main() -> None:
    _load_commands()
    app()


def get_app():  # type: ignore[no-untyped-def]
    """The Typer app with every command attached (for tests and doc generation)."""
    _load_commands()
    return app
