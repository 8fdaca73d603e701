"""The table `run` prints for a batch leads with the stories a reader weighs first."""

from __future__ import annotations

from corroborator.render import weighed_first


def counts(contradicted=0, updated=0, corroborated=0, single=0):
    return {
        "contradicted": contradicted,
        "updated": updated,
        "corroborated": corroborated,
        "single_source": single,
    }


def test_disputes_then_updates_then_agreements_then_bigger_stories():
    stories = {
        "s-a": (counts(single=200), 1),
        "s-b": (counts(corroborated=1, single=3), 2),
        "s-c": (counts(contradicted=1), 2),
        "s-d": (counts(single=5), 3),
        "s-e": (counts(updated=1), 1),
        "s-f": (counts(single=1), 1),
    }
    ranked = sorted(stories, key=lambda s: (*weighed_first(*stories[s]), s))  # s: a fixed tie order
    # a story many single-source facts fill is not ahead of one with a corroborated fact
    assert ranked == ["s-c", "s-e", "s-b", "s-d", "s-a", "s-f"]
