"""The archive is a real SQLite file: reopened, it holds what was written."""

from __future__ import annotations

import sqlite3

import pytest

from corroborator.errors import CorroboratorError, StoreError
from corroborator.ingest import article_id
from corroborator.model import Analysis, Article, Removed, Span, Story, TimeRef
from corroborator.store import HEAD_CHARS, Store


def article(text="Putin met Prigozhin.", source="a.txt", **kw) -> Article:
    return Article(id=article_id(text), text=text, source=source, raw=text.encode(), **kw)


def test_articles_survive_reopening_with_raw_bytes_and_removed_parts(tmp_path):
    db = tmp_path / "a.db"
    a = article(
        published="2023-07-10", outlet="WION", removed=[Removed("read-more", "READ MORE: x")]
    )
    a.raw = b"\xef\xbb\xbfraw bytes \x00 kept"
    with Store(db) as store:
        assert store.add_article(a) is True
    with Store(db) as store:
        (back,) = store.articles()
        assert back.raw == a.raw and back.text == a.text and back.outlet == "WION"
        assert back.removed == [Removed("read-more", "READ MORE: x")]
        assert back.seen_at  # set by the store


def test_duplicate_is_stored_once_with_every_place_seen(tmp_path):
    with Store(tmp_path / "a.db") as store:
        assert store.add_article(article(source="one.txt"))
        assert not store.add_article(article(source="two.txt"))
        assert store.count("articles") == 1
        (only,) = store.articles()
        assert [s["source"] for s in store.sightings(only.id)] == ["one.txt", "two.txt"]


def test_analysis_round_trips_through_json(tmp_path):
    a = article()
    time = TimeRef(Span(0, 4), "DATE", "2023-06-29", "2023-06-29", "2023-06-29", "day")
    analysis = Analysis(article=a.id, model="m", sentences=[Span(0, 20)], times=[time])
    with Store(tmp_path / "a.db") as store:
        store.add_article(a)
        store.save_analysis(analysis)
        assert store.analysis(a.id) == analysis
        assert store.unanalysed("m") == []
        assert store.unanalysed("other-model") == [a.id]


def test_stories_are_replaced_as_a_whole(tmp_path):
    with Store(tmp_path / "a.db") as store:
        a, b = article("one."), article("two.")
        store.add_article(a)
        store.add_article(b)
        store.save_stories([Story("s-1", [a.id]), Story("s-2", [b.id])])
        store.save_stories([Story("s-3", [a.id, b.id])])
        assert [s.id for s in store.stories()] == ["s-3"]
        assert store.story("s-3").articles == [a.id, b.id]


def test_saving_stories_writes_only_the_ones_that_changed(tmp_path):
    a, b, c = (article(f"Report number {n}.") for n in "abc")
    with Store(tmp_path / "a.db") as store:
        for x in (a, b, c):
            store.add_article(x)
        store.save_stories([Story("s-1", [a.id]), Story("s-2", [b.id]), Story("s-3", [c.id])])
        before = store.db.total_changes
        store.save_stories([Story("s-1", [a.id]), Story("s-2", [b.id]), Story("s-3", [c.id])])
        assert store.db.total_changes == before  # nothing changed, nothing written
        store.save_stories([Story("s-1", [a.id]), Story("s-2", [b.id, c.id])])  # s-3 merged
        # s-2 and its 2 members rewritten, s-3 and its member deleted; s-1 untouched
        assert store.db.total_changes - before == 2 + 2 + 2 + 1
        assert [s.id for s in store.stories()] == ["s-1", "s-2"]
        assert store.story_of(c.id).id == "s-2" and store.story_of(a.id).id == "s-1"


def test_stories_matching_any_word_come_best_first_with_their_articles(tmp_path):
    quake = article("Earthquake strikes Izmir. The earthquake killed 12 people in Izmir.")
    later = article("Rescuers search Izmir after the quake.")
    vote = article("Lisbon council votes on its budget.")
    with Store(tmp_path / "a.db") as store:
        for x in (quake, later, vote):
            store.add_article(x)
        store.save_stories([Story("s-quake", [quake.id, later.id]), Story("s-vote", [vote.id])])
        # any word, each a prefix ("earthquak" finds "earthquake"); the densest match first
        found = store.stories_matching_any(["earthquak", "izmir", "budget"], limit=10)
        assert list(found) == ["s-quake", "s-vote"]
        assert found["s-quake"] == [quake.id, later.id]
        assert store.stories_matching_any(["budget"], limit=10) == {"s-vote": [vote.id]}
        assert store.stories_matching_any(['"', "--"], limit=10) == {}  # no word: nothing
        assert len(store.stories_matching_any(["izmir", "budget"], limit=1)) == 1


def test_a_state_keeps_its_parts_a_row_each(tmp_path):
    db = tmp_path / "a.db"
    with Store(db) as store:
        store.set_state("grouper", {"n": 1}, {"s:a": [1, 2], "s:b": {"x": 0.5}, "d:1": {}})
        store.set_state("grouper", {"n": 2}, {"s:a": None, "d:1": {"t:fire": ["s:b"]}})
        store.set_state("other", {"n": 0}, {"s:a": [9]})
    with Store(db) as store:
        assert store.state("grouper") == {"n": 2}
        # a part set to None is deleted; parts not named are left as they were
        assert store.state_parts("grouper") == {"d:1": {"t:fire": ["s:b"]}, "s:b": {"x": 0.5}}
        assert store.state_part("grouper", "s:b") == {"x": 0.5}
        assert store.state_part("grouper", "s:a") is None
        store.set_state("grouper", {"n": 3}, {"s:c": []}, replace_parts=True)
        assert store.state_parts("grouper") == {"s:c": []}
        assert store.state_parts("other") == {"s:a": [9]}  # each state its own parts
        assert store.state_parts("nothing") == {} and store.state("nothing") is None


def test_recent_stories_come_a_page_at_a_time_most_recent_first(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ids = []
        for n in range(5):
            x = article(f"Report number {n}.")
            store.add_article(x)
            ids.append(x.id)
        seen = ["2024-01-03", "2024-01-09", None, "2024-01-05", "2024-01-09"]
        store.save_stories([Story(f"s-{n}", [ids[n]], last_seen=day) for n, day in enumerate(seen)])
        total, first = store.recent_stories(2)
        _, rest = store.recent_stories(10, offset=2)
    assert total == 5
    assert [s.id for s in first + rest] == ["s-4", "s-1", "s-3", "s-0", "s-2"]  # undated last


def test_a_newer_schema_is_refused_with_a_next_step(tmp_path):
    db = tmp_path / "a.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="CHANGELOG"):
        Store(db)


def test_a_file_that_is_not_sqlite_is_a_store_error(tmp_path):
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not.db"):
        Store(bad)


def test_articles_by_id_come_in_date_order_undated_last(tmp_path):
    dated = {"2024-03-02": "b.", "2024-03-01": "c.", None: "a."}
    with Store(tmp_path / "a.db") as store:
        for published, text in dated.items():
            store.add_article(article(text, published=published))
        store.add_article(article("not asked for."))
        wanted = [article_id(t) for t in dated.values()]
        found = store.articles(wanted)
        assert [a.published for a in found] == ["2024-03-01", "2024-03-02", None]
        assert [a.id for a in found] == [a.id for a in store.articles() if a.id in wanted]


def test_article_heads_read_outlet_title_and_the_start_of_the_text(tmp_path):
    long = article("Putin met Prigozhin. " * 200, outlet="WION", title="A meeting")
    short = article("Lukashenko spoke.", source="b.txt")
    with Store(tmp_path / "a.db") as store:
        store.add_article(long)
        store.add_article(short)
        heads = store.article_heads([short.id, long.id, long.id])
    assert heads[long.id][:2] == ("WION", "A meeting")
    assert heads[long.id][2] == long.text[:HEAD_CHARS]
    assert heads[short.id] == (None, None, "Lukashenko spoke.")


# search ---------------------------------------------------------------------------------------


def search_archive(tmp_path) -> Store:
    store = Store(tmp_path / "a.db")
    store.add_article(
        article(
            "French publication Libération has claimed Prigozhin met Putin in St. Petersburg.",
            title="Secret meeting",
        )
    )
    store.add_article(article("Prigozhin was seen in Belarus, Lukashenko said.", source="b.txt"))
    store.add_article(article("The meeting lasted three hours.", source="c.txt"))
    return store


def test_search_finds_articles_holding_every_word_with_exact_spans(tmp_path):
    with search_archive(tmp_path) as store:
        total, hits = store.search("prigozhin belarus", limit=10)
        assert total == 1
        ((found, spans),) = hits
        text = store.article(found).text
        assert [text[a:b] for a, b in spans] == ["Prigozhin", "Belarus"]


def test_search_folds_diacritics_and_takes_phrases_and_prefixes(tmp_path):
    with search_archive(tmp_path) as store:
        (_, [(found, spans)]) = store.search("Liberation", limit=10)
        assert store.article(found).text[slice(*spans[0])] == "Libération"
        assert store.search('"met Putin"', limit=10)[0] == 1
        assert store.search('"Putin met"', limit=10)[0] == 0  # a phrase keeps its word order
        total, hits = store.search("meet*", limit=10)
        assert total == 2  # "meeting" in a title and in a text
        assert store.search("meet", limit=10)[0] == 0  # no stemming without the *


def test_search_ranks_a_title_match_first_and_pages(tmp_path):
    with search_archive(tmp_path) as store:
        _, hits = store.search("meeting", limit=10)
        assert store.article(hits[0][0]).title == "Secret meeting"
        assert hits[0][1] == []  # the word is in its title only: no span in the text
        total, page = store.search("meeting", limit=1, offset=1)
        assert total == 2 and page == hits[1:]


@pytest.mark.parametrize("query", ["St. Petersburg", "AND OR NOT", 'Prigozhin"s (', "NEAR(a b)"])
def test_search_takes_any_typed_text_without_syntax_errors(tmp_path, query):
    with search_archive(tmp_path) as store:
        total, _ = store.search(query, limit=10)
    assert total == (1 if query == "St. Petersburg" else 0)


@pytest.mark.parametrize("query", ["", "   ", '""', "* - ."])
def test_search_refuses_a_query_with_no_words(tmp_path, query):
    with search_archive(tmp_path) as store, pytest.raises(CorroboratorError, match="nothing to"):
        store.search(query, limit=10)


def test_a_version_2_archive_gets_its_articles_searchable_when_opened(tmp_path):
    db = tmp_path / "a.db"
    with search_archive(tmp_path) as store:
        pass
    with sqlite3.connect(db) as conn:  # as version 2 left it: no search index
        conn.execute("DROP TABLE article_search")
        conn.execute("DROP TRIGGER articles_search_insert")
        conn.execute("DROP TRIGGER articles_search_delete")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with Store(db) as store:
        assert store.search("Lukashenko", limit=10)[0] == 1
        store.add_article(article("Lukashenko spoke again.", source="d.txt"))
        assert store.search("Lukashenko", limit=10)[0] == 2
    with sqlite3.connect(db) as conn:
        (version,) = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == "3"
