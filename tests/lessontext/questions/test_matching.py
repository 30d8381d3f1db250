"""Matching: the descriptions read as options of one list, and the stem names the terms' kind or nothing."""

import pytest

from lessontext.questions.families.matching import names_a_kind, tidied


@pytest.mark.parametrize("heading, kind", [
    ("Cadences", True),
    ("Pricing strategies", True),
    ("Parts of a cell", True),  # the head before "of"
    ("Foliated metamorphic rocks", True),
    ("Precipitation", False),  # a singular topic
    ("Part 6: Why It Matters", False),
    ("What Militaries Bring", False),
    ("Version control offers three main benefits", False),  # a clause
    ("The problem: anomalies", False),
    ("Intrusive (plutonic) igneous rocks, which cool slowly underground", False),
    (None, False),
])
def test_only_a_plural_noun_phrase_names_the_terms_kind(heading, kind):
    assert names_a_kind(heading) is kind


@pytest.mark.parametrize("descriptions, tidy", [
    (["when strongly heated ground sends warm air rising.", "when moist air is forced up over hills;",
      "when warm air rises over colder, denser air;"],
     ["When strongly heated ground sends warm air rising.", "When moist air is forced up over hills.",
      "When warm air rises over colder, denser air."]),
    (["visits, seminars and staff talks; and", "coarse-grained, dark", "pH below 7, or"],
     ["Visits, seminars and staff talks", "Coarse-grained, dark", "pH below 7"]),  # "pH" keeps its case
    (["V to I, e.g. G to C. It sounds final.", "IV to I"], ["V to I, e.g. G to C. It sounds final.", "IV to I."]),
])
def test_descriptions_lose_list_punctuation_and_open_with_a_capital(descriptions, tidy):
    assert tidied(descriptions) == tidy
