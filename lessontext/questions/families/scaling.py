"""A scaling law on a new factor: "By the relation the text describes, what does a force of 12 units become if the
distance is halved (nothing else changing)?".

Reads the sentences in which a lesson shows how one quantity follows another: "If the distance doubles, the force
falls to one quarter", "Doubling one charge doubles the force", "If the radius triples, the volume increases
27 times".  The pair of factors gives the power the law raises the first quantity to (2 and 1/4: the inverse
square; 2 and 2: proportion); the item asks the same law on a factor the lesson does not state for that quantity
(halved, where the text doubles and triples it) and an amount whole under every option, and the key is computed.  A learner who recalls the sentence
cannot answer it; one who understood the law can, so its level is "apply" (test-dd, both raters: Coulomb's law, an
inverse square law with its doubling and tripling spelled out, got no question beyond recall).

Only whole powers from -3 to 3 are read (a "falls to one third" for a doubling is no law of this kind), and only
when both quantities are named by a short noun phrase with no pronoun; not a plain proportion, whose answer repeats
its question ("halved": "It is halved").  The wrong options are the slips a learner makes with such a law: the
power's sign turned (3 units for 48), the power dropped (24 or 6 units), and no change.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from fractions import Fraction

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..rules import SCALING_FACTOR
from ..text import POINTING_PRONOUNS, article_for, norm
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {SCALING_FACTOR: 0.6}

# How a quantity is changed: "doubles", "is doubled", "doubling".
_CHANGES = {
    "doubles": Fraction(2), "is doubled": Fraction(2), "doubling": Fraction(2),
    "triples": Fraction(3), "is tripled": Fraction(3), "tripling": Fraction(3),
    "quadruples": Fraction(4), "is quadrupled": Fraction(4), "quadrupling": Fraction(4),
    "halves": Fraction(1, 2), "is halved": Fraction(1, 2), "halving": Fraction(1, 2), "quarters": Fraction(1, 4),
}
# How the other quantity follows: "falls to one quarter", "becomes nine times as large", "also doubles".
_WORDS = {"two": 2, "three": 3, "four": 4, "eight": 8, "nine": 9, "sixteen": 16, "twenty-seven": 27, "half": 2,
          "third": 3, "quarter": 4, "fourth": 4, "eighth": 8, "ninth": 9, "sixteenth": 16, "twenty-seventh": 27}
_NUMBER = r"(?:\d+|two|three|four|eight|nine|sixteen|twenty-seven)"
_PART = r"(?:half|third|quarter|fourth|eighth|ninth|sixteenth|twenty-seventh)"
_FOLLOWS = (rf"(?:also\s+)?(?P<same>doubles|triples|quadruples|halves)"
            rf"|(?:falls|drops|decreases|is\s+reduced|is\s+cut)\s+to\s+(?:one|a)\s+(?P<part>{_PART})"
            rf"|(?:becomes|is)\s+(?P<times>{_NUMBER})\s+times\s+(?:as\s+)?(?:large|great|big|strong)"
            rf"|(?:increases|rises|grows|is\s+multiplied)\s+(?:by\s+a\s+factor\s+of\s+)?(?P<by>{_NUMBER})(?:\s+times|fold)?")
_QUANTITY = r"(?:the\s+)?(?P<{}>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}}?)"
_IF = re.compile(rf"\b[Ii]f\s+{_QUANTITY.format('x')}\s+(?P<change>doubles|triples|quadruples|halves|is\s+(?:doubled|tripled"
                 rf"|quadrupled|halved)),\s+(?:then\s+)?{_QUANTITY.format('y')}\s+(?:{_FOLLOWS})\b")
_GERUND = re.compile(rf"\b(?P<change>[Dd]oubling|[Tt]ripling|[Qq]uadrupling|[Hh]alving)\s+{_QUANTITY.format('x')}\s+"
                     rf"(?P<same>doubles|triples|quadruples|halves|quarters)\s+(?:(?P<it>it)\b|{_QUANTITY.format('y')}\b)")
# "The load falls with the square of the effective length, so doubling the length quarters it": "it" is the subject
# of the clause before (test-em: Euler's buckling load, no item beyond recall).
_SUBJECT = re.compile(r"^(?:The|A|An)\s+(?P<y>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:falls|rises|varies|grows"
                      r"|decreases|increases|changes|depends|goes)\b")
# The factors asked, the first the lesson does not state for the quantity.
_ASKED = (Fraction(1, 2), Fraction(3), Fraction(4), Fraction(2), Fraction(1, 3))
_ASKED_AS = {Fraction(1, 2): "is halved", Fraction(1, 3): "is cut to one third", Fraction(2): "is doubled",
             Fraction(3): "is tripled", Fraction(4): "is made four times as large"}
MAX_POWER = 3
START = 12  # the smallest amount asked about
MAX_FACTOR = 27  # a change larger than this makes numbers no one checks by eye


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word.lower()]


def _followed(match: re.Match[str]) -> Fraction | None:
    """The factor the second quantity is changed by."""
    if same := match.group("same"):
        return _CHANGES[same.lower()]
    if part := match.groupdict().get("part"):
        return Fraction(1, _WORDS[part.lower()])
    found = match.groupdict().get("times") or match.groupdict().get("by")
    return Fraction(_number(found)) if found else None


def power(change: Fraction, followed: Fraction) -> int | None:
    """The whole power ``p`` with ``change ** p == followed`` (2 and 1/4: -2), or None."""
    exponent = math.log(followed) / math.log(change)
    whole = round(exponent)
    if whole == 0 or abs(whole) > MAX_POWER or abs(exponent - whole) > 1e-9 or change ** whole != followed:
        return None
    return whole


def _amount(value: Fraction) -> str:
    return f"{value.numerator} units"


def _start(factors: list[Fraction]) -> int:
    """A starting amount every option's factor leaves whole, 12 or more."""
    base = math.lcm(*(f.denominator for f in factors))
    return base * -(-START // base)


_COUNTED = ("one", "each", "both")


def _a(name: str) -> str:
    """"a force", "an energy" (one of two counted things stays as counted: "one charge")."""
    return name if name.split()[0] in _COUNTED else f"{article_for(name)} {name}"


def _the(name: str) -> str:
    """"the distance", "one charge" (a quantity counted stays as the text counts it)."""
    return name if name.split()[0] in _COUNTED else f"the {name}"


def laws(lesson: LessonView) -> Iterator[tuple[object, str, str, str, int, set[Fraction]]]:
    """(section, sentence, first quantity, second quantity, power, the factors the lesson states for the first) of
    each scaling the lesson spells out, once per pair of quantities: where the lesson first states it."""
    found: dict[tuple[str, str], tuple[object, str, int, set[Fraction]]] = {}
    for section, sentence in lesson.sentences:
        for match in [*_IF.finditer(sentence), *_GERUND.finditer(sentence)]:
            x, y = match.group("x"), match.group("y")
            if match.groupdict().get("it"):
                subject = _SUBJECT.match(sentence.strip())
                if not subject:
                    continue
                y = subject["y"]
            change, followed = _CHANGES[re.sub(r"\s+", " ", match.group("change")).lower()], _followed(match)
            p = power(change, followed) if followed else None
            if p is None or p == 1 or set(f"{x} {y}".split()) & POINTING_PRONOUNS or norm(x) == norm(y):
                continue  # (a proportion asks its own change back: "if one charge is halved ...": "It is halved")
            found.setdefault((x, y), (section, sentence, p, set()))[3].add(change)
    for (x, y), (section, sentence, p, stated) in found.items():
        yield section, sentence, x, y, p, stated


def scaling_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for section, sentence, x, y, p, stated in laws(lesson):
        asked = next((f for f in _ASKED if f not in stated and max(f ** p, 1 / f ** p) <= MAX_FACTOR), None)
        if asked is None:
            continue
        factors = list(dict.fromkeys(asked ** q for q in (p, -p, 1 if p > 0 else -1, -1 if p > 0 else 1, 0)))
        start = _start(factors)
        key, *distractors = (_amount(start * f) for f in factors)
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=SCALING_FACTOR,
            stem=f"By the relation the text describes, what does {_a(y)} of {start} units become if {_the(x)} "
                 f"{_ASKED_AS[asked]} (nothing else changing)?",
            key=key,
            correct=(key,),
            distractors=tuple(distractors[:3]),
            kind="quantity:apply",
            source_anchor=section.anchor,
            source_sentence=sentence,
            explanation=f"The text says: “{sentence}” So {_the(y)} goes with {_the(x)} to the power {p}: "
                        f"{start} × {_factor(asked ** p)} = {key}.",
            base=CONFIDENCE[SCALING_FACTOR],
            shown=(sentence,),
            claims=(f"scaling:{norm(x)}:{norm(y)}",),
            level="apply",
        )


def _factor(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


CHARGES = """# Forces between charges

## The law

The force between two charges follows an inverse square law. If the distance doubles, the force falls to one
quarter; if the distance triples, the force falls to one ninth. Doubling one charge doubles the force.
"""

SPHERES = """# Spheres

## Size

If the radius doubles, the volume becomes eight times as large.
If it doubles again, the surface grows by a factor of four.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="scaling",
    priority=33,
    scope=LESSON,
    build=scaling_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(CHARGES, SCALING_FACTOR, "what does a force of 12 units become if the distance is halved (nothing else changing)?"),
        makes(CHARGES, SCALING_FACTOR, "48 units"),
        makes_no(CHARGES, SCALING_FACTOR, "one charge"),  # a proportion: the answer repeats the question
        makes(SPHERES, SCALING_FACTOR, "what does a volume of 16 units become if the radius is halved"),
        makes(SPHERES, SCALING_FACTOR, "2 units"),
        makes_no(SPHERES, SCALING_FACTOR, "surface"),  # "it": which quantity?
    ),
))
