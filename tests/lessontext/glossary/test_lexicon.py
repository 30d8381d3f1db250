"""The lexicon's kind heads: the head noun of a capitalised name says what kind of thing it names."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(
    ("body", "term", "kind"),
    [
        pytest.param("The Harbour Safety Regime limits the spread of unsafe ships between member ports.",
                     "Harbour Safety Regime", "programme", id="a-regime"),
        pytest.param("The Harbour Suppliers Group harmonises controls on ship parts among its members.",
                     "Harbour Suppliers Group", "organisation", id="a-group"),
    ],
)
def test_a_standing_body_or_an_agreed_instrument_has_its_kind(body, term, kind):
    assert glossary(body)[term][0] == kind


def test_a_lower_case_kind_after_a_name_is_part_of_the_name():
    found = glossary("The Nordic Harbour Cooperation framework, established in 2009, has supported joint training "
                     "and shared surveillance data.")
    assert found["Nordic Harbour Cooperation framework"][1] == (
        "A framework that has supported joint training and shared surveillance data.")
