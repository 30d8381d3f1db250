"""Masking a key readably, distractor shape for listed items, and same-category glossary distractors."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import GlossaryEntry
from lessontext.questions.course import build_course
from lessontext.questions.definitions import term_category
from lessontext.questions.distractors import same_shape
from lessontext.questions.families.description_to_term import description_to_term
from lessontext.questions.families.glossary import glossary_questions
from lessontext.questions.text import BLANK, ELISION, mask_key


@pytest.mark.parametrize(
    ("text", "key", "masked", "mode"),
    [
        # The whole key, once, as a noun phrase: one blank that stands for the answer.
        ("Farmers often practise crop rotation on small fields.", "Crop Rotation",
         f"Farmers often practise {BLANK} on small fields.", "span"),
        # A shortened form ending in the head, or one inserted modifier, is still the key's phrase.
        ("Solar panel arrays convert sunlight into power.", "Rooftop Solar Arrays",
         f"{BLANK} convert sunlight into power.", "span"),
        ("Glaciers are slow rivers of ice on mountains.", "Glacier", f"{BLANK} are slow rivers of ice on mountains.", "span"),
        # Modifiers only ("Urban garden plots"): a blank there would read "Urban Garden Projects plots".
        ("Urban garden plots feed many families in the city.", "Urban Garden Projects",
         f"{ELISION} plots feed many families in the city.", "partial"),
        # The head alone after a modifier that is not the key's ("innovative ... technologies").
        ("Towns are investing in innovative water technologies.", "Water Technology Grants",
         f"Towns are investing in innovative {ELISION}.", "partial"),
        # A derivation is not the key: "floods" is no "Floodplain".
        ("Land beside a river that is covered when the river floods.", "Floodplain",
         f"Land beside a river that is covered when the river {ELISION}.", "partial"),
        # Key words scattered in one phrase are left out as one stretch.
        ("Aid reaches places hit by natural disasters or humanitarian emergencies.", "Humanitarian Assistance and Disaster Relief",
         f"Aid reaches places hit by natural {ELISION} emergencies.", "partial"),
        # The key's span, but a derivation elsewhere too: no clean blank.
        ("Cities sign strategic partnerships to share common strategies.", "Strategic Partnerships",
         f"Cities sign {ELISION} to share common {ELISION}.", "partial"),
        ("The point where two rivers meet.", "Confluence", "The point where two rivers meet.", "none"),
    ],
)
def test_mask_key(text, key, masked, mode):
    assert mask_key(text, key) == (masked, mode)


@pytest.mark.parametrize(
    ("option", "keys", "ok"),
    [
        ("shared research budgets", ["joint field trials", "open data portals"], True),
        ("stability", ["joint field trials", "open data portals"], False),  # vaguer than every key
        ("a very long list of many words here", ["open data", "field trials"], False),
        ("order", ["agriculture", "medicine"], False),  # as much a verb as a noun: open sense
        ("aspects", ["agriculture", "medicine"], False),  # generic head
        ("geology", ["agriculture", "medicine"], True),
        ("crop-sharing", ["agriculture", "medicine"], True),
    ],
)
def test_same_shape(option, keys, ok):
    assert same_shape(option, keys) is ok


POND = """# Pond Life

A food chain is a chain that shows who eats whom in a pond. Each step in a food chain is a trophic level.
Decomposition is the process by which bacteria break down dead matter. A heron is an animal that hunts frogs in the pond.
The pond sits in a meadow near the village.
"""


@pytest.mark.parametrize(
    ("entry", "category"),
    [
        (GlossaryEntry("Food chain", "A chain that shows who eats whom in a pond.", "defined"), "abstract"),
        (GlossaryEntry("Decomposition", "The process by which bacteria break down dead matter.", "defined"), "abstract"),
        (GlossaryEntry("Heron", "An animal that hunts frogs in the pond.", "defined"), "organism"),
        # No usable definition and a head noun that says nothing: unknown.
        (GlossaryEntry("Meadow", "A meadow in which the pond sits.", "defined"), None),
        (GlossaryEntry("Eutrophication", "Algae grow; it.", "defined"), "abstract"),  # suffix of the head noun
    ],
)
def test_term_category(entry, category):
    course = build_course(parse_document(POND), glossary=[entry], others=[])
    assert term_category(entry, course) == category


def test_glossary_distractors_share_the_keys_category():
    glossary = [
        GlossaryEntry("Food chain", "A chain that shows who eats whom in a pond", "defined"),
        GlossaryEntry("Trophic level", "Each step in a food chain", "defined"),
        GlossaryEntry("Decomposition", "The process by which bacteria break down dead matter", "defined"),
        GlossaryEntry("Heron", "An animal that hunts frogs in the pond", "defined"),
        GlossaryEntry("Meadow", "A meadow in which the pond sits", "defined"),
    ]
    course = build_course(parse_document(POND), glossary=glossary, others=[])
    items = [c for c in glossary_questions(course.lesson, course, random.Random(0)) if c.rule == "glossary_description_to_term"]
    for item in items:
        assert not {"Heron", "Meadow"} & set(item.distractors)  # an organism, a place: not abstract
    # A process has no other process to stand beside here: a chain and a step are things (``genus``).
    assert not any(c.key == "Decomposition" for c in items)


GARDENS = """# City Gardens

## Programmes

- **Urban Garden Projects**: Urban garden plots feed many families in the city.
- **Rooftop Solar Arrays**: Solar panel arrays convert sunlight into power for the schools.
- **Water Technology Grants**: Towns are investing in innovative water technologies for the parks.
"""


@pytest.mark.parametrize(
    ("label", "stem"),
    [
        ("Rooftop Solar Arrays",
         f"Which of the following completes this sentence from the text? “{BLANK} convert sunlight into power for the schools.”"),
        ("Urban Garden Projects",
         f"Which of the following does this sentence from the text describe? “{ELISION} plots feed many families in the city.”"),
        ("Water Technology Grants",
         f"Which of the following does this sentence from the text describe? “Towns are investing in innovative {ELISION} for the parks.”"),
    ],
)
def test_description_to_term_stem_reads_whatever_is_masked(label, stem):
    course = build_course(parse_document(GARDENS), glossary=[], others=[])
    (group,) = course.lesson.groups
    items = {c.key: c for c in description_to_term(group, course, random.Random(0))}
    assert items[label].stem == stem


@pytest.mark.parametrize(
    ("definition", "quoted"),
    [
        # The key's own word would leave a blank inside the quote: no question (raters, dev-r2).
        ("A chain that shows who eats whom in a pond", None),
        ("Something that shows who eats whom in a pond", "“something that shows who eats whom in a pond”"),
        ("Things that show who eats whom in a pond", "“things that show who eats whom in a pond”"),
    ],
)
def test_quoted_definitions_read_as_part_of_the_stem(definition, quoted):
    glossary = [
        GlossaryEntry("Food chain", definition, "defined"),
        GlossaryEntry("Trophic level", "Each step in a food chain", "defined"),
        GlossaryEntry("Decomposition", "The process by which bacteria break down dead matter", "defined"),
        # A thing beside the key's "something" and "things" (``genus``: no process beside a thing).
        GlossaryEntry("Food web", "A network of linked food chains", "defined"),
    ]
    text = POND + "A food web is a network of linked food chains.\n"
    text = text.replace("a chain that shows who eats whom in a pond", definition[0].lower() + definition[1:])
    course = build_course(parse_document(text), glossary=glossary, others=[])
    items = [c for c in glossary_questions(course.lesson, course, random.Random(0)) if c.rule == "glossary_description_to_term"]
    food = [c for c in items if c.key == "Food chain"]
    if quoted is None:
        assert food == []
        return
    assert food[0].stem == f"Which of the following does the text describe as {quoted}?"


def test_pick_descriptions_takes_the_preferred_options_first():
    import random

    from lessontext.questions.distractors import pick_descriptions

    pool = ["A tool that cuts wood", "The time a glue takes to set", "A tool that drills holes",
            "The place where the wood is stored"]
    chosen = pick_descriptions("A tool that smooths wood", pool, random.Random(0),
                               prefer=lambda d: 0 if d.startswith("A tool") else 1)
    assert chosen[:2] == ["A tool that cuts wood", "A tool that drills holes"] or \
        chosen[:2] == ["A tool that drills holes", "A tool that cuts wood"]
