"""Parsing: long texts in pieces, joined back into one Doc over the same characters."""

from __future__ import annotations

import pytest

from corroborator.analyze.nlp import (
    SENTENCE_RULES_VERSION,
    parse,
    parse_cached,
    pieces,
    pipeline_id,
)


def test_pieces_cut_at_line_breaks_and_join_back() -> None:
    text = "First paragraph here.\nSecond one is here.\nThird.\n" * 20
    parts = pieces(text, 100)
    assert "".join(parts) == text
    assert all(len(p) <= 100 for p in parts)
    assert all(p.endswith("\n") for p in parts[:-1])
    assert pieces("short", 100) == ["short"]
    assert "".join(pieces("x" * 250, 100)) == "x" * 250  # no break at all: hard cuts


def test_a_long_text_parsed_in_pieces_keeps_its_characters_and_offsets(nlp, examples_dir) -> None:
    text = (examples_dir / "002_0987eb7d379886d6.txt").read_text(encoding="utf-8")
    whole = next(parse(nlp, [text]))
    cut = next(parse(nlp, [text], piece=600))
    assert cut.text == text
    assert len(pieces(text, 600)) > 2
    # Entities keep their offsets in the joined Doc.
    spans = {(e.start_char, e.end_char, e.text) for e in cut.ents}
    assert all(text[start:end] == words for start, end, words in spans)
    assert len(spans & {(e.start_char, e.end_char, e.text) for e in whole.ents}) >= 0.9 * len(
        whole.ents
    )


@pytest.mark.slow
def test_a_text_longer_than_the_parsers_limit_is_parsed_whole(nlp) -> None:
    text = "The minister said the dam failed on Monday in Springfield.\n" * 20_000  # 1.2M chars
    assert len(text) > nlp.max_length
    doc = next(parse(nlp, [text]))
    assert doc.text == text
    assert sum(1 for _ in doc.sents) == 20_000


def test_parses_are_kept_on_disk_one_file_per_text(nlp, tmp_path):

    texts = ["Putin met Prigozhin on June 29.", "The Kremlin said so on Monday.", ""]
    first = parse_cached(nlp, texts, tmp_path / "cache")
    files = sorted((tmp_path / "cache").iterdir())
    assert len(files) == 3 and all(f.suffix == ".spacy" for f in files)
    stamps = [f.stat().st_mtime_ns for f in files]
    again = parse_cached(nlp, [texts[1], texts[0]], tmp_path / "cache")  # read, not parsed
    assert [f.stat().st_mtime_ns for f in sorted((tmp_path / "cache").iterdir())] == stamps
    assert [t.text for t in again[1]] == [t.text for t in first[0]]
    assert [(e.text, e.label_) for e in again[1].ents] == [
        (e.text, e.label_) for e in first[0].ents
    ]
    assert [t.dep_ for t in again[0]] == [t.dep_ for t in first[1]]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a paragraph opened by a quotation mark after a blank line keeps its mark
        (
            'Police search for gunman\n\n"That person is dangerous," said Lt. Gregg Hastings.',
            ["Police search for gunman", '"That person is dangerous," said Lt. Gregg Hastings.'],
        ),
        # a closing mark right after the full stop closes that sentence
        (
            'He said, "We will win." Then he left.\n\nThe crowd cheered.',
            ['He said, "We will win."', "Then he left.", "The crowd cheered."],
        ),
        # a line break still starts a sentence
        ("Title here\nThe story begins.", ["Title here", "The story begins."]),
    ],
)
def test_sentences_keep_their_quotation_marks(nlp, text, sentences) -> None:
    doc = next(parse(nlp, [text]))
    assert [s.text.strip() for s in doc.sents] == sentences


def test_pipeline_id_names_the_sentence_rules(nlp) -> None:
    assert pipeline_id(nlp).endswith(f"+s{SENTENCE_RULES_VERSION}")
