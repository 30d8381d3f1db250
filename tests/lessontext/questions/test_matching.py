"""Matching: the descriptions read as options of one list, and the stem names the terms' kind or nothing."""

import random
from dataclasses import replace

import pytest

from lessontext.questions.families.matching import KEY_TERMS, names_a_kind, tidied
from lessontext.questions.select import choose
from lessontext.questions.types import QuestionType

from .test_beyond_recall import passing


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
    # the verb a bold label left ("**C** is the total number ...": both raters on test-dh)
    (["is the total number of animals caught;", "is the number of marked animals."],
     ["The total number of animals caught.", "The number of marked animals."]),
])
def test_descriptions_lose_list_punctuation_and_open_with_a_capital(descriptions, tidy):
    assert tidied(descriptions) == tidy


@pytest.mark.parametrize("heading", ["Key terms", "Important words", "Core concepts", "Key definitions"])
def test_a_glossary_heading_names_no_kind(heading):
    assert names_a_kind(heading) is False


def test_a_long_key_terms_list_is_asked_in_parts_of_short_parallel_descriptions():
    items = passing(KEY_TERMS, "matching")
    assert len(items) == 2  # nine usable pairs: parts of five and four, shortest descriptions first
    sizes = [len(c.pairs) for c in items]
    assert sizes == [5, 4]
    first = {p.answer for p in items[0].pairs}
    assert {"Tributary", "Confluence", "Watershed"} <= first  # the shortest descriptions
    assert not first & {p.answer for p in items[1].pairs}  # disjoint
    assert items[0].base > items[1].base  # the shorter part first
    assert all(c.claims == items[0].claims for c in items)  # one matching per list
    # ... which leaves the list's items free for one-by-one items on the pairs the part leaves out
    assert all(claim.startswith("parts:") for claim in items[0].claims)
    assert all(c.stem == "Match each description with the term it describes." for c in items)


def test_a_long_list_still_makes_a_matching_when_another_item_took_one_of_its_sentences():
    parts = passing(KEY_TERMS, "matching")
    sentence = next(s for s, p in zip(parts[0].shown, parts[0].pairs, strict=True) if p.answer == "Tributary")
    blocker = replace(parts[0], type=QuestionType.FILL_BLANK, rule="fill_blank", pairs=(), answers=("tributary",),
                      stem="A _____ is a smaller stream that joins a larger river.", source_sentence=sentence,
                      shown=(sentence,), claims=(), base=0.99, quality=0.99)
    chosen = choose([blocker, *parts], rng=random.Random(0), target=5)
    matchings = [c for c in chosen if c.type is QuestionType.MATCHING]
    assert blocker in chosen
    assert matchings == [parts[1]]  # the part without the taken sentence


SOILS = """# Soils

## Key terms

- **Humus**: Dark organic matter formed from rotted leaves.
- **Clay**: Fine mineral grains that hold water.
- **Leaching**: The washing out of minerals by rain water.
- **Compaction**: The pressing together of soil by heavy machines.
- **Erosion**: The removal of topsoil by wind or running water.
- **Weathering**: The breakdown of rock in place by frost and rain.
"""


SYMBOLS = """# Escape Velocity

## The formula

The escape velocity depends on the body being escaped.

- **v_e** is the escape velocity, in metres per second (m/s);
- **G** is the universal gravitational constant;
- **M** is the mass of the planet or other body being escaped from, in kilograms (kg);
- **r** is the distance from the centre of that body to the starting point, in metres (m).

Rockets must reach this speed to leave a planet without further thrust.
"""


def test_a_formulas_symbols_make_no_matching():
    # test-db, test-dh, test-dq: symbol matchings drew no "accept" (4 minor, 2 reject): each unit gives its symbol away
    assert not [c for c in passing(SYMBOLS, "matching")]


def test_a_formulas_symbols_are_asked_by_no_family_of_labelled_items():
    # test-at, test-au, test-dh: "which of the following is the person's mass, measured in kilograms (kg)?" with
    # symbols as options (both raters on test-au: reject)
    assert not [c for c in passing(SYMBOLS, "description_to_term")] + [c for c in passing(SYMBOLS, "term_to_description")]


ENZYMES = """# Enzymes

Enzymes speed up the reactions of life.

## Key terms

- **Enzyme** – a protein that speeds up a chemical reaction in a living thing.
- **Substrate** – the molecule an enzyme acts on.
- **Active site** – the pocket on an enzyme's surface where the substrate binds.
- **Denatured** – changed in shape by heat or acid, so that it no longer works.
"""


def test_a_short_lists_pair_that_names_the_topic_is_left_out_of_the_matching():
    # test-ci, test-cq, test-cv, test-di: the topic's pair ("Enzyme" in "Enzymes") kept the whole matching out.
    (item,) = passing(ENZYMES, "matching")
    assert [p.answer for p in item.pairs] == ["Substrate", "Active site", "Denatured"]
