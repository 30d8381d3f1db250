"""Outline glosses: a list item that is only a term, its first sub-item a noun phrase saying what the term is.

Structured lessons list parts or kinds as an outline::

    - **Stomach**
      - A J-shaped, muscular bag on the left side of the upper abdomen.
      - Churns food with acid and enzymes.

    - Rift valleys
      - Wide valleys formed where a continent begins to split apart

The parent item names the term and nothing else; a first sub-item that is a
noun phrase (an article first, or an adjective before a bare plural) is the
definition as written.  :mod:`.outline` reads the other shape, a sub-item
opening on what a bold term does ("Holds ...").  A category item ("Features
of transform boundaries", "Oceanic plate meets continental plate"), a
sub-item that is a clause ("The denser plate is subducted", "A raised
temperature can slow ...") or a measure ("About 1.5 metres long", "Thin,
usually 7 km thick") is no gloss.
"""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, ItemList
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import ANY_DIGIT, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, getAllLemmas, getInflection, word_pos

# The author sets the term apart and says what it is right under it, in a phrase rather than a sentence.
CONFIDENCE = 0.7
# "Natural killer (NK) cells": a term, not a line of prose.
_MAX_TERM_WORDS = 4
_MIN_GLOSS_WORDS = 4
_MAX_GLOSS_WORDS = 30
_ARTICLE = frozenset({"a", "an", "the"})
# A finite verb before any relative word or participle: the sub-item is a clause, not a noun phrase.
_FINITE_VERB = re.compile(
    r"^(?:(?!\b(?:that|which|who|whom|whose|where|when|formed|made|used|found|known|called)\b).)*?"
    r"\b(?:is|are|was|were|has|have|had|can|could|may|might|must|will|would|should|shall|do|does|did)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b", re.I)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|she|his|her|we|you|our|your|this|these|those)\b", re.I)


def _term_item(lead_in: str | None) -> str | None:
    """The parent item's text when it is a short term and nothing else ("**Stomach**", "Rift valleys")."""
    if not lead_in:
        return None
    text = lead_in.strip().strip("*_").strip()
    words = word_list(text)
    if not words or len(words) > _MAX_TERM_WORDS or any(ch in text for ch in ".:;!?,*_\"“"):
        return None
    # "Features of transform boundaries", "Landforms at divergent boundaries": a heading over a list of kinds.
    if any(w.lower() in STOPWORDS and w.lower() != "and" for w in words):
        return None
    if words[-1].lower().endswith(("ing", "ed")) and "NOUN" not in word_pos(words[-1]):
        return None
    return text if valid_term(text, strict=False) else None


def _participle(word: str) -> bool:
    """"linking", "coiled", "found": a present or past participle, which opens a phrase rather than a clause."""
    lower = word.lower()
    if lower.endswith("ing"):
        return True
    return any(lower in getInflection(lemma, "VBN") for lemma in getAllLemmas(lower).get("VERB", ()))


def _has_main_verb(gloss: str, *, article: bool) -> bool:
    """"The narrator hides ...", "The normal microbiota, ..., compete with ...": a verb before any relative word.

    A verb-only word counts unless it is a participle ("formed", "lying",
    "found"); a verb-or-noun "-s" word counts
    right after a singular noun when an article opens the sub-item ("The
    narrator hides"; a bare plural's "mountain chains" is a compound noun).
    """
    head = _RELATIVE.split(gloss, maxsplit=1)[0]
    tokens = re.findall(r"[A-Za-z][\w'-]*|,", head)
    for i, word in enumerate(tokens[1:], start=1):
        before = tokens[i - 1]
        if word == ",":
            continue
        lower, pos = word.lower(), word_pos(word)
        if pos == {"VERB"} and not _participle(word):
            return True
        before_pos = word_pos(before)
        if (article and lower.endswith("s") and not lower.endswith("ss") and "VERB" in pos and "NOUN" in before_pos
                and "ADJ" not in before_pos and not before.lower().endswith("s")):
            return True
    return False


def _noun_phrase(sentence: str, bold: frozenset[str] | set[str]) -> str | None:
    """The sub-item as written when it reads as a noun phrase; None for a clause, a measure or a fact."""
    gloss = sentence.strip()
    words = word_list(gloss)
    if not _MIN_GLOSS_WORDS <= len(words) <= _MAX_GLOSS_WORDS or ":" in gloss or ANY_DIGIT.search(gloss[:12]):
        return None
    if _FINITE_VERB.search(gloss) or _has_main_verb(gloss, article=words[0].lower() in _ARTICLE) or _PRONOUN.search(gloss) or has_anaphora(gloss):
        return None
    # "The **normal microbiota**, harmless bacteria ...": a sub-item opening on a term of its own explains that one.
    opening = re.sub(r"^(?:a|an|the)\s+", "", gloss, flags=re.I).lower()
    if any(re.match(rf"{re.escape(b.lower())}(?![\w-])", opening) for b in bold):
        return None
    first, second = words[0], words[1]
    if first.lower() in _ARTICLE:
        return gloss if "VERB" not in word_pos(second) or {"ADJ", "NOUN"} & word_pos(second) else None
    # "Long underwater mountain chains ...", "Wide valleys formed ...": an adjective before a bare plural.
    pos = word_pos(first)
    if (not first[:1].isupper() or "ADJ" not in pos or first.lower().endswith(("ly", "s"))
            or gloss[len(first):].lstrip().startswith(",")):
        return None
    return gloss


def find_outline_glosses(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A nested list under a term-only item: the first sub-item, when it is a noun phrase, defines the term.

    Only the first sub-item is read: the author says what the thing is
    before what it does or how big it is.
    """
    if not isinstance(block, ItemList) or not block.items:
        return []
    term = _term_item(block.lead_in)
    first = block.items[0]
    if term is None or first.label or not first.sentences:
        return []
    gloss = _noun_phrase(first.sentences[0], set(context.document.emphasis) - {term})
    definition = finish_definition(gloss) if gloss else None
    if definition is None:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, first.sentences[0], CONFIDENCE, "pattern")]


OUTLINE_GLOSS = RULES.register(Rule(
    name="outline_gloss", priority=183, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_outline_glosses,
    examples=(
        finds("# Gut\n\n- **Gallbladder**\n  - A small sac beneath the liver that stores bile.\n"
              "  - About 8 cm long.\n", "Gallbladder"),
        finds("# Coasts\n\n- Sea stacks\n  - Tall pillars of rock left standing when an arch collapses\n", "Sea stacks"),
        misses("# Plates\n\n- Features of transform boundaries\n  - Long, straight fault lines in the landscape\n",
               "Features of transform boundaries"),
        misses("# Immunity\n\n- **Fever**\n  - A raised body temperature can slow the growth of pathogens.\n", "Fever"),
        misses("# Voice\n\n- **Self-deception**\n  - The narrator hides uncomfortable truths from the reader.\n",
               "Self-deception"),
        misses("# Immunity\n\n- **Biological barriers**\n  - The **normal microbiota**, harmless bacteria in the gut,"
               " compete with pathogens.\n", "Biological barriers"),
        misses("# Gut\n\n- **Large intestine**\n  - About 1.5 metres long but much wider.\n", "Large intestine"),
        misses("# Plates\n\n- Continental crust\n  - Thick, usually 30 to 50 km, under mountains\n", "Continental crust"),
    ),
))
