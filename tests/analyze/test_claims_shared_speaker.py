"""Who did it, on the real parse: a verb conjoined to one whose subject is a quoted "I" has the
speaker as its doer too (SHARED_SPEAKER_RULE)."""

from __future__ import annotations

from claims_reads import event_claims


def _roles(nlp, text, predicate):
    return {
        (p.role, p.entity)
        for c in event_claims(nlp, text)
        if c.predicate == predicate
        for p in c.participants
    }


def test_a_verb_conjoined_to_a_quoted_i_is_done_by_the_speaker(nlp):
    text = (
        "\u201cOnce again, I support and endorse our speaker of the House, Paul Ryan,\u201d "
        "Trump told a crowd in Green Bay, Wisconsin."
    )
    assert ("agent", "person:trump") in _roles(nlp, text, "v:endorse")


def test_a_conjoined_verb_outside_a_quote_has_no_speaker(nlp):
    text = "Pence supports and endorses our speaker of the House, Paul Ryan, aides said."
    assert ("agent", "person:trump") not in _roles(nlp, text, "v:endorse")
    text = "\u201cHe met them and endorsed Paul Ryan,\u201d Trump told a crowd in Green Bay."
    assert ("agent", "person:trump") not in _roles(nlp, text, "v:endorse")
