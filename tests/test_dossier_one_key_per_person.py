"""A story keys its main person alike in every article: an article mostly about Bill Clinton
names him first and keys Hillary with her given name, where the story's other articles key her
by the bare surname, so the dossier gives her the story's key there
(dossier._one_key_per_person, entities.story_person_keys): her mentions, her words' source and
her entity carry one key across the story (real parses)."""

from __future__ import annotations

from corroborator.analyze import analyze_doc
from corroborator.dossier import _one_key_per_person, build_dossier
from corroborator.model import Article, Story

REPORTS = [
    "On Monday, Hillary Clinton told supporters in Iowa that the state was close. Her husband, "
    "former President Bill Clinton, spoke in Des Moines.",
    "On Monday, Hillary Clinton said that she would win Iowa. Clinton spoke at a rally in "
    "Cedar Rapids.",
    "On Monday, Bill Clinton spoke in Des Moines for his wife. Later, Hillary Clinton told "
    "reporters that the state was close.",
]


def _story(nlp):
    articles = {
        f"a{n}": Article(id=f"a{n}", text=text, source=f"test/{n}", outlet=f"outlet{n}")
        for n, text in enumerate(REPORTS)
    }
    analyses = {key: analyze_doc(nlp(a.text), a, "test") for key, a in articles.items()}
    return Story(id="s", articles=list(articles)), articles, analyses


def _keys_of(text: str, analysis, name: str) -> set[str]:
    return {m.entity for m in analysis.mentions if text[m.span.start : m.span.end] == name}


def test_the_article_about_bill_clinton_keys_hillary_as_the_story_does(nlp) -> None:
    story, articles, analyses = _story(nlp)
    # before: the third article keys Bill by the bare surname, as the others key Hillary
    assert _keys_of(REPORTS[2], analyses["a2"], "Bill Clinton") == {"person:clinton"}
    renamed = _one_key_per_person(story, analyses)
    for n, article in enumerate(story.articles):
        assert _keys_of(REPORTS[n], renamed[article], "Hillary Clinton") == {"person:clinton"}
    # the article's other person shares the key, as before the split: never a new key
    assert _keys_of(REPORTS[2], renamed["a2"], "Bill Clinton") == {"person:clinton"}
    assert _keys_of(REPORTS[0], renamed["a0"], "Bill Clinton") == {"person:clinton~bill"}
    sources = {
        a.source.entity
        for a in renamed["a2"].attributions
        if REPORTS[2][a.source.span.start : a.source.span.end] == "Hillary Clinton"
    }
    assert sources == {"person:clinton"}


def test_a_story_of_one_clinton_is_left_as_it_is(nlp) -> None:
    story, articles, analyses = _story(nlp)
    one = Story(id="s1", articles=["a1"])
    assert _one_key_per_person(one, analyses) is analyses


def test_the_dossier_names_each_clinton_once(nlp) -> None:
    story, articles, analyses = _story(nlp)
    dossier = build_dossier(story, articles, analyses)
    people = {e.key: e.name for e in dossier.entities if e.key.startswith("person:clinton")}
    assert set(people) == {"person:clinton", "person:clinton~bill"}
    assert "Bill" in people["person:clinton~bill"]
    assert "Hillary" in people["person:clinton"]


def test_the_second_clinton_speaks_as_one_speaker(nlp) -> None:
    from corroborator.render import speakers

    reports = [
        "On Monday, Hillary Clinton campaigned in Iowa. Her husband, former President Bill "
        "Clinton, said that the race was tight.",
        "On Monday, Hillary Clinton spoke in Iowa. Later, Bill Clinton told reporters that "
        "turnout would be high.",
    ]
    articles = {
        f"a{n}": Article(id=f"a{n}", text=text, source=f"test/{n}", outlet=f"outlet{n}")
        for n, text in enumerate(reports)
    }
    analyses = {key: analyze_doc(nlp(a.text), a, "test") for key, a in articles.items()}
    dossier = build_dossier(Story(id="s", articles=list(articles)), articles, analyses)
    groups = {
        label: {f.values[0].evidence[0].voice for f in facets}
        for label, facets in speakers(dossier)
    }
    bill = [label for label, voices in groups.items() if voices == {"person:clinton~bill"}]
    assert len(bill) == 1 and "Bill Clinton" in bill[0]
