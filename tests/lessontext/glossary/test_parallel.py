"""An "it" resolved from the parallel clause it stands in for (lessontext.glossary.parallel)."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.parallel import parallel_it


@pytest.mark.parametrize(("definition", "context", "expected"), [
    ("Any consequence that makes it less likely.",
     "A reinforcer is any consequence that makes a behaviour more likely, while a punisher is any consequence "
     "that makes it less likely.",
     "Any consequence that makes a behaviour less likely."),
    ("A stress that occurs when it is pushed, as in a column.",
     "Tensile stress occurs when a member is pulled. Compressive stress occurs when it is pushed, as in a column.",
     "A stress that occurs when a member is pushed, as in a column."),
    # no parallel clause: left as it is
    ("Sound below it.", "Sound above this range is called ultrasound, and sound below it is called infrasound.",
     "Sound below it."),
    ("Each individual value in it.", "A collection of values is a data set, and each individual value in it is an "
     "observation.", "Each individual value in it."),
    # two different nouns after the same words: no single referent
    ("A force that makes it move.", "A push makes a cart move and a pull makes a sled move; friction makes it stop.",
     "A force that makes it move."),
    # "it" twice, or none
    ("A tool that cuts it and shapes it.", "A saw cuts a plank.", "A tool that cuts it and shapes it."),
    ("A circuit with a gap.", "A circuit with a gap in it is open.", "A circuit with a gap."),
])
def test_parallel_it(definition, context, expected):
    assert parallel_it(definition, context) == expected


def test_the_glossary_resolves_it_from_the_parallel_clause():
    terms = {t.term: t.definition for t in extract_glossary(parse_document(
        "# Consequences\n\nIn operant learning, a **reinforcer** is any consequence that makes a behaviour more "
        "likely to happen again, while a **punisher** is any consequence that makes it less likely.\n"))}
    assert terms.get("Punisher") == "Any consequence that makes a behaviour less likely."
