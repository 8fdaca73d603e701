"""The missed and type tallies of eval/tempeval3.py --tally (missed_and_type_tallies): what
the system misses, by kind and by how the gold treats the phrase elsewhere, and the type
errors by types and the grain of the system's value, read from the system's real output on
a real spaCy parse.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def te3() -> Iterator[ModuleType]:
    path = ROOT / "eval" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3_census_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


TEXT = (
    "Previously the company said it would report on Thursday night. "
    "It had previously paid a dividend, and now expects a loss."
)


def _gold(te3, phrase: str, type_: str, value: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return te3.GoldTimex(start, start + len(phrase), type_, value, phrase)


def test_missed_and_type_tallies_on_the_system_output(te3, nlp) -> None:
    gold = [
        _gold(te3, "Previously", "DATE", "PAST_REF"),  # missed; the other one is left
        _gold(te3, "Thursday night", "DATE", "2000-01-06"),  # typed DATE, as AQUAINT does
        _gold(te3, "now", "DATE", "PRESENT_REF"),  # right: in neither tally
    ]
    doc = te3.TmlDoc("d", TEXT, "2000-01-07", gold)
    found = te3.system_timexes(nlp(TEXT), doc)
    assert {(TEXT[s.start : s.end], s.type) for s in found} == {
        ("Thursday night", "TIME"),
        ("now", "DATE"),
    }
    counts = te3.Counts()
    pairs = [(doc, g, s) for g, s in te3.score_doc(gold, found, counts, TEXT)]
    examples: dict[str, dict[str, str]] = {}
    assert te3.missed_and_type_tallies([doc], pairs, examples) == {
        "missed": {"reference word / gold leaves it elsewhere": 1},
        "type": {"DATE -> TIME / time": 1},
    }
    assert examples["missed"] == {
        "reference word / gold leaves it elsewhere": "gold 'Previously' PAST_REF"
    }


def test_a_miss_the_gold_tags_elsewhere_is_ours(te3) -> None:
    gold = [_gold(te3, "previously", "DATE", "PAST_REF"),
            _gold(te3, "Previously", "DATE", "PAST_REF")]  # fmt: skip
    doc = te3.TmlDoc("d", TEXT, "2000-01-07", gold)
    pairs = [(doc, g, s) for g, s in te3.score_doc(gold, [], te3.Counts(), TEXT)]
    tally = te3.missed_and_type_tallies([doc], pairs)
    assert tally == {"missed": {"reference word / gold tags it elsewhere": 2}, "type": {}}
