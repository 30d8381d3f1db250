"""A teacher's light edits on a lifted definition: a head noun for "One", an article for a superlative, none
before an uncounted noun (lessontext.glossary.lightedits)."""

import pytest

from lessontext.glossary.candidate import Term
from lessontext.glossary.lightedits import one_as_genus, superlative_article, uncounted_head


def _term(headword: str, definition: str) -> Term:
    return Term(term=headword, key=headword.lower(), definition=definition, kind="defined",
                section_anchor="", sentence="", aliases=(), confidence=0.9)


@pytest.mark.parametrize(
    ("headword", "definition", "edited"),
    [
        ("Exothermic reaction", "One that gives out heat to its surroundings.",
         "A reaction that gives out heat to its surroundings."),
        ("Sedimentary rock", "One in which layers of sediment are pressed together.",
         "A rock in which layers of sediment are pressed together."),
        ("Tidal currents", "Ones that reverse with every tide.", "Currents that reverse with every tide."),
        # Kept: a one-word term has no head noun to lend; "One of ..." is a count; number must agree.
        ("Catalyst", "One that speeds up a reaction without being used up.", None),
        ("Prime number", "One of the numbers with exactly two factors.", None),
        ("Tidal currents", "One that reverses with every tide.", None),
    ],
)
def test_one_takes_the_terms_head_noun(headword, definition, edited):
    assert one_as_genus(_term(headword, definition)).definition == (edited or definition)


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        ("Largest bones that carry the weight of the body.", "The largest bones that carry the weight of the body."),
        ("Highest court in the country.", "The highest court in the country."),
        # Kept: words that end in "est" but are not superlatives, and a definition that already has its article.
        ("Interest paid on a loan.", None),
        ("Forest that loses its leaves each autumn.", None),
        ("West winds that blow across the ocean.", None),
        ("The largest bones in the body.", None),
    ],
)
def test_a_bare_superlative_gets_its_article(definition, edited):
    assert superlative_article(definition) == (edited or definition)


@pytest.mark.parametrize(
    ("headword", "definition", "edited"),
    [
        ("Physical weathering", "A weathering in which rock breaks apart without any change to its minerals.",
         "Weathering in which rock breaks apart without any change to its minerals."),
        ("Annual rainfall", "A rainfall that is measured over a whole year.", "Rainfall that is measured over a whole year."),
        # Kept: a counted noun, a head that is not the term's own, a proper name, a number word.
        ("Exothermic reaction", "A reaction in which heat is given out.", None),
        ("Heavy rain", "A rainfall that floods the streets.", None),
        ("Cold front", "A front that brings heavy rain.", None),  # "fronts" is common: a counted sense
        ("Northern Cooperation", "A cooperation that links four navies.", None),
        ("Spondee, two", "A two stressed syllables together.", None),
    ],
)
def test_an_article_before_an_uncounted_head_is_dropped(headword, definition, edited):
    assert uncounted_head(definition, headword) == (edited or definition)
