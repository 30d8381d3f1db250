"""A pronoun for the thing a term belongs to, written into its definition (lessontext.glossary.owner)."""

import pytest

from lessontext.glossary.candidate import Term
from lessontext.glossary.owner import owner_of, owner_written_in
from lessontext.vocabulary import TermKind
from lessontext.words import term_key


def _term(term: str, definition: str, sentence: str) -> Term:
    return Term(term=term, key=term_key(term), definition=definition, kind=TermKind.DEFINED, section_anchor="s",
                sentence=sentence, aliases=(), confidence=0.7, rule="appositive")


@pytest.mark.parametrize(
    ("term", "sentence", "owner"),
    [
        ("perimeter", "The perimeter of a room is the total distance around its walls.", ("a room", False)),
        ("pitch", "Every musical sound has a pitch, meaning how high or low it is.", ("a musical sound", False)),
        ("duration", "Every musical sound has a pitch, meaning how high it is, and a duration, meaning how long it lasts.",
         ("a musical sound", False)),
        ("base level", "The river is far above its base level, the lowest point to which it can erode.", ("a river", False)),
        ("rate of photosynthesis", "The rate of photosynthesis depends on light.", ("photosynthesis", False)),
        ("speed", "The speed of the particles rises as they are heated.", ("particles", True)),
        # A bare subject opening an "as/when ..." clause owns the "its" of the term.
        ("dew point", "As air cools it reaches its dew point, the temperature at which it becomes saturated.",
         ("air", False)),
        ("boiling point", "When water is heated it soon reaches its boiling point.", ("water", False)),
        # No owner in the sentence: nothing to write in.
        ("speed", "As it moves its speed rises.", None),
        ("circumference", "The first is the distance around its edge, called the circumference.", None),
    ],
)
def test_the_owner_is_read_from_the_terms_own_sentence(term, sentence, owner):
    assert owner_of(term, sentence) == owner


@pytest.mark.parametrize(
    ("term", "definition", "sentence", "written"),
    [
        ("Perimeter", "The total distance around its walls, measured in metres.",
         "The perimeter of a room is the total distance around its walls, measured in metres.",
         "The total distance around a room's walls, measured in metres."),
        ("Pitch", "How high or low it is.", "Every musical sound has a pitch, meaning how high or low it is.",
         "How high or low a musical sound is."),
        ("Base level", "The lowest point to which it can erode.",
         "Where the river is far above its base level, the lowest point to which it can erode, usually sea level.",
         "The lowest point to which a river can erode."),
        ("Dew point", "The temperature at which it becomes saturated.",
         "Warm air can hold more vapour, so as air cools it eventually reaches its dew point, the temperature at which "
         "it becomes saturated.",
         "The temperature at which air becomes saturated."),
        ("Rate of photosynthesis", "How fast it happens.", "The rate of photosynthesis, meaning how fast it happens, varies.",
         "How fast photosynthesis happens."),
        # The pronoun has its antecedent in the definition: left as it is.
        ("Latent heat of vaporisation", "The energy needed to turn a liquid into a gas without changing its temperature.",
         "The latent heat of vaporisation is the energy needed to turn a liquid into a gas without changing its temperature.",
         "The energy needed to turn a liquid into a gas without changing its temperature."),
        ("Normal balance", "The side of an account on which its balance usually sits.",
         "The normal balance of an account is the side of an account on which its balance usually sits.",
         "The side of an account on which its balance usually sits."),
        ("Cell wall", "A layer that gives the cell its shape.", "Every plant cell has a cell wall, a layer that gives the cell its shape.",
         "A layer that gives the cell its shape."),
        ("Root", "An organ that anchors it and takes up water.", "Every plant has a root, an organ that anchors it and takes up water.",
         "An organ that anchors it and takes up water."),
    ],
)
def test_a_pronoun_for_the_owner_is_written_in(term, definition, sentence, written):
    assert owner_written_in(_term(term, definition, sentence)).definition == written
