"""Renderers: the same Dossier as terminal text, Markdown, one self-contained HTML file, JSON.

Shared wording lives here so every format says the same thing the same way.
"""

from __future__ import annotations

from corroborator.model import Dossier, Evidence, Facet, Value
from corroborator.reconcile import UNKNOWN_OUTLET

VERDICT_SECTIONS = (
    ("contradicted", "Contested"),
    ("updated", "Updated over time"),
    ("corroborated", "Corroborated"),
    ("single_source", "Single source"),
)
VERDICT_MARK = {"contradicted": "✗", "updated": "↻", "corroborated": "✓", "single_source": "•"}
GRADE_LABEL = {
    "asserted": "stated by the outlet",
    "on_record": "on the record",
    "named": "named source",
    "anonymous": "anonymous source",
    "hedged": "hedged",
    "speculation": "speculation",
    "denial": "denial",
}
ATTRIBUTE_LABEL = {
    "occurred": "took place",
    "date": "date",
    "duration": "duration",
    "place": "place",
    "location": "whereabouts",
    "statement": "statement",
}


def facet_title(facet: Facet) -> str:
    subject = facet.subject[:1].upper() + facet.subject[1:]
    if facet.attribute.startswith("attendee: "):
        return f"{subject} · {facet.attribute.removeprefix('attendee: ')} present"
    return f"{subject} · {ATTRIBUTE_LABEL.get(facet.attribute, facet.attribute)}"


def chain_text(evidence: Evidence) -> str:
    """'WION ← Kremlin spokesman Dmitry Peskov · on the record'."""
    return f"{' ← '.join(evidence.chain)} · {GRADE_LABEL.get(evidence.grade, evidence.grade)}"


def support_text(value: Value) -> str:
    articles = len({e.article for e in value.evidence})
    voices = len(value.voices)
    return (
        f"{articles} article{'s' if articles != 1 else ''} · "
        f"{voices} independent source{'s' if voices != 1 else ''}"
    )


def span_ref(evidence: Evidence) -> str:
    return f"{evidence.article}:{evidence.sentence.start}-{evidence.sentence.end}"


def sections(dossier: Dossier) -> list[tuple[str, str, list[Facet]]]:
    """(verdict, heading, facets) in the order a dossier shows them: disputes first."""
    return [
        (verdict, heading, [f for f in dossier.facets if f.verdict == verdict])
        for verdict, heading in VERDICT_SECTIONS
        if any(f.verdict == verdict for f in dossier.facets)
    ]


def claim_matrix(dossier: Dossier) -> tuple[list[str], list[tuple[Facet, list[list[str]]]]]:
    """Who says what: the outlets of the story, and for each fact that more than one voice
    speaks to (contested, updated, corroborated), the value labels each outlet gives, one cell
    per outlet (empty when the outlet does not speak to it). Order as in ``sections``."""
    outlets = sorted({a["outlet"] for a in dossier.articles})
    rows = []
    for verdict, _, facets in sections(dossier):
        if verdict == "single_source":
            continue
        for facet in facets:
            said: dict[str, list[str]] = {outlet: [] for outlet in outlets}
            for value in facet.values:
                for outlet in sorted({e.outlet for e in value.evidence}):
                    if value.label not in said.setdefault(outlet, []):
                        said[outlet].append(value.label)
            rows.append((facet, [said[outlet] for outlet in outlets]))
    return outlets, rows


def verdict_counts(dossier: Dossier) -> dict[str, int]:
    """How many facets have each verdict, in VERDICT_SECTIONS order."""
    return {v: sum(1 for f in dossier.facets if f.verdict == v) for v, _ in VERDICT_SECTIONS}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(dossier: Dossier) -> str:
    counts = verdict_counts(dossier)
    unnamed = [a for a in dossier.articles if a["outlet"].endswith(UNKNOWN_OUTLET)]
    outlets = {a["outlet"] for a in dossier.articles} - {a["outlet"] for a in unnamed}
    sources = f"{_plural(len(dossier.articles), 'article')} · {_plural(len(outlets), 'outlet')}"
    if unnamed:
        sources += f" ({_plural(len(unnamed), 'article')} with no outlet named)"
    return (
        f"{sources} · "
        f"{counts['contradicted']} contested · {counts['updated']} updated · "
        f"{counts['corroborated']} corroborated · {counts['single_source']} single-source"
    )
