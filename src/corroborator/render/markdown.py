"""The dossier as Markdown: disputes first, every value with its sentence and span."""

from __future__ import annotations

from corroborator.model import Dossier, Evidence
from corroborator.render import (
    GRADE_LABEL,
    STATEMENTS_HEADING,
    VERDICT_MARK,
    capitalized,
    chain_text,
    claim_matrix,
    copies_chain_text,
    copies_together,
    facet_titles,
    sections,
    source_rows,
    span_ref,
    speaker_blocks,
    speakers,
    statements_line,
    summary_line,
    support_text,
    why_text,
)


def render_markdown(
    dossier: Dossier, *, related: dict[str, str] | None = None, story_page: str | None = None
) -> str:
    """The dossier as Markdown. ``related`` names the related stories by their titles (by id;
    one not named, which the archive no longer holds, shows its id), and ``story_page``, the
    address of a story's dossier with ``{id}`` for its id, links the named ones."""
    lines = [f"# {dossier.headline}", ""]
    story = dossier.story
    lines += [
        f"Story `{story.id}` · {summary_line(dossier)}",
        "",
    ]
    if story.related:
        named = [_related_story(i, (related or {}).get(i), story_page) for i in story.related]
        lines += [f"Part of a longer storyline: {' · '.join(named)}", ""]
    titles = facet_titles(dossier)
    for section in sections(dossier):
        lines += [f"## {section.heading}", ""]
        for facet in section.facets:
            why = [why_text(facet)] if why_text(facet) else []
            why += ["⚠ hedge drift"] if facet.hedge_drift else []
            lines += [f"### {VERDICT_MARK[section.verdict]} {titles[facet.id]}", ""]
            lines += [f"_{' · '.join(why)}_", ""] if why else []
            for value in facet.values:
                lines.append(f"- **{value.label}** — {support_text(value)}")
                lines += _evidence_lines(value.evidence)
            lines.append("")
    lines += _statements(dossier)
    outlets, matrix = claim_matrix(dossier)
    if matrix:
        lines += ["## Who says what", ""]
        lines.append("| fact | " + " | ".join(_cell(o) for o in outlets) + " |")
        lines.append("|---" * (len(outlets) + 1) + "|")
        for facet, cells in matrix:
            said = " | ".join(_cell("; ".join(labels)) if labels else "—" for labels in cells)
            lines.append(f"| {VERDICT_MARK[facet.verdict]} {_cell(titles[facet.id])} | {said} |")
        lines.append("")
    if dossier.timeline:
        lines += ["## Timeline", "", "| when | event | dated by |", "|---|---|---|"]
        for entry in dossier.timeline:
            mark = " (disputed)" if entry.disputed else ""
            dated = "; ".join(f"{value}: {outlet}" for value, outlet in entry.datings)
            lines.append(f"| {entry.when}{mark} | {capitalized(entry.event)} | {dated} |")
        lines.append("")
    lines += [
        "## Sources",
        "",
        "| chain | independent voice | sentences | said as |",
        "|---|---|---|---|",
    ]
    for row in source_rows(dossier):
        lines.append(
            f"| {_cell(row.chain)} | {_cell(row.voice)} | {row.sentences} |"
            f" {', '.join(GRADE_LABEL.get(g, g) for g in row.grades)} |"
        )
    lines += [
        "",
        "## Articles",
        "",
        "| id | outlet | published | title | source |",
        "|---|---|---|---|---|",
    ]
    for article in dossier.articles:
        lines.append(
            f"| `{article['id']}` | {article['outlet']} | {article['published'] or 'unknown'} |"
            f" {article['title'] or ''} | {article['source']} |"
        )
    if dossier.notes:
        lines += ["", "## Notes", ""]
        lines += [f"- {note}" for note in dossier.notes]
    return "\n".join(lines).rstrip() + "\n"


def _statements(dossier: Dossier) -> list[str]:
    """The lone statements under their speakers: each statement with every chain, sentence and
    span that reports it."""
    blocks = speaker_blocks(dossier)
    if not blocks:
        return []
    lines = [f"## {STATEMENTS_HEADING}", "", f"_{statements_line(blocks)}_", ""]
    for block in blocks:
        lines += [f"### {block.heading}", ""]
        for speaker, facet in block.statements:
            who = "" if block.one_speaker else f"{speaker} "
            for value in facet.values:
                lines.append(f"- {who}**{value.label}**")
                lines += _evidence_lines(value.evidence)
        lines.append("")
    return lines


def _evidence_lines(evidence: list[Evidence]) -> list[str]:
    """A line per sentence that states a value: its chain, grade, words and span; a sentence
    several articles print word for word is one line with each copy's span
    (``copies_together``)."""
    lines = []
    for copies in copies_together(evidence):
        spans = " ".join(f"`{span_ref(e)}`" for e in copies)
        lines.append(f"  - {copies_chain_text(copies)}: “{copies[0].quote}” {spans}")
    return lines


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def render_brief(dossier: Dossier, *, statements: bool = False) -> str:
    """One line per fact: the verdict, the values, and who backs each (for READMEs, e-mails)."""
    lines = [f"**{dossier.headline}** — {summary_line(dossier)}", ""]
    titles = facet_titles(dossier)
    for section in sections(dossier):
        shown = [f for f in section.facets if statements or f.attribute != "statement"]
        if not shown:
            continue
        lines.append(f"{section.heading}:")
        lines.append("")
        for facet in shown:
            values = " vs ".join(
                f"**{v.label}** ({'; '.join(sorted({chain_text(e) for e in v.evidence}))})"
                for v in facet.values
            )
            drift = " ⚠ hedge drift" if facet.hedge_drift else ""
            lines.append(f"- {VERDICT_MARK[section.verdict]} {titles[facet.id]}: {values}{drift}")
        lines.append("")
    groups = speakers(dossier) if statements else []
    if groups:
        lines += [f"{STATEMENTS_HEADING}:", ""]
        for speaker, facets in groups:
            said = " · ".join(
                f"**{v.label}** ({'; '.join(sorted({chain_text(e) for e in v.evidence}))})"
                for facet in facets
                for v in facet.values
            )
            lines.append(f"- {speaker}: {said}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _related_story(story_id: str, title: str | None, story_page: str | None) -> str:
    """A related story as the storyline line names it: its title (square brackets escaped, so
    a link stays one), linked when there is a page to link to, and its id; only its id when
    it has no title (the archive no longer holds it: no page to link to)."""
    if not title:
        return f"`{story_id}`"
    shown = title.replace("[", "\\[").replace("]", "\\]")
    if story_page:
        shown = f"[{shown}]({story_page.format(id=story_id)})"
    return f"{shown} (`{story_id}`)"
