"""Commands that do not analyse start without loading the language pipeline: importing the
command line (all --help needs) loads neither spaCy nor the dedupe index, and the package's
public names still work, loaded on first use."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "datasketch", "corroborator.pipeline", "corroborator.analyze")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return out.split()


def test_importing_the_cli_loads_no_pipeline() -> None:
    assert loaded_after("import corroborator.cli") == []


def test_help_runs_without_the_pipeline() -> None:
    code = (
        "from typer.testing import CliRunner\n"
        "from corroborator.cli import app\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0 and 'stories' in result.stdout, result.stdout"
    )
    assert loaded_after(code) == []


def test_public_names_load_on_use() -> None:
    assert loaded_after("import corroborator\ncorroborator.Store") == []
    assert "corroborator.pipeline" in loaded_after("import corroborator\ncorroborator.run")


def test_public_functions_keep_their_names_over_subpackages() -> None:
    # corroborator.analyze, .ingest and .group are the pipeline's functions, as they always were,
    # even once the subpackages of those names are imported
    import corroborator
    import corroborator.analyze.entities  # noqa: F401
    import corroborator.group  # noqa: F401
    import corroborator.ingest.clean  # noqa: F401
    from corroborator import pipeline

    assert corroborator.analyze is pipeline.analyze
    assert corroborator.ingest is pipeline.ingest
    assert corroborator.group is pipeline.group
    assert sorted(corroborator.__all__) == corroborator.__all__
    for name in corroborator.__all__:
        assert getattr(corroborator, name) is not None
