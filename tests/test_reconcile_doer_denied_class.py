"""A denial that names its doer denies nothing of the deed another report tells with no doer,
whichever word of the event class each uses (reconcile._doer_denied): "Madeline Kafoury didn't
fire him" (his mother, a receptionist, said by her daughter) is no dispute with "LaCalamita had
been dismissed last week". Real spaCy parses (reconcile_reads.story_facets). Found on ECB+ dev
topic 18 once the claims stage read "She didn't fire him" with the right "him"
(claims.OWN_CLAUSE_RULE)."""

from __future__ import annotations

from corroborator import reconcile
from reconcile_reads import contradicted, story_facets

DISMISSED = "Anthony LaCalamita had been dismissed last week, the police said."
DENIAL = "Madeline Kafoury didn't fire Anthony LaCalamita, her daughter said."


def test_a_doer_denied_under_another_word_of_the_class_is_no_dispute(nlp):
    facets = story_facets(nlp, [("Wire", DISMISSED), ("Daily", DENIAL)])
    assert not contradicted(facets, "occurred")


def test_the_words_are_two_of_one_class(nlp):
    # what the test above rests on: the two claims are one facet of the "fire" class, each
    # with its own word
    facets = story_facets(nlp, [("Wire", DISMISSED), ("Daily", DENIAL)])
    assert any(f.attribute == "occurred" and f.subject.startswith("dismissal") for f in facets)


def test_with_the_word_compared_it_disputes(nlp, monkeypatch):
    original = reconcile._doer_denied

    def same_word(denied, stated):
        return denied.claim.relation == stated.claim.relation and original(denied, stated)

    monkeypatch.setattr(reconcile, "_doer_denied", same_word)
    facets = story_facets(nlp, [("Wire", DISMISSED), ("Daily", DENIAL)])
    assert contradicted(facets, "occurred")


def test_a_denial_with_no_doer_still_disputes(nlp):
    # must not: "was not dismissed" denies the dismissal itself
    denial = "Anthony LaCalamita was not fired last week, his lawyer said."
    facets = story_facets(nlp, [("Wire", DISMISSED), ("Daily", denial)])
    assert contradicted(facets, "occurred")
