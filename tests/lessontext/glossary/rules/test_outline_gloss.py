"""The outline_gloss rule: a term-only list item whose first sub-item is a noun phrase saying what it is."""

from __future__ import annotations

import pytest

from lessontext.glossary.rules.outline_gloss import _has_main_verb, _participle
from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "- **Gallbladder**\n  - A small sac beneath the liver.\n  - About 8 centimetres long.",
            {"Gallbladder": ("defined", "A small sac beneath the liver.")}, (),
            id="bold-term-article-noun-phrase",
        ),
        pytest.param(
            "- Coastal landforms\n  - Sea stacks\n    - Tall pillars of rock left standing when an arch collapses\n"
            "    - Often found near headlands",
            {"Sea stacks": ("defined", "Tall pillars of rock left standing when an arch collapses.")}, (),
            id="plain-term-adjective-before-a-bare-plural",
        ),
        pytest.param(
            "- Features of transform boundaries\n  - Long, straight fault lines in the landscape",
            {}, ("Features of transform boundaries",), id="a-category-item-is-no-term",
        ),
        pytest.param(
            "- **Fever**\n  - A raised body temperature can slow the growth of pathogens.",
            {}, ("Fever",), id="a-clause-with-a-modal-is-no-gloss",
        ),
        pytest.param(
            "- **Self-deception**\n  - The narrator hides uncomfortable truths from the reader.",
            {}, ("Self-deception",), id="a-clause-with-a-present-verb-is-no-gloss",
        ),
        pytest.param(
            "- Continental crust\n  - Thick, usually 30 to 50 km, under mountains",
            {}, ("Continental crust",), id="a-measure-is-no-gloss",
        ),
        pytest.param(
            "- **Barriers**\n  - The **normal microbiota**, harmless bacteria in the gut, compete with pathogens.",
            {}, ("Barriers",), id="a-sub-item-explaining-its-own-bold-term",
        ),
    ],
)
def test_outline_gloss(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("word", "participle"),
    [("linking", True), ("coiled", True), ("found", True), ("compete", False), ("begins", False)],
)
def test_participle(word: str, participle: bool) -> None:
    assert _participle(word) is participle


@pytest.mark.parametrize(
    ("gloss", "article", "verb"),
    [
        ("The narrator hides uncomfortable truths", True, True),
        ("Long underwater mountain chains with a central valley", False, False),
        ("The largest internal organ, found in the upper right of the abdomen", True, False),
        ("A small sac beneath the liver that stores bile", True, False),
    ],
)
def test_has_main_verb(gloss: str, article: bool, verb: bool) -> None:
    assert _has_main_verb(gloss, article=article) is verb
