"""Story grouping with recurring actors: famous names shared across weeks do not grow a story.

A campaign season names the same people in every report (Clinton, Rubio, Bush, Trump); a story
is one set of events. Beyond ``entity_reach_days`` after a story's first date, shared actors no
longer count towards joining it: only what the article reports (words, figures, lead) does.
"""

from __future__ import annotations

import pytest

from corroborator.errors import ConfigError
from corroborator.group import StoryGrouper, StoryItem
from test_group import entity_keys

NAMES = "Hillary Clinton, Marco Rubio, Jeb Bush and Donald Trump were in the spotlight."

# Six campaign events three days apart (Jan 4 to Jan 19), each told once, all naming the same
# four candidates: with shared actors counting at any distance they chain into one story.
CAMPAIGN = [
    (
        "c-debate",
        "2016-01-04",
        "Candidates clash over taxes at Des Moines debate",
        "The candidates clashed over tax cuts at a televised debate in Des Moines on Monday night. "
        + NAMES
        + " Moderators pressed them on the deficit and on corporate rates.",
    ),
    (
        "c-poll",
        "2016-01-07",
        "New survey shows tightening race among likely voters",
        "A new survey of likely voters released Thursday showed the race tightening. "
        + NAMES
        + " Pollsters interviewed respondents by telephone over four evenings.",
    ),
    (
        "c-donors",
        "2016-01-10",
        "Fundraising reports show record donations to super PACs",
        "Quarterly fundraising reports filed Sunday showed record donations to super PACs. "
        + NAMES
        + " Wealthy donors in Texas and California gave the largest checks.",
    ),
    (
        "c-endorse",
        "2016-01-13",
        "Newspaper editorial board backs a candidate",
        "The editorial board of a major newspaper announced its endorsement on Wednesday. "
        + NAMES
        + " Editors praised experience and temperament in a long editorial.",
    ),
    (
        "c-ads",
        "2016-01-16",
        "Television ad spending surges before caucuses",
        "Campaigns poured money into television advertising this week before the caucuses. "
        + NAMES
        + " Broadcasters reported booked airtime through the end of the month.",
    ),
    (
        "c-rally",
        "2016-01-19",
        "Crowds fill arena for weekend rally in Cedar Rapids",
        "Thousands of supporters filled an arena in Cedar Rapids for a rally on Tuesday. "
        + NAMES
        + " Volunteers handed out signs and registered new voters at the doors.",
    ),
]

# One event told by two outlets a day apart, late in the same season, naming the same people.
WITHDRAWAL = [
    (
        "w-wire",
        "2016-01-22",
        "Christie ends presidential bid after poor showing",
        "New Jersey Governor Chris Christie ended his presidential campaign on Friday after a "
        "sixth-place finish, telling supporters in Mendham that he had no regrets. "
        + NAMES
        + " Christie had staked his bid on a strong result and spent 70 days campaigning.",
    ),
    (
        "w-paper",
        "2016-01-23",
        "Christie quits the race, citing sixth-place finish",
        "Chris Christie, the New Jersey governor, quit the presidential race, a day after his "
        "sixth-place finish, and told supporters in Mendham he had no regrets. "
        + NAMES
        + " He had spent 70 days campaigning and staked his bid on a strong result.",
    ),
]


@pytest.fixture(scope="module")
def season(nlp) -> list[StoryItem]:
    rows = CAMPAIGN + WITHDRAWAL
    keys = entity_keys(nlp, [f"{title}\n{text}" for _, _, title, text in rows])
    return [
        StoryItem(aid, text, title, published, ents)
        for (aid, published, title, text), ents in zip(rows, keys, strict=True)
    ]


def _stories(items: list[StoryItem], **settings: object) -> list[list[str]]:
    grouper = StoryGrouper(**settings)
    for item in sorted(items, key=lambda i: (i.published or "", i.article_id)):
        grouper.add(item)
    return sorted(sorted(s.articles) for s in grouper.stories())


def _largest(stories: list[list[str]]) -> list[str]:
    return max(stories, key=len)


def test_famous_names_alone_do_not_chain_a_story_across_weeks(season) -> None:
    stories = _stories(season)
    campaign = {aid for aid, *_ in CAMPAIGN}
    for story in stories:
        # No story holds campaign events more than the reach (7 days) apart.
        held = [row for row in CAMPAIGN if row[0] in story]
        if len(held) > 1:
            first, last = held[0][1], held[-1][1]
            assert (int(last[-2:]) - int(first[-2:])) <= 7, story
    assert any(set(s) & campaign for s in stories)


def test_switched_off_the_names_chain_the_season(season) -> None:
    # The same stream with shared actors counted at any distance: the events chain.
    stories = _stories(season, entity_reach_days=None)
    largest = _largest(stories)
    assert "c-debate" in largest and "c-ads" in largest, stories


def test_two_reports_of_one_event_a_day_apart_still_group(season) -> None:
    stories = _stories(season)
    assert any({"w-wire", "w-paper"} <= set(s) for s in stories), stories


def test_bad_reach_is_refused() -> None:
    with pytest.raises(ConfigError):
        StoryGrouper(entity_reach_days=-1)
