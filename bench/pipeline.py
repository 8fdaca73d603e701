"""End-to-end cost of Corroborator on this machine: ingest, parse, each analysis step, grouping
and dossiers, with throughput and peak memory.

Corpus: the sample corpus and the tests' hand-written corpora; with the shared ECB+ data
present (../shared/datasets/ecbplus), also up to ``--docs`` ECB+ news texts (the default run).
``--quick`` uses the small corpus only. ``--workers N`` (default 2) then runs the analysis
again end to end (``pipeline.analyze``, store writes included) in N worker processes and
compares its throughput with one process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corroborator import Settings, Store, pipeline  # noqa: E402
from corroborator.analyze import analyze_doc, model_id  # noqa: E402
from corroborator.analyze.nlp import load_pipeline, parse  # noqa: E402

ECBPLUS = ROOT.parent / "shared" / "datasets" / "ecbplus"


def ecb_texts(folder: Path, limit: int) -> list[str]:
    """Plain text of ECB+ documents (tokens joined), in sorted order."""
    texts = []
    for path in sorted(folder.rglob("*.xml"))[:limit]:
        root = ET.parse(path).getroot()
        sentences: dict[str, list[str]] = {}
        for token in root.iter("token"):
            sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
        keys = sorted(sentences, key=int)
        if path.name.endswith("ecbplus.xml"):
            keys = keys[1:]  # sentence 0 is the source URL
        texts.append("\n\n".join(" ".join(sentences[k]) for k in keys))
    return texts


def write_corpus(target: Path, docs: int, quick: bool) -> int:
    count = 0
    for source in [ROOT / "examples", *sorted((ROOT / "tests" / "data" / "corpora").iterdir())]:
        for path in sorted(source.iterdir()):
            if path.suffix in (".txt", ".jsonl", ".csv"):
                (target / f"{source.name}-{path.name}").write_bytes(path.read_bytes())
                count += 1 if path.suffix == ".txt" else len(path.read_text().splitlines())
    if not quick and ECBPLUS.exists():
        lines = [json.dumps({"text": t, "outlet": "ECB+"}) for t in ecb_texts(ECBPLUS, docs)]
        (target / "ecbplus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        count += len(lines)
    return count


def analyze_wall_time(corpus: Path, tmp: Path, workers: int) -> tuple[int, float]:
    """(articles, seconds) of `pipeline.analyze` on a fresh archive of ``corpus``."""
    db = tmp / f"workers-{workers}.db"
    settings = Settings(db=str(db), workers=workers)
    with Store(db) as store:
        pipeline.ingest([corpus], store, settings)
        t0 = time.perf_counter()
        count = pipeline.analyze(store, settings)
        return count, time.perf_counter() - t0


def measure(docs: int, quick: bool, workers: int) -> dict:
    settings = Settings()
    load_pipeline(settings.model)  # loading the model is not part of the per-article cost
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        write_corpus(corpus, docs, quick)
        with Store(Path(tmp) / "bench.db") as store:
            t0 = time.perf_counter()
            report = pipeline.ingest([corpus], store, settings)
            t_ingest = time.perf_counter() - t0
            articles = store.articles()
            chars = sum(len(a.text) for a in articles)

            nlp = load_pipeline(settings.model)
            timings: dict[str, float] = {}
            t0 = time.perf_counter()
            docs_parsed = list(parse(nlp, (a.text for a in articles), settings.batch_size))
            timings["parse"] = time.perf_counter() - t0
            model = model_id(settings)
            for article, doc in zip(articles, docs_parsed, strict=True):
                store.save_analysis(analyze_doc(doc, article, model, timings))

            t0 = time.perf_counter()
            stories = pipeline.group(store, settings)
            t_group = time.perf_counter() - t0
            t0 = time.perf_counter()
            dossiers = [pipeline.story_dossier(store, s) for s in stories]
            t_dossier = time.perf_counter() - t0
        engine = {}
        if workers > 1:
            for k in (1, workers):
                count, seconds = analyze_wall_time(corpus, Path(tmp), k)
                engine[str(k)] = round(count / seconds, 1)
    n = len(articles)
    analysis = sum(timings.values())
    return {
        "articles": n,
        "characters": chars,
        "skipped": len(report.skipped),
        "ingest_s": round(t_ingest, 3),
        "analysis_s": round(analysis, 3),
        "articles_per_s_analysis": round(n / analysis, 1) if analysis else None,
        "ms_per_article": {k: round(1000 * v / n, 2) for k, v in sorted(timings.items())},
        "share_of_analysis": {k: round(v / analysis, 3) for k, v in sorted(timings.items())},
        "group_s": round(t_group, 3),
        "dossiers": len(dossiers),
        "dossier_s": round(t_dossier, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "articles_per_s_by_workers": engine,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="ECB+ documents to add (default 300)")
    ap.add_argument("--quick", action="store_true", help="the small corpus only")
    ap.add_argument(
        "--workers", type=int, default=2, help="also time the analysis in N processes (1: skip)"
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    args = ap.parse_args(argv)
    figures = measure(args.docs, args.quick, args.workers)
    if args.json:
        print(json.dumps(figures, sort_keys=True))
        return 0
    print(f"{figures['articles']} articles, {figures['characters']:,} characters")
    print(f"{'step':<14}{'ms/article':>12}{'share':>9}")
    for step, ms in figures["ms_per_article"].items():
        print(f"{step:<14}{ms:>12.2f}{figures['share_of_analysis'][step]:>9.1%}")
    print(
        f"{'analysis':<14}{1000 * figures['analysis_s'] / figures['articles']:>12.2f}"
        f"   ({figures['articles_per_s_analysis']} articles/s)"
    )
    print(
        f"ingest {figures['ingest_s']} s · group {figures['group_s']} s · "
        f"{figures['dossiers']} dossiers in {figures['dossier_s']} s · "
        f"peak RSS {figures['peak_rss_mb']} MB"
    )
    by_workers = figures["articles_per_s_by_workers"]
    if by_workers:
        print(f"{'processes':<14}{'articles/s':>12}{'speed-up':>10}   (pipeline.analyze)")
        for k, rate in by_workers.items():
            print(f"{k:<14}{rate:>12.1f}{rate / by_workers['1']:>9.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
