"""Verdicts on hand-written corpora: agreement, disagreement, syndication, containment."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import jsonschema
import pytest

import corroborator.reconcile as reconcile
from corroborator import Settings, Store, dossier_schema, render_json, run
from corroborator.model import Source, Span, TimeRef


def run_corpus(tmp_path_factory, data_dir, name):
    db = tmp_path_factory.mktemp(name) / "a.db"
    with Store(db) as store:
        report = run([data_dir / "corpora" / name / "articles.jsonl"], store, Settings())
    assert len(report.dossiers) == 1, [s.articles for s in report.stories]
    # every dossier the tests emit honours the published JSON contract
    data = json.loads(render_json(report.dossiers[0]))
    jsonschema.Draft202012Validator(dossier_schema()).validate(data)
    return report.dossiers[0]


@pytest.fixture(scope="module")
def summit(tmp_path_factory, data_dir):
    return run_corpus(tmp_path_factory, data_dir, "summit")


@pytest.fixture(scope="module")
def whereabouts(tmp_path_factory, data_dir):
    return run_corpus(tmp_path_factory, data_dir, "whereabouts")


def only(dossier, attribute, subject_word=""):
    found = [f for f in dossier.facets if f.attribute == attribute and subject_word in f.subject]
    assert len(found) == 1, [(f.subject, f.attribute) for f in dossier.facets]
    return found[0]


def test_two_outlets_agree_on_a_number_and_a_third_does_not(summit):
    invited = only(summit, "number of people invited")
    assert invited.verdict == "contradicted"
    values = {v.value: v for v in invited.values}
    assert set(values) == {"40", "55"}
    assert {e.outlet for e in values["55"].evidence} == {"Coastal Times"}
    assert {"Northwire", "Iberia Daily"} <= {e.outlet for e in values["40"].evidence}


def test_a_reprint_and_a_shared_spokesman_count_as_one_voice(summit):
    duration = only(summit, "duration")
    (two_hours,) = duration.values
    assert two_hours.label == "2 hours"
    outlets = {e.outlet for e in two_hours.evidence}
    assert outlets == {"Northwire", "Iberia Daily", "Harbour Post"}
    # three articles, all on the word of one ministry spokesman: one independent source
    assert two_hours.voices == ["org:ministry"]
    assert duration.verdict == "single_source"


def test_weekday_and_calendar_dates_agree(summit):
    date = only(summit, "date")
    assert date.verdict == "corroborated"
    assert [v.value for v in date.values] == ["2024-03-04"]
    assert len(date.values[0].voices) >= 2


def test_place_containment_agrees_and_disjoint_places_contradict(whereabouts):
    where = only(whereabouts, "location", "Kovacs")
    assert where.verdict == "contradicted"
    labels = {v.label for v in where.values}
    assert {"in Paris", "in France", "in Budapest", "not in France"} <= labels
    pairs = where.why
    assert "in Paris vs in France" not in pairs and "in France vs in Paris" not in pairs
    assert "Budapest" in pairs


def test_speaker_is_not_the_she_of_their_own_quote(whereabouts):
    where = only(whereabouts, "location", "Kovacs")
    not_france = next(v for v in where.values if v.label == "not in France")
    assert "Nagy" in not_france.evidence[0].chain[-1]
    assert not [f for f in whereabouts.facets if "Nagy" in f.subject and f.attribute == "location"]


@pytest.fixture(scope="module")
def quake(tmp_path_factory, data_dir):
    return run_corpus(tmp_path_factory, data_dir, "quake")


@pytest.fixture(scope="module")
def denial(tmp_path_factory, data_dir):
    return run_corpus(tmp_path_factory, data_dir, "denial")


def test_a_rising_toll_is_an_update_not_a_contradiction(quake):
    killed = only(quake, "number of people killed")
    assert killed.verdict == "updated"
    assert [v.value for v in killed.values] == ["12", "19"]
    later = {e.outlet for e in killed.values[1].evidence}
    assert later == {"Anatolia Today"}


def test_outlets_relaying_one_agency_are_one_voice(quake):
    killed = only(quake, "number of people killed")
    twelve = killed.values[0]
    assert {e.outlet for e in twelve.evidence} == {"Aegean Wire", "Bosphorus Daily"}
    assert len(twelve.voices) == 1 and twelve.voices[0].endswith(":reuters")


def test_hedge_drift_when_one_outlet_hedges_what_another_states(quake):
    date = only(quake, "date", "earthquake")
    assert date.hedge_drift
    grades = {e.outlet: e.grade for e in date.values[0].evidence}
    assert grades == {"Aegean Wire": "on_record", "Bosphorus Daily": "hedged"}
    assert not only(quake, "number of people killed").hedge_drift


def test_a_denial_contradicts_the_event_and_its_attendance(denial):
    occurred = only(denial, "occurred")
    assert occurred.verdict == "contradicted"
    assert {v.value for v in occurred.values} == {"happened", "did not happen"}
    denied = next(v for v in occurred.values if v.value == "did not happen")
    assert "Vera Ilic" in denied.evidence[0].chain[-1]
    attended = only(denial, "attendee: Elena Petrova")
    assert attended.verdict == "contradicted"
    assert only(denial, "occurred").subject == "meeting of Petrova and Radic"


def test_a_second_meeting_in_a_story_keeps_its_attendees(tmp_path):
    text = (
        "Defence Minister Elena Petrova met rebel commander Ivo Radic in Geneva on Monday.\n\n"
        "Separately, Foreign Minister Marta Kovacs met envoy Tomas Varga in Vienna on Tuesday."
    )
    corpus = tmp_path / "two.jsonl"
    corpus.write_text(json.dumps({"text": text, "outlet": "Wire", "published": "2024-04-10"}))
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([corpus], store, Settings()).dossiers
    subjects = {f.subject for f in dossier.facets if f.attribute == "occurred"}
    assert subjects == {"meeting of Petrova and Radic", "meeting of Kovacs and Varga"}
    attendees = {f.attribute for f in dossier.facets if f.attribute.startswith("attendee: ")}
    assert {"attendee: Marta Kovacs", "attendee: Tomas Varga"} <= attendees


# --- events named by any verb, roles, denials and background --------------------------------


def dossier_of(tmp_path, reports):
    """One story of the given (outlet, text) reports, all published on one day."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    corpus = tmp_path / "story.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"text": text, "outlet": outlet, "published": "2024-04-10"})
            for outlet, text in reports
        )
    )
    with Store(tmp_path / "a.db") as store:
        report = run([corpus], store, Settings())
    assert len(report.dossiers) == 1
    data = json.loads(render_json(report.dossiers[0]))
    jsonschema.Draft202012Validator(dossier_schema()).validate(data)
    return report.dossiers[0]


def facets_of(dossier, attribute, subject_word):
    return [f for f in dossier.facets if f.attribute == attribute and subject_word in f.subject]


REHAB = "Actress Tara Reid checked into a rehab clinic in Malibu on {day}."


def test_a_verb_outside_the_tables_is_cross_checked(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [("Wire", REHAB.format(day="Tuesday")), ("Daily", REHAB.format(day="Friday"))],
    )
    (date,) = facets_of(dossier, "date", "check")
    assert date.verdict == "contradicted"
    (place,) = facets_of(dossier, "place", "check")
    assert place.verdict == "corroborated"


def test_a_verb_outside_the_tables_in_one_report_only_makes_no_facet(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", REHAB.format(day="Tuesday")),
            ("Daily", "Actress Tara Reid is in a rehab clinic in Malibu."),
        ],
    )
    assert not [f for f in dossier.facets if "check" in f.subject]


TITLES = "Wladimir Klitschko {verb} his heavyweight titles against Hasim Rahman in Mannheim."


def test_a_denial_of_the_same_instance_contradicts(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", TITLES.format(verb="retained")),
            ("Daily", TITLES.format(verb="did not retain")),
        ],
    )
    (occurred,) = facets_of(dossier, "occurred", "retain")
    assert occurred.verdict == "contradicted"


def test_a_denial_of_another_instance_does_not(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Wladimir Klitschko landed 178 punches against Hasim Rahman in Mannheim."),
            ("Daily", "Hasim Rahman did not land a clean punch against Wladimir Klitschko."),
        ],
    )
    assert all(f.verdict != "contradicted" for f in facets_of(dossier, "occurred", "land"))


ARREST = "Police in Leeds arrested {who} on Monday over the bank robbery in Leeds."


def test_a_swapped_person_in_a_single_valued_role_contradicts(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", ARREST.format(who="John Carter")),
            ("Daily", ARREST.format(who="John Carter, 34,")),
            ("Post", ARREST.format(who="Peter Malone")),
        ],
    )
    (arrested,) = [f for f in dossier.facets if f.attribute == "participant: arrested"]
    assert arrested.verdict == "contradicted"
    assert {v.label for v in arrested.values} == {"John Carter", "Peter Malone"}


def test_people_named_together_in_a_role_do_not_contradict(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", ARREST.format(who="John Carter and Peter Malone")),
            ("Daily", ARREST.format(who="John Carter")),
            ("Post", ARREST.format(who="Peter Malone")),
        ],
    )
    roles = [f for f in dossier.facets if f.attribute == "participant: arrested"]
    assert roles and all(f.verdict != "contradicted" for f in roles)


QUAKE = "A strong earthquake killed 10 people in southern Iran on Sunday, officials said."


@pytest.mark.parametrize(
    "background",
    [
        "A 2003 earthquake in the city of Bam killed 26,000 people.",  # a far year
        "The quake brought back memories of the tsunami that killed 168,000 people.",  # a cue
    ],
)
def test_a_background_event_of_the_same_class_is_its_own_event(tmp_path, background):
    dossier = dossier_of(tmp_path, [("Wire", QUAKE), ("Daily", QUAKE + " " + background)])
    counts = [f for f in dossier.facets if f.attribute.startswith("number of people killed")]
    assert counts and all(f.verdict != "contradicted" for f in counts)


def test_two_counts_one_report_gives_are_not_a_dispute(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Klitschko landed 178 punches on Rahman in Mannheim on Saturday."),
            (
                "Daily",
                "Klitschko landed 178 punches on Rahman in Mannheim on Saturday. "
                "In the sixth round, Klitschko landed one punch on Rahman.",
            ),
        ],
    )
    counts = [f for f in dossier.facets if f.attribute.startswith("number of punch")]
    assert counts and all(f.verdict != "contradicted" for f in counts)


def test_a_vague_duration_disputes_no_figure(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Putin met Prigozhin in Moscow on June 29. The meeting lasted three hours."),
            ("Daily", "Putin met Prigozhin in Moscow on June 29. The meeting lasted for hours."),
        ],
    )
    durations = facets_of(dossier, "duration", "meeting")
    assert durations and all(f.verdict != "contradicted" for f in durations)
    assert {v.label for f in durations for v in f.values} == {"3 hours", "hours"}


PUNCHES = "Wladimir Klitschko landed {n} punches on Hasim Rahman in Mannheim{tail}."


def test_a_count_of_an_ordinary_verb_needs_two_voices_on_one_side(tmp_path):
    one_each = dossier_of(
        tmp_path / "one",
        [("Wire", PUNCHES.format(n=178, tail="")), ("Daily", PUNCHES.format(n=90, tail=""))],
    )
    counts = [f for f in one_each.facets if f.attribute.startswith("number of punch")]
    assert counts and all(f.verdict != "contradicted" for f in counts)
    two_to_one = dossier_of(
        tmp_path / "two",
        [
            ("Wire", PUNCHES.format(n=178, tail="")),
            (
                "Post",
                "The fight was one-sided from the start. The champion Wladimir Klitschko landed "
                "178 punches on a sluggish Hasim Rahman in Mannheim before the referee stepped in.",
            ),
            ("Daily", PUNCHES.format(n=90, tail="")),
        ],
    )
    counts = [f for f in two_to_one.facets if f.attribute.startswith("number of punch")]
    assert [f.verdict for f in counts] == ["contradicted"]


def test_dates_of_an_ordinary_verb_dispute_only_with_a_person_and_a_thing_in_common(tmp_path):
    # same person, same thing: one happening, two dates
    assert [
        f.verdict
        for f in facets_of(
            dossier_of(
                tmp_path / "same",
                [("Wire", REHAB.format(day="Tuesday")), ("Daily", REHAB.format(day="Friday"))],
            ),
            "date",
            "check",
        )
    ] == ["contradicted"]
    # same person, no thing in common (a clinic, a hotel): perhaps two happenings
    other = dossier_of(
        tmp_path / "other",
        [
            ("Wire", REHAB.format(day="Tuesday")),
            ("Daily", "Actress Tara Reid checked into a hotel in Malibu on Friday."),
        ],
    )
    dates = facets_of(other, "date", "check")
    assert dates and all(f.verdict != "contradicted" for f in dates)


# --- time expressions of an undated article, resolved from the story -------------------------


def story_of(tmp_path, reports):
    """One story of (outlet, text, published or None) reports."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    corpus = tmp_path / "story.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"text": t, "outlet": o, **({"published": p} if p else {})})
            for o, t, p in reports
        )
    )
    with Store(tmp_path / "a.db") as store:
        report = run([corpus], store, Settings())
    return report.dossiers


@pytest.mark.parametrize(
    ("sentence", "forward"),
    [
        ("Greece faces a May 19 due date for a bond repayment.", True),
        ("The vote is scheduled for May 19.", True),
        ("The deadline is May 19.", True),
        ("Protesters clashed with police in Athens on May 19.", False),
        ("The ferry sank on May 19, officials said.", False),
    ],
)
def test_a_sentence_looks_ahead_by_its_words(sentence, forward):
    assert bool(reconcile.FORWARD_CUES.search(sentence)) is forward


def test_a_later_month_day_is_this_years_when_looked_ahead_to_last_years_when_past():
    may19 = TimeRef(Span(0, 6), "DATE", "XXXX-05-19")
    newest = date(2010, 5, 5)
    assert reconcile._fill_year(may19, newest, forward=True).start == "2010-05-19"
    assert reconcile._fill_year(may19, newest, forward=False).start == "2009-05-19"
    may1 = TimeRef(Span(0, 5), "DATE", "XXXX-05-01")
    assert reconcile._fill_year(may1, newest, forward=False).start == "2010-05-01"


def test_a_weekday_is_the_last_before_the_newest_report_or_the_next_when_looked_ahead():
    friday = TimeRef(Span(0, 6), "DATE", "XXXX-WXX-5")
    wednesday = date(2024, 4, 10)
    assert reconcile._fill_weekday(friday, wednesday).start == "2024-04-05"
    assert reconcile._fill_weekday(friday, wednesday, forward=True).start == "2024-04-12"
    evening = TimeRef(Span(0, 14), "DATE", "XXXX-WXX-3TEV")
    assert reconcile._fill_weekday(evening, wednesday).value == "2024-04-10TEV"
    month = TimeRef(Span(0, 3), "DATE", "XXXX-05")
    assert reconcile._fill_weekday(month, wednesday) is month


def test_an_undated_reports_due_date_keeps_the_storys_year(tmp_path):
    dossiers = story_of(
        tmp_path,
        [
            ("Wire", "Greece faces a May 19 due date for a bond repayment, the ministry said.",
             "2010-05-05"),
            ("Blog", "Athens must find 8.5 billion euros before a May 19 due date, officials "
             "in Greece said.", None),
            ("Post", "Greek protesters clashed with riot police in Athens on May 28, officials "
             "in Greece said.", None),
        ],
    )  # fmt: skip
    notes = [n for d in dossiers for n in d.notes]
    assert not [n for n in notes if "May 19" in n and "2009" in n]
    assert [n for n in notes if '"May 28"' in n and "(2009)" in n]


def test_an_undated_reports_weekday_is_dated_from_the_story(tmp_path):
    (dossier,) = story_of(
        tmp_path,
        [
            ("Wire", "Police arrested John Carter in Leeds on Friday, officials said.",
             "2024-04-10"),
            ("Blog", "John Carter, 34, was arrested by police in Leeds on Friday after a "
             "robbery, the BBC reported.", None),
        ],
    )  # fmt: skip
    (dated,) = facets_of(dossier, "date", "arrest")
    assert dated.verdict == "corroborated"
    assert {v.value for v in dated.values} == {"2024-04-05"}
    assert "date unknown" not in " ".join(v.label for v in dated.values)
    assert [n for n in dossier.notes if '"Friday"' in n and "2024-04-05" in n]


def test_a_weekday_dated_from_the_story_agrees_with_any_date_of_that_weekday(tmp_path):
    (dossier,) = story_of(
        tmp_path,
        [
            ("Wire", "Police arrested John Carter in Leeds on Friday, April 5, officials said.",
             "2024-04-13"),
            ("Blog", "John Carter, 34, was arrested by police in Leeds on Friday after a "
             "robbery, the BBC reported.", None),
        ],
    )  # fmt: skip
    (dated,) = facets_of(dossier, "date", "arrest")
    assert dated.verdict != "contradicted"
    assert len(dated.values) == 2  # April 5, and Friday April 12 (from the story)


# --- chain labels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "role", "label"),
    [
        ("Lt. Col. Alexander Vindman", "Lt. Col.", "Lt. Col. Alexander Vindman"),
        ("Alexander Vindman", "Lt. Col.", "Lt. Col. Alexander Vindman"),
        ("Lohan's lawyer", "Lohan's lawyer", "Lohan's lawyer"),
        ("Lohan’s lawyer", "Lohan's lawyer", "Lohan’s lawyer"),
        ("Dmitry Peskov", "Kremlin spokesman", "Kremlin spokesman Dmitry Peskov"),
        ("Lee Ann Smith", "Lee's lawyer", "Lee's lawyer Lee Ann Smith"),  # a name, not the role
    ],
)
def test_a_chain_label_says_a_role_once(name, role, label):
    assert reconcile._source_label(Source(name, "person", role=role)) == label


def test_chain_labels_through_the_pipeline_repeat_no_role(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Lt. Col. Alexander Vindman said the call with Zelensky was improper."),
            ("Daily", "Lt. Col. Alexander Vindman told lawmakers the call was improper."),
        ],
    )
    links = [link for f in dossier.facets for v in f.values for e in v.evidence for link in e.chain]
    assert "Lt. Col. Alexander Vindman" in links
    assert not [link for link in links if link.count("Lt. Col.") > 1]


# --- victims of one spree ------------------------------------------------------------------------


def test_victims_a_report_names_one_by_one_are_a_set(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "Brian Nichols shot Rowland Barnes and Julie Brandau in the courthouse. "
                "Later, Brian Nichols shot David Wilhelm in Buckhead.",
            ),
            ("Daily", "Brian Nichols shot David Wilhelm in Buckhead on Friday."),
        ],
    )
    assert not [f for f in dossier.facets if f.verdict == "contradicted" and "shot" in f.attribute]


def test_one_victim_each_still_disputes(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Brian Nichols shot John Carter in the courthouse on Friday."),
            ("Daily", "Brian Nichols shot Peter Malone in the courthouse on Friday."),
            ("Post", "On Friday Brian Nichols shot John Carter in the courthouse, police say."),
        ],
    )
    (shot,) = [f for f in dossier.facets if f.attribute == "participant: shot"]
    assert shot.verdict == "contradicted"


# --- values in words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("PXY", "years"),
        ("P3Y", "3 years"),
        ("PT1H30M", "1 hour 30 minutes"),
        ("P1Y6M", "1 year 6 months"),
        ("PT10S", "10 seconds"),
    ],
)
def test_a_duration_is_labelled_in_words(value, label):
    assert reconcile._duration_label(value) == label


@pytest.mark.parametrize(
    ("value", "start", "end", "label"),
    [
        ("2005-03-11", "2005-03-11", "2005-03-11", "2005-03-11"),
        ("2005-03-11TEV", "2005-03-11", "2005-03-11", "2005-03-11 evening"),
        ("2005-W10", "2005-03-07", "2005-03-13", "the week of 2005-03-07"),
        ("PAST_REF", "2005-03-07", "2005-03-13", "the past"),
        ("XXXX-WXX-WE", "2005-03-12", "2005-03-13", "2005-03-12 to 2005-03-13"),
    ],
)
def test_a_date_is_labelled_without_timex_codes(value, start, end, label):
    assert reconcile._date_label(TimeRef(Span(0, 1), "DATE", value, start, end)) == label


# --- independent voices keyed on the person ----------------------------------------------------


def test_one_lawyer_named_by_role_and_by_name_is_one_voice(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "Lohan's lawyer, Mark Heller, told the judge that Lohan checked into a rehab "
                "clinic in Malibu on Tuesday.",
            ),
            (
                "Daily",
                "Lohan's lawyer said the actress checked into a rehab clinic in Malibu on Tuesday.",
            ),
            ("Post", "Attorney Mark Heller said Lohan checked into a rehab clinic in Malibu."),
            (
                "Blog",
                "Fulton County DA Paul Howard said that Lohan checked into a rehab clinic in "
                "Malibu on Tuesday.",
            ),
        ],
    )
    voices = {r["voice"] for r in dossier.sources}
    assert "person:heller" in voices  # doubled letters kept, not "heler"
    assert "person:howard" in voices  # a person, not the place the parse took him for
    assert not {v for v in voices if v.startswith("source:") or v.startswith("place:")}
    (place,) = facets_of(dossier, "place", "check")
    assert sorted(place.values[0].voices) == ["person:heller", "person:howard"]


@pytest.mark.parametrize(
    ("name", "role", "key"),
    [
        ("Mark Heller", None, "person:heller"),
        ("Paul Howard", "DA", "person:howard"),
        ("Jim Morrison", None, "person:morrison"),
        ("the lawyer", None, "source:lawyer"),  # a role the story gives no one
    ],
)
def test_a_person_source_is_keyed_as_the_person(name, role, key):
    assert reconcile._source_key(Source(name, "person", role=role), None, {}) == key


def test_a_life_story_of_moves_disputes_no_whereabouts(tmp_path):
    story = dossier_of(
        tmp_path / "moves",
        [
            ("Wire", "Bettie Page later moved to Florida and became a born-again Christian."),
            (
                "Daily",
                "In 1943 Bettie Page moved to San Francisco. In 1947 Bettie Page filed for divorce "
                "and moved to New York.",
            ),
        ],
    )
    located = [f for f in story.facets if f.attribute == "location"]
    assert located and all(f.verdict != "contradicted" for f in located)
    disputed = dossier_of(
        tmp_path / "dispute",
        [
            ("Wire", "Bettie Page is in Paris, her agent said on Monday."),
            ("Daily", "Bettie Page is in Tokyo, her agent said on Monday."),
        ],
    )
    assert [f.verdict for f in disputed.facets if f.attribute == "location"] == ["contradicted"]
    two_moves = dossier_of(
        tmp_path / "two moves",
        [
            ("Wire", "Bettie Page moved to Paris."),
            ("Daily", "Bettie Page moved to Tokyo."),
        ],
    )
    located = [f for f in two_moves.facets if f.attribute == "location"]
    assert located and all(f.verdict != "contradicted" for f in located)


def test_a_list_of_victims_and_another_victim_do_not_contradict(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Brian Nichols killed John Carter and Peter Malone in the courthouse."),
            ("Daily", "Brian Nichols killed David Wilhelm in the courthouse on Friday."),
        ],
    )
    killed = [f for f in dossier.facets if f.attribute == "participant: killed"]
    assert killed and all(f.verdict != "contradicted" for f in killed)


def test_victims_one_report_names_under_two_verbs_are_a_set(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "Brian Nichols shot Peter Malone in the courthouse. "
                "Then Brian Nichols killed John Carter in the courtroom.",
            ),
            ("Daily", "Brian Nichols killed David Wilhelm in the courtroom on Friday."),
        ],
    )
    assert [f for f in dossier.facets if f.subject.startswith("killing")]
    assert not [f for f in dossier.facets if f.verdict == "contradicted"]


def test_unnamed_sources_of_two_outlets_are_two_voices_not_one_pooled_voice(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Gazette", "The factory fire destroyed 40 homes on Monday, unnamed officials said."),
            ("Herald", "Unnamed officials said the factory fire destroyed 40 homes on Monday."),
        ],
    )
    voices = {v for f in dossier.facets for value in f.values for v in value.voices}
    unnamed = sorted(v for v in voices if "unnamed" in v)
    assert len(unnamed) == 2 and unnamed[0] != unnamed[1]
    assert all(v.startswith("outlet:") for v in unnamed)  # each known through its outlet


def test_counts_told_by_two_verbs_of_one_class_are_one_facet(tmp_path):
    # "murdered" and "killed" count the same dead (CLASS_PARTICIPLES); "injured" does not
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "A gunman killed nine workers at the Kraft plant in Philadelphia on Thursday.",
            ),
            (
                "Daily",
                "A gunman murdered eight workers at the Kraft plant in Philadelphia on Thursday.",
            ),
            (
                "Post",
                "A gunman injured three workers at the Kraft plant in Philadelphia on Thursday.",
            ),
        ],
    )
    killed = [f for f in dossier.facets if f.attribute == "number of worker killed"]
    assert len(killed) == 1 and killed[0].verdict == "contradicted"
    assert {v.label for v in killed[0].values} == {"9", "8"}
    injured = [f for f in dossier.facets if f.attribute == "number of worker injured"]
    assert [v.label for f in injured for v in f.values] == ["3"]


def test_the_one_shot_dead_is_not_counted_among_the_shot(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "A gunman shot three people at an accounting firm in Troy on Monday."),
            (
                "Daily",
                "A gunman shot to death one person at an accounting firm in Troy on Monday "
                "and injured two others.",
            ),
        ],
    )
    counts = [f for f in dossier.facets if f.attribute.startswith("number of people")]
    assert counts and all(f.verdict != "contradicted" for f in counts)


def test_an_attempted_killing_is_dated_apart_from_the_killing(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "Jose Orozco murdered deputy Jerry Ortiz in Hawaiian Gardens on June 24, 2005.",
            ),
            (
                "Daily",
                "Jose Orozco murdered deputy Jerry Ortiz in Hawaiian Gardens on June 24, 2005. "
                "Orozco was also convicted of the June 20, 2005 attempted murder of a man.",
            ),
        ],
    )
    dates = [f for f in dossier.facets if f.attribute == "date"]
    assert dates and all(f.verdict != "contradicted" for f in dates)
    assert any(f.subject.startswith("attempted killing") for f in dates)


def test_an_earlier_event_of_the_class_keeps_its_count_apart(tmp_path):
    shooting = "Yvonne Hiller shot three people at the Kraft plant in Philadelphia on Thursday."
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", shooting),
            (
                "Daily",
                shooting + " Thursday's shooting came just weeks after a driver in Manchester "
                "fatally shot eight people.",
            ),
        ],
    )
    counts = [f for f in dossier.facets if f.attribute.startswith("number of people")]
    assert counts and all(f.verdict != "contradicted" for f in counts)
    assert any(f.subject.startswith("earlier killing") for f in counts)


@pytest.mark.parametrize(
    ("denial", "contradicted"),
    [
        # a person not played is not the part played
        ("Samuel Dalembert did not play Willie Green", False),
        ("Samuel Dalembert did not play the part of a franchise center", True),
    ],
)
def test_a_denial_of_an_ordinary_verb_is_of_the_same_kind_of_object(tmp_path, denial, contradicted):
    where = " for the Philadelphia 76ers against the Detroit Pistons in the playoffs."
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Samuel Dalembert played the part of a franchise center" + where),
            ("Daily", denial + where),
        ],
    )
    occurred = [f for f in dossier.facets if f.attribute == "occurred" and "play" in f.subject]
    assert any(f.verdict == "contradicted" for f in occurred) is contradicted


CHIEF = (
    '"We are treating it as suspicious," {name}, chief of the Central Mat-Su Fire Department, '
    "said of the fire at Wasilla Bible Church on Friday."
)


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        ("James Steele", "single_source"),  # one voice: Steele, relayed twice
        ("Ingrid Solberg", "contradicted"),
    ],
)
def test_a_one_person_role_given_to_two_people_is_contradicted(tmp_path, second, verdict):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", CHIEF.format(name="James Steele")),
            ("Daily", CHIEF.format(name=second) + " Nobody was injured in the fire."),
        ],
    )
    (holder,) = [f for f in dossier.facets if f.attribute == "role holder"]
    assert holder.subject == "chief of the Central Mat-Su Fire Department"
    assert holder.verdict == verdict


def test_who_holds_a_role_is_the_outlets_word_in_the_sentence_that_gives_it(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "Police Commissioner Raymond Kelly visited the burned warehouse in Queens on "
                "Monday. Kelly said the fire had been set deliberately, and that arrests were "
                "likely within days.",
            )
        ],
    )
    (holder,) = [f for f in dossier.facets if f.attribute == "role holder"]
    (value,) = holder.values
    (evidence,) = value.evidence
    # not "Wire <- Police Commissioner Raymond Kelly · on the record": Kelly does not say it
    assert evidence.chain == ("Wire",) and evidence.grade == "asserted"
    assert evidence.quote.startswith("Police Commissioner Raymond Kelly visited")
    assert value.voices == ["outlet:wire"]


@pytest.mark.parametrize(
    ("other", "verdict"), [("Moscow", "corroborated"), ("Minsk", "contradicted")]
)
def test_the_kremlin_is_a_place_in_moscow_named_as_written(tmp_path, other, verdict):
    lede = "President Vladimir Putin met Wagner chief Yevgeny Prigozhin on June 29 in {place}, "
    rest = "five days after the mutiny, a spokesman said on Monday."
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", lede.format(place="the Kremlin") + rest),
            ("Daily", lede.format(place=other) + rest + " The talks lasted three hours."),
        ],
    )
    (place,) = [f for f in dossier.facets if f.attribute == "place"]
    assert place.verdict == verdict  # the Kremlin is in Moscow, not in Minsk
    assert [(v.value, v.label) for v in place.values] == [
        ("place:kremlin", "Kremlin"),
        (f"place:{other.lower()}", other),
    ]


@pytest.mark.parametrize(
    ("text", "subject", "happens"),
    [
        (
            "Vitali Klitschko will defend his WBC title against Manuel Charr in Moscow on Sept. 8, "
            "his promoter said.",
            "planned defend",
            False,
        ),  # not yet: a plan has no "took place"
        (
            "Vitali Klitschko defended his WBC title against Manuel Charr in Moscow on Sept. 8, "
            "his promoter said.",
            "defend",
            True,
        ),
        ("Robert Smith, a father of two sons, was arrested on Friday in Leeds.", "family", False),
    ],
)
def test_a_plan_a_record_or_a_family_has_no_took_place_facet(tmp_path, text, subject, happens):
    dossier = dossier_of(tmp_path, [("Wire", text), ("Daily", text + " No more was said.")])
    facets = [f for f in dossier.facets if f.subject.startswith(subject)]
    assert facets  # its date, place or count is there
    assert any(f.attribute == "occurred" for f in facets) is happens


@pytest.mark.parametrize(
    ("second", "shown"),
    [
        ("Investigators were working at the church on Saturday.", False),  # no one named
        ("Sheriff Ray Nolan was working at the church on Saturday.", True),  # someone named
    ],
)
def test_that_an_unnamed_verb_took_place_is_no_fact_to_show(tmp_path, second, shown):
    first = second.replace("on Saturday", "on Saturday, officials said")
    dossier = dossier_of(tmp_path, [("Wire", first), ("Daily", second + " It rained.")])
    occurred = [f for f in dossier.facets if f.attribute == "occurred" and "ork" in f.subject]
    assert bool(occurred) is shown, [(f.subject, f.attribute) for f in dossier.facets]


@pytest.mark.parametrize(
    ("role", "unique"),
    [
        ("chief of the Central Mat-Su Fire Department", True),
        ("Fulton County District Attorney", True),
        ("city's public safety director", True),
        ("Lt.", False),  # a rank many hold
        ("Kremlin spokesman", False),  # an organisation has several
        ("former chief of the fire department", False),
        ("Assistant Chief Fire Officer", False),
        ("President", False),  # of what?
        ("Chief Executive", False),  # of which company? (two in an acquisition story)
        ("Chief Executive Officer", False),
        ("AMD chief executive", True),
        ("Police Commissioner", True),
        ("Interior Secretary", True),  # one holder of a department's secretaryship
        ("deputy interior secretary", False),
        ("Secretary", False),  # of what?
    ],
)
def test_unique_roles(role, unique):
    assert bool(reconcile._unique_role(role)) is unique


SECRETARY = (
    '"The rule was rushed through," Interior Secretary {name} said on Tuesday of the changes to '
    "Endangered Species Act regulations."
)


@pytest.mark.parametrize(
    ("second", "verdict"),
    [("Ken Salazar", "single_source"), ("Carlos Mendes", "contradicted")],
)
def test_two_interior_secretaries_contradict(tmp_path, second, verdict):
    dossier = dossier_of(
        tmp_path,
        [("Wire", SECRETARY.format(name="Ken Salazar")), ("Daily", SECRETARY.format(name=second))],
    )
    holders = [f for f in dossier.facets if f.attribute == "role holder"]
    assert [f.verdict for f in holders] == [verdict]


@pytest.mark.parametrize(("other", "contradicted"), [("dozens of", False), ("12", True)])
def test_dozens_is_a_lower_bound(tmp_path, other, contradicted):
    quake = "A strong earthquake injured {n} people in southern Iran on Sunday, officials said."
    dossier = dossier_of(
        tmp_path, [("Wire", quake.format(n="80")), ("Daily", quake.format(n=other))]
    )
    (injured,) = [f for f in dossier.facets if f.attribute == "number of people injured"]
    assert (injured.verdict == "contradicted") is contradicted


@pytest.mark.parametrize(
    ("short", "full", "merged"),
    [
        ("the Angels", "the Los Angeles Angels of Anaheim", True),
        ("the Angels", "the Los Angeles Dodgers", False),
    ],
)
def test_a_short_name_of_an_organisation_is_the_full_one(short, full, merged):
    from corroborator.model import Claim, Participant

    claims = [
        Claim(
            id=f"a{n}:0",
            article=f"a{n}",
            sentence=Span(0, 10),
            trigger=Span(0, 5),
            predicate="v:offer",
            participants=[Participant("agent", key, Span(0, 5))],
        )
        for n, key in enumerate(("org:short", "org:full"))
    ]
    names = {"org:short": short, "org:full": full}
    keyed = {p.entity for c in reconcile._with_full_names(claims, names) for p in c.participants}
    assert (keyed == {"org:full"}) is merged


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Billy King hired Jim O'Brien.", True),
        ("When he was hired by the Sixers, O'Brien was 52.", False),
        ("Coach Jim O'Brien said she was hired.", False),
    ],
)
def test_a_role_is_disputed_only_on_a_written_name(text, named):
    from corroborator.model import Article, Participant

    article = Article(id="a", text=text, source="t")
    word = "Jim O'Brien" if named else ("he" if " he " in text else "she")
    start = text.index(word)
    participant = Participant("patient", "person:obrien", Span(start, start + len(word)))
    assert reconcile._named_in_text(participant, article) is named


@pytest.mark.parametrize(
    ("denied", "contradicted"),
    [("officer Dominic Mangoni", False), ("Latonya Brown", True)],
)
def test_a_denial_with_someone_else_in_a_role_denies_nothing(tmp_path, denied, contradicted):
    where = " at the Kraft plant in Philadelphia on Thursday."
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Yvonne Hiller shot Latonya Brown" + where),
            ("Daily", f"Yvonne Hiller did not shoot {denied}" + where),
        ],
    )
    occurred = [f for f in dossier.facets if f.attribute == "occurred" and "shoot" in f.subject]
    assert any(f.verdict == "contradicted" for f in occurred) is contradicted


def test_a_role_changing_hands_is_a_succession_not_a_dispute(tmp_path):
    coach = "{name}, head coach of the Philadelphia 76ers, said the team {tail}."
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "The Philadelphia 76ers fired Maurice Cheeks on Saturday. "
                + coach.format(name="Maurice Cheeks", tail="had struggled"),
            ),
            (
                "Daily",
                "The Philadelphia 76ers fired Maurice Cheeks on Saturday. "
                + coach.format(name="Tony DiLeo", tail="would recover"),
            ),
        ],
    )
    assert not [f for f in dossier.facets if f.attribute == "role holder"]


@pytest.mark.parametrize(
    ("denial", "contradicted"),
    [
        # names no one, no place, no date: denies nothing of Ingaldson's purchase
        ("The city had not purchased the property, although there were plans to do so.", False),
        ("Bill Ingaldson had not purchased the Matanuska Maid building in Palmer.", True),
    ],
)
def test_a_bare_denial_denies_no_particular_happening(tmp_path, denial, contradicted):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Bill Ingaldson purchased the Matanuska Maid building in Palmer."),
            ("Daily", "The Matanuska Maid building in Palmer burned down. " + denial),
        ],
    )
    occurred = [f for f in dossier.facets if f.attribute == "occurred" and "acqui" in f.subject]
    assert any(f.verdict == "contradicted" for f in occurred) is contradicted


@pytest.mark.parametrize(
    ("china", "contradicted"),
    [
        # at odds in place, date and count: another quake
        ("On Saturday, more than a dozen people were killed by a quake in eastern China.", False),
        # at odds in the count alone: a disputed toll of this quake
        ("On Sunday, more than a dozen people were killed by a quake in southern Iran.", True),
    ],
)
def test_an_account_at_odds_in_two_kinds_of_value_is_another_happening(
    tmp_path, china, contradicted
):
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                "On Sunday, ten people were killed by a quake in southern Iran, officials said.",
            ),
            ("Post", "On Sunday, ten people were killed by a quake in southern Iran, police said."),
            ("Daily", china),
        ],
    )
    hits = [f for f in dossier.facets if f.verdict == "contradicted"]
    assert bool(hits) is contradicted, [(f.subject, f.attribute, f.why) for f in hits]


@pytest.mark.parametrize(
    ("denial", "contradicted"),
    [
        # what a denial is aimed at differs from what the statement says was hit
        ("Yvonne Hiller denied shooting at the officers", False),
        ("Yvonne Hiller denied shooting the co-workers", True),
    ],
)
def test_a_denial_aimed_at_other_things_denies_nothing(tmp_path, denial, contradicted):
    where = " at the Kraft plant in Philadelphia on Thursday."
    dossier = dossier_of(
        tmp_path,
        [("Wire", "Yvonne Hiller shot the co-workers" + where), ("Daily", denial + where)],
    )
    occurred = [f for f in dossier.facets if f.attribute == "occurred" and "shoot" in f.subject]
    assert any(f.verdict == "contradicted" for f in occurred) is contradicted


# --- one instance: a dispute needs the two claims tied beyond their event class -------------

# Sentences that push a report's later sentences out of its lede (reconcile.LEDE_SENTENCES).
FILLER = (
    "Shops on the avenue stayed closed.",
    "Residents swept glass from the pavement.",
    "The mayor called for calm.",
    "Buses were diverted around the square.",
    "Schools will open as usual.",
)
RIOT = "Police said {n} people were arrested after the riot in Oakland."


def test_counts_told_in_both_ledes_dispute(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [("Wire", RIOT.format(n=12)), ("Daily", RIOT.format(n=30))],
    )
    (count,) = facets_of(dossier, "number of people arrested", "arrest")
    assert count.verdict == "contradicted"


def test_a_count_deep_in_a_report_naming_no_one_in_common_is_another_instance(tmp_path):
    opening = "Police made arrests after the riot in Oakland."
    late = " ".join(
        (opening, *FILLER, "Police said 46 people had been arrested in all by the end of the week.")
    )
    dossier = dossier_of(tmp_path, [("Wire", late), ("Daily", RIOT.format(n=12))])
    counts = facets_of(dossier, "number of people arrested", "arrest")
    assert counts and all(f.verdict != "contradicted" for f in counts)
    assert reconcile.LEDE_SENTENCES <= len(FILLER)


def test_a_date_deep_in_a_report_disputes_when_it_names_the_same_person(tmp_path):
    late = " ".join(("Tara Reid is getting help.", *FILLER, REHAB.format(day="Friday")))
    dossier = dossier_of(tmp_path, [("Wire", REHAB.format(day="Tuesday")), ("Daily", late)])
    (date,) = facets_of(dossier, "date", "check")
    assert date.verdict == "contradicted"


def test_a_denial_deep_in_a_report_naming_no_one_is_not_a_dispute(tmp_path):
    shot = "Gunfire erupted at the factory in Philadelphia on Thursday night, police said."
    late = " ".join((shot, *FILLER, "At her hearing she claimed the shooting didn't happen."))
    first = "Two workers were killed in a shooting at the factory in Philadelphia on Thursday."
    dossier = dossier_of(tmp_path, [("Wire", first), ("Daily", late)])
    occurred = facets_of(dossier, "occurred", "shooting")
    assert occurred and all(f.verdict != "contradicted" for f in occurred)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The Indian Navy captured 23 pirates off the coast of Somalia.", {"org:indian navy"}),
        ("Actress Tara Reid checked into a rehab clinic in Malibu.", {"person:reid"}),
        # a nationality is no tie: many instances of a class share it
        ("Indian commandos captured 23 pirates off the coast of Somalia.", set()),
        ("Police arrested 12 protesters in Athens.", set()),
    ],
)
def test_a_claim_ties_to_an_instance_by_the_people_and_organisations_it_names(nlp, sentence, named):
    from corroborator.analyze import analyze_doc
    from corroborator.model import Article

    article = Article(id="t", text=sentence, source="test", published="2024-04-10")
    claims = analyze_doc(nlp(sentence), article, "test").claims
    assert claims
    assert set().union(*(reconcile._named(c) for c in claims)) == named


MINISTERS = "Foreign ministers Ana Petrova and Luka Radic met in Vienna on Monday"


def test_durations_in_both_ledes_dispute_and_a_deep_bare_one_is_told_apart(tmp_path):
    lede = f"{MINISTERS} for two hours."
    both = dossier_of(
        tmp_path / "both", [("Wire", lede), ("Daily", f"{MINISTERS} for five hours.")]
    )
    (duration,) = facets_of(both, "duration", "meeting")
    assert duration.verdict == "contradicted"
    late = " ".join((f"{MINISTERS}.", *FILLER, "The meeting lasted five hours."))
    apart = dossier_of(tmp_path / "apart", [("Wire", lede), ("Daily", late)])
    (duration,) = facets_of(apart, "duration", "meeting")
    # two values, one voice each, not a dispute: neither is corroborated
    assert duration.verdict == "single_source"
    assert "told of different instances" in duration.why
    assert {v.label for v in duration.values} == {"2 hours", "5 hours"}


CHARGED = "Staunton police on Friday charged Sharron Smith with two counts of first-degree murder."


def test_counts_of_a_charge_leave_the_charged_one_person(tmp_path):
    """NOT_PEOPLE_COUNTS: "two counts" counts charges, so the charged role stays single-valued
    (a facet another report's name could dispute); "charged two men" would make it a set."""
    dossier = dossier_of(tmp_path, [("Wire", CHARGED)])
    charged = [f for f in dossier.facets if f.attribute == "participant: charged"]
    assert [v.label for f in charged for v in f.values] == ["Sharron Smith"]


QUAKE = "A powerful earthquake hit southern Iran on Sunday, killing {n} people."


@pytest.mark.parametrize(
    ("first", "verdict"),
    [
        # the report gives its toll as a lower bound too: a toll still running, which rose
        (
            QUAKE.format(n="at least three")
            + " The governor told AFP that three people were killed.",
            "updated",
        ),
        # an exact toll the report never hedges disputes another report's
        (
            QUAKE.format(n="three") + " The governor told AFP that the toll was final.",
            "contradicted",
        ),
    ],
)
def test_a_toll_its_own_report_gives_as_a_lower_bound_is_provisional(tmp_path, first, verdict):
    dossier = dossier_of(tmp_path, [("Wire", first), ("Daily", QUAKE.format(n="10"))])
    (count,) = facets_of(dossier, "number of people killed", "")
    assert count.verdict == verdict, count.why
    if verdict == "updated":
        assert "lower bound" in count.why and "3 vs 10" in count.why


BURNED = (
    ("Wire", "The old creamery building burned to the ground in Palmer on Tuesday morning."),
    ("Daily", "A historic downtown landmark burned in Palmer on Tuesday."),
    ("Post", "Firefighters watched as the block burned in Palmer early on Tuesday."),
)


def test_the_storys_own_verb_in_three_ledes_ties_its_lede_claims(tmp_path):
    """_lede_tied: "burned" opens three reports, so the lede claims of it are one happening
    though they name no one in common; a fourth lede's Santiago disputes Palmer."""
    other = ("Times", "The old creamery building burned in Santiago on Tuesday.")
    dossier = dossier_of(tmp_path, [*BURNED, other])
    (place,) = facets_of(dossier, "place", "burn")
    assert place.verdict == "contradicted", place.why
    assert "Palmer vs Santiago" in place.why


def test_the_storys_own_verb_deep_in_a_report_is_not_tied(tmp_path):
    late = " ".join(
        (
            "Smoke rose over the old creamery building in Palmer on Tuesday.",
            *FILLER,
            "The old creamery building burned in Santiago on Tuesday.",
        )
    )
    dossier = dossier_of(tmp_path, [*BURNED, ("Times", late)])
    places = facets_of(dossier, "place", "burn")
    assert places and all(f.verdict != "contradicted" for f in places)


@pytest.mark.parametrize(
    ("first", "relation", "arguments", "tied"),
    [
        ("The Sixers played hard on Saturday.", "play", [], True),
        # a phrasal verb is another verb: "hasn't played out that way" denies no game
        ("Unfortunately, it hasn't played out that way.", "play out", [], False),
        # things told apart: "the aftershock shook the island", "the quake shook the area"
        ("The sixth aftershock shook the island on Monday.", "shake", ["island"], False),
    ],
)
def test_lede_claims_of_one_verb_match_unless_told_apart(nlp, first, relation, arguments, tied):
    from corroborator.analyze import analyze_doc
    from corroborator.model import Article

    def statement(text, article_id):
        article = Article(id=article_id, text=text, source="test", published="2024-04-10")
        claims = [
            c
            for c in analyze_doc(nlp(text), article, "test").claims
            if c.predicate.startswith(reconcile.GENERIC_PREFIX)
        ]
        claim = claims[0]
        return reconcile._Statement(claim, article, None, "", "", "occurrence", lede_tied=True)

    x = statement(first, "a")
    assert x.claim.relation == relation and x.claim.arguments == arguments
    other = "The quake shook the area on Sunday." if "shook" in first else "The Sixers played."
    assert reconcile._lede_match(x, statement(other, "b")) is tied
    assert not reconcile._lede_match(replace(x, lede_tied=False), statement(other, "b"))


def test_two_places_one_sentence_names_are_two_happenings(tmp_path):
    """_places_told_together: a report that names both places in one sentence tells of two
    check-ins, so a report of the one in Newport Beach disputes nothing."""
    reports = [
        (
            "Wire",
            "After she left a rehab facility in Newport Beach on Thursday, Lindsay Lohan "
            "checked into the Betty Ford Center in Rancho Mirage.",
        ),
        ("Daily", "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage."),
        ("Post", "Lindsay Lohan checked into Morningside Recovery in Newport Beach."),
    ]
    dossier = dossier_of(tmp_path, reports)
    places = facets_of(dossier, "place", "check")
    assert places and all(f.verdict != "contradicted" for f in places), [
        (f.verdict, f.why) for f in places
    ]
    assert {v.label for f in places for v in f.values} >= {"Rancho Mirage", "Newport Beach"}


CHARGED_SMITH = (
    ("Wire", CHARGED),
    ("Daily", "Police in Staunton charged Sharron Smith with murder at an ice cream stand."),
)


@pytest.mark.parametrize(
    ("third", "verdict"),
    [
        # one report's lede charges someone else: the story's charge, its role contested
        ("Staunton police have charged Maria Keller with two counts of murder.", "contradicted"),
        # a report that tells the story's charge too tells of a second one
        (
            "Staunton police charged Sharron Smith with murder. A year ago, police charged "
            "Maria Keller with theft.",
            None,
        ),
    ],
)
def test_a_lede_that_names_another_in_a_one_person_role_contests_it(tmp_path, third, verdict):
    dossier = dossier_of(tmp_path, [*CHARGED_SMITH, ("Post", third)])
    charged = facets_of(dossier, "participant: charged", "charge")
    disputed = [f for f in charged if f.verdict == "contradicted"]
    if verdict:
        assert len(disputed) == 1
        assert {v.label for v in disputed[0].values} == {"Sharron Smith", "Maria Keller"}
    else:
        assert not disputed, [f.why for f in disputed]
        assert any("Maria Keller" in v.label for f in charged for v in f.values)


def test_a_victim_one_lede_names_alone_may_be_one_of_several(tmp_path):
    reports = [
        ("Wire", "Trooper William Hakim was killed in the blast."),
        ("Daily", "Bomb technician William Hakim was killed in the blast."),
        ("Post", "Police captain Tom Tennant was killed in the blast."),
    ]
    dossier = dossier_of(tmp_path, reports)
    killed = [f for f in dossier.facets if f.attribute == "participant: killed"]
    assert killed and all(f.verdict != "contradicted" for f in killed)


@pytest.mark.parametrize(
    ("where", "verdict"), [("Malibu, Calif.,", "contradicted"), ("Little Snoring", None)]
)
def test_a_town_the_story_places_disputes_a_town_elsewhere(tmp_path, where, verdict):
    """story_places: "Malibu, Calif." in a report puts it in California, so Santiago disputes
    it; a town the gazetteer cannot place (the village of Little Snoring, since the gazetteer
    gained Malibu's coordinates) concludes nothing."""
    reports = [
        ("Wire", f"Actress Tara Reid checked into a rehab clinic in {where} on Tuesday."),
        ("Daily", "Actress Tara Reid checked into a rehab clinic in Santiago on Tuesday."),
    ]
    (place,) = facets_of(dossier_of(tmp_path, reports), "place", "check")
    assert (place.verdict == "contradicted") == bool(verdict), place.why


PUTIN_MET = (
    ("Wire", "Vladimir Putin met Yevgeny Prigozhin at the Kremlin on Monday."),
    ("Daily", "President Vladimir Putin held a meeting with Yevgeny Prigozhin on Monday."),
)


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        # the one who attends does not tell which meeting it is: the story's
        ("Sergei Shoigu attended the meeting.", 1),
        # the partners do: a meeting with someone else is another meeting
        ("Sergei Shoigu attended a meeting with Recep Erdogan on Tuesday.", 2),
    ],
)
def test_an_attendee_joins_the_meeting_its_partners_name(tmp_path, sentence, meetings):
    """ATTENDING_RELATIONS: "attended" ("take part in") names the attendee, not the meeting."""
    third = ("Post", f"Putin met Wagner chief Yevgeny Prigozhin in Moscow. {sentence}")
    dossier = dossier_of(tmp_path, [*PUTIN_MET, third])
    occurred = [f for f in dossier.facets if f.attribute == "occurred" and "meeting" in f.subject]
    assert len(occurred) == meetings, [f.subject for f in occurred]
    (shoigu,) = [f for f in dossier.facets if f.attribute == "attendee: Sergei Shoigu"]
    assert ("Prigozhin" in shoigu.subject) == (meetings == 1)


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # the later report says the toll rose: the lower count is an earlier one
        (
            QUAKE.format(n="three"),
            QUAKE.format(n="10").replace(".", "; the death toll rose overnight."),
            "updated",
        ),
        # the first report expects its toll to rise: a floor
        (
            QUAKE.format(n="three") + " The toll is expected to rise.",
            QUAKE.format(n="10"),
            "updated",
        ),
        # words of rising about something else leave the tolls in dispute
        (QUAKE.format(n="three"), QUAKE.format(n="10") + " Oil prices rose.", "contradicted"),
    ],
)
def test_a_toll_said_to_rise_is_running(tmp_path, first, second, verdict):
    """TOLL_ROSE, TOLL_MAY_RISE: a report that says the toll rose, or expects it to, tells a
    toll still running, not a dispute."""
    dossier = dossier_of(tmp_path, [("Wire", first), ("Daily", second)])
    counts = [f for f in dossier.facets if f.attribute.startswith("number of people")]
    assert [f.verdict for f in counts if len(f.values) > 1] == [verdict], [
        (f.attribute, f.why) for f in counts
    ]


@pytest.mark.parametrize(
    ("sentence", "rose", "may_rise"),
    [
        ("The death toll from the quake rose to 10.", True, False),
        ("Officials said the number of dead had climbed to 40.", True, False),
        ("Three people were killed, and the toll is expected to rise.", False, True),
        ("Ten people died; the toll could climb further.", False, True),
        ("Oil prices rose to 10 dollars after three people died.", False, False),
        ("The toll was 10. Shares rose.", False, False),
    ],
)
def test_toll_cues(sentence, rose, may_rise):
    assert bool(reconcile.TOLL_ROSE.search(sentence)) is rose
    assert bool(reconcile.TOLL_MAY_RISE.search(sentence)) is may_rise


@pytest.mark.parametrize(
    ("denial", "contradicted"),
    [
        ("Fire crews did not treat the blaze as arson.", True),
        # a denial that names another thing denies nothing of the story's treating
        ("The governor has not been treated fairly.", False),
    ],
)
def test_a_lede_denial_naming_a_thing_denies_only_a_claim_of_it(tmp_path, denial, contradicted):
    reports = [
        ("Wire", "Fire crews are treating the blaze at the Wasilla Bible Church as arson."),
        ("Daily", "Investigators are treating the blaze at the Wasilla Bible Church as arson."),
        ("Post", f"The blaze at the Wasilla Bible Church burned for hours. {denial}"),
    ]
    dossier = dossier_of(tmp_path, reports)
    # (a treating said of no one named is shown only when reports dispute it)
    occurred = [f for f in dossier.facets if f.attribute == "occurred" and "treat" in f.subject]
    assert any(f.verdict == "contradicted" for f in occurred) is contradicted, [
        (f.subject, f.why) for f in occurred
    ]


@pytest.mark.parametrize(
    ("daily", "verdict"),
    [
        # two ledes name Comeaux: a deep claim naming him is of the story's escape
        ("Arcade Comeaux escaped from a prison van in Baytown.", "contradicted"),
        # one lede only: the deep claim is not tied to the lede's unnamed inmate
        ("An inmate escaped from a prison van in Baytown.", "single_source"),
    ],
)
def test_a_deep_claim_naming_whom_the_ledes_name_ties_to_a_lede(tmp_path, daily, verdict):
    """_core_people: a lede ("A Texas inmate escaped ... on Wednesday") and a deep claim that
    names whom two reports' ledes name for the event ("Comeaux escaped on Monday") are one
    instance."""
    wire = " ".join(
        (
            "Arcade Comeaux escaped from a prison van near Houston.",
            *FILLER,
            "Comeaux escaped on Monday, officials said.",
        )
    )
    post = "A Texas inmate escaped from a prison van near Houston on Wednesday."
    dossier = dossier_of(tmp_path, [("Wire", wire), ("Daily", daily), ("Post", post)])
    dates = [f for f in facets_of(dossier, "date", "escape") if len(f.values) > 1]
    assert [f.verdict for f in dates] == [verdict], [(f.subject, f.why) for f in dates]


def undated_dossier_of(tmp_path, reports):
    """One story of (outlet, text) reports that carry no publication date."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    corpus = tmp_path / "story.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"text": text, "outlet": outlet}) for outlet, text in reports)
    )
    with Store(tmp_path / "a.db") as store:
        report = run([corpus], store, Settings())
    assert len(report.dossiers) == 1
    return report.dossiers[0]


WAITROSE = "A large fire broke out at the Waitrose supermarket in Wellington on {day}."


@pytest.mark.parametrize(("full_dates", "label"), [(2, "2013-07-24"), (1, None)])
def test_undated_reports_take_the_year_their_dates_give(tmp_path, full_dates, label):
    """_story_year: no report is dated, but two give "July 21, 2013": "July 24" is then
    2013-07-24 (a Wednesday, so it disputes "Sunday" too); one report is not enough."""
    told = ("Firefighters were called.", "No one was hurt.")
    reports = [
        (f"Paper{n}", f"{WAITROSE.format(day='Sunday, July 21, 2013')} {told[n]}")
        for n in range(full_dates)
    ]
    reports += [("Post", WAITROSE.format(day="July 24")), ("Times", WAITROSE.format(day="Sunday"))]
    dossier = undated_dossier_of(tmp_path, reports)
    labels = {v.label for f in facets_of(dossier, "date", "blaze") for v in f.values}
    if label:
        assert label in labels
        assert any("July 24" in note and "(2013)" in note for note in dossier.notes)
    else:
        assert "July 24 (year unknown)" in labels


# --- a dispute is between two statements that conflict and are tied to one instance ---------

MET = "Senator Maria Lopez met Governor Tom Reyes in Denver on Monday to discuss water rights."


def test_a_denial_of_a_meeting_with_someone_else_disputes_nothing(tmp_path):
    # "can always meet with you ... hasn't met with the President": in one sentence, and with
    # another partner; Lopez is not both present and absent at the meeting with Reyes
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", MET),
            (
                "Daily",
                "Senator Maria Lopez met Governor Tom Reyes in Denver on Monday to discuss water "
                "rights, but she did not meet President Alan Brooks.",
            ),
        ],
    )
    assert facets_of(dossier, "attendee: Maria Lopez", "meeting")
    assert all(f.verdict != "contradicted" for f in dossier.facets), [
        (f.subject, f.attribute, f.why) for f in dossier.facets if f.verdict == "contradicted"
    ]


def test_a_denial_in_another_report_still_disputes_the_meeting(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", MET),
            (
                "Daily",
                "Senator Maria Lopez did not meet Governor Tom Reyes in Denver on Monday to "
                "discuss water rights.",
            ),
        ],
    )
    occurred = facets_of(dossier, "occurred", "meeting")
    assert any(f.verdict == "contradicted" for f in occurred)
    (lopez,) = facets_of(dossier, "attendee: Maria Lopez", "meeting")
    assert lopez.verdict == "contradicted"


def test_the_dates_of_a_series_are_its_happenings_not_a_dispute(tmp_path):
    # "winning primaries in California, New Jersey ..." Tuesday, caucuses Saturday: a series
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Hillary Clinton won primaries in California and New Jersey on Tuesday."),
            ("Daily", "Hillary Clinton won primaries in California and New Jersey on Saturday."),
        ],
    )
    dates = [f for f in dossier.facets if f.attribute == "date"]
    assert dates and all(f.verdict != "contradicted" for f in dates)


def test_the_dates_of_one_win_dispute(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", "Hillary Clinton won the primary in California on Tuesday."),
            ("Daily", "Hillary Clinton won the primary in California on Saturday."),
        ],
    )
    dates = [f for f in dossier.facets if f.attribute == "date"]
    assert any(f.verdict == "contradicted" for f in dates)


BANK_FILLER = (
    "The bank on Park Row was closed for the day. Staff were sent home early. Customers were "
    "told to use the branch on Mill Street. The street was reopened in the evening. A forensic "
    "team stayed at the scene overnight. "
)


DEEP = "{who} was arrested in Leeds on Monday."


def test_people_in_a_role_deep_in_reports_with_nothing_in_common_do_not_dispute(tmp_path):
    # two arrests told late in two reports, tied by nothing beyond the class: two happenings
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                ARREST.format(who="a man") + " " + BANK_FILLER + DEEP.format(who="John Carter"),
            ),
            (
                "Daily",
                ARREST.format(who="a man") + " " + BANK_FILLER + DEEP.format(who="Peter Malone"),
            ),
        ],
    )
    roles = [f for f in dossier.facets if f.attribute == "participant: arrested"]
    assert roles and all(f.verdict != "contradicted" for f in roles)


PRIMARY = "Voters in New Hampshire chose their candidates in the primary on Tuesday. "


def test_ledes_do_not_tie_a_recalled_event_to_one_instance(tmp_path):
    # "win@1976" in dated reports: a lede states the report's own event, not one it recalls
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                PRIMARY + "Since 1976, just one candidate has not won in both Iowa and New "
                "Hampshire.",
            ),
            ("Daily", PRIMARY + "Jimmy Carter won an early victory in Iowa in 1976."),
        ],
    )
    (occurred,) = facets_of(dossier, "occurred", "1976")
    assert occurred.verdict != "contradicted"
    assert occurred.why.startswith(reconcile.HELD_APART)


def test_a_recalled_event_of_one_person_still_disputes(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", PRIMARY + "Jimmy Carter did not win in Iowa in 1976."),
            ("Daily", PRIMARY + "Jimmy Carter won in Iowa in 1976."),
        ],
    )
    (occurred,) = facets_of(dossier, "occurred", "1976")
    assert occurred.verdict == "contradicted"


@pytest.mark.parametrize(
    ("key", "dated", "background"),
    [
        ("win@1976", True, True),
        ("win@1976#1", True, True),
        ("shoot@earlier", False, True),
        ("win@1976", False, False),  # undated reports: a far year may be the story's own
        ("win", True, False),
        ("win@repeated", True, False),
        ("kill@attempt", True, False),
    ],
)
def test_a_background_event_is_told_by_its_key(key, dated, background):
    assert reconcile._background(key, dated) is background


def test_ledes_tie_a_verb_outside_the_tables_only_when_both_or_neither_name_a_thing(tmp_path):
    # "declaring victory" Tuesday night and "was declared the nominee" last week: two happenings
    dossier = dossier_of(
        tmp_path,
        [
            (
                "Wire",
                PRIMARY + "The senator was magnanimous in declaring victory on Tuesday night.",
            ),
            (
                "Daily",
                PRIMARY + "The former secretary of state, who was declared the nominee last week, "
                "is struggling.",
            ),
        ],
    )
    (date,) = facets_of(dossier, "date", "declare")
    assert date.verdict != "contradicted"


def test_ledes_still_tie_a_verb_outside_the_tables_naming_one_thing(tmp_path):
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", PRIMARY + "The senator declared victory on Tuesday night."),
            ("Daily", PRIMARY + "The senator declared victory on Monday night."),
        ],
    )
    (date,) = facets_of(dossier, "date", "declare")
    assert date.verdict == "contradicted"


VOTING = (
    "Turnout was high across the state. Lines formed early in Manchester. Snow fell in the "
    "north. Volunteers drove voters to the polls. Counting went on past midnight. "
)


def test_shares_past_the_lede_are_parts_not_a_dispute(tmp_path):
    # one candidate wins many shares: of the vote, "among conservative voters", of a state
    dossier = dossier_of(
        tmp_path,
        [
            ("Wire", PRIMARY + VOTING + "Donald Trump won 35 percent of the vote."),
            (
                "Daily",
                PRIMARY + VOTING + "Donald Trump won just 19 percent among conservative voters.",
            ),
        ],
    )
    (share,) = facets_of(dossier, "number of percent", "win")
    assert share.verdict != "contradicted"


def test_shares_both_ledes_give_dispute(tmp_path):
    lede = "Donald Trump won {} percent of the vote in the New Hampshire primary on Tuesday."
    dossier = dossier_of(tmp_path, [("Wire", lede.format(35)), ("Daily", lede.format(32))])
    (share,) = facets_of(dossier, "number of percent", "win")
    assert share.verdict == "contradicted"


@pytest.mark.parametrize(
    ("attribute", "share"),
    [
        ("number of percent", True),
        ("number of % won", True),
        ("number of people killed", False),
        ("number of percentage", True),
        ("date", False),
    ],
)
def test_a_share_is_told_by_its_unit(attribute, share):
    assert reconcile._share(attribute) is share


def test_the_same_quote_given_to_two_people_is_contested_in_the_json_contract(
    tmp_path_factory, data_dir
):
    # run_corpus validates the dossier's JSON against the published schema
    dossier = run_corpus(tmp_path_factory, data_dir, "quote")
    facet = only(dossier, "participant: speaker")
    assert facet.verdict == "contradicted"
    assert sorted(v.label for v in facet.values) == ["Gregg Hastings", "Nowak"]
    assert {v.kind for v in facet.values} == {"speaker"}
