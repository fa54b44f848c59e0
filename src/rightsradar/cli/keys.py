"""`rightsradar keys ...`: encryption keys of personal data at rest."""

from __future__ import annotations

import secrets

import typer

from .app import app
from .common import console, friendly_errors, get_store, load_settings

keys_app = typer.Typer(help="Encryption keys of personal data at rest.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@keys_app.command("new")
@friendly_errors
def new(key_id: str = typer.Option(None, "--id", help="Key id (default: random).")) -> None:
    """Print a fresh key as `id:base64key` for RIGHTSRADAR_DATA_KEY (on stdout only)."""
    from ..privacy.crypto import new_key

    kid = key_id or f"k{secrets.token_hex(3)}"
    if ":" in kid or "," in kid:
        raise typer.BadParameter("the id must not contain ':' or ','", param_hint="--id")
    # stdout, so it can go straight into a secret store; nothing else is printed there.
    typer.echo(f"{kid}:{new_key()}")
    console.print("Put it first in RIGHTSRADAR_DATA_KEY; keep older keys after it until "
                  "`rightsradar keys rotate` has re-encrypted everything.")  # fmt: skip


@keys_app.command("check")
@friendly_errors
def check() -> None:
    """Check that the configured key ring loads, and say which key is current."""
    from ..privacy.crypto import keyring_from_settings

    ring = keyring_from_settings(load_settings())
    dev = " (the public development key: development only)" if ring.is_development else ""
    console.print(f"{len(ring.keys)} key(s); current '{ring.current}'{dev}")


@keys_app.command("rotate")
@friendly_errors
def rotate() -> None:
    """Re-encrypt every personal value with the current key (and encrypt plain ones).

    Run it after putting a new key first in the ring; when it reports success, the older
    keys can be removed from the ring. The database is compacted afterwards so the old
    ciphertext does not stay in free pages.
    """
    from ..privacy.rotation import rotate as rotate_all

    store = get_store(load_settings())
    try:
        report = rotate_all(store)
    finally:
        store.dispose()
    console.print(f"{sum(report.reencrypted.values())} value(s) re-encrypted and "
                  f"{sum(report.encrypted.values())} plain value(s) encrypted with key "
                  f"'{report.current}'; older keys can now leave the ring")  # fmt: skip
