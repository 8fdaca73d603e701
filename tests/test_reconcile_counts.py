"""Counts and places of one happening told by different verbs or dated by one report only:
hand-written reports where they dispute, and where they stay apart."""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from test_reconcile_instances import contradicted, story_facets

# A deputy's killing, and a killing of his brother-in-law months earlier that both reports
# recall: one dates it far from the story ("In January 2005"), the other does not.
DEPUTY = (
    "Sheriff's Deputy Juan Ortiz was shot and killed on June 24, 2005 in Hawaiian Gardens. "
    "Ortiz, 35, was shot by a gang member during a traffic stop. "
    "He leaves a wife and two sons. The gunman fled on foot. Officers searched the area. "
    "In January 2005, Ortiz's brother-in-law, Manuel Gonzalez, was stabbed to death at a "
    "state prison in Chino."
)
RECALLED = (
    "A Los Angeles County deputy, Juan Ortiz, died after a shooting on June 24, 2005 in "
    "Hawaiian Gardens. The deputy was shot during a traffic stop. Deputies arrested a suspect. "
    "Schools were closed. Roads were shut. "
    "Ortiz's brother-in-law, {victim}, was stabbed to death at a state prison in {town}."
)


def place_facets(facets, subject_word):
    return [f for f in facets if f.attribute == "place" and subject_word in f.subject]


def test_a_killing_one_report_dates_far_back_is_the_same_killing_undated_in_another(nlp):
    for published in (None, "2005-06-26"):
        same = story_facets(
            nlp,
            [("Wire", DEPUTY), ("Daily", RECALLED.format(victim="Manuel Gonzalez", town="Chino"))],
            published=published,
        )
        # one facet of the recalled killing, corroborated by both reports
        (gonzalez,) = place_facets(same, "Gonzalez")
        assert gonzalez.verdict == "corroborated"
        changed = story_facets(
            nlp,
            [("Wire", DEPUTY), ("Daily", RECALLED.format(victim="Manuel Gonzalez", town="Oslo"))],
            published=published,
        )
        (gonzalez,) = place_facets(changed, "Gonzalez")
        assert gonzalez.verdict == "contradicted"
        assert {v.label for v in gonzalez.values} == {"Chino", "Oslo"}


def test_another_person_killed_undated_is_not_the_recalled_killing(nlp):
    # the undated stabbing is of someone else: a person is killed once, not a place once
    facets = story_facets(
        nlp,
        [("Wire", DEPUTY), ("Daily", RECALLED.format(victim="Pedro Ruiz", town="Oslo"))],
        published=None,
    )
    assert not contradicted(facets, "place")


def test_a_recalled_killing_is_told_apart_by_its_own_values_not_the_story_s(nlp):
    # the two reports differ in the day, the arrests and the injured of the deputy's killing
    # (two accounts of it, by _accounts_apart), but the recalled stabbing is one, disputed
    first = DEPUTY.replace("The gunman fled on foot.", "Deputies arrested 2 suspects.").replace(
        "Officers searched the area.", "Two bystanders were injured."
    )
    second = (
        RECALLED.format(victim="Manuel Gonzalez", town="Oslo")
        .replace("died after a shooting", "was shot and killed")
        .replace("June 24", "June 25")
        .replace("Hawaiian Gardens", "Sacramento")
        .replace("Deputies arrested a suspect.", "Deputies arrested 5 suspects.")
        .replace("Schools were closed.", "Four bystanders were injured.")
    )
    facets = story_facets(nlp, [("Wire", first), ("Daily", second)], published=None)
    (own_date,) = [f for f in facets if f.attribute == "date" and "Ortiz" in f.subject]
    assert own_date.verdict != "contradicted"  # the story's own accounts stay apart
    (gonzalez,) = place_facets(facets, "Gonzalez")
    assert gonzalez.verdict == "contradicted"


ARRESTED = (
    "Two police officers were arrested on Sunday over the fatal shooting of a teenager in Athens."
)
CHARGED = (
    "{n} police officers were charged on Sunday over the fatal shooting of a teenager in "
    "Athens, a court official said."
)


def officer_counts(facets):
    return [f for f in facets if f.attribute.startswith("number of officer")]


def test_the_charged_are_counted_with_the_arrested(nlp):
    agree = story_facets(nlp, [("Wire", ARRESTED), ("Daily", CHARGED.format(n="Two"))])
    (count,) = officer_counts(agree)
    assert count.verdict == "corroborated"
    assert count.attribute == "number of officer arrested"
    differ = story_facets(nlp, [("Wire", ARRESTED), ("Daily", CHARGED.format(n="Six"))])
    (count,) = officer_counts(differ)
    assert count.verdict == "contradicted"


def test_a_report_counting_both_apart_keeps_the_charged_a_part_of_the_arrested(nlp):
    riot = (
        "Police arrested 12 protesters on Sunday after a riot in Athens, police said. "
        "Three protesters were charged with arson."
    )
    other = "Police arrested 12 protesters on Sunday after a riot in Athens, officials said."
    facets = story_facets(nlp, [("Wire", riot), ("Daily", other)])
    assert not [f for f in facets if f.verdict == "contradicted"]
    counts = {f.attribute for f in facets if f.attribute.startswith("number of protester")}
    assert len(counts) == 2  # the arrested and the charged, apart


# Three reports of a signing whose lede is the same; past it, each tells the player's season
# with the Angels by "hit", naming no one (the parser reads no subject in "the slugger hit").
SIGNING = (
    "The Boston Red Sox signed first baseman Mark Teixeira to an eight-year contract on "
    "Tuesday. The deal is worth $180 million. The team announced it at a news conference. "
    "Fans {verb} the signing. The Yankees had also bid for him. "
)
SEASON = (
    "After the July trade, the slugger hit .358 with 13 homers and 43 RBIs in {games} games "
    "with the Angels."
)
OTHER_SEASONS = (
    "Traded in July, the slugger hit 13 home runs and 43 RBIs in 54 games for the Angels.",
    "In 54 games with the Angels, the slugger hit .358 with 13 home runs and 43 RBIs.",
)


def season_story(nlp, season):
    reports = [("Wire", SIGNING.format(verb="cheered") + season)] + [
        (outlet, SIGNING.format(verb=verb) + other)
        for outlet, verb, other in zip(
            ("Daily", "Post"), ("welcomed", "hailed"), OTHER_SEASONS, strict=True
        )
    ]
    return [f for f in story_facets(nlp, reports, published=None) if "game" in f.attribute]


def test_a_count_in_common_ties_a_verb_outside_the_tables_to_one_happening(nlp):
    (games,) = season_story(nlp, SEASON.format(games=54))
    assert games.verdict == "corroborated"
    (games,) = season_story(nlp, SEASON.format(games=162))
    # "43 RBIs" in common: one season, whose games are disputed
    assert games.verdict == "contradicted"
    assert {v.label for v in games.values} == {"54", "162"}


def test_no_count_in_common_ties_nothing(nlp):
    # another season's line: no count in common, so not the season the others tell
    other = SEASON.replace("13 homers and 43 RBIs", "20 homers and 80 RBIs").format(games=100)
    (games,) = season_story(nlp, other)
    assert games.verdict == "corroborated"
    assert [v.label for v in games.values] == ["54"]


def test_small_counts_tie_nothing(nlp):
    from corroborator.analyze import analyze_doc
    from corroborator.model import Article

    text = "The slugger hit two homers and 43 RBIs in 54 games."
    article = Article(id="x", text=text, source="test/x", outlet="Wire")
    (claim,) = [c for c in analyze_doc(nlp(text), article, "test").claims if c.quantities]
    keys = reconcile._alignment_keys(claim)
    assert "n:43:rbi" in keys and "n:54:game" in keys
    assert not any(key.startswith("n:2:") for key in keys)  # below COUNT_KEY_MIN


CAPTURED = "The Indian Navy arrested 26 pirates in the Gulf of Aden on Thursday, officials said."
INTERCEPTED = (
    "An Indian warship on Thursday intercepted three boats with {n} Somali pirates in the Gulf "
    "of Aden."
)


def pirate_counts(facets, unit="pirate"):
    return [f for f in facets if f.attribute.startswith(f"number of {unit}")]


@pytest.mark.parametrize(("n", "verdict"), [("26", "corroborated"), ("78", "contradicted")])
def test_people_intercepted_are_counted_with_the_arrested(nlp, n, verdict):
    # a verb outside the tables makes an event when two reports or more tell it
    second = INTERCEPTED.format(n="26").replace("An Indian warship", "A navy frigate")
    reports = [("Wire", CAPTURED), ("Post", second), ("Daily", INTERCEPTED.format(n=n))]
    (count,) = pirate_counts(story_facets(nlp, reports))
    assert count.verdict == verdict


def test_a_report_counting_the_intercepted_and_the_arrested_apart_keeps_them_apart(nlp):
    apart = (
        "A coast guard cutter on Thursday intercepted two boats with 40 migrants off Malta. "
        "Officers arrested 12 migrants after the boats landed."
    )
    other = "Officers arrested 12 migrants off Malta on Thursday, the coast guard said."
    third = "A patrol boat intercepted two boats with 40 migrants off Malta on Thursday."
    facets = story_facets(nlp, [("Wire", apart), ("Daily", other), ("Post", third)])
    assert len(pirate_counts(facets, "migrant")) == 2  # the intercepted and the arrested
    assert not [f for f in facets if f.verdict == "contradicted"]
