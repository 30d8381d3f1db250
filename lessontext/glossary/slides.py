"""Slide decks: which "Label: text" bullet fragments define their label.

A lesson written as slides is many short '## ' sections, each almost only a list of terse bullet fragments
("- Faster when warm, windy, dry"), some nested under another bullet, with next to no prose.  Its authors write
"Label: text" bullets for every kind of note, not only for definitions:

* examples of the label ("- Metals: iron, copper, tin"), a quantity or a duration ("- Mars: about 2 years",
  "- Share of exports: a small fraction"), a cause, a result or a remedy ("- Cause: ...", "- Fix: ...");
* a claim about the label: a clause with its own verb ("- Crowding: disease spreads faster"), a predicate with the
  label as its cut-off subject ("- Trade: carried by river barges"), a comparison ("- Warmer seas: stronger
  storms", "- Jupiter: largest planet of all");
* two things at once ("- Lakes and rivers: ...");
* a detail of the bullet it is nested under ("- Three states of matter" then "  - Gas: steam above a kettle").

Such a bullet is a term only when its text reads as a definition of the label: a genus with a determiner ("the
upper layer of the soil", "any rock that ..."), a place or a time ("where two plates meet"), a noun and a
participle or a relative clause ("rock melting under pressure", "energy released by a reaction"), a change of
state ("solid to liquid") or a sum ("speed plus direction").  A top-level bullet may also give a bare noun phrase
("molten rock below the surface"); a nested one is a detail of its parent unless it defines in one of those ways
or its parent names a kind ("Three types of rock").  An adjective's participle defines it ("Igneous: formed from
cooled magma").
A noun and a clause about it with no "that" ("average time a molecule spends in a store") gets its "that".
"""

from __future__ import annotations

import re

from lessontext.document import Document, ItemList, Paragraph
from lessontext.glossary.phrases import word_list
from lessontext.words import STOPWORDS as _STOPWORDS
from lessontext.words import fold, getAllLemmas, getInflection, word_pos

__all__ = ["fragment_defines", "is_slide_deck", "nested_detail", "with_relative_that"]

# A deck: at least this many headed sections, this share of its words in list items, items this short on average.
MIN_SLIDES = 4
MIN_LIST_SHARE = 0.8
MAX_MEAN_ITEM_WORDS = 14


def _items(items):
    for item in items:
        yield item
        yield from _items(item.children)


def is_slide_deck(document: Document) -> bool:
    """True for a document of many short sections of terse bullets and almost no prose."""
    list_words = prose_words = items = 0
    slides = 0
    for section in document.sections:
        slides += bool(section.heading) and any(isinstance(b, ItemList) for b in section.blocks)
        seen: set[int] = set()
        for block in section.blocks:
            if isinstance(block, Paragraph):
                prose_words += len(block.text.split())
            elif isinstance(block, ItemList):
                for item in _items(block.items):
                    if id(item) in seen:
                        continue  # a nested list is also its own block: count each item once
                    seen.add(id(item))
                    items += 1
                    list_words += len(item.text.split())
    if slides < MIN_SLIDES or not items:
        return False
    return (list_words / (list_words + prose_words) >= MIN_LIST_SHARE
            and list_words / items <= MAX_MEAN_ITEM_WORDS)


_DETERMINERS = frozenset("a an the any each every one".split())
_PLACE_OR_TIME = frozenset("where when whenever".split())
_RELATIVES = frozenset("that which who whose whom".split())
_SUMS = frozenset("plus minus times".split())
# "about 9 days", "roughly a third", "a tiny fraction": an amount, not what the label is.
_APPROXIMATORS = frozenset("about around roughly approximately nearly almost over under up some".split())
_QUANTITY_NOUNS = frozenset(
    """
    fraction share percent percentage proportion third thirds quarter quarters half tenth amount number
    seconds minutes hours days weeks months years decades centuries millennia thousands millions billions hundreds
    """.split()
)
# "- Cause: ...", "- Energy source: ...": a label naming a facet of the slide's subject, not a term of its own.
FACET_HEADS = frozenset(
    """
    cause causes effect effects result results consequence consequences fix fixes solution solutions problem problems
    reason reasons driver drivers idea ideas point points source sources benefit benefits drawback drawbacks
    advantage advantages disadvantage disadvantages risk risks impact impacts outcome outcomes trend trends aim aims
    purpose use uses
    """.split()
)
_MORE_OR_LESS = frozenset("more less fewer most least".split())
_COMPARATIVE = re.compile(r"^[a-z]{3,}(?:er|est)$")


def _participle(word: str) -> bool:
    """"turning", "released", "worn": a verb's -ing form or its past participle."""
    lower = word.lower()
    if "VERB" not in word_pos(lower):
        return False
    return lower.endswith("ing") or any(lower in (getInflection(lemma, "VBN") or ())
                                        for lemma in getAllLemmas(lower).get("VERB", ()) if lemma != lower)


def _verb(word: str) -> bool:
    """"lingers", "carried": a word only a verb (not "rock", "surface", nor "below")."""
    pos = word_pos(word)
    return "VERB" in pos and not pos & {"NOUN", "ADJ", "PROPN"}


def _noun(word: str) -> bool:
    return bool(word_pos(fold(word).lower()) & {"NOUN", "PROPN"})


def _strong(body: str) -> bool:
    """A genus with a determiner, a place or time, a noun and its participle or relative, a change or a sum."""
    chunks = [[w.lower() for w in word_list(chunk)] for chunk in re.split(r"[,;(]", body)]
    first_part = chunks[0]
    if first_part and (first_part[0] in _DETERMINERS or first_part[0] in _PLACE_OR_TIME):
        return True
    if 3 <= len(first_part) <= 4 and first_part[1] == "to":
        return True  # "solid to liquid", "liquid to vapour, forms clouds"
    for words in chunks:
        # "hot rock slowly flowing": an adverb between the noun and its participle.
        words = [w for w in words if not (w.endswith("ly") and "ADV" in word_pos(w))]
        for previous, word in zip(words, words[1:], strict=False):
            if (word in _RELATIVES or word in _SUMS) and _noun(previous):
                return True
            # "rock melting under pressure", not "fine shattered rock" (a participle before its noun).
            if _participle(word) and _noun(previous) and "ADJ" not in word_pos(previous) and not _participle(previous):
                return True
    return False


def _comma_list(body: str) -> bool:
    """"iron, copper, tin", "roofs, roads, car parks, so little soaks in": examples, not a gloss."""
    parts = [p.strip() for p in re.split(r",|\bor\b|\band\b", body) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 3 for p in parts[:2])


# "Three types of rock" then "  - Igneous: ...": the parent names a kind, its sub-bullets are its members.
_KINDS_OF = re.compile(r"\b(?:types|kinds|forms|classes|categories|sorts)\s+of\b", re.I)


def nested_detail(parent: str | None) -> bool:
    """True for a bullet under ``parent`` (a parent bullet's text, or None at the top level) that is its detail."""
    return parent is not None and not _KINDS_OF.search(parent)


def fragment_defines(label: str, body: str, *, nested: bool = False) -> bool:
    """True when a slide bullet's text ``body`` reads as a definition of its ``label`` (see the module docstring)."""
    words = [w.lower() for w in word_list(body)]
    label_words = [w.lower() for w in word_list(label)]
    if not words or not label_words or "and" in label_words:
        return False  # "Snow and ice: ...": two things a bullet says something of, not one term
    quantity = (words[0][:1].isdigit() or words[0] in _APPROXIMATORS
                or any(w in _QUANTITY_NOUNS or w[:1].isdigit() for w in words[:4]))
    comparative = words[0] in _MORE_OR_LESS or _COMPARATIVE.match(words[0]) and "ADJ" in word_pos(words[0]) and not _noun(words[0])
    if quantity or comparative:
        return False
    strong = _strong(body)
    if label_words[-1] in FACET_HEADS and not (words[0] in _DETERMINERS and strong):
        return False
    if strong:
        return True
    if len(label_words) == 1 and word_pos(label_words[0]) == {"ADJ"} and _participle(words[0]) and len(words) >= 3:
        return True  # "Igneous: formed from cooled magma": an adjective's defining participle
    if nested or _verb(words[0]) or _comma_list(body):
        return False
    # A bare noun phrase ("molten rock below the surface") defines; a clause with its own verb does not.
    return not any(_verb(w) for w in words[1:8])


# "average time a water molecule spends in one store": a noun, then a clause about it with no "that".
_CONTACT_RELATIVE = re.compile(r"^(?P<head>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?P<clause>(?:a|an|the|its|their|one)\s+.+)$", re.I)


def with_relative_that(body: str) -> str:
    """"average time a molecule spends in a store" -> "average time that a molecule spends in a store"."""
    match = _CONTACT_RELATIVE.match(body.strip())
    if not match:
        return body
    head = [w.lower() for w in word_list(match.group("head"))]
    clause = [w.lower() for w in word_list(match.group("clause"))][1:5]
    if not head or any(w in _STOPWORDS or _verb(w) or not word_pos(w) & {"NOUN", "ADJ"} for w in head):
        return body
    if not _noun(head[-1]) or not any(_verb(w) and not _participle(w) for w in clause):
        return body
    return f"{match.group('head')} that {match.group('clause')}"
