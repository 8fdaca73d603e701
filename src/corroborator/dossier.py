"""Assemble a Dossier from a Story: headline, facets with verdicts, timeline, entities, sources."""

from __future__ import annotations

from collections import Counter

from corroborator.model import Analysis, Article, Dossier, Story

SCHEMA_VERSION = "1.2"


def build_dossier(
    story: Story, articles: dict[str, Article], analyses: dict[str, Analysis]
) -> Dossier:
    """Reconcile a story's articles into the dossier every renderer shows."""
    # imported here: listing stories (`opening_words`) loads neither spaCy nor reconcile
    from corroborator.analyze.entities import merge_entities
    from corroborator.reconcile import outlet_label, reconcile

    analyses = _one_key_per_person(story, analyses)
    facets, timeline, story_notes = reconcile(story, articles, analyses)
    story_articles = [articles[a] for a in story.articles]
    notes = _notes(story_articles, [outlet_label(a) for a in story_articles], story_notes)
    entities = merge_entities([analyses[a].entities for a in story.articles])
    mentioned = Counter(m.entity for a in story.articles for m in analyses[a].mentions)
    entities = [e for e in entities if mentioned[e.key] > 0]
    return Dossier(
        schema_version=SCHEMA_VERSION,
        story=story,
        headline=_headline(story_articles),
        facets=facets,
        timeline=timeline,
        entities=sorted(entities, key=lambda e: (-mentioned[e.key], e.key)),
        sources=_sources(facets),
        articles=[_article_row(a, outlet_label(a)) for a in story_articles],
        notes=notes,
    )


def _one_key_per_person(story: Story, analyses: dict[str, Analysis]) -> dict[str, Analysis]:
    """The story's analyses with the story's main person of a shared surname under one key: an
    article names first, and keys by the bare surname, whichever of two same-surname people it
    is mostly about (entities.SHARED_SURNAME_RULE), so an article about Bill Clinton keys
    Hillary ``person:clinton~hillary`` where the others key her ``person:clinton``. Such a key
    is renamed to the story's (``story_person_keys``) in every field that holds an entity key
    (entities, mentions, sources, participants); that article's Bill then shares her key, as
    before the split."""
    from corroborator.analyze.entities import story_person_keys
    from corroborator.serde import from_data, to_data

    renames = story_person_keys([analyses[a].entities for a in story.articles])
    if not any(renames):
        return analyses
    renamed = dict(analyses)
    for article, rename in zip(story.articles, renames, strict=True):
        if rename:
            analysis = from_data(Analysis, _with_keys_renamed(to_data(analyses[article]), rename))
            kept = {}
            for entity in analysis.entities:  # two rows of one key now: the first stands
                kept.setdefault(entity.key, entity)
            analysis.entities = list(kept.values())
            renamed[article] = analysis
    return renamed


def _with_keys_renamed(data, rename: dict[str, str]):
    """Serialised analysis ``data`` with every entity key (an ``entity`` or ``key`` field) in
    ``rename`` replaced."""
    if isinstance(data, list):
        return [_with_keys_renamed(item, rename) for item in data]
    if isinstance(data, dict):
        return {
            field: rename.get(value, value)
            if field in ("entity", "key") and isinstance(value, str)
            else _with_keys_renamed(value, rename)
            for field, value in data.items()
        }
    return data


# How reconcile's note on an undated article begins ("<outlet>: no publication date; the year
# of "July 1" is taken from the story's other articles (2023)"): said once on a line that
# already says the date is unknown (DATE_UNKNOWN_NOTE).
NO_DATE = "no publication date; "


def _notes(articles: list[Article], labels: list[str], story_notes: list[str]) -> list[str]:
    """One line per article with notes, saying each thing once: what ingest noted on it and
    what the story's reading inferred for it ("wash-post: outlet 'wash-post' and published
    2016-06-13 read from the file name (…)", not a line for each); then any story note of no
    one article. An article is named by its label (its outlet, ``labels`` in article order), and
    by its id as well when another article of the story has that label."""
    from corroborator.ingest.article import DATE_UNKNOWN_NOTE
    from corroborator.ingest.files import NAME_NOTE

    inferred: dict[str, list[str]] = {a.id: [] for a in articles}
    unplaced = []
    for note in story_notes:
        labelled = zip(articles, labels, strict=True)
        about = [a for a, name in labelled if note.startswith(f"{name}: ")]
        # what reconcile infers, it infers for an undated article
        about = [a for a in about if a.published is None] or about
        if about:
            inferred[about[0].id].append(note.split(": ", 1)[1])
        else:
            unplaced.append(note)
    lines = []
    for article, name in zip(articles, labels, strict=True):
        said = list(dict.fromkeys(article.notes))
        fills = inferred[article.id]
        if DATE_UNKNOWN_NOTE in said and fills:
            unknown, _, advice = DATE_UNKNOWN_NOTE.partition("; ")
            filled = [fill.removeprefix(NO_DATE) for fill in fills]
            said[said.index(DATE_UNKNOWN_NOTE)] = "; ".join([unknown, *filled, advice])
        else:
            said += fills
        said = _one_reading_per_source(said, f" {NAME_NOTE} ")
        if said:
            named = f"{name} ({article.id})" if labels.count(name) > 1 else name
            lines.append(f"{named}: {'; '.join(said)}")
    return lines + unplaced


def _one_reading_per_source(notes: list[str], read_from: str) -> list[str]:
    """``notes`` with those saying what was read from one place ("outlet 'nyt' read from the
    file name (…)", "published 2016-04-28 read from the file name (…)") said as one: "outlet
    'nyt' and published 2016-04-28 read from the file name (…)", where the first stood."""
    heads: dict[str, list[str]] = {}
    for note in notes:
        head, found, place = note.partition(read_from)
        if found:
            heads.setdefault(place, []).append(head)
    merged = []
    for note in notes:
        head, found, place = note.partition(read_from)
        if not found:
            merged.append(note)
        elif heads[place][0] == head:
            merged.append(f"{' and '.join(heads[place])}{read_from}{place}")
    return merged


def _headline(articles: list[Article]) -> str:
    """The story's name, as the story list gives it: its first titled article's title, or the
    opening words of its first article."""
    titled = [a.title for a in articles if a.title]
    return titled[0] if titled else opening_words(articles[0].text)


def opening_words(text: str, limit: int = 80) -> str:
    """The start of a text as a stand-in title, cut at a word boundary."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    return words[: words.rfind(" ", 0, limit) if " " in words[:limit] else limit] + "…"


def _sources(facets) -> list[dict]:
    """Every voice in the dossier: how it reaches the reader and how many values it backs. A
    chain's voice is the one most of its statements count as: an outlet whose few sentences
    are copies another report printed first (reconcile's COPIED_SENTENCES) still speaks with
    its own voice in the rest."""
    rows: dict[tuple[str, ...], dict] = {}
    heard_as: dict[tuple[str, ...], Counter] = {}
    for facet in facets:
        for value in facet.values:
            for evidence in value.evidence:
                row = rows.setdefault(
                    evidence.chain,
                    {"chain": list(evidence.chain), "voice": "", "statements": 0, "grades": []},
                )
                row["statements"] += 1
                heard_as.setdefault(evidence.chain, Counter())[evidence.voice] += 1
                if evidence.grade not in row["grades"]:
                    row["grades"].append(evidence.grade)
    for chain, row in rows.items():
        row["voice"] = heard_as[chain].most_common(1)[0][0]  # ties: the first heard
        row["grades"].sort()
    return sorted(rows.values(), key=lambda r: (-r["statements"], r["chain"]))


def _article_row(article: Article, outlet: str) -> dict:
    return {
        "id": article.id,
        "outlet": outlet,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "source": article.source,
        "removed": len(article.removed),
    }
