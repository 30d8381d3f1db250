"""Italic examples of a lesson stay visible as quotations in its items (``questions/quoting.py``)."""

import pytest

from lessontext.document import parse_document
from lessontext.questions.candidate import Candidate
from lessontext.questions.course import build_course
from lessontext.questions.quoting import example_only, italic_examples, quote_candidate, quote_examples
from lessontext.questions.types import QuestionType

EXAMPLES = italic_examples(("Je suis fatigué", "être", "Nous sommes arrivés.", "Homo sapiens",
                            "The letter was posted by Sam", "Sam posted the letter"))


def test_italic_examples_are_phrases_of_three_words_or_more_longest_first():
    assert EXAMPLES == ("The letter was posted by Sam", "Sam posted the letter", "Nous sommes arrivés",
                        "Je suis fatigué")  # not a word set off ("être") nor a two-word name


@pytest.mark.parametrize(("text", "expected"), [
    ("True or false? According to the text, in Je suis fatigué, the verb is avoir.",
     "True or false? According to the text, in “Je suis fatigué”, the verb is avoir."),
    # lower-cased where the stem opens on it; two examples in one sentence
    ("According to the text, the letter was posted by Sam puts the letter first, while Sam posted the letter does not.",
     "According to the text, “the letter was posted by Sam” puts the letter first, while “Sam posted the letter” does not."),
    # inside a quotation the stem opens: single marks
    ("Which of these does the text describe? “Nous sommes arrivés. shows the perfect with être.”",
     "Which of these does the text describe? “‘Nous sommes arrivés’. shows the perfect with être.”"),
    ("Which of these does the text describe? “Je suis fatigué.”", "Which of these does the text describe? “Je suis fatigué.”"),
    ("Which does the text show? “In Sam posted the letter.”", "Which does the text show? “In ‘Sam posted the letter’.”"),
    # the whole text, or the whole of a quotation: already set off
    ("Nous sommes arrivés.", "Nous sommes arrivés."),
    ("Which sentence does the text show? “Je suis fatigué”", "Which sentence does the text show? “Je suis fatigué”"),
    ("Sam posted the letters on Monday.", "Sam posted the letters on Monday."),  # not the example's words
])
def test_quote_examples(text, expected):
    assert quote_examples(text, EXAMPLES) == expected


@pytest.mark.parametrize(("statement", "expected"), [
    ("Formal: Nous sommes arrivés.", True),  # an example with its label: no claim
    ("The letter was posted by Sam.", True),
    ("In Je suis fatigué, the verb is être.", False),
])
def test_example_only(statement, expected):
    assert example_only(statement, EXAMPLES) is expected


LESSON = """# Reported Speech in English

## Changing the tense

When we report what someone said, the verb usually moves one tense back. In *I am tired*, the speaker uses the present, so the report becomes *She said she was tired*. Reporting verbs such as say, tell and explain introduce the report. The word *that* may follow the reporting verb, but it is often left out.

## Changing pronouns and times

Pronouns change to fit the new speaker: *I will call you* becomes *He said he would call me*. Time words shift as well, so *tomorrow* becomes *the next day* and *yesterday* becomes *the day before*. In *We met here last week*, the place word here often becomes there in the report.

## Questions

A reported question uses the order of a statement, not of a question. *Where do you live?* becomes *She asked where I lived*, with no question mark. Yes-no questions are reported with if or whether: *Are you ready?* becomes *He asked if I was ready*.
"""


def _true_false(statement):
    return Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", source_anchor="questions",
                     stem=f"True or false? According to the text, {statement[:1].lower()}{statement[1:]}",
                     statement=statement, source_sentence=statement, explanation="", base=0.5, truth=True)


def test_quote_candidate_quotes_the_stem_statement_and_options_and_refuses_a_bare_example():
    course = build_course(parse_document(LESSON), glossary=(), others=())
    lifted = quote_candidate(_true_false("In We met here last week, the place word here often becomes there."), course)
    assert lifted.stem == ("True or false? According to the text, in “We met here last week”, the place word here "
                           "often becomes there.")
    assert lifted.statement.startswith("In “We met here last week”, the place word")
    choice = Candidate(type=QuestionType.SINGLE, rule="description_to_term", source_anchor="questions",
                       stem="Which rule does the text illustrate with “Where do you live? becomes She asked where I lived”?",
                       correct=("A reported question uses the order of a statement",),
                       distractors=("Are you ready? becomes He asked if I was ready",),
                       source_sentence="", explanation="", base=0.5)
    quoted = quote_candidate(choice, course)
    assert quoted.stem == ("Which rule does the text illustrate with “‘Where do you live?’ becomes ‘She asked where I "
                           "lived’”?")
    assert quoted.distractors == ("“Are you ready?” becomes “He asked if I was ready”",)
    assert quote_candidate(_true_false("He said he would call me."), course) is None  # an example, no claim
