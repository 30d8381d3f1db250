"""Definition options that are no definition: a verb first (a fact about the term) or a clause cut short (raters on test-am)."""

import pytest

from lessontext.questions.definition_forms import base_verb_first, opens_with_predicate, usable_definition
from lessontext.questions.meanings import fragment_definition


@pytest.mark.parametrize(("definition", "predicate"), [
    # A plural term's sentence cut after its subject: "Glaciers flow slowly ...", "Antibodies bind ...".
    ("Flow slowly downhill under their own weight", True),
    ("Protect their young in underground burrows", True),
    ("Move into the cell by diffusion", True),
    ("Carry the signal from the eye to the brain", True),
    ("Bind tightly to one antigen only", True),
    # A noun phrase whose head can be a verb: what the thing is.
    ("Form of energy carried by a moving charge", False),
    ("Rise in sea level caused by melting ice", False),
    ("Spread of a disease through a population", False),
    ("Light that the human eye can detect", False),
    ("Sounds that can change the meaning of a word", False),
])
def test_opens_with_predicate(definition, predicate):
    assert opens_with_predicate(definition) is predicate
    assert usable_definition(definition) is not predicate


def test_base_verb_first_reads_the_first_two_words_only():
    assert base_verb_first("flow", "slowly")
    assert not base_verb_first("flow", "of")
    assert not base_verb_first("light", "that")  # an adjective too: "light" of "light waves"


@pytest.mark.parametrize(("definition", "garbled"), [
    # A place put first ("at its foot lies the village") and the clause cut before its subject.
    ("A wide sandy plain that at its edge lies", True),
    ("A small square that in the middle stands", True),
    # The clause goes on to what it says, or its verb is no verb of position.
    ("A gas that at room temperature is colourless and has no smell", False),
    ("A long hall that in winter served as the main room", False),
    ("A narrow channel that at high tide fills", False),
])
def test_a_clause_cut_before_its_subject_is_no_definition(definition, garbled):
    assert fragment_definition(definition) is garbled
    assert usable_definition(definition) is not garbled
