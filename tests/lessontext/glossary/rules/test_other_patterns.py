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


_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The treaty also provides for snap visits, in which either side may ask to see any base at a day's"
                     " notice.", "Snap visits", "Visits in which either side may ask to see any base at a day's notice.",
                     id="object-of-a-verb"),
        pytest.param("Later treaties added annual data returns, in which each party listed the number, type and place "
                     "of its ships, and notices of every move.", "Annual data returns",
                     "Returns in which each party listed the number, type and place of its ships.",
                     id="the-main-clause-list-goes-on-after-the-relative"),
        # test-cy, both raters missed the place-value system: a capitalised modifier on a lower-case head
        pytest.param("Its chapters show how to write numbers in the Hindu-Arabic system, in which the value of a digit "
                     "depends on its place, and how to add with them.", "Hindu-Arabic system",
                     "A system in which the value of a digit depends on its place.",
                     id="a-capitalised-modifier-on-a-lower-case-head"),
    ],
)
def test_a_compound_in_running_text_glossed_by_in_which(body, term, definition):
    assert glossary(f"{body} {_PLAIN}").get(term, ("", ""))[1] == definition


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Both are forms of harbour pilotage, in which a local pilot boards the ship.", id="after-of"),
        pytest.param("It is a room staffed by liaison officers, through which messages are passed.", id="after-by"),
        pytest.param("A strict separation, in which each branch works alone, would be neither safe nor wise.",
                     id="the-main-verb-after-the-relative"),
        pytest.param("Regional harbour networks, in which ports exchange pilots and charts.", id="a-list-item"),
    ],
)
def test_a_relative_that_may_belong_elsewhere_is_not_a_gloss(body):
    from lessontext.document import parse_document
    from lessontext.glossary.extract import collect_candidates
    from lessontext.glossary.rules.other_patterns import PHRASE_IN_WHICH

    candidates, _context = collect_candidates(parse_document(f"# Lesson\n\n{body}\n"), [PHRASE_IN_WHICH])
    assert candidates == []


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The buy price is used when the shop buys tickets back from you.", "Used", None,
                     id="everyday-participle-is-a-passive"),
        pytest.param("A fee is paid if the parcel arrives late.", "Paid", None, id="paid-is-a-passive"),
        pytest.param("A solution is saturated when no more solute will dissolve at that temperature.", "Saturated",
                     "Said of a solution when no more solute will dissolve at that temperature.",
                     id="a-rarer-participle-is-an-adjective"),
    ],
)
def test_an_everyday_participle_is_no_adjective_defined_by_its_condition(body, term, definition):
    assert glossary(f"Prices change often. {body}").get(term, ("", None))[1] == definition


@pytest.mark.parametrize(("body", "term", "definition"), [
    ("The treaty included a most-favoured-nation clause, under which any privilege China granted to another power"
     " would automatically extend to Britain.",
     "Most-favoured-nation clause",
     "A clause under which any privilege China granted to another power would automatically extend to Britain."),
    # The noun ends a participle's phrase after a comma: the relative belongs to the noun the participle describes.
    ("He turned to realist drama, plays written in everyday prose and set in ordinary middle-class homes, in which"
     " social problems are shown through the private lives of believable characters.",
     "Ordinary middle-class homes", None),
    ("Neutrality is a legal status, usually defined in relation to a particular war, under which a state abstains"
     " from the fighting.", "Particular war", None),
])
def test_a_compound_noun_by_its_in_which_clause_unless_it_ends_a_participle_phrase(body, term, definition):
    found = glossary(body)
    if definition:
        assert found[term] == ("defined", definition)
    else:
        assert term not in found, found[term]
