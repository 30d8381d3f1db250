"""lessontext.glossary.shapes: the entry-shape checks the publish gates run."""

from __future__ import annotations

import pytest

from lessontext.glossary.shapes import (
    definite_bare,
    demonstrative_outside,
    expansion_only,
    filler_headword,
    genus_colon,
    head_restated,
    predicate_only,
    rebuilt_head_broken,
    reduced_relative,
)


@pytest.mark.parametrize(("check", "term", "definition", "kept"), [
    (filler_headword, "Typical experiment", "An experiment in which a tone sounded before food.", False),
    (filler_headword, "Experiment", "A test carried out to check a hypothesis.", True),
    (predicate_only, "Protostar", "Is usually surrounded by a disc of gas and dust.", False),
    (predicate_only, "GET", "Retrieve a representation of the resource.", True),
    (expansion_only, "UCS", "Unconditioned stimulus.", False),
    (expansion_only, "ADMM", "A meeting that brings together the defence ministers of ASEAN.", True),
    (reduced_relative, "Luxury product", "A product that sold at a bargain price in a shop sends mixed messages.", False),
    (reduced_relative, "Tariff", "A tax that applied to imports in the colonies before 1776.", True),
    (reduced_relative, "Single poster", "A poster that printed once and then ignored achieves nothing.", False),
    (reduced_relative, "Harbour Pact", "A pact that laid down rules for how ferries should pass at night.", True),
    (reduced_relative, "Cargo", "A cargo that moved between ports can change hands twice.", False),
    (reduced_relative, "Charter", "A charter that linked with the king, known as the Great Roll, granted towns rights.",
     False),
    (reduced_relative, "Canal", "A canal that passed through the valley, known as the Old Cut.", True),
    (reduced_relative, "Free ions", "Ions that are loosely held and can drift through the liquid.", True),
    (reduced_relative, "Fishing accord", "An accord that entered into force in 2009 and sets quotas for the bay.", True),
    (reduced_relative, "Port code", "A code that came into effect in 1990 and governs berths.", True),
    (genus_colon, "Locus", "A position: each gene sits at a fixed position on a chromosome.", False),
    (genus_colon, "4Cs", "A customer-centred alternative: customer solution instead of product.", True),
    (head_restated, "Parent rock", "The original rock.", False),
    (head_restated, "Activation energy", "The minimum energy needed.", False),
    (head_restated, "Bit", "A single binary digit.", True),
    (head_restated, "Red giant", "A large red star.", True),
    (definite_bare, "Sediment", "The loose fragments.", False),
    (definite_bare, "Enlightenment", "The eighteenth-century intellectual movement.", False),
    (definite_bare, "Extended marketing mix", "The resulting 7Ps.", False),
    (definite_bare, "Genetics", "The study of heredity.", True),
    (definite_bare, "Magma", "Molten rock below the surface.", True),
    (definite_bare, "Schwa", "The neutral vowel [ə].", True),
])
def test_shape_checks_drop_or_keep(check, term, definition, kept):
    assert (check(term, definition) == definition) is kept


@pytest.mark.parametrize(("definition", "broken"), [
    ("A process in which how the business communicates with customers.", True),
    ("An arrangement in which in most democracies it is an elected assembly.", True),
    ("Stars that stars of many solar masses are hot.", True),
    ("A process in which heat is trapped.", False),
    ("A list in which voters choose only a party.", False),
    # a participle and its preposition with no subject (test-dz, both raters: "Projection")
    ("The operation in which cast onto molten base metal.", True),
    ("A process in which water flows into the sea.", False),
])
def test_rebuilt_head_broken(definition, broken):
    assert rebuilt_head_broken(definition) is broken


@pytest.mark.parametrize(("definition", "published"), [
    ("The set of rules that performs this translation.", None),
    ("The work of finding and removing these hazards so that land can be used safely again.", None),
    ("The practice of states sharing the purchase of equipment so that these fixed costs are spread.",
     "The practice of states sharing the purchase of equipment."),
    ("A rock that forms when lava cools; this process is fast.", "A rock that forms when lava cools."),
    ("A rock common in volcanoes such as those of the Andes.", "A rock common in volcanoes such as those of the Andes."),
    ("A tax paid on imports.", "A tax paid on imports."),
    ("A resolution that required states to deny safe haven to those who finance terrorism.",
     "A resolution that required states to deny safe haven to those who finance terrorism."),
])
def test_demonstrative_outside(definition, published):
    assert demonstrative_outside("Term", definition) == published
