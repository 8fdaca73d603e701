"""A he/she told before anyone has been a subject stands for the person the sentence before
named (OBJECT_ANTECEDENT_RULE): a lede often names whom it is about as the object of the act.
On real parses."""

from __future__ import annotations

from claims_reads import event_claims, only


def test_a_pronoun_after_a_lede_naming_its_person_as_object_is_that_person(nlp):
    text = (
        "A Georgia judge handed Brian Nichols four consecutive life sentences. "
        "He was not convicted of killing four people."
    )
    claim = only(event_claims(nlp, text), "convict")
    assert claim.negated
    assert [p.entity for p in claim.participants if p.role == "patient"] == ["person:nichols"]


def test_a_pronoun_with_no_person_named_before_stands_for_no_one(nlp):
    text = "A judge spoke on Monday. He was not convicted of killing four people."
    claim = only(event_claims(nlp, text), "convict")
    assert claim.participants == []


def test_a_subject_named_earlier_still_comes_first(nlp):
    text = (
        "Mark Smith testified on Monday. Police arrested John Brown later. "
        "He was not charged with murder."
    )
    claim = only(event_claims(nlp, text), "charge")
    assert [p.entity for p in claim.participants] == ["person:smith"]
