"""'Term: definition' paragraphs whose definition is a noun clause ("how hot ...", "the way ...")."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary

_PAGE = (
    "# Weather words\n\n## Air and heat\n\n"
    "**Humidity**: how much water vapour the air holds at a given temperature. Warm air can hold more.\n\n"
    "Lapse rate: the way air temperature falls as height above the ground increases, about 6.5 degrees per km.\n\n"
    "**Front**: a boundary between two air masses of different temperature.\n\n"
    "Gust factor: the extent to which the strongest gusts exceed the mean wind speed.\n"
)


@pytest.mark.parametrize(
    ("key", "opening"),
    [("humidity", "How much water vapour"), ("lapse rate", "The way air temperature falls"),
     ("front", "A boundary between two air masses"), ("gust factor", "The extent to which")],
)
def test_noun_clause_body_defines_its_label(key: str, opening: str) -> None:
    glossary = {term.key: term.definition for term in extract_glossary(parse_document(_PAGE))}
    assert glossary[key].startswith(opening)


def test_clause_about_something_else_stays_out() -> None:
    text = "# Enzymes\n\nTemperature: the enzymes in the gut are damaged above forty degrees.\n"
    assert "temperature" not in {term.key for term in extract_glossary(parse_document(text))}
