"""lessontext.glossary.rephrase: rebuilding a definition from the sentence that explains a term."""

from __future__ import annotations

import pytest

from lessontext.glossary.rephrase import (
    article,
    drop_demonstratives,
    genus_phrase,
    head_with_modifiers,
    relative_definition,
    reorder_subordinate,
)


@pytest.mark.parametrize(
    ("term", "predicate", "expected"),
    [
        ("void contract", "has no legal effect.", "A contract that has no legal effect"),
        ("accessory pigments", "absorb other wavelengths", "Pigments that absorb other wavelengths"),
        ("enzyme inhibitor", "slows a reaction", "An inhibitor that slows a reaction"),
        ("redirect", "tells the client to go elsewhere", "Tells the client to go elsewhere"),
    ],
)
def test_genus_phrase(term, predicate, expected):
    assert genus_phrase(term, predicate) == expected


@pytest.mark.parametrize(
    ("noun_phrase", "preposition", "clause", "expected"),
    [
        ("a step", "in", "Light splits water", "A step in which light splits water"),
        ("a sugar", "to", "The enzyme attaches carbon", "A sugar to which the enzyme attaches carbon"),
        ("a boundary", "at", "When plates meet, one sinks", "A boundary at which one sinks when plates meet"),
        ("a room", "in", "Wegener worked", "A room in which Wegener worked"),
    ],
)
def test_relative_definition(noun_phrase, preposition, clause, expected):
    assert relative_definition(noun_phrase, preposition, clause) == expected


@pytest.mark.parametrize(
    ("function", "argument", "expected"),
    [
        (article, "hour", "An"),
        (article, "unit", "A"),
        (article, "enzyme", "An"),
        (article, "HTTP", "An"),
        (article, "URL", "A"),
        (drop_demonstratives, "much of this work", "much of the work"),
        (drop_demonstratives, "a series of such exercises", "a series of exercises"),
        # "those" standing for people is a pronoun: "the on board" would be no English.
        (drop_demonstratives, "to seize a ship and arrest those on board", "to seize a ship and arrest those on board"),
        (drop_demonstratives, "to help those who plan", "to help those who plan"),
        (reorder_subordinate, "When ice melts, water rises", "water rises when ice melts"),
        (reorder_subordinate, "Water rises", "Water rises"),
        # A fronted phrase that ends with a list moves whole; a clause after its first comma stays.
        (reorder_subordinate, "After years of drought, famine and plague, the town was abandoned",
         "the town was abandoned after years of drought, famine and plague"),
        (reorder_subordinate, "When the gas is heated, it expands and rises, and the balloon lifts",
         "it expands and rises, and the balloon lifts when the gas is heated"),
    ],
)
def test_small_helpers(function, argument, expected):
    assert function(argument) == expected


def test_head_with_modifiers():
    assert head_with_modifiers("a three-digit status code", "status code") == "a three-digit code"
    assert head_with_modifiers("a fast enzyme", "enzyme") == "a fast enzyme"


@pytest.mark.parametrize(
    ("noun_phrase", "clause", "definition"),
    [
        ("a step", "Light splits water molecules", "A step in which light splits water molecules"),
        # a fronted setting, set off by its comma, stays set off after the relative
        ("a method", "In the workshop, joiners glue two boards edge to edge",
         "A method in which, in the workshop, joiners glue two boards edge to edge"),
        ("an effect", "On cold nights, frost forms on the inside of the glass",
         "An effect in which, on cold nights, frost forms on the inside of the glass"),
    ],
)
def test_a_clause_becomes_a_relative_of_its_noun(noun_phrase, clause, definition):
    from lessontext.glossary.rephrase import relative_definition

    assert relative_definition(noun_phrase, "in", clause) == definition


def test_a_fronted_setting_is_set_off_only_after_one_kind_of_event():
    from lessontext.glossary.rephrase import relative_definition

    # a bare plural is no event "in which" things happen: the clause is left as it was (and the gates judge it)
    assert relative_definition("individuals", "in", "In early play, a child copies people") == (
        "Individuals in which in early play, a child copies people")
