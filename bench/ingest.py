"""Ingest throughput: articles per second for local HTML pages, plain text and JSONL.

The scrapinghub benchmark's 181 pages are written to a temporary folder as ``.html`` files and
read with ``read_sources`` (trafilatura extraction, metadata, our cleaning); their gold bodies
are written as ``.txt`` files and as one ``.jsonl`` file to time the text paths. Best of
``--repeat`` runs. Without the dataset, the example corpus is used for the text path only.

Then archiving into a growing archive (``pipeline``'s store step: the article row, its MinHash
signature and its syndication match by band keys): batches of 100 synthetic articles (ten
sentences drawn with a fixed seed from the corpus's sentences, so texts differ) are archived
until the archive holds ``--archive-max`` articles; the time per archived article is printed at
each size (it includes keeping the full-text index). It should not grow with the archive.

A whole ingest of a large JSONL file (``pipeline.ingest`` into a new archive: reading, cleaning,
signatures, the archive's transactions) is timed on ``--jsonl-records`` synthetic records (made
as above, each with a title, an outlet and a date), best of ``--repeat`` runs.

At each size, full-text search (``pipeline.search``, a page of 20 with spans and snippets) is
timed on ``SEARCH_QUERIES`` queries of two capitalised words of one corpus sentence (drawn with
a fixed seed): the median and the slowest, in ms, and the median number of matching articles.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corroborator.ingest import IngestBatch, read_sources  # noqa: E402
from corroborator.ingest.article import article_id  # noqa: E402
from corroborator.model import Article  # noqa: E402
from corroborator.pipeline import archive_batch, ingest, search  # noqa: E402
from corroborator.settings import Settings  # noqa: E402
from corroborator.store import Store  # noqa: E402

ARCHIVE_BATCH = 100
SEARCH_QUERIES = 25

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


SENTENCES_PER_ARTICLE = 10


def synthetic_articles(sentences: list[str], count: int, seed: int) -> list[Article]:
    """``count`` articles of sentences drawn from ``sentences`` (all of them when there are
    fewer than SENTENCES_PER_ARTICLE, as in the sample corpus a clone without the data sets
    falls back to), each opened by its own number so no two are the same text."""
    rng = random.Random(seed)
    per_article = min(SENTENCES_PER_ARTICLE, len(sentences))
    articles = []
    for i in range(count):
        text = f"Report {seed}-{i}. " + " ".join(rng.sample(sentences, per_article))
        articles.append(Article(id=article_id(text), text=text, source=f"bench:{seed}-{i}"))
    return articles


def corpus_sentences(text_dir: Path) -> list[str]:
    """The corpus's distinct sentences of more than 40 characters, sorted."""
    sentences = sorted(
        {s.strip() + "." for p in sorted(text_dir.glob("*.txt")) for s in p.read_text().split(". ")}
    )
    return [s for s in sentences if len(s) > 40]


def jsonl_ingest(text_dir: Path, tmp: Path, records: int, repeat: int) -> dict[str, float]:
    """Seconds of the best of ``repeat`` whole ingests of a ``records``-line JSONL file into a
    new archive."""
    jsonl = tmp / "large.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for n, article in enumerate(synthetic_articles(corpus_sentences(text_dir), records, 0)):
            record = {
                "text": article.text,
                "title": f"Report {n}",
                "outlet": f"Outlet {n % 7}",
                "date": f"2024-05-{1 + n % 28:02d}",
            }
            out.write(json.dumps(record) + "\n")
    best = float("inf")
    for attempt in range(repeat):
        with Store(tmp / f"large-{attempt}.db") as store:
            start = time.perf_counter()
            report = ingest([jsonl], store, Settings())
            best = min(best, time.perf_counter() - start)
    return {
        "articles": len(report.ingested),
        "seconds": best,
        "articles_per_s": len(report.ingested) / best if best else 0.0,
        "mb": jsonl.stat().st_size / 1e6,
    }


def archive_scaling(text_dir: Path, tmp: Path, sizes: list[int]) -> list[dict]:
    """Per-article archiving time of a 100-article batch when the archive holds each size."""
    sentences = corpus_sentences(text_dir)
    queries = search_queries(sentences)
    rows = []
    with Store(tmp / "scaling.db") as store:
        archived = batch_no = 0
        for size in sizes:
            while archived + ARCHIVE_BATCH < size:
                archive_batch(
                    IngestBatch(synthetic_articles(sentences, ARCHIVE_BATCH, batch_no)), store
                )
                archived += ARCHIVE_BATCH
                batch_no += 1
            batch = IngestBatch(synthetic_articles(sentences, ARCHIVE_BATCH, batch_no))
            start = time.perf_counter()
            archive_batch(batch, store)
            seconds = time.perf_counter() - start
            archived += ARCHIVE_BATCH
            batch_no += 1
            rows.append(
                {
                    "archived": archived,
                    "ms_per_article": 1000 * seconds / ARCHIVE_BATCH,
                    **search_times(store, queries),
                }
            )
    return rows


def search_queries(sentences: list[str]) -> list[str]:
    """Two capitalised words of one sentence (so the query has answers), seeded."""
    pairs = []
    for sentence in sentences:
        words = sorted({w for w in sentence.split()[1:] if w.isalpha() and w.istitle()})
        if len(words) >= 2:
            pairs.append(words)
    rng = random.Random(7)
    picked = rng.sample(pairs, min(SEARCH_QUERIES, len(pairs)))
    return [" ".join(rng.sample(words, 2)) for words in picked]


def search_times(store: Store, queries: list[str]) -> dict[str, float]:
    """Median and slowest ms of a page of search results, and how many articles matched."""
    times, found = [], []
    for query in queries:
        start = time.perf_counter()
        total, _ = search(store, query, 20)
        times.append(1000 * (time.perf_counter() - start))
        found.append(total)
    return {
        "search_ms_median": statistics.median(times) if times else 0.0,
        "search_ms_max": max(times, default=0.0),
        "search_hits_median": statistics.median(found) if found else 0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs per corpus (best is kept)")
    ap.add_argument(
        "--archive-max", type=int, default=10_000, help="largest archive of the scaling table"
    )
    ap.add_argument(
        "--jsonl-records", type=int, default=5_000, help="records of the large JSONL ingest"
    )
    ap.add_argument(
        "--quick", action="store_true", help="one run, archives up to 1,000, 1,000 JSONL records"
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    args = ap.parse_args(argv)
    if args.quick:
        args.repeat, args.archive_max, args.jsonl_records = 1, 1_000, 1_000
    sizes = [n for n in (1_000, 5_000, 10_000, 50_000, 100_000) if n <= args.archive_max]
    with tempfile.TemporaryDirectory(prefix="corroborator-bench-ingest-") as tmp:
        kinds = prepare(args.data, Path(tmp))
        results = {kind: run(path, args.repeat) for kind, path in kinds.items()}
        text_dir = kinds.get("txt", ROOT / "examples")
        large = jsonl_ingest(text_dir, Path(tmp), args.jsonl_records, args.repeat)
        scaling = archive_scaling(text_dir, Path(tmp), sizes)
    if args.json:
        print(json.dumps({**results, "jsonl_ingest": large, "archiving": scaling}, sort_keys=True))
        return 0
    print(f"ingest throughput (best of {args.repeat})")
    head = ("input", "articles", "skipped", "MB", "seconds", "art/s", "MB/s")
    print("{:<6} {:>8} {:>7} {:>6} {:>8} {:>8} {:>6}".format(*head))
    for kind, r in results.items():
        print(
            f"{kind:<6} {r['articles']:>8} {r['skipped']:>7} {r['mb']:>6.1f} {r['seconds']:>8.2f} "
            f"{r['articles_per_s']:>8.1f} {r['mb_per_s']:>6.2f}"
        )
    print(
        f"\nwhole ingest of a {large['mb']:.1f} MB JSONL file into a new archive:"
        f" {large['articles']:,} articles in {large['seconds']:.2f} s,"
        f" {large['articles_per_s']:.0f} art/s"
    )
    print(f"\narchiving a batch of {ARCHIVE_BATCH} into a growing archive")
    print(
        f"{'archived':>9} {'ms/article':>11} {'search ms median':>17} {'max':>7}"
        f" {'hits median':>12}"
    )
    for row in scaling:
        print(
            f"{row['archived']:>9,} {row['ms_per_article']:>11.2f}"
            f" {row['search_ms_median']:>17.2f} {row['search_ms_max']:>7.2f}"
            f" {row['search_hits_median']:>12}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
