"""The text analysis never raises on a document nobody wrote: corpus sentences cut, mixed and dressed as lists,
labelled items, tables and headings (``bench/crashhunt.py`` hunts on many more)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from crashhunt import analyse, corpus_sentences, mixed_document  # noqa: E402

SENTENCES = corpus_sentences()


@pytest.mark.parametrize("seed", range(12))
def test_analysing_a_mixed_document_of_corpus_sentences_does_not_raise(seed):
    rng = random.Random(seed)
    for number in range(4):
        analyse(mixed_document(SENTENCES, rng, number))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("# T\n\nThe Grand Council, first held around 1200, is often described as one of the oldest "
                     "assemblies in the region.\n", id="naming-verb-with-no-name"),
    ],
)
def test_shapes_that_once_raised_are_analysed(text):
    analyse(text)
