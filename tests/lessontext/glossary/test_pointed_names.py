"""What a naming sentence names when it points back: a demonstrative subject, a trailing "it"."""

import pytest

from lessontext.glossary.pointed_names import named_by_demonstrative, resolve_trailing_it


@pytest.mark.parametrize(
    ("definition", "sentence", "previous", "expected"),
    [
        ("Each single reading in it.", "A list of readings is known as a log, and each single reading in it is "
         "called an entry.", "", "Each single reading in a log."),
        ("A thin ring around it.", "A thin ring around it, called the halo, glows faintly.",
         "A bright disc of gas called the core.", "A thin ring around the core."),
        # The subject before the name points elsewhere ("this band"): "it" may be the band, not the name.
        ("Light below it.", "Light above this band is called violet, and light below it is called red.", "",
         "Light below it."),
        # No name given, or two: nothing to resolve.
        ("A small hole in it.", "A small hole in it lets air escape.", "The lid is plastic.", "A small hole in it."),
        ("A layer inside it.", "A layer inside it is called the mantle.",
         "The crust is called the lid, and the centre is called the core.", "A layer inside it."),
        # After "with", "it" is the definition's own head.
        ("A circuit with a gap in it.", "A circuit with a gap in it is called an open circuit.",
         "A metal wire is called a conductor.", "A circuit with a gap in it."),
    ],
)
def test_resolve_trailing_it(definition, sentence, previous, expected):
    assert resolve_trailing_it(definition, sentence, previous) == expected


@pytest.mark.parametrize(
    ("head_text", "previous", "expected"),
    [
        ("This method of storing energy in a stable form", "", "The method of storing energy in a stable form"),
        ("This device", "Many poems repeat a sound at the start of words.",
         "A device in which many poems repeat a sound at the start of words"),
        ("This effect", "Ohm published results showing that the current grows with the voltage.",
         "An effect in which the current grows with the voltage"),
        ("This process", "If the bench is wet, the acid spreads.", None),
        ("This feature", "It keeps the whole system stable.", None),
    ],
)
def test_named_by_demonstrative(head_text, previous, expected):
    assert named_by_demonstrative(head_text, previous) == expected
