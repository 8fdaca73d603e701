"""Certainty grades on real news: a fixed sample of claims, each graded by a person, compared.

Every claim in a dossier carries a certainty grade (``analyze/certainty.py``: asserted,
on_record, named, anonymous, hedged, speculation, denial) with the words that justify it. This
harness measures whether the grades are right: it runs the real pipeline (ingest's
``build_article`` with the metadata's outlet and date, one cached spaCy parse per article,
``analyze_doc``: the relayed chain included) over the PolNeAR **dev** articles
(``polnear/dev/text/*.txt``), or with ``--split train`` the train articles (the sample to tune
on; the test split is held out), and keeps the claims whose label key hashes (MD5) to 0 modulo
the split's rate: a fixed, deterministic sample of about one claim in SAMPLE_EVERY on dev
(about 180), one in TRAIN_SAMPLE_EVERY on train (ten times the articles; about 180 too), the
train key salted so its sample is drawn apart from dev's. With ``--split check``, a wider
check drawn from the train articles: one claim in CHECK_SAMPLE_EVERY (about 60) under its own
salt, any the train sample also draws left out; labelled but never tuned on. With ``--split
train2``, a second sample to tune on from the train articles: one claim in TRAIN2_SAMPLE_EVERY
(about 80) under its own salt, any the train or check sample draws left out. Listed in file,
sentence and trigger order. A claim is in the sample by its own key, not by its rank, so a
claim found or lost elsewhere does not shift the sample.

Labels (``eval/data/certainty_labels.tsv`` for dev, ``certainty_labels_train.tsv`` for train,
``certainty_labels_check.tsv`` for the check sample, ``certainty_labels_train2.tsv`` for
train2; ours, by the same grade definitions): one row per sampled claim, keyed by the article
file, the first KEY_CHARS characters of the claim's sentence (whitespace folded to one space),
the claim's trigger word and its kind ("statement": what a source says; "event": the rest), so
keys survive small changes of the sentence splitter or of the claim's span. The label is the
grade a careful fact-checker gives that claim as the article tells it, with a short reason.

Figures: per grade, the claims labelled with it, those the pipeline graded so (agreed), the
claims the pipeline gave it, precision and recall; overall accuracy over the labelled claims,
and the count of unlabelled ones. ``--list {all,disagree,unlabelled}`` prints the cases with
their sentence and the justifying words; ``--min-accuracy X`` exits 1 below it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from realnews import DATA, build_articles, load_docs, parse_cached  # noqa: E402

LABELS = Path(__file__).resolve().parent / "data" / "certainty_labels.tsv"
LABELS_TRAIN = Path(__file__).resolve().parent / "data" / "certainty_labels_train.tsv"
LABELS_CHECK = Path(__file__).resolve().parent / "data" / "certainty_labels_check.tsv"
LABELS_TRAIN2 = Path(__file__).resolve().parent / "data" / "certainty_labels_train2.tsv"
# The samples scored: dev (the check), train (the sample to tune on), check (a wider check
# drawn from the train articles apart from the train sample, never tuned on) and train2 (a
# second sample to tune on from the train articles, apart from train's and check's).
SPLITS = ("dev", "train", "check", "train2")
# The PolNeAR split each sample is drawn from.
POLNEAR_SPLIT = {"dev": "dev", "train": "train", "check": "train", "train2": "train"}
SAMPLE_EVERY = 30  # about one dev claim in this many is sampled (by its key's hash)
TRAIN_SAMPLE_EVERY = 300  # about one train claim in this many (train has ten times dev's articles)
TRAIN_SALT = "train"  # hashed before a train key, so the train sample is drawn apart from dev's
CHECK_SAMPLE_EVERY = 800  # about one train claim in this many for the check sample (about 60)
CHECK_SALT = "check"  # hashed before a check key: drawn apart from the train sample
TRAIN2_SAMPLE_EVERY = 600  # about one train claim in this many for train2 (about 80)
TRAIN2_SALT = "train2"  # hashed before a train2 key: drawn apart from the train and check samples
# Per split: (labels file, sample rate, hash salt).
SPLIT_SAMPLES = {
    "dev": (LABELS, SAMPLE_EVERY, ""),
    "train": (LABELS_TRAIN, TRAIN_SAMPLE_EVERY, TRAIN_SALT),
    "check": (LABELS_CHECK, CHECK_SAMPLE_EVERY, CHECK_SALT),
    "train2": (LABELS_TRAIN2, TRAIN2_SAMPLE_EVERY, TRAIN2_SALT),
}
# Samples kept apart: a claim that an earlier sample of the same articles also draws is left out.
EXCLUDED_SAMPLES = {"check": ("train",), "train2": ("train", "check")}
KEY_CHARS = 60  # the sentence's first characters in a label key
HEADER = ("file", "sentence", "trigger", "kind", "label", "reason")
# An optional last column: who gave the label ("ours": our own reading, as every label here).
LABELLER = "labeller"
GRADES = ("asserted", "on_record", "named", "anonymous", "hedged", "speculation", "denial")
WHITESPACE = re.compile(r"\s+")


@dataclass
class Case:
    """One sampled claim, its grade and its label."""

    file: str
    sentence: str  # the whole sentence (for listing)
    trigger: str
    grade: str
    cues: tuple[str, ...]  # the words that justify the grade
    key: tuple[str, str, str, str]  # (file, sentence's first KEY_CHARS characters, trigger, kind)
    label: str = ""
    reason: str = ""


def _fold(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def label_key(file: str, sentence: str, trigger: str, kind: str) -> tuple[str, str, str, str]:
    """(file, the sentence's first KEY_CHARS characters, the trigger, the claim's kind),
    whitespace folded."""
    return (file, _fold(sentence)[:KEY_CHARS], _fold(trigger), kind)


def claim_kind(predicate: str) -> str:
    """ "statement" for what a source says (graded by its source), "event" for the rest."""
    return "statement" if predicate == "statement" else "event"


def load_labels(path: Path) -> dict[tuple[str, str, str, str], tuple[str, str]]:
    """Labels by key -> (grade, reason). Lines starting with '#' are comments; the first other
    line is the header (HEADER, or HEADER and a LABELLER column)."""
    if not path.is_file():
        return {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    headers = ("\t".join(HEADER), "\t".join((*HEADER, LABELLER)))
    if lines and lines[0] not in headers:
        raise ValueError(f"{path}: header {lines[0]!r}, expected one of {headers!r}")
    columns = lines[0].count("\t") + 1 if lines else len(HEADER)
    labels = {}
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != columns or cells[4] not in GRADES:
            raise ValueError(f"{path}: bad label row {n}: {line!r}")
        labels[(cells[0], cells[1], cells[2], cells[3])] = (cells[4], cells[5])
    return labels


def sampled(key: tuple[str, str, str, str], every: int = SAMPLE_EVERY, salt: str = "") -> bool:
    """True when the claim of this key is in the sample: the MD5 of its file, sentence and
    trigger (after ``salt`` and a tab, when a salt is given) is 0 modulo ``every`` (a statement
    and an event at one word are sampled together)."""
    text = "\t".join(((salt,) if salt else ()) + key[:3])
    digest = hashlib.md5(text.encode("utf-8")).hexdigest()
    return int(digest, 16) % every == 0


def run(
    docs,
    labels: dict,
    log=None,
    every: int = SAMPLE_EVERY,
    salt: str = "",
    exclude: tuple[tuple[int, str], ...] = (),
) -> dict:
    """Analyse the articles; the sampled claims, each with its grade, cues and label. A claim
    another sample draws (``exclude``: its rate and salt) is left out."""
    from corroborator.analyze import analyze_doc
    from corroborator.analyze.nlp import load_pipeline, pipeline_id
    from corroborator.settings import Settings

    log = log or (lambda message: None)
    nlp = load_pipeline(Settings().model)
    model = pipeline_id(nlp)
    articles, file_of = build_articles(docs)
    t0 = time.perf_counter()
    parses = parse_cached(nlp, [a.text for a in articles])
    log(f"parsed {len(articles)} articles in {time.perf_counter() - t0:.1f}s")
    every_claim = []
    for article, parse in zip(articles, parses, strict=True):
        analysis = analyze_doc(parse, article, model)
        text, file = article.text, file_of[article.id]
        for claim in analysis.claims:
            sentence = text[claim.sentence.start : claim.sentence.end]
            trigger = text[claim.trigger.start : claim.trigger.end]
            order = (file, claim.sentence.start, claim.trigger.start, claim.trigger.end)
            every_claim.append(
                (
                    order,
                    Case(
                        file=file,
                        sentence=_fold(sentence),
                        trigger=_fold(trigger),
                        grade=claim.certainty.grade,
                        cues=tuple(_fold(text[c.start : c.end]) for c in claim.certainty.cues),
                        key=label_key(file, sentence, trigger, claim_kind(claim.predicate)),
                    ),
                )
            )
    every_claim.sort(key=lambda pair: pair[0])
    cases = [
        case
        for _, case in every_claim
        if sampled(case.key, every, salt)
        and not any(sampled(case.key, other, other_salt) for other, other_salt in exclude)
    ]
    for case in cases:
        case.label, case.reason = labels.get(case.key, ("", ""))
    return {"articles": len(articles), "claims": len(every_claim), "cases": cases}


def summarise(result: dict) -> dict:
    """Per grade: labelled, agreed, predicted, precision, recall; overall accuracy."""
    labelled = [c for c in result["cases"] if c.label]
    gold = Counter(c.label for c in labelled)
    predicted = Counter(c.grade for c in labelled)
    agreed = Counter(c.label for c in labelled if c.grade == c.label)
    grades = {}
    for grade in GRADES:
        grades[grade] = {
            "labelled": gold[grade],
            "agreed": agreed[grade],
            "predicted": predicted[grade],
            "precision": round(agreed[grade] / predicted[grade], 3) if predicted[grade] else None,
            "recall": round(agreed[grade] / gold[grade], 3) if gold[grade] else None,
        }
    total_agreed = sum(agreed.values())
    return {
        "articles": result["articles"],
        "claims": result["claims"],
        "sampled": len(result["cases"]),
        "labelled": len(labelled),
        "agreed": total_agreed,
        "unlabelled": len(result["cases"]) - len(labelled),
        "accuracy": round(total_agreed / len(labelled), 3) if labelled else None,
        "grades": grades,
    }


def print_table(summary: dict, split: str, labels: Path = LABELS) -> None:
    every = SPLIT_SAMPLES[split][1]
    print(
        f"PolNeAR {split}: {summary['articles']} articles, {summary['claims']} claims, "
        f"{summary['sampled']} sampled (1 in {every}), labels from "
        f"eval/data/{labels.name}"
    )
    cols = ("labelled", "agreed", "predicted", "precision", "recall")
    print(f"{'grade':<13}" + "".join(c.rjust(10) for c in cols))
    for grade, row in summary["grades"].items():
        cells = [
            str(row[c]) if c in ("labelled", "agreed", "predicted") else _ratio(row[c])
            for c in cols
        ]
        print(f"{grade:<13}" + "".join(c.rjust(10) for c in cells))
    print(
        f"accuracy {_ratio(summary['accuracy'])} = {summary['agreed']} / {summary['labelled']}"
        f" labelled; {summary['unlabelled']} unlabelled"
    )


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_cases(cases: Sequence[Case], which: str) -> None:
    """The cases (all, the disagreements, or the unlabelled) with sentence and cues."""
    for c in cases:
        if which == "disagree" and (not c.label or c.label == c.grade):
            continue
        if which == "unlabelled" and c.label:
            continue
        print(f"\n== {c.grade} (label {c.label or '?'}) [{c.key[3]}] {c.reason}")
        print(f"   cues: {' | '.join(c.cues) or '-'}")
        print(f"   sentence: {c.sentence[:400]}")
        print("   key: " + "\t".join(c.key))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the shared datasets folder")
    ap.add_argument(
        "--labels",
        type=Path,
        default=None,
        help="the labels file (TSV; default: the split's, eval/data/certainty_labels*.tsv)",
    )
    ap.add_argument(
        "--split",
        choices=SPLITS,
        default="dev",
        help="the sample: dev (the check), train (the sample to tune on), check (a wider "
        "check from the train articles, apart from the train sample, never tuned on) or train2 "
        "(a second sample to tune on from the train articles, apart from train's and check's)",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    ap.add_argument(
        "--list",
        choices=("all", "disagree", "unlabelled"),
        default=None,
        help="also print the sampled claims (all, the disagreements, or the unlabelled) with "
        "their sentence and the justifying words",
    )
    ap.add_argument(
        "--min-accuracy",
        type=float,
        default=None,
        help="exit 1 if the accuracy over the labelled claims is lower",
    )
    args = ap.parse_args(argv)
    root = args.data / "polnear"
    if (
        not (root / "metadata.tsv").is_file()
        or not (root / POLNEAR_SPLIT[args.split] / "text").is_dir()
    ):
        print(f"skipped: dataset not found at {root}")
        return 0
    started = time.perf_counter()
    docs = load_docs(root, None, POLNEAR_SPLIT[args.split])
    log = (lambda m: print(m, file=sys.stderr)) if not args.json else None
    default_labels, every, salt = SPLIT_SAMPLES[args.split]
    labels = args.labels or default_labels
    exclude = tuple(SPLIT_SAMPLES[other][1:] for other in EXCLUDED_SAMPLES.get(args.split, ()))
    result = run(docs, load_labels(labels), log, every, salt, exclude)
    summary = summarise(result)
    seconds = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print_table(summary, args.split, labels)
        if args.list:
            print_cases(result["cases"], args.list)
        print(f"\nruntime: {seconds}s")
    accuracy = summary["accuracy"]
    if args.min_accuracy is not None and (accuracy is None or accuracy < args.min_accuracy):
        print(f"FAIL: accuracy {accuracy} < {args.min_accuracy}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
