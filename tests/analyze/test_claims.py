"""Claim frames read off real parses of literal sentences."""

from __future__ import annotations

from corroborator.analyze import analyze_doc
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def claims_of(nlp, text, published="2023-07-10"):
    doc = next(parse(nlp, [text]))
    article = Article(id="t", text=text, source="test", published=published)
    return analyze_doc(doc, article, "test").claims


def events(claims, predicate):
    return [c for c in claims if c.predicate == predicate]


def test_light_verb_hands_its_date_to_the_event_noun(nlp):
    text = "Peskov said that the meeting took place on June 29."
    (claim,) = events(claims_of(nlp, text), "meet")
    assert claim.relation == "take place"
    assert claim.time.value == "2023-06-29"
    assert claim.attribution is not None and "Peskov" in claim.attribution.source.name


def test_duration_and_count_attach_to_the_meeting(nlp):
    claims = claims_of(nlp, "The meeting lasted three hours. In all, 35 people were invited.")
    meet = events(claims, "meet")
    assert any(c.duration and c.duration.value == "PT3H" for c in meet)
    counted = [q for c in meet for q in c.quantities]
    assert [(q.value, q.unit) for q in counted] == [(35.0, "people")]


def test_it_took_place_refers_to_the_event_just_named(nlp):
    text = "In what has been dubbed an unannounced session, it allegedly took place on July 1."
    meet = events(claims_of(nlp, text), "meet")
    dated = [c for c in meet if c.time]
    assert dated and dated[0].time.value == "2023-07-01"
    assert dated[0].certainty.grade == "hedged"


def test_pronoun_it_is_no_event_for_ordinary_verbs(nlp):
    text = "Putin met Prigozhin. The Kremlin said it was not following his movements."
    assert len(events(claims_of(nlp, text), "meet")) == 1
    assert not [c for c in claims_of(nlp, text) if c.relation == "follow"]


def test_location_with_negation_and_territory(nlp):
    text = (
        "Yevgeny Prigozhin led the revolt.\n\n"
        "\u201cAs for Prigozhin, he's in St Petersburg. "
        "He is not on the territory of Belarus,\u201d"
        " Lukashenko said."
    )
    located = events(claims_of(nlp, text), "locate")
    places = {(c.participants[0].entity, c.place.entity, c.place.relation) for c in located}
    assert ("person:prigozhin", "place:saint petersburg", "in") in places
    assert ("person:prigozhin", "place:belarus", "not_in") in places


def test_movement_verbs_give_a_destination(nlp):
    text = (
        "Yevgeny Prigozhin led the revolt. "
        "The deal saw Prigozhin forced to leave for neighbouring Belarus."
    )
    (claim,) = events(claims_of(nlp, text), "locate")
    assert claim.participants[0].entity == "person:prigozhin"
    assert (claim.place.entity, claim.place.relation) == ("place:belarus", "to")


def test_conditional_clause_is_not_a_claim(nlp):
    text = "Lukashenko said it was unclear if the Wagner fighters would come to Belarus."
    assert events(claims_of(nlp, text), "locate") == []


def test_rumoured_clause_is_speculation(nlp):
    text = (
        "Yevgeny Prigozhin led the revolt. "
        "The news follows speculations that Prigozhin wasn't exiled to Belarus at all."
    )
    (claim,) = events(claims_of(nlp, text), "locate")
    assert claim.negated and claim.place.relation == "not_in"
    assert claim.certainty.grade == "speculation"


def test_compound_event_noun_and_anchored_time(nlp):
    text = (
        "Putin met Prigozhin five days after the failed coup attempt, the Kremlin said on Monday."
    )
    claims = claims_of(nlp, text)
    (meet,) = events(claims, "meet")
    assert meet.time is not None and meet.time.anchor is not None
    assert meet.time.anchor.offset == "P5D"
    revolt = events(claims, "revolt")
    assert revolt and meet.time.anchor.event.start <= revolt[0].trigger.start


def test_people_acting_in_a_conjoined_clause_were_present(nlp):
    text = (
        "He had the opportunity to meet with President Putin "
        "and was also heard by General Viktor Zolotov."
    )
    (meet,) = events(claims_of(nlp, text), "meet")
    assert "person:zolotov" in {p.entity for p in meet.participants}


def test_claim_spans_point_into_the_text(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov said that the meeting took place on June 29. "
        "It lasted three hours."
    )
    for claim in claims_of(nlp, text):
        assert (
            0
            <= claim.sentence.start
            <= claim.trigger.start
            < claim.trigger.end
            <= claim.sentence.end
            <= len(text)
        )


def test_parts_of_a_total_are_not_counts(nlp):
    text = "Five people died in the quake. Another four people died in hospitals."
    counts = [q.value for c in events(claims_of(nlp, text), "die") for q in c.quantities]
    assert counts == [5.0]


def test_the_subjects_place_is_the_events_place(nlp):
    text = "Police in Jakarta arrested the driver on Tuesday."
    (claim,) = events(claims_of(nlp, text), "arrest")
    assert claim.place is not None and claim.place.entity == "place:jakarta"
