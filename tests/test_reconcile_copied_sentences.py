"""A sentence several reports print word for word is one voice (COPIED_SENTENCES,
_copied_sentences, _copies_one_voice); a facet whose values are held apart is corroborated only
by a value two voices give, and says which (_judge); the count of voices that agree is of the
agreeing values only (_agreeing). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets), and a real pipeline run over a folder of reports.

The wire's "One man was shot and killed but the other partygoers managed to escape and no one
else was injured." ran in four of ECB+ topic 18's reports, and the dossier said six independent
sources agree where four of them were that one sentence.
"""

from __future__ import annotations

import csv

import corroborator.reconcile as reconcile
from corroborator import Settings, Store, run
from corroborator.render import support_text
from reconcile_reads import story_facets

WIRE = "A fire destroyed the old textile mill on Canal Street in Lowell on Tuesday night."
COPIED = [
    ("Wire", WIRE + " Firefighters fought the flames for six hours."),
    ("Daily", "Residents watched from the river bank. " + WIRE),
]
OWN_WORDS = ("Post", "Flames destroyed the old textile mill in Lowell on Tuesday night.")


def _facet(facets, subject, attribute):
    found = [f for f in facets if f.subject == subject and f.attribute == attribute]
    assert len(found) == 1, [(f.subject, f.attribute, f.verdict) for f in facets]
    return found[0]


def test_a_sentence_two_reports_print_alike_is_one_voice(nlp):
    facets = story_facets(nlp, COPIED)
    for attribute in ("date", "place"):
        facet = _facet(facets, "destroy", attribute)
        assert facet.verdict == "single_source"
        (value,) = facet.values
        assert len({e.article for e in value.evidence}) == 2
        assert value.voices == ["outlet:wire"]  # the first report that prints it


def test_without_the_reading_the_copies_agree(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "COPIED_SENTENCES", False)
    facet = _facet(story_facets(nlp, COPIED), "destroy", "date")
    assert facet.verdict == "corroborated"
    assert facet.values[0].voices == ["outlet:daily", "outlet:wire"]


def test_a_third_report_in_its_own_words_corroborates(nlp):
    facet = _facet(story_facets(nlp, [*COPIED, OWN_WORDS]), "destroy (Flames)", "place")
    assert facet.verdict == "corroborated"
    assert facet.values[0].voices == ["outlet:post", "outlet:wire"]
    assert facet.why == "2 independent sources across 3 outlets agree"


def test_an_unnamed_source_of_a_copied_sentence_is_one_voice(nlp, monkeypatch):
    # "a witness said" is known only through the outlet: copied, it is the first printer's
    copied = "A fire destroyed the old textile mill in Lowell on Tuesday night, a witness said."
    reports = [("Wire", copied), ("Daily", copied)]
    facet = _facet(story_facets(nlp, reports), "destroy", "place")
    assert facet.values[0].voices == ["outlet:wire~a witness"]
    monkeypatch.setattr(reconcile, "COPIED_SENTENCES", False)
    facet = _facet(story_facets(nlp, reports), "destroy", "place")
    assert facet.values[0].voices == ["outlet:daily~a witness", "outlet:wire~a witness"]


def test_two_sentences_sharing_a_phrase_stay_two_voices(nlp):
    # must-not: the same source phrase ("a witness said") and the same facts, in other words
    reports = [
        (
            "Wire",
            "A fire destroyed the old textile mill in Lowell on Tuesday night, a witness said.",
        ),
        (
            "Daily",
            "The old textile mill in Lowell was destroyed by a fire late on Tuesday, "
            "a witness said.",
        ),
    ]
    facet = _facet(story_facets(nlp, reports), "destroy", "place")
    assert facet.verdict == "corroborated"
    assert len(facet.values[0].voices) == 2


def test_a_short_sentence_printed_alike_stays_two_voices(nlp):
    # must-not: "The mill burned down on Tuesday." (6 words) is a sentence two writers write
    reports = [
        ("Wire", "The mill burned down on Tuesday. Firefighters fought the flames for six hours."),
        ("Daily", "The mill burned down on Tuesday. Residents watched from the river bank."),
    ]
    facet = _facet(story_facets(nlp, reports), "burn", "date")
    assert sorted(facet.values[0].voices) == ["outlet:daily", "outlet:wire"]


def test_a_copy_alone_in_a_facet_keeps_its_reports_voice(nlp):
    # the Daily prints the wire's sentence and tells the date of the fire in its own words as
    # well; the Wire's copy gives no facet of the Daily's: two voices, one per report
    daily = "The blaze at the old textile mill was put out on Wednesday morning. " + WIRE
    facets = story_facets(nlp, [("Wire", WIRE), ("Daily", daily)])
    voices = {v for f in facets for value in f.values for v in value.voices}
    assert voices <= {"outlet:wire", "outlet:daily"}


# --- held apart: which value is corroborated --------------------------------------------------

# Two crashes of one kind at one chain's stores: the towns are held apart (told of different
# instances), Bloomington told by one report, Queens by two.
BLOOMINGTON = (
    "A driver struck and killed a woman outside a Walmart on Wednesday evening. "
    "The crash happened in Bloomington."
)
QUEENS_WIRE = (
    "A driver struck and killed a woman outside a Walmart store on Friday night. "
    "The crash happened outside the store on Main Street in Queens late that night."
)
QUEENS_OWN = (
    "A driver struck and killed a woman outside a Walmart on Friday evening. "
    "The crash happened in Queens."
)


def _crash_place(nlp, reports):
    facet = _facet(story_facets(nlp, reports), "crash", "place")
    assert facet.why.startswith(f"{reconcile.HELD_APART}: Bloomington vs Queens")
    return facet


def test_held_apart_values_told_once_and_by_copies_are_not_corroborated(nlp):
    # Queens is one sentence two reports print alike: no town has two voices
    reports = [("Star", BLOOMINGTON), ("Daily", QUEENS_WIRE), ("Post", QUEENS_WIRE)]
    facet = _crash_place(nlp, reports)
    assert facet.verdict == "single_source"
    assert "corroborated" not in facet.why


def test_without_the_reading_the_copies_corroborate_a_held_apart_value(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "COPIED_SENTENCES", False)
    reports = [("Star", BLOOMINGTON), ("Daily", QUEENS_WIRE), ("Post", QUEENS_WIRE)]
    facet = _crash_place(nlp, reports)
    assert facet.verdict == "corroborated"


def test_held_apart_facet_names_the_value_two_voices_corroborate(nlp):
    reports = [("Star", BLOOMINGTON), ("Daily", QUEENS_WIRE), ("Post", QUEENS_OWN)]
    facet = _crash_place(nlp, reports)
    assert facet.verdict == "corroborated"
    assert facet.why.endswith("; corroborated: Queens (2 independent sources)")


# --- the count of voices that agree -------------------------------------------------------------


def test_a_speculating_voice_is_not_counted_among_those_that_agree(nlp):
    # one report's speculation (two voices of one report) stands beside the two that tell the
    # fire happened: "2 independent sources across 2 outlets agree", not 4 across 3
    facets = story_facets(
        nlp,
        [
            ("Wire", "A fire destroyed the old textile mill in Lowell on Tuesday night."),
            ("Daily", "Flames destroyed the old textile mill in Lowell on Tuesday night."),
            (
                "Post",
                "The fire that destroyed the old textile mill in Lowell on Tuesday night may "
                "have been set by an arsonist. Mayor Jim Hale said the fire probably destroyed "
                "the mill.",
            ),
        ],
    )
    facet = _facet(facets, "destroy (Flames)", "occurred")
    assert facet.verdict == "corroborated"
    voices = {v.value: v.voices for v in facet.values}
    assert len(voices["happened"]) == 2 and len(voices["speculated"]) == 2
    assert facet.why == "2 independent sources across 2 outlets agree"


# --- a real run --------------------------------------------------------------------------------


def test_a_run_counts_the_copies_as_one_source(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "wire.txt": WIRE + " Firefighters fought the flames for six hours. Nobody was inside.",
        "daily.txt": "Residents watched the smoke from the river bank until dawn. "
        + WIRE
        + " The owner said he would rebuild.",
    }
    for name, text in texts.items():
        (corpus / name).write_text(text)
    with (corpus / "sources.csv").open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["file", "outlet", "url", "published", "title"])
        writer.writerow(["wire.txt", "Wire", "", "2024-04-10", ""])
        writer.writerow(["daily.txt", "Daily", "", "2024-04-10", ""])
    with Store(tmp_path / "a.db") as store:
        report = run([corpus], store, Settings())
    (dossier,) = report.dossiers
    (place,) = [f for f in dossier.facets if f.attribute == "place" and "destroy" in f.subject]
    assert place.verdict == "single_source"
    assert support_text(place.values[0]) == "2 articles · 1 independent source"
