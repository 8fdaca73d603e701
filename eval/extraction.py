"""Score HTML main-text extraction on the scrapinghub article-extraction benchmark.

Data: ``article-extraction-benchmark/`` (181 pages ``html/<id>.html.gz``, gold bodies in
``ground-truth.json`` under ``articleBody``).

Metric, from the benchmark's definition (our own scorer):

- text is tokenised into ``\\w+`` tokens (case kept); a document's shingles are its token
  4-grams, counted as a multiset (a text shorter than four tokens is one shorter shingle);
- per document, TP = sum of min(gold count, predicted count) over shingles, FP = predicted
  surplus, FN = gold surplus; the three are divided by their sum so long pages weigh no more
  than short ones;
- precision = TP/(TP+FP) (1 when FP = FN = 0; 0 when TP = FP = 0), averaged over documents
  with TP+FP > 0; recall likewise over documents with TP+FN > 0; F1 = harmonic mean of the two
  averages.

Systems: ``trafilatura`` is trafilatura alone, called as the benchmark calls it
(``extract(html, include_comments=False)``); ``ours`` is what ``corroborator ingest`` does to a
page (trafilatura with our options, then our boilerplate rules); the other rows are option
variants for tuning, printed so a change can be judged on the same table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corroborator.errors import IngestError  # noqa: E402
from corroborator.ingest.article import Meta  # noqa: E402
from corroborator.ingest.files import html_article  # noqa: E402
from corroborator.ingest.html import EXTRACT_OPTIONS  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
DATASET = "article-extraction-benchmark"
NGRAM = 4
TOKEN = re.compile(r"\w+", re.UNICODE)

Extractor = Callable[[bytes], str]


# ---------------------------------------------------------------------------------------------
# Scorer
# ---------------------------------------------------------------------------------------------


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def tp_fp_fn(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = float(sum((g & p).values()))
    fp = float(sum((p - g).values()))
    fn = float(sum((g - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def aggregate(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    ps = [precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


# ---------------------------------------------------------------------------------------------
# Systems
# ---------------------------------------------------------------------------------------------


def trafilatura_alone(html: bytes) -> str:
    return trafilatura.extract(html.decode("utf-8", "replace"), include_comments=False) or ""


def ours(html: bytes) -> str:
    try:
        return html_article(html, None, Meta(), "<benchmark>").text
    except IngestError:
        return ""


def variant(**options: object) -> Extractor:
    """trafilatura alone with options changed (no metadata, no cleaning): for tuning rows."""
    merged = {"include_comments": False, **options}

    def run(html: bytes) -> str:
        return trafilatura.extract(html.decode("utf-8", "replace"), **merged) or ""  # type: ignore[arg-type]

    return run


SYSTEMS: dict[str, Extractor] = {
    "trafilatura": trafilatura_alone,
    "ours": ours,
}
VARIANTS: dict[str, Extractor] = {
    "traf+favor_precision": variant(favor_precision=True),
    "traf+favor_recall": variant(favor_recall=True),
    "traf-tables": variant(include_tables=False),
    "traf+fast": variant(fast=True),
    "traf+ours_options": variant(**EXTRACT_OPTIONS),
}


# ---------------------------------------------------------------------------------------------
# Run
# ---------------------------------------------------------------------------------------------


def load(data: Path) -> tuple[dict[str, str], dict[str, bytes]]:
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for path in sorted((data / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        if key in gold:
            pages[key] = gzip.decompress(path.read_bytes())
    return {k: v.get("articleBody", "") for k, v in gold.items()}, pages


def score(system: Extractor, gold: dict[str, str], pages: dict[str, bytes]) -> dict[str, float]:
    start = time.perf_counter()
    counts = [tp_fp_fn(gold[key], system(pages[key])) for key in sorted(pages)]
    result = aggregate(counts)
    result["seconds"] = time.perf_counter() - start
    return result


def score_stored(
    data: Path, gold: dict[str, str], pages: dict[str, bytes]
) -> dict[str, dict[str, float]]:
    """Scores of the systems whose outputs ship with the benchmark (``output/*.json``)."""
    out: dict[str, dict[str, float]] = {}
    for path in sorted((data / "output").glob("*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        stored = stored.get("output", stored)  # newer files wrap the outputs
        counts = [
            tp_fp_fn(gold[key], (stored.get(key) or {}).get("articleBody") or "")
            for key in sorted(pages)
        ]
        out[f"stored:{path.stem}"] = {**aggregate(counts), "seconds": 0.0}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets folder")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--variants", action="store_true", help="also score tuning variants")
    parser.add_argument(
        "--stored",
        action="store_true",
        help="also score the benchmark's stored outputs of other systems (checks our scorer)",
    )
    parser.add_argument("--limit", type=int, default=0, help="score the first N pages only")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 if ours is below")
    args = parser.parse_args(argv)

    data = args.data / DATASET if (args.data / DATASET).is_dir() else args.data
    if not (data / "ground-truth.json").is_file():
        print(f"skipped: dataset not found at {data}")
        return 0
    gold, pages = load(data)
    if args.limit:
        pages = dict(list(pages.items())[: args.limit])
    systems = {**SYSTEMS, **(VARIANTS if args.variants else {})}
    results = {name: score(fn, gold, pages) for name, fn in systems.items()}
    if args.stored:
        results.update(score_stored(data, gold, pages))

    if args.json:
        print(json.dumps({"documents": len(pages), "systems": results}, sort_keys=True))
    else:
        print(f"article-extraction-benchmark: {len(pages)} pages, 4-gram shingle P/R/F1")
        print(f"{'system':<22} {'precision':>9} {'recall':>7} {'F1':>7} {'pages/s':>8}")
        for name, r in results.items():
            rate = f"{len(pages) / r['seconds']:.1f}" if r["seconds"] else "-"
            print(
                f"{name:<22} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>7.3f} {rate:>8}"
            )
    if args.min_f1 is not None and results["ours"]["f1"] < args.min_f1:
        print(
            f"FAIL: ours F1 {results['ours']['f1']:.3f} below --min-f1 {args.min_f1}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
