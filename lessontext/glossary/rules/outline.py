"""Outline terms: a list item that is only a bold term, its indented sub-items saying what it does.

Lecture notes often read like this::

    - **Short-term memory**
      - Holds the information we are currently aware of.
      - Capacity: ...

The parent item names the term and nothing else; the first sub-item that
opens with what the term does ("Holds ...", "Directs ...") is its
definition, rebuilt around the term's head noun ("A memory that holds ...").
"""

from __future__ import annotations

from lessontext.document import Block, DocumentSection, ItemList
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, term_key, word_pos

# The author set the term apart in bold and explains it right under it: as sure as a bold subject.
CONFIDENCE = 0.7
_MAX_TERM_WORDS = 5
# "- Added by Baddeley in 2000." before "- Links information ...": look a little further than the first sub-item.
_SUB_ITEMS_READ = 2
# "Holds", "Directs", "Has": a present-tense verb of three letters or more ("Has" is a stopword that says what it has).
_MIN_VERB_LETTERS = 3
_HAVE = "has"


def _bold_heading_item(lead_in: str | None, context: Context) -> str | None:
    """The parent item's text when it is a bold term and nothing else ("**Sensory memory**")."""
    if not lead_in:
        return None
    text = lead_in.strip()
    words = word_list(text)
    if not words or len(words) > _MAX_TERM_WORDS or any(ch in text for ch in ".:;!?,"):
        return None
    return text if term_key(text) in context.bold_keys and valid_term(text, strict=False) else None


def _does(sentence: str) -> str | None:
    """"Holds speech-based information." -> "holds speech-based information"; None unless a verb opens it."""
    words = word_list(sentence)
    if len(words) < 3:
        return None
    verb = words[0]
    lowered = verb.lower()
    if (not verb[:1].isupper() or lowered in STOPWORDS and lowered != _HAVE or len(lowered) < _MIN_VERB_LETTERS
            or not lowered.endswith("s") or lowered.endswith("ss") or "VERB" not in word_pos(lowered)):
        return None
    predicate = rephrase.lower_first(sentence.strip().rstrip("."))
    return predicate if predicate[:1].islower() and not has_anaphora(predicate) else None


def find_outline_terms(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A nested list under a bold-only item: the item is the term, the first sub-item saying what it does defines it.

    Only a sub-item that opens with a present-tense verb counts ("Holds ...",
    "Directs attention ..."): a sub-item that is a fact about the term
    ("Added by Baddeley in 2000", "Fergus Craik proposed ...") or a label of
    its own ("Capacity: ...") is no definition.
    """
    if not isinstance(block, ItemList) or not block.items:
        return []
    term = _bold_heading_item(block.lead_in, context)
    if term is None:
        return []
    for item in block.items[:_SUB_ITEMS_READ]:
        if item.label or not item.sentences:
            continue
        predicate = _does(item.sentences[0])
        if predicate is None:
            continue
        definition = finish_definition(rephrase.genus_phrase(term, predicate))
        if definition is None:
            return []
        return [Candidate(term, definition, TermKind.DEFINED, section, item.sentences[0], CONFIDENCE, "pattern")]
    return []


OUTLINE_TERM = RULES.register(Rule(
    name="outline_term", priority=187, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_outline_terms,
    examples=(
        finds("# Memory\n\n- **Short-term memory**\n  - Holds the information we are currently aware of.\n"
              "  - Capacity: about four items.\n", "Short-term memory"),
        finds("# Memory\n\n- **Episodic buffer**\n  - Added by Baddeley in 2000.\n"
              "  - Links information from the other components into episodes.\n", "Episodic buffer"),
        misses("# Memory\n\n- Short-term memory\n  - Holds the information we are currently aware of.\n",
               "Short-term memory"),
        misses("# Memory\n\n- **Levels of processing**\n  - Craik and Lockhart proposed that deeper processing "
               "lasts longer.\n", "Levels of processing"),
        misses("# Intervals\n\n- **Seconds**\n  - minor second (1 semitone): C to D flat\n", "Seconds"),
    ),
))
