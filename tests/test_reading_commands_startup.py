"""Commands that only read the archive (`stories`, `articles`, `search`, `show` of a kept
dossier, the web app's lists) start without loading spaCy, the dedupe index, the grouper or
reconcile: run in a fresh interpreter on a real archive, they leave none of them imported, as
importing the command line (all --help needs) does."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "spacy",
    "datasketch",
    "corroborator.analyze",
    "corroborator.group",
    "corroborator.ingest",
    "corroborator.reconcile",
)


def loaded_after(code: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return out.split()


def cli_loads(db: Path, *args: str) -> list[str]:
    code = (
        "from typer.testing import CliRunner\n"
        "from corroborator.cli import app\n"
        f"result = CliRunner().invoke(app, [*{list(args)!r}, '--db', {str(db)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "assert result.stdout.strip(), 'no output'"
    )
    return loaded_after(code)


def test_listing_stories_loads_no_pipeline(seeds_archive) -> None:
    assert cli_loads(seeds_archive, "stories", "--json") == []
    assert cli_loads(seeds_archive, "stories") == []


def test_listing_and_searching_articles_loads_no_pipeline(seeds_archive) -> None:
    assert cli_loads(seeds_archive, "articles", "--json") == []
    assert cli_loads(seeds_archive, "search", "earthquake") == []


def test_showing_a_kept_dossier_loads_no_pipeline(seeds_archive) -> None:
    from corroborator.store import Store

    with Store(seeds_archive) as store:
        story = store.stories()[0].id
    assert cli_loads(seeds_archive, "show", story, "--json") == []
    assert cli_loads(seeds_archive, "show", story) == []  # the terminal's rendering too


def test_the_web_app_lists_stories_without_the_pipeline(seeds_archive) -> None:
    code = (
        "from fastapi.testclient import TestClient\n"
        "from corroborator.web import create_app\n"
        f"client = TestClient(create_app({str(seeds_archive)!r}))\n"
        "for url in ('/', '/api/stories', '/api/articles', '/api/search?q=earthquake'):\n"
        "    assert client.get(url).status_code == 200, url"
    )
    assert loaded_after(code) == []


def test_dossier_code_hashes_the_files_of_the_modules_it_names() -> None:
    # read as files, not imported: the same fingerprint as hashing each imported module's file
    from corroborator import (
        __version__,
        dossier,
        model,
        names,
        pipeline,
        places,
        reconcile,
        serde,
    )
    from corroborator.analyze import entities

    digest = hashlib.sha256(__version__.encode())
    for module in (reconcile, dossier, places, entities, names, model, serde):
        digest.update(Path(module.__file__).read_bytes())
    assert pipeline._dossier_code() == digest.hexdigest()


def test_importing_the_cli_loads_no_analysis() -> None:
    assert loaded_after("import corroborator.cli") == []


def test_help_runs_without_the_analysis() -> None:
    code = (
        "from typer.testing import CliRunner\n"
        "from corroborator.cli import app\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0 and 'stories' in result.stdout, result.stdout"
    )
    assert loaded_after(code) == []


# the package's public names load on first use: the store alone loads not even the (light)
# pipeline module
CLI_HEAVY = ("spacy", "datasketch", "corroborator.pipeline", "corroborator.analyze")


def test_public_names_load_on_use() -> None:
    assert loaded_after("import corroborator\ncorroborator.Store", CLI_HEAVY) == []
    assert "corroborator.pipeline" in loaded_after(
        "import corroborator\ncorroborator.run", CLI_HEAVY
    )


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
