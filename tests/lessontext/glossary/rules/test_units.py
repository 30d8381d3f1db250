"""The unit_measured rule: a unit brought in with its symbol after the quantity it measures."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("Loudness is usually given in sones (so), where 1 so is the loudness of a quiet tone at a set "
                     "pitch.", {"Sones": ("defined", "A unit of loudness (so): 1 so is the loudness of a quiet tone at a "
                                                    "set pitch.")}, (), id="quantity-symbol-and-size"),
        pytest.param("Pressure is defined as the force on each square metre. It is measured in pascals (Pa).",
                     {"Pascals": ("defined", "A unit of pressure (Pa).")}, (), id="it-is-the-subject-before"),
        pytest.param("Wave speed is measured in metres per second (m/s) in most textbooks.",
                     {"Metre per second": ("defined", "A unit of wave speed (m/s).")}, (), id="counted-before-per"),
        pytest.param("It is measured in coulombs (C).", {}, ("Coulomb",), id="nothing-names-it"),
        pytest.param("Charge is measured in coulombs, like the other quantities of the lesson.", {}, ("Coulomb",),
                     id="no-symbol-no-introduction"),
    ],
)
def test_a_unit_is_defined_by_the_quantity_it_measures(body, expected, absent):
    # (The entry keeps the form the lesson wrote, "pascals"; the rule's candidate is the singular.)
    check(body, expected, absent)
