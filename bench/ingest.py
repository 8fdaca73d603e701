"""Ingest throughput: articles per second for local HTML pages, plain text and JSONL.

The scrapinghub benchmark's 181 pages are written to a temporary folder as ``.html`` files and
read with ``read_sources`` (trafilatura extraction, metadata, our cleaning); their gold bodies
are written as ``.txt`` files and as one ``.jsonl`` file to time the text paths. Best of
``--repeat`` runs. Without the dataset, the example corpus is used for the text path only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corroborator.ingest import read_sources  # noqa: E402
from corroborator.settings import Settings  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
DATASET = "article-extraction-benchmark"


def prepare(data: Path, tmp: Path) -> dict[str, Path]:
    """Write the corpora to ``tmp``; return {kind: path to read}."""
    html_dir, txt_dir = tmp / "html", tmp / "txt"
    html_dir.mkdir()
    txt_dir.mkdir()
    bench = data / DATASET
    if (bench / "ground-truth.json").is_file():
        gold = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
        for path in sorted((bench / "html").glob("*.html.gz")):
            (html_dir / path.name.removesuffix(".gz")).write_bytes(
                gzip.decompress(path.read_bytes())
            )
        bodies = [v.get("articleBody", "") for _, v in sorted(gold.items())]
    else:
        bodies = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    bodies = [b for b in bodies if b.strip()]
    for n, body in enumerate(bodies):
        (txt_dir / f"{n:04d}.txt").write_text(body, encoding="utf-8")
    jsonl = tmp / "bodies.jsonl"
    jsonl.write_text("".join(json.dumps({"text": b}) + "\n" for b in bodies), encoding="utf-8")
    kinds = {"txt": txt_dir, "jsonl": jsonl}
    if any(html_dir.iterdir()):
        kinds = {"html": html_dir, **kinds}
    return kinds


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(path: Path, repeat: int) -> dict[str, float]:
    best = float("inf")
    articles = skipped = 0
    for _ in range(repeat):
        start = time.perf_counter()
        batch = read_sources([path], Settings())
        best = min(best, time.perf_counter() - start)
        articles, skipped = len(batch.articles), len(batch.skipped)
    mb = size_of(path) / 1e6
    return {
        "articles": articles,
        "skipped": skipped,
        "seconds": best,
        "articles_per_s": articles / best if best else 0.0,
        "mb_per_s": mb / best if best else 0.0,
        "mb": mb,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs per corpus (best is kept)")
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="corroborator-bench-ingest-") as tmp:
        kinds = prepare(args.data, Path(tmp))
        results = {kind: run(path, args.repeat) for kind, path in kinds.items()}
    if args.json:
        print(json.dumps(results, sort_keys=True))
        return 0
    print(f"ingest throughput (best of {args.repeat})")
    head = ("input", "articles", "skipped", "MB", "seconds", "art/s", "MB/s")
    print("{:<6} {:>8} {:>7} {:>6} {:>8} {:>8} {:>6}".format(*head))
    for kind, r in results.items():
        print(
            f"{kind:<6} {r['articles']:>8} {r['skipped']:>7} {r['mb']:>6.1f} {r['seconds']:>8.2f} "
            f"{r['articles_per_s']:>8.1f} {r['mb_per_s']:>6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
