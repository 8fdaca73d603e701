"""Dossiers as one CSV table for spreadsheets and data tools: one row per statement of a value
(a fact, its verdict, the value, and the article, chain, grade, voice and character span that
state it). Deterministic: the same dossiers give the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from corroborator.model import Dossier

COLUMNS = (
    "story",
    "facet",
    "subject",
    "attribute",
    "verdict",
    "hedge_drift",
    "value",
    "value_kind",
    "value_articles",
    "value_voices",
    "article",
    "outlet",
    "chain",
    "grade",
    "voice",
    "start",
    "end",
    "quote",
)


def render_csv(dossiers: Iterable[Dossier]) -> str:
    """Every statement of every value of ``dossiers``, under a header row of COLUMNS."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for dossier in dossiers:
        for facet in dossier.facets:
            for value in facet.values:
                articles = len({e.article for e in value.evidence})
                for e in value.evidence:
                    writer.writerow(
                        (
                            dossier.story.id,
                            facet.id,
                            facet.subject,
                            facet.attribute,
                            facet.verdict,
                            "yes" if facet.hedge_drift else "no",
                            value.label,
                            value.kind,
                            articles,
                            len(value.voices),
                            e.article,
                            e.outlet,
                            " ← ".join(e.chain),
                            e.grade,
                            e.voice,
                            e.sentence.start,
                            e.sentence.end,
                            e.quote,
                        )
                    )
    return out.getvalue()
