"""Helpers shared by the command modules: settings, store, console, error reporting."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console

from ..errors import RightsRadarError
from ..settings import Settings

if TYPE_CHECKING:
    from ..store import Store

console = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        for err in exc.errors():
            console.print(
                f"[red]error[/red] setting {'.'.join(map(str, err['loc']))}: {err['msg']}"
            )
        raise typer.Exit(2) from None


def get_store(settings: Settings, *, upgrade: bool = True) -> Store:
    """The configured store (with its data key ring and audit anchor), migrated to the latest
    schema unless told otherwise."""
    # Imported here: the database layer is slow to import, and commands that need no
    # store (extract, resolve, evaluate) should not pay for it.
    from ..store.base import open_configured_store

    return open_configured_store(settings, upgrade=upgrade)


def friendly_errors(fn: F) -> F:
    """Turn a RightsRadarError into one clear line on stderr and exit status 2."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except RightsRadarError as exc:
            console.print(f"[red]error[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def is_tty() -> bool:
    return sys.stderr.isatty()
