"""Acts on an object and impressions with no one named stay attributions (PolNeAR marks them)
but are not what someone says (issue #5, cue precision as users see it).

"Mr. Weiner's marriage seemed to install him" is the writer's impression (``_impression``): no
statement a dossier shows as "X says: …". "Congress passed the War Powers Act" and "Obama
appointed White" tell what their subject did (``is_act``). Not acts: a released message
("released a statement saying …"), an object said to be something or related to another
("painted Romney as an out-of-touch rich guy", "compared the president to a duck"), what a
document holds, and a clause after a verb of saying. Checked on literal sentences, both sides,
on the real parse, through ``is_statement``, ``is_act`` and the claims stage."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text
from claims_reads import claims_of, words

from corroborator.analyze.attribution import is_act, is_statement


def _cued(nlp, text: str, cue: str):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    return nlp(text), hits[0]


ACTS = [
    ("Mitt Romney released his tax returns in 2012.", "released"),
    ("The Supreme Court blocked a New Jersey company from abandoning its plants.", "blocked"),
    (
        "Senate Republicans withdrew their endorsement of the nominee after the tape surfaced.",
        "withdrew",
    ),
    ("Obama appointed White, a former federal prosecutor, in 2013.", "appointed"),
    ("Mexico accepted the administration's request to cooperate.", "accepted"),
    ("Goldman named 78 new partners on Wednesday.", "named"),
    ("Paul Ryan rescinded his endorsement of Trump.", "rescinded his endorsement"),
]


@pytest.mark.parametrize(("text", "cue"), ACTS)
def test_an_act_on_an_object_is_an_act(nlp, text, cue):
    doc, attribution = _cued(nlp, text, cue)
    assert is_act(doc, attribution)


IMPRESSIONS = [
    ("Mr. Weiner's marriage to Ms. Abedin seemed to install him among party elites.", "seemed"),
    ("The outline of a strategy seems clear.", "seems"),
]


@pytest.mark.parametrize(("text", "cue"), IMPRESSIONS)
def test_an_impression_with_no_one_named_is_no_statement(nlp, text, cue):
    doc, attribution = _cued(nlp, text, cue)
    assert attribution.source.span is None
    assert not is_statement(doc, attribution)
    assert not is_act(doc, attribution)


STATEMENTS = [
    # a released message speaks
    (
        "The governor released a statement saying he was fully confident in the count.",
        "released a statement saying",
    ),
    # an object said to be something is a characterization
    ("Barack Obama painted Romney as an out-of-touch rich guy.", "painted"),
    ("Goldman named him chief executive.", "named"),
    # an object related to another is a claim about it
    ("Hillary Clinton compared the president to a duck.", "compared"),
    # a document tells what it holds
    ("The study documented the partisan nonresponse patterns.", "documented"),
    # a clause after a verb of saying, with an impression inside it
    ("Officials said the outline of a strategy seems clear.", "said"),
]


@pytest.mark.parametrize(("text", "cue"), STATEMENTS)
def test_messages_characterizations_and_sayings_are_no_acts(nlp, text, cue):
    doc, attribution = _cued(nlp, text, cue)
    assert not is_act(doc, attribution)
    assert is_statement(doc, attribution)


def test_the_claims_stage_states_no_impression(nlp):
    text = "The outline of a strategy seems clear."
    statements = [c for c in claims_of(nlp, text) if c.predicate == "statement"]
    assert statements == [], [words(text, c.trigger) for c in statements]


def test_the_claims_stage_still_states_a_released_message(nlp):
    text = "The governor released a statement saying he was fully confident in the count."
    statements = [c for c in claims_of(nlp, text) if c.predicate == "statement"]
    assert [words(text, c.trigger) for c in statements] == ["released a statement saying"]
