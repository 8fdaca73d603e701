"""The contradiction benchmark's own logic: text rebuilding, perturbations, detection matching."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from eval_modules import eval_module

from corroborator.analyze import analyze_doc
from corroborator.analyze.nlp import pipeline_id

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "datasets"
needs_data = pytest.mark.skipif(
    not (SHARED / "ecbplus").is_dir(), reason="../shared/datasets/ecbplus is absent"
)


@pytest.fixture(scope="module")
def conflicts():
    yield from eval_module("conflicts")


def only(edits, kind=None):
    assert len(edits) == 1, edits
    if kind:
        assert edits[0].kind == kind
    return edits[0]


def applied(conflicts, text, edit, new=None):
    new = edit.options[0] if new is None else new
    changed, start, end = conflicts.apply_mentions(text, edit, [(edit.start, edit.end, new)])
    assert changed[start:end] == new
    return changed


# --- rebuilding ECB+ text -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Lohan", "’", "s", "lawyer", ",", "Holley", "."], "Lohan’s lawyer, Holley."),
        (["a", "90", "-", "day", "stay"], "a 90-day stay"),
        (["the", "27", "-", "year", "-", "old", "actress"], "the 27-year-old actress"),
        (["a", "court", "-", "mandated", "stay"], "a court-mandated stay"),
        (["at", "4", ":", "59", "PM"], "at 4:59 PM"),
        (["killed", "31", ",", "000", "people"], "killed 31,000 people"),
        (["magnitude", "5", ".", "9", "quake"], "magnitude 5.9 quake"),
        (["in", "2003", ",", "120", "people"], "in 2003, 120 people"),
        (["``", "We", "appreciate", "it", ",", "''", "he", "said"], '"We appreciate it," he said'),
        (['"', "Yes", '"', ",", "she", "said"], '"Yes", she said'),
        (["the", "(", "former", ")", "chef", "is", "n't", "here"], "the (former) chef isn't here"),
        (["for", "a", "while", "-", "at", "least"], "for a while - at least"),
    ],
)
def test_rebuild_sentence(conflicts, tokens, expected):
    assert conflicts.rebuild_sentence(tokens) == expected


# --- perturbations --------------------------------------------------------------------------


def test_weekday_changes_to_another_weekday(conflicts, nlp):
    text = "Police arrested 12 protesters in Paris on Tuesday."
    edit = only(conflicts.date_edits(nlp(text)), "date")
    assert edit.old == "Tuesday" and edit.key == "tuesday"
    assert "Tuesday" not in edit.options and set(edit.options) <= set(conflicts.WEEKDAYS)
    changed = applied(conflicts, text, edit)
    assert changed == f"Police arrested 12 protesters in Paris on {edit.options[0]}."


def test_day_of_month_changes_and_keeps_its_width(conflicts, nlp):
    text = "The earthquake struck the island on June 08, killing 30 people."
    edit = only(conflicts.date_edits(nlp(text)))
    assert (edit.old, edit.key) == ("08", "june 8")
    assert all(len(o) == 2 and o != "08" for o in edit.options)


def test_month_name_changes(conflicts, nlp):
    edit = only(conflicts.date_edits(nlp("Reid launched a new fashion line in December.")))
    assert edit.old == "December" and "December" not in edit.options


def test_weekday_of_a_full_date_is_not_changed_alone(conflicts, nlp):
    edits = conflicts.date_edits(nlp("Reid checked herself in on Tuesday, December 9, 2008."))
    assert [e.old for e in edits] == ["9"]


def test_date_of_a_report_is_not_changed(conflicts, nlp):
    assert conflicts.date_edits(nlp("Ketsoyan said Friday that the actress was in rehab.")) == []


def test_count_changes_to_a_clearly_different_count(conflicts, nlp):
    text = "Police arrested 12 protesters in Paris on Tuesday."
    edit = only(conflicts.number_edits(nlp(text)), "number")
    assert (edit.old, edit.key) == ("12", "12 protester")
    assert all(abs(int(o) - 12) >= 3 for o in edit.options)
    changed = applied(conflicts, text, edit, "19")
    assert changed == "Police arrested 19 protesters in Paris on Tuesday."


def test_count_word_keeps_its_capital(conflicts, nlp):
    edit = only(conflicts.number_edits(nlp("Three soldiers were killed in the attack.")))
    assert edit.old == "Three" and all(o[0].isupper() and o.isalpha() for o in edit.options)


@pytest.mark.parametrize(
    "text",
    [
        "The strike lasted 14 weeks.",  # a duration, not a count
        "The company was founded in 2008.",  # a year
        "He paid 300 dollars for it.",  # money
        "One man was hurt.",  # a singular noun
    ],
)
def test_numbers_that_are_not_counts_are_left_alone(conflicts, nlp, text):
    assert conflicts.number_edits(nlp(text)) == []


def test_place_swapped_with_its_state_for_a_far_city(conflicts, nlp):
    text = "Lohan is moving to a rehab facility in Malibu, Calif., her lawyer said."
    edit = only(conflicts.place_edits(nlp(text)), "place")
    assert edit.old == "Malibu, Calif."
    assert not set(edit.options) & set(conflicts.FAR_CITIES["NA"])  # another continent
    changed = applied(conflicts, text, edit, "Lima")
    assert changed == "Lohan is moving to a rehab facility in Lima, her lawyer said."


def test_country_swapped_for_a_country(conflicts, nlp):
    edit = only(conflicts.place_edits(nlp("Aid workers flew to Indonesia on Monday.")))
    assert edit.old == "Indonesia"
    assert set(edit.options) <= {c for cs in conflicts.FAR_COUNTRIES.values() for c in cs}
    assert not set(edit.options) & set(conflicts.FAR_COUNTRIES["AS"])


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said the talks were over.",  # a place as a modifier
        "Troops were sent to the United States.",  # "the" would dangle before a city
    ],
)
def test_places_not_swapped(conflicts, nlp, text):
    assert conflicts.place_edits(nlp(text)) == []


def test_participant_full_name_swapped(conflicts, nlp):
    text = "Police arrested Tara Reid in Malibu on Tuesday."
    edit = only(conflicts.participant_edits(nlp(text)), "participant")
    assert (edit.old, edit.key) == ("Tara Reid", "reid")
    changed = applied(conflicts, text, edit, "Maria Keller")
    assert changed == "Police arrested Maria Keller in Malibu on Tuesday."


def test_surname_alone_is_not_swapped(conflicts, nlp):
    assert conflicts.participant_edits(nlp("Reid was arrested in Malibu.")) == []


def test_simple_past_negated_with_do(conflicts, nlp):
    text = "Police arrested 12 protesters in Paris."
    edit = only(conflicts.negation_edits(nlp(text)), "negation")
    assert applied(conflicts, text, edit) == "Police did not arrest 12 protesters in Paris."


def test_passive_negated_after_its_auxiliary(conflicts, nlp):
    text = "The man was arrested in Paris on Tuesday."
    edit = only(conflicts.negation_edits(nlp(text)))
    assert edit.key == "arrest"
    assert applied(conflicts, text, edit) == "The man was not arrested in Paris on Tuesday."


@pytest.mark.parametrize(
    "text",
    [
        "He said that police arrested him.",  # a reporting verb as main verb
        "The man did not leave the country.",  # already negated
        "No one was injured in the fire.",  # a negative subject
        "Heller argued that the facility was the right one.",  # a judgement with a clause
    ],
)
def test_verbs_not_negated(conflicts, nlp, text):
    assert conflicts.negation_edits(nlp(text)) == []


def test_only_values_another_document_states_are_changed(conflicts, nlp):
    texts = {
        "1_1ecb.xml": "Police arrested 12 protesters in Paris on Tuesday.",
        "1_2ecb.xml": "Police arrested 12 protesters in Lyon on Friday, officials said.",
    }
    docs = [conflicts.EcbDoc(name, "1ecb", t) for name, t in texts.items()]
    parses = [nlp(t) for t in texts.values()]
    event_text = " ".join(texts.values()).lower()
    for kind in ("date", "place"):  # Tuesday/Friday and Paris/Lyon: said once each
        assert conflicts.choose_perturbation("1ecb", kind, docs, parses, event_text) is None
    p = conflicts.choose_perturbation("1ecb", "number", docs, parses, event_text)
    assert p is not None and p.old == "12" and p.text[p.start : p.end] == p.new
    assert p.sentence in p.text and p.new in p.sentence
    again = conflicts.choose_perturbation("1ecb", "number", docs, parses, event_text)
    assert again == p  # seeded per (event, kind)


# --- every mention of the changed value ----------------------------------------------------


def changed_everywhere(conflicts, nlp, text, kind, new, n=0):
    """The text with the n-th edit of ``kind`` changed to ``new`` at every mention of it."""
    doc = nlp(text)
    edit = conflicts.EDITORS[kind](doc)[n]
    changed, start, end = conflicts.apply_mentions(
        text, edit, conflicts.same_mentions(doc, edit, new)
    )
    assert changed[start:end].rstrip(".") == new
    return changed


def test_every_mention_of_a_place_is_changed_but_not_a_name_it_is_part_of(conflicts, nlp):
    text = (
        "Police arrested 12 protesters in New York on Tuesday.\n"
        "New York police said the march was calm, The New York Times reported."
    )
    assert changed_everywhere(conflicts, nlp, text, "place", "Nairobi") == (
        "Police arrested 12 protesters in Nairobi on Tuesday.\n"
        "Nairobi police said the march was calm, The New York Times reported."
    )


def test_a_place_with_its_state_is_changed_whole_and_keeps_a_full_stop(conflicts, nlp):
    text = (
        "Tara Reid checked into a clinic in Malibu, Calif., on Tuesday.\n"
        "The Malibu clinic is one of several in Malibu, Calif."
    )
    assert changed_everywhere(conflicts, nlp, text, "place", "Nairobi") == (
        "Tara Reid checked into a clinic in Nairobi, on Tuesday.\n"
        "The Nairobi clinic is one of several in Nairobi."
    )


def test_every_mention_of_a_participant_is_changed(conflicts, nlp):
    text = (
        "Police arrested Tara Reid in Malibu on Tuesday.\n"
        "Reid was released later, and Ms. Reid's lawyer said Tara Reid was calm."
    )
    assert changed_everywhere(conflicts, nlp, text, "participant", "Maria Keller") == (
        "Police arrested Maria Keller in Malibu on Tuesday.\n"
        "Keller was released later, and Ms. Keller's lawyer said Maria Keller was calm."
    )


def test_a_surname_another_person_shares_is_not_changed(conflicts, nlp):
    text = (
        "Police arrested Tara Reid in Malibu on Tuesday.\nHer sister Ann Reid said Reid was calm."
    )
    assert changed_everywhere(conflicts, nlp, text, "participant", "Maria Keller") == (
        "Police arrested Maria Keller in Malibu on Tuesday.\n"
        "Her sister Ann Reid said Reid was calm."
    )


def test_every_mention_of_a_weekday_is_changed_but_not_one_dated_in_full(conflicts, nlp):
    text = (
        "Police arrested 12 protesters in Paris on Tuesday.\n"
        "They were released on Tuesday evening, the paper of Tuesday, June 3 said."
    )
    assert changed_everywhere(conflicts, nlp, text, "date", "Thursday") == (
        "Police arrested 12 protesters in Paris on Thursday.\n"
        "They were released on Thursday evening, the paper of Tuesday, June 3 said."
    )


def test_the_same_count_of_the_same_noun_is_changed_not_the_same_number(conflicts, nlp):
    text = (
        "Police arrested 12 protesters in Paris on Tuesday.\n"
        "The 12 protesters were released after 12 hours."
    )
    assert changed_everywhere(conflicts, nlp, text, "number", "16") == (
        "Police arrested 16 protesters in Paris on Tuesday.\n"
        "The 16 protesters were released after 12 hours."
    )


def test_one_mention_changes_only_the_chosen_mention(conflicts, nlp):
    texts = {
        "1_1ecb.xml": "Police said the protest in Paris was calm.\n"
        "Police arrested 12 protesters in Paris on Tuesday.",
        "1_2ecb.xml": "Police arrested 12 protesters in Paris on Tuesday, officials said.",
    }
    docs = [conflicts.EcbDoc(name, "1ecb", t) for name, t in texts.items()]
    parses = [nlp(t) for t in texts.values()]
    event_text = " ".join(texts.values()).lower()
    every = conflicts.choose_perturbation("1ecb", "place", docs, parses, event_text)
    one = conflicts.choose_perturbation("1ecb", "place", docs, parses, event_text, True)
    assert (every.doc, every.old, every.new) == (one.doc, one.old, one.new)
    original = texts[every.doc]
    assert every.text == original.replace("Paris", every.new) and every.mentions == 2
    assert one.text.count("Paris") == original.count("Paris") - 1 and one.mentions == 1
    for p in (every, one):
        assert p.text[p.start : p.end] == p.new and p.new in p.sentence


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """The runs of words that differ between two texts, as (before, after)."""
    import difflib
    import re

    a, b = re.findall(r"\w+|[^\w\s]", before), re.findall(r"\w+|[^\w\s]", after)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return [(" ".join(a[i:j]), " ".join(b[k:m])) for tag, i, j, k, m in ops if tag != "equal"]


@needs_data
@pytest.mark.parametrize(
    ("event", "kind", "label", "kept"),
    [
        # two fire-department names keep the town's old name; every other Palmer is changed
        ("13ecbplus", "place", "GPE", ["Palmer Fire", "Palmer Public"]),
        # "Laci Peterson" is another Peterson: the surname alone is left as it is
        (
            "45ecb",
            "participant",
            "PERSON",
            ["Laci Peterson", "Peterson", "Laci Peterson", "Peterson", "Peterson", "Laci Peterson"],
        ),
        ("41ecbplus", "date", "DATE", []),
    ],
)
def test_a_real_value_is_changed_at_every_mention_and_nothing_else(
    conflicts, nlp, event, kind, label, kept
):
    topic = conflicts.topic_of(event)
    docs = conflicts.load_events(SHARED / conflicts.ECB_SUBDIR, {topic})[event]
    parses = [nlp(d.text) for d in docs]
    event_text = " ".join(d.text for d in docs).lower()
    p = conflicts.choose_perturbation(event, kind, docs, parses, event_text)
    one = conflicts.choose_perturbation(event, kind, docs, parses, event_text, True)
    assert (p.doc, p.old, p.new) == (one.doc, one.old, one.new)  # the same case
    assert p.mentions > 2 and one.mentions == 1
    original = next(d.text for d in docs if d.name == p.doc)
    surname = p.old.split()[-1]
    changes = word_changes(original, p.text)
    assert len(changes) == p.mentions
    assert {old for old, _ in changes} <= {p.old, surname}
    assert {new for _, new in changes} <= {p.new, p.new.split()[-1]}
    # what is left of the old value names something else
    assert re.findall(rf"(?:[A-Z]\w+ )?\b{surname}\b(?: [A-Z]\w+)?", p.text) == kept
    # the text still parses: as many lines, the new value read as the old one was
    parse = nlp(p.text)
    assert p.text.count("\n") == original.count("\n")
    assert parse.char_span(p.start, p.end).root.ent_type_ == label


# --- detection through the real pipeline -----------------------------------------------------

EVENT = {
    "9_1ecb.xml": "Police arrested 12 protesters in Paris on Tuesday.\nThey were released later.",
    "9_2ecb.xml": "Police arrested 12 protesters in Paris on Tuesday, police said.\nIt was calm.",
}


@pytest.fixture(scope="module")
def event_run(conflicts, nlp):
    model = pipeline_id(nlp)
    articles = {name: conflicts.make_article(name, text) for name, text in EVENT.items()}
    analyses = {articles[n].id: analyze_doc(nlp(t), articles[n], model) for n, t in EVENT.items()}
    return articles, analyses


def _perturbed(conflicts, nlp, event_run, kind):
    articles, analyses = event_run
    docs = [conflicts.EcbDoc(name, "9ecb", text) for name, text in EVENT.items()]
    p = conflicts.choose_perturbation(
        "9ecb", kind, docs, [nlp(d.text) for d in docs], " ".join(EVENT.values()).lower()
    )
    changed = conflicts.make_article(p.doc, p.text)
    case = dict(analyses)
    case[changed.id] = analyze_doc(nlp(p.text), changed, pipeline_id(nlp))
    event = [changed if name == p.doc else a for name, a in articles.items()]
    return p, changed, conflicts.event_dossier("9ecb", event, case)


def test_control_has_no_contradiction(conflicts, event_run):
    articles, analyses = event_run
    dossier = conflicts.event_dossier("9ecb", list(articles.values()), analyses)
    assert [f for f in dossier.facets if f.verdict == "contradicted"] == []


@pytest.mark.parametrize(
    ("kind", "attribute"),
    [("number", "number of protester arrested"), ("place", "place"), ("negation", "occurred")],
)
def test_injected_change_is_matched_to_its_sentence(conflicts, nlp, event_run, kind, attribute):
    p, changed, dossier = _perturbed(conflicts, nlp, event_run, kind)
    hits = conflicts.contradicted_at(dossier, changed.id, p.start)
    assert [f.attribute for f in hits] == [attribute]
    # the same article's other sentence holds no evidence of it
    other = changed.text.index("\n") + 2
    assert conflicts.contradicted_at(dossier, changed.id, other) == []
    # the unchanged article is evidence of the other value, but the match is by article id:
    # the unperturbed copy of the changed document is not in this dossier
    original = event_run[0][p.doc]
    assert original.id != changed.id
    assert conflicts.contradicted_at(dossier, original.id, p.start) == []


# --- the dataset ------------------------------------------------------------------------------


def test_missing_dataset_skips_cleanly(conflicts, tmp_path, capsys):
    assert conflicts.main(["--data", str(tmp_path)]) == 0
    assert "skipped: dataset not found at" in capsys.readouterr().out


@needs_data
def test_ecbplus_events_are_rebuilt_as_plain_text(conflicts):
    root = SHARED / conflicts.ECB_SUBDIR
    assert len({p.parent.name for p in root.glob("*/*.xml")}) == 43  # 86 events
    events = conflicts.load_events(root, topics={1})
    assert sorted(events) == ["1ecb", "1ecbplus"]
    docs = events["1ecbplus"]
    assert all(d.event == "1ecbplus" for d in docs)
    text = next(d.text for d in docs if d.name == "1_1ecbplus.xml")
    assert text.startswith("Lindsay Lohan Leaves Betty Ford")  # the URL line is dropped
    assert "Lohan’s attorney, Shawn Holley" in text
    assert not any("http" in d.text.split("\n")[0] for ds in events.values() for d in ds)


@needs_data
@pytest.mark.slow
def test_benchmark_runs_on_two_events(conflicts, capsys):
    assert conflicts.main(["--limit", "2", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["events"] == 2 and figures["cases"] > 0
    assert set(figures["kinds"]) == set(conflicts.KINDS)
    assert conflicts.main(["--limit", "2", "--json", "--min-recall", "1.01"]) == 1
    # the two events of topic 1 make one cross-event control, with its own floor
    assert figures["cross_event_pairs"] == 1
    assert 0 <= figures["cross_event_alarms"] <= 1
    assert conflicts.main(["--limit", "2", "--json", "--max-cross-alarms", "-0.1"]) == 1


def test_weekday_change_is_detected_without_a_publication_date(conflicts, nlp, event_run):
    # no publication date: "Tuesday" -> another weekday cannot be resolved to a day, but two
    # different weekdays for one event still contradict each other
    p, changed, dossier = _perturbed(conflicts, nlp, event_run, "date")
    found = conflicts.contradicted_at(dossier, changed.id, p.start)
    assert [f.attribute for f in found] == ["date"]


def test_miss_is_diagnosed(conflicts, nlp, event_run):
    p, changed, dossier = _perturbed(conflicts, nlp, event_run, "date")
    analysis = analyze_doc(nlp(p.text), changed, pipeline_id(nlp))
    # a sentence with no event word holds no claim
    moved = conflicts.Perturbation(
        p.event, "number", p.doc, p.text, p.text.index("\n") + 1, p.text.index("\n") + 2, "", "", ""
    )
    assert conflicts.diagnose(moved, analysis, dossier) == "no claim"


def test_headlines_are_not_changed(conflicts, nlp):
    texts = {
        "2_1ecb.xml": "Police arrested 12 protesters in Paris\nThe march was calm.",
        "2_2ecb.xml": "Police arrested 12 protesters in Paris on Tuesday.",
    }
    docs = [conflicts.EcbDoc(name, "2ecb", t) for name, t in texts.items()]
    p = conflicts.choose_perturbation(
        "2ecb", "number", docs, [nlp(t) for t in texts.values()], " ".join(texts.values())
    )
    assert p is not None and p.doc == "2_2ecb.xml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1-3", {1, 2, 3}), ("5", {5}), ("1-2,40", {1, 2, 40}), (" 7 , 9-10 ", {7, 9, 10})],
)
def test_topics_are_parsed(conflicts, text, expected):
    assert conflicts.parse_topics(text) == expected


def test_dev_and_held_out_topics_do_not_overlap(conflicts):
    dev, held_out = (set(conflicts.SPLITS[n]) for n in ("dev", "held_out"))
    assert not dev & held_out
    assert conflicts.topic_of("23ecbplus") in held_out
    assert conflicts.topic_of("22ecb") in dev


def test_a_miss_held_apart_is_told_from_one_judged_compatible(conflicts):
    """diagnose reads reconcile's why: differing values held apart as other instances (or an
    update) are 'held apart', not 'judged compatible'."""
    from corroborator.model import Facet, Value

    def facet(verdict, why):
        values = [Value(value=v, kind="date", label=v, evidence=[], voices=[]) for v in "ab"]
        return Facet(id="f", subject="s", attribute="date", values=values, verdict=verdict, why=why)

    assert "held apart" in conflicts.MISS_REASONS
    held = facet("single_source", f"{conflicts.HELD_APART}: a vs b")
    assert conflicts._held_apart([held])
    assert conflicts._held_apart([facet("updated", "a toll still running")])
    assert not conflicts._held_apart([facet("corroborated", "2 independent sources agree")])


def test_topic_pairs_are_the_two_events_of_a_topic(conflicts):
    events = ["1ecb", "1ecbplus", "2ecb", "3ecbplus", "3ecb"]
    assert conflicts.topic_pairs(events) == [("1ecb", "1ecbplus"), ("3ecb", "3ecbplus")]


def test_a_cross_event_alarm_sets_one_events_value_against_the_others(conflicts):
    from corroborator.model import Evidence, Facet, Span, Value

    def value(label, *articles):
        evidence = [
            Evidence("c", a, "o", Span(0, 1), "q", ("o",), "asserted", f"outlet:{a}")
            for a in articles
        ]
        return Value(label, "date", label, evidence)

    class Story:  # what cross_alarms reads of a dossier: its facets
        def __init__(self, *values, verdict="contradicted"):
            self.facets = [Facet("f", "shooting", "date", list(values), verdict, "incompatible")]

    first, second = {"a1", "a2"}, {"b1"}
    across = Story(value("Friday", "a1", "a2"), value("Monday", "b1"))
    within = Story(value("Friday", "a1"), value("Monday", "a2", "b1"))
    agreed = Story(value("Friday", "a1", "a2"), value("Monday", "b1"), verdict="corroborated")
    assert conflicts.cross_alarms(across, first, second) == ["shooting | date: incompatible"]
    assert conflicts.cross_alarms(within, first, second) == []
    assert conflicts.cross_alarms(agreed, first, second) == []
    # the listing under --cases: each value with the event whose reports tell it, and its
    # sentences; a facet within one event's reports is not listed
    assert conflicts.cross_alarm_values(across, first, second) == [
        "shooting | date",
        "    'Friday' (event 1)",
        "      o: q",
        "      o: q",
        "    'Monday' (event 2)",
        "      o: q",
    ]
    assert conflicts.cross_alarm_values(within, first, second) == []
    assert conflicts.cross_alarm_values(agreed, first, second) == []


def test_a_changed_speaker_is_read_by_the_statement_it_says(conflicts):
    from corroborator.model import Attribution, Claim, Participant, Source, Span

    text = '"Stay away," said Lt. Tomasz Nowak of the police about Reid.'
    start = text.index("Tomasz")
    change = conflicts.Perturbation(
        "8ecb", "participant", "8_1ecb.xml", text, start, start + 12, "Gregg Hastings",
        "Tomasz Nowak", text,
    )  # fmt: skip
    speaker = Source("Tomasz Nowak", "person", Span(start, start + 12), "person:nowak")
    quote = Attribution(Span(19, 23), Span(0, 12), speaker, "direct")
    reid = Participant("mentioned", "person:reid", Span(text.index("Reid"), len(text) - 1))
    statement = Claim("c", "a", Span(0, len(text)), Span(19, 23), "statement",
                      participants=[reid], attribution=quote)  # fmt: skip
    assert conflicts._reads_value(statement, change)
    # a statement's mentioned people are not what it claims
    other = conflicts.Perturbation(
        "8ecb", "participant", "8_1ecb.xml", text, reid.span.start, reid.span.end, "Reid",
        "Lohan", text,
    )  # fmt: skip
    assert not conflicts._reads_value(statement, other)
