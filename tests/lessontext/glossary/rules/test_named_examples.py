"""lessontext.glossary.rules.named_examples: named members of a kind that opens a sentence."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Regular harbour drills, such as Genoa's Blue Anchor series and Sea Lantern in the North-Sea, "
                     "allow crews to practise together.",
                     {"Blue Anchor": "A regular harbour drill that allows crews to practise together.",
                      "Sea Lantern": "A regular harbour drill that allows crews to practise together."},
                     id="two-names-an-owner-and-a-place"),
        pytest.param("Port rules, such as the Harbour Authority's Ferry Safety Regulations (FSR), can limit what ships "
                     "may carry at night.",
                     {"Ferry Safety Regulations": "A port rule that can limit what ships may carry at night."},
                     id="a-modal-and-a-short-name"),
    ],
)
def test_a_named_example_is_a_member_of_the_kind_that_does_what_the_sentence_says(body, expected):
    found = glossary(body)
    assert {term: found.get(term, ("", ""))[1] for term in expected} == expected


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("Later researchers, such as Anna Berg, have argued that the limit is lower.", "Anna Berg",
                     id="people-and-a-relational-kind"),
        pytest.param("Costly wars, including the Harbour War, had left the town close to bankruptcy.", "Harbour War",
                     id="one-past-event"),
        pytest.param("Port rules, such as the Ferry Safety Regulations, are one of the things that most people "
                     "know about.", "Ferry Safety Regulations", id="no-lexical-verb"),
    ],
)
def test_a_named_example_without_a_doing_kind_is_left_alone(body, term):
    assert term not in glossary(body)
