"""The analyze stage: one spaCy parse per article, everything derived from that parse."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from corroborator.analyze.attribution import extract_attributions, relayed_chain
from corroborator.analyze.certainty import relayed_certainty
from corroborator.analyze.claims import extract_claims
from corroborator.analyze.entities import extract_entities
from corroborator.analyze.nlp import load_pipeline, parse, pipeline_id
from corroborator.analyze.timex import extract_times
from corroborator.analyze.wire import wire_chain
from corroborator.errors import AnalysisError
from corroborator.model import Analysis, Article, Span
from corroborator.settings import Settings


def analyze_doc(
    doc: Doc, article: Article, model: str, timings: dict[str, float] | None = None
) -> Analysis:
    """Everything Corroborator reads in one article, from its one parse.

    ``timings``, when given, accumulates the seconds each step takes (for bench/).
    """
    if len(doc.text) != len(article.text):
        raise AnalysisError(
            "the parse does not cover the article text; offsets would not map",
            article_id=article.id,
        )
    # the modules read the text the parser saw (NBSP as space: same length, same offsets)
    article = replace(article, text=doc.text)
    clock = _Clock(timings)
    entities, mentions = clock("entities", extract_entities, doc, article)
    times = clock("times", extract_times, doc, article)
    attributions = clock("attribution", extract_attributions, doc, article, mentions)
    # a wire copy relays the agency first ("MOSCOW (Reuters) -"), then whom the report cites
    relayed = wire_chain(article.text, article.outlet) + clock(
        "attribution", relayed_chain, doc, article, attributions
    )
    claims = clock("claims", extract_claims, doc, article, mentions, times, attributions)
    if relayed:  # what the writer states unattributed rests on the chain the article relays
        claims = [
            replace(c, certainty=relayed_certainty(c.certainty, relayed))
            if c.attribution is None
            else c
            for c in claims
        ]
    sentences = [Span(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    quantities = sorted({q for c in claims for q in c.quantities}, key=lambda q: q.span)
    return Analysis(
        article=article.id,
        model=model,
        sentences=sentences,
        entities=entities,
        mentions=mentions,
        times=times,
        quantities=quantities,
        attributions=attributions,
        relayed=relayed,
        claims=claims,
    )


class _Clock:
    """Calls a step and, when asked to, adds its duration to ``timings[name]``."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings

    def __call__(self, name, fn, *args):
        if self.timings is None:
            return fn(*args)
        start = time.perf_counter()
        result = fn(*args)
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start
        return result


def analyze_articles(articles: Iterable[Article], settings: Settings) -> Iterator[Analysis]:
    """Parse and analyse articles in order, in batches, with the configured pipeline."""
    nlp = load_pipeline(settings.model)
    model = pipeline_id(nlp)
    articles = list(articles)
    docs = parse(nlp, (a.text for a in articles), settings.batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield analyze_doc(doc, article, model)


def model_id(settings: Settings) -> str:
    return pipeline_id(load_pipeline(settings.model))
