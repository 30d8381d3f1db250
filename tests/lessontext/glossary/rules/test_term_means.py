"""The word_meaning rule: a word or phrase talked about as a word, and what it means."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary

_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The phrase dressing the ship describes the display of flags from bow to stern to mark a celebration.",
                     "Dressing the ship", "The display of flags from bow to stern to mark a celebration.", id="phrase-describes"),
        pytest.param("Trade grew quickly, and the term dollar diplomacy came to mean the use of loans to win "
                     "influence abroad.", "Dollar diplomacy", "The use of loans to win influence abroad.",
                     id="term-came-to-mean-in-a-later-clause"),
        pytest.param('The expression "open door" refers to equal trading rights for every nation in a port.',
                     "Open door", "Equal trading rights for every nation in a port.", id="quoted-refers-to"),
    ],
)
def test_a_word_named_as_a_word_is_defined_by_what_it_means(body, term, definition):
    assert glossary(f"{body} {_PLAIN}").get(term, ("", ""))[1] == definition


def test_a_meaning_that_leans_on_the_sentences_before_is_left_out():
    found = glossary(f'The phrase "dollar diplomacy" describes the harder side of this policy. {_PLAIN}')
    assert "Dollar diplomacy" not in found
