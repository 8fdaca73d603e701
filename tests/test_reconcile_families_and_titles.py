"""Readings of reconcile, each with reports that truly disagree and reports that tell
different things. Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

- One person's family has one size (_one_family, _two_families, FAMILY_KINDS): two counts of
  the children of the household someone was born into, or of the children someone had, are one
  fact wherever their reports tell them; a count of each kind is two facts.
- A thing news names several ways is one thing to a denial (SAME_THINGS, _things_in_common):
  "did not retain his heavyweight crown" denies "retained his heavyweight titles".
- A head of government's title told with no country is the story's country's, which has one
  holder (BARE_TITLES, _bare_title_statements), disputed when two reports or more give it to
  one person and another report to someone no other report names.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

# --- one person's family has one size (_one_family, _two_families) ---------------------------

# A lede and five sentences of filler, so the family counts come past the ledes, where only
# what the two sentences name ties them to one fact.
PAGE_LEDE = (
    "Pinup icon Bettie Page died Thursday in Los Angeles at the age of 85. Fans left flowers at "
    "her star. Her films were shown again. A museum planned a show. Her agent spoke to "
    "reporters. Tributes poured in. "
)
# The claims stage finds no owner for this count, though the sentence names Page.
SIX_CHILDREN = (
    "Born in 1923 in Nashville, Tennessee, Bettie Mae Page was one of six children from an "
    "impoverished family."
)


def _family_verdicts(facets) -> list[str]:
    return [f.verdict for f in facets if f.attribute == "number of child"]


@pytest.mark.parametrize(
    ("other", "disputed"),
    [
        # the household she was born into, told with another count: one fact, disputed
        ("Bettie Page was the second of nine children.", True),
        # the same count: agreement
        ("Bettie Page was the second of six children.", False),
        # the children she had: another family, another fact
        ("Bettie Page was a mother of nine children.", False),
        # someone else's family: the sentence does not name Page
        ("Her agent, Mark Roesler, was one of nine children.", False),
    ],
)
def test_one_persons_family_has_one_size(nlp, other, disputed):
    facets = story_facets(nlp, [("Wire", PAGE_LEDE + SIX_CHILDREN), ("Daily", PAGE_LEDE + other)])
    verdicts = _family_verdicts(facets)
    assert verdicts
    assert ("contradicted" in verdicts) is disputed


def test_the_children_someone_had_and_their_siblings_are_two_facts(nlp):
    # both sentences name Ortiz as the count's owner, which ties any two counts of one event;
    # "one of seven sons" counts his parents' sons, "survived by ... two sons" his own
    lede = (
        "Sheriff's Deputy Jerry Ortiz was shot and killed on Friday in Hawaiian Gardens. The "
        "gunman fled on foot. Deputies searched the area overnight. A suspect was arrested on "
        "Saturday. The sheriff spoke to reporters. Flags flew at half-staff. "
    )
    own = "Jerry Ortiz is survived by his wife and two sons."
    for other, disputed in (
        ("Jerry Ortiz was one of seven sons.", False),
        ("Jerry Ortiz was the father of seven sons.", True),
    ):
        facets = story_facets(nlp, [("Wire", lede + own), ("Daily", lede + other)])
        assert bool(contradicted(facets, "number of son")) is disputed, other


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("father", "children"),
        ("mother", "children"),
        ("survive", "children"),
        ("one", "siblings"),
        ("second", "siblings"),
        ("family", "siblings"),
        ("uncle", None),
    ],
)
def test_family_kinds_are_named_data(word, kind):
    assert reconcile.FAMILY_KINDS.get(word) == kind


# --- a thing named several ways (SAME_THINGS, _things_in_common) -----------------------------

CROWN_DENIED = (
    "Wladimir Klitschko did not retain his IBF and WBO heavyweight crown in Mannheim on Saturday."
)


@pytest.mark.parametrize(
    ("stated", "disputed"),
    [
        # the crown is the titles
        (
            "Wladimir Klitschko retained his IBF and WBO heavyweight titles in Mannheim on "
            "Saturday.",
            True,
        ),
        # his trainer is no title
        ("Wladimir Klitschko retained his trainer Emanuel Steward in Mannheim on Saturday.", False),
    ],
)
def test_a_denial_of_a_thing_named_another_way_disputes(nlp, stated, disputed):
    facets = story_facets(nlp, [("Wire", stated), ("Daily", CROWN_DENIED)])
    occurred = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("retain")]
    assert occurred
    assert ("contradicted" in [f.verdict for f in occurred]) is disputed


def test_a_deal_denied_is_the_agreement_signed(nlp):
    facets = story_facets(
        nlp,
        [
            ("AP", "Lazaro Gonzalez signed the agreement with immigration officials on Monday."),
            ("NYT", "Lazaro Gonzalez did not sign the deal with immigration officials on Monday."),
        ],
    )
    assert contradicted(facets, "occurred")


@pytest.mark.parametrize(
    ("mine", "theirs", "common"),
    [
        (["crown"], ["title"], True),
        (["belt"], ["championship"], True),
        (["contract"], ["deal"], True),
        (["crown"], ["contract"], False),
        (["deal"], ["letter"], False),
        (["rehab"], ["rehab"], True),
        (["rehab"], ["hotel"], False),
    ],
)
def test_things_in_common_counts_a_thing_named_several_ways_once(mine, theirs, common):
    assert reconcile._things_in_common(mine, theirs) is common


# --- a title told with no country (BARE_TITLES, _bare_title_statements) --------------------

FIRE_WIRE = (
    "Three people died in a fire at a bank in Athens on Wednesday. Prime Minister George "
    "Papandreou said those responsible would be found."
)
FIRE_DAILY = (
    "A bank fire in Athens killed three people on Wednesday. Prime Minister George Papandreou "
    "said the killers would be brought to justice."
)


@pytest.mark.parametrize(
    ("speaker", "disputed"),
    [("Ingrid Solberg", True), ("George Papandreou", False)],
)
def test_a_prime_minister_no_other_report_names_disputes_the_title(nlp, speaker, disputed):
    post = (
        "Three bank workers died in Athens on Wednesday. Prime Minister "
        f"{speaker} said those responsible would be found."
    )
    facets = story_facets(nlp, [("Wire", FIRE_WIRE), ("Daily", FIRE_DAILY), ("Post", post)])
    assert bool(contradicted(facets, "role holder")) is disputed


MODI_VISIT = (
    "Narendra Modi visited Lahore on Friday. Prime Minister Narendra Modi said the visit was a "
    "step toward peace."
)
MODI_TALKS = (
    "Narendra Modi met Nawaz Sharif in Lahore on Friday. Prime Minister Narendra Modi said the "
    "talks went well."
)
SHARIF_TALKS = (
    "Nawaz Sharif hosted Narendra Modi in Lahore on Friday. Prime Minister Nawaz Sharif said "
    "the talks went well."
)


@pytest.mark.parametrize(
    "reports",
    [
        # another report names Sharif too: he may be (and is) another country's prime minister
        [MODI_VISIT, MODI_TALKS, SHARIF_TALKS],
        # one report a holder: no holder the story agrees on
        [MODI_VISIT, SHARIF_TALKS],
    ],
)
def test_a_second_prime_minister_the_story_knows_is_no_dispute(nlp, reports):
    facets = story_facets(nlp, [(f"Outlet{n}", text) for n, text in enumerate(reports)])
    assert not contradicted(facets, "role holder")


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("prime minister", True),
        ("president", True),
        ("chancellor", True),
        ("chief", False),
        ("spokesman", False),
    ],
)
def test_bare_titles_are_named_data(title, bare):
    assert (title in reconcile.BARE_TITLES) is bare
