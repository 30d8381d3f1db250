"""The appositive's noun-phrase checks: a clause or a short list after the comma is no gloss."""

import pytest

from lessontext.glossary.appositive_clauses import (
    coordinated_features,
    listed_items,
    relative_with_auxiliary,
    told_clause,
)


@pytest.mark.parametrize(
    ("appositive", "expected"),
    [
        ("the guild insisted that every bolt of cloth carry its seal", True),
        ("the village learned", True),
        ("a larger fleet with its own harbour was too costly to keep", True),
        ("the mayor announced the closure of the mill", True),
        ("a contest held every two years", False),
        ("the mass of salt added", False),
        ("the one we measured", False),
        ("the study of how rocks are formed", False),
        ("a list of works readers were forbidden to own", False),
        ("the share of the catch the crew must hand over", False),
        ("a fever caused by a parasite", False),
        ("a family who ruled the city for a century", False),
    ],
)
def test_told_clause(appositive, expected):
    assert told_clause(appositive) is expected


@pytest.mark.parametrize(
    ("appositive", "expected"),
    [
        ("a cork or simply a tight lid", True),
        ("a saddle and two spare bridles", True),
        ("a sore throat and difficulty swallowing", True),
        ("a mayor and council", True),
        ("a word or phrase that names a season", False),
        ("a cloud of dust and ice in space", False),
        ("a score much higher or lower than the rest", False),
        ("a striped or spotted coat", False),
        ("the rule or custom behind a ritual", False),
        ("a school of painters and sculptors", False),
    ],
)
def test_listed_items(appositive, expected):
    assert listed_items(appositive) is expected


@pytest.mark.parametrize(
    ("appositive", "expected"),
    [
        pytest.param("a light coastal rocket with two warheads and a range of about 300 kilometres", True,
                     id="what-the-thing-has"),
        pytest.param("a stove with two burners and a lamp", False, id="a-next-item-without-its-measure"),
        pytest.param("a bag of pears and an orange", False, id="no-with-phrase"),
        pytest.param("a rocket and a launcher with a crew of four", False, id="coordinated-before-with"),
    ],
)
def test_coordinated_features(appositive, expected):
    assert coordinated_features(appositive) is expected


@pytest.mark.parametrize(
    ("appositive", "expected"),
    [
        pytest.param("a light carrier whose rear bay can hold different loads", True, id="relative-with-its-verb"),
        pytest.param("an exercise in which coastal and partner navies", False, id="relative-cut-before-its-verb"),
        pytest.param("a light carrier", False, id="no-relative"),
    ],
)
def test_relative_with_auxiliary(appositive, expected):
    assert relative_with_auxiliary(appositive) is expected


@pytest.mark.parametrize(
    ("appositive", "clause"),
    [
        ("a bell-shaped gap remained between core and cope", True),  # a past verb of place: a clause (test-ej)
        ("a small gap lay behind the wall", True),
        ("a facet barely changes", True),  # an adverb, then the verb (test-ek: "Wrong way: A facet barely changes.")
        ("a seldom visited island", False),
        ("a narrow gap between core and cope", False),
    ],
)
def test_a_past_verb_of_place_makes_a_clause(appositive, clause):
    from lessontext.glossary.appositive_clauses import PAST_VERB_AND_OBJECT

    assert bool(PAST_VERB_AND_OBJECT.search(appositive)) is clause


@pytest.mark.parametrize(
    ("before", "appositive", "item"),
    [
        # test-el: "Natural lock: The regularity of the crimp", the next item of a list that opens alike
        ("The judge looks at *grain*, the depth of the fine lines", "the sharpness of the edges", True),
        ("The spread of monoculture", "the growing of a single crop over large areas", False),  # the sentence's subject
    ],
)
def test_an_item_opening_like_the_one_before_it_is_the_next_of_a_series(before, appositive, item):
    from lessontext.glossary.the_appositive import series_item

    assert series_item(before, appositive) is item
