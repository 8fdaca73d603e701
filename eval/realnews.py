"""False alarms on real news: every "contradicted" facet in real multi-outlet stories, labelled.

The perturbation benchmark (eval/conflicts.py) says how often an injected change is found; it
cannot say how often the reconcile stage cries "contradicted" when reports merely tell different
things. This harness runs the real pipeline over real news from several outlets and lists every
contradicted facet, so a person can read each one and say whether the texts truly disagree.

Data: the PolNeAR TRAIN split (``polnear/train/text/*.txt``, publisher and
publication_date from ``polnear/metadata.tsv``): 840 articles of US political news (Nov 2015 -
Sep 2016) from 7 outlets (Breitbart, HuffPost, NYT, Politico, USA Today, Washington Post,
Western Journal). ``--split dev`` reads the 84 dev articles instead, a second false-alarm
development set for reconcile (attribution scores its readings on dev; reconcile's labels of
contested facets are kept apart from those). The test split is held out.

The pipeline, as ``corroborator run`` takes it: each text becomes an Article through ingest's
``build_article`` (outlet and date from the metadata; exact duplicates kept once), syndication
groups from ingest's near-duplicate index, one spaCy parse per article (cached on disk under
/tmp as DocBin files), ``analyze_doc``, the streaming ``StoryGrouper`` in publication order,
then ``build_dossier`` for every story whose articles come from at least 2 outlets.

``--split te3`` reads a third set of real news instead: the TempEval-3 TRAIN articles
(``tempeval3/Training/TBAQ-cleaned/{AQUAINT,TimeBank}/*.tml``, 256 wire and newspaper articles of
1989-2000: AP, NYT, Xinhua, WSJ, CNN, ABC, VOA ...; the text of each TEXT element with its
tags stripped, the title before it, the outlet from the file name's letters, the date from the
DCT), where several outlets tell the 1998 embassy bombings or the Elian Gonzalez case. The
TE3 platinum test set is not read.

Labels (``eval/data/realnews_labels.tsv``, ours): one row per contested facet, keyed by the
article files behind its values, its attribute and its distinct value strings; ``real`` when the
texts truly disagree on that fact, ``false`` for a false alarm, each with a short reason. A facet
whose key is not in the file is reported as unlabelled (``--list`` prints them with their values
and sentences, to be read and labelled).

``--verdict corroborated`` lists and scores the facets the dossier calls corroborated instead,
with the same machinery and their own labels (``eval/data/realnews_corroborated.tsv``, ours):
``right`` when the reports behind a value truly tell the same fact of the same happening and
agree on it, ``wrong`` when not (most often two happenings of one kind merged), each with a short
reason; keyed by files, subject, attribute and values (one pair of reports often agrees that
several things happened), the values joined by " = ".

Figures, per facet kind (the attribute's first word: date, number, place, participant, ...):
stories of >= 2 outlets, the facets of the verdict (contested, or corroborated), labelled
real / false (right / wrong) / unlabelled, and the precision of the verdict = real / (real +
false) (right / (right + wrong)).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
LABELS = Path(__file__).resolve().parent / "data" / "realnews_labels.tsv"
CORROBORATED_LABELS = Path(__file__).resolve().parent / "data" / "realnews_corroborated.tsv"
CACHE_DIR = Path("/tmp/corroborator-eval-cache")
# The PolNeAR splits this harness reads: train (the labelled set, CI) and dev, a second
# false-alarm development set (--split dev). The test split is held out.
SPLITS = ("train", "dev")
# The TempEval-3 train news (--split te3): folders under tempeval3/, and the parts of a .tml
# file read (the DCT's value, the title, the text).
TE3_SPLIT = "te3"
TE3_FOLDERS = ("Training/TBAQ-cleaned/AQUAINT", "Training/TBAQ-cleaned/TimeBank")
TE3_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})")
TE3_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)
TE3_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
TE3_TAG = re.compile(r"<[^>]+>")
TE3_OUTLET = re.compile(r"^[A-Za-z]+")
MIN_OUTLETS = 2  # stories told by at least this many outlets are cross-checked
LABEL_NAMES = ("real", "false")
ISO_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
VALUE_SEP = " ≠ "  # between the distinct values of a facet in a label key
FILE_SEP = ";"  # between article files in a label key


@dataclass(frozen=True)
class Measure:
    """What a run lists and scores: the facets of one verdict, and how they are labelled."""

    verdict: str  # the dossier verdict listed
    count: str  # the name of the facet count (table, JSON, result)
    labels: tuple[str, str]  # (the verdict was right, it was wrong)
    value_sep: str  # between the distinct values of a facet in a label key
    path: Path  # the labels file
    # the key's columns: a corroborated facet's key names its subject too, since one pair of
    # reports often agrees on several happenings ("accept", "exclaim", "mark"), each "happened"
    key_columns: tuple[str, ...] = ("files", "attribute", "values")


MEASURES = {
    "contradicted": Measure("contradicted", "contested", LABEL_NAMES, VALUE_SEP, LABELS),
    "corroborated": Measure(
        "corroborated",
        "corroborated",
        ("right", "wrong"),
        " = ",
        CORROBORATED_LABELS,
        ("files", "subject", "attribute", "values"),
    ),
}


@dataclass(frozen=True)
class NewsDoc:
    file: str  # file name under polnear/train/text, without ".txt"
    outlet: str
    published: str
    title: str
    path: Path
    text: str | None = None  # the article's text when it is not the file's (a TE3 .tml file)


@dataclass
class Listed:
    """One facet with the measured verdict ("contradicted", "corroborated") in a story's
    dossier."""

    story: str
    subject: str
    attribute: str
    kind: str  # the attribute's first word
    values: list[dict]  # {"value", "label", "evidence": [{"file", "outlet", "quote"}]}
    files: tuple[str, ...]  # article files behind its values, sorted
    key: tuple[str, ...]  # (files, [subject,] attribute, values): the label key
    why: str
    label: str = ""  # real | false, right | wrong, or "" (unlabelled)
    reason: str = ""


# --- data --------------------------------------------------------------------------------


def load_docs(
    root: Path, files: Sequence[str] | None = None, split: str = "train"
) -> list[NewsDoc]:
    """The articles of a split listed in metadata.tsv (only ``files``, when given), in
    publication order then file name."""
    wanted = set(files) if files else None
    docs = []
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["compartment"] != split:
                continue
            if wanted is not None and row["filename"] not in wanted:
                continue
            path = root / split / "text" / f"{row['filename']}.txt"
            if path.is_file():
                docs.append(
                    NewsDoc(
                        row["filename"],
                        row["publisher"],
                        row["publication_date"],
                        row["title"],
                        path,
                    )
                )
    return sorted(docs, key=lambda d: (d.published, d.file))


def load_te3_docs(root: Path, files: Sequence[str] | None = None) -> list[NewsDoc]:
    """The TempEval-3 train articles (TE3_FOLDERS under ``root``, the tempeval3 folder) as
    news: the text of the TEXT element without its tags, the title, the outlet from the file
    name ("APW", "NYT", "XIE", "WSJ"), the date of the DCT; in date then file order."""
    import html

    wanted = set(files) if files else None
    docs = []
    for folder in TE3_FOLDERS:
        for path in sorted((root / folder).glob("*.tml")):
            if wanted is not None and path.stem not in wanted:
                continue
            raw = path.read_text(encoding="utf-8")
            dct, body = TE3_DCT.search(raw), TE3_TEXT.search(raw)
            if dct is None or body is None:
                continue
            title = TE3_TITLE.search(raw)
            title_text = html.unescape(TE3_TAG.sub("", title.group(1))).strip() if title else ""
            text = html.unescape(TE3_TAG.sub("", body.group(1))).strip()
            outlet = TE3_OUTLET.match(path.stem)
            docs.append(
                NewsDoc(
                    path.stem,
                    outlet.group(0).upper() if outlet else path.stem,
                    dct.group(1),
                    title_text,
                    path,
                    f"{title_text}\n\n{text}" if title_text else text,
                )
            )
    return sorted(docs, key=lambda d: (d.published, d.file))


def build_articles(docs: Sequence[NewsDoc]) -> tuple[list, dict[str, str]]:
    """Articles as ingest builds them (exact duplicates kept once, the first), with their
    syndication groups; and the file name of each article id."""
    from corroborator.ingest.article import Meta, build_article
    from corroborator.ingest.dedupe import SyndicationIndex

    index = SyndicationIndex()
    articles, file_of = [], {}
    for doc in docs:
        raw = doc.path.read_bytes() if doc.text is None else doc.text.encode("utf-8")
        article = build_article(
            raw.decode("utf-8"),
            source=(
                f"polnear/{doc.path.parent.parent.name}/text/{doc.file}.txt"
                if doc.text is None
                else f"tempeval3/{doc.path.parent.name}/{doc.file}.tml"
            ),
            raw=raw,
            raw_format="txt",
            given=Meta(title=doc.title, outlet=doc.outlet, published=doc.published),
        )
        if article.id in file_of:
            continue
        file_of[article.id] = doc.file
        articles.append(article)
    for article in articles:
        index.add(article.id, article.text)
    articles = [replace(a, syndication_group=index.group_of(a.id)) for a in articles]
    return articles, file_of


def parse_cached(nlp, texts: Sequence[str], cache_dir: Path = CACHE_DIR) -> list:
    """spaCy Docs of the texts, each parse kept under /tmp (``nlp.parse_cached``)."""
    from corroborator.analyze.nlp import parse_cached as cached
    from corroborator.analyze.nlp import pipeline_id

    return cached(nlp, texts, cache_dir / f"realnews-{pipeline_id(nlp)}")


def group_stories(articles: Sequence, analyses: dict) -> list:
    """Stories from the streaming grouper, articles fed in publication order (as
    ``pipeline.group`` feeds them)."""
    from corroborator.group import StoryGrouper, StoryItem

    grouper = StoryGrouper()
    items = []
    for article in articles:
        analysis = analyses[article.id]
        dates = tuple(sorted({t.value for t in analysis.times if ISO_DATE_VALUE.match(t.value)}))
        items.append(
            StoryItem(
                article_id=article.id,
                text=article.text,
                title=article.title,
                published=article.published,
                entities=tuple(m.entity for m in analysis.mentions),
                dates=dates,
            )
        )
    for item in sorted(items, key=lambda i: (i.published or "", i.article_id)):
        grouper.add(item)
    return grouper.stories()


# --- labels ------------------------------------------------------------------------------


def label_key(
    files: Sequence[str],
    attribute: str,
    values: Sequence[str],
    value_sep: str = VALUE_SEP,
    subject: str | None = None,
) -> tuple[str, ...]:
    """(files, attribute, values), or (files, subject, attribute, values) given a subject."""
    named = (subject,) if subject is not None else ()
    return (
        FILE_SEP.join(sorted(set(files))),
        *named,
        attribute,
        value_sep.join(sorted(set(values))),
    )


def load_labels(
    path: Path, measure: Measure = MEASURES["contradicted"]
) -> dict[tuple[str, ...], tuple[str, str]]:
    """Labels by key (the measure's key columns) -> (label, reason), each label one of the
    measure's. Lines starting with '#' are comments; the first other line is the header."""
    if not path.is_file():
        return {}
    labels = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    header = (*measure.key_columns, "label", "reason")
    expected = "\t".join(header)
    if lines and lines[0] != expected:
        raise ValueError(f"{path}: header {lines[0]!r}, expected {expected!r}")
    width = len(measure.key_columns)
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header) or cells[width] not in measure.labels:
            raise ValueError(f"{path}: bad label row {n}: {line!r}")
        labels[tuple(cells[:width])] = (cells[width], cells[width + 1])
    return labels


def find_label(labels: dict, key: tuple[str, ...]) -> tuple[str, str]:
    """The label of a facet: by its exact key, else by a label of the same attribute and values
    (and subject, when the key names it) whose article files overlap its own (a report more or
    fewer behind a value)."""
    if key in labels:
        return labels[key]
    files = set(key[0].split(FILE_SEP))
    for (other_files, *rest), found in sorted(labels.items()):
        if tuple(rest) == key[1:] and files & set(other_files.split(FILE_SEP)):
            return found
    return ("", "")


def _facet_kind(attribute: str) -> str:
    return attribute.split(":")[0].split(" ")[0]


# --- running -----------------------------------------------------------------------------


def run(
    docs: Sequence[NewsDoc], labels: dict, log=None, measure: Measure = MEASURES["contradicted"]
) -> dict:
    """Analyse, group and reconcile the articles; the facets of the measured verdict (under the
    measure's count: "contested", "corroborated") of every story told by at least MIN_OUTLETS
    outlets, each with its label."""
    from corroborator.analyze import analyze_doc
    from corroborator.analyze.nlp import load_pipeline, pipeline_id
    from corroborator.dossier import build_dossier
    from corroborator.settings import Settings

    log = log or (lambda message: None)
    nlp = load_pipeline(Settings().model)
    model = pipeline_id(nlp)
    articles, file_of = build_articles(docs)
    t0 = time.perf_counter()
    parses = parse_cached(nlp, [a.text for a in articles])
    log(f"parsed {len(articles)} articles in {time.perf_counter() - t0:.1f}s")
    analyses = {a.id: analyze_doc(p, a, model) for a, p in zip(articles, parses, strict=True)}
    by_id = {a.id: a for a in articles}
    stories = [
        s
        for s in group_stories(articles, analyses)
        if len({by_id[a].outlet for a in s.articles}) >= MIN_OUTLETS
    ]
    listed: list[Listed] = []
    for story in stories:
        dossier = build_dossier(story, {a: by_id[a] for a in story.articles}, analyses)
        for facet in dossier.facets:
            if facet.verdict != measure.verdict:
                continue
            values = [
                {
                    "value": v.value,
                    "label": v.label,
                    "evidence": [
                        {"file": file_of[e.article], "outlet": e.outlet, "quote": e.quote}
                        for e in v.evidence
                    ],
                }
                for v in facet.values
            ]
            files = tuple(sorted({e["file"] for v in values for e in v["evidence"]}))
            key = label_key(
                files,
                facet.attribute,
                [v["value"] for v in values],
                measure.value_sep,
                facet.subject if "subject" in measure.key_columns else None,
            )
            label, reason = find_label(labels, key)
            listed.append(
                Listed(
                    story=story.id,
                    subject=facet.subject,
                    attribute=facet.attribute,
                    kind=_facet_kind(facet.attribute),
                    values=values,
                    files=files,
                    key=key,
                    why=facet.why,
                    label=label,
                    reason=reason,
                )
            )
    return {"articles": len(articles), "stories": len(stories), measure.count: listed}


def summarise(result: dict, measure: Measure = MEASURES["contradicted"]) -> dict:
    """Counts and precision per facet kind and overall, under the measure's names (contested,
    real, false; or corroborated, right, wrong)."""
    count, (good, bad) = measure.count, measure.labels
    rows: dict[str, Counter] = defaultdict(Counter)
    for c in result[count]:
        for name in (c.kind, "all"):
            rows[name][count] += 1
            rows[name][c.label or "unlabelled"] += 1
    kinds = {}
    for name in sorted(rows, key=lambda k: (k == "all", k)):
        row = rows[name]
        labelled = row[good] + row[bad]
        kinds[name] = {
            count: row[count],
            good: row[good],
            bad: row[bad],
            "unlabelled": row["unlabelled"],
            "precision": round(row[good] / labelled, 3) if labelled else None,
        }
    total = kinds.get("all", {count: 0, good: 0, bad: 0, "unlabelled": 0})
    return {
        "articles": result["articles"],
        "stories": result["stories"],
        count: total[count],
        good: total[good],
        bad: total[bad],
        "unlabelled": total["unlabelled"],
        "precision": total.get("precision"),
        "kinds": {k: v for k, v in kinds.items() if k != "all"},
    }


def print_table(
    summary: dict, split: str = "train", measure: Measure = MEASURES["contradicted"]
) -> None:
    count, (good, bad) = measure.count, measure.labels
    corpus = "TE3 train news" if split == TE3_SPLIT else f"PolNeAR {split}"
    print(
        f"{corpus}: {summary['articles']} articles, "
        f"{summary['stories']} stories of >= {MIN_OUTLETS} outlets"
    )
    print(
        f"precision of '{measure.verdict}' = {good} / ({good} + {bad}), "
        f"from eval/data/{measure.path.name}"
    )
    widths = (max(10, len(count) + 1), max(6, len(good) + 1), max(7, len(bad) + 1), 12, 11)

    def line(name: str, cells: Sequence[str]) -> str:
        return f"{name:<14}" + "".join(c.rjust(w) for c, w in zip(cells, widths, strict=True))

    print(line("kind", (count, good, bad, "unlabelled", "precision")))
    for name, row in [*summary["kinds"].items(), ("all", summary)]:
        p = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        print(
            line(name, (str(row[count]), str(row[good]), str(row[bad]), str(row["unlabelled"]), p))
        )


def print_facets(listed: Sequence[Listed], only_unlabelled: bool) -> None:
    """Each listed facet with its key, its values and their sentences (for labelling)."""
    for c in listed:
        if only_unlabelled and c.label:
            continue
        print(f"\n== [{c.label or '?'}] {c.subject} | {c.attribute}   ({c.story}) {c.reason}")
        print(f"   why: {c.why}")
        print("   key: " + "\t".join(c.key))
        for v in c.values:
            print(f"   - {v['label']!r} ({v['value']})")
            for e in v["evidence"]:
                print(f"       {e['file']} [{e['outlet']}]: {e['quote'][:300]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the shared datasets folder")
    ap.add_argument(
        "--labels",
        type=Path,
        default=None,
        help="the labels file (TSV); by default the verdict's own (realnews_labels.tsv, "
        "realnews_corroborated.tsv)",
    )
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles by date")
    ap.add_argument("--files", default=None, help="comma list of article file names (no .txt)")
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    ap.add_argument(
        "--split",
        choices=(*SPLITS, TE3_SPLIT),
        default="train",
        help="the PolNeAR split: train (labelled, CI) or dev (a second false-alarm "
        "development set; its labels are keyed in the same file); or te3, the TempEval-3 "
        "train news (a third set)",
    )
    ap.add_argument(
        "--verdict",
        choices=tuple(MEASURES),
        default="contradicted",
        help="the verdict listed and scored: contradicted (false alarms, labels in "
        "realnews_labels.tsv) or corroborated (labels right/wrong in realnews_corroborated.tsv)",
    )
    ap.add_argument(
        "--list",
        choices=("all", "unlabelled"),
        default=None,
        help="also print the listed facets (all, or only the unlabelled) with their sentences",
    )
    ap.add_argument(
        "--max-false",
        type=int,
        default=None,
        help="exit 1 if more facets are labelled false (--verdict contradicted)",
    )
    ap.add_argument(
        "--max-contested",
        type=int,
        default=None,
        help="exit 1 if more facets are contested, labelled or not (a guard that new readings "
        "cannot slip past by being unlabelled; --verdict contradicted)",
    )
    ap.add_argument(
        "--min-precision",
        type=float,
        default=None,
        help="exit 1 if the precision of the verdict (real / labelled, or right / labelled) "
        "is lower",
    )
    args = ap.parse_args(argv)
    measure = MEASURES[args.verdict]
    if measure.verdict != "contradicted" and (
        args.max_false is not None or args.max_contested is not None
    ):
        ap.error("--max-false and --max-contested count contested facets: --verdict contradicted")
    labels_path = args.labels or measure.path
    files = [f.strip() for f in args.files.split(",") if f.strip()] if args.files else None
    if args.split == TE3_SPLIT:
        root = args.data / "tempeval3"
        if not all((root / folder).is_dir() for folder in TE3_FOLDERS):
            print(f"skipped: dataset not found at {root}")
            return 0
    else:
        root = args.data / "polnear"
        if not (root / "metadata.tsv").is_file() or not (root / args.split / "text").is_dir():
            print(f"skipped: dataset not found at {root}")
            return 0
    started = time.perf_counter()
    docs = (
        load_te3_docs(root, files)
        if args.split == TE3_SPLIT
        else load_docs(root, files, args.split)
    )
    if args.limit is not None:
        docs = docs[: args.limit]
    log = (lambda m: print(m, file=sys.stderr)) if not args.json else None
    result = run(docs, load_labels(labels_path, measure), log, measure)
    summary = summarise(result, measure)
    seconds = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print_table(summary, args.split, measure)
        if args.list:
            print_facets(result[measure.count], args.list == "unlabelled")
        print(f"\nruntime: {seconds}s")
    failed = False
    if args.max_false is not None and summary["false"] > args.max_false:
        print(f"FAIL: {summary['false']} false alarms > {args.max_false}", file=sys.stderr)
        failed = True
    if args.max_contested is not None and summary["contested"] > args.max_contested:
        print(
            f"FAIL: {summary['contested']} contested facets > {args.max_contested}",
            file=sys.stderr,
        )
        failed = True
    precision = summary["precision"]
    if args.min_precision is not None and precision is not None and precision < args.min_precision:
        print(f"FAIL: precision {precision:.3f} < {args.min_precision}", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
