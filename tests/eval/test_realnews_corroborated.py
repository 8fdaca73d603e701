"""The real-news harness scoring "corroborated" (eval/realnews.py --verdict corroborated): its
labels file, its keys (which name the facet's subject), its counts and its precision floor, on a
tiny split through the real pipeline and on a slice of TE3 news (skipped when ../shared is
absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_modules import eval_module

ROOT = Path(__file__).resolve().parents[2]
TE3 = ROOT.parent / "shared" / "datasets" / "tempeval3"
needs_te3 = pytest.mark.skipif(not TE3.is_dir(), reason=f"TempEval-3 not found at {TE3}")
HEADER = "files\tsubject\tattribute\tvalues\tlabel\treason"


@pytest.fixture(scope="module")
def realnews():
    yield from eval_module("realnews")


@pytest.fixture(scope="module")
def measure(realnews):
    return realnews.MEASURES["corroborated"]


def write_labels(path: Path, rows: list[tuple[str, ...]], header: str = HEADER) -> Path:
    lines = ["# a comment", header, *("\t".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_labels_file_is_well_formed(realnews, measure):
    labels = realnews.load_labels(measure.path, measure)
    assert labels
    for (files, subject, attribute, values), (label, reason) in labels.items():
        assert label in measure.labels and reason
        assert files and subject and attribute and values and realnews.VALUE_SEP not in values
        names = files.split(realnews.FILE_SEP)
        assert names == sorted(set(names))


def test_a_key_names_the_subject(realnews, measure, tmp_path):
    # one pair of reports agrees that two things happened: each has its own label
    labels = realnews.load_labels(
        write_labels(
            tmp_path / "l.tsv",
            [
                ("a;b", "hold (Albright)", "occurred", "happened", "wrong", "two acts of hold"),
                ("a;b", "sign (Kavan)", "occurred", "happened", "right", "the same signing"),
            ],
        ),
        measure,
    )

    def key(files, subject):
        return realnews.label_key(files, "occurred", ["happened"], measure.value_sep, subject)

    assert realnews.find_label(labels, key(["b", "a"], "hold (Albright)"))[0] == "wrong"
    assert realnews.find_label(labels, key(["a", "b", "c"], "sign (Kavan)"))[0] == "right"
    assert realnews.find_label(labels, key(["a", "b"], "mark (Albright)")) == ("", "")
    # two agreeing values are joined by the measure's separator, not by the contested one's
    both = realnews.label_key(["a"], "date", ["1998-08", "1998-08-07"], measure.value_sep, "s")
    assert both[-1] == "1998-08 = 1998-08-07"


def test_a_labels_file_of_the_other_verdict_is_refused(realnews, measure, tmp_path):
    contested = write_labels(
        tmp_path / "c.tsv",
        [("a;b", "date", "x ≠ y", "false", "other instances")],
        header="files\tattribute\tvalues\tlabel\treason",
    )
    with pytest.raises(ValueError, match="header"):
        realnews.load_labels(contested, measure)
    wrong_name = write_labels(tmp_path / "w.tsv", [("a;b", "s", "date", "x", "false", "no")])
    with pytest.raises(ValueError, match="bad label row"):
        realnews.load_labels(wrong_name, measure)


# Two outlets' reports of one meeting that agree on its day, place, length and attendees, and
# that Putin praised Wagner's fighters: two happenings "happened" behind the same two files.
MEETING = {
    "wire_2016-03-02_meeting": (
        "wire",
        "Putin met Prigozhin at the Kremlin",
        "Russian President Vladimir Putin met Yevgeny Prigozhin at the Kremlin on Monday, "
        "February 29, the Kremlin said. The meeting lasted three hours. Putin praised the "
        "fighters of Wagner.",
    ),
    "daily_2016-03-02_meeting": (
        "daily",
        "Putin held talks with Prigozhin",
        "Russian President Vladimir Putin met Yevgeny Prigozhin at the Kremlin on Monday, "
        "February 29, sources said. The meeting lasted three hours. Putin praised the fighters "
        "of Wagner.",
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


def test_a_run_lists_the_corroborated_facets_and_holds_its_floor(
    realnews, measure, tmp_path, capsys
):
    data = write_split(tmp_path / "data", MEETING)
    result = realnews.run(realnews.load_docs(data / "polnear", list(MEETING)), {}, None, measure)
    listed = result["corroborated"]
    by_attribute = {(c.subject, c.attribute): c for c in listed}
    meeting = "meeting of Prigozhin and Putin"
    assert [v["value"] for v in by_attribute[(meeting, "date")].values] == ["2016-02-29"]
    assert [v["value"] for v in by_attribute[(meeting, "place")].values] == ["place:kremlin"]
    # the meeting and the praise both "happened" behind the same files: the subject keeps the
    # two keys apart, so each has its own label
    happened = [c for c in listed if c.attribute == "occurred"]
    assert len(happened) == 2 and len({c.key[0] for c in happened}) == 1
    assert len({c.key for c in listed}) == len(listed)

    # labelled: one wrong, the rest right; figures under the verdict's own names
    wrong = listed[0]
    rows = [(*c.key, "wrong" if c is wrong else "right", "test") for c in listed]
    labels = write_labels(tmp_path / "l.tsv", rows)
    args = ["--data", str(data), "--verdict", "corroborated", "--labels", str(labels)]
    assert realnews.main([*args, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    n = len(listed)
    assert (summary["corroborated"], summary["right"], summary["wrong"]) == (n, n - 1, 1)
    assert summary["unlabelled"] == 0 and summary["precision"] == round((n - 1) / n, 3)
    assert "contested" not in summary and "real" not in summary
    for kind, row in summary["kinds"].items():
        assert row["corroborated"] == row["right"] + row["wrong"] + row["unlabelled"], kind
    # the precision floor reads right / labelled
    assert realnews.main([*args, "--min-precision", str(summary["precision"])]) == 0
    out = capsys.readouterr().out
    assert "precision of 'corroborated' = right / (right + wrong)" in out
    assert realnews.main([*args, "--min-precision", "1"]) == 1
    assert "FAIL: precision" in capsys.readouterr().err
    # unlabelled facets are counted, not scored
    none = write_labels(tmp_path / "none.tsv", [])
    assert (
        realnews.main(
            ["--data", str(data), "--verdict", "corroborated", "--labels", str(none), "--json"]
        )
        == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["unlabelled"] == n and summary["precision"] is None
    # the contested guards count contested facets only
    with pytest.raises(SystemExit):
        realnews.main([*args, "--max-false", "0"])
    capsys.readouterr()


# The TE3 news of NATO taking in Poland, Hungary and the Czech Republic (March 1999): AP, NYT
# and Xinhua tell several things of one ceremony, several of them "happened" behind the same
# files.
NATO = ("APW19990312.0251", "NYT19990312.0271", "XIE19990313.0031", "XIE19990313.0229")


@needs_te3
def test_the_keys_of_real_news_are_unique(realnews, measure):
    docs = realnews.load_te3_docs(TE3, NATO)
    assert len(docs) == len(NATO)
    labels = realnews.load_labels(measure.path, measure)
    listed = realnews.run(docs, labels, None, measure)["corroborated"]
    assert listed
    assert len({c.key for c in listed}) == len(listed)
    assert all(len(c.key) == len(measure.key_columns) for c in listed)


def test_it_skips_cleanly_without_the_dataset(realnews, tmp_path, capsys):
    for split in ("train", "te3"):
        args = ["--data", str(tmp_path), "--split", split, "--verdict", "corroborated"]
        assert realnews.main(args) == 0
        assert "skipped: dataset not found" in capsys.readouterr().out
