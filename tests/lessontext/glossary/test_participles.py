"""A gloss of nouns and the participle that says which (``glossary.participles``)."""

import pytest

from lessontext.glossary.participles import nouns_then_participle


@pytest.mark.parametrize("says", [
    "money, food or clothing given to people in their own homes.",
    "two complete sentences joined only by a comma.",
    "materials made of very long molecules.",
    "water stored underground in soil and rock.",
])
def test_nouns_and_their_participle_are_a_gloss(says):
    assert nouns_then_participle(says)


@pytest.mark.parametrize("says", [
    "people believed in peace above all.",  # a past tense: a clause
    "each guarded by one of four gods.",  # a quantifier opens it: no noun phrase
    "the workers walked out of the factory.",  # a determiner and a past tense
    "a coin has no memory.",
    "Money given to people.",  # a sentence of its own, not a gloss after a colon
])
def test_a_clause_is_no_gloss(says):
    assert not nouns_then_participle(says)
