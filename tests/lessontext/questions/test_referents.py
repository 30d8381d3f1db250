"""A "he"/"she" lifted out of its paragraph: named from the sentence before, or the stem is not asked."""

import pytest

from lessontext.questions.referents import opening_name, resolve_person, unnamed_person

LUTHER = "Martin Luther, an Augustinian friar and professor of theology, was outraged."


@pytest.mark.parametrize("stem, previous, expected", [
    # test-o: "On 31 October 1517 he sent his _____" (raters: "replace with 'Martin Luther'")
    ("On 31 October 1517 he sent his _____ to the archbishop.", LUTHER,
     "On 31 October 1517 Martin Luther sent his _____ to the archbishop."),
    ("She published the _____ in 1859.", "Mary Anning, a fossil collector, found the first skeleton.",
     "Mary Anning published the _____ in 1859."),
    # no name opens the sentence before: nothing to resolve to
    ("He sent his _____ to the archbishop.", "The Church sold indulgences across Europe.", None),
    ("He sent his _____ to the archbishop.", None, None),
    # a name before the pronoun in the stem is its referent; no pronoun, nothing to do
    ("When Darwin returned, he wrote the _____.", None, "When Darwin returned, he wrote the _____."),
    ("The _____ shows how far sales can fall.", None, "The _____ shows how far sales can fall."),
    # "the", "then", "shed" are no pronoun
    ("Then the _____ shed its leaves.", None, "Then the _____ shed its leaves."),
])
def test_resolve_person(stem, previous, expected):
    assert resolve_person(stem, previous, "") == expected


@pytest.mark.parametrize("sentence, lesson_text, expected", [
    (LUTHER, "", "Martin Luther"),
    ("In Germany, printed copies spread quickly.", "", None),  # a phrase, not a name
    ("Luther was outraged.", "a letter from Luther arrived", "Luther"),
    ("Printing was cheap.", "", None),  # one capital that only opens the sentence
])
def test_opening_name(sentence, lesson_text, expected):
    assert opening_name(sentence, lesson_text) == expected


def test_a_month_is_no_name_before_the_pronoun():
    assert unnamed_person("On 31 October 1517 he sent his _____.") is not None
