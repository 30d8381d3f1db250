"""The apposed_object rule: a name set beside the object of a verb of making, defined by that object and its maker."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The harbour board commissioned its own pilot boat, the Grey Heron, in 1990, and still uses it.",
                     "Grey Heron", "A pilot boat that the harbour board commissioned in 1990.", id="own-kind-and-year"),
        pytest.param("The Port Authority launched its first safety campaign, Clean Quay, in 2004, with posters in "
                     "every dock.", "Clean Quay", "The Port Authority's first safety campaign, launched in 2004.",
                     id="a-ranked-kind-is-the-makers"),
        pytest.param("Ruritania's coast guard set up a joint rescue cell, the North Sound Centre, with its "
                     "neighbours.", "North Sound Centre", "A joint rescue cell that Ruritania's coast guard set up.",
                     id="an-owned-maker-and-no-year"),
    ],
)
def test_a_name_beside_a_made_object_is_that_object(body, term, definition):
    assert glossary(body)[term][1] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("The Port Authority appointed its first director, Anna Berg, in 2004.", "Anna Berg",
                     id="a-person-is-no-kind-of-thing-made"),
        pytest.param("The harbour board visited its old ally, the Grey Heron Club, in 1990.", "Grey Heron Club",
                     id="not-a-verb-of-making"),
        pytest.param("In 1990 the three boards formed their own club, the Grey Heron Club, and met monthly.",
                     "Grey Heron Club", id="a-maker-counted-out-before"),
        pytest.param("It launched its first safety campaign, Clean Quay, in 2004.", "Clean Quay",
                     id="a-pronoun-maker"),
        pytest.param("In 1990 the members signed a harbour code, the Grey Heron Code, to share pilots.",
                     "Grey Heron Code", id="a-plural-maker-told-of-before"),
        pytest.param("The harbour boards commissioned their own pilot boats, the Grey Herons, in 1990.",
                     "Grey Herons", id="a-plural-object-names-several-things"),
    ],
)
def test_no_entry_for_a_person_another_verb_a_counted_maker_or_a_plural(body, term):
    assert term not in glossary(body)
