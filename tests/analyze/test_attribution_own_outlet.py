"""The outlet's own words are the outlet's. The writer's voice is never a source the outlet
relays (``relayed_chain`` with ``own_outlet``): an op-ed's "I think …" makes the outlet the
source of that statement, but the outlet's unattributed words rest on no relayed chain (before,
every such claim read "usa-today ← usa-today"); a publication the article does cite stays its
one relayed origin. An outlet naming itself as a source ("as The Huffington Post previously
reported" in HuffPost, SELF_CITATION, ``names_outlet``) is the outlet, not a second voice.
Checked on the real parse, the rules on and off."""

from __future__ import annotations

import pytest

from corroborator.analyze import attribution
from corroborator.analyze.attribution import extract_attributions, names_outlet, relayed_chain
from corroborator.model import Article

WRITER_ONLY = "I think the attacks will continue. America must strike back at its enemies."
WRITER_AND_PAPER = (
    "I think the attacks will continue. The Washington Post newspaper reported that the "
    "senator would resign."
)


def _relayed(nlp, text: str) -> list[str]:
    article = Article(id="t", text=text, source="test", outlet="usa-today")
    doc = nlp(text)
    return [s.name for s in relayed_chain(doc, article, extract_attributions(doc, article, []))]


def test_the_writers_voice_is_no_relayed_source(nlp):
    assert _relayed(nlp, WRITER_ONLY) == []


def test_a_cited_paper_beside_the_writers_voice_is_the_relayed_origin(nlp):
    assert _relayed(nlp, WRITER_AND_PAPER) == ["The Washington Post newspaper"]


def test_without_the_rule_the_outlet_relays_itself(nlp, monkeypatch):
    monkeypatch.setattr(attribution, "own_outlet", lambda source, article: False)
    assert _relayed(nlp, WRITER_ONLY) == ["usa-today"]
    assert _relayed(nlp, WRITER_AND_PAPER) == []


# SELF_CITATION: an outlet naming itself as a source speaks with its own voice.
SELF_CITED = (
    "As The Huffington Post previously reported, Clinton is the top recipient of the money."
)


def _source(nlp, text: str, outlet: str):
    article = Article(id="t", text=text, source="test", outlet=outlet)
    (att,) = [
        a
        for a in extract_attributions(nlp(text), article, [])
        if "reported" in text[a.cue.start : a.cue.end]
    ]
    return att.source


def test_an_outlet_citing_itself_is_its_own_voice(nlp):
    source = _source(nlp, SELF_CITED, "huff-post")
    assert (source.name, source.kind) == ("huff-post", "outlet")
    assert SELF_CITED[source.span.start : source.span.end] == "The Huffington Post"


def test_another_outlet_citing_it_keeps_it_a_source(nlp):
    source = _source(nlp, SELF_CITED, "politico")
    assert source.name == "Huffington Post" and source.kind != "outlet"


def test_without_the_rule_the_outlet_cites_itself_as_another(nlp, monkeypatch):
    monkeypatch.setattr(attribution, "names_outlet", lambda name, outlet: False)
    assert _source(nlp, SELF_CITED, "huff-post").kind != "outlet"


@pytest.mark.parametrize(
    ("name", "outlet", "same"),
    [
        ("The Washington Post", "wash-post", True),
        ("The New York Times", "nyt", True),
        ("Breitbart News", "breitbart", True),
        ("Western Journalism", "west-journal", True),
        ("The Washington Post", "washingtonpost.com", True),
        ("The Washington Times", "wash-post", False),
        ("Washington Post Fact Checker", "wash-post", False),
        ("New York Post", "nyt", False),
        ("NBC News", "nyt", False),
    ],
)
def test_names_of_an_outlet(name, outlet, same):
    assert names_outlet(name, outlet) is same
