"""Story grouping on real text: invented multi-outlet corpora, the two seed articles."""

from __future__ import annotations

import hashlib
import json
import pickle
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from corroborator.errors import AnalysisError, ConfigError
from corroborator.group import (
    NEWS_STOPWORDS,
    NON_PLURAL_ENDINGS,
    SPLIT_WEIGHTS,
    StoryGrouper,
    StoryItem,
    Weights,
    _interval,
    _two_means,
    group_items,
    numbers,
    story_id,
    tokenize,
)

# spaCy entity labels that name actors and places (numbers, dates, money are left out).
ACTOR_LABELS = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "loc", "NORP": "norp"}

# Event A, 2024-03-04: a fire at the Velmora container terminal; three outlets.
FIRE = [
    (
        "a-coastal",
        "2024-03-04",
        "Fire tears through Velmora container terminal",
        "A fire broke out on Monday at the Velmora container terminal operated by Tarsk "
        "Shipping, sending black smoke over the harbour. Firefighters battled the blaze for six "
        "hours before bringing it under control. Two dock workers were taken to hospital with "
        "smoke inhalation, the Velmora fire brigade said. Tarsk Shipping said the fire started in "
        "a warehouse storing lithium batteries and that terminal operations were suspended.",
    ),
    (
        "a-herald",
        "2024-03-04",
        "Blaze at Velmora port warehouse, two workers hurt",
        "Two workers were injured when a blaze engulfed a warehouse at the Velmora container "
        "terminal on Monday. The fire, which began among stored lithium batteries, took "
        "firefighters six hours to contain. Tarsk Shipping, which runs the terminal, suspended "
        "operations. Thick smoke drifted across the harbour and residents were told to keep "
        "windows closed.",
    ),
    (
        "a-wire",
        "2024-03-05",
        "Velmora terminal shut after battery warehouse fire",
        "Operations at the Velmora container terminal remained suspended on Tuesday after a fire "
        "in a warehouse holding lithium batteries. Firefighters needed six hours to put out the "
        "blaze on Monday. Two dock workers treated for smoke inhalation have left hospital, "
        "Tarsk Shipping said. Investigators from the fire brigade are examining the warehouse.",
    ),
]

# Event B, a week later: the dock workers strike at the same terminal (same actors, new event).
STRIKE = [
    (
        "b-coastal",
        "2024-03-11",
        "Velmora dock workers walk out over pay",
        "Dock workers at the Velmora container terminal went on strike on Monday, demanding a "
        "wage increase of eight percent and new safety rules from Tarsk Shipping. The Harbour "
        "Workers Union said 400 members joined the walkout. Union leader Mira Sokol told a rally "
        "at the gates that talks with management had collapsed over pay.",
    ),
    (
        "b-herald",
        "2024-03-12",
        "Strike halts Velmora terminal for second day",
        "The strike by the Harbour Workers Union kept the Velmora container terminal closed for "
        "a second day on Tuesday. Mira Sokol, who leads the union, said members would not return "
        "until Tarsk Shipping agreed to an eight percent pay rise. Management called the wage "
        "demand unaffordable and offered talks.",
    ),
]


def entity_keys(nlp, texts: list[str]) -> list[tuple[str, ...]]:
    """Entity keys from spaCy's own NER ("kind:text", lower-cased), as the brief allows.

    A name gets the kind spaCy gives it most often across the texts (the small model calls
    "Tarsk Shipping" a PERSON in one sentence and an ORG in the next): a poor man's version of
    the canonicalisation analyze/entities does.
    """
    mentions: list[list[str]] = []
    kinds: dict[str, Counter[str]] = {}
    for doc in nlp.pipe(texts):
        names = []
        for ent in doc.ents:
            kind = ACTOR_LABELS.get(ent.label_)
            if kind:
                name = ent.text.lower().removeprefix("the ").removesuffix("'s").removesuffix("’s")
                names.append(name.strip())
                kinds.setdefault(name.strip(), Counter())[kind] += 1
        mentions.append(names)
    top = {name: min(c.items(), key=lambda p: (-p[1], p[0]))[0] for name, c in kinds.items()}
    return [tuple(f"{top[n]}:{n}" for n in names) for names in mentions]


@pytest.fixture(scope="module")
def corpus(nlp) -> list[StoryItem]:
    rows = FIRE + STRIKE
    keys = entity_keys(nlp, [f"{title}\n{text}" for _, _, title, text in rows])
    return [
        StoryItem(aid, text, title, published, ents)
        for (aid, published, title, text), ents in zip(rows, keys, strict=True)
    ]


@pytest.fixture(scope="module")
def seeds(nlp, examples_dir) -> list[StoryItem]:
    """The two seed articles: 000 (undated; first line is its headline) and 002 (WION)."""
    tabloid = (examples_dir / "000_3952b77df38d3d1b.txt").read_text(encoding="utf-8")
    title, _, body = tabloid.strip().partition("\n")
    wion = (examples_dir / "002_0987eb7d379886d6.txt").read_text(encoding="utf-8")
    wion_body = wion.strip().removeprefix("date 2023-07-10").strip()
    keys = entity_keys(nlp, [tabloid, wion])
    return [
        StoryItem("000_3952b77df38d3d1b", body, title, None, keys[0]),
        StoryItem("002_0987eb7d379886d6", wion_body, None, "2023-07-10", keys[1]),
    ]


def ids(stories) -> list[list[str]]:
    return [s.articles for s in stories]


# --------------------------------------------------------------------------- tokenizer rules
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earthquakes struck Velmora", ["earthquake", "struck", "velmora"]),  # plural stripped
        ("Prigozhin's mutiny", ["prigozhin", "mutiny"]),  # possessive dropped
        ("the crisis of 2008", ["crisis", "2008"]),  # "-is" kept; a year is kept
        ("Officials said 35 people were told", ["official"]),  # stop words, news words, numbers
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


def test_rule_lists_are_what_they_say() -> None:
    assert {"said", "told", "according"} <= NEWS_STOPWORDS
    assert "mutiny" not in NEWS_STOPWORDS
    assert all(not tokenize(f"{w}") for w in ("said", "reported"))
    assert "ss" in NON_PLURAL_ENDINGS and tokenize("witness") == ["witness"]


@pytest.mark.parametrize(
    ("value", "days"),
    [("2011-11-12", 1), ("2011-11", 30), ("2011-12", 31), ("2011", 365), ("2023-06-29T10:00", 1)],
)
def test_mentioned_date_precision(value: str, days: int) -> None:
    lo, hi = _interval(value)
    assert hi - lo + 1 == days


@pytest.mark.parametrize("value", ["2023-W27", "PRESENT_REF", "2011-13-01", "June"])
def test_mentioned_date_not_a_calendar_date(value: str) -> None:
    assert _interval(value) is None


# --------------------------------------------------------------------------- grouping
def test_two_events_of_one_topic_are_two_related_stories(corpus) -> None:
    grouper = StoryGrouper()
    for item in sorted(corpus, key=lambda i: (i.published, i.article_id)):
        grouper.add(item)
    stories = grouper.stories()
    assert ids(stories) == [["a-coastal", "a-herald", "a-wire"], ["b-coastal", "b-herald"]]
    fire, strike = stories
    assert (fire.first_seen, fire.last_seen) == ("2024-03-04", "2024-03-05")
    assert (strike.first_seen, strike.last_seen) == ("2024-03-11", "2024-03-12")
    assert fire.related == [strike.id] and strike.related == [fire.id]
    assert grouper.related(fire.id) == [strike.id]
    assert fire.id == story_id("a-coastal") == "s-" + hashlib.sha1(b"a-coastal").hexdigest()[:12]


def test_unrelated_event_is_not_linked(corpus, nlp) -> None:
    text = (
        "The central bank of Ostrava raised its key interest rate by half a point on Tuesday, "
        "citing inflation in food and energy prices. Governor Pavel Drost said further increases "
        "were possible."
    )
    title = "Ostrava bank raises rates"
    other = StoryItem("c-bank", text, title, "2024-03-12", entity_keys(nlp, [text])[0])
    stories = group_items([*corpus, other])
    assert len(stories) == 3
    bank = next(s for s in stories if s.articles == ["c-bank"])
    assert bank.related == []


def test_seed_articles_are_one_story(seeds) -> None:
    stories = group_items(seeds)
    assert ids(stories) == [["000_3952b77df38d3d1b", "002_0987eb7d379886d6"]]
    assert stories[0].first_seen == stories[0].last_seen == "2023-07-10"
    assert stories[0].id == story_id("000_3952b77df38d3d1b")  # undated sorts first, founds it


def test_same_stories_whatever_the_input_order(corpus) -> None:
    first = group_items(corpus)
    again = group_items(list(reversed(corpus)))
    assert first == again
    # Equal-date items fed to the grouper in either order: same partition and same ids.
    for order in (corpus, [corpus[1], corpus[0], *corpus[2:]]):
        grouper = StoryGrouper()
        for item in order:
            grouper.add(item)
        assert ids(grouper.stories()) == ids(first)


def test_late_article_lands_in_the_story_of_its_date(corpus) -> None:
    grouper = StoryGrouper()
    for item in sorted(corpus, key=lambda i: (i.published, i.article_id)):
        grouper.add(item)
    late = replace(corpus[1], article_id="a-late", published="2024-03-03")
    sid = grouper.add(late)
    assert sid == story_id("a-coastal")
    fire = next(s for s in grouper.stories() if s.id == sid)
    assert fire.articles[0] == "a-late" and fire.first_seen == "2024-03-03"
    # The same report dated a year earlier is outside every window: a story of its own.
    stale = replace(corpus[1], article_id="a-stale", published="2023-03-04")
    assert grouper.add(stale) == story_id("a-stale")


def test_adding_the_same_article_twice_changes_nothing(corpus) -> None:
    grouper = StoryGrouper()
    for item in corpus:
        grouper.add(item)
    before = grouper.stories()
    assert grouper.add(corpus[0]) == grouper.story_of(corpus[0].article_id)
    assert grouper.stories() == before


def test_state_round_trip_continues_identically(corpus) -> None:
    ordered = sorted(corpus, key=lambda i: (i.published, i.article_id))
    straight = StoryGrouper()
    for item in ordered:
        straight.add(item)
    half = StoryGrouper()
    for item in ordered[:3]:
        half.add(item)
    state = json.loads(json.dumps(half.to_state()))
    resumed = StoryGrouper.from_state(state)
    for item in ordered[3:]:
        resumed.add(item)
    assert resumed.stories() == straight.stories()
    assert json.dumps(resumed.to_state()) == json.dumps(straight.to_state())
    restored = pickle.loads(pickle.dumps(straight))
    assert restored.stories() == straight.stories()


def test_state_of_another_version_is_refused() -> None:
    state = StoryGrouper().to_state()
    state["core"]["version"] = 0
    with pytest.raises(ConfigError):
        StoryGrouper.from_state(state)


def test_bad_publication_date_is_an_error() -> None:
    item = StoryItem("x", "Fire at the terminal", None, "10/07/2023", ())
    with pytest.raises(AnalysisError) as err:
        StoryGrouper().add(item)
    assert err.value.context["article_id"] == "x"


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ConfigError):
        StoryGrouper(window_days=-1)
    with pytest.raises(ConfigError):
        StoryGrouper(weights=Weights(text=-1.0))


def test_matching_state_is_retired_behind_the_clock(corpus) -> None:
    grouper = StoryGrouper(retain_days=30)
    for item in corpus[:3]:
        grouper.add(item)
    fire = story_id("a-coastal")
    assert grouper.add(replace(corpus[1], article_id="a-late", published="2024-03-06")) == fire
    grouper.add(replace(corpus[3], article_id="b-later", published="2024-05-20"))  # clock moves on
    assert sorted(d for d in grouper._index if d is not None)[0] > date(2024, 3, 6).toordinal()
    # The fire story is still reported, but a report of it dated back then no longer matches.
    assert any(s.id == fire and len(s.articles) == 4 for s in grouper.stories())
    again = replace(corpus[1], article_id="a-very-late", published="2024-03-06")
    assert grouper.add(again) == story_id("a-very-late")
    # Without retirement the late report still finds its story.
    keep_all = StoryGrouper(retain_days=None)
    for item in [*corpus[:3], replace(corpus[3], article_id="b-later", published="2024-05-20")]:
        keep_all.add(item)
    assert keep_all.add(again) == fire


def test_undated_article_joins_its_story_on_a_neutral_time_signal(corpus) -> None:
    grouper = StoryGrouper()
    for item in corpus:
        grouper.add(item)
    undated = replace(corpus[2], article_id="a-undated", published=None)
    assert grouper.add(undated) == story_id("a-coastal")
    fire = next(s for s in grouper.stories() if s.id == story_id("a-coastal"))
    assert fire.articles[0] == "a-undated"  # undated articles sort first, as in group_items
    assert (fire.first_seen, fire.last_seen) == ("2024-03-04", "2024-03-05")


def test_mentioned_dates_place_an_undated_article_in_time(corpus) -> None:
    grouper = StoryGrouper()
    item = replace(corpus[0], published=None, dates=("2023", "2024-03-04", "PRESENT_REF"))
    vec = grouper._vectorize(item)
    day = date(2024, 3, 4).toordinal()
    assert vec.span == (day, day) and vec.published is None
    assert "date:2024-03-04" in vec.chans["ents"]
    assert not any(k.startswith("date:2023") for k in vec.chans["ents"])
    assert grouper._vectorize(replace(item, dates=())).span is None


def _ecbplus_eval():
    """The eval harness's scorers (eval/ is not a package: load the script by path)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "eval" / "ecbplus.py"
    spec = importlib.util.spec_from_file_location("ecbplus_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_clustering_scorers_follow_their_definitions() -> None:
    ev = _ecbplus_eval()
    gold = ["x", "x", "y", "y"]
    # Everything in one cluster: each item's cluster is half its own event.
    assert ev.bcubed(["c"] * 4, gold) == (0.5, 1.0, pytest.approx(2 / 3))
    assert ev.pairwise(["c"] * 4, gold)[:2] == (2 / 6, 1.0)
    # Singletons: perfectly precise; each item recovers half its event; no pair predicted.
    assert ev.bcubed(["a", "b", "c", "d"], gold)[:2] == (1.0, 0.5)
    assert ev.pairwise(["a", "b", "c", "d"], gold)[:2] == (1.0, 0.0)
    assert ev.bcubed(["p", "p", "q", "q"], gold) == (1.0, 1.0, 1.0)
    # One item misplaced: x,x,y | y.
    p, r, _ = ev.bcubed(["p", "p", "p", "q"], gold)
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert r == pytest.approx((1 + 1 + 1 / 2 + 1 / 2) / 4)


# --------------------------------------------------------------------------- figures
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jewels worth $2.6 million and 1,000 carats", ["2.6", "1000"]),  # decimals, thousands
        ("A 7.1-magnitude quake killed 23 people", ["7.1", "23"]),
        ("Gunmen stormed the hotel at dawn", []),  # no figure
    ],
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


# Two events of one kind, three reports each, same day: an earthquake in Darvel province and
# another in Ostrana. Each report names its place, toll and magnitude.
QUAKES = [
    (
        "q1-wire",
        "Magnitude 6.1 earthquake kills 12 in Darvel",
        "A magnitude 6.1 earthquake struck Darvel province before dawn, killing 12 people and "
        "collapsing houses in the market town of Kessin, the Darvel governor Ilan Morrow said. "
        "Rescuers were searching the rubble of a school in Kessin.",
    ),
    (
        "q1-daily",
        "Darvel quake: 12 dead as Kessin school collapses",
        "Twelve people died when a 6.1 quake shook Darvel province. Governor Ilan Morrow said "
        "most victims were in Kessin, where a school and the market hall fell. Aftershocks "
        "kept Kessin residents in the streets overnight.",
    ),
    (
        "q1-post",
        "Kessin digs out after deadly Darvel earthquake",
        "Residents of Kessin dug through rubble after the 6.1 earthquake in Darvel province "
        "that killed 12. Ilan Morrow, the governor, asked for tents and water for the town.",
    ),
    (
        "q2-wire",
        "Magnitude 5.4 earthquake kills three in Ostrana",
        "A magnitude 5.4 earthquake hit Ostrana on the coast, killing three people in the port "
        "of Belvik, mayor Tomas Reyn said. A bridge over the Belvik canal cracked and the "
        "harbour was closed.",
    ),
    (
        "q2-daily",
        "Three dead in Ostrana quake, Belvik bridge cracked",
        "Three people died in the 5.4 quake that shook Ostrana. Mayor Tomas Reyn said the "
        "Belvik canal bridge was shut and the harbour closed while engineers checked the piers.",
    ),
    (
        "q2-post",
        "Belvik harbour shut after Ostrana earthquake",
        "The harbour of Belvik stayed closed after the 5.4 earthquake in Ostrana that killed "
        "three. Tomas Reyn, the mayor, said the cracked canal bridge would be rebuilt.",
    ),
]


@pytest.fixture(scope="module")
def quakes(nlp) -> list[StoryItem]:
    keys = entity_keys(nlp, [f"{title}\n{text}" for _, title, text in QUAKES])
    return [
        StoryItem(aid, text, title, "2024-05-02", ents)
        for (aid, title, text), ents in zip(QUAKES, keys, strict=True)
    ]


def interleaved(items: list[StoryItem]) -> list[StoryItem]:
    return [item for pair in zip(items[:3], items[3:], strict=True) for item in pair]


def test_split_check_parts_two_events_a_loose_threshold_merged(quakes) -> None:
    loose = {"threshold": 0.05, "weights": Weights(numbers=0.25, lead=0.25)}
    merged = StoryGrouper(**loose, split_threshold=None)
    for item in interleaved(quakes):
        merged.add(item)
    assert len(merged.stories()) == 1  # without the check: one story of two earthquakes
    grouper = StoryGrouper(**loose, split_threshold=0.35)
    for item in interleaved(quakes):
        grouper.add(item)
    stories = grouper.stories()
    assert sorted(ids(stories)) == [
        ["q1-daily", "q1-post", "q1-wire"],
        ["q2-daily", "q2-post", "q2-wire"],
    ]
    first, second = stories
    assert first.related == [second.id] and second.related == [first.id]
    assert {grouper.story_of(a) for a in ("q1-wire", "q1-post")} == {story_id("q1-wire")}
    # The parted story keeps taking its event's reports, and the state carries the split.
    late = replace(quakes[4], article_id="q2-late")
    resumed = StoryGrouper.from_state(json.loads(json.dumps(grouper.to_state())))
    assert resumed.add(late) == grouper.add(late) == grouper.story_of("q2-wire")


def test_split_check_leaves_one_event_whole(quakes) -> None:
    grouper = StoryGrouper(threshold=0.05, split_threshold=0.35)
    for item in quakes[:3] + [replace(q, article_id=q.article_id + "-b") for q in quakes[:3]]:
        grouper.add(item)
    assert len(grouper.stories()) == 1


def test_merge_check_joins_one_event_split_by_its_order(quakes) -> None:
    # A strict threshold splits the Darvel reports; a bridging report joins the parts again.
    strict = {"threshold": 1.2, "weights": Weights(numbers=0.25, lead=0.25)}
    bridge = replace(
        quakes[0],
        article_id="q1-bridge",
        text=quakes[0].text + " " + quakes[1].text + " " + quakes[2].text,
    )
    plain = StoryGrouper(**strict, merge_threshold=None)
    checked = StoryGrouper(**strict, merge_threshold=0.5)
    for grouper in (plain, checked):
        for item in [*quakes[:3], bridge]:
            grouper.add(item)
    assert len(plain.stories()) > 1
    assert ids(checked.stories()) == [["q1-bridge", "q1-daily", "q1-post", "q1-wire"]]


def test_kept_member_vectors_are_dropped_two_windows_behind_the_clock(corpus) -> None:
    grouper = StoryGrouper()  # window 7 days: kept vectors go once 14 days behind the clock
    for item in corpus:
        grouper.add(item)
    fire, strike = grouper._stories[story_id("a-coastal")], grouper._stories[story_id("b-coastal")]
    assert len(fire.kept) == 3 and len(strike.kept) == 2
    grouper.add(replace(corpus[3], article_id="b-later", published="2024-03-18"))
    assert len(fire.kept) == 3  # last 03-05 = 03-18 - 13 days
    grouper.add(replace(corpus[4], article_id="b-latest", published="2024-03-21"))
    assert fire.kept == [] and len(fire.members) == 3  # last 03-05 < 03-21 - 14 days
    assert len(strike.kept) == 4  # last 03-21: still inside
    # A late report still joins the fire story; with its members' vectors gone it is not split.
    late = replace(corpus[1], article_id="a-late", published="2024-03-06")
    assert grouper.add(late) == fire.id and len(fire.members) == 4 and len(fire.kept) == 1


def _saved_run_by_run(settings: dict, items: list[StoryItem], batch: int) -> dict:
    """Stream ``items`` as runs of ``batch`` articles, each run loading the grouper from the
    saved core and parts and saving only what it changed, as pipeline.group does; the state
    saved at the end."""
    core, parts = StoryGrouper(**settings).take_changes()
    for start in range(0, len(items), batch):
        grouper = StoryGrouper.from_state(json.loads(json.dumps({"core": core, "parts": parts})))
        for item in items[start : start + batch]:
            grouper.add(item)
        core, changed = grouper.take_changes()
        for key, part in changed.items():
            if part is None:
                del parts[key]
            else:
                parts[key] = part
    return json.loads(json.dumps({"core": core, "parts": dict(sorted(parts.items()))}))


@pytest.mark.parametrize("batch", [1, 2])
def test_saving_only_the_changes_continues_exactly(corpus, quakes, batch) -> None:
    loose = {"threshold": 0.05, "weights": Weights(numbers=0.25, lead=0.25)}
    late = [
        replace(corpus[1], article_id="a-late", published="2024-03-06"),
        replace(corpus[3], article_id="b-later", published="2024-05-20"),
        replace(corpus[1], article_id="a-very-late", published="2024-03-06"),
    ]
    bridge = replace(quakes[0], article_id="q1-bridge", text=" ".join(q.text for q in quakes[:3]))
    ordered = sorted(corpus, key=lambda i: (i.published, i.article_id))
    behind = [
        replace(corpus[3], article_id="b-later", published="2024-03-18"),
        replace(corpus[4], article_id="b-latest", published="2024-03-21"),
        late[0],
    ]
    runs = [
        ({}, [*ordered, *behind]),  # two related stories; kept vectors dropped behind the clock
        ({"split_threshold": None}, ordered),  # no kept vectors
        ({"retain_days": 30}, [*corpus, *late]),  # index days retired
        ({**loose, "split_threshold": 0.35}, interleaved(quakes)),  # a story splits
        ({**loose, "threshold": 1.2, "merge_threshold": 0.5}, [*quakes[:3], bridge]),  # merges
    ]
    for settings, items in runs:
        straight = StoryGrouper(**settings)
        for item in items:
            straight.add(item)
        saved = _saved_run_by_run(settings, items, batch)
        # the rows saved run by run are the whole state, none stale, none missing
        assert json.dumps(saved) == json.dumps(straight.to_state())
        assert StoryGrouper.from_state(saved).stories() == straight.stories()


def test_a_run_saves_the_stories_and_days_it_touched(corpus) -> None:
    grouper = StoryGrouper()
    for item in corpus[:-1]:
        grouper.add(item)
    grouper.take_changes()
    whole = grouper.to_state()["parts"]
    joined = grouper.add(replace(corpus[1], article_id="a-again"))
    core, changed = grouper.take_changes()
    day = date.fromisoformat(corpus[1].published[:10]).toordinal()
    assert set(changed) == {f"s:{joined}", f"d:{day}"}  # of 2 stories and 3 days
    assert len(whole) == 5
    assert sorted(core["stories"]) == [k[2:] for k in whole if k.startswith("s:")]
    assert core["n_docs"] == len(corpus)
    assert grouper.take_changes()[1] == {}  # nothing new since


def test_a_lookup_reads_only_the_parts_it_needs_and_answers_as_the_whole_state(corpus) -> None:
    grouper = StoryGrouper(window_days=3)
    for item in corpus:
        grouper.add(item)
    saved = json.loads(json.dumps(grouper.to_state()))
    reads: list[str] = []

    def read_part(key: str) -> object | None:
        reads.append(key)
        return saved["parts"].get(key)

    for probe in [
        replace(corpus[1], article_id="probe-fire"),  # the fire's report again
        replace(corpus[3], article_id="probe-strike"),  # the strike's
        replace(corpus[1], article_id="probe-late", published="2024-06-01"),  # no story near
    ]:
        whole = StoryGrouper.from_state(saved)
        lookup = StoryGrouper.for_lookup(saved["core"], read_part)
        for one in (whole, lookup):  # as pipeline.check sets it: join only, never split/merge
            one.split_threshold = one.merge_threshold = None
        reads.clear()
        assert lookup.add(probe) == whole.add(probe)
        # the undated postings and the days of its window, then the stories found there
        assert len([k for k in reads if k.startswith("d:")]) == 1 + 2 * 3 + 1
        assert len([k for k in reads if k.startswith("s:")]) <= 1
    with pytest.raises(ConfigError):
        StoryGrouper.for_lookup({**saved["core"], "version": 0}, read_part)


# Two raids of one kind on one day, reported in the same words: what tells them apart is who is
# named (the store, the street, the inspector) and the figures stated (the haul, the gang).
TWINS = [
    (
        "r1-wire",
        "Armed gang raids Lumet jewellers on Rue Castel",
        "An armed gang raided the Lumet jewellery store on Rue Castel on Tuesday morning and "
        "escaped with watches and diamonds worth 2.3 million euros, Inspector Paul Verne said. "
        "Three men on motorbikes smashed the windows with hammers and threatened staff before "
        "fleeing.",
    ),
    (
        "r1-daily",
        "Robbers take 2.3 million euros of gems from Lumet store",
        "Robbers armed with hammers smashed the windows of the Lumet jewellery store on Rue "
        "Castel and took diamonds and watches worth 2.3 million euros. Inspector Paul Verne said "
        "three men fled on motorbikes; staff were threatened but not hurt.",
    ),
    (
        "r1-post",
        "Lumet jewellery raid: police hunt three men",
        "Police led by Inspector Paul Verne are hunting three men who raided the Lumet jewellery "
        "store on Rue Castel, escaping on motorbikes with gems worth 2.3 million euros after "
        "smashing the windows with hammers.",
    ),
    (
        "r2-wire",
        "Armed gang raids Oriel jewellers on Quai Morand",
        "An armed gang raided the Oriel jewellery store on Quai Morand on Tuesday evening and "
        "escaped with rings and necklaces worth 850,000 euros, Inspector Anne Roux said. Four "
        "men in a car smashed the windows with axes and threatened staff before fleeing.",
    ),
    (
        "r2-daily",
        "Robbers take 850,000 euros of jewels from Oriel store",
        "Robbers armed with axes smashed the windows of the Oriel jewellery store on Quai Morand "
        "and took rings and necklaces worth 850,000 euros. Inspector Anne Roux said four men "
        "fled in a car; staff were threatened but not hurt.",
    ),
    (
        "r2-post",
        "Oriel jewellery raid: police hunt four men",
        "Police led by Inspector Anne Roux are hunting four men who raided the Oriel jewellery "
        "store on Quai Morand, escaping in a car with jewels worth 850,000 euros after smashing "
        "the windows with axes.",
    ),
]


@pytest.fixture(scope="module")
def twins(nlp) -> list[StoryItem]:
    keys = entity_keys(nlp, [f"{title}\n{text}" for _, title, text in TWINS])
    items = [
        StoryItem(aid, text, title, "2024-05-02", ents)
        for (aid, title, text), ents in zip(TWINS, keys, strict=True)
    ]
    return interleaved(items)


def test_split_check_parts_twin_events_by_their_specifics(twins) -> None:
    # Compared by their words alone, the two raids' halves are alike: the story stays merged.
    words_only = StoryGrouper(threshold=0.05, split_weights=Weights(1.0, 0.0, 0.0, 0.0, 0.0))
    # Weighed the split check's way (names and figures count more), they are parted.
    specifics = StoryGrouper(threshold=0.05)
    for grouper in (words_only, specifics):
        for item in twins:
            grouper.add(item)
    assert len(words_only.stories()) == 1
    assert sorted(ids(specifics.stories())) == [
        ["r1-daily", "r1-post", "r1-wire"],
        ["r2-daily", "r2-post", "r2-wire"],
    ]
    assert specifics.split_weights == SPLIT_WEIGHTS


def test_split_limit_grows_per_doubling_of_the_story() -> None:
    grouper = StoryGrouper(split_threshold=0.3, split_growth=0.08)
    assert grouper._split_limit(4) == pytest.approx(0.3)
    assert grouper._split_limit(8) == pytest.approx(0.38)
    assert grouper._split_limit(16) == pytest.approx(0.46)
    flat = StoryGrouper(split_threshold=0.3, split_growth=0.0)
    assert flat._split_limit(4) == flat._split_limit(32) == pytest.approx(0.3)


def _unit(counts: dict[str, float]) -> dict[str, float]:
    norm = sum(v * v for v in counts.values()) ** 0.5
    return {k: v / norm for k, v in counts.items()}


def test_two_means_keeps_the_start_whose_halves_gather_tightest() -> None:
    # Two events ("a", "b") whose reports share their other words (w1, w2, w3). Started only
    # from the member least like the centre, two-means puts the last "b" report with the "a"
    # ones (it shares w1 with them); started from several members, the partition whose halves
    # gather most tightly around their directions is the two events, and its halves are less
    # alike (so the split check sees how far apart the events are).
    vecs = [
        _unit(c)
        for c in (
            {"a": 2, "w1": 1, "w2": 1},
            {"a": 2, "w2": 2},
            {"a": 2, "w1": 2},
            {"b": 2, "w2": 2},
            {"b": 2, "w3": 1, "w2": 1},
            {"b": 2, "w1": 2},
        )
    ]
    events = [False, False, False, True, True, True]
    one = _two_means(vecs, starts=1)
    several = _two_means(vecs, starts=6)
    assert one is not None and several is not None
    assert one[0] == [False, False, False, True, True, False]
    assert several[0] == events
    assert several[1] < one[1]
    # Deterministic, and a start count beyond the members changes nothing.
    assert _two_means(vecs, starts=16) == several


def test_split_settings_survive_the_state_and_are_checked(twins) -> None:
    grouper = StoryGrouper(
        threshold=0.05, split_growth=0.05, split_weights=Weights(1, 2, 0, 1, 0), split_starts=3
    )
    for item in twins[:4]:
        grouper.add(item)
    resumed = StoryGrouper.from_state(json.loads(json.dumps(grouper.to_state())))
    assert resumed.split_growth == 0.05 and resumed.split_weights == Weights(1, 2, 0, 1, 0)
    assert resumed.split_starts == 3
    for item in twins[4:]:
        assert resumed.add(item) == grouper.add(item)
    assert resumed.to_state() == grouper.to_state()
    with pytest.raises(ConfigError):
        StoryGrouper(split_weights=Weights(entities=-1.0))
    with pytest.raises(ConfigError):
        StoryGrouper(split_starts=0)


def test_close_rivals_are_told_apart_by_specifics(twins) -> None:
    # Once the raids are two stories, a report told in the Lumet reports' words (hammers,
    # motorbikes, diamonds, three men) but naming the Oriel raid's store, street and inspector
    # scores a little higher on the Lumet story; compared by its specifics, it is the Oriel one.
    late = StoryItem(
        "r2-late",
        "Robbers armed with hammers took diamonds, watches and gems and fled on motorbikes; "
        "three men are hunted, police said.",
        "Three robbers on motorbikes take diamonds, watches and gems",
        "2024-05-02",
        tuple(sorted(set(twins[1].entities))),  # the Oriel wire's names, once each
    )
    picked = {}
    for margin in (0.0, 0.15):
        grouper = StoryGrouper(threshold=0.05, pick_margin=margin)
        for item in twins:
            grouper.add(item)
        assert len(grouper.stories()) == 2
        oriel, lumet = grouper.story_of("r2-wire"), grouper.story_of("r1-wire")
        picked[margin] = grouper.add(late)
    assert picked[0.0] == lumet  # the join score alone: the words it shares
    assert picked[0.15] == oriel  # within the margin, the specifics decide
