"""The dossier as one self-contained HTML file (inline CSS, no scripts, no external assets).

Every value links to its sentence, highlighted inside the full text of its article.
"""

from __future__ import annotations

from collections.abc import Callable

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader
from markupsafe import Markup, escape

from corroborator.model import Dossier
from corroborator.render import (
    CHECK_AGREEING,
    GRADE_LABEL,
    STATEMENTS_HEADING,
    VERDICT_MARK,
    GraphEdge,
    GraphNode,
    capitalized,
    chain_text,
    check_others_heading,
    claim_matrix,
    copies_chain,
    copies_together,
    facet_title,
    facet_titles,
    plural,
    sections,
    source_graph,
    source_rows,
    span_ref,
    speaker_blocks,
    statements_line,
    summary_line,
    support_counts,
    support_text,
    surest_first,
    why_text,
)

# The source graph's drawing, in px: a column per relay step, a box per voice.
GRAPH_COLUMN = 205
GRAPH_BOX = (180, 30)
GRAPH_ROW = 42
GRAPH_LABEL_CHARS = 23


def environment(*loaders: BaseLoader) -> Environment:
    """The Jinja environment of every HTML page: the dossier's templates and stylesheet, plus
    any ``loaders`` given first (the web app's pages)."""
    env = Environment(
        loader=ChoiceLoader([*loaders, PackageLoader("corroborator.render", "templates")]),
        autoescape=True,  # every template is HTML; values are escaped unless marked safe
        keep_trailing_newline=True,
    )
    env.globals.update(
        facet_title=facet_title,
        capitalized=capitalized,
        chain_text=chain_text,
        copies_chain=copies_chain,
        copies_together=copies_together,
        support_text=support_text,
        support_counts=support_counts,
        check_agreeing=CHECK_AGREEING,
        check_others_heading=check_others_heading,
        span_ref=span_ref,
        mark=VERDICT_MARK,
        grade_label=GRADE_LABEL,
        surest_first=surest_first,
        anchor=anchor,
        why_text=why_text,
    )
    return env


def anchor(article_id: str, start: int, end: int) -> str:
    return f"a-{article_id}-{start}-{end}"


def highlighted(
    text: str, spans: list[tuple[int, int]], mark_id: Callable[[int, int], str] | None = None
) -> Markup:
    """The text, escaped, with each span wrapped in a <mark> (with the id ``mark_id`` gives it,
    so links can target it); a span overlapping an earlier one is left to the earlier mark, one
    outside the text is ignored."""
    parts: list[str] = []
    position = 0
    for start, end in sorted(set(spans)):
        if start < position or not 0 <= start < end <= len(text):
            continue
        parts.append(str(escape(text[position:start])))
        id_attr = f' id="{mark_id(start, end)}"' if mark_id else ""
        parts.append(f"<mark{id_attr}>{escape(text[start:end])}</mark>")
        position = end
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))


def source_graph_svg(nodes: list[GraphNode], edges: list[GraphEdge]) -> Markup:
    """The source graph as inline SVG (no script): outlets on the left, each voice they relay
    to its right, a line per relay as thick as the sentences it carries."""
    if not nodes:
        return Markup("")
    width, height = GRAPH_BOX
    row_of: dict[str, int] = {}
    last_row: dict[int, int] = {}
    for node in nodes:  # level with the voices that relay it, below the column's last box
        parents = [row_of[e.source] for e in edges if e.target == node.id and e.source in row_of]
        wanted = round(sum(parents) / len(parents)) if parents else 0
        row_of[node.id] = max(wanted, last_row.get(node.column, -1) + 1)
        last_row[node.column] = row_of[node.id]
    where = {n.id: (n.column * GRAPH_COLUMN + 4, row_of[n.id] * GRAPH_ROW + 4) for n in nodes}
    rows = {c: r + 1 for c, r in last_row.items()}
    canvas_w = max(rows) * GRAPH_COLUMN + width + 8
    canvas_h = max(rows.values()) * GRAPH_ROW + 8
    parts = [
        f'<svg class="source-graph" role="img" width="{canvas_w}" height="{canvas_h}"'
        f' viewBox="0 0 {canvas_w} {canvas_h}" xmlns="http://www.w3.org/2000/svg">',
        "<title>Who relays whom: outlets on the left, the voices they relay to the right</title>",
    ]
    for edge in edges:
        (ax, ay), (bx, by) = where[edge.source], where[edge.target]
        x1, y1, x2, y2 = ax + width, ay + height // 2, bx, by + height // 2
        middle = (x1 + x2) // 2
        stroke = min(1 + edge.sentences**0.5, 7)
        carried = plural(edge.sentences, "sentence")
        parts.append(
            f'<path class="relay" d="M{x1},{y1} C{middle},{y1} {middle},{y2} {x2},{y2}"'
            f' stroke-width="{stroke:.1f}"><title>{carried}</title></path>'
        )
    for node in nodes:
        x, y = where[node.id]
        kind = "outlet" if node.outlet else "voice"
        if node.original:
            kind += " original"
        count = f" · {node.sentences}" if node.original else ""
        origin = (
            f" — original voice of {plural(node.sentences, 'sentence')}" if node.original else ""
        )
        label, room = node.label, GRAPH_LABEL_CHARS - len(count)
        if len(label) > room:
            label = label[: room - 1] + "…"
        parts.append(
            f'<g class="{kind}"><title>{escape(node.label)}'
            f"{origin}"
            f'</title><rect x="{x}" y="{y}" width="{width}" height="{height}" rx="5"/>'
            f'<text x="{x + 8}" y="{y + 19}">{escape(label)}{count}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def render_html(
    dossier: Dossier,
    texts: dict[str, str],
    *,
    home: str | None = None,
    check: str | None = None,
    article_page: str | None = None,
    related: dict[str, str] | None = None,
    story_page: str | None = None,
) -> str:
    """``texts`` maps article id to ``Article.text`` so cited sentences can be shown in place;
    ``home``, when given, is the address of a story list the page links back to, ``check``
    the address of a form that checks a statement against the story, and ``article_page`` the
    address of an article's own page with ``{id}`` for its id (the web app). ``related`` names
    the related stories by their titles (by id; one not named, which the archive no longer
    holds, shows its id), and ``story_page``, the address of a story's dossier with ``{id}``
    for its id, links the named ones."""
    cited: dict[str, list[tuple[int, int]]] = {}
    for facet in dossier.facets:
        for value in facet.values:
            for evidence in value.evidence:
                cited.setdefault(evidence.article, []).append(
                    (evidence.sentence.start, evidence.sentence.end)
                )
    bodies = {
        a["id"]: highlighted(
            texts.get(a["id"], ""),
            cited.get(a["id"], []),
            lambda start, end, article=a["id"]: anchor(article, start, end),
        )
        for a in dossier.articles
    }
    blocks = speaker_blocks(dossier)
    template = environment().get_template("dossier.html.j2")
    return template.render(
        dossier=dossier,
        sections=sections(dossier),
        titles=facet_titles(dossier),
        speakers=blocks,
        statements_heading=STATEMENTS_HEADING,
        statements_line=statements_line(blocks),
        statement_count=sum(len(b.statements) for b in blocks),
        summary=summary_line(dossier),
        bodies=bodies,
        home=home,
        check=check,
        article_page=article_page,
        related=related or {},
        story_page=story_page,
        matrix=claim_matrix(dossier),
        sources=source_rows(dossier),
        graph=source_graph_svg(*source_graph(dossier)),
    )
