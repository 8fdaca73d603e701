"""The reading model: a logistic regression over whole readings (``reading_features``) that
decides, after the rules and the cue model, which readings are attributions. Real spaCy
parses, the shipped weights."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corroborator.analyze.attribution import (
    CUE_MODEL_PATH,
    READING_BIAS,
    READING_KEEP,
    extract_attributions,
    load_cue_model,
    parse_cue_model,
    reading_candidates,
)
from corroborator.model import Article, Span

ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = ROOT / "src" / "corroborator" / "analyze" / Path(*CUE_MODEL_PATH)


def _article(text: str) -> Article:
    return Article(id="t", text=text, source="test")


def _candidates(nlp, text: str):
    return reading_candidates(nlp(text), _article(text), load_cue_model())


def _features(nlp, text: str, cue: str) -> list[str]:
    rows = _candidates(nlp, text)
    return next(f for a, f in rows if text[a.cue.start : a.cue.end] == cue)


# --- the shipped file ------------------------------------------------------------------------


def test_shipped_file_holds_a_reading_model():
    model = load_cue_model()
    assert model is not None and model.reading_bias is not None
    text = MODEL_FILE.read_text(encoding="utf-8")
    assert any(line.startswith(READING_BIAS + "\t") for line in text.splitlines())
    reading = [f for f in model.weights if f.startswith("a:")]
    assert len(reading) > 500
    assert "Reading model" in text.split("\n<", 1)[0]  # the header says what it is


def test_parse_reads_the_reading_bias_apart_from_the_cue_bias():
    model = parse_cue_model(f"# h\n<bias>\t-1.0\n{READING_BIAS}\t2.0\na:r=verb_cue\t1.0\n")
    assert model.bias == -1.0 and model.reading_bias == 2.0
    assert model.score_reading(["a:r=verb_cue"]) == pytest.approx(1 / (1 + 2.718281828459045**-3))
    assert model.score(["a:r=verb_cue"]) == pytest.approx(1 / (1 + 2.718281828459045**-0.0))
    assert parse_cue_model("<bias>\t0.5\n").reading_bias is None


# --- features --------------------------------------------------------------------------------


def test_features_of_a_plain_indirect_statement(nlp):
    feats = _features(nlp, "Trump said that the deal was dead.", "said")
    for expected in (
        "a:r=verb_cue",
        "a:l=say",
        "a:m=indirect",
        "a:pl=after",
        "a:o=that",
        "a:v=True",
        "a:n=0",
        "a:h=0",
        "a:q=False",
    ):
        assert expected in feats, expected
    assert any(f.startswith("a:s=") and f != "a:s=none" for f in feats)  # the cue was scored


def test_features_tell_nesting_from_holding(nlp):
    text = "We said the route was dangerous, a resident told the paper."
    said = _features(nlp, text, "said")
    told = _features(nlp, text, "told")
    assert "a:n=1" in said and "a:h=0" in said  # inside the resident's statement
    assert "a:n=0" in told and "a:h=1" in told  # holds the other cue


def test_features_of_a_direct_quotation_before_its_cue(nlp):
    feats = _features(nlp, '"We will win the state," the governor said.', "said")
    assert "a:m=direct" in feats and "a:pl=before" in feats
    assert 'a:o="' in feats


# --- decisions -------------------------------------------------------------------------------


def test_final_attributions_are_candidates_the_model_kept(nlp):
    text = (
        "Officials said the bridge would reopen on Monday. The mayor, who said he was "
        "relieved, praised the crews. Critics warned that the repairs were rushed."
    )
    model = load_cue_model()
    doc = nlp(text)
    cands = reading_candidates(doc, _article(text), model)
    kept = {
        (a.cue.start, a.content.start, a.content.end)
        for a, f in cands
        if model.score_reading(f) >= READING_KEEP
    }
    final = extract_attributions(doc, _article(text), [])
    assert {(a.cue.start, a.content.start, a.content.end) for a in final} == kept
    assert {text[a.cue.start : a.cue.end] for a in final} >= {"said", "warned"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials said the bridge would reopen on Monday.", "said"),
        ("Critics warned that the repairs were rushed.", "warned"),
        ("According to the police, two people were hurt.", "According to"),
        ('"We will win the state," the governor said.', "said"),
    ],
)
def test_clear_statements_score_above_the_threshold(nlp, text, cue):
    model = load_cue_model()
    assert model.score_reading(_features(nlp, text, cue)) >= READING_KEEP


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He ate an apple in the kitchen.", "ate"),  # the cue model lets it through
    ],
)
def test_reading_model_drops_weak_readings(nlp, text, cue):
    cues = [text[a.cue.start : a.cue.end] for a, _ in _candidates(nlp, text)]
    assert cue in cues
    final = extract_attributions(nlp(text), _article(text), [])
    assert cue not in [text[a.cue.start : a.cue.end] for a in final]


def test_learned_false_bypasses_both_models(nlp):
    text = "Officials said the bridge would reopen on Monday."
    atts = extract_attributions(nlp(text), _article(text), [], learned=False)
    assert [text[a.cue.start : a.cue.end] for a in atts] == ["said"]


# --- training labels -------------------------------------------------------------------------


def _polnear_module():
    """eval/polnear.py, whose one-to-one overlap matching also labels the reading model's
    training examples (eval/train_cues.py)."""
    path = ROOT / "eval" / "polnear.py"
    spec = importlib.util.spec_from_file_location("eval_polnear_reading", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reading_labels_match_one_to_one_by_shared_characters():
    polnear = _polnear_module()
    text = "He said the plan failed and the vote was lost, she added."
    gold = {((8, 45),)}  # one gold content
    long_pred, short_pred, elsewhere = (8, 45), (28, 45), (47, 50)
    matched = polnear.overlap_matched(text, gold, {long_pred, short_pred, elsewhere})
    assert matched == {long_pred}  # the larger share wins; one gold matches one reading
    assert polnear.overlap_matched(text, set(), {long_pred}) == set()
    assert Span(*long_pred).end == 45
