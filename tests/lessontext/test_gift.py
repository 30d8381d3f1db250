"""Moodle GIFT: hand-written samples of every supported type, errors with line numbers, round trips."""

import pytest

from lessontext.gift import (
    BLANK,
    ERROR_NO_CORRECT,
    ERROR_UNCLOSED,
    SKIP_ESSAY,
    SKIP_NUMERICAL,
    GiftAnswer,
    GiftQuestion,
    parse_gift,
    write_gift,
)
from lessontext.vocabulary import QuestionType

SAMPLE = r"""// A comment line is ignored.
$CATEGORY: $course$/Astronomy

::Largest::Which planet is the largest? {
  =Jupiter#Yes: it is more than twice as massive as the others together.
  ~Mars#No, Mars is small.
  ~Venus
  ####Jupiter is a gas giant.
}

::Gases::[markdown]Which of these are gases at room temperature?
{~%50%Oxygen ~%50%Nitrogen ~%-100%Iron}

Mars is the red planet.{T#It is red.#Right.}

Plants make food by {=photosynthesis =photo-synthesis} in their leaves.

Who wrote the 95 theses? {=Martin Luther =Luther}

Match each description with its planet. {
  =The red planet -> Mars
  =The ringed giant -> Saturn
  =Our home -> Earth
}

Escapes\: a \{brace\}, a \~tilde, an \=equals and a \# hash? {=yes\: really ~no}

// Unsupported items:
Write an essay about Mars. {}

When was the Moon landing? {#1969:0}
"""


@pytest.fixture(scope="module")
def result():
    return parse_gift(SAMPLE)


def test_every_supported_type_is_read(result):
    assert not result.errors
    kinds = [q.type for q in result.questions]
    assert kinds == [QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.FILL_BLANK,
                     QuestionType.FILL_BLANK, QuestionType.MATCHING, QuestionType.SINGLE]


def test_choice_answers_feedback_title_and_category(result):
    largest = result.questions[0]
    assert (largest.title, largest.stem, largest.category) == ("Largest", "Which planet is the largest?", "$course$/Astronomy")
    assert [(a.text, a.correct) for a in largest.answers] == [("Jupiter", True), ("Mars", False), ("Venus", False)]
    assert largest.answers[0].feedback.startswith("Yes: it is more than")
    assert largest.feedback == "Jupiter is a gas giant."
    assert largest.line == 4  # where the question starts


def test_weights_multi_line_and_format_markers(result):
    gases = result.questions[1]
    assert gases.stem == "Which of these are gases at room temperature?"
    assert [(a.text, a.correct) for a in gases.answers] == [("Oxygen", True), ("Nitrogen", True), ("Iron", False)]


def test_true_false_feedback(result):
    red = result.questions[2]
    assert [(a.text, a.correct, a.feedback) for a in red.answers] == [("True", True, "Right."), ("False", False, "It is red.")]


def test_short_answers_in_mid_sentence_and_at_the_end(result):
    plants, theses = result.questions[3], result.questions[4]
    assert plants.stem == f"Plants make food by {BLANK} in their leaves."
    assert [a.text for a in plants.answers] == ["photosynthesis", "photo-synthesis"]
    assert theses.stem == f"Who wrote the 95 theses? {BLANK}"


def test_matching_pairs(result):
    assert [(a.text, a.match) for a in result.questions[5].answers] == [
        ("The red planet", "Mars"), ("The ringed giant", "Saturn"), ("Our home", "Earth")]


def test_escapes(result):
    escaped = result.questions[6]
    assert escaped.stem == "Escapes: a {brace}, a ~tilde, an =equals and a # hash?"
    assert [a.text for a in escaped.answers] == ["yes: really", "no"]


def test_unsupported_types_are_skipped_one_message_each(result):
    assert [(s.line, s.message) for s in result.skipped] == [(29, SKIP_ESSAY), (31, SKIP_NUMERICAL)]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Fine? {=yes ~no}\n\nBroken {=a ~b\n", 3, ERROR_UNCLOSED),
        ("\n\nNone right? {~a ~b}\n", 3, ERROR_NO_CORRECT),
    ],
)
def test_malformed_questions_are_errors_with_their_line(text, line, message):
    result = parse_gift(text)
    assert [(e.line, e.message) for e in result.errors] == [(line, message)]


def q(kind, stem, answers, **extra):
    return GiftQuestion(kind, stem, tuple(answers), **extra)


ROUND_TRIP = [
    q(QuestionType.SINGLE, "Which planet is the largest?", [GiftAnswer("Jupiter", True, feedback="Yes."),
      GiftAnswer("Mars", False)], title="Largest", feedback="A gas giant.", category="Astronomy"),
    q(QuestionType.MULTIPLE, "Which are gases?", [GiftAnswer("Oxygen", True), GiftAnswer("Nitrogen", True),
      GiftAnswer("Neon", True), GiftAnswer("Iron", False)], category="Astronomy"),
    q(QuestionType.TRUE_FALSE, "Mars is red.", [GiftAnswer("True", False, feedback="No"), GiftAnswer("False", True)],
      category="Chemistry"),
    q(QuestionType.FILL_BLANK, f"Plants make food by {BLANK} in leaves.", [GiftAnswer("photosynthesis", True)],
      category="Chemistry"),
    q(QuestionType.FILL_BLANK, f"Plants make food by {BLANK}.", [GiftAnswer("photosynthesis", True)],
      category="Chemistry"),
    q(QuestionType.FILL_BLANK, f"Who wrote it? {BLANK}", [GiftAnswer("Luther", True), GiftAnswer("Martin Luther", True)],
      category="Chemistry"),
    q(QuestionType.MATCHING, "Match them.", [GiftAnswer("Red", True, match="Mars"), GiftAnswer("Rings", True, match="Saturn"),
      GiftAnswer("Home", True, match="Earth")], category="Chemistry"),
    q(QuestionType.SINGLE, "Odd: {braces}, ~tilde, =equals, #hash, a: colon, back\\slash?",
      [GiftAnswer("a=b", True), GiftAnswer("c~d", False)], category="Chemistry"),
]


def test_writing_then_reading_gives_the_same_questions():
    text = write_gift(ROUND_TRIP)
    result = parse_gift(text)
    assert not result.errors and not result.skipped
    assert [(x.type, x.stem, x.answers, x.title, x.feedback, x.category) for x in result.questions] == [
        (x.type, x.stem, x.answers, x.title, x.feedback, x.category) for x in ROUND_TRIP]
    assert text.count("$CATEGORY:") == 2
