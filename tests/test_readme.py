"""Docs come from the code: the README's CLI section is what `--help` says, and its brief of the
sample corpus is what a run on examples/ gives."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import corroborator
from corroborator.cli import cli_reference

ROOT = Path(__file__).resolve().parent.parent


def block(name: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- {name}:start -->\n(.*?)<!-- {name}:end -->", text, re.S)
    assert match, f"README.md has no {name} block"
    return match.group(1)


def test_readme_cli_section_matches_the_commands():
    assert block("cli") == cli_reference(), "run `make docs` to regenerate README.md"


def test_public_api_is_sorted_and_importable():
    assert corroborator.__all__ == sorted(corroborator.__all__)
    for name in corroborator.__all__:
        assert getattr(corroborator, name) is not None


def test_readme_quick_start_names_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in text and "make test" in text
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_sample_brief_is_what_the_sample_gives(nlp):
    spec = importlib.util.spec_from_file_location("readme_tool", ROOT / "tools" / "readme.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert block("demo") == tool.demo_brief(), "run `make docs` to regenerate README.md"
