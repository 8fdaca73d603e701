"""A named person telling a news outlet by name, or one of its shows or journalists ("told
POLITICO", "told CNN's Jake Tapper"), speaks on the record, whatever entity the parser tags
the outlet (``NEWS_OUTLETS``); telling a person of no outlet stays named (real spaCy parses)."""

from __future__ import annotations

import pytest
from certainty_reads import graded


@pytest.mark.parametrize(
    "sentence",
    [
        "Stenehjem told POLITICO he planned to stay neutral.",
        "Perry told Politico that he believes the race for the GOP nomination is over.",
        "Ryan told CNN's Jake Tapper that he was not ready to endorse Trump.",
        "Trump told The Washington Post's editorial board that he supported a smaller army.",
    ],
)
def test_telling_a_news_outlet_is_on_the_record(nlp, sentence):
    assert graded(nlp, sentence)[0] == "on_record"


@pytest.mark.parametrize(
    "sentence",
    [
        "Stenehjem told Perry he planned to stay neutral.",
        "Ryan told his brother's wife that he was not ready to endorse Trump.",
    ],
)
def test_telling_a_person_of_no_outlet_stays_named(nlp, sentence):
    assert graded(nlp, sentence)[0] == "named"
