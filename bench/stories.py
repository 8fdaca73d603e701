"""Benchmark: does the cost of assigning an article to a story stay flat as the archive grows?

Real news texts from ../shared/datasets (ECB+ documents, PolNeAR article texts, TempEval-3
TimeML texts) are replayed as a stream of up to 100,000 articles: each pass over the base texts
(shuffled, seeded) is published at a steady rate (``--per-day``) after the previous one, and each
replayed copy is lightly perturbed (about 10% of its words dropped, seeded) so no two copies are
identical. Entity keys are a cheap proxy, capitalised words not at a sentence start, since this
measures grouping, not NER.

Printed: mean assignment time per article (``StoryGrouper.add``, tokenising included; CPU time
of this process, so other jobs on a shared machine do not inflate it) over the ``--block``
articles up to 1k, 5k, 10k, 50k and 100k archived articles; the process RSS at each
checkpoint and its peak (``resource``); the number of stories; the size of the grouper's whole
state (``to_state()`` as JSON, what the archive holds), in MB; what a run of the last
``--block`` articles writes (``take_changes()``: the stories and days it changed, all that
pipeline.group saves) and its CPU seconds; the CPU seconds to load the whole state (each run
and each ``check`` does). Nothing builds an all-pairs matrix: candidates come from a (day,
term) inverted index restricted to the time window.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from corroborator.group import StoryGrouper, StoryItem

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
CHECKPOINTS = (1_000, 5_000, 10_000, 50_000, 100_000)
START = date(2024, 1, 1)
TAG_RE = re.compile(r"<[^>]+>")
SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|\n)$")
CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Za-z]+)?\b")


def ecb_text(path: Path) -> str:
    sentences: dict[str, list[str]] = {}
    for m in re.finditer(r'<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>', path.read_text()):
        sentences.setdefault(m.group(1), []).append(m.group(2))
    if path.name.endswith("ecbplus.xml"):
        sentences.pop("0", None)  # the source URL
    return "\n".join(
        " ".join(toks) for _, toks in sorted(sentences.items(), key=lambda p: int(p[0]))
    )


def tml_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
    return TAG_RE.sub("", body).strip()


def load_texts(root: Path) -> list[str]:
    """Base texts, in a fixed order (sorted paths)."""
    texts = [ecb_text(p) for p in sorted((root / "ecbplus").rglob("*.xml"))]
    texts += [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((root / "polnear").glob("*/text/*.txt"))
    ]
    texts += [tml_text(p) for p in sorted((root / "tempeval3").rglob("*.tml"))]
    return [t for t in texts if len(t.split()) >= 20]


def proxy_entities(text: str) -> tuple[str, ...]:
    """Capitalised words not at a sentence start: a stand-in for NER (bench only)."""
    return tuple(
        "name:" + m.group().lower()
        for m in CAPITALISED_RE.finditer(text)
        if not SENTENCE_START_RE.search(text[max(0, m.start() - 3) : m.start()])
    )


def replay(texts: list[str], n: int, per_day: int, seed: int) -> Iterator[StoryItem]:
    """``n`` articles: passes over ``texts`` (shuffled per pass), ``per_day`` a day, perturbed."""
    rng = random.Random(seed)
    i = 0
    epoch = 0
    while i < n:
        order = list(range(len(texts)))
        rng.shuffle(order)
        for j in order:
            if i >= n:
                return
            words = texts[j].split(" ")
            kept = " ".join(w for w in words if rng.random() >= 0.1)
            title, _, body = kept.partition("\n")
            published = (START + timedelta(days=i // per_day)).isoformat()
            yield StoryItem(
                f"r{epoch}-{j}", body or title, title[:200], published, proxy_entities(kept)
            )
            i += 1
        epoch += 1


class CountingGrouper(StoryGrouper):
    """The grouper, counting the work each article costs: candidate stories scored and the
    centroid entries (all channels) they hold. Machine-independent evidence of flat cost."""

    def __init__(self, **settings: object) -> None:
        super().__init__(**settings)  # type: ignore[arg-type]
        self.scored = 0
        self.entries = 0

    def _score(self, vec, story, q):  # noqa: ANN001, ANN202 (private signature)
        self.scored += 1
        self.entries += sum(len(v) for v in story.vecs.values())
        return super()._score(vec, story, q)


def rss_mib() -> float:
    """Current resident set size of this process, in MiB (Linux /proc)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return float("nan")
    return pages * resource.getpagesize() / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="datasets folder")
    ap.add_argument("--max", type=int, default=100_000, help="articles to stream")
    ap.add_argument("--quick", action="store_true", help="10,000 articles")
    ap.add_argument(
        "--per-day", type=int, default=150, help="articles a day (150: the window fills by 1k)"
    )
    ap.add_argument(
        "--window-days", type=int, default=None, help="grouper window (default: its own)"
    )
    ap.add_argument("--block", type=int, default=500, help="articles timed before each checkpoint")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    args = ap.parse_args(argv)
    n = 10_000 if args.quick else args.max

    if not (args.data / "ecbplus").is_dir():
        print(f"skipped: dataset not found at {args.data / 'ecbplus'}")
        return 0
    texts = load_texts(args.data)
    settings = {} if args.window_days is None else {"window_days": args.window_days}
    grouper = CountingGrouper(**settings)
    checkpoints = sorted({c for c in CHECKPOINTS if c <= n} | {n})
    rows = []
    elapsed: list[float] = []
    work: list[tuple[int, int]] = []
    total = 0.0
    for count, item in enumerate(replay(texts, n, args.per_day, args.seed), start=1):
        before = (grouper.scored, grouper.entries)
        t0 = time.process_time()
        grouper.add(item)
        dt = time.process_time() - t0
        total += dt
        elapsed.append(dt)
        work.append((grouper.scored - before[0], grouper.entries - before[1]))
        if len(elapsed) > args.block:
            elapsed.pop(0)
            work.pop(0)
        if count + args.block in checkpoints:
            grouper.take_changes()  # saved: the archive before a run of `--block` articles
        if count in checkpoints:
            t0 = time.process_time()
            core, changed = grouper.take_changes()
            run_saved = len(json.dumps(core)) + sum(len(json.dumps(p)) for p in changed.values())
            t1 = time.process_time()
            saved = json.dumps(grouper.to_state())
            t2 = time.process_time()
            StoryGrouper.from_state(json.loads(saved))
            t3 = time.process_time()
            rows.append(
                {
                    "archived": count,
                    "ms_per_article": round(1000 * sum(elapsed) / len(elapsed), 3),  # CPU
                    "ms_median": round(1000 * statistics.median(elapsed), 3),
                    "candidates": round(sum(w[0] for w in work) / len(work), 1),
                    "centroid_entries": round(sum(w[1] for w in work) / len(work)),
                    "stories": len(grouper._stories),
                    "rss_mib": round(rss_mib(), 1),
                    # what pipeline.group saves in the archive after each run
                    "state_mb": round(len(saved) / 1e6, 1),
                    # what a run of the last `--block` articles writes (the parts it changed)
                    "run_save_mb": round(run_saved / 1e6, 1),
                    "run_save_s": round(t1 - t0, 2),  # CPU seconds
                    # CPU seconds to load the whole state (each `group` run and `check`)
                    "state_load_s": round(t3 - t2, 2),
                }
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    base = rows[0]["ms_per_article"]
    result = {
        "base_texts": len(texts),
        "articles": n,
        "per_day": args.per_day,
        "window_days": grouper.window_days,
        "rows": rows,
        "ratio_last_to_first": round(rows[-1]["ms_per_article"] / base, 2) if base else None,
        "total_s": round(total, 1),
        "peak_rss_mib": round(peak, 1),
    }
    if args.json:
        print(json.dumps(result, sort_keys=True))
        return 0
    print(
        f"stories bench: {len(texts)} real base texts replayed to {n} articles, "
        f"{args.per_day}/day, window ±{grouper.window_days} days; "
        "proxy entities (capitalised words)"
    )
    cols = [
        ("archived", "archived"),
        ("ms_per_article", "ms/article"),
        ("ms_median", "median ms"),
        ("candidates", "candidates"),
        ("centroid_entries", "entries"),
        ("stories", "stories"),
        ("rss_mib", "RSS MiB"),
        ("state_mb", "state MB"),
        ("run_save_mb", "run saves MB"),
        ("run_save_s", "run save s"),
        ("state_load_s", "load s"),
    ]
    print(" ".join(f"{head:>11}" for _, head in cols))
    for r in rows:
        print(" ".join(f"{r[key]:>11}" for key, _ in cols))
    print(
        f"time per article at {rows[-1]['archived']} / at {rows[0]['archived']}: "
        f"{result['ratio_last_to_first']}x; peak RSS {result['peak_rss_mib']} MiB; "
        f"grouping time {result['total_s']} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
