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


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Geographers use the term **sprawl** for the spread of low-density housing beyond a city's edge.",
                     "Sprawl", "The spread of low-density housing beyond a city's edge.", id="use-the-term-for"),
        pytest.param('Economists have coined the term "crop lock" to describe the dependence of a region on one '
                     "harvest, and they warn of its risks.", "Crop lock",
                     "The dependence of a region on one harvest.", id="coined-to-describe-up-to-the-next-clause"),
        pytest.param("Traders use the word **slump** for a severe and lasting fall in sales, much worse than an "
                     "ordinary dip, in which sales fall for a few weeks.", "Slump",
                     "A severe and lasting fall in sales.", id="up-to-a-comparison-with-another-thing"),
    ],
)
def test_a_word_the_writer_uses_for_something_is_defined_by_that_thing(body, term, definition):
    assert glossary(f"{body} {_PLAIN}").get(term, ("", ""))[1] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("Many planners still use the term as a loose label for any new suburb.", "As a loose label",
                     id="no-word-named"),
        pytest.param("Writers use the word hamlet or village for the small settlements of the valley.",
                     "Hamlet or village", id="two-words-offered"),
        pytest.param('A gardener first used the word "bed" in 1700 for the plots he dug.', "Bed",
                     id="a-date-between-the-word-and-its-use"),
    ],
)
def test_a_use_that_names_no_single_word_or_no_thing_is_left_out(body, term):
    assert term not in glossary(f"{body} {_PLAIN}")
