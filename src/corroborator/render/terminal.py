"""The dossier on a terminal, with Rich: disputes first, each value with who says it."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from corroborator.model import Dossier
from corroborator.render import (
    GRADE_LABEL,
    STATEMENTS_HEADING,
    VERDICT_MARK,
    capitalized,
    copies_chain_text,
    copies_together,
    each_voice_first,
    facet_titles,
    plural,
    sections,
    shortened,
    span_ref,
    speaker_blocks,
    statements_line,
    summary_line,
    support_text,
    voices,
    why_text,
)

MAX_EVIDENCE = 3  # lines per value on a terminal, each voice first; the files list every one
QUOTE_CHARS = 160  # a quote's length on a terminal at most; the files give it whole
# Facts shown per section on a terminal (a long story has hundreds of single-source facts);
# the files list every one.
MAX_FACETS = {"single_source": 12}
# The statements list on a terminal: the speakers with most statements, a few lines each; the
# files list every statement.
MAX_SPEAKERS = 8
MAX_STATEMENTS = 3
# The voices table on a terminal: the voices heard in most sentences (a long story has dozens
# heard once each: 55 on a two-report PolNeAR story); the files list every chain.
MAX_VOICES = 12

STYLE = {
    "contradicted": "bold red",
    "updated": "yellow",
    "corroborated": "green",
    "single_source": "cyan",
}


def print_indented(console: Console, text: Text, indent: int, *, hang: int = 0) -> None:
    """Print ``text`` ``indent`` columns in, every line it wraps onto ``hang`` columns further
    in, so a long quote stays under the chain it belongs to on a narrow terminal."""
    for number, line in enumerate(text.wrap(console, max(console.width - indent - hang, 20))):
        line.rstrip()
        margin = indent + (hang if number else 0)
        console.print(Text(" " * margin) + line, soft_wrap=True)


def render_terminal(dossier: Dossier, console: Console, *, quotes: bool = True) -> None:
    console.print(Panel(Text(dossier.headline, style="bold"), subtitle=dossier.story.id))
    console.print(Text(summary_line(dossier), style="dim"))
    titles = facet_titles(dossier)
    for section in sections(dossier):
        verdict, facets = section.verdict, section.facets
        console.rule(Text(section.heading.upper(), style=STYLE[verdict]))
        shown = facets[: MAX_FACETS.get(verdict, len(facets))]
        for facet in shown:
            title = Text(f"{VERDICT_MARK[verdict]} {titles[facet.id]}", style=STYLE[verdict])
            why = Text(why_text(facet), style="dim")
            if facet.hedge_drift:
                why.append("  ⚠ hedge drift" if why else "⚠ hedge drift", style="yellow")
            print_indented(console, title, 0, hang=2)
            if why:
                print_indented(console, why, 2)
            for value in facet.values:
                line = Text(value.label, style="bold")
                line.append(f"  [{support_text(value)}]", style="dim")
                print_indented(console, line, 4)
                lines = each_voice_first(copies_together(value.evidence))
                for copies in lines[:MAX_EVIDENCE]:
                    print_indented(console, Text(copies_chain_text(copies), style="italic"), 6)
                    if quotes:
                        quote = shortened(copies[0].quote, value, QUOTE_CHARS)
                        spans = " ".join(span_ref(e) for e in copies)
                        print_indented(console, Text(f"“{quote}” {spans}", style="dim"), 8)
                hidden = sum(len(copies) for copies in lines[MAX_EVIDENCE:])
                if hidden:
                    more_text = (
                        f"… {plural(hidden, 'more sentence')} (`corroborator export` lists all)"
                    )
                    print_indented(console, Text(more_text, style="dim"), 6)
        if len(facets) > len(shown):
            more = len(facets) - len(shown)
            console.print(Text(f"… {more} more (`corroborator export` lists all)", style="dim"))
    print_statements(dossier, console)
    if dossier.timeline:
        console.rule("TIMELINE")
        table = Table(show_header=True, header_style="bold", box=None)
        table.add_column("when")
        table.add_column("event")
        table.add_column("dated by")
        for entry in dossier.timeline:
            when = entry.when + (" (disputed)" if entry.disputed else "")
            dated = "\n".join(f"{v}: {o}" for v, o in entry.datings)
            table.add_row(
                Text(when, style="red" if entry.disputed else ""), capitalized(entry.event), dated
            )
        console.print(table)
    heard = voices(dossier)
    if heard:
        console.rule("WHO SAYS SO")
        table = Table(show_header=True, header_style="bold", box=None)
        for column in ("voice", "carried by", "sentences", "said as"):
            table.add_column(column)
        for voice in heard[:MAX_VOICES]:
            table.add_row(
                " / ".join(voice["names"]),
                ", ".join(voice["outlets"]),
                str(voice["sentences"]),
                ", ".join(GRADE_LABEL.get(g, g) for g in voice["grades"]),
            )
        console.print(table)
        hidden = heard[MAX_VOICES:]
        if hidden:
            sentences = plural(sum(v["sentences"] for v in hidden), "sentence")
            more = (
                f"… {plural(len(hidden), 'more voice')}, {sentences} between them"
                " (`corroborator export` lists all)"
            )
            console.print(Text(more, style="dim"))
    if dossier.notes:
        console.rule("NOTES")
        console.print(Group(*(Text(f"• {note}", style="dim") for note in dossier.notes)))


def print_statements(dossier: Dossier, console: Console) -> None:
    """The lone statements: the speakers with most, each with a few statements one line each
    (the label and its span), then how many more the files list."""
    blocks = speaker_blocks(dossier)
    if not blocks:
        return
    console.rule(Text(STATEMENTS_HEADING.upper(), style=STYLE["single_source"]))
    console.print(Text(statements_line(blocks), style="dim"))
    total = sum(len(b.statements) for b in blocks)
    shown_count = 0
    for block in blocks[:MAX_SPEAKERS]:
        print_indented(console, Text(f"{VERDICT_MARK['single_source']} {block.heading}"), 0, hang=2)
        for speaker, facet in block.statements[:MAX_STATEMENTS]:
            who = "" if block.one_speaker else f"{speaker} "
            value = facet.values[0]
            line = Text(f"{who}{value.label}")
            line.append(f"  {span_ref(value.evidence[0])}", style="dim")
            print_indented(console, line, 4, hang=2)
            shown_count += 1
    if total > shown_count:
        more = (
            f"… {plural(total - shown_count, 'more statement')} (`corroborator export` lists all)"
        )
        console.print(Text(more, style="dim"))
