"""General English opposites and the sense each must have to be turned."""

import pytest

from lessontext.questions.families.reversal import turned_round


@pytest.mark.parametrize(("sentence", "turned"), [
    ("Secondary succession is much faster than primary succession.",
     "Secondary succession is much slower than primary succession."),
    ("The pressure in veins is much lower, so their walls are thinner.",
     "The pressure in veins is much higher, so their walls are thinner."),
    ("Stones become smaller and more rounded as they travel downstream.",
     "Stones become larger and more rounded as they travel downstream."),
    ("The principle of proportionality forbids attacks that cause excessive harm.",
     "The principle of proportionality permits attacks that cause excessive harm."),
    ("Ordinary citizens were forbidden to travel abroad.", "Ordinary citizens were permitted to travel abroad."),
    ("An offer becomes binding as soon as it is accepted.", "An offer becomes non-binding as soon as it is accepted."),
    ("Resolutions of the assembly are non-binding.", "Resolutions of the assembly are binding."),
    # A legal status before its noun, and "legally binding" after a verb of being, turned whole.
    ("The harbour code sets legally binding limits on speed.", "The harbour code sets non-binding limits on speed."),
    ("The guilds agreed a non-binding list of fair prices.", "The guilds agreed a binding list of fair prices."),
    ("The charter of the river towns is politically binding.", "The charter of the river towns is legally binding."),
    ("Rulings of the court are legally binding on all members.", "Rulings of the court are non-binding on all members."),
    ("Schooling became compulsory for all children.", "Schooling became voluntary for all children."),
    # Comparatives of measure, in the compared sense; "earlier"/"later" before "than" only.
    ("The northern trench is deeper than the southern one.", "The northern trench is shallower than the southern one."),
    ("Granite is much older than the basalt above it.", "Granite is much younger than the basalt above it."),
    ("Summers in the valley became hotter.", "Summers in the valley became colder."),
    ("Iron is heavier than aluminium.", "Iron is lighter than aluminium."),
    ("The winter route is longer than the summer one.", "The winter route is shorter than the summer one."),
    ("The eastern walls were built earlier than the western gate.",
     "The eastern walls were built later than the western gate."),
    ("Farmers made increasing use of iron ploughs.", "Farmers made decreasing use of iron ploughs."),
    ("On the far side the pressure falls sharply.", "On the far side the pressure rises sharply."),
])
def test_a_general_opposite_in_its_sense_is_turned(sentence, turned):
    assert turned_round(sentence, sentence) == turned


@pytest.mark.parametrize("sentence", [
    "Higher education expanded in the nineteenth century.",  # a name, not a comparison
    "The lower house passes the budget.",
    "In operant conditioning the behaviour is voluntary.",  # "voluntary" also means willed: not turned
    "Compulsory subjects fill the timetable.",  # a label, not a status said of the subject
    "Mast cells release chemicals such as histamine.",  # verbs of exchange are not turned
    "Mountains rise and oceans open.",  # nor bare verbs of change
    "Displacement can be smaller than distance.",  # a possibility: "can be larger" is not denied
    "An attaché can sometimes clarify an intention faster than a formal channel.",
    "Check your understanding: explain why a burned forest recovers faster than a lava flow.",  # a prompt
    "Exports grew faster than imports, and prices were higher than wages.",  # two words in their sense
    "The fort was later renamed after its founder.",  # "later" says when, not which came first
    "Older pupils sit at the back.",  # a label, not a comparison
    "Appeals take longer than first hearings.",  # an adverb: "take shorter" is no English
    "A fence reduces the number of stray animals.",  # "reduces" is not turned: a good or a harm, by common sense
    "Wages have increased by 4 per cent.",  # a change by a stated amount: a calculation's step
    "Ferries are often shorter, sometimes as short as ten minutes.",  # the rest refutes the turn
    "The binding of a book protects its pages.",  # bare "binding" before a noun: another sense
    "The old doctor falls ill after a terrible shock.",  # an idiom: "rises ill" is no English
    "The general rises to power after the coup.",
    # In a relative clause of what a possibility speaks of: "can issue non-binding ones" is not denied.
    "The court can issue rulings that are legally binding on all members.",
])
def test_no_turn_outside_the_pairs_sense(sentence):
    assert turned_round(sentence, sentence) is None


def test_no_turn_when_the_lesson_writes_any_form_of_the_opposite():
    sentence = "The pressure in veins is much lower."
    assert turned_round(sentence, sentence + " Arteries carry blood at the highest pressure.") is None
    sentence = "Resolutions of the assembly are non-binding."
    assert turned_round(sentence, sentence + " Its treaties are binding.") is None
    assert turned_round("Treaties are binding.", "Treaties are binding.") == "Treaties are non-binding."
