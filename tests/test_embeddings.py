"""Optional dense embeddings: the lead-text rule always; the model only when it is installed."""

from __future__ import annotations

import math

import pytest

from corroborator.embeddings import DIGITS, Embedder, article_text, available
from corroborator.group import StoryItem, Weights, group_items


@pytest.mark.parametrize(
    ("title", "text", "lead_words", "expected"),
    [
        # Headline first, then whole sentences while they fit in the word budget.
        (
            "Fire at port",
            "One two three. Four five six. Seven.",
            6,
            "Fire at port. One two three. Four five six.",
        ),
        # The first sentence is kept even when it alone is over the budget.
        (None, "One two three four. Five.", 2, "One two three four."),
        # Lines are sentence breaks (ECB+ and feeds put one sentence or headline per line).
        ("", "Dateline line\nBody starts here. More.", 5, "Dateline line Body starts here."),
        # A closing quote stays with its sentence.
        (None, 'He said "no." Then left.', 3, 'He said "no."'),
    ],
)
def test_article_text_is_headline_and_lead(title, text, lead_words, expected) -> None:
    assert article_text(title, text, lead_words) == expected


def test_no_text_no_model_call() -> None:
    assert Embedder().embed([]) == []  # does not load (or need) the model


requires_model = pytest.mark.skipif(not available(), reason="optional [dense] packages absent")


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder(threads=1)


def cosine(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


@requires_model
def test_vectors_are_unit_rounded_and_repeatable(embedder) -> None:
    texts = ["Fire tears through Velmora container terminal", "Velmora dock workers strike"]
    first = embedder.embed(texts)
    assert len(first) == 2 and all(len(v) == 384 for v in first)
    assert all(abs(math.sqrt(sum(x * x for x in v)) - 1.0) < 1e-4 for v in first)
    assert all(round(x, DIGITS) == x for v in first for x in v)
    assert embedder.embed(texts) == first  # same input, same output


@requires_model
def test_same_event_is_closer_than_another_event_of_its_kind(embedder) -> None:
    fire, blaze, quake = embedder.embed(
        [
            "A fire broke out at the Velmora container terminal, injuring two dock workers.",
            "Two workers were hurt when a blaze engulfed a warehouse at Velmora's port.",
            "A magnitude 6 earthquake struck off the coast of Chile, shaking Santiago.",
        ]
    )
    assert cosine(fire, blaze) > 0.5 > cosine(fire, quake)


@requires_model
def test_dense_signal_in_the_grouper(embedder) -> None:
    rows = [
        ("f1", "Fire tears through Velmora terminal", "A fire broke out at the terminal."),
        ("f2", "Blaze at Velmora port warehouse", "A blaze engulfed a port warehouse."),
        ("q1", "Earthquake shakes Santiago", "A strong earthquake struck central Chile."),
    ]
    items = [
        StoryItem(aid, text, title, "2024-03-04", (), vector=embedder.embed_article(title, text))
        for aid, title, text in rows
    ]
    # Dense signal alone (text, entity and time weights 0): the fire reports meet, the quake not.
    settings = {"weights": Weights(0.0, 0.0, 0.0, 1.0), "threshold": 0.4}
    assert [s.articles for s in group_items(items, **settings)] == [["f1", "f2"], ["q1"]]
