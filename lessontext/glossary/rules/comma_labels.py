"""List items that open with a bold term and a comma: "2. **Risk education**, which teaches people how to ..."."""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, ItemList
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.emphasis import subject_genus
from lessontext.vocabulary import TermKind
from lessontext.words import getAllLemmas, getInflection, term_key

# The author lists the terms in bold and glosses each after a comma: a little less sure than "**Term**: ...".
CONFIDENCE = 0.7
# "**Term**, which teaches ...", "**Term**, covering ...": the gloss after the bold term and its comma.
_COMMA_GLOSS = re.compile(r"^(?P<term>[^,;:()]{2,60}),\s+(?:which\s+(?P<which>[a-z]+s\b.*)|(?P<doing>[a-z]+ing)\s+(?P<rest>.+))$")
# Two items or more of the same shape: the author's list of terms, not one aside.
_MIN_ITEMS = 2
_MIN_GLOSS_WORDS = 3


def _third_person(participle: str) -> str | None:
    """"covering" -> "covers", "including" -> "includes"."""
    lemmas = getAllLemmas(participle).get("VERB")
    if not lemmas:
        return None
    forms = getInflection(lemmas[0], "VBZ")
    return forms[0] if forms else None


def _gloss(text: str, bold: set[str]) -> tuple[str, str] | None:
    """("Risk education", "teaches people ...") for "**Risk education**, which teaches people ..."."""
    match = _COMMA_GLOSS.match(text.strip())
    if not match or term_key(match.group("term")) not in bold:
        return None
    if match.group("which"):
        predicate = match.group("which")
    else:
        verb = _third_person(match.group("doing"))
        if verb is None:
            return None
        predicate = f"{verb} {match.group('rest')}"
    predicate = predicate.strip().rstrip(".")
    if len(word_list(predicate)) < _MIN_GLOSS_WORDS or has_anaphora(predicate):
        return None
    return match.group("term").strip(), predicate


def find_comma_labels(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A list whose items open with a bold term, a comma and what it does: each term, defined by that.

    "1. **Clearance**, including survey and marking ...", "2. **Risk
    education**, which teaches people ...": "which" + a verb or a participle
    ("covering", "including") after the comma says what the term does; at
    least two items must have that shape.  "**Intentional torts**, such as
    battery, involve ..." (examples) and "**Stockpile destruction**, so that
    ..." (a purpose) do not.
    """
    if not isinstance(block, ItemList):
        return []
    bold = {term_key(b) for b in context.document.emphasis}
    glossed = [(item, found) for item in block.items if not item.label and (found := _gloss(item.text, bold))]
    if len(glossed) < _MIN_ITEMS:
        return []
    out = []
    for item, (term, predicate) in glossed:
        if not valid_term(term, strict=False):
            continue
        definition = finish_definition(subject_genus(term, predicate))
        if definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, item.text, CONFIDENCE, "label"))
    return out


COMMA_LABEL = RULES.register(Rule(
    name="comma_label", priority=188, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_comma_labels,
    examples=(
        finds("# Mines\n\nThe field has pillars:\n\n1. **Risk education**, which teaches people how to behave safely.\n"
              "2. **Victim assistance**, covering medical care and rehabilitation.\n", "Victim assistance"),
        misses("# Mines\n\nThe field has pillars:\n\n1. **Risk education**, which teaches people how to behave safely.\n"
               "2. **Stockpile destruction**, so that stored mines can never be laid again.\n", "Risk education"),
        misses("# Torts\n\nTorts come in kinds:\n\n- **Intentional torts**, such as battery, involve deliberate acts.\n"
               "- **Strict torts**, such as keeping wild animals, need no fault.\n", "Intentional torts"),
        misses("# Mines\n\nThe field has pillars:\n\n1. Risk education, which teaches people how to behave safely.\n"
               "2. Victim assistance, covering medical care and rehabilitation.\n", "Victim assistance"),
    ),
))
