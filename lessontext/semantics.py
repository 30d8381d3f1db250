"""Meaning beyond the surface: phrase similarity and word specificity, offline.

Both come from data shipped inside their wheels, loaded once per process:

- ``wordllama`` (MIT): 256-dimension static embeddings. Its default loader
  looks for the shipped tokenizer elsewhere and would then try to download
  it, so it is loaded from the installed package folder with downloads off.
  "military diplomacy" ~ "army diplomacy" is about 0.92 (a near-synonym);
  a phrase from another subject is about 0.0.
- ``wordfreq`` (Apache-2.0): how common an English word is (Zipf scale,
  about 0 for unseen words to 8 for "the"), hence how specific it is.

Deterministic: the same inputs always give the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import wordfreq
import wordllama

__all__ = ["centre", "similarities", "similarity", "similarity_to", "specificity", "zipf"]

# Zipf frequency of the most common English words ("the" is 7.7); used to scale specificity to 0..1.
_ZIPF_MAX = 8.0


@lru_cache(maxsize=1)
def _model() -> wordllama.inference.WordLlamaInference:
    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


@lru_cache(maxsize=65536)
def _vector(phrase: str) -> np.ndarray:
    vector = _model().embed([phrase], norm=True)[0]
    vector.setflags(write=False)
    return vector


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two phrases, from -1 to 1 (near-synonyms score above 0.8)."""
    if not a.strip() or not b.strip():
        return 0.0
    return float(_vector(a) @ _vector(b))


def similarities(text: str, candidates: Sequence[str]) -> list[float]:
    """The similarity of ``text`` to each candidate, in order."""
    if not candidates:
        return []
    if not text.strip():
        return [0.0] * len(candidates)
    anchor = _vector(text)
    return [float(anchor @ _vector(c)) if c.strip() else 0.0 for c in candidates]


def centre(texts: Sequence[str]) -> np.ndarray:
    """The unit mean of ``texts``' vectors: what a passage is about, from its sentences.

    Embedding a long passage whole holds a vector for every one of its tokens at once (a 60,000-word
    lesson: about 170 MB); its sentences' vectors are small and cached.
    """
    vectors = [_vector(t) for t in texts if t.strip()]
    if not vectors:
        return np.zeros(0, dtype=np.float32)
    mean = np.mean(vectors, axis=0)
    length = float(np.linalg.norm(mean))
    return mean / length if length else mean


def similarity_to(vector: np.ndarray, text: str) -> float:
    """Cosine similarity of ``text`` to a unit ``vector`` (from :func:`centre`); 0 for an empty either."""
    if not vector.size or not text.strip():
        return 0.0
    return float(vector @ _vector(text))


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common ``word`` is in English on the Zipf scale (0: unseen, about 7.7: "the")."""
    return wordfreq.zipf_frequency(word, "en")


def specificity(phrase: str) -> float:
    """How specialised a phrase is, from 0 (everyday words) to 1 (words English hardly uses).

    A phrase is as specific as its rarest word: "military diplomacy" is as
    specific as "diplomacy".
    """
    words = [w for w in phrase.split() if any(ch.isalpha() for ch in w)]
    if not words:
        return 0.0
    return round(1.0 - min(zipf(w.lower()) for w in words) / _ZIPF_MAX, 4)
