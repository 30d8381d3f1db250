"""A bold term glossed by a participle after its comma: "Every other unit is a **derived unit**, made by multiplying or
dividing base units", "The height of a cone is the **perpendicular height**, measured straight up from the centre of
the base".

Textbooks name a kind in bold as a sentence's complement and say at once how it is made, caused or measured; no rule
read the shape (test-dv, "derived unit": missed by both raters' lists; 16 such sentences in the open corpora).  The
term's own head noun takes the participle phrase ("A unit made by multiplying or dividing base units", "The height
measured straight up ..."), up to the next comma.  Only a bold term of two words or more (its head is the kind it
names), and only a participle that says what the thing is, not what it is called ("often shortened to", "named after").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import past_participle, term_key

# The author's bold name, its head noun and the participle: a little less sure than ``bold_inline``'s readings, which
# know the kind a lesson gave before ("the **dominant seventh**, built on ...": "A seventh chord built on ...").
CONFIDENCE = 0.6

_BOLD_COMPLEMENT = re.compile(
    r"\b(?:is|are|was|were)\s+(?P<det>an?|the)\s+(?P<term>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3}),\s+"
    r"(?P<gloss>(?P<participle>[a-z]+)\s+[^,;:()]{3,150}?)\s*(?=[,;:.]|$)")
# Participles that give the name, not what the thing is.
_NAMING = frozenset("called named known termed nicknamed shortened abbreviated written labelled labeled referred "
                    "given denoted symbolised symbolized".split())


def find_participle_gloss(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... is a **derived unit**, made by multiplying or dividing base units." -> "A unit made by multiplying or
    dividing base units."."""
    out = []
    for match in _BOLD_COMPLEMENT.finditer(sentence):
        term, participle = match["term"], match["participle"]
        if term_key(term) not in context.bold_keys or participle in _NAMING or not past_participle(participle):
            continue
        head = term.split()[-1]
        opener = "The" if match["det"] == "the" else rephrase.article(head)
        definition = finish_definition(f"{opener} {head} {match['gloss']}")
        if definition and valid_term(term) and not has_anaphora(definition):
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


PARTICIPLE_GLOSS = RULES.register(Rule(
    name="participle_gloss", priority=99, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_participle_gloss,
    examples=(
        finds("# Units\n\nEvery other unit is a **derived unit**, made by multiplying or dividing base units.\n",
              "derived unit"),
        finds("# Cones\n\nThe height of a cone is the **perpendicular height**, measured straight up from the centre of "
              "the base to the point.\n", "perpendicular height"),
        # a name, not what the thing is; a term the author did not set in bold
        misses("# Blood\n\nThe hormone is **antidiuretic hormone**, often shortened to ADH.\n", "antidiuretic hormone"),
        misses("# Units\n\nEvery other unit is a derived unit, made by multiplying or dividing base units.\n",
               "derived unit"),
    ),
))
