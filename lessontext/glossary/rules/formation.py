"""A kind defined by how it forms: "Alluvial soils are made from silt laid down by rivers", "Volcanic glass is
formed when lava cools too fast for crystals to grow".

Science lessons often introduce a kind (a modifier and a head noun, "igneous rocks", "volcanic glass") by the
process or place it comes from.  The copula rule leaves "is made/formed ..." alone, since "is made of quartz" or
"was formed in 1920" say little of a single thing; but for a modified kind, its own head noun and the participle
phrase make a definition ("Soils made from silt laid down by rivers").  A subject with a determiner ("The rocks",
"These soils") points to particular things, and is left alone.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, word_pos

# A kind and how it forms: a little less sure than "X is a Y".
CONFIDENCE = 0.7

# "Alluvial soils are made from ...", "Volcanic glass is formed when ...": a modifier and a head, then the process.
_KIND_FORMED = re.compile(
    r"^(?P<term>[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})\s+(?:is|are)\s+(?:usually\s+|mainly\s+|mostly\s+)?"
    r"(?P<participle>formed|made|produced|created|built\s+up|laid\s+down)\s+"
    r"(?P<how>(?:when|where|from|by|at|in|on|through|as)\b[^;:]{8,200}?)\s*[.;]?$")
# "made of quartz", "made in 1920": what it consists of or a date, not how a kind forms.
_NOT_A_PROCESS = re.compile(r"^(?:in|on|at)\s+(?:the\s+)?(?:\d|[A-Z])|^of\b")


def find_formed_kinds(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Modifier head(s) is/are formed/made when/from/at ..." -> "Head(s) formed/made when/from/at ..."."""
    match = _KIND_FORMED.match(sentence.strip())
    if not match or _NOT_A_PROCESS.match(match["how"]):
        return []
    term = match["term"]
    words = term.split()
    if words[0].lower() in STOPWORDS or "NOUN" not in word_pos(words[-1]) or not valid_term(term) or is_generic(term):
        return []
    head = words[-1]
    definition = finish_definition(f"{head[:1].upper()}{head[1:]} {match['participle']} {match['how']}")
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


FORMED_KIND = RULES.register(Rule(
    name="formed_kind", priority=106, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_formed_kinds,
    examples=(
        finds("# Soils\n\nAlluvial soils are made from silt laid down by rivers in flood.\n", "Alluvial soils"),
        finds("# Rocks\n\nVolcanic glass is formed when lava cools too fast for crystals to grow.\n", "Volcanic glass"),
        misses("# Rocks\n\nThe old rocks are made of quartz and mica.\n", "old rocks"),
        misses("# Town\n\nCity walls were built in 1320.\n", "City walls"),
    ),
))
