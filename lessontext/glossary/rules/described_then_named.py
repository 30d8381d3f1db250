"""A description, then its technical name as an appositive: "from the male part of a flower, the anther, to ...".

Teaching prose often says what a part is before it names it, setting the name after the description between
commas: "the tough white outer layer of the eye, the sclera, protects ...".  The description is then the name's
definition.  The name must be a specialised word (a rare one, not "the capital" after "the largest city of the
country") and the description a noun phrase of its own, with "of" or at least four words.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import specificity
from lessontext.vocabulary import TermKind
from lessontext.words import fold

# The author names what was just described: a sure pairing, but the description can be loose.
CONFIDENCE = 0.7
# A name this rare (0 everyday .. 1 hardly used) is a term the description explains.
SPECIALISED = 0.6
DESCRIPTION_THEN_NAME = re.compile(
    r"\b(?P<desc>[Tt]he\s+(?:[a-z][\w-]*\s+){1,6}?[a-z][\w-]*),\s+the\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?=,|;|\.$|$)")
_MIN_DESCRIPTION_WORDS = 4


def find_described_then_named(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"the male part of a flower, the anther," -> anther: "The male part of a flower"."""
    out = []
    for match in DESCRIPTION_THEN_NAME.finditer(sentence.strip()):
        desc, name = match.group("desc"), match.group("name")
        words = [fold(w).lower() for w in word_list(desc)]
        if len(words) < _MIN_DESCRIPTION_WORDS or "of" not in words[2:]:
            continue  # "the female part": a description too loose to stand alone
        if not valid_term(name, strict=False) or specificity(name.lower()) < SPECIALISED:
            continue
        if any(fold(w).lower() in words for w in word_list(name)) or "and" in words or "or" in words:
            continue
        definition = finish_definition(desc)
        if definition and not has_anaphora(definition):
            out.append(Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


DESCRIBED_THEN_NAMED = RULES.register(Rule(
    name="described_then_named", priority=108, scope=Scope.SENTENCE, confidence=CONFIDENCE,
    find=find_described_then_named,
    examples=(
        finds("# Eyes\n\nDust is kept out by the tough white outer layer of the eye, the sclera, and by tears.\n",
              "sclera"),
        finds("# Flowers\n\nPollen moves from the male part of a flower, the anther, to a stigma.\n", "anther"),
        misses("# Towns\n\nShe moved to the largest city of the country, the capital, in 1990.\n", "capital"),
        misses("# Flowers\n\nPollen lands on the female part, the stigma.\n", "stigma"),
    ),
))
