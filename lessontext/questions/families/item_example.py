"""An example and its labelled item: "The text gives “radar” as an example of which of these?".

Reads the labelled items of one list (a "Term: description" list, labelled paragraphs): where an
item's description gives examples ("..., such as reconnaissance satellites, radar and seismic
sensors", "V to I, e.g. G to C", "for example the contents of a form"), each example is asked
about and the item's label is the key.  The distractors are the item's siblings, the labels of the
same list: the text sets them side by side as things of one kind, so each is the natural wrong
answer of a learner who has not understood which kind of thing the example is.

Only when the key is sure: the list has at least three items (two siblings to offer); the example
is a short noun phrase (a list of examples splits at its commas and "and"/"or", and one piece
that is a clause, too long or leaning on a pronoun drops the whole list); it appears in the lesson
only where its item gives it; it shares no content word with any label (a word of the key gives it
away, a word of a sibling misleads) nor with the descriptions of the siblings (where a sibling
might claim it too).  A sibling that the key's own description names is the key's kind, not its sibling
("Rondo: a form in which ...": "Form"; "Sediment: small pieces of rock ...": "Rock"): true of the example too, it
is not offered.  The item asks which kind a thing belongs to, so its level is "understand".

Its confidence ranks it just above the matching of the same list (which shows every description,
examples and all, so the two never share a quiz): the list is asked once, beyond recall, and the
other items of the list stay free for the other families.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ...words import singular
from ..candidate import Candidate
from ..course import CourseView, Group, Item, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import length_ok
from ..rules import ITEM_EXAMPLE
from ..text import (
    ANAPHORIC_OPENERS,
    CALCULATION,
    POINTING_PRONOUNS,
    content_stems,
    find_phrase,
    has_markdown_residue,
    norm,
    words,
)
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {ITEM_EXAMPLE: 0.7}

# What introduces examples in a description, and the examples up to the end of the sentence.
_EXAMPLES = re.compile(r"(?:,?\s+such as|,?\s+e\.g\.,?|,\s+for example,?)\s+(?P<examples>[^.;:()]+?)\s*\.?\s*$")
_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MIN_SIBLINGS = 2
MAX_EXAMPLE_WORDS = 7
MAX_DISTRACTORS = 3
_PRONOUNS = POINTING_PRONOUNS | {"we", "you", "our", "your", "i", "my", "one"}
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# A piece with one of these is a clause ("that type of harm was reasonably foreseeable"), not an example.
_AUXILIARIES = frozenset("is are was were be been being has have had can could may might must will would shall should do does did".split())
# The end of a sentence, not the stop of "e.g." or "i.e.".
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.\s+")
# A label's aside in brackets ("National technical means (NTM)", "Perfect cadence (also called authentic)")
# is left out of the option: it makes the key the longest option.
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


# Examples of the object of a preposition, not of the item ("found mainly in plant foods such as grains
# and legumes": legumes are a food the item is found in; raters on test-d rejected "of which is 'legumes'
# given as an example?" -> Carbohydrates, with Proteins defensible).
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:in|from|within|inside|into|on|at|among|throughout)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,?\s*$", re.I)
# Examples of a cause or of an indefinite "something" the clause names, not of the item ("a change ...
# caused by something other than the price, such as the weather, incomes or fashion": the weather is a cause
# of a shift, not a shift; raters on test-ad-r2 rejected "“weather” ... as an example" keyed "Shift").
_CAUSE_OR_INDEFINITE = re.compile(
    r"\b(?:(?:caused|driven|brought (?:on|about)|triggered|set off|produced|prompted|started) by|due to|because of|"
    r"resulting from|something|anything|someone|anyone|somebody|anybody|other than)\b[^,;:]*,?\s*$", re.I)
_PREPOSITIONS = frozenset("in from within inside into on at among with by for of to".split())


def item_examples(description: str) -> list[str]:
    """The examples the first sentence of ``description`` gives of its item, or none when any piece is
    not a plain phrase or the examples are of something else the sentence names."""
    first = _SENTENCE_END.split(description)[0]
    m = _EXAMPLES.search(first)
    if not m or _OBJECT_OF_PREPOSITION.search(first[: m.start()]) or _CAUSE_OR_INDEFINITE.search(first[: m.start()]):
        return []
    pieces = [p.strip() for p in _SPLIT.split(m.group("examples")) if p.strip()]
    for piece in pieces:
        toks = [t.lower() for t in words(piece)]
        if not toks or len(toks) > MAX_EXAMPLE_WORDS or set(toks) & _PRONOUNS or toks[0] in ANAPHORIC_OPENERS:
            return []
        if toks[0] in _PREPOSITIONS:
            return []  # "and in milk": a place the item is found, not an example of it
        if set(toks) & _AUXILIARIES or has_markdown_residue(piece) or CALCULATION.search(piece):
            return []  # "... and that type of harm was reasonably foreseeable": a clause, not an example
    return pieces


def _item_text(item: Item) -> str:
    return " ".join((item.description, *item.sentences))


def _once_in_lesson(example: str, lesson: LessonView) -> bool:
    """The example appears in one sentence of the lesson (its item's): nowhere else to tie it to a sibling."""
    return sum(1 for _, s in lesson.sentences if find_phrase(s, example)) <= 1


def _head(label: str) -> str:
    """The last word of a label, its aside left out: "memory" of "Explicit (declarative) memory"."""
    toks = words(_ASIDE.sub("", label) or label)
    return singular(toks[-1].lower()) if toks else ""


def cousins(group: Group, groups: list[Group]) -> tuple[Item, ...]:
    """The items of the sub-lists of the group's parent item's siblings (nested lists of one taxonomy).

    In "- Explicit memory: ... / - Episodic memory ... - Semantic memory ... / - Implicit memory: ... /
    - Procedural memory ...", the sub-items of the two sides are all kinds of one thing (memory): the
    cousins of "Semantic memory" are as natural a wrong answer as its sibling.  Only one level up
    (the sub-items of another branch further off are kinds of something else), and only when the parent
    items are kinds of one thing, their labels ending on one noun ("Explicit memory", "Implicit memory"):
    parents "By size" and "By layout" are two facets, and a home network is a LAN and may be a star too.
    """
    if not group.heading or group.origin != "list":
        return ()
    heading = norm(group.heading)
    lists = [g for g in groups if g.origin == "list"]
    parent = next((g for g in lists if g is not group and any(norm(i.label) == heading for i in g.items)), None)
    if parent is None or len({_head(i.label) for i in parent.items}) != 1:
        return ()  # "By size" / "By layout": two facets, whose sub-items may both fit one example
    uncles = {norm(i.label) for i in parent.items} - {heading}
    return tuple(i for g in lists if g is not group and g.heading and norm(g.heading) in uncles for i in g.items)


def _group_questions(group: Group, lesson: LessonView, course: CourseView) -> Iterator[Candidate]:
    if not any(item_examples(item.description) for item in group.items):
        return  # no example to ask about: no need to look for cousins
    kin = cousins(group, lesson.groups)
    if len(group.items) + len(kin) < MIN_SIBLINGS + 1:
        return
    members = (*group.items, *kin)
    labels = [_ASIDE.sub("", item.label) or item.label for item in members]
    if len({norm(label) for label in labels}) < len(labels):
        return
    for item in group.items:
        key = labels[members.index(item)]
        siblings = [other for other in members if other is not item]
        rivals = [label for other, label in zip(members, labels, strict=True) if other is not item]
        for example in item_examples(item.description):
            asked = content_stems(example)
            if not asked or not _once_in_lesson(example, lesson):
                continue
            if any(asked & content_stems(label) for label in labels):
                continue  # "damage to property" under "Damage that is not too remote": the key given away
            if any(asked & content_stems(_item_text(other)) for other in siblings):
                continue  # a sibling's description that names the same thing may claim the example too
            # A sibling the key's own description names is its kind ("Rondo: a form in which ...": "Form"; "Shift: a
            # change in demand ...": "Demand"), true of the example too (raters on test-ah, test-ah-r2, test-ad-r2).
            distractors = _alike(key, [label for label in rivals if not _names_kind(item.description, label)])
            if len(distractors) < MIN_SIBLINGS:
                continue
            shown = _LEADING_ARTICLE.sub("", example) if example[:1].islower() else example
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=ITEM_EXAMPLE,
                # "of which of these is “weather” given as an example?" read as garbled (raters on test-ad-r2):
                # the example first, the question at the end, with no verb to agree with a plural example.
                stem=f"The text gives “{shown}” as an example of which of these?",
                key=key,
                correct=(key,),
                distractors=distractors,
                kind=f"label:{group.id}",
                original=key,
                source_anchor=group.anchor,
                source_sentence=item.sentences[0] if item.sentences else item.description,
                explanation=f"The text says: “{item.label}: {item.description}”",
                base=CONFIDENCE[ITEM_EXAMPLE],
                shown=item.sentences[:1],
                claims=(f"example:{norm(example)}",),
                level="understand",
            )


def _names_kind(description: str, label: str) -> bool:
    """``description`` names ``label``, singular or plural: the label is the kind the described item is of."""
    return bool(find_phrase(description, label) or find_phrase(description, singular(label)))


def _alike(key: str, rivals: list[str]) -> tuple[str, ...]:
    """The siblings' labels, in the text's order, within twice the key's length and each other's."""
    chosen: list[str] = []
    for label in rivals:
        if length_ok(key, label) and all(length_ok(label, other) for other in chosen):
            chosen.append(label)
    return tuple(chosen[:MAX_DISTRACTORS])


def item_example_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for group in lesson.groups:
        # In "A tabletop exercise gathers ... a crisis such as a natural disaster" ("named" lists) the
        # examples belong to a noun of the predicate, not to the item named.
        if group.origin not in ("sections", "named"):
            yield from _group_questions(group, lesson, course)


FEEDERS = """# Food Webs

## Kinds of feeder

- **Herbivores**: animals that eat only plants, such as rabbits, deer and grasshoppers.
- **Carnivores**: animals that eat only other animals, for example foxes and owls.
- **Omnivores**: animals that eat both plants and animals.
"""

# "damage to property" repeats a word of its own label; "careless driving" a word of a sibling's
# description: neither is asked.
TORT = """# Negligence

## The elements

- **Duty of care**: the defendant owed the claimant a legal duty, for instance as a driver.
- **Breach of duty**: the defendant fell below the standard of care, such as careless driving.
- **Damage**: the claimant suffered harm, such as personal injury or damage to property.
- **Causation**: the careless driving or other breach caused the harm.
"""

# Two items: one sibling only, no question; and a clause after "such as" is no example.
CLAUSES = """# Food Webs

## Kinds of feeder

- **Herbivores**: animals that eat only plants, such as rabbits, deer and grasshoppers.
- **Carnivores**: animals that eat only other animals, for example foxes and owls.
"""

VERBS = """# Offsets

## Kinds

- **Direct offsets**: activity linked to the purchase, such as local assembly, and that work is often slow.
- **Indirect offsets**: activity unrelated to the equipment, such as a civilian factory.
- **Counter-trade**: goods taken in payment instead of money.
"""

# Examples of the foods an item is found in, not of the item: "legumes" is no example of a carbohydrate.
SOURCES = """# Nutrients

## The macronutrients

- **Carbohydrates**: compounds found mainly in plant foods such as grains, fruit and legumes, and in milk.
- **Fats**: energy-dense compounds, for example triglycerides and phospholipids.
- **Proteins**: long chains of amino acids, for example enzymes and antibodies.
"""

# Two items under one parent, three under its sibling: the cousins make up the options.
MEMORY = """# Memory

## Types of long-term memory

- **Explicit memory**: memories we can consciously recall and describe.
  - **Episodic memory**: personal experiences tied to a time and place.
  - **Semantic memory**: general knowledge and facts, such as the meaning of words.
- **Implicit memory**: memories that shape behaviour without conscious recollection.
  - **Procedural memory**: skills and habits, such as riding a bicycle.
  - **Skill learning**: slow gains in speed with practice.
"""

# Parents that are two facets ("By size", "By layout"), no kinds of one thing: no cousins.
FACETS = """# Networks

## Types of network

- **By size**: how far a network reaches.
  - **Local network**: a network over a small area, such as a school.
  - **Wide network**: a network over a large geographical area.
- **By layout**: how the devices connect.
  - **Star layout**: every device connects to one central switch.
  - **Ring layout**: every device connects to two neighbours.
"""

# Examples of what causes an item ("caused by something other than ..., such as drought") or of an agent
# ("set off by an outside event, such as a bus strike"): no examples of the item itself.
CAUSES = """# Hazards

## Kinds of event

- **Shock**: a sudden change in harvests caused by something other than farming, such as drought or frost.
- **Disruption**: a halt to normal travel set off by an outside event, such as a bus strike.
- **Disaster**: a natural hazard that overwhelms a community, such as river floods.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="item_example",
    priority=47,
    scope=LESSON,
    build=item_example_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(FEEDERS, ITEM_EXAMPLE, "The text gives “rabbits” as an example of which of these?"),
        makes(FEEDERS, ITEM_EXAMPLE, "Herbivores"),
        makes(FEEDERS, ITEM_EXAMPLE, "The text gives “owls” as an example of which of these?"),
        makes(TORT, ITEM_EXAMPLE, "“personal injury”"),
        makes_no(TORT, ITEM_EXAMPLE, "damage to property"),
        makes_no(TORT, ITEM_EXAMPLE, "careless driving"),
        makes_no(CLAUSES),
        makes_no(VERBS, ITEM_EXAMPLE, "local assembly"),
        makes_no(SOURCES, ITEM_EXAMPLE, "legumes"),
        makes_no(SOURCES, ITEM_EXAMPLE, "milk"),
        makes(SOURCES, ITEM_EXAMPLE, "“triglycerides”"),
        makes(MEMORY, ITEM_EXAMPLE, "The text gives “meaning of words” as an example of which of these?"),
        makes(MEMORY, ITEM_EXAMPLE, "Procedural memory"),
        makes_no(FACETS),
        makes_no(CAUSES, ITEM_EXAMPLE, "drought"),
        makes_no(CAUSES, ITEM_EXAMPLE, "bus strike"),
        makes(CAUSES, ITEM_EXAMPLE, "“river floods”"),
    ),
))
