"""Formula lines that name a quantity: "average speed = total distance travelled / total time taken".

A lesson often defines a quantity by setting its formula, in words, on a line
of its own (after "X is defined as:" or "The formula is:"); the quantity is a
key term and the formula, read aloud, is what a teacher gives as its meaning:
"Total distance travelled divided by total time taken."  A sentence that says the operation in words names one too:
"Dividing the buckling load by the cross-sectional area gives the critical stress" (``operation_gives``).
"""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, Paragraph
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import looks_like_acronym, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind

# A formula names the quantity and says how it is computed, but not what it is for: below a sentence that
# defines it ("X is the ..."), which wins the merge when the lesson has one.
CONFIDENCE = 0.6

_MAX_NAME_WORDS = 4
# "name = operand (op operand)+": the whole paragraph, in words (a worked line has figures; a symbolic one, letters).
_FORMULA_LINE = re.compile(r"^(?P<name>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3})\s*=\s*(?P<expression>[^=()\d]+?)\.?$")
_OPERATOR = re.compile(r"\s*(?P<op>[÷/×*+−])\s*|\s+(?P<sub>-)\s+")
_SPOKEN = {"÷": "divided by", "/": "divided by", "×": "multiplied by", "*": "multiplied by", "+": "plus",
           "−": "minus", "-": "minus"}
# "Because volume = area × length, you can rearrange the rule:": the line after solves a known relation for
# another quantity (to find a missing value); it is not what that quantity is ("Length: Volume divided by area").
_REARRANGED = re.compile(r"\brearrang(?:e|es|ed|ing)\b|\bworking backwards\b", re.I)
# An operand is a quantity in words: "total distance travelled", "diameter of the aperture" (not "u", "at").
_MIN_OPERAND_LETTERS = 3


def _spoken(expression: str) -> str | None:
    """"focal length ÷ diameter of the aperture" -> "focal length divided by diameter of the aperture"; None unless
    every operand is a lower-case quantity in words ("Liabilities + Equity" is an identity between named terms)."""
    parts = _OPERATOR.split(expression)
    operands, operators = parts[::3], [op or sub for op, sub in zip(parts[1::3], parts[2::3], strict=True)]
    if not operators or any(not re.fullmatch(r"[a-z][a-z' -]*", o.strip()) or len(o.strip()) < _MIN_OPERAND_LETTERS
                            for o in operands):
        return None
    spoken = [operands[0].strip()]
    for op, operand in zip(operators, operands[1:], strict=True):
        spoken += [_SPOKEN[op], operand.strip()]
    return " ".join(spoken)


def _after_rearranging(section: DocumentSection, block: Block) -> bool:
    """True when the paragraph just before ``block`` in its section says the rule is rearranged."""
    at = next((i for i, b in enumerate(section.blocks) if b is block), 0)
    before = section.blocks[at - 1] if at else None
    return isinstance(before, Paragraph) and bool(_REARRANGED.search(before.text))


def find_formula_lines(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A paragraph that is only "quantity = formula in words": the quantity, defined by its formula read aloud.

    The name must be a term (not a symbol, not an acronym whose expansion
    the lesson gives elsewhere), and every operand a quantity in lower-case
    words; figures ("= 700 m / 500 s") make it a worked line, not a formula; a line the paragraph before
    announces as a rearrangement solves another formula for a missing value.
    """
    if not isinstance(block, Paragraph) or len(block.sentences) > 1 or _after_rearranging(section, block):
        return []
    match = _FORMULA_LINE.match(block.text.strip())
    if not match:
        return []
    name = match.group("name")
    if len(word_list(name)) > _MAX_NAME_WORDS or looks_like_acronym(name) or not valid_term(name):
        return []
    spoken = _spoken(match.group("expression"))
    definition = finish_definition(spoken) if spoken else None
    if definition is None:
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, block.text.strip(), CONFIDENCE, "pattern")]


# "Dividing the distance by the time gives the speed", "Dividing the buckling load by the cross-sectional area *A*
# gives the critical stress, σ = ...": two quantities in words and the quantity their operation gives.
_OPERATION_GIVES = re.compile(
    r"^(?P<verb>Dividing|Multiplying)\s+(?P<a>the\s+[a-z][a-z' -]{2,40}?)\s+by\s+(?P<b>the\s+[a-z][a-z' -]{2,40}?)"
    r"(?:\s+[A-Za-zα-ω]\b)?\s+gives\s+the\s+(?P<name>[a-z][a-z' -]{2,40}?)\s*(?:[,.:;(]|$)")


def find_operation_gives(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Dividing the buckling load by the cross-sectional area gives the critical stress" -> "Critical stress: The
    buckling load divided by the cross-sectional area." (test-em, both raters' must-have)."""
    match = _OPERATION_GIVES.match(sentence.strip())
    if not match or len(word_list(match["name"])) > _MAX_NAME_WORDS or not valid_term(match["name"]):
        return []
    operation = "divided by" if match["verb"] == "Dividing" else "multiplied by"
    definition = finish_definition(f"{match['a']} {operation} {match['b']}")
    return [Candidate(match["name"], definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")] if (
        definition) else []


OPERATION_GIVES = RULES.register(Rule(
    name="operation_gives", priority=98, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_operation_gives,
    examples=(
        finds("# Columns\n\nDividing the buckling load by the cross-sectional area *A* gives the critical stress, "
              "σ = π²E / λ².\n", "critical stress"),
        finds("# Motion\n\nDividing the distance by the time gives the speed.\n", "speed"),
        misses("# Pencils\n\nDividing the cost by the number of pencils always gives 40p.\n", "40p"),
    ),
))

FORMULA_LINE = RULES.register(Rule(
    name="formula_line", priority=184, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_formula_lines,
    examples=(
        finds("# Motion\n\nSpeed tells us how quickly distance is covered. Average speed is defined as:\n\n"
              "average speed = total distance travelled / total time taken\n",
              "average speed"),
        finds("# Light\n\nIts size is given by the f-number:\n\nf-number = focal length ÷ diameter of the aperture\n",
              "f-number"),
        misses("# Motion\n\naverage speed = 700 m / 500 s\n", "average speed"),
        misses("# Motion\n\nv = u + at\n", "v"),
        misses("# Density\n\nSince mass = density × volume, we can rearrange it:\n\nvolume = mass ÷ density\n", "volume"),
        misses("# Accounts\n\nAssets = Liabilities + Equity\n", "Assets"),
        misses("# Markets\n\nPED = percentage change in quantity ÷ percentage change in price\n", "PED"),
    ),
))
