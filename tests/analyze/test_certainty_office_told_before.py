"""A named person whose office the article gave at an earlier mention of them ("Sullivan, then
deputy chief of staff to the secretary of state, …" then "Sullivan wrote …") speaks on the
record, as the labels define an office "named in the sentence or before it"; not an office told
of someone else, nor of another person of the same surname (real spaCy parses)."""

from __future__ import annotations

import pytest
from certainty_reads import graded_last


@pytest.mark.parametrize(
    "text",
    [
        # the office in an apposition to the surname, after the full name without one
        "Hillary Clinton's top policy staffer Jake Sullivan wrote many of the emails. Sullivan, "
        "then deputy chief of staff to the secretary of state, is now a senior adviser to the "
        "campaign. Feinstein said she did not know Jake Sullivan. Sullivan wrote that the "
        "document was classified.",
        # an office held before, with the full name, then the surname after another mention
        "Jake Sullivan, a former deputy chief of staff, joined the campaign in May. Feinstein "
        "said she had never met Jake Sullivan. Sullivan said the memo was never sent.",
        # the same person by the title given before the surname after the full name
        "Hillary Clinton spoke in Iowa on Monday. Mrs. Clinton, the former secretary of state, "
        "took questions. Clinton said the law had worked.",
    ],
)
def test_an_office_told_earlier_of_the_same_person_is_on_the_record(nlp, text):
    assert graded_last(nlp, text)[0] == "on_record"


@pytest.mark.parametrize(
    "text",
    [
        # another person of the same surname
        "Former President Bill Clinton spoke at the rally on Monday. Hillary Clinton said the "
        "economy was growing.",
        # a surname with a title before any full name refers back to no one
        "President Clinton signed the law in 1996. Hillary Clinton said the law had worked.",
        # the office of someone else in the sentence before, or of a possessor
        "Sullivan met Secretary of State John Kerry on Monday. Sullivan said the talks went well.",
        "President Obama's aide Jake Sullivan met the press on Monday. Sullivan said the talks "
        "went well.",
        "Jake Sullivan, the president's closest friend, met him on Monday. Sullivan said the "
        "talks went well.",
    ],
)
def test_an_office_of_someone_else_leaves_the_speaker_named(nlp, text):
    assert graded_last(nlp, text)[0] == "named"
