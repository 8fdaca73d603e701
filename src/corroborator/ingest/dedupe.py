"""Syndication: wire copies reprinted with small edits, grouped by MinHash LSH.

An article's text becomes a MinHash signature of its word shingles (datasketch's MinHash,
computed here with numpy: see ``minhash``); the signature is cut into bands, and two articles
whose bands collide in at least one band are candidates, kept when their estimated Jaccard
similarity reaches the threshold. The banding is ours (with datasketch's optimal band count),
so the same band keys serve an in-memory index
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
from functools import cache

import numpy as np

from corroborator.model import Article

_WORD = re.compile(r"\w+", re.UNICODE)
SEED = 1  # fixed MinHash seed: deterministic signatures across runs and machines
HASH_CHUNK = 4096  # shingles hashed per vectorised MinHash update (bounds memory on huge texts)
# The (bands, rows) datasketch's MinHashLSH picks for a threshold and a permutation count, for
# the parameters the pipeline uses: working them out needs scipy, whose import was 0.7 s of
# every ingest. Other parameters ask datasketch (tests assert the table agrees with it).
KNOWN_BANDING = {(0.8, 128): (9, 13)}


def banding(threshold: float, num_perm: int) -> tuple[int, int]:
    """The bands and rows per band of LSH at ``threshold`` (datasketch's optimal choice)."""
    if (threshold, num_perm) in KNOWN_BANDING:
        return KNOWN_BANDING[threshold, num_perm]
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


# datasketch's MinHash (its "affine32" scheme, the default since datasketch 2.0), computed here
# so ingest need not import datasketch (and scipy with it): each shingle's SHA-1 hash (first 4
# bytes, little-endian) is mixed by the MurmurHash3 32-bit finalizer, then permuted by
# h -> a*h + b mod 2**32 with odd a, the (a, b) drawn from numpy's RandomState(SEED).
# Archived signatures depend on these values bit for bit: a test compares them with
# datasketch's.
_U32_MAX = np.uint32(0xFFFFFFFF)
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash(ordered_shingles: Sequence[bytes], num_perm: int) -> np.ndarray:
    """The MinHash values (uint32) of a set of shingles, as datasketch's
    ``MinHash(num_perm, seed=SEED)`` updated with them gives."""
    a, b = _permutations(num_perm)
    values = np.full(num_perm, _U32_MAX, dtype=np.uint32)
    shift1, multiplier1, shift2, multiplier2 = _FMIX32
    for start in range(0, len(ordered_shingles), HASH_CHUNK):  # the minimum is order-free
        chunk = ordered_shingles[start : start + HASH_CHUNK]
        hashed = np.frombuffer(
            b"".join(hashlib.sha1(s).digest()[:4] for s in chunk), dtype="<u4"
        ).astype(np.uint32)
        hashed = hashed ^ (hashed >> shift1)
        hashed = hashed * multiplier1
        hashed = hashed ^ (hashed >> shift2)
        hashed = hashed * multiplier2
        hashed = hashed ^ (hashed >> shift1)
        permuted = hashed.reshape(-1, 1) * a + b
        values = np.minimum(values, permuted.min(axis=0))
    return values


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
        self.bands, self.rows = banding(threshold, num_perm)

    @property
    def params(self) -> str:
        """What a stored signature depends on: signatures made otherwise are not comparable."""
        return (
            f"threshold={self.threshold} num_perm={self.num_perm} "
            f"shingle={self.shingle} seed={SEED}"
        )

    def signature(self, text: str) -> Signature:
        values = minhash(sorted(shingles(text, self.shingle)), self.num_perm).astype(np.uint64)
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
