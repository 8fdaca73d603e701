"""A verb of the tables whose event needs a person as its object, told of a thing, is an act of
its own, on the real parse (THING_OBJECT_RULE): "released a video on Wednesday" is a release
(v:release) with its date and denial, not the freeing of a person, nor nothing."""

from __future__ import annotations

from claims_reads import event_claims, only, words


def test_a_thing_released_is_dated_as_an_act_of_its_own(nlp):
    text = "Trump released a video on Instagram on Wednesday featuring the voices of Lewinsky."
    claim = only(event_claims(nlp, text), "v:release")
    assert words(text, claim.time.span) == "Wednesday"
    assert claim.arguments == ["video"]
    assert not claim.negated


def test_a_thing_not_released_is_denied(nlp):
    text = "The agency did not release roughly 5,500 more pages of emails on Thursday."
    claim = only(event_claims(nlp, text), "v:release")
    assert claim.negated


def test_a_thing_released_in_the_passive_is_read_too(nlp):
    text = "The transcripts were released on Monday."
    claim = only(event_claims(nlp, text), "v:release")
    assert words(text, claim.time.span) == "Monday"


def test_people_released_stay_the_tables_release(nlp):
    claims = event_claims(nlp, "Police released the hostages on Monday.")
    assert [c.predicate for c in claims] == ["release"]


def test_a_charged_visit_is_still_no_act(nlp):
    # CHARGED_ADJECTIVE_RULE comes first: a mood, not a charge nor an act of charging
    claims = event_claims(nlp, "It was a politically charged visit to the border.")
    assert not [c for c in claims if c.predicate in ("charge", "v:charge")]
