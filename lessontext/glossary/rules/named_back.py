"""A name given back to the previous sentence's subject: "Some costs have both ... . These are called semi-variable costs."

The previous sentence says what a group of things does or is ("Some
electrons are only loosely held and can drift ..."); the next names them
("These are known as free electrons").  "These" points at that subject only
when the name's head noun is the subject's own ("electrons" ... "free
electrons"), so the rule asks for that agreement, and rebuilds the
definition around the head: "Electrons that are only loosely held and can
drift ...".  :mod:`.glosses` reads "This process is called X" after a
happening; a name whose head the previous sentence does not carry ("similar
agreements ... These became known as the unequal treaties") is left alone.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import singular, word_pos

# Two sentences and a head-noun agreement: as sure as a naming sentence read across a sentence break.
CONFIDENCE = 0.7
_MAX_NAME_WORDS = 5
_MAX_PREDICATE_WORDS = 25
_MIN_PREDICATE_WORDS = 3

_NAMED_BACK = re.compile(
    r"^(?P<pointer>These|They|This)\s+(?:are|is|were|was|became)\s+"
    r"(?:(?:also|often|commonly|usually|sometimes|generally)\s+)?(?:called|known\s+as|termed|referred\s+to\s+as)\s+"
    r"(?:the\s+|an?\s+)?(?P<name>[^,;:()\"“]{2,60}?)\s*(?:[,.;]|\s(?:because|since|as|and|but|which|who|that|when)\b|$)"
)
# The subject: at the start of the sentence or of a clause, after a determiner or quantifier.
_DETERMINER = r"(?:some|many|most|certain|several|a|an|the)"
_ASIDE = re.compile(r"^,\s+(?:such\s+as|for\s+example|like|including)\s+[^,]+,\s+")
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|these|those)\b", re.I)


def _predicate(previous: str, head: str, plural: bool) -> str | None:
    """What the previous sentence says its subject ``head`` does: "have both a fixed and a variable element"."""
    forms = {head, head + "s", head + "es"} if plural else {head}
    for form in forms:
        for match in re.finditer(rf"(?:^|,\s+){_DETERMINER}\s+(?:[a-z-]+\s+){{0,2}}?{re.escape(form)}\b", previous,
                                 re.I):
            rest = _ASIDE.sub("", previous[match.end():]).strip()
            rest = rest.rstrip(".!? ")
            words = word_list(rest)
            if not _MIN_PREDICATE_WORDS <= len(words) <= _MAX_PREDICATE_WORDS:
                continue
            if "VERB" not in word_pos(words[0]) or _PRONOUN.search(rest) or has_anaphora(rest) or ":" in rest:
                continue
            return rest
    return None


def find_named_back(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Some electrons are loosely held ... These are known as free electrons." -> "Electrons that are loosely held ..."."""
    match = _NAMED_BACK.match(sentence.strip())
    previous = context.previous
    if not match or not previous:
        return []
    name = match.group("name").strip()
    words = word_list(name)
    if not words or len(words) > _MAX_NAME_WORDS or not valid_term(name, strict=False):
        return []
    plural = match.group("pointer") != "This"
    head = singular(words[-1].lower()) if plural else words[-1].lower()
    predicate = _predicate(previous.strip(), head, plural)
    if predicate is None:
        return []
    genus = words[-1].lower()
    definition = finish_definition(f"{genus} that {predicate}")
    if not definition:
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, f"{previous} {sentence}", CONFIDENCE, "pattern",
                      mask=False)]


NAMED_BACK = RULES.register(Rule(
    name="named_back", priority=135, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_named_back,
    examples=(
        finds("# Circuits\n\nIn metals, some electrons are only loosely held and can drift between atoms. "
              "These are known as free electrons.\n", "free electrons"),
        finds("# Costs\n\nSome costs, such as a phone bill, have both a fixed and a variable element. "
              "These are called semi-variable costs.\n", "semi-variable costs"),
        misses("# Treaties\n\nSimilar agreements followed with other powers. These became known as the unequal treaties.\n",
               "unequal treaties"),
        misses("# Motion\n\nIf an object is slowing down, its acceleration is negative. This is sometimes called"
               " deceleration.\n", "deceleration"),
    ),
))
