"""The dossier as JSON: the contract for everyone who builds on Corroborator's output.

Described by ``corroborator/schema/dossier.schema.json``; deterministic (same dossier, same bytes).
"""

from __future__ import annotations

import json
from importlib import resources

from corroborator.model import Dossier
from corroborator.serde import dumps


def render_json(dossier: Dossier) -> str:
    return dumps(dossier, indent=2) + "\n"


def dossier_schema() -> dict:
    text = resources.files("corroborator.schema").joinpath("dossier.schema.json").read_text("utf-8")
    return json.loads(text)
