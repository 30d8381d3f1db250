"""definition_forms: a definition that leaves part of itself in the sentence it was cut from is no option."""

import pytest

from lessontext.questions.definition_forms import elliptical, reads_as_option, subject_pronoun, usable_definition


@pytest.mark.parametrize(("definition", "cut"), [
    # A comparison whose other side stayed behind.
    ("A little like a comma with a dot above it", True),
    ("Rather like a hinge that only opens one way", True),
    ("A coin that weighs almost the same but has a milled edge", True),
    ("A bond that is the same, but shared unequally", True),
    ("A pull roughly a third as strong as the Earth's", True),
    ("A stage that follows both divisions", True),
    # Gapping: the second clause's verb is the first one's.
    ("A tax that takes one fifth, a surcharge two fifths and a levy three", True),
    ("A gentle slope inland and a cliff a steep drop", True),
    # A superlative "type" of a set the sentence named.
    ("The cheapest and most common type, made when sand is fused", True),
    ("The oldest kind, found only in caves", True),
    # A fronted place turned round into a relative clause.
    ("A narrow ditch that beyond its wall runs", True),
    # Whole definitions.
    ("A comic play of three acts with a happy ending", False),
    ("The simplest kind of pulley", False),
    ("An animal that feeds on both plants and animals", False),
    ("A team of five", False),
    ("A reaction in which the same element is oxidised and reduced", False),
    ("A planet almost the same size as the Earth", False),
    ("A metal that is as hard as steel", False),
    ("A force that acts on both objects and their surroundings", False),
    ("A room in which the monks slept", False),
])
def test_a_definition_cut_from_its_sentence_is_elliptical(definition, cut):
    assert elliptical(definition) is cut
    if cut:
        assert not usable_definition(definition) and not reads_as_option(definition)


@pytest.mark.parametrize(("definition", "unbound"), [
    ("A method in which each spring they weigh the grain", True),
    ("A blade with which he trims the wick", True),
    ("A law that says they must vote", True),
    ("A tool that farmers use when they plough", False),  # "they": the farmers
    ("Animals that hibernate when they are cold", False),
    ("A judge who decides cases before they reach court", False),
    ("An official who signs every law before he retires", False),
    ("A short form of they are", False),  # the words quoted, not a pronoun
    ("A fish that swims upstream when it spawns", False),
])
def test_a_pronoun_for_people_outside_the_definition_is_no_definition(definition, unbound):
    assert subject_pronoun(definition) is unbound
    if unbound:
        assert not usable_definition(definition)


@pytest.mark.parametrize(("definition", "option"), [
    ('A word that literally means "thirst" and is usually translated as craving', False),  # both raters on test-dk
    ('A title meaning "the awakened one"', False),
    ("A clear and steady awareness of body, feelings and mind", True),
    ("A word class that names a person, place or thing", True),
])
def test_what_a_word_means_is_no_option_for_what_a_thing_is(definition, option):
    assert reads_as_option(definition) is option
