"""Boilerplate rule tables and text conventions, with positive and negative literal lines."""

from __future__ import annotations

import pytest

from corroborator.ingest.clean import clean_text


def reasons(text: str) -> list[str]:
    return [r.reason for r in clean_text(text)[1]]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("READ MORE: Putin puppet vows to unleash nuclear hell", "read-more"),
        ("Read more: Wagner chief seen in Minsk", "read-more"),
        ("READ MORE - Kremlin denies the meeting", "read-more"),
        ("Source: Read Full Article", "source-footer"),
        ("source: read full article.", "source-footer"),
        (
            "We use your sign-up to provide content in ways you’ve consented to and to improve "
            "our understanding of you. You can unsubscribe at any time. More info",
            "consent-notice",
        ),
        ("Click here to sign up for breaking news alerts", "click-here"),
        ("Follow us on Twitter", "follow-us"),
        ("Follow us on Facebook and Instagram for updates", "follow-us"),
        ("Sign up to our newsletter", "newsletter"),
        ("Sign up for the free Morning Briefing newsletter", "newsletter"),
        ("Subscribe to our daily newsletter", "newsletter"),
        ("Putin sacks top general in charge of Ukraine war[INSIGHT]", "teaser"),
        (
            "This copy is for your personal, non-commercial use only. To order copies, visit "
            "www.djreprints.com.",
            "reprint-notice",
        ),
        ("Also on rt.com Journalists threatened with sedition arrests", "related-link"),
        ("Like this story? Share it with a friend!", "share-prompt"),
        ("Share this article", "share-prompt"),
        ("Tell us what YOU think...", "comments-prompt"),
        ("12 comments", "comments-prompt"),
        ('[button link="http://x.org/" type="big"] Send us YOUR review[/button]', "shortcode"),
        ("© 2023 Reuters. All rights reserved.", "copyright"),
        ("Copyright 2019 The Associated Press", "copyright"),
        ("Jewels after Jewels, installation views, photos © Inexhibit, 2018", "photo-credit"),
        ("(Reporting by Guy Faulconbridge; Editing by Alex Richardson)", "wire-credit"),
        ("Reporting by Mark Trevelyan; Additional reporting by Lidia Kelly", "wire-credit"),
        ("Advertisement", "advert"),
        ("Story continues below advertisement", "advert"),
        ("RELATED: Wagner chief seen in Minsk", "related-link"),
        ("Image source, Getty Images", "image-caption"),
        ("Image caption, Wagner fighters left Rostov on Saturday night", "image-caption"),
        ("Photo credit: Reuters", "image-caption"),
        (
            "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
            "newsletter",
        ),
        ("Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.", "contact-line"),
        ("Updated at 1:23 p.m.", "timestamp"),
        ("Last updated: 10 July 2023 09:30 BST", "timestamp"),
    ],
)
def test_boilerplate_lines_are_removed(line: str, reason: str) -> None:
    text = f"The Kremlin said on Monday that the meeting took place.\n\n{line}\n\nHe left."
    clean, removed, _ = clean_text(text)
    assert [r.reason for r in removed] == [reason]
    assert removed[0].text == line.strip()
    assert line not in clean
    assert clean == "The Kremlin said on Monday that the meeting took place.\n\nHe left."


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the mutiny in our explainer, the editor said.",
        "Analysts say readers should read more than one account of the meeting.",
        "He said the source of the leak was a Kremlin official.",
        "Critics urged voters to click here and there on the ballot, officials said.",
        "Prigozhin refused to follow us on the road to Moscow, a commander said.",
        "Millions sign up to the state pension scheme every year.",
        "We use your data only as the law allows, the minister told parliament.",
        "Don't miss the point: the Kremlin has not denied the meeting.",
        'Peskov said the talks were "constructive" [sic] and lasted three hours.',
        "Also on Monday, the Kremlin said the meeting had lasted three hours.",
        "Share prices fell after the mutiny, traders said.",
        "The comments were made on state television.",
        "Copyright lawyers said the leaked diaries could not be published.",
        "All rights groups condemned the arrests, he said, and called for an inquiry.",
        "Reporting by state media suggested the meeting lasted three hours.",
        "Advertisement revenue fell sharply after the mutiny, the company said.",
        "Related talks were held in Minsk on Tuesday, officials said.",
        "Image makers in the Kremlin worked hard to repair Putin's standing.",
        "The paper said 20,000 readers subscribe to its newsletter every week.",
        "Have a look at the map: Wagner's convoy stopped 200 km from Moscow.",
        "Published reports said the meeting lasted 3 hours.",
        "Updated figures show 35 people were invited, Peskov said.",
    ],
)
def test_prose_is_kept(line: str) -> None:
    text = f"The Kremlin confirmed the meeting.\n\n{line}"
    clean, removed, _ = clean_text(text)
    assert removed == []
    assert clean == text


def test_teaser_block_removed_with_heading() -> None:
    text = (
        "First paragraph of the story.\n\nDon’t miss…\n"
        "Putin sacks top general[INSIGHT]\nLeaked diaries show ties[PICTURES]\n"
        "Putin’s behaviour pinpointed[VIDEO]\nShould he resign?[POLL]\n\nLast paragraph."
    )
    clean, removed, _ = clean_text(text)
    assert clean == "First paragraph of the story.\n\nLast paragraph."
    assert [r.reason for r in removed] == ["teaser"]
    assert removed[0].text.startswith("Don’t miss…\nPutin sacks")
    assert removed[0].text.endswith("[POLL]")


def test_dont_miss_heading_alone_is_kept() -> None:
    text = "Story.\n\nDon't miss\n\nMore story."
    assert clean_text(text)[0] == text


def test_date_line_is_metadata() -> None:
    clean, removed, meta = clean_text(" date 2023-07-10 Russian President Putin met him.\n\nNext.")
    assert clean.startswith("Russian President")
    assert meta["published"] == "2023-07-10"
    assert removed[0].reason == "date-line" and removed[0].text == "date 2023-07-10"


@pytest.mark.parametrize(
    "text",
    [
        "date 2023-13-45 is not a date.",  # invalid calendar date
        "The date 2023-07-10 was chosen.",  # not at the start
        "dated 2023-07-10 documents were leaked.",
    ],
)
def test_date_line_negative(text: str) -> None:
    clean, removed, meta = clean_text(text)
    assert clean == text and removed == [] and "published" not in meta


@pytest.mark.parametrize(
    "first",
    [
        "May Day marches draw thousands",
        "Sunday Times reporter held in Tehran",
        "2013 in review",
        "AT&T to buy Time Warner",
    ],
)
def test_headline_with_date_words_is_still_a_headline(first: str) -> None:
    assert clean_text(first + "\n\nBody text.")[2]["title"] == first


def test_headline_sets_title_and_stays_in_text() -> None:
    text = "Putin and Prigozhin met in secret\n\nThe Wagner chief attended a meeting."
    clean, _, meta = clean_text(text)
    assert meta["title"] == "Putin and Prigozhin met in secret"
    assert clean == text


@pytest.mark.parametrize(
    "text",
    [
        "The Wagner chief attended a meeting.\n\nHe left.",  # final punctuation: a sentence
        "Putin and Prigozhin met in secret\nThe Wagner chief attended a meeting.",  # no blank
        "One paragraph only with no headline",
        ("A very long first line " * 12).strip() + "\n\nBody.",  # too long for a headline
        "9 September 2013 , 14 : 08\n\nBody.",  # a time stamp (ECB+ pages open with them)
        "11 / 28 / 05\n\nBody.",
        "Updated Tue 28 Nov 2005 9:15 a.m. GMT\n\nBody.",
        "Updated : November 11 , 2011 20 : 09 IST\n\nBody.",
    ],
)
def test_headline_negative(text: str) -> None:
    assert "title" not in clean_text(text)[2]


def test_crlf_and_blank_runs_normalised() -> None:
    clean, _, _ = clean_text("A.\r\n\r\n\r\n\r\nB.\r\n")
    assert clean == "A.\n\nB."
