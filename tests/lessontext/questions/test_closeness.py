"""Options nearest the key first: in meaning, then (when the key would stand out) in length."""

import random

from lessontext.questions.closeness import (
    definition_options,
    key_stands_out,
    length_first,
    nearest_first,
    without_shortest,
)


def test_the_sibling_definition_ranks_before_one_of_another_subject():
    key = "An allele whose effect shows even when only one copy is present"
    pool = ["A simple grid used to plan a garden", "An allele whose effect shows only when two copies are present",
            "A special type of cell division by which gametes are made"]
    rank = nearest_first(key, pool)
    assert sorted(pool, key=rank)[0] == "An allele whose effect shows only when two copies are present"
    assert sorted(pool, key=rank)[-1] == "A simple grid used to plan a garden"


def test_a_given_rank_comes_before_meaning():
    key = "The taking of food into the mouth"
    pool = ["The removal of undigested material from the body", "A tube along which food passes to the stomach"]
    # The caller's rank decides first: here it prefers the tube, though the removal is nearer in meaning.
    rank = nearest_first(key, pool, first=lambda o: 0 if o.startswith("A tube") else 1)
    assert sorted(pool, key=rank)[0].startswith("A tube")


def test_lengths_nearest_the_keys_come_first_then_the_given_rank():
    key = "The energy transferred per unit of charge as the charge moves between two points"  # 14 words
    short, long_ = "The rate of flow of charge", "The rate at which energy is transferred, measured in watts per second"
    rank = length_first(key, lambda o: (0 if o == short else 1,))
    assert sorted([short, long_], key=rank) == [long_, short]
    # Within one step of length, the given rank decides.
    near = "The rate at which energy is transferred in a circuit, measured in watts"
    assert sorted([long_, near], key=length_first(key, lambda o: (0 if o == near else 1,)))[0] == near



# Definitions of one lesson: the key is long, the definitions nearest it in meaning are short.
KEY = "The energy transferred per unit of charge as the charge moves between two points in an electric circuit"
POOL = [
    "The rate of flow of electric charge in a wire",
    "One joule transferred for every coulomb of charge moved",
    "A closed loop through which electric charge can flow",
    "The rate at which energy is transferred by a component, measured in watts, where one watt is one joule per second",
    "A measure of how strongly a component opposes the flow of current in a wire",
]


def test_a_long_key_keeps_its_item_with_options_of_its_length():
    """The nearest definitions are short beside the key, which would be "by far the longest option" and the
    item dropped: the options of its length the pool holds (power, resistance) are offered instead."""
    for seed in range(4):
        options = definition_options(KEY, POOL, random.Random(seed), lambda d: True)
        assert len(options) >= 2, seed
        assert not key_stands_out(KEY, options), options


def test_the_definitions_nearest_the_key_are_offered():
    """Raters asked for the sibling ("swap in the recessive definition") over options of another subject."""
    key = "An allele whose effect shows even when only one copy is present"
    pool = ["A cross that follows a single gene", "A special type of cell division by which gametes are made",
            "A grid used to predict the offspring of a cross", "The molecule that carries the instructions of every living cell",
            "A section of a chromosome that codes for one protein",
            "An allele whose effect shows only when two copies are present",
            "The physical appearance that results from a set of alleles"]
    for seed in range(6):
        options = definition_options(key, pool, random.Random(seed), lambda d: True)
        assert "An allele whose effect shows only when two copies are present" in options
        assert "The physical appearance that results from a set of alleles" in options
        assert "A grid used to predict the offspring of a cross" not in options


def test_the_second_choice_leaves_the_shared_random_state_as_one_choice_would():
    """Other families draw from the same ``rng`` after this one: the second choice must not shift them."""
    chosen = random.Random(0)
    assert len(definition_options(KEY, POOL, chosen, lambda d: True)) >= 2
    once = random.Random(0)
    once.shuffle(list(POOL))  # what one choice draws
    assert chosen.random() == once.random()


def test_a_long_key_keeps_two_siblings_rather_than_three():
    """Three short siblings make a long key stand out; two of them, the shortest left out, do not."""
    key = "A tiny gland at the base of the brain that releases the hormones controlling growth"  # 15 words
    siblings = ["A gland in the neck that controls how fast energy is used",  # 12 words
                "A gland that releases insulin into the blood",  # 8
                "The largest gland in the body"]  # 6
    assert key_stands_out(key, siblings)
    kept = without_shortest(key, siblings)
    assert kept == siblings[:2] and not key_stands_out(key, kept)
    # Never fewer than two: the caller drops the item instead.
    assert len(without_shortest(key, ["A gland", "A small gland", "A gland of the neck"])) == 2
    # Nothing is removed from options the key does not stand out among.
    assert without_shortest("A gland that releases insulin", siblings) == siblings


def test_siblings_of_the_keys_noun_survive_a_long_key():
    key = "A tiny gland at the base of the brain that releases the hormones controlling growth"
    pool = ["A gland in the neck that controls how fast energy is used", "A gland that releases insulin into the blood",
            "The largest gland in the body", "A bag that stores urine"]
    for seed in range(5):
        options = definition_options(key, pool, random.Random(seed), lambda d: True)
        assert len(options) >= 2 and not key_stands_out(key, options), options
        assert all("gland" in o for o in options), options
