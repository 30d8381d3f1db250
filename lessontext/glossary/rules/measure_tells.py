"""A quantity told by what it tells: "The **magnification** of an image tells you how many times larger the image is
than the real object" -> "A measure of how many times larger the image is than the real object".

A lesson on a measured quantity often introduces it, in bold, by what its value says rather than by a copula
("The **density** of a material tells you how much mass each cubic centimetre of it holds"): the clause after
"tells you how" is what the quantity measures ("A pyramid that shows how many ..." says more than a measure).
The thing it belongs to ("of a material") stands in for an "it" the clause points back with ("... of the
material holds").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import term_key

# The author's bold and a verb of telling: close to a definition, a little less than "is".
CONFIDENCE = 0.75
# ("The U-value, sometimes called the thermal transmittance, tells you how many watts ...": a name given in an aside
# marks a term as surely as bold does, and is its alias.)
_TELLS = re.compile(
    r"^(?:The|An?)\s+(?P<term>[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"(?:,\s+(?:also|sometimes|often|usually)\s+(?:called|known\s+as)\s+(?:the\s+)?(?P<alias>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),)?"
    r"(?:\s+of\s+(?:an?|the)\s+(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
    r"\s+tells\s+(?:you|us)\s+(?P<how>how\s+[^;:]{8,}?)\s*[.:]?$")
_IT = re.compile(r"\bit\b")


def find_measure_tells(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The **magnification** of an image tells you how many times larger ..." -> "A measure of how many times ..."."""
    match = _TELLS.match(sentence.strip())
    if not match or not (match["alias"] or term_key(match["term"]) in context.bold_keys) \
            or not valid_term(match["term"], strict=False):
        return []
    how = match["how"]
    if match["owner"] and len(_IT.findall(how)) == 1:
        how = _IT.sub(f"the {match['owner']}", how)  # "each cubic centimetre of it": of the material
    definition = finish_definition(f"A measure of {how}")
    if not definition or has_anaphora(definition):
        return []
    aliases = {match["alias"]} if match["alias"] else set()
    return [Candidate(match["term"], definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern",
                      aliases=aliases)]


MEASURE_TELLS = RULES.register(Rule(
    name="measure_tells", priority=101, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_measure_tells,
    examples=(
        finds("# Microscopes\n\nThe **magnification** of an image tells you how many times larger the image is than "
              "the real object.\n", "magnification"),
        finds("# Materials\n\nThe **density** of a material tells you how much mass each cubic centimetre of it holds.\n",
              "density"),
        finds("# Heat\n\nThe U-value, sometimes called the thermal transmittance, tells you how many watts pass through each "
              "square metre of a wall for every degree of temperature difference.\n", "U-value"),
        misses("# Acids\n\nThe colour of the paper tells you how acidic the solution is.\n", "colour"),
        misses("# Acids\n\nThe **indicator** tells you when to stop.\n", "indicator"),
    ),
))
