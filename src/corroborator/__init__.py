"""Corroborator: cross-check the news.

import corroborator
with corroborator.Store("corroborator.db") as store:
    report = corroborator.run(["examples/"], store, corroborator.Settings())
    print(corroborator.render_markdown(report.dossiers[0]))
"""

__version__ = "0.1.0"  # first, so the modules imported below can read it

from corroborator.errors import (
    AnalysisError,
    ConfigError,
    CorroboratorError,
    IngestError,
    NotInArchiveError,
    StoreError,
)
from corroborator.model import Analysis, Article, Claim, Dossier, Facet, Story
from corroborator.pipeline import analyze, group, ingest, run, story_dossier
from corroborator.render.html import render_html
from corroborator.render.json import dossier_schema, render_json
from corroborator.render.markdown import render_markdown
from corroborator.settings import Settings, load_settings
from corroborator.store import Store

__all__ = [
    "Analysis",
    "AnalysisError",
    "Article",
    "Claim",
    "ConfigError",
    "CorroboratorError",
    "Dossier",
    "Facet",
    "IngestError",
    "NotInArchiveError",
    "Settings",
    "Store",
    "StoreError",
    "Story",
    "analyze",
    "dossier_schema",
    "group",
    "ingest",
    "load_settings",
    "render_html",
    "render_json",
    "render_markdown",
    "run",
    "story_dossier",
]
