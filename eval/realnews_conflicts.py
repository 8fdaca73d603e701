"""Contradiction detection on real multi-outlet news: inject one changed value into a real story
and see whether the reconcile stage calls it contradicted.

eval/conflicts.py measures recall on ECB+ events, and its dev topics have been tuned on for a
long time (its held-out topics score far worse). This harness applies the same perturbation
method to another genre: real political news of several outlets, grouped into stories by the
real pipeline, so recall has a second, fresh development signal.

Stories, as eval/realnews.py builds them: the PolNeAR TRAIN split by default (``--split dev``,
or ``--split te3`` for the TempEval-3 train news; the PolNeAR test split is never read), each
text an Article through ingest's ``build_article``, one cached spaCy parse each, ``analyze_doc``,
the streaming ``StoryGrouper``; stories whose articles come from at least 2 outlets.

Cases: for each story and each kind of value (date, number, place, participant, negation; the
edit functions of eval/conflicts.py, which say how each kind is changed naturally), ONE value in
ONE article that another article of the same story also states (the same weekday or date, the
same count of the same noun, the same place name, the same surname, the same verb) is changed,
seeded per (story, kind) with ``random.Random("13:<story>:<kind>")`` as conflicts.py does; the
story's dossier is rebuilt with the changed article in place of the original. Values in an
article's first sentences are preferred (the lede); headlines (a text's first line, which
may end in a full stop) and datelines are skipped. The value is changed at every mention of it
in that article (conflicts.py's ``same_mentions``), so the article tells one other story rather
than both values; ``--one-mention`` changes the chosen mention only (the benchmark before round
20), and both choose the same cases.

Scoring, exactly as conflicts.py's: detected = the rebuilt dossier has a contradicted facet of a
facet kind the value feeds, with a value whose evidence is the changed article's sentence that
contains the change; "new" = detected by a facet not already contradicted in the unperturbed
story's dossier; recall = detected / cases per kind; each miss is diagnosed with conflicts.py's
MISS_REASONS. Controls: the unperturbed stories; the count with any contradicted facet is
reported for reference (whether those are real is eval/realnews.py's business, with labels).

Caveat, and the guard against it: PolNeAR stories are loosely grouped political news (a
campaign week, a primary night), so a value "also stated" by another article may belong to a
different happening ("Tuesday" of another primary, "three" of other delegates), and a change
to it would contradict nothing a second report says. A value is therefore changed only when the
other article states it in a sentence tied to the changed one (SHARED_STATEMENT): both
sentences in their articles' ledes (the first LEDE_SENTENCES sentences, mirroring conflicts.py's
lede preference and reconcile's own instance test), or both naming a person in common (a
surname of a PERSON entity; for a participant, a person other than the one changed). The guard
narrows the cases but does not make every pair one happening: a miss "held apart" may be a
right call on two happenings, so read the misses before tuning on them. As in conflicts.py,
values deep in a report are mostly skipped, so recall says little about disputes told late.

Real articles carry their publication dates (unlike ECB+), so weekdays and month-days resolve.
The perturbed texts are parsed once (cached on disk under /tmp by their hash, beside
realnews.py's parses).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import conflicts  # noqa: E402
import realnews  # noqa: E402

KINDS = conflicts.KINDS
SEED = conflicts.SEED
LEDE_SENTENCES = conflicts.LEDE_SENTENCES  # an article's first sentences state its happening
CACHE_DIR = Path("/tmp/corroborator-eval-cache")


@dataclass(frozen=True)
class Statement:
    """One statement of a value in an article: its key (as conflicts.py's edits key it), the
    index of its sentence and the surnames the sentence names."""

    key: str
    sentence: int
    people: frozenset[str]


def sentence_people(parse) -> list[frozenset[str]]:
    """The surnames (last word, lower-cased) of the PERSON entities of each sentence."""
    found: list[set[str]] = [set() for _ in parse.sents]
    index = {tok.i: n for n, sent in enumerate(parse.sents) for tok in sent}
    for ent in parse.ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ == "PERSON" and words:
            found[index[ent.start]].add(words[-1].lower_)
    return [frozenset(s) for s in found]


def statements(kind: str, parse, edits: Sequence, people: list[frozenset[str]]) -> list[Statement]:
    """The values of ``kind`` an article states, with their sentences: its edits' keys, or for
    negation every verb (another report states the happening with the same verb, in any form,
    as conflicts.py reads it)."""
    if kind == "negation":
        index = {tok.i: n for n, sent in enumerate(parse.sents) for tok in sent}
        return [
            Statement(t.lemma_.lower(), index[t.i], people[index[t.i]])
            for t in parse
            if t.pos_ == "VERB"
        ]
    return [Statement(e.key, e.sentence, people[e.sentence]) for e in edits]


def shared_statement(kind: str, mine: Statement, other: Statement) -> bool:
    """SHARED_STATEMENT: two articles' statements of one value are taken for one happening's
    when both are in their ledes or both sentences name a person in common (for a participant,
    someone besides the person whose name is the value)."""
    if mine.key != other.key:
        return False
    if mine.sentence < LEDE_SENTENCES and other.sentence < LEDE_SENTENCES:
        return True
    common = mine.people & other.people
    if kind == "participant":
        common = common - {mine.key}
    return bool(common)


def is_headline(sent, text: str) -> bool:
    """Whether a sentence lies in the first line of a text of several lines: the headline of a
    news text ("What each candidate needs in Tuesday showdown."), which may end in a full stop
    and so pass for prose; a change there would be a headline's, not a report's."""
    first_break = text.find("\n")
    return first_break >= 0 and sent.start_char < first_break


def choose_perturbation(
    story: str,
    kind: str,
    files: Sequence[str],
    texts: Sequence[str],
    parses: Sequence,
    one_mention: bool = False,
) -> conflicts.Perturbation | None:
    """One change of one value of ``kind`` in one article of the story, among the values another
    article states in a shared statement (lede sentences first), seeded per (story, kind); the
    value is changed at every mention of it in that article (conflicts.same_mentions), or, with
    ``one_mention``, at the chosen mention only."""
    people = [sentence_people(p) for p in parses]
    edits_by_doc = [conflicts.EDITORS[kind](p) for p in parses]
    told = [statements(kind, p, e, s) for p, e, s in zip(parses, edits_by_doc, people, strict=True)]
    story_text = " ".join(texts).lower()
    candidates: list[tuple[bool, int, conflicts.Edit]] = []
    for n, (parse, edits) in enumerate(zip(parses, edits_by_doc, strict=True)):
        sents = list(parse.sents)
        others = [s for m, said in enumerate(told) if m != n for s in said]
        for edit in edits:
            sent = sents[edit.sentence]
            if conflicts._is_dateline(sent) or not conflicts._is_prose(sent):
                continue
            if is_headline(sent, texts[n]):
                continue
            mine = Statement(edit.key, edit.sentence, people[n][edit.sentence])
            if not any(shared_statement(kind, mine, other) for other in others):
                continue
            if kind == "participant":
                options = tuple(o for o in edit.options if o.lower() not in story_text)
                edit = replace(edit, options=options)
            if not edit.options:
                continue
            candidates.append((edit.sentence < LEDE_SENTENCES, n, edit))
    chosen = conflicts.pick_edit(candidates, f"{SEED}:{story}:{kind}")
    if chosen is None:
        return None
    n, edit, new = chosen
    if one_mention:
        mentions = [(edit.start, edit.end, new)]
    else:
        mentions = conflicts.same_mentions(parses[n], edit, new)
    text, start, end = conflicts.apply_mentions(texts[n], edit, mentions)
    sent = list(parses[n].sents)[edit.sentence]
    sentence = text[moved(sent.start_char, mentions) : moved(sent.end_char, mentions)]
    sentence = " ".join(sentence.split())
    return conflicts.Perturbation(
        story, kind, files[n], text, start, end, edit.old, new.strip(), sentence, len(mentions)
    )


def moved(position: int, mentions: Sequence[tuple[int, int, str]]) -> int:
    """Where a position of the original text (not inside a mention) lies once the mentions
    (start, end, new words) are replaced."""
    shifts = [len(words) - (end - start) for start, end, words in mentions if end <= position]
    return position + sum(shifts)


def parse_cached(nlp, texts: Sequence[str], cache_dir: Path = CACHE_DIR) -> list:
    """spaCy Docs of the texts, each parse kept under /tmp (realnews.py's cache: the originals
    are its own parses, and a perturbed text is parsed once)."""
    return realnews.parse_cached(nlp, texts, cache_dir)


def run(docs: Sequence, kinds: Sequence[str], log=None, one_mention: bool = False) -> dict:
    """Controls and perturbed cases for the stories of >= MIN_OUTLETS outlets of the docs (each
    value changed at every mention in its article, or with ``one_mention`` at one)."""
    from corroborator.analyze import analyze_doc
    from corroborator.analyze.nlp import load_pipeline, pipeline_id
    from corroborator.dossier import build_dossier
    from corroborator.ingest import article_id
    from corroborator.settings import Settings

    log = log or (lambda message: None)
    nlp = load_pipeline(Settings().model)
    model = pipeline_id(nlp)
    articles, file_of = realnews.build_articles(docs)
    t0 = time.perf_counter()
    parses = dict(
        zip((a.id for a in articles), parse_cached(nlp, [a.text for a in articles]), strict=True)
    )
    log(f"parsed {len(articles)} articles in {time.perf_counter() - t0:.1f}s")
    analyses = {a.id: analyze_doc(parses[a.id], a, model) for a in articles}
    by_id = {a.id: a for a in articles}
    stories = [
        s
        for s in realnews.group_stories(articles, analyses)
        if len({by_id[a].outlet for a in s.articles}) >= realnews.MIN_OUTLETS
    ]

    controls: dict[str, dict] = {}
    planned: list[tuple[conflicts.Perturbation, object, str]] = []
    for story in stories:
        dossier = build_dossier(story, {a: by_id[a] for a in story.articles}, analyses)
        contradicted = [f for f in dossier.facets if f.verdict == "contradicted"]
        controls[story.id] = {
            "articles": len(story.articles),
            "contradicted": [f"{f.subject} | {f.attribute}" for f in contradicted],
            "keys": {(f.subject, f.attribute) for f in contradicted},
        }
        files = [file_of[a] for a in story.articles]
        texts = [by_id[a].text for a in story.articles]
        story_parses = [parses[a] for a in story.articles]
        for kind in kinds:
            p = choose_perturbation(story.id, kind, files, texts, story_parses, one_mention)
            if p is not None:
                original = story.articles[files.index(p.doc)]
                planned.append((p, story, original))
    log(f"{len(controls)} stories, {len(planned)} perturbations")

    changed = parse_cached(nlp, [p.text for p, _, _ in planned])
    cases = []
    for (p, story, original), parse in zip(planned, changed, strict=True):
        article = replace(
            by_id[original], id=article_id(p.text), text=p.text, raw=p.text.encode("utf-8")
        )
        case_analyses = dict(analyses)
        case_analyses[article.id] = analyze_doc(parse, article, model)
        ids = [article.id if a == original else a for a in story.articles]
        case_articles = {a: by_id[a] for a in ids if a != article.id}
        case_articles[article.id] = article
        dossier = build_dossier(replace(story, articles=ids), case_articles, case_analyses)
        any_hits = conflicts.contradicted_at(dossier, article.id, p.start)
        hits = [
            f
            for f in any_hits
            if conflicts._facet_kind(f.attribute) in conflicts.FACET_KINDS[p.kind]
        ]
        reason = "" if hits else conflicts.diagnose(p, case_analyses[article.id], dossier)
        control_keys = controls[p.event]["keys"]
        cases.append(
            conflicts.Case(
                perturbation=p,
                article=article.id,
                detected=bool(hits),
                new=any((f.subject, f.attribute) not in control_keys for f in hits),
                hit_any=bool(any_hits),
                facets=[f"{f.subject} | {f.attribute}" for f in any_hits],
                reason=reason,
            )
        )
    return {"articles": len(articles), "controls": controls, "cases": cases}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def summarise(result: dict, kinds: Sequence[str]) -> dict:
    """Cases, detections, recall and misses by reason, per kind and over all."""
    cases: list[conflicts.Case] = result["cases"]
    rows = {}
    for kind in kinds:
        mine = [c for c in cases if c.perturbation.kind == kind]
        rows[kind] = {
            "cases": len(mine),
            "detected": sum(c.detected for c in mine),
            "recall": _ratio(sum(c.detected for c in mine), len(mine)),
            "recall_new": _ratio(sum(c.new for c in mine), len(mine)),
            "recall_any_facet": _ratio(sum(c.hit_any for c in mine), len(mine)),
            "misses": {r: sum(c.reason == r for c in mine) for r in conflicts.MISS_REASONS},
        }
    detected = sum(c.detected for c in cases)
    controls = result["controls"]
    return {
        "articles": result["articles"],
        "stories": len(controls),
        "controls_contradicted": sum(1 for c in controls.values() if c["contradicted"]),
        "cases": len(cases),
        "detected": detected,
        "recall": _ratio(detected, len(cases)),
        "recall_new": _ratio(sum(c.new for c in cases), len(cases)),
        "recall_any_facet": _ratio(sum(c.hit_any for c in cases), len(cases)),
        "misses": {r: sum(c.reason == r for c in cases) for r in conflicts.MISS_REASONS},
        "kinds": rows,
    }


def print_table(summary: dict, result: dict, split: str, cases: bool = False) -> None:
    corpus = "TE3 train news" if split == realnews.TE3_SPLIT else f"PolNeAR {split}"
    print(
        f"{corpus}: {summary['articles']} articles, {summary['stories']} stories of >= "
        f"{realnews.MIN_OUTLETS} outlets; controls with a contradicted facet: "
        f"{summary['controls_contradicted']} (see eval/realnews.py for their labels)"
    )
    print(conflicts.DEFINITION.split("\nfalse alarms")[0])
    print()
    head = ("cases", "detected", "recall", "recall(new)", "recall(any facet)")
    print(f"{'kind':12} " + " ".join(f"{h:>{max(len(h), 6)}}" for h in head))
    for kind, row in [*summary["kinds"].items(), ("all", summary)]:
        figures = (row["cases"], row["detected"], row["recall"], row["recall_new"])
        figures += (row["recall_any_facet"],)
        cells = [
            f"{v:>{max(len(h), 6)}.3f}" if isinstance(v, float) else f"{v:>{max(len(h), 6)}}"
            for h, v in zip(head, figures, strict=True)
        ]
        print(f"{kind:12} " + " ".join(cells))
    print()
    conflicts.print_misses([*summary["kinds"].items(), ("all", summary)])
    if not cases:
        return
    print()
    for case in result["cases"]:
        p = case.perturbation
        mark = "HIT " if case.detected else "miss"
        where = f" ({p.mentions} mentions)" if p.mentions > 1 else ""
        print(
            f"{mark} {p.kind:11} {p.event} {p.doc} {p.old!r} -> {p.new!r}{where} "
            f"[{case.reason or 'detected'}]: {p.sentence}"
        )
        for facet in case.facets[:3]:
            print(f"       {facet}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=realnews.DATA, help="the shared datasets folder")
    ap.add_argument(
        "--split",
        choices=(*realnews.SPLITS, realnews.TE3_SPLIT),
        default="train",
        help="PolNeAR train (default) or dev, or te3 (the TempEval-3 train news)",
    )
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles by date")
    ap.add_argument("--files", default=None, help="comma list of article file names")
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma list of {', '.join(KINDS)}")
    ap.add_argument(
        "--one-mention",
        action="store_true",
        help="change only the chosen mention of a value, not every mention of it in the "
        "article (the benchmark before round 20, whose articles may state both values)",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    ap.add_argument("--cases", action="store_true", help="also list every case")
    ap.add_argument("--min-recall", type=float, default=None, help="exit 1 if recall is lower")
    args = ap.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        ap.error(f"unknown kind(s): {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    files = [f.strip() for f in args.files.split(",") if f.strip()] if args.files else None
    if args.split == realnews.TE3_SPLIT:
        root = args.data / "tempeval3"
        if not all((root / folder).is_dir() for folder in realnews.TE3_FOLDERS):
            print(f"skipped: dataset not found at {root}")
            return 0
        docs = realnews.load_te3_docs(root, files)
    else:
        root = args.data / "polnear"
        if not (root / "metadata.tsv").is_file() or not (root / args.split / "text").is_dir():
            print(f"skipped: dataset not found at {root}")
            return 0
        docs = realnews.load_docs(root, files, args.split)
    started = time.perf_counter()
    if args.limit is not None:
        docs = docs[: args.limit]
    log = (lambda m: print(m, file=sys.stderr)) if not args.json else None
    result = run(docs, kinds, log, args.one_mention)
    summary = summarise(result, kinds)
    seconds = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print_table(summary, result, args.split, args.cases)
        print(f"\nruntime: {seconds}s")
    if args.min_recall is not None and summary["recall"] < args.min_recall:
        print(f"FAIL: recall {summary['recall']:.3f} < {args.min_recall}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
