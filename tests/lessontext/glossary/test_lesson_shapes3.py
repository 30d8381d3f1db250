"""Glossaries of lessons in five shapes: slides, a page of "Term: definition" paragraphs, a FAQ page of bold
questions, a procedure with warnings and notes, and a comparison of a few things.

Every text here is made up, on subjects none of the rated corpora teach.
"""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.extract import collect_candidates
from lessontext.glossary.slides import fragment_defines, is_slide_deck


def _glossary(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


SLIDES = """# Volcanoes

## What is a volcano?

- Opening in the crust where molten rock escapes
- Found mostly along plate boundaries
- Much material thrown out in an eruption
  - Lava: molten rock on the surface
  - Ash: fine shattered rock in the air
  - Gas: steam and sulphur dioxide

## Inside the Earth

- Magma: molten rock stored below the surface
- Mantle: hot rock slowly flowing beneath the crust
- Crust: the thin outer layer of solid rock
- Heat source: decay of radioactive elements deep down

## Eruptions

- Pressure builds as gas collects
- Vent: the opening through which magma reaches the surface
- Explosive eruptions: sticky magma, trapped gas
- Pyroclastic flow: hot ash and gas racing downhill
- Result: towns buried, crops ruined

## Living near volcanoes

- Fertile soil: richer harvests for farmers
- Geothermal heat: about a tenth of local power
- Monitoring: tiltmeters, gas sensors, satellites
- Danger zone: about 10 km around the crater
- Lahars and floods: carried far down river valleys

## Key words recap

- Dormant: no eruption for a long time, may erupt again
- Caldera: a large hollow left when a volcano collapses
- Cooling: liquid to solid, forms new rock
"""


def test_a_deck_of_terse_bullets_is_recognised_and_prose_is_not():
    assert is_slide_deck(parse_document(SLIDES))
    prose = "# Volcanoes\n\n" + "".join(
        f"## Part {i}\n\nA volcano is an opening in the crust. Magma rises through it when pressure builds.\n\n"
        f"- One point: a short note\n\n" for i in range(6))
    assert not is_slide_deck(parse_document(prose))


def test_slide_bullets_that_define_their_label_are_kept_and_the_notes_are_not():
    found = _glossary(SLIDES)
    for term in ("Magma", "Mantle", "Crust", "Vent", "Pyroclastic flow", "Caldera"):
        assert term in found, (term, sorted(found))
    assert found["Crust"] == "The thin outer layer of solid rock."
    # Examples, quantities, results, facets, comparisons, claims, pairs and details nested under a bullet.
    for note in ("Ash", "Gas", "Heat source", "Explosive eruptions", "Result", "Fertile soil", "Geothermal heat",
                 "Monitoring", "Danger zone", "Lahars and floods", "Lava"):
        assert note not in found, (note, found.get(note))


def test_a_key_words_heading_is_no_genus_for_its_labels():
    found = _glossary(SLIDES)
    assert not found.get("Cooling", "").startswith("A word"), found.get("Cooling")


@pytest.mark.parametrize(("label", "body", "nested", "defines"), [
    ("Erosion", "rock worn away by wind and water", False, True),
    ("Delta", "land built up where a river meets the sea", False, True),
    ("Estuary", "the tidal mouth of a large river", True, True),
    ("Oxbow lake", "where a meander is cut off", False, True),
    ("Velocity", "speed plus direction", False, True),
    ("Melting", "solid to liquid, absorbs heat", False, True),
    ("Delta", "silt, sand, clay", False, False),
    ("Mars", "about 2 years", True, False),
    ("Share of exports", "a small fraction of the total", False, False),
    ("Jupiter", "largest planet of all", False, False),
    ("Warmer seas", "stronger storms, higher tides", False, False),
    ("Trade", "carried by river barges", False, False),
    ("Crowding", "cholera thrives in the poorest streets", False, False),
    ("Main cause", "rock melting under pressure", False, False),
    ("Lakes and rivers", "fresh water at the surface", False, False),
    ("Steam", "water vapour above a kettle", True, False),
    ("Magma", "molten rock below the surface", False, True),
])
def test_what_a_slide_bullet_defines(label, body, nested, defines):
    assert fragment_defines(label, body, nested=nested) is defines


PROCEDURE = """# How to Bleed a Radiator

A radiator full of trapped air heats unevenly. Bleeding lets the air out through a small valve at the top.

## Before you start

- A radiator key, or a flat screwdriver for newer valves
- An old towel to catch drips

## Steps

1. Turn the heating off and let the radiators cool completely.

   **Warning:** Loud, sudden bangs are not normal. These bangs, called water hammer, are common in old pipes, so check the pressure first.

2. Fit the key to the bleed valve and turn it a quarter turn anticlockwise.

   Note: The sooner you close the valve, the better the seal holds.

## Why each step matters

Hot water can scald, so the system must be cold. Each radiator pairs thermostatic valves, which open as the room cools, with lockshield valves, which set the flow through the radiator. Leave thermostatic valves open and lockshield valves untouched. A boiler also stops for a system whose water pressure has fallen too far, a condition called low-pressure lockout.
"""


def test_a_procedures_warning_and_note_labels_stay_out_of_definitions():
    found = _glossary(PROCEDURE)
    assert found.get("Water hammer") == "Loud, sudden bangs.", found.get("Water hammer")
    assert not any("warning" in d.lower() or "note:" in d.lower() for d in found.values()), found
    # "the sooner ..., the better ...": two comparisons, no appositive.
    assert not any(term.lower() in {"close", "valve", "closed"} for term in found), found


def test_a_state_noun_after_a_relative_clause_names_that_clause():
    found = _glossary(PROCEDURE)
    assert found.get("Low-pressure lockout") == "A condition in which the water pressure has fallen too far.", found


def test_each_of_two_glossed_objects_of_one_verb_keeps_its_own_relative_clause():
    found = _glossary(PROCEDURE)
    assert found.get("Thermostatic valves") == "Valves that open as the room cools.", found
    assert found.get("Lockshield valves") == "Valves that set the flow through the radiator.", found


FAQ = """# Comets: Frequently Asked Questions

Comets have been watched for thousands of years. The questions below cover what they are and where they come from.

## Comets themselves

**What exactly is a comet?**

It is a small body of ice, dust and rock that orbits the Sun. Far from the Sun it is dark and frozen.

**Do comets have tails?**

Only near the Sun. Astronomers see icy grains, called volatile ices, which turn to gas as they warm, and dark dust, which reflects sunlight. Many telescopes track faint streaks called ion tails that point straight away from the Sun. A returning comet brightens over several weeks, and the tail grows as it nears the Sun.

**How often do we see one?**

A survey published in 2019 found that a bright comet appears about once a decade. A comet's nucleus is usually only a few kilometres across.
"""


def test_a_bold_question_line_and_its_answer_give_the_term():
    found = _glossary(FAQ)
    assert found.get("Comet") == "A small body of ice, dust and rock that orbits the Sun.", found


def test_faq_answers_give_no_entry_for_one_case_or_a_reported_finding():
    found = _glossary(FAQ)
    for subject in ("Returning comet", "Survey", "Comet's nucleus"):
        assert subject not in found, (subject, found.get(subject))


def test_a_plural_things_name_ends_on_its_plural_noun():
    # "faint streaks called ion tails that point ...": "tails" is the name's plural head, not the verb of "ion".
    candidates, _ = collect_candidates(parse_document(FAQ))
    named = {c.term for c in candidates if c.rule == "called"}
    assert "ion tails" in named and "ion" not in named, named


COMPARISON = """# Comparing Freight by Rail, Road and Canal

Goods can travel by rail, by road or by canal. Two ideas help with the comparison. The first is the load factor: the share of a vehicle's space that is filled on an average journey. The second is door-to-door time: the hours between collection at the sender and delivery to the customer.

| Property | Rail | Road | Canal |
| --- | --- | --- | --- |
| Typical load factor | 60% | 70% | 80% |
| Door-to-door time | Two days | One day | Five days |

The cost figures are estimates from the national freight survey.

## Canal freight

Canal freight moves nothing when the locks freeze in winter. Narrowboats carry bulk goods such as coal and gravel along the waterways.

## Road freight

A lorry carries a container from a warehouse straight to a shop.

## Similarities and differences

All three carry bulk goods. Canal freight is the exception, since its boats cannot reach most towns. Unlike canals, roads reach almost every door.
"""


def test_tools_a_comparison_introduces_in_order_are_its_terms():
    found = _glossary(COMPARISON)
    assert found.get("Load factor") == "The share of a vehicle's space that is filled on an average journey.", found
    assert found.get("Door-to-door time") == ("The hours between collection at the sender and delivery to the"
                                              " customer."), found


def test_a_drawback_a_place_in_the_comparison_or_a_note_on_the_data_is_no_definition():
    found = _glossary(COMPARISON)
    assert "Cost figures" not in found, found.get("Cost figures")
    canal = found.get("Canal freight", "")
    assert not canal.startswith(("The exception", "A freight that moves nothing")), canal


TERM_PARAGRAPHS = """# Parts of a Volcano: Key Terms

This page defines the words you will meet when studying volcanoes.

## The structure

**Magma chamber**: a large pool of molten rock beneath a volcano. It is sealed by a thick cap of rock called the roof pendant, whose cracks let gas escape.

Vent: the opening through which lava and gas leave the volcano. A fumarole is a small vent, while a fissure can run for kilometres.

**Crater**: the bowl-shaped hollow at the summit. It is lined mainly with loose rocks called scoria that crunch underfoot.
"""


def test_a_term_paragraphs_it_is_its_term():
    found = _glossary(TERM_PARAGRAPHS)
    assert found.get("Vent") == "The opening through which lava and gas leave the volcano.", found
    assert "it" not in found.get("Roof pendant", "it").lower().split(), found.get("Roof pendant")
    assert found["Roof pendant"] == "A thick cap of rock by which the magma chamber is sealed.", found


def test_an_example_of_a_paragraphs_term_or_a_predicate_fragment_is_no_entry():
    found = _glossary(TERM_PARAGRAPHS)
    assert "Fumarole" not in found, found.get("Fumarole")  # "A fumarole is a small vent": an example of a vent
    assert not found.get("Scoria", "").startswith("Mainly"), found.get("Scoria")


def test_a_slide_asking_what_a_thing_is_answers_with_its_first_bullet():
    found = _glossary(SLIDES)
    assert found.get("Volcano") == "Opening in the crust where molten rock escapes.", found.get("Volcano")


def test_this_after_a_when_clause_names_the_event_of_a_prefixed_term():
    found = _glossary("# Plants\n\n## Seeds\n\nWhen a flower's own pollen reaches its stigma, this is called"
                      " self-pollination. It keeps a line of plants uniform.\n")
    assert found.get("Self-pollination") == "Pollination in which a flower's own pollen reaches its stigma.", found


def test_a_relative_gloss_ends_where_the_main_clause_resumes():
    found = _glossary("# Birds\n\n## Nests\n\nThe weaverbird, which builds hanging nests from knotted grass, is only one"
                      " of many nest builders. Each weaverbird colony can hold hundreds of nests.\n")
    assert found.get("Weaverbird", "").endswith("from knotted grass."), found



def test_an_adjective_glossed_with_meaning_and_a_clause_about_its_subject():
    found = _glossary(COMPARISON.replace("All three carry bulk goods.", "Road and rail freight are flexible, meaning"
                                         " their timetable changes with each customer's order."))
    assert found.get("Flexible") == "Having a timetable that changes with each customer's order.", found


def test_faq_answers_glossing_a_word_in_passing_give_its_entry():
    found = _glossary("# Cheese\n\n## Making it\n\n**How is cheese made?**\n\nMakers warm the milk and add"
                      " mesophiles, microbes that sour the milk, which also shape the flavour. The curds can"
                      " lead to syneresis, the slow loss of whey from a curd, and the cheese can then be pressed.\n")
    assert found.get("Syneresis") == "The slow loss of whey from a curd.", found
    assert found.get("Mesophiles") == "Microbes that sour the milk.", found


def test_a_slide_bullets_noun_and_clause_without_that_gets_its_that():
    deck = SLIDES.replace("- Heat source: decay of radioactive elements deep down",
                          "- Repose period: quiet time a volcano spends between eruptions")
    assert _glossary(deck).get("Repose period") == "Quiet time that a volcano spends between eruptions."


def test_sub_bullets_of_a_kind_are_its_members_and_an_adjectives_participle_defines_it():
    deck = SLIDES.replace("## Key words recap", "## Rocks from volcanoes\n\n- Three types of rock\n"
                          "  - Igneous: formed from cooled magma or lava\n  - Pumice: light rock full of gas bubbles\n\n"
                          "## Key words recap")
    found = _glossary(deck)
    assert found.get("Igneous") == "A rock that is formed from cooled magma or lava.", found.get("Igneous")
    assert found.get("Pumice") == "Light rock full of gas bubbles.", found.get("Pumice")


def test_a_note_in_a_procedure_can_define_a_term():
    found = _glossary("# First Aid for a Cut Leg\n\n## Steps\n\n1. Press firmly on the wound with a clean pad.\n\n"
                      "   **Note:** A tourniquet is a tight band that stops blood flowing into a limb. Use one only if"
                      " pressure fails.\n\n2. Raise the leg above the heart.\n")
    assert found.get("Tourniquet") == "A tight band that stops blood flowing into a limb.", found
