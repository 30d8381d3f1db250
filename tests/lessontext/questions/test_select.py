"""Quiz assembly: the same candidates give the same quiz, whatever the random stream."""

import random

from lessontext.questions.candidate import Candidate
from lessontext.questions.rules import GLOSSARY_FILL_BLANK
from lessontext.questions.select import choose
from lessontext.questions.types import QuestionType

TERMS = "osmosis granite nebula sonnet tariff enzyme glacier verdict lattice prism mantle".split()


def blank(n: int, base: float = 0.6) -> Candidate:
    term = TERMS[n]
    sentence = f"The {term} changes slowly in part {n}."
    return Candidate(type=QuestionType.FILL_BLANK, rule=GLOSSARY_FILL_BLANK, stem=sentence.replace(term, "_____"),
                     source_anchor=f"s{n}", source_sentence=sentence, explanation=sentence, base=base, key=term,
                     answers=(term,))


def test_the_choice_does_not_depend_on_the_random_stream():
    pool = [blank(i) for i in range(8)]
    first = choose(pool, rng=random.Random(0), target=4)
    for seed in (1, 2, 3):
        assert choose(pool, rng=random.Random(seed), target=4) == first


def test_adding_a_candidate_that_is_not_chosen_changes_nothing():
    pool = [blank(i) for i in range(8)]
    first = choose(pool, rng=random.Random(0), target=4)
    weak = blank(9, base=0.51)
    assert choose([*pool, weak], rng=random.Random(0), target=4) == first



def test_equal_scores_go_to_the_candidate_generated_first():
    pool = [blank(i) for i in range(8)]
    assert choose(pool, rng=random.Random(0), target=2) == pool[:2]
    assert choose(pool[::-1], rng=random.Random(0), target=2) == pool[::-1][:2]
