"""The noun phrase a naming verb follows: the helpers in :mod:`lessontext.glossary.named_phrase`."""

from __future__ import annotations

import pytest

from lessontext.glossary.named_phrase import noun_phrase_with_relative, phrase_start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The relative belongs to the noun phrase before it.
        ("Weavers use dyes, or the colours that plants give", "the colours that plants give"),
        ("Boats carry goods, and the crews who sail them", None),  # the relative leans on a pronoun
        # The relative holds a noun phrase of its own: the name may follow that one ("a vibration that passes
        # through a material, called a medium").
        ("Sound is a vibration that passes through a material", None),
        # "that" after a verb opens what is said, not a relative.
        ("The report showed that rivers rise", None),
        ("The guide says the fact that the rivers rise", None),  # a determiner's phrase is the clause's own subject
    ],
)
def test_noun_phrase_with_relative(text, expected):
    bound_at, bound = phrase_start(text, stop_at_prepositions=False)
    assert noun_phrase_with_relative(text, bound_at, bound) == expected
