"""Syndication: wire copies reprinted with small edits, grouped with MinHash LSH (datasketch).

Configured, then fitted: the constructor takes parameters only; :meth:`SyndicationIndex.add`
feeds articles one by one. The group id of an article is the id of the earliest-added member of
its group, so the same articles added in the same order give the same groups. The index pickles
(datasketch's MinHashLSH does), so it can travel to workers or be saved between runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from corroborator.model import Article

_WORD = re.compile(r"\w+", re.UNICODE)
SEED = 1  # fixed MinHash seed: deterministic signatures across runs and machines


def shingles(text: str, size: int) -> set[bytes]:
    """Word ``size``-grams of the casefolded NFC text (the whole text if it is shorter)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class SyndicationIndex:
    """Near-duplicate groups of article texts (estimated Jaccard of word shingles ≥ threshold)."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 5) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._group: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._order)

    def signature(self, text: str) -> MinHash:
        mh = MinHash(num_perm=self.num_perm, seed=SEED)
        for sh in sorted(shingles(text, self.shingle)):
            mh.update(sh)
        return mh

    def add(self, article_id: str, text: str) -> str | None:
        """Index an article; return its syndication group id, or None if it matches nothing.

        The group id is the id of the earliest-added member of the group the article joins
        (which is also returned for that first member once a copy arrives: call
        :meth:`group_of` later to read the final grouping). Adding an id twice is a no-op.
        """
        if article_id in self._order:
            return self.group_of(article_id)
        mh = self.signature(text)
        candidates = [
            c for c in self._lsh.query(mh) if self._hashes[c].jaccard(mh) >= self.threshold
        ]
        group: str | None = None
        if candidates:
            earliest = min(candidates, key=self._order.__getitem__)
            group = self._group.get(earliest) or earliest
            for c in candidates:  # the original joins its own group when its first copy comes
                if self._group.get(c) is None:
                    self._group[c] = group
        self._order[article_id] = len(self._order)
        self._hashes[article_id] = mh
        self._group[article_id] = group
        self._lsh.insert(article_id, mh)
        return group

    def group_of(self, article_id: str) -> str | None:
        """The group of an added article (None while it has no near-duplicate)."""
        return self._group.get(article_id)

    def similarity(self, text_a: str, text_b: str) -> float:
        """Estimated Jaccard similarity of two texts' shingle sets (for diagnostics and tests)."""
        return float(self.signature(text_a).jaccard(self.signature(text_b)))


def assign_syndication(
    articles: Sequence[Article], index: SyndicationIndex | None = None
) -> SyndicationIndex:
    """Add articles to ``index`` (a new one by default) in order and set their groups.

    Groups are read after all are added, so an original that was added before its copies gets
    its group too. Pass the archive's index (fitted on earlier articles) to group new arrivals
    with old ones; the index is returned for saving.
    """
    index = index if index is not None else SyndicationIndex()
    for article in articles:
        index.add(article.id, article.text)
    for article in articles:
        article.syndication_group = index.group_of(article.id)
    return index
