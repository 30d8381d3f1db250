"""checks: a definition tidied so it stands on its own (finish_definition), and what may be a term (valid_term)."""

from __future__ import annotations

import pytest

from lessontext.glossary.checks import finish_definition, is_generic, valid_term


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("a flow of one coulomb of charge per second, so", "A flow of one coulomb of charge per second."),
        ("the energy transferred per unit of charge, where", "The energy transferred per unit of charge."),
        ("a store of facts and ideas", "A store of facts and ideas."),
        ("salt and pepper and", "Salt and pepper."),
        ("two", None),
        # who made the claim, left after it (test-eb)
        ("a person that understands what is right, Confucius said", "A person that understands what is right."),
        ("a duty owed to the state, as Mill argued", "A duty owed to the state."),
        ("a rule that, he said, binds everyone", "A rule that, he said, binds everyone."),
        ("why mixing in such channels happens only slowly", None),  # a consequence (test-ec, both raters)
        # a comparison with what the sentences before told (test-ek: "made differently")
        ("small chisels with which the patterns were made differently", "Small chisels with which the patterns were made."),
        ("a way of living differently", "A way of living differently."),
        ("the artificial supply of water to land to make up the difference", "The artificial supply of water to land."),
        ("the difference between two readings", "The difference between two readings."),
        ("signs of maturity and belonging, not mere ornament (he learned)", None),  # one man's finding in a story
    ],
)
def test_finish_definition(text, finished):
    assert finish_definition(text) == finished


@pytest.mark.parametrize(
    ("term", "named", "expected"),
    [
        ("least significant bit", True, True),
        ("least significant bit", False, False),
        ("highest magistrates", True, False),
        ("most", True, False),
    ],
)
def test_a_named_term_may_open_with_a_degree_word(term, named, expected):
    assert valid_term(term, strict=False, named=named) is expected


@pytest.mark.parametrize(
    ("definition", "vacuous"),
    [
        pytest.param("The number of eggs a hen lays in a year.", False, id="the-number-of-what-it-counts"),
        pytest.param("The number of wet days in a month.", False, id="the-number-of-adjective-noun"),
        pytest.param("A number of key aspects.", True, id="a-number-of-is-no-measure"),
        pytest.param("The number of factors.", True, id="the-number-of-generic-nouns"),
    ],
)
def test_a_count_of_things_is_a_measure_not_a_vacuous_number(definition, vacuous):
    from lessontext.glossary.checks import is_vacuous

    assert is_vacuous(definition) is vacuous


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("Likewise", False),
        ("Likewise, alkenes", False),  # test-eh, both raters: a sentence's opening
        ("By contrast, mammals", False),
        ("Nevertheless", False),
        ("Upstream", True),
        ("Overtime", True),
        ("Erosion", True),
    ],
)
def test_a_sentence_adverb_alone_is_no_term(term, expected):
    assert valid_term(term, strict=False) is expected


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("killer T cells", True),
        ("T cells", True),
        ("coenzyme A", True),
        ("big O notation", True),
        ("A cells", False),  # an opening "A" is the article
        ("I think", False),
        ("the t", False),
    ],
)
def test_a_capital_letter_inside_a_term_names_a_kind(term, expected):
    assert valid_term(term) is expected


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        pytest.param("Critics today", False, id="a-subject-with-its-time-adverb"),
        pytest.param("Farmers now", False, id="a-subject-with-now"),
        pytest.param("48 hour", False, id="a-number-with-its-unit"),
        pytest.param("3 kW electric kettle", False, id="a-number-a-unit-and-a-thing"),
        pytest.param("1540 Committee", True, id="a-number-opening-a-capitalised-name"),
        pytest.param("Phase 2 trial", True, id="a-number-inside-a-name"),
        pytest.param("Later Roman Empire", True, id="a-time-word-opening-a-name"),
        pytest.param("Tidal currents", True, id="an-ordinary-compound"),
    ],
)
def test_a_time_adverb_or_a_number_with_its_unit_is_no_headword(term, expected):
    assert valid_term(term) is expected


@pytest.mark.parametrize(
    ("definition", "vacuous"),
    [
        ("The point on the hull directly above the keel.", False),
        ("The layer of soil beneath the topsoil.", False),
        ("The part of a church between the entrance and the altar.", False),
        ("The area inside the castle walls.", False),
        ("A key area of trade between the two states.", True),
        ("An important part of the alliance.", True),
        ("The point of the exercise.", True),
    ],
)
def test_a_generic_head_of_place_is_restricted_by_where_it_lies(definition, vacuous):
    from lessontext.glossary.checks import is_vacuous

    assert is_vacuous(definition) is vacuous


@pytest.mark.parametrize(
    ("definition", "vacuous"),
    [
        pytest.param("A group of towns and guilds backing the charter.", False, id="members-then-an-ing-verb"),
        pytest.param("A group of towns including Ely and Bury.", True, id="members-then-examples"),
        pytest.param("A group of towns.", True, id="members-alone"),
    ],
)
def test_a_present_participle_after_the_members_restricts_a_collective_head(definition, vacuous):
    from lessontext.glossary.checks import is_vacuous

    assert is_vacuous(definition) is vacuous


@pytest.mark.parametrize(("term", "generic"), [
    ("six types", True),  # "The six types are useful labels": a count adds nothing (both raters on test-dl)
    ("Seven Pillars", False),  # a name
    ("main types", True),
    ("ionic bonds", False),
])
def test_a_count_before_a_generic_noun_makes_no_term(term, generic):
    assert is_generic(term) is generic


@pytest.mark.parametrize("term", ["Man", "women", "Renaissance man"])
def test_a_bare_man_or_woman_is_generic_but_a_modified_one_is_not(term):
    assert is_generic(term) is (term != "Renaissance man")
