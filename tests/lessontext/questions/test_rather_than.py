"""Contrast swapped: the two sides of "X rather than Y", keyed False swapped and True as the text has them."""

import pytest

from lessontext.questions.families.rather_than import (
    EXCHANGES,
    as_rather_than,
    first_clause,
    readable_alone,
    swapped,
)
from lessontext.questions.gate import publishable
from lessontext.questions.types import QuestionType

from .test_beyond_recall import passing


@pytest.mark.parametrize("sentence, turned", [
    ("An exchange programme is diplomacy conducted through careers rather than communiqués.",
     "An exchange programme is diplomacy conducted through communiqués rather than careers."),
    ("A force is sustained as a whole rather than as a collection of national camps.",
     "A force is sustained as a collection of national camps rather than as a whole."),
    ("The section forms part of the diplomatic mission rather than a separate military command.",
     "The section forms part of a separate military command rather than the diplomatic mission."),
    ("Soldiers became loyal to their commanders rather than to the state, and Rome changed.",
     "Soldiers became loyal to the state rather than to their commanders, and Rome changed."),
    # The sides are not sure: a verb phrase, a numeral phrase, a comma before, two "rather than"s.
    ("The visitor must carry real responsibility rather than simply observe.", None),
    ("The reaction happens in many small steps rather than one burst.", None),
    ("Pay yourself first, rather than saving whatever is left.", None),
    ("Use careers rather than communiqués and deeds rather than words.", None),
    # One noun for one noun, the first with a modifier: swapped, the modifier lands on the other noun.
    ("Most lenders aim for low and stable interest rather than zero.", None),
    ("Part of the higher price reflects a better service rather than greed.", None),
    # One word for one word with nothing bound to it still swaps.
    ("Recalled memories are replayed rather than reconstructed.",
     "Recalled memories are reconstructed rather than replayed."),
    ("The decision was political rather than technical.",
     "The decision was technical rather than political."),
    # A claim about some cases only: swapped, it may hold of the others (test-k, test-c: a wrong key).
    ("Some measures are about talking rather than watching.", None),
    ("Police forces may be trusted rather than feared.", None),
    ("Some of the oldest systems are run by states rather than by agencies.",
     "Some of the oldest systems are run by agencies rather than by states."),  # a definite set
    # One of two joined words: swapped, "relaxed and stiff" contradicts itself (test-k).
    ("A statue looks relaxed and alive rather than stiff.", None),
    # Two bare noun phrases of two words, modifier and noun each (test-e essays).
    ("Missions are best understood as long-term investments rather than quick fixes.",
     "Missions are best understood as quick fixes rather than long-term investments."),
    ("Serious threats justify military force rather than police action.",
     "Serious threats justify police action rather than military force."),
    # A verb and its object set against a modifier and its noun: no mirror ("geographers raw numbers").
    ("Geographers use rates rather than raw numbers.", None),
    # An adjective before the left side binds to it: swapped, it would land on the other phrase.
    ("Donors fund new short-term projects rather than long-term reforms.", None),
    # "the X of the Y" set against "the Z of the W": the whole phrase, not its last noun (test-k).
    ("Good capacity building follows the needs of the partner country rather than the preferences of the donor.",
     "Good capacity building follows the preferences of the donor rather than the needs of the partner country."),
    # Inside a clause of "when", "whether", "if": the text asserts no contrast there (test-e).
    ("Governments must decide when a threat is serious enough to justify military force rather than police action.",
     None),
    ("Governments must decide whether to use the army rather than the police.", None),
    # A verb of continuing before the contrast becomes "is"/"are": "remains a finished task" reads oddly (test-z).
    ("Reform remains an open question rather than a settled matter.",
     "Reform is a settled matter rather than an open question."),
    ("Old harbours stay ports rather than museums.", "Old harbours are museums rather than ports."),
    # An article that opens a number's fraction is no side's start (test-cb: "fourteen and a permanent peace").
    ("The agreement set a truce of fourteen and a half years rather than a permanent peace.", None),
    ("The treaty fixed a term of 2 and a half years rather than a lasting peace.", None),
    ("The treaty set a half measure rather than a full settlement.",
     "The treaty set a full settlement rather than a half measure."),
    ("Reform remains on the agenda of governments rather than courts.",
     "Reform remains on the agenda of courts rather than governments."),  # not right before the side: kept
    # A noun and a participle are no sides to swap (test-da, both raters: "obtained by distilled rather than expression").
    ("Citrus oils are usually obtained by expression rather than distilled, because heat damages them.", None),
    # What follows names a side: swapped, the sentence contradicts itself (test-db, both raters).
    ("The spoilage came from other strains of mould rather than bacteria, so-called wild moulds.", None),
    ("The spoilage came from other strains of mould rather than bacteria, which thrive in warm cellars.",
     "The spoilage came from other strains of bacteria rather than mould, which thrive in warm cellars."),
])
def test_swapped_turns_the_two_mirrored_sides(sentence, turned):
    result = swapped(sentence)
    assert (result[0] if result else None) == turned


@pytest.mark.parametrize("sentence, alone", [
    ("An exchange programme is diplomacy conducted through careers rather than communiqués.", True),
    ("Soldiers became loyal to their commanders rather than to the state.", True),
    ("Its real purpose is to steer money rather than let it drift.", False),
    ("They speak as acquaintances rather than strangers.", False),
    ("When a crisis arrives, the two speak as acquaintances rather than strangers.", False),
    ("The reasons are mostly political rather than technical.", False),
    ("Officers do not serve as observers rather than as staff.", False),
    ('Say "the narrator claims" rather than "the author thinks".', False),
    ("The pose makes a figure look alive rather than stiff.", False),  # which pose? (test-k)
    ("Comparable measures are about talking rather than watching.", False),  # comparable to what?
])
def test_only_sentences_that_read_alone_are_asked(sentence, alone):
    assert readable_alone(sentence) is alone


def test_the_swap_is_keyed_false_and_the_text_true_both_beyond_recall():
    false = {c.statement: c for c in passing(EXCHANGES, "contrast_swap_false")}
    true = {c.statement: c for c in passing(EXCHANGES, "contrast_statement")}
    swapped_item = false["An exchange programme is diplomacy conducted through communiqués rather than careers."]
    kept = true["An exchange programme is diplomacy conducted through careers rather than communiqués."]
    assert (swapped_item.type, swapped_item.truth, swapped_item.level) == (QuestionType.TRUE_FALSE, False, "understand")
    assert (kept.truth, kept.level) == (True, "understand")
    assert len(false) == len(true) == 3


def test_a_contrast_statement_keyed_true_publishes_only_beside_false_ones():
    rated = {"contrast_statement": (9, 1, 10), "entity_swap_false": (1, 1, 10)}
    assert not publishable("contrast_statement", 0.9, rated)
    assert publishable("contrast_statement", 0.9, {**rated, "contrast_swap_false": (9, 1, 10)})


@pytest.mark.parametrize("sentence, clause", [
    # A second clause opening with a pronoun points to the first clause's subject: the first clause is asked.
    ("Good capacity building follows the needs of the partner rather than the donor, and it pays attention to skills.",
     "Good capacity building follows the needs of the partner rather than the donor."),
    ("These regimes are political commitments rather than treaties, but they shape national lists.",
     "These regimes are political commitments rather than treaties."),
    # The contrast in the second clause, or no pronoun opening it: no first clause to ask.
    ("Exchanges build trust, and they work through careers rather than communiqués.", ""),
    ("Exchanges work through careers rather than communiqués, and officers learn a language.", ""),
])
def test_first_clause_keeps_the_contrast_before_a_pronoun_clause(sentence, clause):
    assert first_clause(sentence) == clause


def test_a_contrast_before_a_pronoun_clause_is_asked_and_its_pointing_subject_is_not():
    lesson = """# Capacity building

## Principles

Good capacity building follows the needs of the partner country rather than the preferences of the donor, and it pays attention to institutions as well as skills.
These regimes are political commitments rather than treaties, but they shape national control lists.
"""
    false = [c.statement for c in passing(lesson, "contrast_swap_false")]
    assert false == ["Good capacity building follows the preferences of the donor rather than the needs of the partner country."]


@pytest.mark.parametrize("sentence, written", [
    # A contrast written with a denial reads as "rather than": "not A but B" is "B rather than A".
    ("Mapping is not a single survey but a continuing task.", "Mapping is a continuing task rather than a single survey."),
    ("Most shipwrecks on the coast were caused not by storms but by fog.",
     "Most shipwrecks on the coast were caused by fog rather than by storms."),
    ("A guild charter is not a law, but a privilege granted by the town.",
     "A guild charter is a privilege granted by the town rather than a law."),
    # "A, but not B" is "A rather than B".
    ("A pledge is a public promise, but not a legal duty.", "A pledge is a public promise rather than a legal duty."),
    # Left alone: "not only ... but also" adds; a denied verb of "do" sets verb phrases; a possibility; a second
    # denial; a second clause after "but"; no denial at all.
    ("A census is not only a count but also a map of needs.", "A census is not only a count but also a map of needs."),
    ("Guilds did not fix prices but set standards.", "Guilds did not fix prices but set standards."),
    ("A charter can not merely list rights but also grant them.", "A charter can not merely list rights but also grant them."),
    ("A pledge is not a law but not a wish either.", "A pledge is not a law but not a wish either."),
    ("Ferries do not run at night, but they run every hour by day.",
     "Ferries do not run at night, but they run every hour by day."),
    ("The bridge is old but sound.", "The bridge is old but sound."),
    # A noun phrase denied, a verb's phrase asserted: no two sides to swap (test-ax, both raters: nonsense).
    ("Grease fires are not a class of their own but need special care because water spreads them.",
     "Grease fires are not a class of their own but need special care because water spreads them."),
])
def test_a_contrast_written_with_a_denial_reads_as_rather_than(sentence, written):
    result, said = as_rather_than(sentence)
    assert result == written
    assert (said in sentence) and bool(said) is (result != sentence)


def test_a_denied_side_set_against_a_stated_one_is_swapped_and_keyed_false():
    lesson = """# Surveys

## Mapping

Mapping the coast is not a single survey but a continuing task.
A harbour pledge is a public promise, but not a legal duty.
"""
    false = sorted(c.statement for c in passing(lesson, "contrast_swap_false"))
    assert false == ["A harbour pledge is a legal duty rather than a public promise.",
                     "Mapping the coast is a single survey rather than a continuing task."]


def test_a_moral_that_sums_up_is_not_swapped():
    lesson = """# Harbours

## Lessons

In conclusion, the harbour towns teach a simple lesson: trade is not a luxury but a necessity.
"""
    assert passing(lesson, "contrast_swap_false") == []
