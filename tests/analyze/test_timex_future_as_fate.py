"""Time expressions: "the future" names a time only as one; "the future of X" is X's fate
(FUTURE_AS_FATE_AFTER) and "the future Democratic leader" puts an adjective on a noun
(_attributive_future). Read on the real spaCy parse."""

from __future__ import annotations

import pytest
from timex_reads import times_of

# (sentence, its only expected reading of "the future" or None for no time there)
CASES = [
    # FUTURE_AS_FATE_AFTER: X's fate or prospects, no time
    ("The debate over the future of NATO continued for hours.", None),
    ("Voters are worried about the future of their kids.", None),
    ("That is very important to the future of our peoples.", None),
    # _attributive_future: an adjective on the noun after it
    ("Chuck Schumer of New York, the future Democratic leader, opposed the plan.", None),
    ("What Sanders decides about the future course of his campaign could be crucial.", None),
    # time adverbials and the future itself stay FUTURE_REF
    ("He said he might run for the Senate in the future.", ("the future", "DATE", "FUTURE_REF")),
    ("Strikes will continue well into the future.", ("the future", "DATE", "FUTURE_REF")),
    ("Albanians are considerably worried about the future.", ("the future", "DATE", "FUTURE_REF")),
    (
        "That would be an option in the future, officials said.",
        ("the future", "DATE", "FUTURE_REF"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_the_future_as_time_or_fate(nlp, sentence, expected):
    found = [t for t in times_of(nlp, sentence, "2016-03-10") if "future" in t[0].lower()]
    assert found == ([expected] if expected else [])
