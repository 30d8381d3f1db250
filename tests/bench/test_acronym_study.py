"""bench/acronym_study.py: the shapes it counts acronym entries and later sentences by."""

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

study = pytest.importorskip("acronym_study")


@pytest.mark.parametrize(("term", "definition", "shape"), [
    ("WMA", "World Marmalade Association.", "expansion"),
    ("FRB", "Fast radio burst.", "expansion"),
    ("WMA", "A body that sets rules for marmalade competitions.", "described"),
    ("FRB", "Fast radio burst, a millisecond flash of radio waves.", "described"),
    ("Rover", "A vehicle that explores a planet.", "described"),
])
def test_definition_shape(term, definition, shape):
    assert study.definition_shape(term, definition) == shape


@pytest.mark.parametrize(("sentences", "short", "found"), [
    (["The World Marmalade Association (WMA) met in 1999.", "The WMA sets rules for competitions."], "WMA", True),
    (["WMA judges taste every jar by hand."], "WMA", True),
    (["Members joined the WMA in 1999.", "Its rules are strict."], "WMA", False),
    (["The WMA (World Marmalade Association) met."], "WMA", False),
    (["The WMAX sets rules for competitions."], "WMA", False),
])
def test_later_subject(sentences, short, found):
    assert (study.later_subject(sentences, short) is not None) == found
