"""The named_relative rule: a treaty, act or body named mid-sentence and explained by the aside after it."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("In 1710 the assembly passed the Bridge Tolls Act, which made every carter pay a penny at the "
                     "gate.", {"Bridge Tolls Act": ("programme", "An act that made every carter pay a penny at the "
                                                                 "gate.")}, (), id="which-clause"),
        pytest.param("Parliament passed the Corn Stores Act in 1790, which required each parish to keep a "
                     "granary.", {"Corn Stores Act": ("programme", "An act of 1790 that required each parish to keep "
                                                                  "a granary.")}, (), id="year-dates-the-act"),
        pytest.param("The two cities signed the Treaty of Marrow, opening their markets to each other's "
                     "weavers.", {"Treaty of Marrow": ("programme", "A treaty opening their markets to each other's "
                                                                    "weavers.")}, (), id="participle-after-making"),
        pytest.param("In 1714 the council passed the Lantern Act, offering up to £20,000 for a lamp that burned all "
                     "night, and a board was set up to judge.",
                     {"Lantern Act": ("programme", "An act offering up to £20,000 for a lamp that burned all night.")},
                     (), id="participle-keeps-a-figure-whole"),
        pytest.param("In 1800 they visited the Treaty of Marrow Hall, opening the markets.", {}, ("Treaty of Marrow Hall",),
                     id="participle-after-another-act"),
        pytest.param("Trade stopped during the Salt Tax Rebellion, which began in 1620.", {},
                     ("Salt Tax Rebellion",), id="an-event-only-dated"),
        pytest.param("Clause 4 of the Harbour Charter, which sets the fees, is read aloud.", {}, ("Harbour Charter",),
                     id="inside-an-of-phrase"),
        pytest.param("They rested at the Vale Inn, which served soup to every traveller on the road.", {},
                     ("Vale Inn",), id="a-place-is-not-an-instrument"),
        pytest.param("The alliance was renewed by the Treaty of Marrow of April 1826, in which each city promised to "
                     "send grain if the other were besieged.",
                     {"Treaty of Marrow": ("programme", "A treaty of 1826 in which each city promised to send grain if "
                                                        "the other were besieged.")}, (), id="in-which-clause-dated"),
        pytest.param("The plan found little support, and the Harbour Declaration of March 1891, which promised two "
                     "gunboats to guard the estuary, soon faded.",
                     {"Harbour Declaration": ("programme", "A declaration of 1891 that promised two gunboats to guard "
                                                           "the estuary.")}, (), id="the-main-verb-resumes-after-the-aside"),
        pytest.param("The mills worked under the Weavers Charter, under which every guild elected two wardens.",
                     {"Weavers Charter": ("defined", "A charter under which every guild elected two wardens.")}, (),
                     id="under-which-clause"),
        pytest.param("The towns then turned to the Treaty of Marrow, under which they shared the tolls.", {},
                     ("Treaty of Marrow",), id="under-which-leaning-on-a-pronoun"),
    ],
)
def test_a_named_instrument_is_defined_by_its_aside(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("Some forty master weavers, the aldermen, set the price of cloth in their own markets.",
                     {"Aldermen": ("defined", "Master weavers that set the price of cloth in their own markets.")}, (),
                     id="plural-group-named-beside-its-noun-phrase"),
        pytest.param("The master weaver, the alderman, set the price of cloth in every market.", {}, ("Alderman",),
                     id="a-singular-person-is-told-not-defined"),
        pytest.param("Some forty master weavers, the aldermen, had been there.", {}, ("Aldermen",),
                     id="no-predicate-that-explains"),
    ],
)
def test_a_name_set_beside_a_plural_group_is_defined_by_what_the_group_does(body, expected, absent):
    check(body, expected, absent)
