"""bench/swapstudy.py: the rated swaps joined to their lesson, the two names read off the statement."""

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

swapstudy = pytest.importorskip("swapstudy")


@pytest.mark.parametrize(("labels", "corpus"), [
    ("test-v-r2", "test-v"), ("test-s-mid", "test-s"), ("near-misses-test-l", "test-l"), ("dev-b", "dev-b"),
    ("test", "test"),
])
def test_corpus_of(labels, corpus):
    assert swapstudy.corpus_of(labels) == corpus


@pytest.mark.parametrize(("source", "statement", "names"), [
    ("Norway sent frigates to the exercise.", "Denmark sent frigates to the exercise.", ("Norway", "Denmark")),
    ("In 2004 the United Kingdom signed it.", "in 2004 Canada signed it.", ("United Kingdom", "Canada")),
    ("The Baltic Council met in Oslo.", "the Nordic Training Board met in Oslo.", ("Baltic Council", "Nordic Training Board")),
    ("Norway sent frigates.", "Norway sent frigates.", None),
])
def test_swapped_names(source, statement, names):
    assert swapstudy.swapped_names(source, statement) == names
