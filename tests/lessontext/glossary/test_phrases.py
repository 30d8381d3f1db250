"""lessontext.glossary.phrases: word classes and phrase shapes shared by the rules."""

from __future__ import annotations

import pytest

from lessontext.glossary.phrases import after_another_noun, genus_of, list_goes_on, np_before, predicate_of


@pytest.mark.parametrize(
    ("term", "genus"),
    [
        ("beta blockers", ("Things", True)),
        ("router", ("Something", False)),
        ("erosion", ("A process", False)),
        ("trophic level", ("A level", False)),
        ("breach of contract", ("A breach", False)),
    ],
)
def test_genus(term, genus):
    assert genus_of(term) == genus


def test_above_a_noun_phrase_does_not_point_elsewhere():
    from lessontext.glossary.phrases import predicate_of

    assert predicate_of("arranges the keys so that each key is a fifth above the previous one") is not None
    assert predicate_of("works as described above") is None


@pytest.mark.parametrize(
    ("text", "anaphora"),
    [
        ("stay the same each month, such as rent or a phone contract", False),
        ("solves this problem by passing electrons on", True),
        ("such measures build trust", True),
        ("deny safe haven to those who plan attacks", False),
        ("the interests of one branch against those of another", True),
        # a bare "this" before a stop points back too (test-dv: "A number with which we allow for this")
        ("a number with which we allow for this.", True),
        ("a way to do this, quickly", True),
        ("a thistle in the field", False),
    ],
)
def test_such_as_gives_examples_not_a_reference_back(text, anaphora):
    from lessontext.glossary.phrases import has_anaphora

    assert has_anaphora(text) is anaphora


def test_predicate_of_a_reported_claim_is_none():
    assert predicate_of("have argued that the true limit is closer to four units") is None
    assert predicate_of("has suggested that memory fades", plural=False) is None
    assert predicate_of("holds the information we are aware of", plural=False) == (
        "holds the information we are aware of")


@pytest.mark.parametrize(("text", "phrase"), [
    ("They used an operant chamber, often called a Skinner box", "Skinner box"),
    ("The curve is the Boltzmann distribution", "Boltzmann distribution"),
    ("Skinner studied the box", "box"),
    ("The Senate debated the budget", "budget"),
    # "so-called" stands where the article would: the name before the noun is kept
    ("The ports kept to the so-called Harbour model", "Harbour model"),
    ("The ports kept to the so-called harbour model", "so-called harbour model"),
    # A name no English word spells, after a preposition (test-dk, both raters: "Metal" for Muntz metal)
    ("The hull was sheathed with Muntz metal", "Muntz metal"),
    ("The hull was sheathed with Copper plates", "plates"),
])
def test_np_before_keeps_a_name_that_modifies_its_noun_after_an_article(text, phrase):
    assert np_before(text + ", a thing.", len(text))[0] == phrase


@pytest.mark.parametrize(
    ("sentence", "subject", "verb"),
    [
        ("Safety measures are rules that reduce the risk of injury at work.", "Safety measures", "are"),
        ("Price elasticity measures how strongly demand responds to price.", "Price elasticity", "measures"),
    ],
)
def test_a_plural_noun_like_measures_before_are_is_part_of_the_subject(sentence, subject, verb):
    from lessontext.glossary.phrases import DEFINITION_IS_A

    match = DEFINITION_IS_A.match(sentence)
    assert (match.group("subj"), match.group("verb")) == (subject, verb)


@pytest.mark.parametrize(
    "sentence",
    [
        "An adjective describes or adds information about a noun.",
        "A thermostat measures and controls the temperature of a room.",
    ],
)
def test_a_verb_joined_to_another_is_no_definition_of_its_object(sentence):
    from lessontext.glossary.phrases import DEFINITION_IS_A

    assert DEFINITION_IS_A.match(sentence) is None


@pytest.mark.parametrize(
    ("term", "definition", "generic"),
    [
        ("Catalyst", "A catalyst speeds up a reaction without being used up.", True),
        ("Enzymes", "An enzyme lowers the energy a reaction needs.", True),
        ("Pitch", "The pitch of a sound depends on its frequency.", False),  # one property of another thing
        ("Liquid", "A liquid in which pressure increases with depth.", False),  # one case of it
        ("Seesaw", "A seesaw tipped towards the heavier child.", False),  # a past event
        ("Lever", "A rigid bar turns about a pivot.", False),  # another noun is the subject
        ("Acid rain", "An acid rain falls.", False),  # the headword of several words names its own genus
    ],
)
def test_generic_statement(term, definition, generic):
    from lessontext.glossary.phrases import generic_statement

    assert generic_statement(term, definition) is generic


def test_plural_pronouns_resolved_inside_a_predicate_are_dropped():
    from lessontext.glossary.phrases import plural_pronouns_inside

    assert "them" not in plural_pronouns_inside("bought boats that none of them could afford")
    assert "them" in plural_pronouns_inside("bought it for them")


@pytest.mark.parametrize(
    ("appos", "following", "expected"),
    [
        # The sentence goes on with ", and" another phrase of the same head: one list's items.
        ("a regional tier where councils set budgets", ", and a local tier where parishes spend them.", True),
        ("the inner ring of stones", " and the outer ring of posts.", True),
        ("a small pond in the garden", ", or a large pond in the park.", True),
        # The next phrase has an appositive of its own: two nouns each glossed; or a phrase of another head.
        ("the town that sends the goods", ", and a buying town, the town that receives them.", False),
        ("the town that sends the goods", ", and the harbour that loads them.", False),
        ("a short walk from the station", ", and the museum opens at nine.", False),
        # Nothing joined after the phrase.
        ("a regional tier where councils set budgets", ".", False),
        ("a regional tier where councils set budgets", ", which meets each spring.", False),
    ],
)
def test_list_goes_on_when_the_next_phrase_shares_the_head(appos, following, expected):
    assert list_goes_on(appos, following) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ('The busiest route is the "Amber Road" along the ', True),
        ("The tariffs are listed in Schedule 2 to the ", True),
        ("The ring of reefs around the ", True),
        ("In 1990 the states signed the ", False),
        ("The ships belong to the ", False),
        ("Both sides signed up to the ", False),
        ("Disputes go to the ", False),
        ("Every year they go to the ", False),
        ("Farmers claim land under the ", False),
    ],
)
def test_a_name_after_another_noun_and_its_preposition(before, expected):
    assert after_another_noun(before) is expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("requires ports to report larger ships and, above certain thresholds, to invite inspectors", True),
        ("keeps the water below average levels in summer", True),
        ("works as described above", False),
        ("lists the rules below", False),
    ],
)
def test_above_or_below_a_quantity_is_no_pointer_to_other_text(text, kept):
    assert (predicate_of(text) is not None) is kept
