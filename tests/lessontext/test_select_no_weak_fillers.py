"""Assembly: places left or freed are not filled with rules raters rated weakly (dev-r2); fewer items is fine."""

import random
from dataclasses import replace

import pytest

from lessontext.questions.candidate import Candidate
from lessontext.questions.rules import (
    APPLY_FORMULA,
    CONTRAST_SWAP_FALSE,
    ENTITY_SWAP_FALSE,
    GLOSSARY_FILL_BLANK,
    NEGATION_DROPPED_FALSE,
    TRUE_STATEMENT,
)
from lessontext.questions.select import MAX_PER_RULE, choose, choose_with_spares, is_number_item, spare_falses
from lessontext.questions.types import QuestionType

# A retired rule (rules.RETIRED): stored questions still carry it, and select still weighs it.
ENTITY_FILL_BLANK = "entity_fill_blank"

WORDS = "osmosis granite nebula sonnet tariff enzyme glacier verdict lattice prism".split()


def item(n, rule, base, type_=QuestionType.FILL_BLANK, truth=None):
    word = WORDS[n]
    sentence = f"The text says {word} matters in part {n}."
    return Candidate(type=type_, rule=rule, stem=f"The text says _____ matters in part {n}.", source_anchor=f"s{n}",
                     source_sentence=sentence, explanation=sentence, base=base, key=word, answers=(word,), truth=truth,
                     statement=sentence if type_ is QuestionType.TRUE_FALSE else "")


def test_drafts_of_weak_rules_do_not_fill_a_short_quiz():
    good = [item(i, GLOSSARY_FILL_BLANK, 0.7) for i in range(2)]
    draft_fill = item(5, ENTITY_FILL_BLANK, 0.4)
    weak = [item(6, TRUE_STATEMENT, 0.45, QuestionType.TRUE_FALSE, True),
            item(7, ENTITY_SWAP_FALSE, 0.45, QuestionType.TRUE_FALSE, False)]
    chosen = choose([*good, draft_fill, *weak], rng=random.Random(0), target=6)
    assert draft_fill in chosen
    assert not {c.rule for c in chosen} & {TRUE_STATEMENT, ENTITY_SWAP_FALSE}


def test_a_place_freed_by_an_unpaired_false_is_not_refilled_with_a_true_statement():
    # A guard: the refill already admitted no lone True (a True needs a False before it); NO_FILLERS keeps it so.
    good = [item(i, GLOSSARY_FILL_BLANK if i % 2 else ENTITY_FILL_BLANK, 0.7) for i in range(4)]
    lone_false = item(8, ENTITY_SWAP_FALSE, 0.6, QuestionType.TRUE_FALSE, False)
    # A near twin of the False: it cannot join beside it, only into the place the False frees.
    spare_true = replace(item(9, TRUE_STATEMENT, 0.55, QuestionType.TRUE_FALSE, True),
                         statement=lone_false.statement.replace("lattice", "lattices"))
    chosen, spare = choose_with_spares([*good, lone_false, spare_true], rng=random.Random(0), target=6)
    assert lone_false not in chosen and spare_true not in chosen
    # Nor does it wait as a spare: it lost its place to the False, not to the pairing of keys.
    assert spare == []


def test_a_computation_on_fresh_numbers_is_not_capped_as_a_number_to_recall():
    computed = replace(item(0, APPLY_FORMULA, 0.6, QuestionType.SINGLE), key="0.12 mol/L", level="apply")
    recalled = replace(item(1, ENTITY_FILL_BLANK, 0.6), key="0.12 mol/L", answers=("0.12 mol/L",))
    assert not is_number_item(computed)
    assert is_number_item(recalled)


def test_a_true_statement_no_false_pairs_waits_as_a_spare_for_the_course():
    """A quiz keeps its true/false keys paired; a True no False pairs is a spare, and the course decides
    (``balance.balance_course``): per lesson, thin essays that each kept one made their courses 63-83% True
    (test-k, test-h, dev), while a quiz allowed none dropped Trues raters accepted (test-l)."""
    facts = ["Granite cools slowly deep underground.", "Tariffs raise the price of imports.",
             "Every enzyme speeds up one reaction.", "A verdict ends the trial at last.",
             "A prism bends each colour by its own angle."]
    trues = [replace(item(i, TRUE_STATEMENT, 0.6, QuestionType.TRUE_FALSE, True), statement=facts[i - 5])
             for i in (5, 6, 7, 9)]
    cap = MAX_PER_RULE[TRUE_STATEMENT]
    assert cap < len(trues)
    chosen, spare = choose_with_spares(trues, rng=random.Random(0), target=8)
    # MAX_PER_RULE holds for spares too.
    assert chosen == [] and spare == trues[:cap]
    thin = [item(i, GLOSSARY_FILL_BLANK, 0.7) for i in range(2)]
    chosen, spare = choose_with_spares([*thin, *trues], rng=random.Random(0), target=8)
    assert chosen == thin and len(spare) == cap and set(spare) < set(trues)
    full = [item(i, GLOSSARY_FILL_BLANK, 0.7) for i in range(4)]
    false = replace(item(8, ENTITY_SWAP_FALSE, 0.6, QuestionType.TRUE_FALSE, False), statement=facts[3])
    chosen, spare = choose_with_spares([*full, *trues, false], rng=random.Random(0), target=8)
    assert sum(1 for c in chosen if c.rule == TRUE_STATEMENT) == 1 and false in chosen
    assert len(spare) == cap - 1 and set(spare) < set(trues) and not set(spare) & set(chosen)


def test_a_spare_fits_the_quiz_as_it_is():
    """No spare beyond the quiz's size, nor one that asks about a sentence the quiz asks about."""
    facts = ["Granite cools slowly deep underground.", "Tariffs raise the price of imports."]
    trues = [replace(item(i, TRUE_STATEMENT, 0.6, QuestionType.TRUE_FALSE, True), statement=facts[i - 5])
             for i in (5, 6)]
    full = [item(i, GLOSSARY_FILL_BLANK if i % 2 else ENTITY_FILL_BLANK, 0.7) for i in range(4)]
    assert choose_with_spares([*full, *trues], rng=random.Random(0), target=4) == (full, [])
    same_sentence = replace(trues[0], source_sentence=full[0].source_sentence)
    assert choose_with_spares([*full, same_sentence], rng=random.Random(0), target=8) == (full, [])
    weak = replace(trues[1], base=0.45)
    assert choose_with_spares([*full, weak], rng=random.Random(0), target=8) == (full, [])


# Made-up statements keyed False, each on its own sentence of the lesson.
DENIED = ["A glacier never moves downhill.", "Sonnets have no fixed number of lines.",
          "An enzyme is used up by the reaction it speeds."]


def a_false(n, rule=NEGATION_DROPPED_FALSE, base=0.56, sentence=None):
    c = replace(item(n, rule, base, QuestionType.TRUE_FALSE, False), statement=DENIED[n % 3])
    return replace(c, source_sentence=sentence) if sentence else c


@pytest.mark.parametrize(("falses", "target", "waits"), [
    # A lesson with no True to pair its False: the False waits for the course to pair it.
    pytest.param([a_false(6)], 8, [0], id="waits"),
    # Two of them wait, in the order the quiz would take them.
    pytest.param([a_false(6), a_false(7, CONTRAST_SWAP_FALSE, 0.58)], 8, [1, 0], id="two-wait-in-order"),
    # A swapped entity (rated weakly, ``NO_FILLERS``) may win its own place, never wait for the pairing's.
    pytest.param([a_false(6, ENTITY_SWAP_FALSE, 0.6)], 8, [], id="weak-rule-does-not-wait"),
    # A draft (softened below the publishing cut) does not wait either.
    pytest.param([a_false(6, base=0.45)], 8, [], id="draft-does-not-wait"),
    # Nor one on a sentence the quiz asks about already.
    pytest.param([a_false(6, sentence="The text says osmosis matters in part 0.")], 8, [], id="sentence-taken"),
])
def test_a_false_no_true_pairs_waits_as_a_spare(falses, target, waits):
    """A lesson's quiz keeps its keys paired: a well-rated False with no True to pair it is dropped from
    the quiz, and waits beside the spare Trues for the course (``balance.balance_course``)."""
    full = [item(i, GLOSSARY_FILL_BLANK, 0.7) for i in range(4)]
    chosen, spare = choose_with_spares([*full, *falses], rng=random.Random(0), target=target)
    assert chosen == full
    assert spare == [falses[i] for i in waits]


def test_a_spare_false_fits_beside_the_spare_trues():
    """The course may take them all: a False waits only where the quiz's spare Trues leave it room."""
    full = [item(i, GLOSSARY_FILL_BLANK, 0.7) for i in range(4)]
    true = replace(item(5, TRUE_STATEMENT, 0.52, QuestionType.TRUE_FALSE, True), statement="Granite cools slowly.")
    same = a_false(6, sentence=true.source_sentence)
    other = a_false(7)
    assert spare_falses([*full, true, same, other], full, [true], target=8) == [other]
    assert spare_falses([*full, true, other], full, [true], target=5) == []
