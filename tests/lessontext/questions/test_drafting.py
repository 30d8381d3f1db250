"""Drafting a chosen candidate: where a single-choice key goes."""

import random
from collections import Counter

from lessontext.questions.candidate import Candidate
from lessontext.questions.drafting import to_question
from lessontext.questions.types import QuestionType


def _single(stem: str) -> Candidate:
    return Candidate(type=QuestionType.SINGLE, rule="description_to_term", stem=stem, key="Key",
                     correct=("Key",), distractors=("Other", "Third"), source_anchor="s", source_sentence="S.",
                     explanation="", base=0.6)


def _key_at(stem: str, rng: random.Random, positions: Counter) -> int:
    draft = to_question(_single(stem), rng=rng, positions=positions, checks=(), confidence=0.6)
    return next(i for i, o in enumerate(draft.options) if o.correct)


def test_keys_in_one_quiz_take_each_position_in_turn():
    rng, positions = random.Random(0), Counter()
    assert sorted(_key_at(f"Which of these is item {n}?", rng, positions) for n in range(3)) == [0, 1, 2]


def test_the_first_keys_of_a_courses_quizzes_do_not_all_take_one_letter():
    # Each quiz of a course is drafted with the same seed: the stem, not the seed alone, places its first key
    # (test-cx's raters: five of six keys were option A).
    stems = ["Who wrote that the engine would weave patterns?", "What is meant by alizarin?",
             "Which of these does the text describe as the sticky layer?", "Who made the most influential statement?",
             "What is the purpose of the second?", "Which of these does the text describe as a popping sound?"]
    firsts = [_key_at(stem, random.Random(0), Counter()) for stem in stems]
    assert len(set(firsts)) == 3, firsts
    assert firsts == [_key_at(stem, random.Random(0), Counter()) for stem in stems]  # deterministic
