"""Entities, on real parses: an article that names two people of one surname keys them apart
(SHARED_SURNAME_RULE): the one it names first keeps the surname's key, with every bare surname,
the other is keyed by surname and given name; one person per surname keeps the surname key."""

from __future__ import annotations

import pytest
from entities_reads import person_keys, read

from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.entities import story_person_keys

# --- where the rule applies -------------------------------------------------------------------


def test_two_clintons_are_two_people_and_the_bare_surname_is_the_one_named_first(nlp):
    text = (
        "Hillary Clinton campaigned in Iowa on Monday with her husband, former President Bill "
        "Clinton. Later, Hillary Clinton told reporters she would win. Clinton said the state "
        "was close."
    )
    assert person_keys(nlp, text) == [
        ("Hillary Clinton", "person:clinton"),
        ("Bill Clinton", "person:clinton~bill"),
        ("Hillary Clinton", "person:clinton"),
        ("Clinton", "person:clinton"),
    ]
    _, _, entities, _ = read(nlp, text)
    roles = {e.key: e.roles for e in entities}
    assert roles["person:clinton~bill"] == ["former President"]  # his role, not hers
    assert roles["person:clinton"] == []


def test_the_person_named_first_keeps_the_surname_key(nlp):
    text = (
        "On Monday, Bill Clinton spoke in Des Moines for his wife, Hillary Clinton. Clinton "
        "told the crowd that she was ready."
    )
    assert person_keys(nlp, text) == [
        ("Bill Clinton", "person:clinton"),
        ("Hillary Clinton", "person:clinton~hillary"),
        ("Clinton", "person:clinton"),
    ]


def test_two_voices_of_one_surname_are_two_voices(nlp):
    # "Ivanka Trump" is tagged a work of art here; she is read as a person all the same
    text = (
        "On Monday, Donald Trump arrived in Cleveland. His daughter Ivanka Trump introduced "
        'him. "He is a fighter," Ivanka Trump said. Trump said he would win.'
    )
    doc, article, _, mentions = read(nlp, text)
    said = [
        (text[a.content.start : a.content.end], a.source.entity)
        for a in extract_attributions(doc, article, mentions)
    ]
    assert [voice for content, voice in said if "fighter" in content] == ["person:trump~ivanka"]
    assert [voice for content, voice in said if "would win" in content] == ["person:trump"]


def test_a_brother_named_with_a_middle_initial(nlp):
    text = (
        "On Monday, Jeb Bush campaigned in South Carolina with his brother, former President "
        "George W. Bush. Bush said he was proud."
    )
    assert person_keys(nlp, text) == [
        ("Jeb Bush", "person:bush"),
        ("George W. Bush", "person:bush~george"),
        ("Bush", "person:bush"),
    ]


# --- where it must not ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # one person, in full and by the surname: the surname key, as ever
        "Hillary Clinton campaigned in Iowa on Monday. Clinton said she would win the state.",
        # the surname of two words, written with and without the given name
        "Rep. Debbie Wasserman Schultz said the party was united. Wasserman Schultz spoke in "
        "Miami on Monday.",
        # a nickname and the given name it stands for
        "Sen. Chuck Grassley said the hearing would go on. Charles Grassley, the chairman, "
        "added that Grassley would not yield.",
        # a word the parser ran into the name: "Will" is a verb here
        "Game over. Will Sanders come down off the stage? Bernie Sanders said he would stay.",
        # a slogan between quotation marks names no one
        'A protester wore a shirt that read "Fascist Trump," and Donald Trump pointed at him.',
        # one given name written two ways (GIVEN_SPELLING_LETTERS)
        "Bettie Page died Thursday of pneumonia at a Los Angeles area hospital. She was born "
        "Betty Mae Page on April 22, 1923 in Nashville, Tennessee. By the late 1950s, Bettie "
        "Page had virtually disappeared from the public eye.",
        # one given name in two transliterations (names.TRANSLIT_RULES: Yevgeny ~ Evgeny)
        "Wagner chief Evgeny Prigozhin met the president on June 29. On Monday, Yevgeny "
        "Prigozhin was last seen in Rostov, and Prigozhin has not spoken since.",
        # a capitalised word opening a sentence, written nowhere else inside one
        "Bashing Trump may be job one for the campaign. On Monday, Donald Trump said that he "
        "would win. Trump spoke for an hour.",
    ],
)
def test_one_person_keeps_one_surname_key(nlp, text):
    found = person_keys(nlp, text)
    assert found
    assert {key for _, key in found} == {found[0][1]}
    assert "~" not in found[0][1]


# --- across a story ---------------------------------------------------------------------------


def test_a_story_keys_each_person_of_a_surname_one_way(nlp):
    only_hillary = "Hillary Clinton campaigned in Iowa on Monday. Clinton said she would win."
    also_hillary = (
        "Hillary Clinton spoke in Ohio on Tuesday with her husband, former President Bill "
        "Clinton. Clinton said the state was close."
    )
    about_bill = (
        "On Monday, Bill Clinton spoke in Des Moines for his wife, Hillary Clinton. Clinton "
        "told the crowd that she was ready."
    )
    groups = [read(nlp, text)[2] for text in (only_hillary, also_hillary, about_bill)]
    assert story_person_keys(groups) == [
        {},
        {},
        {"person:clinton~hillary": "person:clinton"},  # Bill there shares her key, never a new one
    ]


def test_a_story_with_one_person_per_surname_renames_nothing(nlp):
    texts = (
        "Hillary Clinton campaigned in Iowa on Monday. Clinton said she would win.",
        "On Monday, Bill Clinton spoke in Des Moines. Clinton told the crowd he was proud.",
    )
    groups = [read(nlp, text)[2] for text in texts]
    assert story_person_keys(groups) == [{}, {}]


def test_a_story_keys_one_person_spelt_two_ways_one_way(nlp):
    texts = (
        "Pin-up icon Bettie Page died on Thursday. Fans of Bettie Page mourned, and Page was 85.",
        "Pinup icon Bettie Page died Thursday evening at a hospital in Los Angeles. Page was "
        "survived by her sister Joyce Wallace of Georgia, and her brother Jack Page, who lives "
        "in Nashville, Tennessee.",
        "The pin-up model Betty Page died on Thursday in Los Angeles. Page was 85.",
    )
    groups = [read(nlp, text)[2] for text in texts]
    assert "person:page~jack" in {e.key for e in groups[1]}  # her brother is another person
    assert story_person_keys(groups) == [{}, {}, {}]
