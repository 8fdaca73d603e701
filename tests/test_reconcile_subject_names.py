"""How a facet's subject is named (_event_subject, _written_words). Hand-written reports, real
spaCy parses (reconcile_reads.story_facets).

A year that tells one event from another of its kind is when it took place, not what it was
done to: "attack in 2001", never "attack of 2001" (read as the attack's object). A role is
compared folded but shown as the story writes it: "Charlotte-Mecklenburg Police Chief", not
"Charlotte-mecklenburg police chief".
"""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets


def test_a_year_in_an_events_name_is_when_it_took_place(nlp):
    text = "Osama bin Laden was killed in 2011. The attack of 2001 killed thousands."
    facets = story_facets(nlp, [("wire", text)])
    subjects = {f.subject for f in facets}
    assert "attack in 2001" in subjects
    assert not any(" of 2001" in s for s in subjects)


def test_an_event_with_no_year_is_named_by_its_people(nlp):
    facets = story_facets(nlp, [("wire", "Osama bin Laden was killed by Navy SEALs on Monday.")])
    assert any(f.subject.startswith("killing (") for f in facets)
    assert not any(" in " in f.subject for f in facets if f.subject.startswith("killing"))


def test_a_role_keeps_the_stories_own_case(nlp):
    reports = [
        (
            "wire",
            "Charlotte-Mecklenburg Police Chief Kerr Putney said the officer was not wearing "
            "a body camera on Tuesday.",
        ),
        (
            "daily",
            "Kerr Putney, the Charlotte-Mecklenburg police chief, said the video would not be "
            "released.",
        ),
    ]
    holders = [f for f in story_facets(nlp, reports) if f.attribute == reconcile.ROLE_HOLDER]
    assert [f.subject for f in holders] == ["Charlotte-Mecklenburg police chief"]


def test_a_mark_that_is_no_year_is_what_the_event_is_of(nlp):
    text = (
        "Hasim Rahman, who has a record of 45-7-2 with 40 knockouts, will fight Vitali "
        "Klitschko on Saturday. Klitschko has a record of 36-2 with 35 knockouts."
    )
    subjects = {f.subject for f in story_facets(nlp, [("wire", text)])}
    assert "record of 45-7-2 (Rahman)" in subjects
