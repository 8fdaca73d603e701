"""The article-extraction scorer (eval/extraction.py) on literal texts, per its definition."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scorer():  # noqa: ANN201 (a module)
    spec = importlib.util.spec_from_file_location(
        "eval_extraction", ROOT / "eval" / "extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_extraction"] = module
    spec.loader.exec_module(module)
    return module


def test_identical_and_disjoint(scorer) -> None:  # noqa: ANN001
    text = "Putin met the Wagner chief five days after the coup"
    assert scorer.tp_fp_fn(text, text) == (1.0, 0.0, 0.0)
    # 10 tokens = 7 gold shingles; 5 tokens = 2 predicted shingles; none shared
    assert scorer.tp_fp_fn(text, "completely different words here today") == pytest.approx(
        (0.0, 2 / 9, 7 / 9)
    )


def test_counts_are_normalised_multisets(scorer) -> None:  # noqa: ANN001
    gold = "a b c d e"  # shingles: (a b c d), (b c d e)
    pred = "a b c d e a b c d"  # (a b c d) x2, (b c d e), (c d e a), (d e a b), (e a b c)
    tp, fp, fn = scorer.tp_fp_fn(gold, pred)
    assert (tp, fp, fn) == pytest.approx((2 / 6, 4 / 6, 0.0))
    assert scorer.precision(tp, fp, fn) == pytest.approx(1 / 3)
    assert scorer.recall(tp, fp, fn) == 1.0


def test_short_texts_are_one_shingle(scorer) -> None:  # noqa: ANN001
    assert scorer.shingles("Kremlin said") == {("Kremlin", "said"): 1}
    assert scorer.shingles("") == {}


def test_aggregate_averages_documents(scorer) -> None:  # noqa: ANN001
    perfect = (1.0, 0.0, 0.0)
    empty_prediction = (0.0, 0.0, 1.0)  # no predicted text: left out of precision
    half = (0.5, 0.5, 0.0)
    result = scorer.aggregate([perfect, empty_prediction, half])
    assert result["precision"] == pytest.approx((1.0 + 0.5) / 2)
    assert result["recall"] == pytest.approx((1.0 + 0.0 + 1.0) / 3)
    p, r = result["precision"], result["recall"]
    assert result["f1"] == pytest.approx(2 * p * r / (p + r))
