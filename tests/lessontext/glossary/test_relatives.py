"""A relative join made to read as a definition (lessontext.glossary.relatives)."""

import pytest

from lessontext.glossary.relatives import mend_relatives, participle_then_verb, state_entered, which_as_that


@pytest.mark.parametrize(
    ("definition", "mended"),
    [
        ("The Cold War body, which had restricted Western exports to the Soviet bloc and was dissolved in 1994.",
         "A Cold War body that restricted Western exports to the Soviet bloc and was dissolved in 1994."),
        ("The river authority, which manages the dams along the valley.",
         "A river authority that manages the dams along the valley."),
        ("The old levy, which had begun in 1799 as a wartime measure.",
         "An old levy that began in 1799 as a wartime measure."),
        # One of a kind, a head noun with "of", or a clause that only says what the thing is: left alone.
        ("The first council, which met in 1946.", None),
        ("The largest trading bloc, which sets common tariffs.", None),
        ("The courts of appeal, which hear cases from lower courts.", None),
        ("The north, which is where the name comes from.", None),
        ("The charge, which had been waived for members.", None),
        ("The panel, which advises the board that sets the rules.", None),
    ],
)
def test_a_noun_with_a_which_clause_reads_as_a_definition(definition, mended):
    assert which_as_that(definition) == (mended or definition)


@pytest.mark.parametrize(
    ("definition", "mended"),
    [
        ("A multinational partnership headquartered in Bahrain, created Combined Task Force 151 for counter-piracy.",
         "A multinational partnership headquartered in Bahrain that created Combined Task Force 151 for counter-piracy."),
        ("A regional body based in Vienna, founded the training centre in 2004.",
         "A regional body based in Vienna that founded the training centre in 2004."),
        # A second participle, no object, or a relative already there: left alone.
        ("A museum located in Paris, exhibited in 1900.", None),
        ("A treaty signed in 1990, limited conventional forces.", None),
        ("A group that was based in Geneva, organised the talks.", None),
    ],
)
def test_a_verb_after_a_participle_phrase_takes_its_that(definition, mended):
    assert participle_then_verb(definition) == (mended or definition)


def test_mend_relatives_leaves_a_definition_without_either_join():
    definition = "A body that coordinates relief after earthquakes."
    assert mend_relatives(definition) == definition


@pytest.mark.parametrize(
    ("definition", "mended"),
    [
        ("A treaty entered into force in 2014 that requires its parties to keep national control lists.",
         "A treaty that entered into force in 2014 and requires its parties to keep national control lists."),
        ("A code came into effect in 1804 that replaced the old customary laws.",
         "A code that came into effect in 1804 and replaced the old customary laws."),
        ("A patrol fleet went into service in 1995 that guards the fishing grounds.",
         "A patrol fleet that went into service in 1995 and guards the fishing grounds."),
        ("A treaty that entered into force in 2014, requires its parties to keep national control lists.",
         "A treaty that entered into force in 2014 and requires its parties to keep national control lists."),
        # The "that" clause has its own subject, or the noun already has its relative: left alone.
        ("A rule came into force in 2001 that the parties agreed.", None),
        ("A treaty that entered into force in 2014 and requires reports.", None),
        ("A treaty signed in 2013 that requires reports.", None),
    ],
)
def test_a_verb_of_coming_into_a_state_is_the_nouns_own_verb(definition, mended):
    assert state_entered(definition) == (mended or definition)
