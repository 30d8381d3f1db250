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
from lessontext.words import getAllLemmas, getInflection, singular, term_key, word_pos

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
    bold = context.bold_keys
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


# "- **lichens**, partnerships between a fungus and an alga, which ...": the bold term, a comma, then a noun phrase
# set beside it (an article, or a plural noun) that says what it is.
_APPOSITIVE_GLOSS = re.compile(r"^(?P<term>[^,;:()]{2,60}),\s+(?P<gloss>(?P<first>[a-z][\w-]*)\s+[^;:()]{8,}?)[.;]?$")
_MIN_APPOSITIVE_WORDS = 4
_OBJECT_OPENERS = frozenset("a an the its their it them this these that those his her our your".split())


def _appositive_gloss(text: str, bold: set[str]) -> tuple[str, str] | None:
    """("lichens", "Partnerships between a fungus and an alga ...") for "**lichens**, partnerships between ..."."""
    match = _APPOSITIVE_GLOSS.match(text.strip())
    if not match or term_key(match.group("term")) not in bold:
        return None
    first = match.group("first")
    after = word_list(match.group("gloss"))[1:2]
    # "ridges of rough metal" is a noun phrase; "makes the joint stronger" a verb and its object.
    plural_noun = (first.endswith("s") and singular(first) != first and "NOUN" in word_pos(first)
                   and not ("VERB" in word_pos(first) and after and after[0].lower() in _OBJECT_OPENERS))
    if first not in {"a", "an"} and not plural_noun:
        return None  # "**Clearance**, including ...", "**Relief**, when ...": other rules read a verb or a clause
    gloss = match.group("gloss").strip()
    if len(word_list(gloss)) < _MIN_APPOSITIVE_WORDS or has_anaphora(gloss):
        return None
    return match.group("term").strip(), gloss


def find_appositive_labels(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """"- **lichens**, partnerships between a fungus and an alga ..." -> lichens: "Partnerships between ...".

    A list item that opens with a term the author set in bold, a comma and a
    noun phrase (an article, or a plural noun as a plural term takes) glosses
    the term even when it is the list's only such item: the bold says it is a
    term, the noun phrase says what it is.
    """
    if not isinstance(block, ItemList):
        return []
    bold = context.bold_keys
    out = []
    for item in block.items:
        found = None if item.label else _appositive_gloss(item.text, bold)
        if not found or not valid_term(found[0], strict=False):
            continue
        definition = finish_definition(found[1])
        if definition:
            out.append(Candidate(found[0], definition, TermKind.DEFINED, section, item.text, CONFIDENCE, "label"))
    return out


APPOSITIVE_LABEL = RULES.register(Rule(
    name="appositive_label", priority=189, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_appositive_labels,
    examples=(
        finds("# Soil\n\nEarly settlers include:\n\n- **mycorrhizae**, partnerships between fungi and plant roots, "
              "which pass water to the plant\n- grasses\n", "mycorrhizae"),
        finds("# Tools\n\nAfter cutting:\n\n- **burrs**, ridges of rough metal left along the cut edge\n- dust\n", "burrs"),
        misses("# Tools\n\nOn the bench:\n\n- Awl, a pointed tool for making holes in leather\n", "Awl"),
        misses("# Tools\n\nOn the bench:\n\n- **Awl**, used for making holes in leather\n", "Awl"),
    ),
))
