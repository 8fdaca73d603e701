"""The certainty harness: its labels file, its keys and sample, and its figures (skipped when
../shared is absent). Its accuracy floor on the PolNeAR dev sample is checked by .ci/run."""

from __future__ import annotations

import pytest
from eval_modules import eval_module


@pytest.fixture(scope="module")
def certainty():
    yield from eval_module("certainty")


def test_the_labels_file_is_well_formed(certainty):
    labels = certainty.load_labels(certainty.LABELS)
    assert len(labels) >= 150
    for (file, sentence, trigger, kind), (grade, reason) in labels.items():
        assert file and trigger and reason
        assert 0 < len(sentence) <= certainty.KEY_CHARS
        assert kind in ("statement", "event") and grade in certainty.GRADES


def test_a_key_folds_whitespace_and_keeps_the_sentence_start(certainty):
    sentence = "The   plant\nclosed in March, " + "x" * 100
    key = certainty.label_key("f", sentence, " closed ", "event")
    assert key == ("f", ("The plant closed in March, " + "x" * 100)[:60], "closed", "event")


def test_the_sample_is_by_key_and_holds_a_statement_with_its_event(certainty):
    keys = [certainty.label_key("f", f"Sentence {n}.", "said", "event") for n in range(3000)]
    chosen = [k for k in keys if certainty.sampled(k)]
    assert 60 <= len(chosen) <= 140  # about one in SAMPLE_EVERY
    assert chosen == [k for k in keys if certainty.sampled(k)]  # the same every time
    assert all(certainty.sampled((*k[:3], "statement")) for k in chosen)


def test_figures_per_grade(certainty):
    Case = certainty.Case

    def case(grade, label):
        return Case("f", "s", "t", grade, (), ("f", "s", "t", "event"), label)

    result = {
        "articles": 1,
        "claims": 10,
        "cases": [
            case("asserted", "asserted"),
            case("on_record", "asserted"),
            case("named", "named"),
            case("anonymous", ""),
        ],
    }
    summary = certainty.summarise(result)
    assert (summary["labelled"], summary["agreed"], summary["unlabelled"]) == (3, 2, 1)
    assert summary["accuracy"] == round(2 / 3, 3)
    assert summary["grades"]["asserted"] == {
        "labelled": 2,
        "agreed": 1,
        "predicted": 1,
        "precision": 1.0,
        "recall": 0.5,
    }
    assert summary["grades"]["on_record"]["precision"] == 0.0


def test_a_missing_dataset_is_skipped(certainty, tmp_path, capsys):
    assert certainty.main(["--data", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith(f"skipped: dataset not found at {tmp_path}")


def test_the_train2_labels_are_ours_and_drawn_apart_from_train_and_check(certainty):
    path = certainty.SPLIT_SAMPLES["train2"][0]
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln[0] != "#"]
    assert lines[0].split("\t") == [*certainty.HEADER, certainty.LABELLER]
    assert all(line.split("\t")[-1] == "ours" for line in lines[1:])
    labels = certainty.load_labels(path)
    assert len(labels) >= 75
    _, every, salt = certainty.SPLIT_SAMPLES["train2"]
    for key in labels:
        assert certainty.sampled(key, every, salt)
        for other in certainty.EXCLUDED_SAMPLES["train2"]:
            assert not certainty.sampled(key, *certainty.SPLIT_SAMPLES[other][1:])


def test_a_labels_file_with_a_labeller_column_loads(certainty, tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text(
        "# comment\n"
        + "\t".join((*certainty.HEADER, certainty.LABELLER))
        + "\nf\tThe plant closed.\tclosed\tevent\tasserted\tthe writer's own\tours\n",
        encoding="utf-8",
    )
    assert certainty.load_labels(path) == {
        ("f", "The plant closed.", "closed", "event"): ("asserted", "the writer's own")
    }
