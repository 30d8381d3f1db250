"""Unlabelled lists that name their things first, read as labelled groups: "A live exercise (LIVEX)
deploys ..." (a name, then a verb) and "**Risk education**, which teaches ..." (a bold phrase, then a
comma or a verb).  The name or bold phrase is the item's label; what follows, its description."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from lessontext.document import ItemList, told_in_stages
from lessontext.words import getAllLemmas, singular

from .text import norm


@dataclass(frozen=True)
class Item:
    """A labelled thing and what the text says about it."""

    label: str
    description: str
    sentences: tuple[str, ...]


# An unlabelled list item that names its thing first: "A live exercise (LIVEX) deploys real troops ...",
# "A lead nation is a country that ...". The name (a few lower-case words, an acronym in brackets
# after it) is the item's label; what follows its verb, its description.
_NAMED_FIRST = re.compile(
    r"^(?:A|An)\s+(?P<name>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)(?:\s+\((?P<acronym>[A-Z]{2,6})\))?"
    r"\s+(?P<verb>is|[a-z]{2,}[a-rt-z]s)\s+(?P<rest>[^()]+)$"
)
MIN_NAMED_ITEMS = 3


def named_first(text: str) -> Item | None:
    """The item a list line makes when it opens with "A/An <name> <verb> ...", or None."""
    m = _NAMED_FIRST.match(text.strip())
    if not m:
        return None
    name, verb, rest = m.group("name"), m.group("verb"), m.group("rest").strip()
    toks = name.split()
    # A name is a few nouns and adjectives: no function word ("A series of events leads ..."), no "-ing".
    if any(t in STOP_IN_NAMES for t in toks) or toks[-1].endswith("ing") or verb in {"has", "was", "its", "this"}:
        return None
    if verb != "is" and not _third_person_verb(verb):
        return None  # "A lemon juice sample with ...": no verb ends the name
    return Item(name[:1].upper() + name[1:], f"{verb} {rest}", (text.strip(),))


STOP_IN_NAMES = frozenset("the a an of in on for to with by and or that which who is are".split())


def _third_person_verb(word: str) -> bool:
    """A word in -s that can be a verb ("deploys", "takes"): the first after the name ends it."""
    return bool(getAllLemmas(word).get("VERB"))


def named_first_items(block: ItemList) -> tuple[Item, ...]:
    """Every item of an unlabelled list as "A <name> <verb> ...", each name distinct, all names ending
    in one noun; else nothing.

    The descriptions keep their verbs ("deploys real troops ...", "is formed when ...") unless every
    item's verb is "is a/an ..." ("a country that ..."): one grammatical form for all, like a labelled list.
    """
    if any(i.label for i in block.items) or len(block.items) < MIN_NAMED_ITEMS:
        return ()
    found = [named_first(i.sentences[0] if i.sentences else i.text) for i in block.items]
    items = [i for i in found if i is not None]
    if len(items) < len(found) or len({norm(i.label) for i in items}) < len(items):
        return ()
    # Kinds of one thing ("live / command post / tabletop exercise"): options of one kind. A grid of
    # two ("strong / weak" x "acid / base") has a description ("ionises only partly") that fits two.
    if len({singular(i.label.split()[-1].lower()) for i in items}) > 1:
        return ()
    if all(re.match(r"is (?:a|an) ", i.description) for i in items):
        items = [Item(i.label, i.description[3:], i.sentences) for i in items]
    return tuple(items)


# After a bold phrase that opens a list item: a comma and what the phrase is or does ("**Risk education**,
# which teaches people ..."), or a verb ("**Strict liability** applies ..."). "which"/"who" go.
_AFTER_BOLD = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:,\s*(?:(?:which|who)\s+)?(?P<clause>\S.*)|(?P<verb>[a-z]+s)\s+(?P<rest>\S.*))$")


def bold_first_items(block: ItemList, emphasis: Sequence[str]) -> tuple[Item, ...]:
    """Every item of an unlabelled list opening with a phrase the author set in bold, then a comma or a
    verb: the bold phrases are the list's labels, as in a "**Term**: text" list (test-c: the five pillars
    of mine action, "1. **Clearance**, including survey ..." were asked about nowhere)."""
    if any(i.label for i in block.items) or len(block.items) < MIN_NAMED_ITEMS:
        return ()
    bold = sorted(set(emphasis), key=len, reverse=True)
    items = []
    for item in block.items:
        text = item.sentences[0] if item.sentences else item.text
        label = next((b for b in bold if len(b.split()) <= 5 and text.startswith(b)), None)
        m = _AFTER_BOLD.match(text[len(label):]) if label else None
        if not m or m.group("verb") and not _third_person_verb(m.group("verb")):
            return ()
        description = m.group("clause") or f"{m.group('verb')} {m.group('rest')}"
        if re.match(r"(?:such as|for example|for instance|e\.g\.|like)\b", description):
            return ()  # "**Intentional torts**, such as battery, involve ...": an aside, not a description
        items.append(Item(label, description, tuple(item.sentences) or (text,)))
    if len({norm(i.label) for i in items}) < len(items) or _grid(items):
        return ()
    return tuple(items)


def _grid(items: Sequence[Item]) -> bool:
    """Labels of two kinds crossed ("strong acid", "weak acid", "strong base"): a description of one
    ("ionises only partly") may fit another, two defensible answers."""
    heads: dict[str, set[str]] = defaultdict(set)
    for item in items:
        toks = item.label.lower().split()
        for modifier in toks[:-1]:
            heads[modifier].add(singular(toks[-1]))
    return any(len(h) > 1 for h in heads.values())


def stages_in_paragraphs(items: Sequence[Item]) -> bool:
    """A process's stages told in paragraphs (``document.told_in_stages``): no label is paired with its first sentence."""
    return told_in_stages([(i.label, len(i.sentences)) for i in items])


# A symbol of a formula, not a word: one letter, perhaps with a subscript ("v_e", "λ", "E", "x1").
_SYMBOL = re.compile(r"[^\W\d_](?:_\w{1,3}|\d)?")


def of_symbols(items: Sequence[Item]) -> bool:
    """Most labels are single letters, a formula's symbols ("v_e", "M", "r") or a mnemonic's: a description's unit
    gives its symbol away, and no item on them was accepted (six items on seven rated sets, dev-r5 to test-dq, and
    three matchings: 8 minor and 8 reject ratings)."""
    return sum(bool(_SYMBOL.fullmatch(i.label.strip())) for i in items) * 2 > len(items)
