"""Nested attributions (``_carries``): a statement inside another's content extends the chain
outlet → relayer → original source only when it is said in the relayer's words. A chain read
the wrong way round, or through an act, miscounts the voices behind a claim (the last link is
the original source that independence counting uses). Some readings below are dropped by the
learned models alone, so the nesting is tested on the rules' readings (``learned=False``)."""

from __future__ import annotations

import pytest
from attribution_reads import read, span_text

from corroborator.analyze.attribution import extract_attributions, split_name_role
from corroborator.model import Article


def _chains(nlp, text: str, learned: bool = True) -> dict[str, list[str]]:
    """Each cue's words and the names of its chain."""
    article = Article(id="t", text=text, source="test")
    found = extract_attributions(nlp(text), article, [], learned=learned)
    return {span_text(article, a.cue): [link.name for link in a.chain] for a in found}


# (rule, text, cue, chain that cue must have)
NOT_CARRIED = [
    # RELAYED_IN_WORDS: the relayer's cue and name come after the senator's quoted words
    (
        "relayed in words",
        'The four "loopholes" he cited are "the ability to use real estate losses to offset '
        'other income and to avoid capital gains on property that was sold," The Hill reported.',
        "reported",
        ["Hill"],
    ),
    # RELAYED_IN_WORDS: the ones asked to ask are not in what he says
    (
        "relayed in words",
        "The Republican is also encouraging his supporters at a rally Friday evening in "
        "Michigan to ask why he had issues and Clinton did not.",
        "to ask",
        ["his supporters"],
    ),
    # RELAYED_IN_WORDS: a clause on the speaker's own name is not in his words
    (
        "relayed in words",
        "\u201cNobody in the state wanted this plan,\u201d said former Gov. Mark Allen, a "
        "Republican who refused to sign the bill after the vote. \u201cIt was a bad deal for "
        "the state.\u201d",
        "refused",
        ["Republican"],
    ),
    # RELAYER_NOT_RELAYED: the website is cited inside the report's words
    (
        "relayer not relayed",
        "The researchers reported that Apple holds $214.9 billion offshore, and the report says "
        "the company ''reports having 987 subsidiaries in offshore tax havens, according to its "
        "own website.''",
        "says",
        ["the report"],
    ),
    # SOURCE_PHRASE_OF_SENTENCE: the foundation tells the whole sentence
    (
        "source phrase of sentence",
        "The top 1 percent would see their after-tax incomes go up by as much as 19.9 percent, "
        "according to the conservative-leaning Tax Foundation, more than twice what it "
        "projected for the middle class.",
        "according to",
        ["Tax Foundation"],
    ),
    # STATEMENT_AS_OBJECT: the Senate speaks of the claim; the words are the governor's
    (
        "statement as object",
        "The Senate rejected the governor's claim that the budget was balanced.",
        "claim",
        ["the governor's"],
    ),
    # ONLY_WORDS_RELAY: an act of opposing carries no one's words
    (
        "only words relay",
        "Both candidates have opposed the deal that Obama said would stop Iran's nuclear program.",
        "said",
        ["Obama"],
    ),
    # ONLY_WORDS_RELAY: nor does an aim
    (
        "only words relay",
        "Clinton hopes to show voters that Trump said the wall would be paid for by Mexico.",
        "said",
        ["Trump"],
    ),
]


@pytest.mark.parametrize(("rule", "text", "cue", "chain"), NOT_CARRIED)
def test_statement_outside_the_relayers_words_is_not_carried(nlp, rule, text, cue, chain):
    chains = _chains(nlp, text, learned=False)
    assert chains.get(cue) == chain, (rule, chains)


# (text, cue, chain): statements said in another's words, which extend its chain
CARRIED = [
    # a report of what another told: the mayor relays the councilman
    (
        'The mayor said the councilman told him that the budget was "a disaster" and would '
        "have to be cut.",
        "told",
        ["The mayor", "the councilman"],
    ),
    # an "according to" opening the reported clause is cited in the relayer's words
    (
        "The AP reported that, according to an analysis of her personal calendar and contact "
        "information, 85 of the 154 meetings Clinton had with individuals who were not "
        "government employees were with foundation donors.",
        "according to",
        ["AP", "an analysis of her personal calendar and contact information"],
    ),
    # a claim spoken of inside the senator's words, not acted on by his cue
    (
        "The senator said the governor's claim that the budget was balanced was false.",
        "claim",
        ["The senator", "the governor's"],
    ),
]


@pytest.mark.parametrize(("text", "cue", "chain"), CARRIED)
def test_statement_in_the_relayers_words_is_carried(nlp, text, cue, chain):
    chains = _chains(nlp, text, learned=False)
    assert chains.get(cue) == chain, chains


def test_signed_quotation_name_has_no_marks(nlp):
    # NAME_HAS_WORDS: the closing mark and dash the parser hangs on a signature's name
    text = (
        "\u201cHe represents our greatest shame.\u201d \u2015 Sonya Herridge\n"
        "\u201cDuring the debate Trump said Hispanics live in hell. He is ignorant of our "
        "culture and lives.\u201d\u2015 Pamela Padilla\n"
    )
    article, found = read(nlp, text)
    signed = [a for a in found if span_text(article, a.cue).endswith("\u2015")]
    assert {(a.source.name, a.source.role) for a in signed} == {
        ("Sonya Herridge", None),
        ("Pamela Padilla", None),
    }


def test_marks_are_neither_role_nor_name():
    assert split_name_role("Pamela Padilla", "\u201d\u2015") == ("Pamela Padilla", None)
    assert split_name_role("\u201d\u2015 Pamela Padilla", None) == ("Pamela Padilla", None)
    # marks inside a role stay
    assert split_name_role("Kevin Barrett", "lawyer at Bailey & Glasser") == (
        "Kevin Barrett",
        "lawyer at Bailey & Glasser",
    )
    assert split_name_role("Ann Lee", "chief of Ora Media -- the company") == (
        "Ann Lee",
        "chief of Ora Media -- the company",
    )
