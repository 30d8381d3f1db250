"""The relative_label rule: bold list terms glossed by ", where", ", when" or ", which" and a plural verb."""

from __future__ import annotations

import pytest

from lessontext.glossary.rules.relative_labels import _definition
from tests.lessontext.glossary.support import glossary

_FORMS = ("Pilot training takes several forms in the air forces of many countries:\n\n"
          "- **Foreign students at partner academies**, where cadets complete their basic training abroad.\n"
          "- **Large combined exercises**, where qualified pilots practise complex missions together.\n"
          "- **Instructor and simulator exchanges**, which spread teaching methods between air forces.\n")


def test_each_glossed_item_of_a_list_is_a_term():
    found = glossary(_FORMS)
    assert found["Large combined exercises"][1] == "Exercises in which qualified pilots practise complex missions together."
    assert found["Instructor and simulator exchanges"][1] == "Exchanges that spread teaching methods between air forces."


def test_a_term_with_a_prepositional_phrase_is_left_out():
    # "where" may belong to the academies, not to the students.
    assert "Foreign students at partner academies" not in glossary(_FORMS)


def test_an_occasion_reads_as_what_occurs_when():
    found = glossary("Air can rise for three main reasons in the weather of the world:\n\n"
                     "- **relief rainfall**, when moist air is forced up over hills;\n"
                     "- **frontal rainfall**, when warm air rises over colder, denser air.\n")
    assert found["Relief rainfall"][1] == "Rainfall that occurs when moist air is forced up over hills."


def test_one_glossed_item_alone_is_an_aside():
    found = glossary("Pilot training takes several forms in the air forces of many countries:\n\n"
                     "- **Large combined exercises**, where qualified pilots practise complex missions together.\n"
                     "- Simulators, which are cheaper to run than aircraft.\n")
    assert "Large combined exercises" not in found


@pytest.mark.parametrize(
    ("term", "relative", "rest"),
    [
        pytest.param("Baltic patrols", "which", "began in 2004 when three states joined", id="a-past-verb-tells-history"),
        pytest.param("Baltic patrol", "which", "has no fighters of its own", id="a-singular-verb-is-comma-labels"),
        pytest.param("Spring exercises", "when", "2004 saw the first", id="a-bare-date"),
        pytest.param("Joint patrols", "where", "these ships meet", id="a-demonstrative"),
    ],
)
def test_no_definition_from_a_history_a_date_or_a_reference_outside(term, relative, rest):
    assert _definition(term, relative, rest) is None
