"""Nested lists read as groups: what the sub-items under each item of a list say about it.

Teaching prose often lists a few named things of one kind, each with a short sub-list of parallel facts:

    - Polar maritime air
      - Arrives from the west
      - Brings cool, showery weather
    - Tropical continental air
      - Arrives from the south
      - Brings hot, dry weather

Each sub-item that opens with the same verb under every item ("Arrives", "Brings") is a fact the text
states of that item alone, so "Which of the following brings hot, dry weather?" has one defensible key and
the other items as distractors of the same kind (``property_groups``: one group per such column).

The reverse shape is a table written as a list: the same labels ("Cloud:", "Precipitation:",
"Pressure:") under each item of a sequence ("Ahead of the warm front", "In the warm sector").  Those
labels are the table's column names, not terms the lesson teaches: asking which of them "a short period
of heavy rain" falls under asks the layout, and world knowledge answers it (raters on test-ab: both such
items rejected by both).  ``column_labels`` names them, so no group is built of them.
"""

from __future__ import annotations

from collections import Counter

from lessontext.document import ItemList, ListItem
from lessontext.words import getAllLemmas

from .listitems import Item
from .prose import is_verb
from .slots import PREPOSITIONS
from .text import norm, words

# At least this many named things, each with its sub-list, make a group (as a labelled list needs).
MIN_PARENTS = 3
MAX_PARENT_WORDS = 5
# Words that open a phrase of time or place, not the name of a thing ("As the cold front passes",
# "Ahead of the warm front", "When demand rises").
_NOT_A_NAME = PREPOSITIONS | frozenset("as when while whenever once if ahead".split())


def column_labels(block: ItemList) -> frozenset[str]:
    """The labels that the sub-lists of two or more items of ``block`` share (normalised)."""
    counts: Counter[str] = Counter()
    for item in block.items:
        counts.update({norm(child.label) for child in item.children if child.label})
    return frozenset(label for label, n in counts.items() if n >= 2)


def _named_thing(item: ListItem) -> bool:
    """A short noun phrase with no verb: "Polar maritime air", not "As the cold front passes"."""
    toks = words(item.text)
    if not 1 <= len(toks) <= MAX_PARENT_WORDS or item.label or item.text.rstrip()[-1:] in ".:;?!":
        return False
    return toks[0].lower() not in _NOT_A_NAME and not any(is_verb(t) for t in toks)


def _fact(child: ListItem) -> str:
    """The sub-item as a bare predicate of its parent ("brings hot, dry weather"), up to any semicolon;
    empty unless it opens with a verb in -s and has no label."""
    if child.label or not child.sentences:
        return ""
    text = child.sentences[0].split(";", 1)[0].strip().rstrip(".")
    toks = words(text)
    first = toks[0] if toks else ""
    # A verb in -s, or a word that may be one ("Nests", "Feeds"): the same word opens the sub-item in
    # this place under every item (``property_groups``), so it is read as the verb it may be.
    if len(toks) < 3 or not first[:1].isupper() or not first.endswith("s") or first.endswith("ss") \
            or "VERB" not in getAllLemmas(first.lower()):
        return ""
    return first.lower() + text[len(first):]


def property_groups(block: ItemList) -> list[tuple[Item, ...]]:
    """One group per column of facts: the sub-items in one place under every item, opening with one verb."""
    parents = block.items
    if len(parents) < MIN_PARENTS or not all(p.children and _named_thing(p) for p in parents):
        return []
    groups: list[tuple[Item, ...]] = []
    for k in range(min(len(p.children) for p in parents)):
        facts = [_fact(p.children[k]) for p in parents]
        if not all(facts) or len({words(f)[0] for f in facts}) != 1:
            continue  # not the same kind of fact under every item
        groups.append(tuple(Item(p.text.strip(), f, (p.children[k].sentences[0],)) for p, f in zip(parents, facts)))
    return groups


def _phrase_of_time_or_place(item: ListItem) -> bool:
    """"As the cold front passes", "In the upper course": a stage of a sequence, not a name."""
    toks = words(item.text)
    return 2 <= len(toks) <= 8 and not item.label and toks[0].lower() in _NOT_A_NAME \
        and item.text.rstrip()[-1:] not in ".:;?!"


def stage_groups(block: ItemList) -> list[tuple[Item, ...]]:
    """One group per column label of a table written as a list whose items are stages: the labelled value
    under each stage, labelled with the column and the stage ("Precipitation as the cold front passes"), so
    the question asks what the text says of that stage, the other stages' values its options."""
    parents = [p for p in block.items if _phrase_of_time_or_place(p)]
    if len(parents) < 2 or len(parents) != len(block.items):
        return []
    groups: list[tuple[Item, ...]] = []
    for column in sorted(column_labels(block)):
        items = []
        for p in parents:
            child = next((c for c in p.children if c.label and norm(c.label) == column and c.sentences), None)
            if child is not None:
                label = f"{child.label.strip()} {p.text.strip()[:1].lower()}{p.text.strip()[1:]}"
                items.append(Item(label, child.sentences[0], (child.sentences[0],)))
        if len(items) >= MIN_PARENTS:
            groups.append(tuple(items))
    return groups
