"""A source sentence that only introduces a list ("Some of these include:", "The main types are:").

Quoted alone, such a sentence explains nothing: the list is the claim.  A
candidate whose source sentence is a bare lead-in quotes instead the list item
the question is about (when one item names its key), else the lead-in with its
whole list, as one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lessontext.document import Document, ItemList, ListItem

from .candidate import Candidate
from .text import find_phrase

# The end of a sentence that announces a list rather than saying something itself.
_LEAD_IN_END = re.compile(
    r"(?::|\b(?:include|includes|including|are|is|were|was|following|follows|as follows|such as|these|below)\s*[.:]?)\s*$",
    re.I,
)


def is_lead_in(sentence: str) -> bool:
    """True for a sentence that only announces a list: it ends in a colon or an announcing word."""
    return bool(_LEAD_IN_END.search(sentence.strip()))


def lead_in_lists(document: Document) -> dict[str, tuple[ListItem, ...]]:
    """Each list lead-in sentence of ``document`` with the items of the list it introduces."""
    out: dict[str, tuple[ListItem, ...]] = {}
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, ItemList) and block.lead_in and block.items and is_lead_in(block.lead_in):
                out.setdefault(block.lead_in.strip(), block.items)
    return out


def _item_text(item: ListItem) -> str:
    text = item.text.strip()
    if item.label and not text.lower().startswith(item.label.lower()):
        text = f"{item.label}: {text}"
    return text


def with_its_list(lead_in: str, items: Sequence[ListItem]) -> str:
    """The lead-in and its list as one sentence ("The main types are: solar; wind; tidal.")."""
    head = lead_in.strip().rstrip(".:")
    listed = "; ".join(_item_text(i).rstrip(".;,") for i in items)
    return f"{head}: {listed}."


def _about(c: Candidate) -> list[str]:
    phrases = [c.key, c.original, *c.correct, *c.answers]
    return [p for p in dict.fromkeys(phrases) if p and len(p) > 1]


def complete_lead_in(c: Candidate, lists: dict[str, tuple[ListItem, ...]]) -> Candidate:
    """``c`` with a bare lead-in source replaced by its list item or by the lead-in with its list."""
    lead_in = c.source_sentence.strip()
    items = lists.get(lead_in)
    if not items:
        return c
    about = _about(c)
    hits = [i for i in items if any(find_phrase(_item_text(i), p) for p in about)]
    if len(hits) == 1:
        item = hits[0]
        quoted = f"{lead_in.rstrip('.:')}: … {_item_text(item)}"
        # The item's own sentence that names the key (a sentence of the lesson), else the item as quoted.
        source = next((s for s in item.sentences if any(find_phrase(s, p) for p in about)), _item_text(item))
    else:
        quoted = source = with_its_list(lead_in, items)
    explanation = c.explanation.replace(f"“{lead_in}”", f"“{quoted}”")
    if explanation == c.explanation:
        explanation = f"{c.explanation} The text says: “{quoted}”"
    return replace(c, source_sentence=source, explanation=explanation)
