"""Round-20 readings of the certainty grades (real spaCy parses): what a belief, hope or proposal
holds in its "that" clause (``SPECULATION_NOUNS``), and "gonna" (``INFINITIVE_MARKS``), are
speculation; a denial verb that turns down a person is a vote or a firing, no denial
(``_turns_down_a_person``); "couldn’t" with a typographic apostrophe is a past inability, as
"couldn't" is; a report "citing an anonymous source" is anonymous (``ANONYMITY_WORDS``); an
envoy holds an office (``OFFICE_ROLES``)."""

from __future__ import annotations

import pytest
from certainty_reads import graded


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Sanders reiterated his belief that there will be a contested convention.", "belief"),
        ("Critics voiced the hope that the platform will endorse a higher wage.", "hope"),
        (
            "It is not an unreasonable assumption that these e-mails are contained somewhere.",
            "assumption",
        ),
    ],
)
def test_what_a_belief_hope_or_assumption_holds_is_speculation(nlp, sentence, cue):
    assert graded(nlp, sentence) == ("speculation", [cue])


@pytest.mark.parametrize(
    "sentence",
    [
        "France and Germany unveiled a proposal for increased cooperation.",
        "Clinton laid out her proposals to increase national service.",
    ],
)
def test_a_proposal_unveiled_with_no_that_clause_is_no_speculation(nlp, sentence):
    assert graded(nlp, sentence)[0] != "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "So it’s gonna wind up being a situation that empowers people, Carson said.",
        "“They’re gonna live to regret it,” Ryan said.",
    ],
)
def test_gonna_is_a_prediction(nlp, sentence):
    assert graded(nlp, sentence) == ("speculation", ["gon"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Bush had been soundly rejected by an electorate he no longer recognized.",
        "Voters rejected Bush in the primary.",
        "Trump did not dismiss Lewandowski on Tuesday.",
    ],
)
def test_turning_down_a_person_is_no_denial(nlp, sentence):
    assert graded(nlp, sentence)[0] != "denial"


@pytest.mark.parametrize(
    "sentence",
    ["The ministry rejected the claim.", "He's always denied it.", "He has always denied it."],
)
def test_turning_down_a_claim_stays_a_denial(nlp, sentence):
    assert graded(nlp, sentence)[0] == "denial"


@pytest.mark.parametrize("apostrophe", ["\u2019", "'"])
def test_a_past_inability_with_either_apostrophe_is_no_speculation(nlp, apostrophe):
    sentence = f"Sullivan says he couldn{apostrophe}t send her the statement."
    assert graded(nlp, sentence)[0] == "named"


def test_a_report_citing_an_anonymous_source_is_anonymous(nlp):
    sentence = (
        "Members of the Trump family soured on Lewandowski, the Post reported, citing an "
        "anonymous source."
    )
    assert graded(nlp, sentence)[0] == "anonymous"


def test_an_envoy_speaks_on_the_record_and_an_adviser_is_named(nlp):
    assert graded(nlp, "Dennis Ross, a former special envoy, said the talks failed.")[0] == (
        "on_record"
    )
    assert graded(nlp, "Dennis Ross, a former adviser, said the talks failed.")[0] == "named"
