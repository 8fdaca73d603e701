"""How reconcile ties values to one instance of an event: hand-written reports of one happening
dispute a changed value; reports of two happenings of one kind, mixed in one story, do not."""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article, Story


def story_facets(nlp, reports):
    """The facets of one story made of the given (outlet, text) reports, taken as one story
    whatever a grouper would make of them (a story can mix two happenings of one kind)."""
    articles = {
        f"a{n}": Article(
            id=f"a{n}", text=text, source=f"test/{n}", outlet=outlet, published="2024-04-10"
        )
        for n, (outlet, text) in enumerate(reports)
    }
    analyses = {key: analyze_doc(nlp(a.text), a, "test") for key, a in articles.items()}
    facets, _, _ = reconcile.reconcile(Story(id="s", articles=list(articles)), articles, analyses)
    return facets


def contradicted(facets, attribute):
    return [f for f in facets if f.attribute == attribute and f.verdict == "contradicted"]


# Two shootings of one kind: one at an office party on Friday, one at an
# accounting firm on Monday, told of different people.
VANCOUVER = (
    "A gunman shot a man at an office party on Friday, police said. "
    "Constable Tim Fanning said officers arrested Kenneth Kirkpatrick."
)
DETROIT = (
    "A gunman shot a woman at an accounting firm on Monday, police said. "
    "Anthony LaCalamita was arrested after a chase, Sergeant Mark Steinberg said."
)


@pytest.mark.parametrize(
    ("second", "disputed"),
    [
        # one happening: the second report names the same constable, and changes the day
        (VANCOUVER.replace("Friday", "Monday"), True),
        # another happening of one kind: no one and nothing named in common
        (DETROIT, False),
    ],
)
def test_ledes_of_reports_naming_nothing_in_common_tie_no_instance(nlp, second, disputed):
    facets = story_facets(nlp, [("Wire", VANCOUVER), ("Daily", second)])
    assert bool(contradicted(facets, "date")) is disputed


def test_a_disputed_place_needs_no_other_name_in_common(nlp):
    # the place is the value in dispute: a report that names no other thing still disputes it
    first = "A fire destroyed a supermarket in Manchester on Saturday."
    second = "A fire destroyed a supermarket in Glasgow on Saturday."
    facets = story_facets(nlp, [("Wire", first), ("Daily", second)])
    assert contradicted(facets, "place")


def test_a_disputed_place_between_reports_about_different_people_is_two_fires(nlp):
    first = (
        "A fire destroyed a supermarket in Manchester on Saturday, fire officer Peter Guest said."
    )
    second = (
        "A fire destroyed a supermarket in Glasgow on Saturday, police spokesman Robert "
        "Pitman said."
    )
    facets = story_facets(nlp, [("Wire", first), ("Daily", second)])
    assert not contradicted(facets, "place")


@pytest.mark.parametrize(
    ("first_names", "second_names", "kind", "apart"),
    [
        ({("person", "fanning")}, {("person", "fanning")}, "date", False),
        ({("person", "fanning")}, {("person", "steinberg")}, "date", True),
        # a report that names nothing tells nothing apart
        ({("person", "fanning")}, set(), "date", False),
        # one name keyed two ways by the parser ("org:staunton", "place:staunton")
        ({("org", "staunton")}, {("place", "staunton")}, "date", False),
        # the names in dispute are left out: places for a place, people for a role
        ({("place", "banstead")}, {("place", "wellington")}, "place", False),
        (
            {("person", "smith"), ("place", "staunton")},
            {("person", "keller")},
            "participants",
            False,
        ),
        ({("person", "smith"), ("place", "staunton")}, {("place", "lagos")}, "participants", True),
    ],
)
def test_reports_about_others(first_names, second_names, kind, apart):
    def statement(names):
        return reconcile._Statement(None, None, None, "", "", kind, report_names=frozenset(names))

    assert reconcile._about_others(statement(first_names), statement(second_names)) is apart


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Staunton Police Department arrested Sharron Smith.", {"staunton", "smith"}),
        # kinds of place and institution tell nothing apart
        ("Tara Reid checked into Promises Treatment Center.", {"reid", "promises"}),
    ],
)
def test_report_names_are_the_telling_words_of_names(nlp, text, words):
    article = Article(id="t", text=text, source="test", published="2024-04-10")
    analysis = analyze_doc(nlp(text), article, "test")
    assert {word for _, word in reconcile._report_names(analysis)} == words
