"""`rightsradar demo`: build the demo database from the built-in corpus, run, score, serve."""

from __future__ import annotations

import secrets
from pathlib import Path

import typer

from .app import app
from .common import console, friendly_errors, load_settings


@app.command()
@friendly_errors
def demo(
    serve: bool = typer.Option(
        True, "--serve/--no-serve", help="Serve the dashboard after the summary."
    ),
    seed: int = typer.Option(7, help="Seed of the demo corpus generator (same seed, same corpus)."),
    host: str | None = typer.Option(None, help="Host to serve on (default: settings)."),
    port: int | None = typer.Option(None, help="Port to serve on (default: settings)."),
) -> None:
    """Build the demo database from the built-in corpus, run the whole pipeline, print a
    summary with the demo's own scores against its ground truth, then serve the dashboard.

    The demo uses its own SQLite file under <data_dir>/demo/ and rebuilds it on every run;
    your configured database is never touched.
    """
    from ..demo.run import build_demo, print_summary

    settings = load_settings()
    demo_dir = settings.data_dir / "demo"
    password = secrets.token_urlsafe(12)
    result = build_demo(settings, demo_dir, seed=seed, password=password, console=console)
    print_summary(result, console=console)
    if not serve:
        return
    _serve(result.settings, host or settings.host, port or settings.port, password)


def _serve(settings, host: str, port: int, password: str) -> None:  # type: ignore[no-untyped-def]
    import uvicorn

    from ..web.app import create_app

    console.print(
        f"\nDashboard: http://{host}:{port}/  (analyst login: [bold]demo[/bold] / "
        f"[bold]{password}[/bold]; Ctrl-C to stop)"
    )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@app.command("demo-corpus")
@friendly_errors
def demo_corpus(
    out: Path = typer.Argument(..., help="Folder to write the corpus and its ground truth to."),
    seed: int = typer.Option(7, help="Seed (same seed, byte-identical corpus)."),
) -> None:
    """Write the built-in demo corpus (articles.jsonl) and its ground truth to OUT."""
    from ..demo.generator import generate

    paths = generate(out, seed=seed)
    console.print(f"demo corpus written to {out} ({paths.articles.name}, {paths.gold.name}, ...)")
