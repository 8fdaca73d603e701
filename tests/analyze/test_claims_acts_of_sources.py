"""An act the attribution stage reads as a cue, whose content is what the verb acts on
("Interior Secretary Ken Salazar rescinded the changes", attribution.is_act), is the source's
act told by the writer, not "Salazar says: the changes" (claims.ACT_RULE), on the real parse."""

from __future__ import annotations

from claims_reads import PUBLISHED, claims_of, only, words

from corroborator.analyze import analyze_doc
from corroborator.analyze.nlp import parse
from corroborator.model import Article

SALAZAR = (
    "Interior Secretary Ken Salazar rescinded the changes to the Endangered Species Act on Tuesday."
)


def test_an_act_on_an_object_is_no_statement(nlp):
    claims = claims_of(nlp, SALAZAR)
    assert not [c for c in claims if c.predicate == "statement"]
    act = only(claims, "v:rescind")
    assert words(SALAZAR, act.time.span) == "Tuesday"
    assert ("agent", "person:salazar") in {(p.role, p.entity) for p in act.participants}


def test_the_act_is_told_by_the_writer(nlp):
    # shown as the outlet's, stated: not "outlet <- Salazar", graded as a named source's words
    act = only(claims_of(nlp, SALAZAR), "v:rescind")
    assert act.attribution is None
    assert act.certainty.grade == "asserted"


def test_the_acts_source_keeps_its_role(nlp):
    # what reconcile's role-holder facts read: the act's attribution, its source in a role
    doc = next(parse(nlp, [SALAZAR]))
    article = Article(id="t", text=SALAZAR, source="test", published=PUBLISHED)
    analysis = analyze_doc(doc, article, "test")
    (attribution,) = analysis.attributions
    act = only(analysis.claims, "v:rescind")
    assert attribution.cue.start <= act.trigger.start < attribution.cue.end
    assert (attribution.source.entity, attribution.source.role) == (
        "person:salazar",
        "Interior Secretary",
    )


def test_an_act_denied_is_a_denied_act(nlp):
    text = "Obama did not sign the bill on Friday."
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.predicate == "statement"]
    act = only(claims, "v:sign")
    assert act.negated
    assert words(text, act.time.span) == "Friday"


def test_an_act_told_by_someone_else_is_theirs(nlp):
    # "Reporters said": the act is the reporters' statement, and Salazar states nothing
    text = "Reporters said Interior Secretary Ken Salazar rescinded the changes on Tuesday."
    claims = claims_of(nlp, text)
    (statement,) = [c for c in claims if c.predicate == "statement"]
    assert statement.attribution.source.name == "Reporters"
    assert only(claims, "v:rescind").attribution.source.name == "Reporters"


def test_a_message_released_is_still_a_statement(nlp):
    # a claim is read at a word of the cue ("released"), but the cue tells words said
    text = "Mitt Romney released a statement saying he would run."
    (statement,) = [c for c in claims_of(nlp, text) if c.predicate == "statement"]
    assert words(text, statement.attribution.content) == "he would run"


def test_an_act_with_no_claim_at_its_verb_stays_a_statement(nlp):
    # a light verb reads no act of its own: the pledge stays Trump's statement
    text = "Donald Trump made the pledge at a Retired American Warriors conference in Herndon."
    (statement,) = [c for c in claims_of(nlp, text) if c.predicate == "statement"]
    assert statement.attribution.source.name == "Donald Trump"
