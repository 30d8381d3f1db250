"""Entries that carry another entry's definition (lessontext.glossary.twins)."""

import pytest

from lessontext.glossary.candidate import Term
from lessontext.glossary.publish import publishable
from lessontext.glossary.twins import fold_spelled_out, repeated_definitions


def _term(term: str, definition: str, confidence: float = 0.8) -> Term:
    return Term(term=term, key=term.lower(), definition=definition, kind="defined", section_anchor="",
                sentence="", aliases=(), confidence=confidence, rule="copula")


def _left_out(*terms: Term) -> set[str]:
    return {terms[i].term for i in repeated_definitions(list(terms))}


def test_a_definition_carved_from_another_is_left_out():
    assert _left_out(
        _term("Primary socialisation", "Socialisation that takes place in early childhood, mainly within the family."),
        _term("Primary socialisation takes", "Takes that place in early childhood, mainly within the family."),
    ) == {"Primary socialisation takes"}


def test_of_two_identical_definitions_the_general_name_goes():
    definition = "A substance that produces hydrogen ions when dissolved in water."
    assert _left_out(_term("Acid", definition), _term("Arrhenius acid", definition)) == {"Acid"}


def test_of_two_that_hold_each_other_the_less_sure_goes():
    assert _left_out(
        _term("Doctrine of the mean", "Holds that each virtue lies between two vices, one of excess and one of "
              "deficiency.", 0.7),
        _term("Doctrine", "Each virtue lies between two vices, one of excess and one of deficiency.", 0.6),
    ) == {"Doctrine"}


def test_a_definition_that_names_the_other_term_glosses_it_and_both_stay():
    assert _left_out(
        _term("Majoritarian systems", "Systems that require the winner to obtain an absolute majority, meaning more "
              "than half of the valid votes, rather than merely the largest number."),
        _term("Absolute majority", "More than half of the valid votes, rather than merely the largest number."),
    ) == set()


def test_a_shared_template_is_no_twin():
    assert _left_out(
        _term("Minor triad", "A triad with a minor third and a perfect fifth."),
        _term("Diminished triad", "A triad with a minor third and a diminished fifth."),
    ) == set()


def test_publishable_leaves_out_the_twin():
    got = publishable([
        _term("Amylase", "An enzyme that breaks starch into sugars in the mouth and small intestine.", 0.7),
        _term("Amylase breaks", "Breaks that starch into sugars in the mouth and small intestine.", 0.6),
    ])
    assert [t.term for t in got] == ["Amylase"]


def test_a_word_of_a_longer_headword_glossed_the_same_way_goes():
    assert _left_out(
        _term("Electric current", "The rate of flow of electric charge."),
        _term("Current", "The rate of flow of charge, measured in amps."),
    ) == {"Current"}
    assert _left_out(
        _term("Pyramid of biomass", "A pyramid that shows the total mass of living material at each level."),
        _term("Biomass", "A pyramid of biomass shows the total mass of living material."),
    ) == {"Biomass"}


def test_a_word_of_a_longer_headword_with_its_own_gloss_stays():
    assert _left_out(
        _term("Triad", "A chord made of three notes: a root, a third above it and a fifth above the root."),
        _term("Major triad", "A triad with a major third and a perfect fifth above the root."),
    ) == set()
    assert _left_out(
        _term("Clone", "A complete copy of a repository, including its history, made from another location."),
        _term("git clone", "A command that copies an existing repository, with its history."),
    ) == set()


@pytest.mark.parametrize(
    ("abbreviation", "definition", "folded"),
    [
        pytest.param("HSA", "The Harbour Safety Accord.", True, id="the-name-of-another-entry"),
        pytest.param("SOFA", "The Status of Forces Agreement.", True, id="its-letters-abbreviate-the-names-tail"),
        pytest.param("HSA", "An accord that sets rules for ferries.", False, id="a-definition-of-its-own"),
        pytest.param("LFA", "The Lake Fishing Agreement.", False, id="a-name-no-entry-has"),
    ],
)
def test_an_abbreviation_that_only_spells_out_another_headword_becomes_its_alias(abbreviation, definition, folded):
    named = "Status of Forces Agreement" if abbreviation == "SOFA" else "Harbour Safety Accord"
    owner = _term(named, "An agreement that sets rules for ships in port.")
    out = fold_spelled_out([owner, _term(abbreviation, definition)])
    assert [t.term for t in out] == ([named] if folded else [named, abbreviation])
    assert (abbreviation in out[0].aliases) is folded


def test_a_grade_of_a_quantity_with_its_own_entry_is_no_entry():
    """test-cy, both raters: "Low U-value: A good insulator." beside the U-value; the naming aside marks the U-value
    as a term, and a formula "built around a quantity called T" says nothing of the quantity."""
    from tests.lessontext.glossary.support import glossary

    found = glossary("Engineers put numbers on this flow with a simple formula built around a quantity called the "
                     "U-value. The U-value, sometimes called the thermal transmittance, tells you how many watts pass "
                     "through each square metre of a wall for every degree of temperature difference. A low U-value "
                     "means a good insulator.")
    assert found.get("U-value") == ("defined", "A measure of how many watts pass through each square metre of a wall "
                                               "for every degree of temperature difference.")
    assert "Low U-value" not in found


def test_a_headword_cut_from_a_longer_names_sentence_is_no_entry():
    """test-eh, both raters: "Magnetron" from "built the first working cavity magnetron, a compact ... source", beside
    the key term "Cavity magnetron"; a word of a longer headword glossed in a sentence of its own stays."""
    from dataclasses import replace

    from lessontext.glossary.twins import cut_from_a_longer_name

    cavity = _term("Cavity magnetron", "A vacuum tube that generates microwaves.")
    cut = replace(_term("Magnetron", "A compact and powerful source of microwaves for radar."),
                  sentence="In 1940 they built the first working cavity magnetron, a compact and powerful source of "
                           "microwaves for radar.")
    own = replace(cut, sentence="The magnetron, a compact and powerful source of microwaves, sits at the back.")
    assert [t.term for t in cut_from_a_longer_name([cavity, cut])] == ["Cavity magnetron"]
    assert [t.term for t in cut_from_a_longer_name([cavity, own])] == ["Cavity magnetron", "Magnetron"]
    # test-k, accepted by both: the word is defined on its own before the longer names
    digestion = replace(_term("Digestion", "The breakdown of food into smaller molecules."),
                        sentence="**Digestion** is the breakdown of food into smaller molecules, and it happens in two "
                                 "ways: **chemical digestion**, in which enzymes split large molecules.")
    chemical = _term("Chemical digestion", "Digestion in which enzymes split large molecules.")
    assert [t.term for t in cut_from_a_longer_name([digestion, chemical])] == ["Digestion", "Chemical digestion"]
