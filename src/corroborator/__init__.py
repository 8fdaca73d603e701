"""Corroborator: cross-check the news.

import corroborator
with corroborator.Store("corroborator.db") as store:
    report = corroborator.run(["examples/"], store, corroborator.Settings())
    print(corroborator.render_markdown(report.dossiers[0]))

The names below are imported on first use (module ``__getattr__``), so a command that only
reads the archive does not pay for loading the language pipeline.
"""

import sys
from importlib import import_module
from types import ModuleType

__version__ = "0.1.0"  # first, so the modules imported on use can read it

# Each public name and the module that defines it.
_EXPORTS = {
    "AnalysisError": "corroborator.errors",
    "ConfigError": "corroborator.errors",
    "CorroboratorError": "corroborator.errors",
    "IngestError": "corroborator.errors",
    "NotInArchiveError": "corroborator.errors",
    "StoreError": "corroborator.errors",
    "Analysis": "corroborator.model",
    "Article": "corroborator.model",
    "Claim": "corroborator.model",
    "Dossier": "corroborator.model",
    "Facet": "corroborator.model",
    "Story": "corroborator.model",
    "analyze": "corroborator.pipeline",
    "group": "corroborator.pipeline",
    "ingest": "corroborator.pipeline",
    "run": "corroborator.pipeline",
    "story_dossier": "corroborator.pipeline",
    "render_html": "corroborator.render.html",
    "dossier_schema": "corroborator.render.json",
    "render_json": "corroborator.render.json",
    "render_markdown": "corroborator.render.markdown",
    "Settings": "corroborator.settings",
    "load_settings": "corroborator.settings",
    "Store": "corroborator.store",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'corroborator' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


# Public functions that share their name with a subpackage (``corroborator.analyze`` the
# function, ``corroborator.analyze`` the package): importing the subpackage would bind its name
# here, so the package keeps the function, as it always has.
_SHADOWED = frozenset(n for n, m in _EXPORTS.items() if m == "corroborator.pipeline")


class _Package(ModuleType):
    def __setattr__(self, name: str, value) -> None:
        if name in _SHADOWED and isinstance(value, ModuleType):
            return  # the subpackage stays reachable through sys.modules and its own imports
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
