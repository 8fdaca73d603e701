"""A wording idiom's "as" clause that comes before the statement it modifies (issue #5):
the content is what follows the clause, not the words before it, which hold the speaker
(``_after_opening_clause``): "Or, as Tom Ridge put it: ''…''". Checked with the real parse
where it applies and where the "as" clause follows its statement and must keep it."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

OPENING_AS_CLAUSES = [
    # a word before the "as" clause: the hull around the cue would hold the speaker
    (
        "Or, as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians "
        "are no longer at the gate. They're inside.''",
        "put it:",
        "''The barbarians are no longer at the gate. They're inside.''",
    ),
    ("~ As Vulture put it, “Hello, it’s the Biebs.”", "put it", "“Hello, it’s the Biebs.”"),
    (
        "That's because, as he puts it, \"the best thing we have going for us\" is that she's "
        "kept interest rates so low.",
        "puts it",
        '"the best thing we have going for us" is that she\'s kept interest rates so low',
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), OPENING_AS_CLAUSES)
def test_an_opening_as_clause_reads_what_follows_it(nlp, text, cue, content):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if "put" in (_text(article, a.cue) or "")]
    assert [(_text(article, a.cue), _text(article, a.content)) for a in hits] == [(cue, content)]


def test_a_closing_as_clause_keeps_the_statement_before_it(nlp):
    text = (
        'The primary requirement for the program is a "lawful source of investment income," '
        "as a Homeland Security memo put it."
    )
    article, atts = _read(nlp, text)
    hits = [a for a in atts if "put" in (_text(article, a.cue) or "")]
    assert [_text(article, a.content) for a in hits] == [
        'The primary requirement for the program is a "lawful source of investment income,"'
    ]
