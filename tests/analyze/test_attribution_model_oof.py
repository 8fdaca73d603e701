"""eval/train_cues.py's out-of-fold harness (``--oof``) and its reading-model L2, with the real
spaCy parse."""

from __future__ import annotations

import importlib.util
import sys
from argparse import Namespace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    ("Smith said the plan would fail.", "Smith", "said", "the plan would fail"),
    ("Jones told reporters the vote was rigged.", "Jones", "told", "the vote was rigged"),
    ("Brown said the tax would rise.", "Brown", "said", "the tax would rise"),
    ("Green claimed the deal was dead.", "Green", "claimed", "the deal was dead"),
    ("White said the bill would pass.", "White", "said", "the bill would pass"),
    ("Black argued the war was lost.", "Black", "argued", "the war was lost"),
]


@pytest.fixture(scope="module")
def train_cues(nlp):
    sys.path.insert(0, str(ROOT / "eval"))  # train_cues imports eval/polnear.py from there
    path = ROOT / "eval" / "train_cues.py"
    spec = importlib.util.spec_from_file_location("eval_train_cues_oof", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _split(nlp):
    """(name, gold spans per role, parse) of one article per sentence, two sentences each."""
    out = []
    for n in range(0, len(SENTENCES), 2):
        parts = SENTENCES[n : n + 2]
        text = " ".join(s for s, *_ in parts)
        gold: dict[str, set] = {"source": set(), "cue": set(), "content": set()}
        offset = 0
        for sentence, *spans in parts:
            for role, words in zip(("source", "cue", "content"), spans, strict=True):
                start = offset + sentence.index(words)
                gold[role].add(((start, start + len(words)),))
            offset += len(sentence) + 1
        out.append((f"a{n}", gold, nlp(text)))
    return out


def _args(**changes):
    settings = dict(
        min_count=1, l2=1e-4, reading_l2=1e-3, iterations=60, prune=0.0,
        reading_drop=0.15, reading_add=0.2,
    )  # fmt: skip
    return Namespace(**(settings | changes))


def test_out_of_fold_scores_each_fold_and_pools_them(nlp, train_cues):
    train = _split(nlp)
    per_article = [train_cues._article_examples(gold, doc) for _, gold, doc in train]
    scores = train_cues.out_of_fold(train, per_article, 3, _args())
    assert len(scores["folds"]) == 3
    for f in [*scores["folds"], scores["pooled"]]:
        assert set(f) == {"source", "cue", "content", "all"}
        assert all(0.0 <= v <= 100.0 for v in f.values())
    # plain "X said Y" statements: every fold's held article is read by models fitted on the
    # others, and its contents are found
    assert scores["pooled"]["content"] > 50.0
    # deterministic: a rerun gives the same figures
    assert train_cues.out_of_fold(train, per_article, 3, _args()) == scores


def test_render_names_the_reading_model_l2(train_cues):
    weights = {"l=say": 1.0, "<bias>": -1.0}
    settings = {"min_count": 3, "l2": 3e-5, "reading_l2": 1e-3, "iterations": 600}
    settings |= {"prune": 0.03, "folds": 3, "rdrop": 0.15, "radd": 0.2}
    settings |= {"n": 2, "pos": 1, "rn": 0, "rpos": 0}
    header = train_cues.render(weights, settings)
    assert "l2=3e-05 reading_l2=0.001" in header
