"""`rightsradar db ...`: schema migrations."""

from __future__ import annotations

import typer

from .app import app
from .common import console, friendly_errors, get_store, load_settings

db_app = typer.Typer(help="Database schema: create and migrate.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
@friendly_errors
def upgrade() -> None:
    """Create the database or migrate it to the latest schema."""
    settings = load_settings()
    store = get_store(settings, upgrade=True)
    console.print(f"database {store.safe_url} at revision {store.current_revision()}")


@db_app.command("current")
@friendly_errors
def current() -> None:
    """Print the schema revision of the database."""
    store = get_store(load_settings(), upgrade=False)
    console.print(f"{store.current_revision()} (latest: {store.head_revision()})")
