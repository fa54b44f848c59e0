"""The Typer application every command module attaches to."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="rightsradar",
    help="Detect, extract, resolve and monitor attacks on human rights defenders, "
    "journalists and trade unionists from open-source reports.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals can hold personal data
    add_completion=False,
)
