"""The flow, one function per step, on one archive: ingest → analyze → group → dossier.

The CLI and a Python user call the same functions:

    with Store("corroborator.db") as store:
        report = run(["examples/"], store, Settings())
        for dossier in report.dossiers: ...
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from corroborator import __version__
from corroborator.dossier import build_dossier, opening_words
from corroborator.errors import ConfigError, CorroboratorError, NotInArchiveError
from corroborator.model import Analysis, Article, Dossier, Evidence, Skipped, Story
from corroborator.render import each_voice_first, verdict_counts, weighed_first
from corroborator.serde import dumps, from_data, to_data
from corroborator.settings import Settings
from corroborator.store import Store

if TYPE_CHECKING:
    from corroborator.group import StoryGrouper, StoryItem
    from corroborator.ingest import IngestBatch
    from corroborator.ingest.dedupe import Syndication

# The steps that analyse (spaCy, the dedupe index, the grouper) are imported inside the
# functions that run them, so reading the archive (`stories`, `show`, `search`, the web app)
# starts without loading them.

ISO_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

Progress = Callable[[str, int, int], None]  # (step, done, total)


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)  # ids of new articles
    duplicates: list[str] = field(default_factory=list)  # sources already archived
    skipped: list[Skipped] = field(default_factory=list)
    # a duplicate that came with another outlet, date or title than the archived copy: what
    # differs (kept as a sighting; the archived copy's metadata is the article's)
    differing: list[str] = field(default_factory=list)


@dataclass
class RunReport:
    ingest: IngestReport
    analysed: int
    stories: list[Story]
    dossiers: list[Dossier]


def _quiet(step: str, done: int, total: int) -> None:
    return None


def ingest(
    sources: Sequence[str | Path],
    store: Store,
    settings: Settings,
    *,
    fields: dict[str, str] | None = None,
    published: str | None = None,
    outlet: str | None = None,
    allow_private: bool = False,
) -> IngestReport:
    """Read sources into the archive. Exact duplicates are stored once (with every place they
    were seen); near-duplicates join the syndication group of the copy archived first."""
    from corroborator.ingest import read_sources

    batch = read_sources(
        sources,
        settings,
        fields=fields,
        published=published,
        outlet=outlet,
        allow_private=allow_private,
    )
    return archive_batch(batch, store)


# Articles archived in one transaction, each with its sighting, signature and syndication
# group: every commit also flushes the full-text index, so one per article cost about as much as
# the rest of archiving (5,000 JSONL records: 2 transactions an article, 10,002 commits). A crash
# or Ctrl-C loses at most this many articles, all or nothing each; a rerun archives them.
ARCHIVE_CHUNK = 200


def archive_batch(batch: IngestBatch, store: Store) -> IngestReport:
    """Store a batch that `read_sources` (or a poll) made: new articles, sightings of known
    ones, syndication groups, skips. Articles go in chunks of ARCHIVE_CHUNK, one transaction
    each: an archive stopped midway holds every archived article with its sightings and
    signature, and the same batch again completes it."""
    from corroborator.ingest.dedupe import Syndication

    report = IngestReport(skipped=list(batch.skipped))
    store.add_skipped(batch.skipped)
    if not batch.articles:
        return report
    syndication = Syndication()
    if store.syndication_params() != syndication.params:
        store.reset_signatures(syndication.params)
    unsigned = store.unsigned_articles()  # archived before signatures were kept
    for chunk in _chunks(unsigned):
        with store.transaction("cannot store signatures"):
            for article in chunk:
                _syndicate(article, store, syndication)
    copies = []
    for chunk in _chunks(batch.articles):
        with store.transaction("cannot store articles"):
            for article in chunk:
                if store.add_article(article):
                    _syndicate(article, store, syndication)
                    report.ingested.append(article.id)
                else:
                    report.duplicates.append(article.source)
                    copies.append(article)
    archived = store.article_metadata(a.id for a in copies)
    for copy in copies:
        differs = _differing_metadata(archived[copy.id], copy)
        if differs:
            report.differing.append(f"{copy.source}: {differs}")
    return report


def _chunks(articles: Sequence[Article]) -> Iterator[Sequence[Article]]:
    """``articles`` in runs of ARCHIVE_CHUNK, in order."""
    for start in range(0, len(articles), ARCHIVE_CHUNK):
        yield articles[start : start + ARCHIVE_CHUNK]


# The metadata a duplicate can differ in, in the order a note names them.
SIGHTING_FIELDS = ("outlet", "published", "title")


def _differing_metadata(archived: dict, copy: Article) -> str:
    """What ``copy`` (the same text, seen again) says otherwise than the archived article (its
    ``Store.article_metadata``), as a note ("already archived (from a.txt) with published
    '2016-09-08'; this copy's '2016-09-10' is kept with its sighting, not used"), or ""."""
    names = [
        name
        for name in SIGHTING_FIELDS
        if getattr(copy, name) is not None and getattr(copy, name) != archived[name]
    ]
    if not names:
        return ""
    first = ", ".join(f"{name} {archived[name]!r}" for name in names)
    this = ", ".join(f"{name} {getattr(copy, name)!r}" for name in names)
    return (
        f"already archived (from {archived['source']}) with {first}; this copy's {this} is "
        "kept with its sighting, not used"
    )


def _syndicate(article: Article, store: Store, syndication: Syndication) -> None:
    """Match an archived article against the archive's signatures by their band keys (the
    cost does not grow with the archive) and record its signature and syndication group."""
    from corroborator.ingest.dedupe import Candidate

    signature = syndication.signature(article.text)
    candidates = [Candidate(*row) for row in store.syndication_candidates(signature.band_keys)]
    group, joined = syndication.join(signature, candidates)
    store.save_signature(article.id, signature.hashvalues, signature.band_keys)
    if group is not None:
        for member in joined:  # the group is named after its original, which belongs to it too
            store.set_syndication_group(member, group)
        store.set_syndication_group(article.id, group)


def poll(
    feeds: Sequence[str], store: Store, settings: Settings, *, allow_private: bool = False
) -> IngestReport:
    """Poll feeds once with conditional GET, ingesting only entries not seen before; what each
    feed said is kept in the archive for the next poll."""
    from corroborator.ingest import poll_feeds
    from corroborator.ingest.feeds import FeedState

    saved = store.state("feeds") or {}
    states = {
        url: FeedState(**{**data, "seen": tuple(data.get("seen", ()))})
        for url, data in saved.items()
    }
    batch, states = poll_feeds(feeds, states, settings, allow_private)
    report = archive_batch(batch, store)
    store.set_state("feeds", {url: to_data(state) for url, state in sorted(states.items())})
    return report


def analyze(store: Store, settings: Settings, progress: Progress = _quiet) -> int:
    """Analyse every archived article not yet analysed by this pipeline; returns the count.

    Articles in another language than the pipeline's (an English parser reads Spanish as
    noise), or longer than ``settings.max_analysis_chars``, are kept in the archive but not
    analysed; `not_analysable` lists them with the reason.
    """
    from corroborator.analyze import model_id
    from corroborator.engines.dask import analyze_on_cluster
    from corroborator.engines.local import analyze_in_processes, worker_count

    pending = store.unanalysed(model_id(settings))
    articles = [a for a in store.articles(pending) if _why_not_analysable(a, settings) is None]
    if settings.scheduler:
        analyses = analyze_on_cluster(articles, settings, settings.scheduler)
    else:
        analyses = analyze_in_processes(articles, settings, worker_count(settings, len(articles)))
    for done, analysis in enumerate(analyses, start=1):
        store.save_analysis(analysis)
        progress("analyze", done, len(articles))
    return len(articles)


def not_analysable(store: Store, settings: Settings) -> list[tuple[Article, str]]:
    """Archived articles that `analyze` passes over, each with the reason."""
    from corroborator.analyze import model_id

    found = []
    for article in store.articles(store.unanalysed(model_id(settings))):
        reason = _why_not_analysable(article, settings)
        if reason is not None:
            found.append((article, reason))
    return found


def _why_not_analysable(article: Article, settings: Settings) -> str | None:
    from corroborator.analyze.nlp import load_pipeline

    language = load_pipeline(settings.model).lang
    if article.language not in (language, "", None):
        return (
            f"language {article.language!r}; pass --model with a spaCy pipeline for that language"
        )
    if len(article.text) > settings.max_analysis_chars:
        return (
            f"{len(article.text):,} characters, over the analysis limit of "
            f"{settings.max_analysis_chars:,} (max_analysis_chars in corroborator.toml)"
        )
    return None


def group(store: Store, settings: Settings, *, regroup: bool = False) -> list[Story]:
    """Assign analysed articles to stories, as a stream.

    The grouper's state is kept in the archive, so each run only streams the articles it has
    not seen (the cost per article does not grow with the archive). ``regroup`` (or a change of
    grouping settings) replays the whole archive in date order instead.
    """
    from corroborator.group import StoryGrouper

    options = _group_options(settings)
    grouper = _stored_grouper(store, options) if not regroup else None
    fresh = grouper is None
    if grouper is None:
        grouper = StoryGrouper(**options)
    new = []
    ungrouped = [i for i in store.article_ids() if grouper.story_of(i) is None]
    for article in store.articles(ungrouped):
        analysis = store.analysis(article.id)
        if analysis is not None:
            new.append(_story_item(article, analysis))
    for item in sorted(new, key=lambda i: (i.published or "", i.article_id)):
        grouper.add(item)
    stories = grouper.stories()
    store.save_stories(stories)
    core, parts = grouper.take_changes()
    store.set_state("grouper", {"options": options, "state": core}, parts, replace_parts=fresh)
    return stories


def _group_options(settings: Settings) -> dict:
    options = {"threshold": settings.story_threshold, "window_days": settings.story_window_days}
    return {k: v for k, v in options.items() if v is not None}


def _saved_core(store: Store, options: dict) -> dict | None:
    """The core of the grouper's saved state, if it was saved with these grouping options."""
    saved = store.state("grouper")
    return saved["state"] if saved and saved.get("options") == options else None


def _stored_grouper(store: Store, options: dict) -> StoryGrouper | None:
    from corroborator.group import StoryGrouper

    core = _saved_core(store, options)
    if core is None:
        return None
    try:
        return StoryGrouper.from_state({"core": core, "parts": store.state_parts("grouper")})
    except ConfigError:
        return None  # state from another version: replay the archive


def _story_item(article: Article, analysis: Analysis) -> StoryItem:
    from corroborator.group import StoryItem

    # the dates an article mentions, as day, month or year values the grouper can place
    dates = tuple(sorted({t.value for t in analysis.times if ISO_DATE_VALUE.match(t.value)}))
    return StoryItem(
        article_id=article.id,
        text=article.text,
        title=article.title,
        published=article.published,
        entities=tuple(m.entity for m in analysis.mentions),
        dates=dates,
    )


def story_dossier(store: Store, story: Story) -> Dossier:
    """The dossier of one archived story (kept in the archive, and built again only when the
    story, its articles, their analyses or Corroborator's code change)."""
    return _story_dossier(store, story)[1]


def story_verdicts(store: Store, story: Story) -> dict[str, int]:
    """How many of a story's facts have each verdict, without reading a kept dossier whole."""
    return _story_dossier(store, story, counts_only=True)[0]


def _story_dossier(
    store: Store, story: Story, *, counts_only: bool = False
) -> tuple[dict[str, int], Dossier | None]:
    key = _dossier_key(store, story)
    if counts_only:
        counts = store.cached_verdicts(story.id, key)
        if counts is not None:
            return json.loads(counts), None
    else:
        kept = store.cached_dossier(story.id, key)
        if kept is not None:
            counts, data = kept
            return json.loads(counts), from_data(Dossier, json.loads(data))
    dossier = build_dossier(story, *_members(store, story))
    counts = verdict_counts(dossier)
    store.keep_dossier(story.id, key, json.dumps(counts), dumps(dossier))
    return counts, dossier


def _members(store: Store, story: Story) -> tuple[dict[str, Article], dict[str, Analysis]]:
    """A story's articles and their analyses, by article id: what a dossier is built from."""
    articles = {a.id: a for a in store.articles(story.articles)}
    return articles, {a: store.analysis(a) for a in story.articles}


def _dossier_key(store: Store, story: Story) -> str:
    """What a dossier is built from: the story, its articles and analyses as stored, and the
    code that reconciles them."""
    digest = hashlib.sha256(_dossier_code().encode())
    digest.update(dumps(story).encode())
    for row in store.dossier_inputs(story.articles):
        for value in row:  # each field as it is stored, ended by a separator no text holds
            digest.update(b"\x01" if value is None else str(value).encode())
            digest.update(b"\x00")
    return digest.hexdigest()


@cache
def _dossier_code() -> str:
    """A fingerprint of the code that turns analyses into a dossier (a kept dossier from other
    code is built again)."""
    digest = hashlib.sha256(__version__.encode())
    for module in DOSSIER_CODE:  # read, not imported: a kept dossier needs none of them
        digest.update((PACKAGE / module).read_bytes())
    return digest.hexdigest()


PACKAGE = Path(__file__).parent  # the corroborator package's folder
# The modules whose code shapes a dossier from stored analyses, as files of the package: a kept
# dossier is built again when any of them changes.
DOSSIER_CODE = (
    "reconcile.py",
    "dossier.py",
    "places.py",
    "analyze/entities.py",
    "names.py",
    "model.py",
    "serde.py",
)

CHECKED_OUTLET = "checked statement"
# Finding the story a checked statement is about (see _story_for, where they were measured).
# How a statement is scored against a story: its words, its lead words (a sentence is all
# lead) and the entities it names; not the figures it states (they are what is checked: a
# statement may get a toll wrong and still be about the story); its date, when given.
# (the fields of group.Weights, made into one where a check runs: the grouper loads spaCy)
CHECK_WEIGHTS = {"text": 1.0, "entities": 0.5, "time": 0.2, "numbers": 0.0, "lead": 1.0}
# A statement naming people or places of which a story names none (while it names some) loses
# this much against it: two events of a kind differ in who and where (another earthquake).
CHECK_DISTINCT_KINDS = ("person:", "place:")
CHECK_DISTINCT_PENALTY = 0.3
# The least score at which a statement is taken to be about a story.
CHECK_STORY_FLOOR = 0.55
# The statement's most distinctive words searched for in the full-text index, and the best
# hits (BM25) whose stories are candidates besides those the grouper's index finds.
CHECK_SEARCH_WORDS = 12
CHECK_SEARCH_HITS = 20
# A story whose matching state the grouper retired (more than its retain_days behind the
# archive's latest date) is scored against a centroid of at most this many of its articles
# among those hits (their analyses are read).
CHECK_STAND_INS = 3
# What a checked statement meets in the archive, per facet it speaks to.
CHECK_OUTCOMES = ("contradicted", "contested", "updated", "supported", "new")


def check(
    store: Store,
    text: str,
    settings: Settings,
    *,
    story: Story | None = None,
    published: str | None = None,
) -> tuple[Story, list[dict]]:
    """Cross-check a statement (a sentence or a draft paragraph) against an archived story,
    without adding it to the archive; returns the story and one row per fact.

    The story is ``story``, or else the one the grouper would put the statement in (from its
    saved state, as if it were a new article). The statement is analysed as one more article
    of the story and the story's dossier is built with and without it. For each fact it speaks
    to, the outcome says what the archive makes of it: ``contradicted`` (it makes a fact
    contested that the archive agrees on), ``contested`` (the archive already disputes the
    fact; the statement sides with some reports), ``updated`` (a count that differs as an
    update over time would), ``supported`` (archived reports state the same value) or ``new``
    (the archive does not state the fact). Each outcome comes with the archive's values that
    agree with the statement's and the other values, each with its articles, independent
    voices, chains, grades and sentences.
    """
    from corroborator.analyze import analyze_articles
    from corroborator.ingest.article import Meta, build_article

    article = build_article(
        text,
        source=CHECKED_OUTLET,
        raw=text.encode("utf-8"),
        raw_format="txt",
        given=Meta(outlet=CHECKED_OUTLET, published=published),
    )
    (analysis,) = analyze_articles([article], settings)
    if story is None:
        story = _story_for(store, article, analysis, settings)
    if article.id in story.articles:
        raise CorroboratorError(
            f"this text is already in the story, as article {article.id}", story=story.id
        )
    return story, _check_rows(store, story, article, analysis)


def _story_for(store: Store, article: Article, analysis: Analysis, settings: Settings) -> Story:
    """The archived story a statement is about: read from the grouper's saved state (only the
    parts the lookup needs, used once and dropped: the archive does not change).

    Candidates: the stories the grouper's index finds for the statement (as for a new article,
    around its date, or the archive's latest date when it has none) and the stories of the best
    CHECK_SEARCH_HITS articles of a full-text search (FTS5, BM25, any of its CHECK_SEARCH_WORDS
    most distinctive words, as prefixes), which finds a story whatever its date. Each is scored
    with CHECK_WEIGHTS, less CHECK_DISTINCT_PENALTY when the statement names people or places
    of which the story names none (``StoryGrouper.rank``); the best is the statement's story
    if it scores at least CHECK_STORY_FLOOR, else nothing archived is about the statement.

    A story whose matching state the grouper retired (``retain_days`` behind the archive's
    latest date) is scored against a centroid of its best hits (at most CHECK_STAND_INS).

    Measured with bench/check.py (default run: an archive of 288 articles, the sample corpus,
    the test corpora and ECB+ topics 1-22 less one held-out document per event; statements are
    the first sentences of six or more words). Before, the grouper's own ``add`` with its join
    threshold lowered to 0.2; after, this method:

    - archived leads (the lead of each story's last article, dated): found 92.9% -> 96.4%,
      another story given 3.6% -> 0%;
    - the same leads undated: found 85.7% -> 96.4%;
    - held-out leads (same event, other words, not in the archive): found 76.9% -> 88.5%,
      another story given 23.1% -> 7.7%;
    - leads of 120 ECB+ documents of topics not archived: a story wrongly given 30% -> 2.5%
      (riots in Athens given the archived Athens riots, a Brooklyn shooting the archived one);
    - seconds per check (analysis and dossiers included; run back to back on a shared
      machine): mean 0.070 -> 0.064, median 0.045 -> 0.034, slowest 0.84 -> 0.79; the lookup
      itself, this function: mean 23 ms, median 18 ms, slowest 0.10 s.

    On the bench's earlier definition (any lead sentence of the last article, datelines and
    "Published :" lines included, nothing held out), found stays at 69%: its misses are such
    lines, which say nothing a story could be found by.

    Tried and not kept (figures of the same bench): the grouper's whole-article weights with
    the floor at 0.2 to 0.35 (held-out 80.8%, wrongly found 31.5% to 7%); the figures channel
    (no gain); a margin over the runner-up (no gain); the distinct penalty over organisations
    too (development run, 200 unarchived leads: held-out 88.5% -> 84.6%). The penalty over
    people and places, at 0.1 to 0.3, changes no figure of the development run; it keeps "An
    earthquake struck Chile." from an archived Izmir earthquake (0.73 without it). Floors: 0.5
    wrongly found 3.3%, 0.6 held-out 80.8%.
    """
    from corroborator.group import StoryGrouper, Weights

    core = _saved_core(store, _group_options(settings))
    try:
        grouper = (
            StoryGrouper.for_lookup(core, lambda key: store.state_part("grouper", key))
            if core is not None
            else None
        )
    except ConfigError:
        grouper = None  # state from another version
    if grouper is None:
        raise NotInArchiveError(
            "the archive has no saved grouping",
            path=store.path,
            hint="run `corroborator analyze` or name a story (--story)",
        )
    item = _story_item(article, analysis)
    # the grouper's words have lost a plural 's': each is searched as a prefix
    words = grouper.distinctive_words(item, CHECK_SEARCH_WORDS)
    searched = store.stories_matching_any(words, CHECK_SEARCH_HITS)
    stand_ins = {}
    for sid, hits in searched.items():
        if not grouper.matchable(sid):
            kept = [(store.article(a), store.analysis(a)) for a in hits[:CHECK_STAND_INS]]
            stand_ins[sid] = [_story_item(a, analysis) for a, analysis in kept if analysis]
    ranked = grouper.rank(
        item,
        Weights(**CHECK_WEIGHTS),
        also=searched,
        stand_ins=stand_ins,
        distinct=CHECK_DISTINCT_KINDS,
        distinct_penalty=CHECK_DISTINCT_PENALTY,
    )
    if not ranked or ranked[0][0] < CHECK_STORY_FLOOR:
        raise NotInArchiveError(
            "no archived story near the statement (its words, names and date) is about it",
            path=store.path,
            hint="give its date (--published) or name a story (--story)",
        )
    return store.story(ranked[0][1])


def _check_rows(store: Store, story: Story, article: Article, analysis: Analysis) -> list[dict]:
    articles, analyses = _members(store, story)
    before = build_dossier(story, articles, analyses)
    after = build_dossier(
        replace(story, articles=[*story.articles, article.id]),
        {**articles, article.id: article},
        {**analyses, article.id: analysis},
    )
    by_name = {(f.subject, f.attribute): f for f in before.facets}
    by_id = {f.id: f for f in before.facets}
    by_claim: dict[tuple[str, str], list[str]] = {}  # (claim, attribute) -> facet ids before
    for f in before.facets:
        for v in f.values:
            for e in v.evidence:
                by_claim.setdefault((e.claim, f.attribute), []).append(f.id)
    rows = []
    for facet in after.facets:
        mine = [v for v in facet.values if any(e.article == article.id for e in v.evidence)]
        if not mine:
            continue
        # the same fact before the statement came: by name, else the facet of the same
        # attribute that held most of its archived evidence (a subject can be renamed)
        was = by_name.get((facet.subject, facet.attribute))
        if was is None:
            held = Counter(
                f
                for v in facet.values
                for e in v.evidence
                for f in by_claim.get((e.claim, facet.attribute), [])
            )
            was = by_id[max(held, key=lambda f: (held[f], f))] if held else None
        agreeing = [
            {"value": v.label, **_check_value([e for e in v.evidence if e.article != article.id])}
            for v in mine
            if any(e.article != article.id for e in v.evidence)
        ]
        others = [v for v in facet.values if v not in mine]
        if facet.verdict == "contradicted":
            already = was is not None and was.verdict == "contradicted"
            outcome = "contested" if already else "contradicted"
        elif facet.verdict == "updated" and others:
            outcome = "updated"
        else:
            outcome = "supported" if agreeing else "new"
        rows.append(
            {
                "subject": facet.subject,
                "attribute": facet.attribute,
                "outcome": outcome,
                "why": facet.why,
                "statement": [
                    {"value": v.label, "sentence": _statement_sentence(v, article.id)} for v in mine
                ],
                "agreeing": agreeing,
                "others": [
                    {"value": v.label, **_check_value(v.evidence)} for v in others if v.evidence
                ],
            }
        )
    order = {o: i for i, o in enumerate(CHECK_OUTCOMES)}
    return sorted(rows, key=lambda r: (order[r["outcome"]], r["subject"], r["attribute"]))


def _statement_sentence(value, article_id: str) -> str:
    return next(e.quote for e in value.evidence if e.article == article_id)


def _check_value(evidence: list[Evidence]) -> dict:
    """A value's support and its evidence, each independent voice's first sentence first, so
    the first few lines show every voice its count of independent sources counts."""
    return {
        "articles": len({e.article for e in evidence}),
        "voices": len({e.voice for e in evidence}),
        "evidence": [
            {
                "chain": list(e.chain),
                "grade": e.grade,
                "article": e.article,
                "span": [e.sentence.start, e.sentence.end],
                "quote": e.quote,
            }
            for (e,) in each_voice_first([[e] for e in evidence])
        ],
    }


def story_rows(store: Store, stories: Sequence[Story] | None = None) -> list[dict]:
    """One row per story (all archived stories by default), as `corroborator stories --json`
    and the web list show them."""
    stories = store.stories() if stories is None else stories
    every_head = store.article_heads(a for story in stories for a in story.articles)
    rows = []
    for story in stories:
        heads = {a: every_head[a] for a in story.articles}
        # the first titled member names the story, as in the dossier; else the first opening
        titles = [heads[a][1] for a in story.articles if heads[a][1]]
        title = titles[0] if titles else None
        opening = heads[story.articles[0]][2]
        rows.append(
            {
                "id": story.id,
                "articles": len(story.articles),
                "outlets": sorted({outlet for outlet, _, _ in heads.values() if outlet}),
                "first_seen": story.first_seen,
                "last_seen": story.last_seen,
                "related": story.related,
                "title": title or opening_words(opening),
            }
        )
    return rows


# How a story list can be ordered (the web's ?sort= and `corroborator stories --sort`), and how
# a page says it. "contested" is the order of `corroborator run`'s table: what a fact-checker
# weighs first (render.weighed_first).
STORY_ORDERS = {
    "recent": "most recent first",
    "contested": "most contested first",
    "articles": "most articles first",
}


def story_list(
    store: Store,
    order: str = "recent",
    limit: int | None = None,
    offset: int = 0,
    *,
    match: str = "",
    verdicts: bool = True,
) -> tuple[int, list[dict]]:
    """The archive's stories whose title or an outlet holds ``match`` (all when empty), in
    ``order`` (one of STORY_ORDERS): how many there are, and one page of their ``story_rows``
    (``limit`` rows from ``offset``; every row when ``limit`` is None), each with its verdict
    counts unless ``verdicts`` is False. The web list and `corroborator stories` both call it."""
    if order not in STORY_ORDERS:
        raise CorroboratorError(f"no story order {order!r}; choose {', '.join(STORY_ORDERS)}")
    needle = match.casefold().strip()
    if not needle and order == "recent":  # only the page's stories are read
        total, stories = store.recent_stories(limit, offset)
        page = story_rows(store, stories)
        if verdicts:
            for row, story in zip(page, stories, strict=True):
                row["verdicts"] = story_verdicts(store, story)
        return total, page
    by_id = {s.id: s for s in store.stories()}
    rows = [
        r
        for r in story_rows(store, list(by_id.values()))
        if needle in r["title"].casefold() or any(needle in o.casefold() for o in r["outlets"])
    ]
    if order == "contested":  # every matching story's verdicts, to rank by them
        for row in rows:
            row["verdicts"] = story_verdicts(store, by_id[row["id"]])
    rows.sort(key=lambda r: (r["last_seen"] or "", r["id"]), reverse=True)  # as recent_stories
    if order != "recent":  # a stable sort: among equals, the most recent first
        rows.sort(key=_weighed if order == "contested" else _most_told)
    page = rows[offset:] if limit is None else rows[offset : offset + limit]
    if verdicts:
        for row in page:
            if "verdicts" not in row:
                row["verdicts"] = story_verdicts(store, by_id[row["id"]])
    return len(rows), page


def _weighed(row: dict) -> tuple:
    """A listed story's place when the most contested come first (render.weighed_first)."""
    return weighed_first(row["verdicts"], row["articles"])


def _most_told(row: dict) -> tuple:
    """A story's place when the most told come first: by articles, then by outlets."""
    return (-row["articles"], -len(row["outlets"]))


def story_titles(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """The titles of the stories with the given ids, as their rows name them (an id the
    archive no longer holds is left out), so a link names the story it leads to."""
    found = []
    for story_id in sorted(set(ids)):
        try:
            found.append(store.story(story_id))
        except NotInArchiveError:
            continue
    return {row["id"]: row["title"] for row in story_rows(store, found)}


def article_row(store: Store, article: Article) -> dict:
    """An archived article's metadata, as `corroborator articles --json` and the web show it."""
    return {
        "id": article.id,
        "outlet": article.outlet,
        "published": article.published,
        "title": article.title,
        "url": article.url,
        "language": article.language,
        "source": article.source,
        "seen_in": store.sightings(article.id),
        "syndication_group": article.syndication_group,
        "removed": to_data(article.removed),
        "notes": article.notes,
    }


SNIPPET_CONTEXT = 90  # characters of text shown on each side of a search hit's chosen match
SNIPPET_CANDIDATES = 200  # matches considered as the snippet's centre (a long text has many)


def search(store: Store, query: str, limit: int, offset: int = 0) -> tuple[int, list[dict]]:
    """Archived articles holding every word and "quoted phrase" of ``query``, best first: how
    many there are, and one page of them, each with its story, the character spans of the
    matched words in its text, and a snippet around the match with the most different matched
    words near it (its offsets in the text, so a reader lands on the exact words)."""
    total, hits = store.search(query, limit, offset)
    articles = {a.id: a for a in store.articles(i for i, _ in hits)}
    rows = []
    for article_id, spans in hits:
        article = articles[article_id]
        story = store.story_of(article_id)
        rows.append(
            {
                "id": article_id,
                "outlet": article.outlet,
                "published": article.published,
                "title": article.title or opening_words(article.text),
                "story": story.id if story else None,
                "length": len(article.text),
                "matches": [list(span) for span in spans],
                "snippet": _snippet(article.text, spans),
            }
        )
    return total, rows


def _snippet(text: str, spans: list[tuple[int, int]]) -> dict:
    """About SNIPPET_CONTEXT characters each side of the match whose surroundings show the most
    different matched words (the first such; the text's opening when the match is in the title
    only), cut at spaces; ``matches`` are relative to the snippet."""
    focus = (0, 0)
    best = 0
    for start, end in spans[:SNIPPET_CANDIDATES]:
        near = {text[a:b].casefold() for a, b in spans if abs(a - start) <= SNIPPET_CONTEXT}
        if len(near) > best:
            focus, best = (start, end), len(near)
    start = max(0, focus[0] - SNIPPET_CONTEXT)
    if start:
        space = text.find(" ", start, focus[0])
        start = space + 1 if space != -1 else start
    end = min(len(text), focus[1] + SNIPPET_CONTEXT)
    if end < len(text):
        space = text.rfind(" ", focus[1], end)
        end = space if space != -1 else end
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "matches": [[a - start, b - start] for a, b in spans if start <= a and b <= end],
    }


def run(
    sources: Sequence[str | Path],
    store: Store,
    settings: Settings,
    progress: Progress = _quiet,
    **ingest_options,
) -> RunReport:
    """The main job: ingest the sources, analyse, group, and build every story's dossier."""
    report = ingest(sources, store, settings, **ingest_options)
    analysed = analyze(store, settings, progress)
    stories = group(store, settings)
    dossiers = [story_dossier(store, story) for story in stories]
    return RunReport(report, analysed, stories, dossiers)
