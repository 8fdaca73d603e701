"""The contradiction benchmark on real multi-outlet news: the guard that ties a changed value to
the other article's statement of it, and real runs on a tiny slice of the TempEval-3 train news
(skipped when ../shared is absent)."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest
from eval_modules import eval_module

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "datasets"
TE3 = SHARED / "tempeval3" / "Training" / "TBAQ-cleaned"
needs_te3 = pytest.mark.skipif(not TE3.is_dir(), reason=f"TempEval-3 train not found at {TE3}")
# Three reports of NATO taking in Poland, Hungary and the Czech Republic (March 1999): one
# story of two outlets (NYT, Xinhua).
NATO_FILES = "NYT19990312.0271,XIE19990313.0031,XIE19990313.0229"


@pytest.fixture(scope="module")
def harness():
    yield from eval_module("realnews_conflicts")


# --- the guard: a value is changed only where the other article tells the same happening -------

LEDE = "Police arrested 12 protesters in Paris on Tuesday."
FILLER = "The city was calm. Shops opened late. Traffic was light. Schools were shut."


def _choose(harness, nlp, texts, kind="number"):
    files = [f"f{n}" for n in range(len(texts))]
    return harness.choose_perturbation("s-test", kind, files, texts, [nlp(t) for t in texts])


def test_a_value_both_ledes_state_is_changed(harness, nlp):
    texts = [LEDE, "Police arrested 12 protesters on Tuesday, officials said."]
    p = _choose(harness, nlp, texts)
    assert p is not None and p.old == "12" and p.text[p.start : p.end] == p.new
    assert p.new in p.sentence and p.sentence in " ".join(p.text.split())
    assert _choose(harness, nlp, texts) == p  # seeded per (story, kind)


def test_a_value_told_deep_in_another_article_naming_no_one_in_common_is_not_changed(harness, nlp):
    # the second report's "12 protesters" come after its lede, with no person in common: it
    # may be another protest of a loosely grouped story
    late = f"{FILLER} Police arrested 12 protesters in Lyon."
    assert _choose(harness, nlp, [LEDE, late]) is None


def test_a_value_told_deep_in_another_article_naming_the_same_person_is_changed(harness, nlp):
    first = "Mayor Anne Hidalgo said police arrested 12 protesters in Paris on Tuesday."
    late = f"{FILLER} Police arrested 12 protesters, Anne Hidalgo said."
    p = _choose(harness, nlp, [first, late])
    assert p is not None and p.old == "12"


def test_a_value_in_a_headline_is_not_changed(harness, nlp):
    # a headline may end in a full stop; the first line of a text of several lines is one
    texts = [
        "Police arrested 12 protesters in Paris on Tuesday.\n\nThe march was calm, they said.",
        "Police arrested 12 protesters on Tuesday.\n\nOfficials said the march was calm.",
    ]
    assert _choose(harness, nlp, texts) is None
    # the same sentences as the text's only line are its lede
    assert _choose(harness, nlp, [t.split("\n")[0] for t in texts]) is not None


def test_every_mention_in_the_changed_article_is_changed_and_its_sentence_read_whole(harness, nlp):
    # "Nairobi" is longer than "Paris": the sentence of a later mention is read past the shift
    texts = [
        "Paris police arrested 12 protesters on Tuesday. The march in Paris was calm, they said.",
        "Police arrested 12 protesters in Paris on Tuesday.",
    ]
    parses = [nlp(t) for t in texts]
    for story in ("s-1", "s-2", "s-3", "s-4", "s-5", "s-6"):
        p = harness.choose_perturbation(story, "place", ["f0", "f1"], texts, parses)
        one = harness.choose_perturbation(story, "place", ["f0", "f1"], texts, parses, True)
        original = texts[int(p.doc[1])]
        assert p.text == original.replace("Paris", p.new)
        assert p.mentions == original.count("Paris") and one.mentions == 1
        assert (one.doc, one.old, one.new) == (p.doc, p.old, p.new)  # the same case
        assert one.text.count("Paris") == original.count("Paris") - 1
        for case in (p, one):
            assert case.text[case.start : case.end] == case.new
            spans = [m.span() for m in re.finditer(r"[^.]+\.", case.text)]
            start, end = next((a, b) for a, b in spans if a <= case.start < b)
            assert case.sentence == case.text[start:end].strip()


def test_a_participant_is_not_tied_by_the_person_changed(harness):
    statement = harness.Statement
    mine = statement("smith", 9, frozenset({"smith"}))
    assert not harness.shared_statement("participant", mine, statement("smith", 7, mine.people))
    both = frozenset({"smith", "jones"})
    assert harness.shared_statement(
        "participant", statement("smith", 9, both), statement("smith", 7, both)
    )
    # a number is tied by any person in common, a lede pair by its place alone
    assert harness.shared_statement("number", statement("12 protester", 9, mine.people),
                                    statement("12 protester", 7, mine.people))  # fmt: skip
    lede = statement("12 protester", 1, frozenset())
    assert harness.shared_statement("number", lede, statement("12 protester", 2, frozenset()))
    assert not harness.shared_statement("number", lede, statement("13 protester", 2, frozenset()))


# --- real runs ---------------------------------------------------------------------------------


def test_missing_dataset_skips_cleanly(harness, tmp_path, capsys):
    assert harness.main(["--data", str(tmp_path)]) == 0
    assert "skipped: dataset not found at" in capsys.readouterr().out
    assert harness.main(["--data", str(tmp_path), "--split", "te3"]) == 0
    assert "skipped: dataset not found at" in capsys.readouterr().out


@pytest.fixture(scope="module")
def nato_docs(harness):
    if not TE3.is_dir():
        pytest.skip(f"TempEval-3 train not found at {TE3}")
    return harness.realnews.load_te3_docs(SHARED / "tempeval3", NATO_FILES.split(","))


@pytest.fixture(scope="module")
def nato_run(harness, nato_docs):
    return harness.run(nato_docs, harness.KINDS)


@needs_te3
def test_a_planted_count_is_found_contradicted_in_a_real_story(harness, nato_run):
    assert len(nato_run["controls"]) == 1
    cases = {c.perturbation.kind: c for c in nato_run["cases"]}
    number = cases["number"]
    p = number.perturbation
    # a natural change: a count word for another count word, in the sentence as it now reads
    assert (p.old, p.new) == ("three", "six")
    assert "the six foreign ministers" in p.sentence and p.text[p.start : p.end] == "six"
    assert number.detected and number.new and number.reason == ""
    assert any("number of minister" in f for f in number.facets)
    # the misses carry a reason of the ECB+ benchmark's diagnosis
    for case in nato_run["cases"]:
        assert case.detected or case.reason in harness.conflicts.MISS_REASONS


@needs_te3
def test_the_json_has_its_figures(harness, capsys):
    assert harness.main(["--split", "te3", "--files", NATO_FILES, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["stories"] == 1 and figures["cases"] == len(harness.KINDS)
    assert figures["detected"] >= 1 and figures["kinds"]["number"]["recall"] == 1.0
    assert set(figures["misses"]) == set(harness.conflicts.MISS_REASONS)
    assert figures["controls_contradicted"] == 0
    assert harness.main(["--split", "te3", "--files", NATO_FILES, "--min-recall", "1.01"]) == 1


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """The runs of words that differ between two texts, as (before, after)."""
    a, b = re.findall(r"\w+|[^\w\s]", before), re.findall(r"\w+|[^\w\s]", after)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return [(" ".join(a[i:j]), " ".join(b[k:m])) for tag, i, j, k, m in ops if tag != "equal"]


@needs_te3
def test_a_real_value_is_changed_at_every_mention_and_nothing_else(harness, nato_docs, nato_run):
    articles, file_of = harness.realnews.build_articles(nato_docs)
    originals = {file_of[a.id]: a.text for a in articles}
    one_run = harness.run(nato_docs, harness.KINDS, one_mention=True)
    every = {c.perturbation.kind: c.perturbation for c in nato_run["cases"]}
    one = {c.perturbation.kind: c.perturbation for c in one_run["cases"]}
    assert {k: (p.doc, p.old, p.new) for k, p in one.items()} == {
        k: (p.doc, p.old, p.new) for k, p in every.items()
    }  # the same cases
    # the NYT report says "Friday" five times; the place is named twice, once with its state;
    # Geremek is named in full once and by surname once
    assert {k: p.mentions for k, p in every.items()} == {
        "date": 5, "number": 1, "place": 2, "participant": 2, "negation": 1
    }  # fmt: skip
    for kind, p in every.items():
        original = originals[p.doc]
        changes = word_changes(original, p.text)
        surname, new_surname = p.old.split()[-1], p.new.split()[-1]
        assert len(changes) == p.mentions
        assert all(old in (p.old, surname) or old.startswith(f"{p.old} ,") for old, _ in changes)
        assert {new for _, new in changes} <= {p.new, new_surname}
        if kind in ("date", "place", "participant"):  # none of the old name is left
            assert surname not in p.text
        assert word_changes(original, one[kind].text) == [(p.old, p.new)]
