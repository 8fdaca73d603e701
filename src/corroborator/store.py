"""SQLite persistence: the embedded archive (one file, WAL, crash-safe transactions).

Articles keep their raw bytes verbatim; analyses, stories and the grouper's state are stored
as JSON of the model dataclasses. Every write happens inside a transaction (``Store.transaction``
holds several together, as ingest does for a chunk of articles with their sightings and
signatures), so a crash mid-batch leaves the archive as it was before that transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from corroborator.errors import CorroboratorError, NotInArchiveError, StoreError
from corroborator.model import Analysis, Article, Removed, Skipped, Story
from corroborator.serde import dumps, from_data, to_data

SCHEMA_VERSION = 3
UPGRADABLE = {1, 2}  # versions that the tables below upgrade in place (CHANGELOG.md)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT, url TEXT, outlet TEXT, published TEXT, language TEXT,
    raw BLOB NOT NULL,
    raw_format TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    syndication_group TEXT,
    removed TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq);
CREATE TABLE IF NOT EXISTS sightings (
    article_id TEXT NOT NULL REFERENCES articles (id),
    source TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    outlet TEXT,
    url TEXT,
    published TEXT,
    PRIMARY KEY (article_id, source)
);
CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    model TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, data TEXT NOT NULL);
-- a large state kept in parts that change a few at a time (the grouper's stories and days)
CREATE TABLE IF NOT EXISTS state_parts (
    name TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (name, key)
);
CREATE TABLE IF NOT EXISTS signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    hashvalues BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS signature_bands (
    key INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id)
);
CREATE INDEX IF NOT EXISTS signature_bands_key ON signature_bands (key);
CREATE TABLE IF NOT EXISTS skipped (
    source TEXT NOT NULL, reason TEXT NOT NULL, seen_at TEXT NOT NULL
);
-- Full-text index of titles and texts, kept by triggers (external content: no second copy of
-- the text). No stemming, diacritics folded: a name matches as written, "Liberation" finds
-- "Libération".
CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
"""

ID_CHUNK = 500  # ids per query, under SQLite's limit on bound parameters
HEAD_CHARS = 2000  # of an article's text read for a stand-in title

ARTICLE_COLUMNS = (
    "id, text, source, title, url, outlet, published, language, raw, raw_format, seen_at,"
    " syndication_group, removed, notes"
)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def require_archive(path: str | Path) -> None:
    """Refuse a path with no archive, for the commands that only read one: a mistyped --db
    must not create a new, empty archive that then answers 'nothing here'."""
    if not Path(path).is_file():
        raise StoreError(
            "no archive here", path=path, hint="build one with `corroborator run SOURCES`"
        )


class Store:
    """An archive file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path, *, any_thread: bool = False) -> None:
        """``any_thread``: the connection may be handed between threads (used by one at a
        time), as the web app's request handling does."""
        self.path = str(path)
        try:
            self.db = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=not any_thread
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            version = self._meta("schema_version")
            if version is None or int(version) in UPGRADABLE:
                self._upgrade()
                self._set_meta("schema_version", str(SCHEMA_VERSION))
            elif int(version) != SCHEMA_VERSION:
                raise StoreError(
                    f"archive schema version {version}, this Corroborator reads {SCHEMA_VERSION};"
                    " see CHANGELOG.md for the migration",
                    path=self.path,
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open archive: {exc}", path=self.path) from exc

    def _upgrade(self) -> None:
        """Version 1 to 2: sightings keep the outlet, URL and date each copy came with. Version
        2 to 3: the search index is built over the articles already archived. (The new tables
        were made by SCHEMA.)"""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(sightings)")}
        for column in ("outlet", "url", "published"):
            if column not in columns:
                self.db.execute(f"ALTER TABLE sightings ADD COLUMN {column} TEXT")
        self.db.execute("INSERT INTO article_search (article_search) VALUES ('rebuild')")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _write(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        try:
            return self.db.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise StoreError(f"write failed: {exc}", path=self.path) from exc

    # articles -----------------------------------------------------------------------------

    @contextmanager
    def transaction(self, failure: str = "write failed", **context: object) -> Iterator[None]:
        """One transaction around the writes inside it: all of them are kept, or none (an
        error or an interrupt rolls them back). Inside another transaction it joins that one,
        so the methods below that each write in one transaction can be held together in a
        larger one. A SQLite error is raised as StoreError("``failure``: ...", **context)."""
        if self.db.in_transaction:
            try:
                yield
            except sqlite3.Error as exc:
                raise StoreError(f"{failure}: {exc}", path=self.path, **context) from exc
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{failure}: {exc}", path=self.path, **context) from exc
            raise

    def add_article(self, article: Article) -> bool:
        """Store an article; False when the same text is already archived (its new place of
        sighting is recorded, nothing else changes)."""
        seen_at = _now()
        with self.transaction("cannot store article", article_id=article.id):
            exists = self.db.execute(
                "SELECT 1 FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if not exists:
                seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[
                    0
                ]
                self.db.execute(
                    f"INSERT INTO articles (seq, {ARTICLE_COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        seq,
                        article.id,
                        article.text,
                        article.source,
                        article.title,
                        article.url,
                        article.outlet,
                        article.published,
                        article.language,
                        article.raw,
                        article.raw_format,
                        seen_at,
                        article.syndication_group,
                        json.dumps(to_data(article.removed), ensure_ascii=False),
                        json.dumps(article.notes, ensure_ascii=False),
                    ),
                )
            self.db.execute(
                "INSERT OR IGNORE INTO sightings VALUES (?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    article.source,
                    seen_at,
                    article.outlet,
                    article.url,
                    article.published,
                ),
            )
        return not exists

    # syndication signatures ---------------------------------------------------------------

    def syndication_params(self) -> str | None:
        return self._meta("syndication")

    def reset_signatures(self, params: str) -> None:
        """Forget every signature (they were made with other parameters than ``params``)."""
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("DELETE FROM signature_bands")
        self.db.execute("DELETE FROM signatures")
        self._set_meta("syndication", params)
        self.db.execute("COMMIT")

    def save_signature(self, article_id: str, hashvalues: bytes, band_keys: Iterable[int]) -> None:
        with self.transaction("cannot store signature", article_id=article_id):
            self.db.execute("INSERT INTO signatures VALUES (?, ?)", (article_id, hashvalues))
            self.db.executemany(
                "INSERT INTO signature_bands VALUES (?, ?)", [(k, article_id) for k in band_keys]
            )

    def syndication_candidates(
        self, band_keys: Sequence[int]
    ) -> list[tuple[str, str | None, bytes]]:
        """(id, syndication group, signature) of the archived articles sharing a band key, in
        the order they were archived."""
        marks = ", ".join("?" * len(band_keys))
        return self.db.execute(
            "SELECT a.id, a.syndication_group, s.hashvalues FROM articles a"
            " JOIN signatures s ON s.article_id = a.id"
            f" WHERE a.id IN (SELECT article_id FROM signature_bands WHERE key IN ({marks}))"
            " ORDER BY a.seq",
            tuple(band_keys),
        ).fetchall()

    def unsigned_articles(self) -> list[Article]:
        """Archived articles without a syndication signature (archived before version 2 of the
        schema, or before a change of parameters), in the order they were archived."""
        rows = self.db.execute(
            f"SELECT {', '.join('a.' + c.strip() for c in ARTICLE_COLUMNS.split(','))}"
            " FROM articles a LEFT JOIN signatures s ON s.article_id = a.id"
            " WHERE s.article_id IS NULL ORDER BY a.seq"
        ).fetchall()
        return [_article(r) for r in rows]

    def set_syndication_group(self, article_id: str, group: str | None) -> None:
        with self.transaction("cannot store syndication group", article_id=article_id):
            self.db.execute(
                "UPDATE articles SET syndication_group = ? WHERE id = ?", (group, article_id)
            )

    def article(self, article_id: str) -> Article:
        row = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise NotInArchiveError(f"no article {article_id!r} in the archive", path=self.path)
        return _article(row)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles (all, or those with the given ids) in a stable order: publication date
        (unknown last), then id. Only the rows asked for are read."""
        order = "ORDER BY published IS NULL, published, id"
        if ids is None:
            rows = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles {order}").fetchall()
            return [_article(r) for r in rows]
        rows = self._rows_of(ARTICLE_COLUMNS, ids)
        rows.sort(key=lambda r: (r[6] is None, r[6] or "", r[0]))  # published, then id
        return [_article(r) for r in rows]

    def article_heads(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None, str]]:
        """(outlet, title, the first HEAD_CHARS characters of the text) of the given articles,
        without reading their full texts and raw inputs (story lists need no more)."""
        columns = f"id, outlet, title, substr(text, 1, {HEAD_CHARS})"
        return {r[0]: (r[1], r[2], r[3]) for r in sorted(self._rows_of(columns, ids))}

    def article_metadata(self, ids: Iterable[str]) -> dict[str, dict]:
        """The source, outlet, published date, title and notes of the given articles, by id,
        without reading their texts and raw inputs (what ingest's reports need)."""
        columns = "id, source, outlet, published, title, notes"
        return {
            r[0]: {
                "source": r[1],
                "outlet": r[2],
                "published": r[3],
                "title": r[4],
                "notes": json.loads(r[5]),
            }
            for r in self._rows_of(columns, ids)
        }

    def _rows_of(
        self, columns: str, ids: Iterable[str], *, tables: str = "articles", id_column: str = "id"
    ) -> list[tuple]:
        """``columns`` of the rows of ``tables`` whose ``id_column`` is one of ``ids``, asked
        for in chunks."""
        wanted = sorted(set(ids))
        rows: list[tuple] = []
        for i in range(0, len(wanted), ID_CHUNK):
            chunk = wanted[i : i + ID_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows += self.db.execute(
                f"SELECT {columns} FROM {tables} WHERE {id_column} IN ({marks})", chunk
            ).fetchall()
        return rows

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY seq")]

    def sightings(self, article_id: str) -> list[dict]:
        """Every place an article's text was seen: source, and the outlet, URL and date that
        copy came with (each None when it said nothing), in source order."""
        rows = self.db.execute(
            "SELECT source, outlet, url, published FROM sightings WHERE article_id = ?"
            " ORDER BY source",
            (article_id,),
        )
        return [dict(zip(("source", "outlet", "url", "published"), r, strict=True)) for r in rows]

    def count(self, table: str) -> int:
        tables = ("articles", "analyses", "stories", "skipped", "sightings", "signatures")
        if table not in (*tables, "signature_bands"):
            raise StoreError(f"unknown table {table!r}", path=self.path)
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    # search -------------------------------------------------------------------------------

    def search(
        self, query: str, limit: int, offset: int = 0
    ) -> tuple[int, list[tuple[str, list[tuple[int, int]]]]]:
        """Articles whose title or text holds every word and quoted phrase of ``query`` (see
        ``search_expression``): their number, and one page of (article id, character spans of
        the matched words in its text), best match first (BM25, a title word weighing as
        SEARCH_TITLE_WEIGHT text words), then in archive order."""
        expression = search_expression(query)
        try:
            (total,) = self.db.execute(
                "SELECT COUNT(*) FROM article_search WHERE article_search MATCH ?", (expression,)
            ).fetchone()
            rows = self.db.execute(
                "SELECT a.id, highlight(article_search, 1, ?, ?),"
                " instr(a.text, ?) OR instr(a.text, ?) FROM article_search"
                " JOIN articles a ON a.rowid = article_search.rowid"
                " WHERE article_search MATCH ?"
                " ORDER BY bm25(article_search, ?, 1.0), a.seq LIMIT ? OFFSET ?",
                (*MATCH_MARKS, *MATCH_MARKS, expression, SEARCH_TITLE_WEIGHT, limit, offset),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"search failed: {exc}", path=self.path) from exc
        # A text that itself holds a mark character cannot be read back into offsets.
        return total, [(i, [] if holds_marks else _marked_spans(m)) for i, m, holds_marks in rows]

    def stories_matching_any(self, words: Sequence[str], limit: int) -> dict[str, list[str]]:
        """The stories of the ``limit`` articles the full-text index ranks best (BM25) for ANY
        of ``words`` (each matched as a prefix), each story with its articles among them, best
        first. ``search`` asks for every word; this finds what a short text is about."""
        terms = ['"' + w.replace('"', "") + '"*' for w in words if any(ch.isalnum() for ch in w)]
        if not terms:
            return {}
        try:
            rows = self.db.execute(
                "SELECT sa.story_id, a.id FROM (SELECT rowid, bm25(article_search) AS rank"
                " FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?) hit"
                " JOIN articles a ON a.rowid = hit.rowid"
                " JOIN story_articles sa ON sa.article_id = a.id ORDER BY hit.rank, a.id",
                (" OR ".join(terms), limit),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"search failed: {exc}", path=self.path) from exc
        found: dict[str, list[str]] = {}
        for story_id, article_id in rows:
            found.setdefault(story_id, []).append(article_id)
        return found

    # skipped inputs -----------------------------------------------------------------------

    def add_skipped(self, skipped: Iterable[Skipped]) -> None:
        now = _now()
        self.db.execute("BEGIN IMMEDIATE")
        for item in skipped:
            self.db.execute("INSERT INTO skipped VALUES (?, ?, ?)", (item.source, item.reason, now))
        self.db.execute("COMMIT")

    def skipped(self) -> list[Skipped]:
        rows = self.db.execute("SELECT source, reason FROM skipped ORDER BY rowid")
        return [Skipped(source, reason) for source, reason in rows]

    # analyses -----------------------------------------------------------------------------

    def save_analysis(self, analysis: Analysis) -> None:
        self._write(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
            (analysis.article, analysis.model, dumps(analysis)),
        )

    def analysis(self, article_id: str) -> Analysis | None:
        row = self.db.execute(
            "SELECT data FROM analyses WHERE article_id = ?", (article_id,)
        ).fetchone()
        return from_data(Analysis, json.loads(row[0])) if row else None

    def unanalysed(self, model: str) -> list[str]:
        """Ids of articles with no analysis by this pipeline, in archive order."""
        rows = self.db.execute(
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id"
            " WHERE n.article_id IS NULL OR n.model != ? ORDER BY a.seq",
            (model,),
        )
        return [r[0] for r in rows]

    # stories ------------------------------------------------------------------------------

    def save_stories(self, stories: list[Story]) -> None:
        """Make the archive's stories exactly ``stories``, writing only the ones that changed
        (a batch of new articles touches a few stories, not the whole archive)."""
        wanted = {story.id: dumps(story) for story in stories}
        held = dict(self.db.execute("SELECT id, data FROM stories"))
        gone = [i for i in held if i not in wanted]
        changed = [story for story in stories if held.get(story.id) != wanted[story.id]]
        if not gone and not changed:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for story_id in gone + [story.id for story in changed]:
                self.db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
                self.db.execute("DELETE FROM story_articles WHERE story_id = ?", (story_id,))
            for story in changed:
                self.db.execute("INSERT INTO stories VALUES (?, ?)", (story.id, wanted[story.id]))
                self.db.executemany(
                    "INSERT OR REPLACE INTO story_articles VALUES (?, ?)",
                    [(article_id, story.id) for article_id in story.articles],
                )
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self.db.execute("ROLLBACK")
            raise StoreError(f"cannot save stories: {exc}", path=self.path) from exc

    def stories(self) -> list[Story]:
        rows = self.db.execute("SELECT data FROM stories ORDER BY id")
        stories = [from_data(Story, json.loads(r[0])) for r in rows]
        return sorted(stories, key=lambda s: (s.first_seen or "9999", s.id))

    def recent_stories(self, limit: int | None, offset: int = 0) -> tuple[int, list[Story]]:
        """(how many stories there are, one page of them, most recently seen first; every
        story from ``offset`` on when ``limit`` is None)."""
        total = self.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        limit = -1 if limit is None else limit  # SQLite's "no limit"
        rows = self.db.execute(
            "SELECT data FROM stories"
            " ORDER BY COALESCE(json_extract(data, '$.last_seen'), '') DESC, id DESC"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return total, [from_data(Story, json.loads(r[0])) for r in rows]

    def story(self, story_id: str) -> Story:
        rows = self.db.execute(
            "SELECT data FROM stories WHERE id = ? OR id LIKE ? ORDER BY id",
            (story_id, f"{story_id}%"),
        ).fetchall()
        if len(rows) != 1:
            found = "no story" if not rows else f"{len(rows)} stories"
            raise NotInArchiveError(
                f"{found} matching {story_id!r}",
                path=self.path,
                hint="`corroborator stories` lists them",
            )
        return from_data(Story, json.loads(rows[0][0]))

    def story_of(self, article_id: str) -> Story | None:
        """The story an article was grouped into (None before grouping)."""
        row = self.db.execute(
            "SELECT s.data FROM story_articles sa JOIN stories s ON s.id = sa.story_id"
            " WHERE sa.article_id = ?",
            (article_id,),
        ).fetchone()
        return from_data(Story, json.loads(row[0])) if row else None

    # dossiers, kept as a cache ------------------------------------------------------------

    def dossier_inputs(self, ids: Iterable[str]) -> list[tuple]:
        """Everything of the given articles a dossier is built from, as raw rows (metadata and
        the stored analysis text; an article's text is fixed by its id), for a cache key."""
        columns = (
            "a.id, a.title, a.url, a.outlet, a.published, a.language, a.source,"
            " a.syndication_group, a.removed, a.notes, n.model, n.data"
        )
        tables = "articles a LEFT JOIN analyses n ON n.article_id = a.id"
        return sorted(self._rows_of(columns, ids, tables=tables, id_column="a.id"))

    def cached_dossier(self, story_id: str, key: str) -> tuple[str, str] | None:
        """(verdict counts JSON, dossier JSON) kept for ``story_id`` under ``key``, or None."""
        try:
            row = self.db.execute(
                "SELECT verdicts, data FROM dossiers WHERE story_id = ? AND key = ?",
                (story_id, key),
            ).fetchone()
        except sqlite3.OperationalError:  # an archive that never kept a dossier
            return None
        return (row[0], row[1]) if row else None

    def cached_verdicts(self, story_id: str, key: str) -> str | None:
        """The verdict counts JSON kept for ``story_id`` under ``key`` (without reading the
        dossier), or None."""
        try:
            row = self.db.execute(
                "SELECT verdicts FROM dossiers WHERE story_id = ? AND key = ?", (story_id, key)
            ).fetchone()
        except sqlite3.OperationalError:  # an archive that never kept a dossier
            return None
        return row[0] if row else None

    def keep_dossier(self, story_id: str, key: str, verdicts: str, data: str) -> None:
        """Keep a built dossier for the next reader; a read-only or busy archive is left as
        it is (the cache is an optimisation, never a reason to fail)."""
        waited = self.db.execute("PRAGMA busy_timeout").fetchone()[0]
        self.db.execute("PRAGMA busy_timeout = 0")  # a writer at work (`watch`): skip, not wait
        try:
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS dossiers (story_id TEXT PRIMARY KEY, key TEXT NOT NULL,"
                " verdicts TEXT NOT NULL, data TEXT NOT NULL)"
            )
            self.db.execute(
                "INSERT OR REPLACE INTO dossiers VALUES (?, ?, ?, ?)",
                (story_id, key, verdicts, data),
            )
        except sqlite3.OperationalError:
            pass
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {int(waited)}")

    def set_state(
        self,
        name: str,
        data: dict,
        parts: Mapping[str, object | None] | None = None,
        *,
        replace_parts: bool = False,
    ) -> None:
        """Keep ``data`` as the state called ``name``, with ``parts`` beside it, one row each
        (``None`` deletes a part): a large state that changes a few parts at a time is written
        a few rows at a time. ``replace_parts`` drops every part kept before. One transaction:
        a crash leaves the state as it was."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (name, json.dumps(data)))
            if replace_parts:
                self.db.execute("DELETE FROM state_parts WHERE name = ?", (name,))
            for key, part in (parts or {}).items():
                if part is None:
                    self.db.execute(
                        "DELETE FROM state_parts WHERE name = ? AND key = ?", (name, key)
                    )
                else:
                    self.db.execute(
                        "INSERT OR REPLACE INTO state_parts VALUES (?, ?, ?)",
                        (name, key, json.dumps(part)),
                    )
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self.db.execute("ROLLBACK")
            raise StoreError(f"cannot save state {name}: {exc}", path=self.path) from exc

    def state(self, name: str) -> dict | None:
        row = self.db.execute("SELECT data FROM state WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def state_part(self, name: str, key: str) -> object | None:
        """One part kept with the state ``name``, or None."""
        row = self.db.execute(
            "SELECT data FROM state_parts WHERE name = ? AND key = ?", (name, key)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def state_parts(self, name: str) -> dict[str, object]:
        """The parts kept with the state ``name``, by key (in key order)."""
        rows = self.db.execute(
            "SELECT key, data FROM state_parts WHERE name = ? ORDER BY key", (name,)
        )
        return {key: json.loads(data) for key, data in rows}


# Characters that frame each matched word in FTS5's highlight(): control characters, which a
# text almost never holds (one that does is still found, without spans).
MATCH_MARKS = ("\x02", "\x03")
SEARCH_TITLE_WEIGHT = 5.0  # a word in the title counts as much as this many in the text
# A search term: a quoted phrase, or a run of non-space characters (a trailing * asks for
# every word that starts with it).
SEARCH_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')


def search_expression(query: str) -> str:
    """The FTS5 expression for what a user typed: every word and every "quoted phrase" must
    occur, a trailing * matches a prefix ("negotiat*"). Each term is quoted, so no input is an
    FTS5 syntax error: "St. Petersburg" and "AND" are words to find, not operators."""
    terms: list[str] = []
    for m in SEARCH_TERM_RE.finditer(query):
        phrase, word = m.group(1), m.group(2)
        prefix = word is not None and word.endswith("*") and len(word.rstrip("*")) > 0
        text = phrase if phrase is not None else word.rstrip("*").replace('"', "")
        if re.search(r"\w", text):
            terms.append('"' + text.replace('"', "") + '"' + ("*" if prefix else ""))
    if not terms:
        raise CorroboratorError(f"nothing to search for in {query!r}: give a word or a phrase")
    return " ".join(terms)


def _marked_spans(marked: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in the plain text of the words highlight() framed."""
    spans: list[tuple[int, int]] = []
    plain = 0
    start = None
    for char in marked:
        if char == MATCH_MARKS[0]:
            start = plain
        elif char == MATCH_MARKS[1] and start is not None:
            spans.append((start, plain))
            start = None
        else:
            plain += 1
    return spans


def _article(row: tuple) -> Article:
    (
        id_,
        text,
        source,
        title,
        url,
        outlet,
        published,
        language,
        raw,
        raw_format,
        seen_at,
        group,
        removed,
        notes,
    ) = row
    return Article(
        id=id_,
        text=text,
        source=source,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
        language=language or "en",
        raw=bytes(raw),
        raw_format=raw_format,
        seen_at=seen_at,
        syndication_group=group,
        removed=[from_data(Removed, r) for r in json.loads(removed)],
        notes=json.loads(notes),
    )
