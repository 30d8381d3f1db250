"""List categories named by their lead-in: "The main vitiating factors are:" before a labelled list."""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, ItemList
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import plural_head, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import word_pos

CONFIDENCE = 0.6

_CATEGORY_LEAD_IN = re.compile(
    r"^(?:The\s+)?(?:(?:main|principal|chief|usual|common|most common|key|classic|basic|two|three|four|five|six)\s+)*"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:are|include)(?:\s+the following)?\s*:$"
)


def find_categories(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """"The main vitiating factors are:" before a labelled list: the category, defined by its members.

    Every item of the list must be labelled, so the lead-in names the kind
    of thing each label is ("Factors such as mistake, duress and ...").
    """
    if not isinstance(block, ItemList):
        return []
    match = _CATEGORY_LEAD_IN.match((block.lead_in or "").strip())
    labels = [item.label for item in block.items if item.label]
    if not match or len(labels) < 2 or len(labels) != len(block.items):
        return []
    term = match.group("term")
    # "vitiating factors": a participle may modify the category's head noun.
    if not valid_term(term, strict=False) or not plural_head(term) or "NOUN" not in word_pos(word_list(term)[-1]):
        return []
    members = [label if label.isupper() or label[1:2].isupper() else label[0].lower() + label[1:] for label in labels]
    listed = ", ".join(members[:-1]) + " and " + members[-1]
    head = word_list(term)[-1].lower()
    definition = finish_definition(f"{head[0].upper()}{head[1:]} such as {listed}")
    if definition is None:
        return []
    return [Candidate(term, definition, TermKind.CONCEPT, section, block.lead_in or "", CONFIDENCE, "concept")]


LIST_CATEGORY = RULES.register(Rule(
    name="list_category", priority=200, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_categories,
    examples=(
        finds("# Contracts\n\nThe main vitiating factors are:\n\n- **Mistake**: an error about a fact.\n"
              "- **Duress**: pressure that leaves no real choice.\n", "vitiating factors"),
        misses("# Contracts\n\nThe main vitiating factors are:\n\n- Mistake about a fact.\n- Duress.\n", "vitiating factors"),
    ),
))
