"""Agreement on a repeated happening does not rest on a share told alike
(SHARES_IDENTIFY_NOTHING, _identifying_things). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

One candidate wins many shares, of a state, of a group of voters, of delegates: past the ledes,
"Donald Trump won ... 35 to 12 percent" and "Donald Trump won just 19 percent among moderate
voters" name one man and the word "percent" in common, and tell two wins. A thing that
identifies the contest ("the primary") still ties them.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import occurred_facet

# six sentences of filler: what comes after it is past the ledes
FILLER = (
    "Voters went to the polls on Tuesday. Turnout was high. Lines were long at many schools. "
    "The polls closed in the evening. Results came in late. Officials counted through the "
    "night. "
)
TWO_SHARES = (
    FILLER + "Donald Trump won by a wide margin, 35 to 12 percent.",
    FILLER + "Donald Trump won just 19 percent among moderate voters.",
)


def _occurred(nlp, wire, daily):
    return occurred_facet(nlp, wire, daily, "win (Trump)")


@pytest.mark.parametrize(
    ("wire", "daily", "verdict"),
    [
        # a name and "percent" in common: two shares, two wins
        (*TWO_SHARES, "single_source"),
        # a name and the contest in common: one win, whatever its shares
        (
            FILLER + "Donald Trump won the primary with 35 percent.",
            FILLER + "Donald Trump won the primary by 23 percent.",
            "corroborated",
        ),
    ],
)
def test_a_share_does_not_identify_a_win(nlp, wire, daily, verdict):
    facet = _occurred(nlp, wire, daily)
    assert facet.verdict == verdict
    if verdict == "single_source":
        assert facet.why.startswith(reconcile.UNTIED_VOICES)


def test_without_the_reading_two_shares_agree(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "SHARES_IDENTIFY_NOTHING", False)
    assert _occurred(nlp, *TWO_SHARES).verdict == "corroborated"
