"""How fast `corroborator check` answers, and how often it finds the right story by itself.

An archive is built from the sample corpus and the tests' hand-written corpora, plus the first
``--docs`` ECB+ texts when the shared data is present (``--quick``: the small corpus only), less
one held-out document per ECB+ event (topic and ecb/ecbplus half) of three or more of them.
Four sets of statements are checked with no story named; a statement is the first sentence
of at least MIN_STATEMENT_WORDS words of its text (a fact-checker pastes a sentence that says
something, not a dateline or a "Posted 11/27/2005 7:21 AM" line):

- archived: for each story of two or more articles, the lead of its last article (dated as its
  article, as ``--published`` would); its story must be found ("found"; "wrong" when another
  story is given). The sentence is in the archive word for word, so this is the easy case;
- undated: the same statements with no date, as a user most often pastes them;
- held out: the lead of each held-out ECB+ document, not in the archive; the story holding most
  archived documents of its event must be found. Closest to a fact-checker's sentence: same
  event, other words;
- outside: the leads of ECB+ documents of topics none of whose documents is in the archive
  (the first document of each such topic, then the second, up to ``--outside``; with
  ``--quick``, the invented QUICK_OUTSIDE); no story may be given ("wrongly found": the share
  that was given one). Some are events of a kind the archive holds (another earthquake,
  another murder charge), which is the hard part.

Printed: per set, the shares; seconds per check (mean, median, slowest, over all sets); how the
facts the archived set speaks to came out. ``--archive PATH`` keeps the built archive there and
reuses it on the next run (built again if PATH does not exist).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
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

# Statements about nothing the small corpus holds (the sample's Putin-Prigozhin meeting, an
# Izmir earthquake, a Lisbon summit, a minister's denied meeting, an opposition leader's
# whereabouts): the "outside" set of ``--quick``. Some share a kind of event or a place with an
# archived story, as a fact-checker's unrelated sentence would.
QUICK_OUTSIDE = (
    "The city council of Lisbon approved a new budget for public libraries.",
    "An earthquake struck Chile on Tuesday, killing three people.",
    "The central bank raised interest rates by half a percentage point.",
    "Floods in Bavaria forced thousands of residents from their homes.",
    "The striker signed a four-year contract with the club on Friday.",
    "Police arrested two men after a jewellery shop in Antwerp was robbed.",
    "The opposition held a rally in Budapest against the new tax.",
    "A ferry carrying 300 passengers ran aground off the coast of Crete.",
)
MIN_STATEMENT_WORDS = 6  # words holding a letter, in a sentence taken as a statement
HELD_OUT_FROM = 3  # an ECB+ event of this many documents (among --docs) gives one held out


def _ecb_sentences(path: Path) -> list[str]:
    """The sentences of an ECB+ document, tokens joined (an ecbplus document's sentence 0 is
    its source URL), as bench/pipeline.py joins them."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    keys = sorted(sentences)[1:] if path.name.endswith("ecbplus.xml") else sorted(sentences)
    return [" ".join(sentences[k]) for k in keys]


def _statement(sentences: list[str]) -> str | None:
    """The first sentence of at least MIN_STATEMENT_WORDS words."""
    for sentence in sentences:
        if sum(any(ch.isalpha() for ch in w) for w in sentence.split()) >= MIN_STATEMENT_WORDS:
            return sentence
    return None


def _event(path: Path) -> tuple[str, str]:
    return path.parent.name, "ecbplus" if path.name.endswith("ecbplus.xml") else "ecb"


def ecb_split(docs: int) -> tuple[list[Path], list[Path]]:
    """(archived, held out) among the first ``docs`` ECB+ documents: the last document of each
    event of HELD_OUT_FROM or more is held out."""
    paths = sorted(bench_pipeline.ECBPLUS.rglob("*.xml"))[:docs]
    by_event: dict[tuple[str, str], list[Path]] = {}
    for path in paths:
        by_event.setdefault(_event(path), []).append(path)
    held = {ps[-1] for ps in by_event.values() if len(ps) >= HELD_OUT_FROM}
    return [p for p in paths if p not in held], sorted(held)


def outside_paths(docs: int, limit: int) -> list[Path]:
    """ECB+ documents of topics with no document among the first ``docs``: the first document
    of each such topic, then the second, ..., at most ``limit``."""
    paths = sorted(bench_pipeline.ECBPLUS.rglob("*.xml"))
    archived = {p.parent.name for p in paths[:docs]}
    by_topic: dict[str, list[Path]] = {}
    for path in paths[docs:]:
        if path.parent.name not in archived:
            by_topic.setdefault(path.parent.name, []).append(path)
    rounds = max(map(len, by_topic.values()), default=0)
    ordered = [ps[r] for r in range(rounds) for _, ps in sorted(by_topic.items()) if r < len(ps)]
    return ordered[:limit]


def _build(db: Path, archived: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        bench_pipeline.write_corpus(corpus, 0, quick=True)
        if archived:
            lines = [
                json.dumps({"text": "\n\n".join(_ecb_sentences(p)), "outlet": "ECB+"})
                for p in archived
            ]
            (corpus / "ecbplus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store(db) as store:
            pipeline.run([corpus], store, Settings(db=str(db)))


def _key(text: str) -> str:
    return " ".join(text.split())[:300]


def statement_sets(
    store: Store,
    archived: list[Path],
    held: list[Path],
    limit: int,
    docs: int,
    ecb: bool,
    outside: int,
) -> dict[str, list[tuple]]:
    """The three sets of statements, each a list of (story id or None, statement, published)."""
    sets: dict[str, list[tuple]] = {"archived": []}
    for story in [s for s in store.stories() if len(s.articles) >= 2][:limit]:
        last = store.article(story.articles[-1])
        sentences = [last.text[s.start : s.end] for s in store.analysis(last.id).sentences]
        statement = _statement(sentences[1:] if last.title else sentences)
        if statement and _key(statement) != _key(last.text):  # not a one-sentence article
            # dated as its article, as a user checking an older story passes --published
            sets["archived"].append((story.id, statement, last.published))
    # the same statements as a user pastes them most often: with no date
    sets["undated"] = [(sid, statement, None) for sid, statement, _ in sets["archived"]]
    sets["held_out"], sets["outside"] = [], [] if ecb else [(None, t, None) for t in QUICK_OUTSIDE]
    if ecb:
        story_of = {}
        for article in store.articles():
            found = store.story_of(article.id)
            story_of[_key(article.text)] = found.id if found else None
        events: dict[tuple[str, str], Counter] = {}
        for path in archived:
            sid = story_of.get(_key("\n\n".join(_ecb_sentences(path))))
            events.setdefault(_event(path), Counter())[sid] += 1
        for path in held:
            (sid, _), *_ = sorted(events[_event(path)].items(), key=lambda p: (-p[1], p[0] or ""))
            statement = _statement(_ecb_sentences(path))
            if statement and sid:
                sets["held_out"].append((sid, statement, None))
        for path in outside_paths(docs, outside):
            statement = _statement(_ecb_sentences(path))
            if statement:
                sets["outside"].append((None, statement, None))
    return sets


def measure(
    docs: int, quick: bool, limit: int, floors: list[float], keep: Path | None, outside: int = 120
) -> dict:
    settings = Settings()
    load_pipeline(settings.model)  # loading the model is not part of a check's cost
    ecb = not quick and bench_pipeline.ECBPLUS.exists()
    archived, held = ecb_split(docs) if ecb else ([], [])
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = keep or Path(tmp) / "bench.db"
        if keep is None or not keep.exists():
            _build(db, archived)
        with Store(db) as store:
            articles = store.count("articles")
            sets = statement_sets(store, archived, held, limit, docs, ecb, outside)
            for floor in floors:
                pipeline.CHECK_STORY_FLOOR = floor
                runs[floor] = _check_all(store, sets, settings)
    return {
        "articles": articles,
        "statements": {name: len(s) for name, s in sets.items()},
        "floors": runs,
    }


def _check_all(store: Store, sets: dict[str, list[tuple]], settings: Settings) -> dict:
    seconds, outcomes, figures = [], Counter(), {}
    for name, statements in sets.items():
        found = wrong = 0
        for story_id, statement, published in statements:
            t0 = time.perf_counter()
            try:
                chosen, rows = pipeline.check(store, statement, settings, published=published)
            except CorroboratorError:  # no story found, or the sentence is a whole article
                chosen, rows = None, []
            seconds.append(time.perf_counter() - t0)
            found += chosen is not None and chosen.id == story_id
            wrong += chosen is not None and chosen.id != story_id
            if name == "archived":
                outcomes.update(r["outcome"] for r in rows)
        n = len(statements)
        if name == "outside":
            figures["outside_wrongly_found"] = round(wrong / n, 3) if n else None
        else:
            figures[f"{name}_found"] = round(found / n, 3) if n else None
            figures[f"{name}_wrong"] = round(wrong / n, 3) if n else None
    return {
        **figures,
        "seconds_mean": round(statistics.mean(seconds), 3) if seconds else None,
        "seconds_median": round(statistics.median(seconds), 3) if seconds else None,
        "seconds_max": round(max(seconds), 3) if seconds else None,
        "outcomes": dict(sorted(outcomes.items())),
    }


COLUMNS = (  # (header, figure) of the printed table
    ("found", "archived_found"),
    ("wrong", "archived_wrong"),
    ("undated", "undated_found"),
    ("held found", "held_out_found"),
    ("held wrong", "held_out_wrong"),
    ("outside", "outside_wrongly_found"),
    ("mean s", "seconds_mean"),
    ("median s", "seconds_median"),
    ("max s", "seconds_max"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="ECB+ texts in the archive")
    parser.add_argument("--limit", type=int, default=40, help="at most this many statements")
    parser.add_argument(
        "--outside", type=int, default=120, help="statements about nothing archived"
    )
    parser.add_argument("--quick", action="store_true", help="the small corpus only")
    parser.add_argument("--archive", type=Path, help="keep the archive here and reuse it")
    parser.add_argument(
        "--floors",
        default=str(pipeline.CHECK_STORY_FLOOR),
        help="comma list of CHECK_STORY_FLOOR values to try (the least story score)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    floors = [float(f) for f in args.floors.split(",")]
    figures = measure(args.docs, args.quick, args.limit, floors, args.archive, args.outside)
    if args.json:
        print(json.dumps(figures))
        return
    counts = ", ".join(f"{name} {n}" for name, n in figures["statements"].items())
    print(f"archive of {figures['articles']} articles; statements checked: {counts}")
    print(f"{'floor':>6}" + "".join(f"{h:>11}" for h, _ in COLUMNS) + "  facts by outcome")
    for floor, run in figures["floors"].items():
        outcomes = ", ".join(f"{k} {v}" for k, v in run["outcomes"].items())
        cells = "".join(f"{run[k]!s:>11}" for _, k in COLUMNS)
        print(f"{floor:>6}{cells}  {outcomes}")


if __name__ == "__main__":
    main()
