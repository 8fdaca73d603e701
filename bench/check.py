"""How fast `corroborator check` answers, and how often it finds the right story by itself.

An archive is built from the sample corpus and the tests' hand-written corpora, plus up to
``--docs`` ECB+ texts when the shared data is present (``--quick``: the small corpus only).
Then, for each story of two or more articles, the lead sentence of its last article is checked
with no story named (dated as its article, as ``--published`` would): the grouper's saved
state must find the story the sentence came from.
Printed: seconds per check (mean, median, slowest), the share of statements whose story was
found, and how the facts they speak to came out.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corroborator import Settings, Store, pipeline  # noqa: E402
from corroborator.analyze.nlp import load_pipeline  # noqa: E402
from corroborator.errors import CorroboratorError  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_pipeline", ROOT / "bench" / "pipeline.py")
bench_pipeline = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_pipeline)


def measure(docs: int, quick: bool, limit: int, floors: list[float]) -> dict:
    settings = Settings()
    load_pipeline(settings.model)  # loading the model is not part of a check's cost
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        articles = bench_pipeline.write_corpus(corpus, docs, quick)
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            pipeline.run([corpus], store, Settings(db=str(db)))
            stories = [s for s in store.stories() if len(s.articles) >= 2][:limit]
            statements = []
            for story in stories:
                last = store.article(story.articles[-1])
                lead = store.analysis(last.id).sentences[1 if last.title else 0]
                # dated as its article, as a user checking an older story passes --published
                statements.append((story.id, last.text[lead.start : lead.end], last.published))
            for floor in floors:
                pipeline.CHECK_STORY_FLOOR = floor
                runs[floor] = _check_all(store, statements, settings)
    return {"articles": articles, "statements": len(statements), "floors": runs}


def _check_all(store: Store, statements: list[tuple], settings: Settings) -> dict:
    seconds, found, outcomes = [], 0, Counter()
    for story_id, statement, published in statements:
        t0 = time.perf_counter()
        try:
            chosen, rows = pipeline.check(store, statement, settings, published=published)
        except CorroboratorError:  # no story found, or the sentence is a whole article
            chosen, rows = None, []
        seconds.append(time.perf_counter() - t0)
        found += chosen is not None and chosen.id == story_id
        outcomes.update(r["outcome"] for r in rows)
    return {
        "seconds_mean": round(statistics.mean(seconds), 3) if seconds else None,
        "seconds_median": round(statistics.median(seconds), 3) if seconds else None,
        "seconds_max": round(max(seconds), 3) if seconds else None,
        "story_found": round(found / len(seconds), 3) if seconds else None,
        "outcomes": dict(sorted(outcomes.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="ECB+ texts in the archive")
    parser.add_argument("--limit", type=int, default=40, help="at most this many statements")
    parser.add_argument("--quick", action="store_true", help="the small corpus only")
    parser.add_argument(
        "--floors",
        default=str(pipeline.CHECK_STORY_FLOOR),
        help="comma list of CHECK_STORY_FLOOR values to try (the least story score)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    floors = [float(f) for f in args.floors.split(",")]
    figures = measure(args.docs, args.quick, args.limit, floors)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"archive of {figures['articles']} articles; {figures['statements']} statements checked")
    print(f"{'floor':>6}{'found':>8}{'mean s':>9}{'median s':>10}{'max s':>8}  facts by outcome")
    for floor, run in figures["floors"].items():
        outcomes = ", ".join(f"{k} {v}" for k, v in run["outcomes"].items())
        print(
            f"{floor:>6}{run['story_found']!s:>8}{run['seconds_mean']!s:>9}"
            f"{run['seconds_median']!s:>10}{run['seconds_max']!s:>8}  {outcomes}"
        )


if __name__ == "__main__":
    main()
