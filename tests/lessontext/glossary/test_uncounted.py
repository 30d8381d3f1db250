from __future__ import annotations

import pytest

from lessontext.glossary.uncounted import without_article


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Rapid erosion", "An erosion that removes soil in a single storm.", "Erosion that removes soil in a single storm."),
        ("Heavy rainfall", "A rainfall in which roads are closed.", "Rainfall in which roads are closed."),
        ("River dredging", "A dredging that deepens the channel.", "Dredging that deepens the channel."),
        # Counted nouns, a noun that is not the term's own head, a one-word term and a number keep their article.
        ("Chemical reaction", "A reaction that forms new substances.", "A reaction that forms new substances."),
        ("Oil painting", "A painting that uses oil paints.", "A painting that uses oil paints."),
        ("Soil erosion", "A process that removes soil.", "A process that removes soil."),
        ("Erosion", "An erosion that removes soil.", "An erosion that removes soil."),
        ("Group of two", "A two that plays together.", "A two that plays together."),
    ],
)
def test_without_article(term, definition, expected):
    assert without_article(term, definition) == expected


def test_a_glossary_entry_headed_by_an_uncounted_noun_has_no_article():
    from tests.lessontext.glossary.support import glossary

    found = glossary("# Soil\n\nIn **sheet erosion**, rain removes a thin layer of soil evenly from a slope.")
    assert found.get("Sheet erosion", ("", ""))[1] == "Erosion in which rain removes a thin layer of soil evenly from a slope."
