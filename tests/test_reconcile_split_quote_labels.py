"""A quote the writer splits around its cue ('"…," Chaffetz said. "…"') is shown as the
speaker's two parts joined by "…", without the writer's "Chaffetz said" between them
(reconcile._said_words); a quote in one piece is shown whole; a quotation inside the words is
in single marks and closed (reconcile._inner_quotes). Real spaCy parses."""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

SPLIT = (
    "Chaffetz declined.\n\n"
    '"I don’t think it should be done behind closed doors," Chaffetz said. '
    '"I think it’s the way this committee should operate."\n\n'
    "The committee voted on Tuesday."
)
WHOLE = (
    "Chaffetz declined.\n\n"
    '"I think it’s the way this committee should operate," Chaffetz said.\n\n'
    "The committee voted on Tuesday."
)


def _statement_labels(nlp, text):
    facets = story_facets(nlp, [("Politico", text)])
    return [v.label for f in facets if f.attribute == "statement" for v in f.values]


def test_a_split_quote_is_shown_without_the_words_around_its_cue(nlp):
    assert _statement_labels(nlp, SPLIT) == [
        "said: “I don’t think it should be done behind closed doors … "
        "I think it’s the way this committee should operate”"
    ]


def test_without_the_marks_the_cue_shows_inside_the_quote(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "SPLIT_QUOTE_MARKS", "")
    (label,) = _statement_labels(nlp, SPLIT)
    assert "Chaffetz said" in label


def test_a_quote_in_one_piece_is_shown_whole(nlp):
    assert _statement_labels(nlp, WHOLE) == [
        "said: “I think it’s the way this committee should operate”"
    ]


INNER = (
    "Sanders spoke in Ohio.\n\n"
    'Sanders said the tax breaks used by Trump and others "do nothing to boost the economy."'
)


def test_a_quotation_inside_the_words_is_in_single_marks_and_closed(nlp):
    assert _statement_labels(nlp, INNER) == [
        "said: “the tax breaks used by Trump and others ‘do nothing to boost the economy’”"
    ]


def test_without_the_inner_marks_the_label_opens_a_quote_it_never_closes(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "_inner_quotes", lambda words: words)
    (label,) = _statement_labels(nlp, INNER)
    assert (
        label == 'said: “the tax breaks used by Trump and others "do nothing to boost the economy”'
    )
