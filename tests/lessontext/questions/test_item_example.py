"""An example a labelled item gives: asked with the item's siblings as options."""

import pytest

from lessontext.questions.families.item_example import FACETS, FEEDERS, MEMORY, TORT, item_examples
from lessontext.questions.pairs import synonymous
from lessontext.questions.rubric import options_distinct
from lessontext.questions.types import QuestionType

from .test_beyond_recall import passing

OFFSETS = """# Offsets

## Kinds

- **Direct offsets**: activity linked to the purchase, such as local assembly of the aircraft or a repair depot.
- **Indirect offsets**: activity unrelated to the equipment, such as investment in a civilian factory.
- **Counter-trade**: goods taken in payment instead of money, a practice of the Cold War.
"""


@pytest.mark.parametrize("description, examples", [
    ("a network that covers a small area such as a home, a school or an office.", ["a home", "a school", "an office"]),
    ("V to I, e.g. G to C. It sounds final.", ["G to C"]),
    ("submit data to the server, for example the contents of a form.", ["the contents of a form"]),
    # A clause after the examples, a pronoun, an overlong piece: the whole list is left alone.
    ("harm recognised by law, such as personal injury, and that type of harm was foreseeable.", []),
    ("a copy, such as its history.", []),
    ("systems, such as satellites that orbit the earth at a height of many hundreds of kilometres.", []),
    ("a network that covers a small area.", []),
    # Examples of a cause or of an indefinite "something" the clause names, not of the item.
    ("a rise in prices caused by something other than demand, such as drought or war.", []),
    ("a delay brought on by outside events, such as strikes.", []),
    ("a change that anything but the owner may start, such as a court order.", []),
    ("a game played by two teams, such as football.", ["football"]),  # an agent, no cause: the game's example
])
def test_item_examples_are_plain_phrases(description, examples):
    assert item_examples(description) == examples


def test_the_key_is_the_label_and_the_distractors_its_siblings():
    items = passing(FEEDERS, "item_example")
    deer = next(c for c in items if "“deer”" in c.stem)
    assert deer.correct == ("Herbivores",) and set(deer.distractors) == {"Carnivores", "Omnivores"}
    assert (deer.type, deer.level) == (QuestionType.SINGLE, "understand")


def test_an_example_sharing_a_word_with_a_label_or_a_siblings_description_is_not_asked():
    stems = [c.stem for c in passing(TORT, "item_example")]
    assert stems == ["The text gives “personal injury” as an example of which of these?"]


def test_labels_that_differ_by_a_prefix_are_siblings_not_synonyms():
    items = passing(OFFSETS, "item_example")
    factory = next(c for c in items if "civilian factory" in c.stem)
    assert factory.correct == ("Indirect offsets",) and factory.distractors[0] == "Direct offsets"
    assert not synonymous("Direct offsets", "Indirect offsets", siblings=True)
    assert synonymous("Direct offsets", "Direct offset", siblings=True)
    assert synonymous("Direct offsets", "Indirect offsets")
    # Only labels of one list are exempt from the look-alike check.
    assert options_distinct(factory, None)
    from dataclasses import replace
    assert not options_distinct(replace(factory, kind="term"), None)


def test_a_quiz_asks_the_example_ahead_of_the_matching_of_its_list(monkeypatch):
    """By the hand confidence the example (and its beyond-recall bonus) goes ahead of the matching of its list.
    The learned order (``quality.py``) rates the matching higher on this lesson and asks it instead: never both."""
    import random

    from lessontext.document import parse_document
    from lessontext.questions import generate_quiz, quality

    learned = [q.rule for q in generate_quiz(parse_document(FEEDERS), rng=random.Random(0)).questions]
    assert not ("item_example" in learned and "matching" in learned)
    monkeypatch.setattr(quality, "load_model", lambda: None)
    quiz = generate_quiz(parse_document(FEEDERS), rng=random.Random(0))
    rules = [q.rule for q in quiz.questions]
    assert "item_example" in rules and "matching" not in rules
    asked = next(q for q in quiz.questions if q.rule == "item_example")
    assert asked.level == "understand"


def test_the_sub_items_of_the_parents_siblings_are_offered_beside_the_siblings():
    items = passing(MEMORY, "item_example")
    words_ = next(c for c in items if "meaning of words" in c.stem)
    assert words_.correct == ("Semantic memory",)
    assert set(words_.distractors) == {"Episodic memory", "Procedural memory", "Skill learning"}
    bicycle = next(c for c in items if "riding a bicycle" in c.stem)
    assert bicycle.correct == ("Procedural memory",) and "Skill learning" in bicycle.distractors


def test_no_cousins_under_parents_that_are_facets_not_kinds_of_one_thing():
    assert not passing(FACETS, "item_example")
    # The same lists under parents of one kind give the example's item its cousins as options.
    kinds = FACETS.replace("By size", "Sized network").replace("By layout", "Laid-out network")
    school = next(c for c in passing(kinds, "item_example") if "school" in c.stem)
    assert school.correct == ("Local network",) and "Star layout" in school.distractors


FORMS = """# Musical Form

## Key terms

- **Form**: the overall plan of a piece, showing how its sections are arranged.
- **Binary form**: a structure in two contrasting sections, each often repeated.
- **Ternary form**: a structure in three sections in which the opening music returns at the end.
- **Rondo**: a form in which a main theme keeps returning between episodes, such as ABACA.
- **Ostinato**: a short pattern repeated over and over through a passage.
"""


def test_a_sibling_the_keys_description_names_is_its_kind_not_a_distractor():
    (rondo,) = [c for c in passing(FORMS, "item_example") if "“ABACA”" in c.stem]
    assert rondo.correct == ("Rondo",)
    assert "Form" not in rondo.distractors  # a rondo is a form: "Form" is true of ABACA too
    assert set(rondo.distractors) == {"Binary form", "Ternary form", "Ostinato"}
