"""The bold_gloss rule: a bold term glossed in brackets right after it."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "The articulators include the teeth and the **alveolar ridge** (the bony bump just behind the upper"
            " front teeth).",
            {"Alveolar ridge": ("defined", "The bony bump just behind the upper front teeth.")}, (),
            id="noun-phrase-gloss",
        ),
        pytest.param(
            "Memory is usually described in stages, starting with **encoding** (getting information in).",
            {"Encoding": ("defined", "Getting information in.")}, (),
            id="gerund-gloss-of-an-everyday-word-the-author-set-in-bold",
        ),
        pytest.param(
            "The second stage is **storage** (keeping it), which can last for years.",
            {}, ("Storage",), id="a-gloss-leaning-on-a-pronoun",
        ),
        pytest.param(
            "**Iconic memory** (visual) lasts well under a second, so it fades before we notice.",
            {}, (), id="a-one-word-category-is-no-gloss",
        ),
        pytest.param(
            "A **point load** (in kilonewtons, kN) acts at a single spot on the beam.",
            {}, (), id="a-unit-is-no-gloss",
        ),
        pytest.param(
            "The articulators include the teeth and the alveolar ridge (the bony bump just behind the upper"
            " front teeth).",
            {}, ("Alveolar ridge",), id="without-bold-the-bracket-may-be-an-aside",
        ),
    ],
)
def test_bold_gloss(body, expected, absent):
    check(body, expected, absent)


def test_a_category_in_brackets_is_not_the_definition():
    found = glossary("**Iconic memory** (visual) lasts well under a second, so it fades before we notice.")
    assert found.get("Iconic memory", ("", ""))[1] != "Visual."
