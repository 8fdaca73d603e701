"""What may, must or is to happen is no happening, on real parses: an event verb told with a
modal of possibility, duty or condition (MODAL_EVENT_RULE: "Cruz must win 58 percent", "Kopp
could be charged"), a passive infinitive (PASSIVE_INFINITIVE_RULE: "Elian, Dad To Be Reunited"),
a bare verb conjoined to a wanted infinitive (CONJOINED_INFINITIVE_RULE: "vowed to find the
bombers and bring them to justice") and a readiness ("appeared poised to win") make no claim;
a perfect ("may have been killed") and a plan ("will defend") keep theirs."""

from __future__ import annotations

import pytest
from claims_reads import event_claims


def predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ted Cruz must win 58 percent of the outstanding delegates.", "win"),
        ("Federal officials said Kopp could be charged under the Act.", "charge"),
        ("Sanders could be met by a chorus of boos.", "meet"),
        ("Experts say why Trump might not win the general election.", "win"),
        ("Clinton would beat Trump by six points in Ohio.", "v:beat"),
        ("A loss in Florida would end Rubio's campaign, and Cruz should win Texas.", "win"),
    ],
)
def test_an_event_told_with_a_modal_is_no_happening(nlp, text, predicate):
    assert predicate not in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The man may have been killed on Friday.", "kill"),  # a past happening, hedged
        ("He will defend his title in Moscow on Sept. 8.", "v:defend@planned"),
        ("Kopp was charged with murder on Thursday.", "charge"),
    ],
)
def test_a_perfect_a_plan_or_a_plain_past_keeps_its_event(nlp, text, predicate):
    assert predicate in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Castro: Elian, Dad To Be Reunited", "v:reunite"),
        ("He traveled to affirm his desire to be reunited with his son.", "v:reunite"),
        ("The suspect is expected to be arrested soon.", "arrest"),
    ],
)
def test_a_passive_infinitive_is_wanted_not_done(nlp, text, predicate):
    assert predicate not in predicates(nlp, text)


def test_a_passive_infinitive_under_a_verb_of_seeming_is_a_state_seen(nlp):
    text = "Clinton and Sanders appeared to be locked in a close race in Iowa."
    assert "v:lock" in predicates(nlp, text)


def test_a_passive_infinitive_a_head_realises_stays(nlp):
    text = "The children managed to be rescued on Friday."
    assert "v:rescue" in predicates(nlp, text)


def test_a_verb_conjoined_to_a_wanted_infinitive_is_wanted(nlp):
    text = "Clinton vowed to find the bombers and bring them to justice."
    assert "v:bring" not in predicates(nlp, text)


def test_a_verb_conjoined_to_a_done_verb_is_done(nlp):
    text = "Albright found the bombers and brought them to justice."
    assert "v:bring" in predicates(nlp, text)


def test_a_readiness_is_no_happening(nlp):
    text = "Trump appeared poised to win his first contest of the 2016 campaign."
    assert not {"v:poise", "win"} & set(predicates(nlp, text))
