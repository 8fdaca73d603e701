"""A win told by other words than "won": a winner declared or projected (WINNER_DECLARED_RULE)
and a win scored, eked out or earned (WIN_TAKING_RULE), each read as the win with its winner,
date and place, on real parses; predictions, hypotheticals and polls stay no win."""

from __future__ import annotations

from claims_reads import event_claims, only, words

from corroborator.analyze.claims import RUNNER_UP_WORDS, WIN_TAKING_VERBS, WINNER_DECLARING_VERBS

# The publication date the texts are given (a Wednesday: "Tuesday" is 2016-04-26).
PUBLISHED = "2016-04-27"


def _agents(claim) -> list[str]:
    return [p.entity for p in claim.participants if p.role == "agent"]


def test_a_winner_declared_is_a_win_by_the_one_declared(nlp):
    text = "Hillary Clinton was declared the winner in Maryland on Tuesday."
    win = only(event_claims(nlp, text, PUBLISHED), "win")
    assert _agents(win) == ["person:clinton"]
    assert win.place is not None and win.place.entity == "place:maryland"
    assert win.time is not None and win.time.value == "2016-04-26"
    assert words(text, win.trigger) == "winner"  # the contest is read after the winner noun
    assert not win.negated
    assert "declare" in WINNER_DECLARING_VERBS


def test_a_winner_projected_as_such_is_a_win(nlp):
    text = "Bernie Sanders was projected as the winner of Wisconsin's Democratic primary Tuesday."
    win = only(event_claims(nlp, text, PUBLISHED), "win")
    assert _agents(win) == ["person:sanders"]
    assert win.time is not None and win.time.value == "2016-04-26"


def test_the_declarer_is_no_winner(nlp):
    text = "The Associated Press declared Hillary Clinton the winner of the Kentucky primary."
    win = only(event_claims(nlp, text, PUBLISHED), "win")
    assert [(p.role, p.entity) for p in win.participants] == [("agent", "person:clinton")]


def test_a_winner_not_declared_denies_the_win(nlp):
    text = "Donald Trump was not declared the winner in Iowa."
    win = only(event_claims(nlp, text, PUBLISHED), "win")
    assert win.negated and _agents(win) == ["person:trump"]


def test_a_projection_to_win_is_no_win(nlp):
    # a prediction: "projected to win" tells what is expected, not a winner declared
    text = "Bernie Sanders is projected to win the Oregon primary."
    assert [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")] == []


def test_a_winner_who_may_be_declared_is_no_win(nlp):
    text = "Donald Trump could be declared the winner in Iowa."
    assert [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")] == []


def test_a_second_place_winner_won_nothing(nlp):
    text = (
        "Bernie Sanders was announced the second-place winner of the Iowa Caucus behind "
        "Hillary Clinton."
    )
    assert [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")] == []
    assert "place" in RUNNER_UP_WORDS


def test_a_victory_scored_is_the_scorers_win(nlp):
    text = "Bernie Sanders scored a decisive victory in the New Hampshire primary on Tuesday."
    claims = event_claims(nlp, text, PUBLISHED)
    win = only(claims, "win")
    assert _agents(win) == ["person:sanders"]
    assert win.time is not None and win.time.value == "2016-04-26"
    assert words(text, win.trigger) == "victory"
    assert not any(c.predicate == "v:score" for c in claims)  # one happening, told once
    assert "score" in WIN_TAKING_VERBS


def test_a_win_eked_out_is_placed_where_it_was_won(nlp):
    text = "Hillary Clinton eked out a narrow win in Iowa on Monday."
    win = only(event_claims(nlp, text, PUBLISHED), "win")
    assert _agents(win) == ["person:clinton"]
    assert win.place is not None and win.place.entity == "place:iowa"


def test_a_win_pulled_off_is_a_win(nlp):
    text = "Ted Cruz pulled off a win in Wisconsin on Tuesday."
    assert _agents(only(event_claims(nlp, text, PUBLISHED), "win")) == ["person:cruz"]


def test_a_win_that_may_be_eked_out_is_no_win(nlp):
    text = "He thought that Bernie Sanders would eke out a win in Oregon."
    assert [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")] == []


def test_victory_claimed_is_no_win_of_the_claimant(nlp):
    # a claim of victory is as often made before the count as after it: no winner read
    text = "Donald Trump claimed victory in Nevada on Tuesday."
    wins = [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")]
    assert all("person:trump" not in _agents(c) for c in wins)


def test_a_supposed_victory_is_no_win(nlp):
    text = "A victory in Ohio would give John Kasich a path to the nomination."
    assert [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")] == []


def test_a_poll_lead_is_no_win(nlp):
    text = "Donald Trump leads Ted Cruz in the Florida polls."
    assert [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")] == []
