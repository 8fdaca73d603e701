"""Offices that make a named speaker on the record, as the labels define them: a member of a
parliament ("lawmaker", "congressman"), a government house's staff ("the White House climate
change adviser"), a post told in a relative clause on the name ("Robert Reich, who served as
labor secretary"); and the risks: a person's own adviser, a job that is no post ("who runs
Clinton's get-out-the-vote effort"), a "chief" that ranks a job ("the chief strategist on
President Obama's campaigns") stay named (real spaCy parses)."""

from __future__ import annotations

import pytest
from certainty_reads import graded, graded_last


@pytest.mark.parametrize(
    "sentence",
    [
        "State lawmaker John Smith said the bill would pass.",
        "Congressman John Smith said the bill would pass.",
        "Brian Deese, the White House climate change adviser, said the plans were ready.",
    ],
)
def test_a_lawmaker_or_a_government_houses_staff_is_on_the_record(nlp, sentence):
    assert graded(nlp, sentence)[0] == "on_record"


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Begala, a former political adviser to Mr. Clinton, said the plan was bold.",
        "Campaign adviser John Smith said the plan was bold.",
    ],
)
def test_a_persons_adviser_is_named(nlp, sentence):
    assert graded(nlp, sentence)[0] == "named"


@pytest.mark.parametrize(
    "text",
    [
        # the post in the speaker's own relative clause
        'The party met on Monday. "She needs one or two big ideas," said Robert Reich, who '
        "served as labor secretary during Mr. Clinton's first term.",
        # the post in a relative clause at an earlier mention
        "Jane Doe, who was a senator from Ohio, spoke on Monday. Doe said the bill would pass.",
    ],
)
def test_a_post_told_in_a_relative_clause_is_on_the_record(nlp, text):
    assert graded_last(nlp, text)[0] == "on_record"


@pytest.mark.parametrize(
    "text",
    [
        # a job, not a post
        "Rucker Culpepper, who runs Clinton's get-out-the-vote effort, spoke on Monday. "
        "Culpepper said the vote would be close.",
        # "chief" ranking a job that is no office
        'The race is close. "It is hard for her," said David Axelrod, who was the chief '
        "strategist on President Obama's campaigns.",
    ],
)
def test_a_job_told_in_a_relative_clause_is_named(nlp, text):
    assert graded_last(nlp, text)[0] == "named"


def test_chief_at_the_roles_end_is_still_an_office(nlp):
    assert graded(nlp, "Fire chief John Smith said the blaze was contained.")[0] == "on_record"
