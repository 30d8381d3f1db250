"""Glossaries of lessons in five shapes: slides, a page of "Term: definition" paragraphs, a FAQ page of bold
questions, a procedure with warnings and notes, and a comparison of a few things.

Every text here is made up, on subjects none of the rated corpora teach.
"""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.slides import fragment_defines, is_slide_deck


def _glossary(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


SLIDES = """# Volcanoes

## What is a volcano?

- Opening in the crust where molten rock escapes
- Found mostly along plate boundaries
- Three kinds of material erupt
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
