"""Smaller definitional shapes (lessontext.glossary.rules.other_patterns): the bold "in which" rule."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(("body", "term", "definition"), [
    ("Proportional systems lead to **coalition governments**, in which several parties negotiate a shared programme.",
     "Coalition governments", "Governments in which several parties negotiate a shared programme."),
    ("In **contact metamorphism**, rocks are baked by nearby hot magma.",
     "Contact metamorphism", "Metamorphism in which rocks are baked by nearby hot magma."),
    ("In a **closed list** voters choose only a party; in an **open list** voters can influence which candidates "
     "are elected.", "Open list", "A list in which voters can influence which candidates are elected."),
    ("In a **parallel system**, by contrast, the district and list portions are counted separately.",
     "Parallel system", "A system in which the district and list portions are counted separately."),
    ("In **operant conditioning** the learner links a behaviour with its consequence.",
     "Operant conditioning", "Conditioning in which the learner links a behaviour with its consequence."),
])
def test_a_bold_term_by_what_happens_in_it(body, term, definition):
    assert glossary(body).get(term) == ("defined", definition)


@pytest.mark.parametrize(("body", "term"), [
    ("In the **lower course**, the river often floods the wide, flat land on either side.", "Lower course"),
    ("In **alcoholic fermentation**, which is carried out by yeast, pyruvate becomes ethanol.", "Alcoholic fermentation"),
    ("Proportional systems lead to **coalition governments**, in which case voters wait.", "Coalition governments"),
])
def test_a_place_a_relative_or_in_which_case_is_not_a_definition(body, term):
    definition = glossary(body).get(term, ("", ""))[1]
    assert "in which" not in definition


def test_a_setting_whose_clause_defines_another_bold_term_does_not_define_the_setting():
    body = ("Skinner studied **operant conditioning**. In operant conditioning, a **reinforcer** is any consequence "
            "that makes a behaviour more likely to happen again.")
    assert "reinforcer" not in glossary(body).get("Operant conditioning", ("", ""))[1]


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("An algorithm is called in-place if it needs only a small, fixed amount of extra memory.",
                     "In-place", "Said of an algorithm when it needs only a small, fixed amount of extra memory.",
                     id="called-adjective-if"),
        pytest.param("Instead an inductive argument is described as strong when its premises make the conclusion "
                     "highly likely, and weak when they do not.", "Strong",
                     "Said of an inductive argument when its premises make the conclusion highly likely.",
                     id="described-as-adjective-when-its-opposite-cut"),
    ],
)
def test_an_adjective_named_or_described_by_its_condition(body, term, definition):
    assert glossary(body).get(term) == ("defined", definition)
