"""Comparatives before "means", and the verb before a ", meaning" gloss: neither is part of a term (g-context6)."""

from __future__ import annotations

import pytest

from lessontext.glossary.rules.copula import _comparative
from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("A longer string means a lower pitch, so tightening a string raises the note.", {},
                     ("Longer string",), id="comparative-subject"),
        pytest.param("A higher altitude means thinner air, so climbers carry oxygen.", {}, ("Higher altitude",),
                     id="comparative-subject-no-rebuilt-relative"),
        pytest.param("Inflation means a general rise in prices across an economy.",
                     {"Inflation": ("defined", "A general rise in prices across an economy.")}, (), id="plain-means"),
    ],
)
def test_comparative_means(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    check(body, expected, absent)


@pytest.mark.parametrize(("word", "comparative"), [("shorter", True), ("faster", True), ("more", True),
                                                   ("water", False), ("number", False), ("filter", False)])
def test_comparative_words(word: str, comparative: bool) -> None:
    assert _comparative(word) is comparative


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("The gauge is not a clock: it measures **turbidity**, meaning how cloudy the water is.",
                     {"Turbidity": ("defined", "How cloudy the water is.")}, ("Measures turbidity",),
                     id="the-verb-after-it-is-no-part-of-the-term"),
    ],
)
def test_meaning_gloss_after_a_pronoun_and_its_verb(body: str, expected: dict[str, tuple[str, str]],
                                                    absent: tuple[str, ...]) -> None:
    check(body, expected, absent)


def test_the_quantity_a_measure_is_of_is_glossed() -> None:
    check("The gauge is not a clock: it measures cloudiness, meaning how much light the water scatters.",
          {"Cloudiness": ("defined", "How much light the water scatters.")}, ("Measures cloudiness",))
