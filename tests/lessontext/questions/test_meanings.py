"""Meanings: labels, roles and run-on examples that are no meaning to ask or offer."""

import pytest

from lessontext.questions import meanings as m
from lessontext.questions.families import glossary as g


@pytest.mark.parametrize(("term", "expected"), [
    ("Formula in words", True),
    ("Meaning restructuring", True),
    ("Best-known examples", True),
    ("Definition", True),
    ("Function word", False),
    ("Worked solution step", False),
    ("Exemplar", False),
])
def test_a_label_of_the_layout_or_a_gloss_is_no_term(term, expected):
    assert m.metalanguage_term(term) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    ("The main ingredient of many window cleaners", True),
    ("The first use of that clause", True),
    ("A normal part of ageing, not simply a loss", True),
    ("A sign of rising confidence", True),
    ("The use of trade to pursue foreign policy goals", False),  # "use of ... to ...": what it is
    ("The part of the brain that controls balance", False),
    ("A symbol that stands for an unknown number", False),
])
def test_a_role_or_a_sign_is_no_meaning(definition, expected):
    assert m.role_not_meaning(definition) is expected
    assert g.usable_definition(definition) is not expected


@pytest.mark.parametrize(("definition", "expected"), [
    ('The repetition of initial sounds, as in "Big bright bells", whose b sounds ring',
     "The repetition of initial sounds"),
    ("The time taken for one full turn (written P)", "The time taken for one full turn"),
    ("A grain of sand, such as quartz", "A grain of sand"),
    ("A sum paid (written S)", "A sum paid"),
    ("An error, as in this", "An error, as in this"),  # too little left: kept whole
    ("The space between two lines", "The space between two lines"),
])
def test_an_example_or_a_symbol_at_the_end_is_left_out_of_an_option(definition, expected):
    assert m.without_extras(definition) == expected


def test_an_example_inside_a_definition_stays():
    definition = "The process in which substances, such as some salts, build up along a food chain"
    assert m.without_extras(definition) == definition


@pytest.mark.parametrize(("definition", "gloss"), [
    ("A current that means only a little", True),
    ("An acceleration that means that the velocity increases by 3 m/s every second", True),
    ("A high reading which means the solution is acidic", True),
    ("A word that means the opposite of another word", False),
    ("A hand signal that means stop", False),
    ("A material that lets charge flow easily", False),
    ("The meaning of a word in its context", False),
])
def test_a_gloss_of_one_example_is_no_definition(definition, gloss):
    assert m.gloss_of_an_example(definition) is gloss
    if gloss:  # neither asked nor offered
        assert not g.usable_definition(definition)


@pytest.mark.parametrize(("definition", "expected"), [
    ("A process that is reduced by cold weather and dry air", True),
    ("A change which can be greatly increased by stirring", True),
    ("A hormone that is produced by the thyroid gland", False),  # who makes it: a definition
    ("The amount of heat that is lost by a body each second", False),
])
def test_what_raises_or_lowers_a_thing_is_no_meaning(definition, expected):
    assert m.factors_not_meaning(definition) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    ("A R that holds for metal wires at room temperature", True),
    ("The V of a cell", True),
    ("A T cell that attacks infected cells", False),  # the letter names a noun that follows
    ("A ratio that compares two quantities", False),
])
def test_a_letter_where_the_noun_should_be(definition, expected):
    assert m.symbol_for_noun(definition) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    ("Openness, a policy of publishing what the state does", "A policy of publishing what the state does"),
    ("Rebirth, the revival of classical learning", "The revival of classical learning"),
    ("Iron ore, a rock from which the metal is taken", "A rock from which the metal is taken"),
    # No gloss: a noun phrase with its own comma, or an appositive too short to be a definition.
    ("A stanza, usually of four lines", "A stanza, usually of four lines"),
    ("The Greek letter sigma, Σ", "The Greek letter sigma, Σ"),
    ("Openness, the policy", "Openness, the policy"),
    ("The first stage of labour, when the cervix opens", "The first stage of labour, when the cervix opens"),
])
def test_a_gloss_before_the_definition_is_left_out_of_an_option(definition, expected):
    assert m.without_gloss(definition) == expected
    assert m.without_extras(definition) == expected


@pytest.mark.parametrize(("term", "expected"), [
    ("Oxidises", True),            # a verb in -s the lexicon does not know
    ("Evaporates", True),          # a verb, never a noun
    ("Sailors nowadays", True),    # a clause subject, not a term
    ("Farmers today", True),
    ("Analysis", False),
    ("Crisis", False),
    ("Rates", False),              # a plural noun as well as a verb
    ("Species", False),
    ("Day", False),
])
def test_a_verb_form_or_a_clause_subject_is_no_term(term, expected):
    assert m.verb_form_term(term) is expected
    assert m.not_a_term(term) is expected


@pytest.mark.parametrize(("term", "expected"), [
    ("P = F / A", True),        # an equation offered as a term
    ("Formula in words", True),
    ("Pressure", False),
    ("Equal temperament", False),
])
def test_an_equation_is_no_term(term, expected):
    assert m.not_a_term(term) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    ("Small openings through which enters the root", True),   # the relative's subject lost
    ("A yellow dye by which is coloured", True),
    ("Wary about calling the period a golden age", True),     # an adjective and its complement
    ("Makes that room inside the nucleus", True),             # a light verb where a noun should be
    ("Flows along the pipe to the tank", True),               # a verb in -s and where it goes
    ("Dissolves quickly in warm water", True),                # a verb, never a noun
    ("Small openings through which water enters the root", False),
    ("A method by which farmers rotate crops", False),
    ("The height at which clouds form", False),
    ("Rocks that melt at high temperature", False),           # a plural noun, then its relative
    ("Cells that carry oxygen in the blood", False),
    ("Tiny hairs on the surface of a leaf", False),
    ("Grazing animals kept on a farm", False),
])
def test_a_definition_cut_from_its_sentence_is_a_fragment(definition, expected):
    assert m.fragment_definition(definition) is expected
    if expected:
        assert not g.usable_definition(definition)


@pytest.mark.parametrize(("sentence", "term", "definition", "expected"), [
    # Items of one list of examples, the list closed in the "definition": no term and its meaning.
    ("Side effects, such as a rash, a headache or nausea for an hour, soon pass.", "Rash", "a headache or nausea for an hour", True),
    ("Crops including wheat, barley and oats grow here.", "wheat", "barley and oats", True),
    # An apposition after "such as", no list closed: a term and its meaning.
    ("Tools such as a lathe, a machine that turns wood, are old.", "lathe", "a machine that turns wood", False),
    # A list, but no example marker before the term.
    ("The farm grows wheat, barley and oats.", "wheat", "barley and oats", False),
])
def test_a_term_listed_beside_its_definition_is_no_definition(sentence, term, definition, expected):
    assert m.listed_beside(sentence, term, definition) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    # An apposition read as the definition, run on into the sentence's own verb.
    ("the warm winds of the coast, blow mostly in spring", True),
    ("the bright stars of the south, shine through the winter", True),
    # A participle or an adjective after the comma belongs to the definition.
    ("a metal, found in many rocks", False),
    ("a tax on goods, paid at the border", False),
    ("a small mammal, common in woods", False),
])
def test_a_definition_that_runs_into_the_sentences_verb(definition, expected):
    assert m.runs_into_predicate(definition) is expected
    if expected:
        assert not g.usable_definition(definition)  # never offered nor quoted as a definition
