"""dated_subject: an instrument named with its date, defined by what it did, with its year and parties."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(
    ("body", "term", "expected"),
    [
        pytest.param("The Three-Port Treaty of 4 March 1821, between Arland, Belmark and Cossia, bound the parties to "
                     "open their harbours to one another's fishing boats.", "Three-Port Treaty",
                     "A treaty of 1821 between Arland, Belmark and Cossia that bound the parties to open the parties' "
                     "harbours to one another's fishing boats.", id="day-month-year-and-parties"),
        pytest.param("The Lowland Grazing Agreement of 1902, signed when the drought ended, limited every farm to forty "
                     "sheep on the common.", "Lowland Grazing Agreement",
                     "An agreement of 1902 that limited every farm to forty sheep on the common.", id="year-and-aside"),
        pytest.param("The Harbour Accord of June 1931 obliged the river towns to share the cost of dredging.",
                     "Harbour Accord", "An accord of 1931 that obliged the river towns to share the cost of dredging.",
                     id="month-year"),
    ],
)
def test_a_dated_instrument_is_defined_with_its_year_and_parties(body, term, expected):
    found = glossary(body)
    assert found[term][1] == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Accord of 1931 bound them to that promise for twenty years.",
        "The Harbour Accord of 12 May 1931, between Arland and Belmark, bound those towns to it.",
    ],
)
def test_a_dated_name_whose_predicate_leans_on_the_sentence_before_is_no_entry(body):
    assert "Harbour Accord" not in glossary(body)
