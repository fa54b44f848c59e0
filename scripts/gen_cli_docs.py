"""Write docs/cli.md, the CLI reference, from the code (`python scripts/gen_cli_docs.py`).

tests/test_docs.py fails when docs/cli.md differs from what this script writes, so the
reference cannot drift from the commands.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import typer.main

HEADER = """# CLI reference

Generated from the code by `python scripts/gen_cli_docs.py`; do not edit by hand.
Settings come from the environment (`RIGHTSRADAR_*`, see the README's Configuration).
"""


def _param_line(p: Any) -> str:
    help_text = " ".join((getattr(p, "help", None) or "").split())
    # Typer vendors its own click, so test kinds by attribute, not isinstance.
    if p.param_type_name == "argument":
        kind = "argument" if p.required else "argument, optional"
        return f"- `{p.name.upper()}` ({kind}): {help_text}".rstrip(": ")
    opts = " / ".join(f"`{o}`" for o in (*p.opts, *p.secondary_opts))
    default = p.default
    show_default = (
        default not in (None, False, (), [])
        and not callable(default)
        and not getattr(p, "hidden", False)
    )
    dflt = f" (default: `{default}`)" if show_default else ""
    return f"- {opts}: {help_text}{dflt}".rstrip(": ")


def _walk(cmd: Any, path: list[str], out: list[str]) -> None:
    if hasattr(cmd, "commands"):
        for name in sorted(cmd.commands):
            _walk(cmd.commands[name], [*path, name], out)
        return
    out.append(f"\n## `rightsradar {' '.join(path)}`\n")
    doc = inspect.cleandoc(cmd.help or "").strip()
    if doc:
        out.append(doc + "\n")
    params = [p for p in cmd.params if p.name != "help"]
    if params:
        out.append("")
        out.extend(_param_line(p) for p in params)


def render() -> str:
    from rightsradar.cli import get_app

    root = typer.main.get_command(get_app())
    out = [HEADER]
    _walk(root, [], out)
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if target.read_text(encoding="utf-8") == text else 1)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
