"""Essay shapes: a subject's "meaning" aside, "this <mass noun>" after a general use, and the essay gates."""

from __future__ import annotations

import pytest

from lessontext.glossary.essay_gates import adjective_only, qualified_genus_colon, serial_tail
from lessontext.glossary.mass_pointer import MASS_POINTER_EXAMPLES, this_mass_noun
from lessontext.glossary.subject_aside import ASIDE_EXAMPLES, aside_example, possessive_subject
from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(("sentence", "term", "expected"), ASIDE_EXAMPLES)
def test_aside_gloss(sentence, term, expected):
    assert aside_example(sentence, term) == expected


def test_possessive_subject_keeps_the_owner_that_opens_the_sentence():
    sentence = "Members' rights, meaning the claims a member may make, are set out in the rules."
    assert possessive_subject(sentence, "rights", sentence.index("rights")) == "Members' rights"
    sentence = "The club protects rights, meaning the claims a member may make."
    assert possessive_subject(sentence, "rights", sentence.index("rights")) == "rights"


@pytest.mark.parametrize(("definition", "previous", "expected"), MASS_POINTER_EXAMPLES)
def test_this_mass_noun(definition, previous, expected):
    assert this_mass_noun(definition, previous) == expected


def test_an_essay_opening_defines_its_concept_by_pointing_back():
    found = glossary("A lighthouse keeper gathers more information than any ship can see. A coastal beacon network "
                     "is a chain of radio stations that lets ships share this information without voice calls.")
    assert found["Coastal beacon network"][1] == ("A chain of radio stations that lets ships share information "
                                                  "without voice calls.")


def test_a_subject_glossed_in_passing_is_defined_by_its_aside():
    found = glossary("Burden sharing, meaning the division of a common defence's cost among allies, has long divided "
                     "the alliance.")
    assert found["Burden sharing"][1] == "The division of a common defence's cost among allies."


def test_a_consequence_after_meaning_is_no_aside():
    found = glossary("The bank raised its interest rates, meaning the price of loans went up for everyone.")
    assert not any("price of loans" in definition for _, definition in found.values())


def test_essay_gates_refuse_list_tails_verdicts_and_qualified_genus_colons():
    assert serial_tail("Air track", "A ground track, a weather report and so on.") is None
    assert adjective_only("Difficulties", "Real as well.") is None
    assert adjective_only("Infant", "Young at birth or soon after.") == "Young at birth or soon after."
    assert qualified_genus_colon("Secrecy", "A recurring worry: a state may fear a leak.") is None


def test_a_verdict_sentence_and_a_listed_item_make_no_entry():
    found = glossary("The benefits of pooling are clear. The difficulties are real as well. Each report may carry a "
                     "position, an air track, a ground track, a weather report and so on.")
    assert "Difficulties" not in found
    assert "Ground track" not in found and "Air track" not in found


def test_a_former_name_is_not_defined_by_the_current_one():
    found = glossary("The UN Harbour Support and Repair Agency, called the UN Harbour Maintenance and Supply Agency until "
                     "1990, has organised repairs for ports since 1950.")
    assert "Supply Agency" not in found
    assert found["UN Harbour Support and Repair Agency"][1] == "An agency that has organised repairs for ports since 1950."


def test_a_name_running_into_a_lower_case_noun_is_not_cut_before_it():
    found = glossary("The Coastal Safety and Rescue panel of the Harbour Science Organization brings national "
                     "researchers together on storms, tides and rescue at sea.")
    assert "Coastal Safety and Rescue" not in found


def test_a_body_created_for_a_purpose_keeps_the_purpose_not_the_aside_after_it():
    found = glossary("On the island, the Harbour Observer Force was created in 1974 by a council resolution to supervise "
                     "the truce between the two ports, which set out a zone of separation and areas where ships are "
                     "limited.")
    assert found["Harbour Observer Force"][1] == ("A force created in 1974 by a council resolution to supervise the "
                                                  "truce between the two ports.")


def test_a_body_made_in_an_aside_then_told_by_it_is_defined_by_its_purpose():
    found = glossary("Among the leagues the river towns formed in the middle ages, the Valley Grain League was the "
                     "weakest. Founded in 1290 and renamed the Valley Trade League, or VTL, in 1320, it was meant to "
                     "keep the price of bread steady between the upper and lower towns.")
    assert found["Valley Grain League"][1] == ("A league meant to keep the price of bread steady between the upper and "
                                               "lower towns.")


def test_an_it_is_a_sentence_after_a_made_aside_is_the_authors_own_definition():
    found = glossary("In 1868 the guilds signed the Loom Masters Pact. Opened to every weaver in 1870, it is a "
                     "pledge between the workshops that set prices and the weavers who sell cloth.")
    assert found["Loom Masters Pact"][1] == ("A pledge between the workshops that set prices and the weavers who "
                                             "sell cloth.")


def test_an_aside_that_tells_a_past_act_still_needs_a_defining_clause():
    found = glossary("In 1868 the guilds signed the Loom Masters Pact. Weakened by quarrels in 1890, it was "
                     "abandoned soon after.")
    assert "Loom Masters Pact" not in found


def test_a_dated_name_is_entered_without_its_year():
    found = glossary("The Harbour Lights Convention of 1884 was the first agreement to set one colour for every "
                     "harbour light on the coast.")
    assert "Harbour Lights Convention of 1884" not in found
    assert found["Harbour Lights Convention"][1] == ("The first agreement to set one colour for every harbour light on "
                                                     "the coast.")
