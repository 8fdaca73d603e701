"""Regenerate the generated parts of README.md (`make docs`): the CLI reference and the
sample-corpus brief. tests/test_readme.py checks the CLI part stays in sync."""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from corroborator import Settings, Store, run
from corroborator.cli import cli_reference
from corroborator.render.markdown import render_brief

ROOT = Path(__file__).resolve().parent.parent


def replace_block(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
    if not pattern.search(text):
        sys.exit(f"README.md: no <!-- {name}:start --> … <!-- {name}:end --> block")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def demo_brief() -> str:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "demo.db") as store:
        report = run([ROOT / "examples"], store, Settings())
    return "".join(render_brief(d) for d in report.dossiers)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = replace_block(text, "cli", cli_reference())
    text = replace_block(text, "demo", demo_brief())
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
