"""Event names and values a reader saw wrong in real dossiers (issue #7, a journalist's review of
ECB+ topic 18 and PolNeAR stories), each read on the real parse of the sentence that showed it:
a clock time read as a count (TOLD_TIME_RULE), a verb's lemma without its silent e ("coping" as
"cop", SILENT_E_RULE), a senator's vote read as an election (CAST_VOTE_RULE), a participle of a
statement's content told by the outlet (TRAILING_PARTICIPLE_RULE), and the speaker made the doer
of what was said (MISHUNG_SAID_SUBJECT_RULE)."""

from __future__ import annotations

from claims_reads import event_claims, only, words


def _predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


# TOLD_TIME_RULE


def test_a_clock_time_is_no_count(nlp):
    for text, predicate in [
        ("A 61-year-old man surrendered to police shortly after 6 p.m.", "v:surrender"),
        (
            "Police locked down the area before the suspect turned himself in around 6 p.m.",
            "v:turn",
        ),
        ("It broke out in the roof at around 9pm on Friday.", "v:break"),
        ("They began returning to their properties at 10am today, Saturday.", "v:return"),
    ]:
        claim = only(event_claims(nlp, text), predicate)
        assert claim.quantities == [], text


def test_a_count_beside_a_clock_time_stays(nlp):
    text = "The gunman shot three people at 4 p.m. on Friday."
    claim = only(event_claims(nlp, text), "shoot")
    assert [(q.value, q.unit) for q in claim.quantities] == [(3.0, "people")]


# SILENT_E_RULE


def test_a_single_consonant_before_ing_or_ed_keeps_the_silent_e(nlp):
    text = (
        "Employees at a Vancouver wholesaler were coping Saturday with the death of their boss, "
        "who was gunned down at their office Christmas party."
    )
    assert "v:cope" in _predicates(nlp, text)
    assert "v:cop" not in _predicates(nlp, text)
    assert "v:rape" in _predicates(nlp, "The man who raped her was arrested on Monday.")
    assert "v:rate" in _predicates(nlp, "Critics rated the film poorly last year.")


def test_hoping_is_hope_and_tells_no_event(nlp):
    text = (
        "Teixeira's agent, Scott Boras, entered the free agency process hoping his client could "
        "attract a 10-year deal."
    )
    assert not [p for p in _predicates(nlp, text) if p.startswith(("v:hop", "v:hope"))]


def test_a_doubled_consonant_keeps_the_short_verb(nlp):
    predicates = _predicates(nlp, "The suspect hopped on a bus and fled the scene on Friday.")
    assert "v:hop" in predicates
    assert "v:hope" not in predicates


# CAST_VOTE_RULE


def test_a_vote_someone_casts_is_no_election(nlp):
    for text in [
        "Mr. Obama contrasted his antiwar message with Mrs. Clinton's 2002 vote to authorize the "
        "use of force in Iraq.",
        "Clinton has singled out Sanders's 2005 vote for a bill that provided immunity for gun "
        "manufacturers.",
        "Sanders initially defended his vote, but late Saturday he announced a change.",
    ]:
        assert "elect" not in _predicates(nlp, text), text


def test_a_vote_of_a_day_is_the_poll(nlp):
    text = "Sanders had been told just before Tuesday's vote that he would lose narrowly."
    claim = only(event_claims(nlp, text), "elect")
    assert claim.time is not None and claim.time.value == "2024-04-09"


def test_the_year_of_a_vote_cast_does_not_date_the_verb_above(nlp):
    text = "The speaker specifically focused on Sanders' 2007 vote against a bill."
    claim = only(event_claims(nlp, text), "v:focus")
    assert claim.time is None


# TRAILING_PARTICIPLE_RULE


def test_a_participle_of_the_content_is_told_by_its_source(nlp):
    text = (
        "A former employee recently let go from his job opened fire at an office Christmas "
        "party Friday, killing one person, police said."
    )
    claims = event_claims(nlp, text)
    shooting, killing = only(claims, "shoot"), only(claims, "kill")
    assert shooting.attribution is not None and shooting.attribution.source.name == "police"
    assert killing.attribution is not None and killing.attribution.source.name == "police"
    assert killing.certainty.grade == shooting.certainty.grade


def test_participles_conjoined_after_the_content_are_told_by_its_source(nlp):
    text = (
        "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring "
        "dozens more and damaging several villages, officials say."
    )
    claims = event_claims(nlp, text)
    for predicate in ("kill", "injure"):
        claim = only(claims, predicate)
        assert claim.attribution is not None, predicate
        assert claim.attribution.source.name == "officials", predicate


def test_a_participle_after_the_cue_verb_may_be_the_speakers_and_is_not_credited(nlp):
    text = (
        "Senate Republican leaders have insisted they won't consider an Obama nominee to the "
        "Supreme Court, leaving that choice to the next president."
    )
    assert only(event_claims(nlp, text), "v:leave").attribution is None


# MISHUNG_SAID_SUBJECT_RULE


def test_a_person_said_before_a_comma_is_the_subject_of_what_was_said(nlp):
    text = "Fanning said the gunman, entered the party of at least a dozen people around 4:00 p.m."
    claim = only(event_claims(nlp, text), "v:enter")
    assert [p.entity for p in claim.participants] == []
    assert claim.attribution is not None
    assert words(text, claim.attribution.source.span) == "Fanning"


def test_the_speakers_own_second_act_keeps_its_doer(nlp):
    text = "Tim Fanning said a few words, left the podium and went home on Friday."
    claim = only(event_claims(nlp, text), "v:leave")
    assert "person:fanning" in [p.entity for p in claim.participants]


def test_a_light_verb_with_its_silent_e_states_its_event_noun_once(nlp):
    text = "Armed men were staging increasingly bold attacks on merchant ships."
    claim = only(event_claims(nlp, text), "attack")
    assert claim.relation == "stage"
