"""A "where" clause on a place whose verb moves or holds a person puts that person there
(WHERE_STAY_RULE), on real parses; a clause whose subject is no person, or whose verb neither
moves nor holds anyone, puts no one anywhere."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words

from corroborator.analyze import claims


def located(nlp, text: str) -> list[tuple[str, str | None, str]]:
    """(person, place as written, relation) of every whereabouts read in ``text``."""
    return [
        (c.participants[0].entity, words(text, c.place.span), c.place.relation)
        for c in event_claims(nlp, text)
        if c.predicate == "locate"
    ]


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            "Putin’s former chef was reportedly back in Moscow at the Kremlin, where Prigozhin "
            "was summoned by the Russian president’s top commanders.",
            "person:prigozhin",
            "Kremlin",
        ),
        (
            "The talks moved to Geneva, where Sergei Lavrov arrived on Monday.",
            "person:lavrov",
            "Geneva",
        ),
    ],
)
def test_a_where_clause_puts_the_person_it_moves_at_the_place(nlp, text, person, place):
    assert located(nlp, text) == [(person, place, "in")]


@pytest.mark.parametrize(
    "text",
    [
        # the summit is no person
        "The leaders met at the Imperial Hotel in Vienna, where the summit was held.",
        # where a life began is no whereabouts now
        "Barack Obama visited Honolulu, the city where Obama was born.",
    ],
)
def test_a_where_clause_of_no_person_moved_or_held_puts_no_one_there(nlp, text):
    assert located(nlp, text) == []


def test_the_rule_reads_moves_and_holdings_not_being():
    assert {"arrive", "stay", "live"} <= claims.WHERE_STAY_VERBS
    assert "be" not in claims.WHERE_STAY_VERBS
    assert {"summon", "hold", "take"} <= claims.WHERE_BROUGHT_VERBS
    assert "bear" not in claims.WHERE_STAY_VERBS | claims.WHERE_BROUGHT_VERBS
