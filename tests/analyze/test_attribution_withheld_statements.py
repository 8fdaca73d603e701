"""A speaker who withholds a statement after making one: "said the vote would happen soon but
would not say when". The parser hangs the second predicate on the reported verb, sharing its
auxiliary, but it is the speaker's refusal, not what was said (``_refusal`` in
``_cut_conjoined_acts``). Real parses."""

from __future__ import annotations

from attribution_reads import read as _read
from attribution_reads import span_text as _text


def _readings(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    article, atts = _read(nlp, text)
    return [
        (_text(article, a.cue), _text(article, a.source.span), _text(article, a.content))
        for a in atts
    ]


def test_a_negated_speech_verb_after_but_ends_the_content(nlp):
    readings = _readings(nlp, "She said the vote would happen soon but would not say when.")
    assert ("said", "She", "the vote would happen soon") in readings


def test_details_not_offered_are_not_what_was_confirmed(nlp):
    text = (
        "Officials confirmed that the meeting would take place but would not offer "
        "details of the agenda."
    )
    assert ("confirmed", "Officials", "that the meeting would take place") in _readings(nlp, text)


def test_a_refusal_after_and_stays_in_the_content(nlp):
    # must not: after "and" the reported subject may be the one refusing
    text = "Police say he posed a deadly threat and refused to drop the gun."
    assert (
        "say",
        "Police",
        "he posed a deadly threat and refused to drop the gun",
    ) in _readings(nlp, text)
