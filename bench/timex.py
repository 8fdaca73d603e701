"""Cost of the time-expression stage next to the spaCy parse it reads.

For each article of the example corpus (or ``--dir``), time the spaCy parse and
``extract_times`` (best of ``--repeat`` runs each) and print the time stage's share of the
analysis time (parse + times). Goal: under 10 %.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corroborator.analyze.nlp import load_pipeline  # noqa: E402
from corroborator.analyze.timex import extract_times  # noqa: E402
from corroborator.model import Article  # noqa: E402
from corroborator.settings import Settings  # noqa: E402

# The example corpus's delivery convention: a first line starting " date 2023-07-10 ".
DATE_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2}) ")


def load_articles(folder: Path) -> list[Article]:
    sidecar: dict[str, str] = {}
    if (folder / "sources.csv").exists():
        with (folder / "sources.csv").open(encoding="utf-8") as fh:
            sidecar = {row.get("file", ""): row.get("published", "") for row in csv.DictReader(fh)}
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        published = sidecar.get(path.name) or None
        m = DATE_LINE.match(text)
        if m:
            published, text = published or m.group(1), text[m.end() :]
        articles.append(Article(id=path.stem, text=text, source=str(path), published=published))
    return articles


def best_of(repeat: int, fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / "examples", help="folder of .txt articles")
    ap.add_argument("--repeat", type=int, default=20, help="runs per measurement (best kept)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the settings' model)")
    ap.add_argument("--quick", action="store_true", help="3 runs per measurement")
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    args = ap.parse_args(argv)

    if args.quick:
        args.repeat = 3
    nlp = load_pipeline(args.model or Settings().model)
    articles = load_articles(args.dir)
    if not articles:
        print(f"skipped: no .txt articles in {args.dir}")
        return 0
    rows = []
    for article in articles:
        parse_s, doc = best_of(args.repeat, lambda a=article: nlp(a.text))
        times_s, refs = best_of(args.repeat, lambda d=doc, a=article: extract_times(d, a))
        rows.append({
            "article": article.id,
            "chars": len(article.text),
            "times": len(refs),  # type: ignore[arg-type]
            "parse_ms": 1000 * parse_s,
            "timex_ms": 1000 * times_s,
            "timex_share_pct": 100 * times_s / (parse_s + times_s),
        })  # fmt: skip
    parse_total = sum(r["parse_ms"] for r in rows)
    timex_total = sum(r["timex_ms"] for r in rows)
    total = {
        "articles": len(rows),
        "parse_ms": parse_total,
        "timex_ms": timex_total,
        "timex_share_pct": 100 * timex_total / (parse_total + timex_total),
        "goal_pct": 10.0,
    }
    if args.json:
        print(json.dumps({"rows": rows, "total": total}, sort_keys=True))
        return 0
    print(f"{'article':28}{'chars':>7}{'times':>7}{'parse ms':>10}{'timex ms':>10}{'timex %':>9}")
    for r in rows:
        print(f"{r['article']:28}{r['chars']:7d}{r['times']:7d}{r['parse_ms']:10.1f}"
              f"{r['timex_ms']:10.2f}{r['timex_share_pct']:8.1f}%")  # fmt: skip
    print(f"{'total':28}{'':7}{'':7}{parse_total:10.1f}{timex_total:10.2f}"
          f"{total['timex_share_pct']:8.1f}%   (goal < 10%)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
