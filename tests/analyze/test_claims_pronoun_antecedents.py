"""Whose act a he/she subject tells (claims._resolve_pronoun). Real spaCy parses
(claims_reads.roles and agents).

OWN_CLAUSE_RULE: "He has attacked Cole repeatedly" is not Cole's own attack, though Cole was
the latest subject. LAST_SENTENCE_RULE: a sentence with no person for a subject ("Reed's
campaign drew a sharp contrast with Governor Ann Cole") still sets the people named inside its
subject before the reader: a "he" after it stands for the one of them it can be.
DESCRIBED_DOER_RULE: "the Vermont senator must prepare ... as he visits Nevada" is the
senator's visit, whom no name tells, not that of Ann Cole, named before.
RELATIVE_DEPTH_RULE: in "Though Bob Hale does not have the coalition Reed built, wins by him"
the "him" is Hale, not the Reed of the relative clause.
"""

from __future__ import annotations

from claims_reads import agents, roles

from corroborator.analyze import claims

OWN_CLAUSE = (
    "Senator Bob Hale spoke in Concord on Monday. Governor Ann Cole answered him on Tuesday. "
    "He has attacked Cole repeatedly for her ties to the banks."
)
# Reed, the possessor of the subject, is the "he"; Hale was the subject a sentence further back
LAST_SENTENCE = (
    "Senator Bob Hale spoke in Concord on Monday. "
    "Reed's campaign drew a sharp contrast with Governor Ann Cole. He attacked Cole in a statement."
)
DESCRIBED = (
    "Tom Reed spoke in Concord on Monday. After beating Ann Cole in the primary, the Vermont "
    "senator must prepare to face new voters as he visits Nevada."
)
RELATIVE = (
    "Tom Reed spoke in Concord on Monday. Though Bob Hale does not have the coalition Reed "
    "built, wins by him in Iowa would complicate the race."
)


def test_a_pronoun_is_not_the_one_its_own_verb_attacks(nlp):
    assert agents(nlp, OWN_CLAUSE, "attack") == ["person:hale"]


def test_without_the_own_clause_rule_it_is_the_latest_subject(nlp, monkeypatch):
    monkeypatch.setattr(claims, "OWN_CLAUSE_RULE", False)
    assert agents(nlp, OWN_CLAUSE, "attack") == ["person:cole"]


def test_a_name_in_a_clause_hung_on_the_verb_is_left_alone(nlp):
    # the rule bars only the objects of the pronoun's own verb
    text = (
        "Senator Bob Hale spoke in Concord on Monday. "
        "He attacked the governor, saying that Cole had lied."
    )
    assert agents(nlp, text, "attack") == ["person:hale"]


def test_the_one_person_the_sentence_before_can_give_is_the_pronoun(nlp):
    assert agents(nlp, LAST_SENTENCE, "attack") == ["person:reed"]


def test_without_the_last_sentence_rule_the_older_subject_wins(nlp, monkeypatch):
    monkeypatch.setattr(claims, "LAST_SENTENCE_RULE", False)
    assert agents(nlp, LAST_SENTENCE, "attack") == ["person:hale"]


def test_two_people_the_pronoun_may_be_leave_it_to_the_subjects_before(nlp):
    # must not: Reed and Cole, both inside the subject, both may be "he"; Hale stays
    text = (
        "Senator Bob Hale spoke in Concord on Monday. The campaigns of Tom Reed and Ann Cole "
        "drew a sharp contrast. He attacked Bush in Iowa."
    )
    assert agents(nlp, text, "attack") == ["person:hale"]


def test_a_person_named_outside_the_subjects_does_not_outrank_them(nlp):
    # must not: "cheered for Tom Reed" puts Reed nowhere before Hale, the subject before
    text = (
        "Senator Bob Hale spoke in Concord on Monday. The crowd cheered for Tom Reed. "
        "He attacked Bush in Iowa."
    )
    assert agents(nlp, text, "attack") == ["person:hale"]


def test_a_sentence_with_a_person_subject_keeps_the_subject_rule(nlp):
    # must not: the sentence before had a person for its subject, who stays first
    text = (
        "Senator Bob Hale spoke in Concord on Monday. Tom Reed met Governor Ann Cole on Tuesday. "
        "He attacked Bush in Iowa."
    )
    assert agents(nlp, text, "attack") == ["person:reed"]


def test_a_pronoun_under_a_described_subject_is_left_unresolved(nlp):
    assert roles(nlp, DESCRIBED, "v:visit") == []


def test_without_the_described_doer_rule_it_is_the_name_before(nlp, monkeypatch):
    monkeypatch.setattr(claims, "DESCRIBED_DOER_RULE", False)
    assert roles(nlp, DESCRIBED, "v:visit") == [("agent", "person:cole")]


def test_a_named_subject_above_the_pronoun_is_still_its_antecedent(nlp):
    # must not: "Reed must prepare ... as he visits" is Reed's visit
    text = DESCRIBED.replace("the Vermont senator", "Reed")
    assert roles(nlp, text, "v:visit") == [("agent", "person:reed")]


def test_a_name_inside_a_relative_clause_yields_to_the_clause_subject(nlp):
    assert [e for _, e in roles(nlp, RELATIVE, "win")] == ["person:hale"]


def test_without_the_relative_depth_rule_it_is_the_relative_clause_name(nlp, monkeypatch):
    monkeypatch.setattr(claims, "RELATIVE_DEPTH_RULE", False)
    assert [e for _, e in roles(nlp, RELATIVE, "win")] == ["person:reed"]


def test_a_pronoun_inside_the_relative_clause_may_stand_for_a_name_in_it(nlp):
    # must not: "who said he ..." keeps the pronoun's own clause's name
    text = "Tom Reed met Bob Hale, who said he would win in Iowa."
    assert [e for _, e in roles(nlp, text, "win")] in (["person:hale"], [])
