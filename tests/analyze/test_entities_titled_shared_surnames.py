"""Entities, on real parses: where an article names two people of one surname, a bare surname
written with a courtesy title ("Mr. Clinton", "Mrs. Clinton") is the person of that surname whose
gender the article shows matches the title (TITLED_SHARED_SURNAME_RULE); a bare surname without
one stays with the person named first (SHARED_SURNAME_RULE)."""

from __future__ import annotations

import pytest
from entities_reads import person_keys, read

from corroborator.analyze.attribution import extract_attributions

# --- where the rule applies -------------------------------------------------------------------


def test_mr_clinton_is_the_husband_where_the_wife_is_named_first(nlp):
    # her "her husband" shows her a woman, and him a man: "Mr. Clinton" is Bill
    text = (
        "On Monday, Hillary Clinton campaigned in Iowa with her husband, former President Bill "
        "Clinton. Mrs. Clinton said she would win the state. Mr. Clinton told the crowd that his "
        "wife was ready. Clinton left for Ohio."
    )
    assert person_keys(nlp, text) == [
        ("Hillary Clinton", "person:clinton"),
        ("Bill Clinton", "person:clinton~bill"),
        ("Clinton", "person:clinton"),  # Mrs. Clinton
        ("Clinton", "person:clinton~bill"),  # Mr. Clinton
        ("Clinton", "person:clinton"),  # the bare surname stays with the person named first
    ]


def test_ms_trump_is_the_daughter(nlp):
    text = (
        "On Monday, Donald Trump spoke in Ohio with his daughter Ivanka Trump. Ms. Trump said "
        "the country needed child care. Mr. Trump agreed."
    )
    assert person_keys(nlp, text) == [
        ("Donald Trump", "person:trump"),
        ("Ivanka Trump", "person:trump~ivanka"),
        ("Trump", "person:trump~ivanka"),
        ("Trump", "person:trump"),
    ]


def test_titles_of_both_genders_tell_two_people_apart(nlp):
    # only her gender is shown ("said she"); both titles written of two people: he is a man
    text = (
        "On Monday, Bill Clinton spoke in Des Moines. Later, Hillary Clinton said she was "
        "ready. Mr. Clinton told the crowd that the state was close. Mrs. Clinton thanked "
        "the voters."
    )
    assert person_keys(nlp, text) == [
        ("Bill Clinton", "person:clinton"),
        ("Hillary Clinton", "person:clinton~hillary"),
        ("Clinton", "person:clinton"),
        ("Clinton", "person:clinton~hillary"),
    ]


def test_the_words_of_mr_clinton_are_his(nlp):
    text = (
        "On Monday, Hillary Clinton campaigned in Iowa with her husband, former President Bill "
        'Clinton. "The economy is what matters," Mr. Clinton said. Mrs. Clinton said she would '
        "win the state."
    )
    doc, article, _, mentions = read(nlp, text)
    said = [
        (text[a.content.start : a.content.end], a.source.entity)
        for a in extract_attributions(doc, article, mentions)
    ]
    assert [voice for content, voice in said if "economy" in content] == ["person:clinton~bill"]
    assert [voice for content, voice in said if "win the state" in content] == ["person:clinton"]


# --- where it must not ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # one Clinton: her title names her, as ever
        "On Monday, Hillary Clinton campaigned in Iowa. Mrs. Clinton said she would win the state.",
        # the person named first shows no gender: "Mrs. Clinton" may be her, not the daughter
        "On Monday, Hillary Clinton's campaign said that her daughter, Chelsea Clinton, would "
        "speak in Iowa. Mrs. Clinton said the state was close.",
        # "Mr. and Mrs. Clinton" names both
        "On Monday, Bill Clinton campaigned in Iowa with his wife, Hillary Clinton. Mr. and "
        "Mrs. Clinton later flew to Ohio.",
    ],
)
def test_a_titled_surname_stays_with_the_person_named_first(nlp, text):
    found = person_keys(nlp, text)
    assert found[-1] == ("Clinton", "person:clinton")


def test_a_third_bearer_named_by_given_name_alone_keeps_the_titled_surname_unread(nlp):
    # "Mr. Khan" is Khizr, whom the article names only as "Khizr and Ghazala Khan", not the
    # son it names in full
    text = (
        "On Monday, Ghazala Khan said that she had lost her son, Capt. Humayun Khan, in Iraq. "
        "The parents, Khizr and Ghazala Khan, spoke at the convention. Mr. Khan said the "
        "country owed them nothing."
    )
    found = person_keys(nlp, text)
    assert ("Humayun Khan", "person:han~humaiun") in found
    assert found[-1] == ("Khan", "person:han")


def test_a_noun_set_beside_a_person_joined_by_and_is_not_the_first_persons(nlp):
    # "wife" is Melania Trump's, though the parser hangs it on Bill Clinton
    text = (
        "On Monday, Hillary Clinton said she would win Iowa. Gender roles collided again on "
        "Friday when Bill Clinton and Melania Trump, Republican nominee Donald Trump's wife, "
        "submitted cookie recipes for Family Circle. Mr. Clinton said his was better."
    )
    assert person_keys(nlp, text)[-1] == ("Clinton", "person:clinton~bill")
