"""The dossier as one self-contained HTML file (inline CSS, no scripts, no external assets).

Every value links to its sentence, highlighted inside the full text of its article.
"""

from __future__ import annotations

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader
from markupsafe import Markup, escape

from corroborator.model import Dossier
from corroborator.render import (
    GRADE_LABEL,
    VERDICT_MARK,
    chain_text,
    claim_matrix,
    facet_title,
    sections,
    span_ref,
    summary_line,
    support_text,
)


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
        chain_text=chain_text,
        support_text=support_text,
        span_ref=span_ref,
        mark=VERDICT_MARK,
        grade_label=GRADE_LABEL,
        anchor=anchor,
    )
    return env


def anchor(article_id: str, start: int, end: int) -> str:
    return f"a-{article_id}-{start}-{end}"


def highlighted(text: str, article_id: str, spans: list[tuple[int, int]]) -> Markup:
    """The article text with each cited sentence wrapped in a <mark> that links can target."""
    parts: list[str] = []
    position = 0
    for start, end in sorted(set(spans)):
        if start < position:
            continue  # overlapping citation: the earlier mark already covers it
        parts.append(str(escape(text[position:start])))
        parts.append(
            f'<mark id="{anchor(article_id, start, end)}">{escape(text[start:end])}</mark>'
        )
        position = end
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))


def render_html(dossier: Dossier, texts: dict[str, str], *, home: str | None = None) -> str:
    """``texts`` maps article id to ``Article.text`` so cited sentences can be shown in place;
    ``home``, when given, is the address of a story list the page links back to (the web app)."""
    cited: dict[str, list[tuple[int, int]]] = {}
    for facet in dossier.facets:
        for value in facet.values:
            for evidence in value.evidence:
                cited.setdefault(evidence.article, []).append(
                    (evidence.sentence.start, evidence.sentence.end)
                )
    bodies = {
        a["id"]: highlighted(texts.get(a["id"], ""), a["id"], cited.get(a["id"], []))
        for a in dossier.articles
    }
    template = environment().get_template("dossier.html.j2")
    return template.render(
        dossier=dossier,
        sections=sections(dossier),
        summary=summary_line(dossier),
        bodies=bodies,
        home=home,
        matrix=claim_matrix(dossier),
    )
