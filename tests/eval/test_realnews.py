"""The real-news false-alarm harness: its labels file, its label matching, and a run on a slice
of PolNeAR train (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_modules import eval_module

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "datasets"
POLNEAR = SHARED / "polnear"
needs_data = pytest.mark.skipif(
    not (POLNEAR / "metadata.tsv").is_file(), reason=f"PolNeAR not found at {POLNEAR}"
)


@pytest.fixture(scope="module")
def realnews():
    yield from eval_module("realnews")


def write_labels(path: Path, rows: list[tuple[str, ...]]) -> Path:
    lines = ["# a comment", "files\tattribute\tvalues\tlabel\treason"]
    lines += ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_labels_file_is_well_formed(realnews):
    labels = realnews.load_labels(realnews.LABELS)
    assert labels
    for (files, attribute, values), (label, reason) in labels.items():
        assert label in realnews.LABEL_NAMES and reason
        assert files and attribute and realnews.VALUE_SEP in values
        names = files.split(realnews.FILE_SEP)
        assert names == sorted(set(names))


def test_a_label_is_found_by_its_key_or_by_overlapping_files(realnews, tmp_path):
    labels = realnews.load_labels(
        write_labels(
            tmp_path / "l.tsv",
            [("a;b", "date", "2016-02-01 ≠ 2016-02-09", "false", "different instances")],
        )
    )
    exact = realnews.label_key(["b", "a"], "date", ["2016-02-09", "2016-02-01"])
    assert realnews.find_label(labels, exact) == ("false", "different instances")
    # one report more behind a value: the same facet
    more = realnews.label_key(["a", "b", "c"], "date", ["2016-02-01", "2016-02-09"])
    assert realnews.find_label(labels, more)[0] == "false"
    # other reports, or other values: not labelled
    other = realnews.label_key(["c", "d"], "date", ["2016-02-01", "2016-02-09"])
    assert realnews.find_label(labels, other) == ("", "")
    values = realnews.label_key(["a", "b"], "date", ["2016-02-01", "2016-02-10"])
    assert realnews.find_label(labels, values) == ("", "")


def test_a_bad_label_row_is_refused(realnews, tmp_path):
    path = write_labels(tmp_path / "l.tsv", [("a;b", "date", "x ≠ y", "maybe", "unsure")])
    with pytest.raises(ValueError, match="bad label row"):
        realnews.load_labels(path)


def test_it_skips_cleanly_without_the_dataset(realnews, tmp_path, capsys):
    assert realnews.main(["--data", str(tmp_path)]) == 0
    assert "skipped: dataset not found" in capsys.readouterr().out


# Two outlets' reports of one meeting, laid out as a PolNeAR split (metadata.tsv and
# train/text/), that truly disagree on its date: the harness's counting and floors are tested on
# the real pipeline's contested facet, whatever the real data's false alarms come to.
MEETING = {
    "wire_2016-03-02_meeting": (
        "wire",
        "Putin met Prigozhin at the Kremlin",
        "Russian President Vladimir Putin met Yevgeny Prigozhin at the Kremlin on Monday, "
        "February 29, the Kremlin said. The meeting lasted three hours.",
    ),
    "daily_2016-03-02_meeting": (
        "daily",
        "Putin held secret talks with Prigozhin",
        "Russian President Vladimir Putin met Yevgeny Prigozhin at the Kremlin on Tuesday, "
        "March 1, sources said. The meeting lasted three hours.",
    ),
}
METADATA_COLUMNS = ("compartment", "filename", "publisher", "publication_date", "title")


def write_split(root: Path, reports: dict) -> Path:
    text_dir = root / "polnear" / "train" / "text"
    text_dir.mkdir(parents=True)
    rows = ["\t".join(METADATA_COLUMNS)]
    for name, (outlet, title, text) in reports.items():
        (text_dir / f"{name}.txt").write_text(text, encoding="utf-8")
        rows.append("\t".join(("train", name, outlet, "2016-03-02", title)))
    (root / "polnear" / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def test_a_run_counts_its_labels_and_holds_its_floors(realnews, tmp_path, capsys):
    data = write_split(tmp_path / "data", MEETING)
    assert realnews.main(["--data", str(data), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 2 and summary["stories"] == 1
    assert summary["contested"] == summary["real"] + summary["false"] + summary["unlabelled"]
    for kind, row in summary["kinds"].items():
        assert row["contested"] == row["real"] + row["false"] + row["unlabelled"], kind
    assert sum(row["contested"] for row in summary["kinds"].values()) == summary["contested"]

    result = realnews.run(realnews.load_docs(data / "polnear", list(MEETING)), {})
    dates = [c for c in result["contested"] if c.attribute == "date"]
    assert [sorted(v["value"] for v in c.values) for c in dates] == [["2016-02-29", "2016-03-01"]]
    # the floor: label every contested facet false, then allow one fewer
    rows = [(*c.key, "false", "test") for c in result["contested"]]
    labels = write_labels(tmp_path / "l.tsv", rows)
    args = ["--data", str(data), "--labels", str(labels)]
    n = len(rows)
    assert realnews.main([*args, "--json", "--max-false", str(n)]) == 0
    assert json.loads(capsys.readouterr().out)["false"] == n
    assert realnews.main([*args, "--max-false", str(n - 1)]) == 1
    out = capsys.readouterr()
    assert "precision" in out.out and f"FAIL: {n} false alarms" in out.err
    # labelled real, the precision floor holds; the contested guard counts them all the same
    real = write_labels(tmp_path / "r.tsv", [(*c.key, "real", "test") for c in result["contested"]])
    assert realnews.main(["--data", str(data), "--labels", str(real), "--min-precision", "1"]) == 0
    capsys.readouterr()
    unlabelled = ["--data", str(data), "--labels", str(write_labels(tmp_path / "none.tsv", []))]
    assert realnews.main([*unlabelled, "--json", "--max-contested", str(n)]) == 0
    capsys.readouterr()
    assert realnews.main([*unlabelled, "--max-contested", str(n - 1)]) == 1
    assert f"FAIL: {n} contested facets" in capsys.readouterr().err


# A live blog of Super Tuesday results (Breitbart, relaying AP) quotes Trump mocking Rubio for
# "not having won a single state", then reports Rubio's win in Minnesota later that night.
LIVE_BLOG = (
    "breitbart_2016-03-01_the-latest-sanders-wins-minnesot",
    "nyt_2016-03-04_beneath-clinton-s-wins-signs-of-",
    "usa-today_2016-03-02_no-clear-path-points-to-white-ho",
    "wash-post_2016-03-04_blistering-attacks-upend-trump-s",
)


@needs_data
def test_a_report_updating_itself_is_no_dispute(realnews):
    result = realnews.run(realnews.load_docs(POLNEAR, LIVE_BLOG), {})
    assert result["stories"] >= 1
    # its denial and its own later win are one report's two things, not two accounts
    assert not [c for c in result["contested"] if c.attribute == "occurred"]


@needs_data
def test_the_dev_split_is_read_apart_from_train(realnews):
    dev = realnews.load_docs(POLNEAR, split="dev")
    train = realnews.load_docs(POLNEAR, LIVE_BLOG)
    assert dev and all(d.path.parent.parent.name == "dev" for d in dev)
    assert not {d.file for d in dev} & {d.file for d in train}
    assert len(train) == len(LIVE_BLOG)
    assert realnews.load_docs(POLNEAR, LIVE_BLOG, split="dev") == []
