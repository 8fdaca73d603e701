"""Helpers the reconcile tests share: the facets of one story made of hand-written reports on
the real parse (importable from tests/, which pytest puts on the path)."""

from __future__ import annotations

import corroborator.reconcile as reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article, Story


def story_facets(nlp, reports, published=None):
    """The facets of one story made of the given (outlet, text) reports, taken as one story
    whatever a grouper would make of them (a story can mix two happenings of one kind), all
    published on ``published`` (None: undated, as ECB+ reports are), or each on its own date
    when ``published`` is a list or tuple of dates, one a report."""
    dates = published if isinstance(published, list | tuple) else [published] * len(reports)
    articles = {
        f"a{n}": Article(
            id=f"a{n}", text=text, source=f"test/{n}", outlet=outlet, published=dates[n]
        )
        for n, (outlet, text) in enumerate(reports)
    }
    analyses = {key: analyze_doc(nlp(a.text), a, "test") for key, a in articles.items()}
    facets, _, _ = reconcile.reconcile(Story(id="s", articles=list(articles)), articles, analyses)
    return facets


def contradicted(facets, attribute):
    """The facets of ``attribute`` judged contradicted."""
    return [f for f in facets if f.attribute == attribute and f.verdict == "contradicted"]


def occurred_facet(nlp, wire, daily, subject):
    """The one "occurred" facet of ``subject`` in a story of two reports (outlets Wire and
    Daily)."""
    facets = story_facets(nlp, [("Wire", wire), ("Daily", daily)])
    found = [f for f in facets if f.attribute == "occurred" and f.subject == subject]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]
