"""Signatures are computed with vectorised MinHash updates in chunks; they are the values a
shingle-by-shingle update gives, so archived signatures stay comparable."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHash

from corroborator.ingest import dedupe
from corroborator.ingest.dedupe import SEED, Syndication, shingles


def one_by_one(text: str, syndication: Syndication) -> bytes:
    mh = MinHash(num_perm=syndication.num_perm, seed=SEED)
    for sh in sorted(shingles(text, syndication.shingle)):
        mh.update(sh)
    return mh.hashvalues.astype(np.uint64).tobytes()


def long_text(words: int) -> str:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(3000)]
    return " ".join(rng.choice(vocabulary) for _ in range(words)) + "."


def test_a_text_longer_than_a_chunk_gets_the_one_by_one_signature() -> None:
    syndication = Syndication()
    text = long_text(dedupe.HASH_CHUNK * 2 + 123)  # three chunks
    assert len(shingles(text, syndication.shingle)) > 2 * dedupe.HASH_CHUNK
    assert syndication.signature(text).hashvalues == one_by_one(text, syndication)


def test_short_texts_get_the_one_by_one_signature() -> None:
    syndication = Syndication()
    for text in ["Putin met Prigozhin.", "One two three four five six seven.", "", "x"]:
        assert syndication.signature(text).hashvalues == one_by_one(text, syndication)
