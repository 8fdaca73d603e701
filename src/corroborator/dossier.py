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
    facets, timeline, notes = reconcile(story, articles, analyses)
    story_articles = [articles[a] for a in story.articles]
    for article in story_articles:
        for note in article.notes:
            line = f"{outlet_label(article)}: {note}"
            if line not in notes:
                notes.append(line)
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
    """Every voice in the dossier: how it reaches the reader and how many values it backs."""
    rows: dict[tuple[str, ...], dict] = {}
    for facet in facets:
        for value in facet.values:
            for evidence in value.evidence:
                row = rows.setdefault(
                    evidence.chain,
                    {
                        "chain": list(evidence.chain),
                        "voice": evidence.voice,
                        "statements": 0,
                        "grades": [],
                    },
                )
                row["statements"] += 1
                if evidence.grade not in row["grades"]:
                    row["grades"].append(evidence.grade)
    for row in rows.values():
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
