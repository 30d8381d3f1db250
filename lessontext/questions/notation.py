"""A rule in function notation that combines two events: "P(A and B) = P(A) × P(B)", "P(A or B) = P(A) + P(B)".

Read by the apply family (``families/apply.py``).  A probability lesson states its rules for combined events in the
notation schools use, a function of each event on the right and of both, joined by "and" or "or", on the left; the
symbol readers (``symbols.py``, ``expressions.py``) read one letter a quantity and refuse brackets, so such a
lesson, its rules worked in four examples, got no apply item.  The rule is asked only when the lesson works it with
numbers in the same notation ("P(red and red) = 0.3 × 0.3" and "= 0.09" on the next line, "P(1 or 6) = 1/6 + 1/6 =
1/3") and its arithmetic holds, and only with decimals when the lesson works one in decimals (a fraction key would
need its own answer forms).  The question gives two fresh values in tenths (for "or" summing to less than 1, the
events being exclusive); the key is computed.  The wrong options are the slips a learner makes with such a rule: the
other operation (added for multiplied, multiplied for added), the decimal point slipped in a product of tenths (0.4
× 0.5 read as 0.02), and the complement (1 − the answer).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from fractions import Fraction

from .applyitems import apply_item
from .candidate import Candidate
from .course import LessonView

# "P(A and B) = P(A) × P(B)": one function of two events, and of each alone.
_RULE = re.compile(
    r"^(?P<f>[A-Z])\(\s*(?P<a>[A-Z])\s+(?P<join>and|or)\s+(?P<b>[A-Z])\s*\)\s*=\s*"
    r"(?P=f)\(\s*(?P=a)\s*\)\s*(?P<op>[×*+])\s*(?P=f)\(\s*(?P=b)\s*\)\s*\.?$")
_VALUE = r"\d+(?:\.\d+)?(?:/\d+)?"
# "P(red and red) = 0.3 × 0.3", "P(tail and 4) = 1/2 × 1/6 = 1/12": the rule worked in its own notation.
_WORKING = r"(?P<f>[A-Z])\([^()=]{{1,30}}\s{join}\s[^()=]{{1,30}}\)\s*=\s*(?P<x>{v})\s*{op}\s*(?P<y>{v})(?:\s*=\s*(?P<z>{v}))?"
_ANSWER = re.compile(rf"^=\s*(?P<z>{_VALUE})\s*\.?$")
# "This rule works only when A and B are **independent**": the condition the rule holds under, said after it.
_CONDITION = r"\b(?:when|if)\s+{a}\s+and\s+{b}\s+are\s+(?P<cond>(?:mutually\s+)?[a-z]+)\b"
CONDITION_AFTER = 4
TENTHS = tuple(Fraction(n, 10) for n in range(1, 10))
DRAWS = 40


def _value(text: str) -> Fraction:
    return Fraction(text)


def parse_rule(sentence: str) -> tuple[str, str, str, str, str] | None:
    """(function, event, event, "and" or "or", "×" or "+") of a rule for combined events, or None."""
    m = _RULE.match(sentence.strip().replace("**", ""))
    if m is None or m.group("a") == m.group("b"):
        return None
    op = "×" if m.group("op") in "×*" else "+"
    return m.group("f"), m.group("a"), m.group("b"), m.group("join"), op


def worked(sentences: list[tuple[object, str]], at: int, f: str, join: str, op: str) -> list[tuple[str, str, str]]:
    """The lesson's workings of the rule, after it, whose arithmetic holds: (x, y, answer) as written."""
    pattern = re.compile(_WORKING.format(join=join, v=_VALUE, op=r"[×*]" if op == "×" else r"\+"))
    found = []
    for j in range(at + 1, len(sentences)):
        for m in pattern.finditer(sentences[j][1].replace("**", "")):
            if m.group("f") != f:
                continue
            z = m.group("z")
            if z is None and j + 1 < len(sentences):
                answer = _ANSWER.match(sentences[j + 1][1].strip())
                z = answer.group("z") if answer else None
            if z is None:
                continue
            x, y = _value(m.group("x")), _value(m.group("y"))
            if (x * y if op == "×" else x + y) == _value(z):
                found.append((m.group("x"), m.group("y"), z))
    return found


def condition(sentences: list[tuple[object, str]], at: int, a: str, b: str) -> str:
    """The condition the lesson gives the rule at ``sentences[at]`` in the lines just after it ("independent"), or ""."""
    pattern = re.compile(_CONDITION.format(a=a, b=b))
    for _, line in sentences[at + 1:at + 1 + CONDITION_AFTER]:
        m = pattern.search(line.replace("**", ""))
        if m:
            return m.group("cond")
    return ""


def _slips(x: Fraction, y: Fraction, key: Fraction, op: str) -> list[str]:
    """The wrong answers of the usual slips, as options: between 0 and 1, none the key or a value given."""
    slips = [x + y, key / 10, 1 - key] if op == "×" else [x * y, 1 - key, x + y - x * y]
    options: list[str] = []
    for s in slips:
        if 0 < s < 1 and s != key and s not in (x, y) and _decimal(s) not in options:
            options.append(_decimal(s))
    return options


def _decimal(value: Fraction) -> str:
    text = f"{value.numerator / value.denominator:.4f}".rstrip("0").rstrip(".")
    return text


def notation_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"The text gives the rule “P(A and B) = P(A) × P(B)”. What is P(A and B) when P(A) = 0.4 and P(B) = 0.5?"."""
    for at, (section, sentence) in enumerate(lesson.sentences):
        if "=" not in sentence or "(" not in sentence:
            continue
        parsed = parse_rule(sentence)
        if parsed is None:
            continue
        f, a, b, join, op = parsed
        workings = worked(lesson.sentences, at, f, join, op)
        if not any("." in x + y + z for x, y, z in workings):
            continue  # not borne out in decimals by the lesson's own working
        rule = sentence.strip().replace("**", "").rstrip(".")
        taken = {_value(v) for w in workings for v in w}
        rng = random.Random(f"notation:{rule}")
        drawn = None
        for _ in range(DRAWS):
            x, y = rng.sample(TENTHS, 2)
            key = x * y if op == "×" else x + y
            if not key < 1 or key in taken:
                continue
            options = _slips(x, y, key, op)
            if len(options) >= 3:
                drawn = x, y, key, options
                break
        if drawn is None:
            continue
        x, y, key, options = drawn
        joined = f"{f}({a} {join} {b})"
        kind = condition(lesson.sentences, at, a, b)
        events = f" for two {kind} events {a} and {b}" if kind else ""
        working = f"{_decimal(x)} {op} {_decimal(y)}"
        yield apply_item(
            stem=f"The text gives the rule “{rule}”. What is {joined}{events} when {f}({a}) = {_decimal(x)} and "
                 f"{f}({b}) = {_decimal(y)}?",
            key=_decimal(key), distractors=options, section=section, sentence=sentence,
            explanation=f"By the rule “{rule}”: {working} = {_decimal(key)}.", claim=f"formula:{rule.lower()}")
