"""Partners a false statement refuses: one state under another name, a name the sentence keeps in a
compound, a text for a body that acts, a name the next sentences add to the same claim."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import false_statement as fs
from lessontext.questions.partners import one_state


def _stems(lesson: str, original: str) -> list[str]:
    course = build_course(parse_document(lesson), glossary=(), others=[])
    return [c.statement for m in course.lesson.mentions if m.text == original
            for c in fs.false_statement(m, course, random.Random(0))]


@pytest.mark.parametrize(("name", "other", "same"), [
    ("the Soviet Union", "Russia", True),  # one state at two times
    ("England", "Wales", True),  # two nations of one state
    ("Persia", "Iran", True),
    ("France", "Spain", False),
    ("Finland", "Norway", False),
    ("the USSR", "Ukraine", True),  # a republic it held
    ("Russia", "Ukraine", False),  # two republics are separate states
    ("NATO", "Russia", False),  # not both states
])
def test_one_state_under_two_names(name, other, same):
    assert one_state(name, other) is same


TEA = """# The Tea Trade

## Traders

In 1850 Persia levied a duty on tea from the caravans.
Iran later built its own tea gardens on the Caspian coast.
Egypt bought most of its tea through merchants in Aden.
Mexico grew no tea at all.
"""


def test_a_state_is_not_swapped_for_itself_at_another_time():
    stems = _stems(TEA, "Persia")
    assert stems
    assert not any(s.startswith("In 1850 Iran") for s in stems)


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("Peru drafted the plan, and the council approved a Peru-specific loan.", "Peru", True),
    ("Peru sent troops to the Chile-led mission.", "Chile", False),  # the compound names another
    ("Rebels backed by pro-Peru militias took the port.", "Peru", False),  # nothing left once swapped out
    ("Chile paid for the mission, which stayed Chile-led from the start.", "Chile", True),
    ("Peru drafted the plan with Chile.", "Peru", False),
])
def test_a_name_kept_in_a_hyphenated_compound_is_named_again(sentence, name, expected):
    start = sentence.index(name)
    assert fs.named_again(sentence, start, start + len(name), name) is expected


@pytest.mark.parametrize(("name", "other", "same"), [
    ("Treaty on Coastal Waters", "Regional Fisheries Council", False),  # a text acts not
    ("Regional Fisheries Council", "Convention on Migratory Birds", False),
    ("Treaty on Coastal Waters", "Convention on Migratory Birds", True),  # two texts
    ("Treaty on Coastal Waters", "NATO", False),
    ("World Bank", "International Monetary Fund", True),
])
def test_a_treaty_is_no_body_that_acts(name, other, same):
    assert fs.same_kind_of_body(name, other) is same


CHOIR = """# The Festival Choir

## Singers

Bolivia acted as the host, providing the hall and the largest choir, while Chile sent the orchestra, and Peru and Ecuador supplied further singers.
Colombia was invited to take part as well.
Argentina ran a separate festival in the same year.
Uruguay printed the programmes.
"""


def test_a_name_the_next_sentence_adds_to_the_claim_is_no_false_partner():
    stems = _stems(CHOIR, "Peru")
    assert stems
    assert not any("Colombia and Ecuador" in s for s in stems)  # "Colombia was invited ... as well": half true
    assert any("and Ecuador supplied" in s for s in stems)  # another sibling takes its place


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("Peru, Chile and other states sent ships.", "Peru", True),
    ("Peru, Chile, Bolivia and many others sent ships.", "Peru", True),
    ("Chile, Peru and other states sent ships.", "Peru", True),
    ("Peru and other states sent ships.", "Peru", True),
    ("Peru, Chile and Bolivia sent ships.", "Peru", False),  # a closed list: a swap is refuted
    ("Peru, which others followed, sent ships.", "Peru", False),
])
def test_a_member_of_a_list_left_open_opens_a_set(sentence, name, expected):
    from lessontext.questions.slots import opens_a_set

    assert opens_a_set(sentence, sentence.index(name) + len(name)) is expected
