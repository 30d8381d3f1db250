"""A formula's symbol and the quantity it names: "Δt is the dilated time: the interval between ...", "Δt₀ is the
proper time. This is the time interval between two events measured by ...".

A lesson built on a formula names each symbol's quantity in a sentence of its own and says what the quantity is
after a colon or in the sentence after it ("This is ...").  The quantity is a key term of the lesson; the symbol
is only how the formula writes it, so the gloss is the definition (test-ek: "proper time" and "dilated time", both
raters' must-haves, had no entry).
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.this_is import next_sentence
from lessontext.vocabulary import TermKind

# The author's own gloss of a quantity a formula uses: as sure as an appositive.
CONFIDENCE = 0.8

_SYMBOL = r"(?:[Δ∆]\s?)?[A-Za-zα-ωΑ-Ω](?:[₀-₉]+|_\w+)?"
_SYMBOL_IS = re.compile(rf"^\*?{_SYMBOL}\*?\s+(?:is|stands\s+for)\s+the\s+(?P<name>[a-z][a-z' -]{{2,40}}?)"
                        r"(?::\s+(?P<gloss>(?:the|an?)\s+[^:;]{10,}?))?\.?$")
_THIS_IS = re.compile(r"^This\s+is\s+(?P<gloss>(?:the|an?)\s+[^:;]{10,}?)\.?$")


def find_symbol_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Δt is the dilated time: the interval between ..." -> "Dilated time: The interval between ..."."""
    match = _SYMBOL_IS.match(sentence.strip())
    if not match:
        return []
    name = match["name"].strip()
    gloss = match["gloss"] or ((this := _THIS_IS.match((next_sentence(section, sentence) or "").strip())) and this["gloss"])
    if not gloss or len(name.split()) > 4 or not valid_term(name) or is_generic(name):
        return []
    definition = finish_definition(gloss)
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


SYMBOL_NAMED = RULES.register(Rule(
    name="symbol_named", priority=124, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_symbol_names,
    examples=(
        finds("# Heat\n\n## Symbols\n\nL is the latent heat: the energy a body takes in as it melts or boils, at "
              "one temperature.\n", "latent heat"),
        finds("# Waves\n\n## Symbols\n\nf is the natural frequency. This is the rate at which a system vibrates when it "
              "is disturbed and left alone.\n", "natural frequency"),
        misses("# Waves\n\n## Symbols\n\nf is the natural frequency. It depends on the stiffness.\n", "natural frequency"),
        misses("# Waves\n\n## Symbols\n\nThe answer is the natural frequency: the one we found above.\n",
               "natural frequency"),
    ),
))
