"""Checking a statement against an archived story (the seeds), with the real pipeline."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corroborator import Settings, Store, run
from corroborator.cli import app
from corroborator.errors import CorroboratorError
from corroborator.group import StoryGrouper
from corroborator.pipeline import check


@pytest.fixture(scope="module")
def archive(seeds_archive):
    return seeds_archive


def facts(archive, text, *, pin=True, **kw):
    """The facts of ``text`` checked against the seeds' story (found by the grouper unless
    ``pin``), by (subject, attribute)."""
    with Store(archive) as store:
        (story,) = store.stories()
        before = store.count("articles"), store.count("analyses")
        found, rows = check(store, text, Settings(), story=story if pin else None, **kw)
        assert found == story
        assert (store.count("articles"), store.count("analyses")) == before  # nothing added
    return {(r["subject"], r["attribute"]): r for r in rows}


MEETING = "meeting of Prigozhin and Putin"


def test_the_kremlin_date_sides_with_wion_in_a_contested_fact(archive):
    found = facts(archive, "Vladimir Putin met Yevgeny Prigozhin on June 29, 2023.", pin=False)
    date = found[(MEETING, "date")]
    assert date["outcome"] == "contested"  # the archive already disputes the date
    (agreeing,) = date["agreeing"]
    assert agreeing["value"] == "2023-06-29" and agreeing["voices"] == 1
    assert all(e["chain"][0] == "WION" for e in agreeing["evidence"])
    assert [o["value"] for o in date["others"]] == ["2023-07-01"]
    assert found[(MEETING, "occurred")]["outcome"] == "supported"


def test_a_denial_contradicts_what_the_archive_agrees_on(archive):
    found = facts(archive, "Putin did not meet Prigozhin.", pin=False)
    occurred = found[(MEETING, "occurred")]
    assert occurred["outcome"] == "contradicted"
    assert occurred["agreeing"] == []
    (happened,) = occurred["others"]
    assert happened["value"] == "happened" and happened["voices"] == 2
    # every piece of evidence points at the words of an archived article
    with Store(archive) as store:
        texts = {a.id: a.text for a in store.articles()}
    for e in happened["evidence"]:
        start, end = e["span"]
        assert " ".join(texts[e["article"]][start:end].split()) == e["quote"]


def test_a_fact_the_archive_does_not_state_is_new(archive):
    found = facts(archive, "Putin met Prigozhin in Minsk.")
    place = found[(MEETING, "place")]  # no report says where they met
    assert place["outcome"] == "new" and place["agreeing"] == [] and place["others"] == []
    assert found[(MEETING, "occurred")]["outcome"] == "supported"


def test_a_different_duration_contradicts_the_kremlin(archive):
    found = facts(archive, "Putin met Prigozhin. The meeting lasted five hours.")
    duration = found[(MEETING, "duration")]
    assert duration["outcome"] == "contradicted"
    assert [o["value"] for o in duration["others"]] == ["3 hours"]


def test_an_archived_text_is_refused(archive):
    with Store(archive) as store:
        (story,) = store.stories()
        wion = next(a for a in store.articles() if a.outlet == "WION")
        with pytest.raises(CorroboratorError, match="already in the story"):
            check(store, wion.text, Settings(), story=story)


def test_cli_check_prints_and_takes_json(archive):
    runner = CliRunner()
    args = ["check", "Putin did not meet Prigozhin.", "--story", "s-", "--db", str(archive)]
    shown = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "✗ contradicted" in shown.stdout and "against it: happened" in shown.stdout
    body = json.loads(runner.invoke(app, [*args, "--json"]).stdout)
    assert body["story"].startswith("s-") and body["facts"][0]["outcome"] == "contradicted"
    piped = runner.invoke(app, ["check", "-", "--db", str(archive)], input="Putin met Prigozhin.")
    assert piped.exit_code == 0 and "✓ supported" in piped.stdout
    # on a narrow terminal a long quote wraps under its own indentation, never to the margin
    narrow = runner.invoke(app, args, env={"COLUMNS": "60"}).stdout.splitlines()
    assert any(line.startswith("        “") for line in narrow)
    assert all(line.startswith(("  ", "✗", "✓", "Checked")) for line in narrow)
    assert all(len(line) <= 60 for line in narrow)


def test_a_statement_about_nothing_archived_is_said_so(archive):
    runner = CliRunner()
    text = "The city council of Lisbon approved a new budget for public libraries."
    result = runner.invoke(app, ["check", text, "--db", str(archive)])
    assert result.exit_code == 1
    assert "no archived story near the statement" in result.stderr


# ------------------------------------------------------------------ finding the story by itself
CORPORA = ("quake", "summit", "whereabouts")  # 2024-02, 2024-03 and 2024-05: months apart


@pytest.fixture(scope="module")
def three_stories(tmp_path_factory, data_dir):
    """A real archive of three invented corpora (an Izmir earthquake, a Lisbon summit, an
    opposition leader's whereabouts), each its own story, months apart."""
    db = tmp_path_factory.mktemp("three") / "archive.db"
    with Store(db) as store:
        run([data_dir / "corpora" / name for name in CORPORA], store, Settings(db=str(db)))
        stories = {}
        for story in store.stories():
            first = store.article(story.articles[0])
            stories[first.published[:7]] = story.id
    assert sorted(stories) == ["2024-02", "2024-03", "2024-05"]
    return db, stories


def found_story(archive, text, **kw):
    with Store(archive) as store:
        try:
            story, _ = check(store, text, Settings(), **kw)
        except CorroboratorError as exc:
            assert "no archived story near the statement" in str(exc)
            return None
    return story.id


def test_an_undated_statement_finds_a_story_older_than_the_latest_week(three_stories):
    # undated, the grouper's index looks around the archive's latest date (May): the March
    # summit is found through the full-text search of the statement's words and names (and the
    # February earthquake too, below, whose matching state the grouper has retired)
    archive, stories = three_stories
    text = "Ana Ribeiro met Carlos Ortega in Lisbon to talk about the Douro water."
    assert found_story(archive, text) == stories["2024-03"]
    assert found_story(archive, text, published="2024-03-05") == stories["2024-03"]


def test_a_statement_with_other_figures_finds_its_story(three_stories):
    # the figures are what is checked: a wrong toll is still about the Izmir earthquake, found
    # through the full-text search and scored against its articles (the grouper retired it)
    archive, stories = three_stories
    with Store(archive) as store:  # February is over 97 days behind May: retired
        saved = store.state("grouper")["state"]
        grouper = StoryGrouper.for_lookup(saved, lambda key: store.state_part("grouper", key))
        assert not grouper.matchable(stories["2024-02"]) and grouper.matchable(stories["2024-05"])
    text = "The Izmir earthquake killed 40 people."
    assert found_story(archive, text) == stories["2024-02"]
    with Store(archive) as store:
        _, rows = check(store, text, Settings())
    (toll,) = [r for r in rows if r["attribute"] == "number of people killed"]
    assert toll["outcome"] == "contradicted" and [o["value"] for o in toll["others"]] == [
        "12",
        "19",
    ]


def test_a_statement_sharing_one_name_with_a_story_is_not_about_it(three_stories):
    # Lisbon is where the summit was, but a city council's budget is another matter
    archive, stories = three_stories
    text = "The city council of Lisbon approved a new budget for public libraries."
    assert found_story(archive, text) is None
    assert found_story(archive, "The opposition held a rally in Budapest.") is None
    # another earthquake: the story names a place, and not this one
    assert found_story(archive, "An earthquake struck Chile.") is None
    assert found_story(archive, "An earthquake struck Izmir.") == stories["2024-02"]


def test_finding_the_story_is_deterministic_and_changes_nothing(three_stories):
    archive, stories = three_stories
    text = "Marta Kovacs is in Vienna, her aide said."
    with Store(archive) as store:
        before = store.state_parts("grouper"), store.count("articles"), store.count("analyses")
        first = check(store, text, Settings())
        assert first[0].id == stories["2024-05"]
        assert check(store, text, Settings()) == first
        assert (store.state_parts("grouper"), store.count("articles"), store.count("analyses")) == (
            before
        )


def test_each_voice_comes_first_so_the_first_lines_show_every_source(archive):
    # "the meeting took place" has eight sentences from two independent voices, the first
    # several all WION's: listed in reading order, three lines showed WION alone
    found = facts(archive, "Putin met Prigozhin.", pin=False)
    (happened,) = found[(MEETING, "occurred")]["agreeing"]
    assert happened["voices"] == 2 and len(happened["evidence"]) > 3
    first_two = happened["evidence"][:2]
    assert len({e["article"] for e in first_two}) == 2


def test_check_says_how_many_sentences_it_does_not_print(archive):
    result = CliRunner().invoke(
        app, ["check", "--db", str(archive), "Putin met Prigozhin."], catch_exceptions=False
    )
    assert result.exit_code == 0
    assert "more sentences (`--json` lists all)" in result.stdout
