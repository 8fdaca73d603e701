"""Syndication: wire copies reprinted with small edits, grouped by MinHash LSH.

An article's text becomes a MinHash signature of its word shingles (datasketch); the signature
is cut into bands, and two articles whose bands collide in at least one band are candidates,
kept when their estimated Jaccard similarity reaches the threshold. The banding is ours (with
datasketch's optimal band count), so the same band keys serve an in-memory index
(:class:`SyndicationIndex`) and the archive's (``Store.syndication_candidates``), where a new
article is matched by a lookup of its band keys instead of by re-reading the archive.

The group id of an article is the id of the earliest-added member of its group, so the same
articles added in the same order give the same groups.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from corroborator.model import Article

_WORD = re.compile(r"\w+", re.UNICODE)
SEED = 1  # fixed MinHash seed: deterministic signatures across runs and machines
HASH_CHUNK = 4096  # shingles hashed per vectorised MinHash update (bounds memory on huge texts)


def shingles(text: str, size: int) -> set[bytes]:
    """Word ``size``-grams of the casefolded NFC text (the whole text if it is shorter)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@dataclass(frozen=True)
class Candidate:
    """An archived article whose signature shares a band with a new one."""

    id: str
    group: str | None
    hashvalues: bytes  # the MinHash signature, uint64 values


@dataclass(frozen=True)
class Signature:
    hashvalues: bytes
    band_keys: tuple[int, ...]  # one signed 64-bit key per band (SQLite integers)


class Syndication:
    """The parameters and the arithmetic of matching: signatures, band keys, Jaccard."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 5) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands, self.rows = lsh.b, lsh.r

    @property
    def params(self) -> str:
        """What a stored signature depends on: signatures made otherwise are not comparable."""
        return (
            f"threshold={self.threshold} num_perm={self.num_perm} "
            f"shingle={self.shingle} seed={SEED}"
        )

    def signature(self, text: str) -> Signature:
        mh = MinHash(num_perm=self.num_perm, seed=SEED)
        ordered = sorted(shingles(text, self.shingle))
        for start in range(0, len(ordered), HASH_CHUNK):  # the minimum is order-free: same values
            mh.update_batch(ordered[start : start + HASH_CHUNK])
        values = mh.hashvalues.astype(np.uint64)
        keys = tuple(
            int.from_bytes(
                hashlib.blake2b(
                    band.to_bytes(2, "little")
                    + values[band * self.rows : (band + 1) * self.rows].tobytes(),
                    digest_size=8,
                ).digest(),
                "little",
                signed=True,
            )
            for band in range(self.bands)
        )
        return Signature(values.tobytes(), keys)

    @staticmethod
    def jaccard(a: bytes, b: bytes) -> float:
        return float(np.mean(np.frombuffer(a, np.uint64) == np.frombuffer(b, np.uint64)))

    def join(
        self, signature: Signature, candidates: Sequence[Candidate]
    ) -> tuple[str | None, list[str]]:
        """The group a new article joins among ``candidates`` (in the order they were added),
        and the candidates that enter that group with it (an original gets its own id as
        group when its first copy arrives)."""
        matches = [
            c
            for c in candidates
            if self.jaccard(c.hashvalues, signature.hashvalues) >= self.threshold
        ]
        if not matches:
            return None, []
        group = matches[0].group or matches[0].id
        return group, [c.id for c in matches if c.group is None]


class SyndicationIndex:
    """Near-duplicate groups of article texts, in memory (estimated Jaccard of word shingles
    ≥ threshold). The archive keeps the same index in its tables (see ``pipeline``)."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 5) -> None:
        self.syndication = Syndication(threshold, num_perm, shingle)
        self._buckets: dict[int, list[str]] = {}
        self._signatures: dict[str, bytes] = {}
        self._order: dict[str, int] = {}
        self._group: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._order)

    def add(self, article_id: str, text: str) -> str | None:
        """Index an article; return its syndication group id, or None if it matches nothing.

        The group id is the id of the earliest-added member of the group the article joins
        (which is also returned for that first member once a copy arrives: call
        :meth:`group_of` later to read the final grouping). Adding an id twice is a no-op.
        """
        if article_id in self._order:
            return self.group_of(article_id)
        signature = self.syndication.signature(text)
        found = {i for key in signature.band_keys for i in self._buckets.get(key, ())}
        candidates = [
            Candidate(i, self._group[i], self._signatures[i])
            for i in sorted(found, key=self._order.__getitem__)
        ]
        group, joined = self.syndication.join(signature, candidates)
        for member in joined:
            self._group[member] = group
        self._order[article_id] = len(self._order)
        self._signatures[article_id] = signature.hashvalues
        self._group[article_id] = group
        for key in signature.band_keys:
            self._buckets.setdefault(key, []).append(article_id)
        return group

    def group_of(self, article_id: str) -> str | None:
        """The group of an added article (None while it has no near-duplicate)."""
        return self._group.get(article_id)

    def similarity(self, text_a: str, text_b: str) -> float:
        """Estimated Jaccard similarity of two texts' shingle sets (for diagnostics and tests)."""
        a, b = self.syndication.signature(text_a), self.syndication.signature(text_b)
        return self.syndication.jaccard(a.hashvalues, b.hashvalues)


def assign_syndication(
    articles: Sequence[Article], index: SyndicationIndex | None = None
) -> SyndicationIndex:
    """Add articles to ``index`` (a new one by default) in order and set their groups.

    Groups are read after all are added, so an original that was added before its copies gets
    its group too. Pass an index fitted on earlier articles to group new arrivals with old
    ones; the index is returned for reuse.
    """
    index = index if index is not None else SyndicationIndex()
    for article in articles:
        index.add(article.id, article.text)
    for article in articles:
        article.syndication_group = index.group_of(article.id)
    return index
