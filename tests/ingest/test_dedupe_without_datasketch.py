"""Ingest computes MinHash signatures itself (datasketch's values, bit for bit) and knows the
pipeline's LSH banding, so an ingest imports neither datasketch nor scipy (0.7 s of each run),
and every signature an archive holds stays what it was."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
from datasketch import MinHash, MinHashLSH

from corroborator.ingest import dedupe
from corroborator.ingest.dedupe import SEED, Syndication, shingles


def datasketch_signature(text: str, syndication: Syndication) -> bytes:
    mh = MinHash(num_perm=syndication.num_perm, seed=SEED)
    mh.update_batch(sorted(shingles(text, syndication.shingle)))
    return mh.hashvalues.astype(np.uint64).tobytes()


def test_signatures_are_datasketchs() -> None:
    rng = random.Random(11)
    words = ["the", "war", "said", "Putin", "met", "5", "July", "Ünïcødé", "東京", "текст"]
    texts = ["", "x", "Putin met Prigozhin in the Kremlin on June 29."]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 900))) for _ in range(40)]
    for num_perm in (128, 64, 32):
        syndication = Syndication(num_perm=num_perm)
        for text in texts:
            assert syndication.signature(text).hashvalues == datasketch_signature(
                text, syndication
            ), (num_perm, text[:40])


def test_the_known_banding_is_datasketchs() -> None:
    for (threshold, num_perm), banding in dedupe.KNOWN_BANDING.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert banding == (lsh.b, lsh.r)


def test_other_parameters_ask_datasketch() -> None:
    lsh = MinHashLSH(threshold=0.7, num_perm=64)
    assert dedupe.banding(0.7, 64) == (lsh.b, lsh.r)


def test_an_ingest_loads_neither_datasketch_nor_scipy(tmp_path, examples_dir) -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from corroborator.cli import app\n"
        f"r = CliRunner().invoke(app, ['ingest', {str(examples_dir)!r}, '--db',"
        f" {str(tmp_path / 'a.db')!r}])\n"
        "assert r.exit_code == 0 and 'ingested 2' in r.output, r.output\n"
        "print(' '.join(m for m in ('datasketch', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == []
