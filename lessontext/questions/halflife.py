"""A half-life worked in a problem, re-posed on a fresh amount and time: "It has a half-life of about 8 days. A hospital
receives a sample with an activity of 640 MBq. What will its activity be after 32 days?".

Read by the apply family (``families/apply.py``).  A physics lesson on radioactive decay works its rule as a problem told
in words (the half-life of an isotope, an amount or activity, a time later), halving the amount once for each half-life
in sentences ("After 8 days it has fallen from 400 MBq to 200 MBq ..."): no formula line or "×" working is there for the
other readers (raters on test-bm: "neither worked example became an apply item").  The problem (``worded.problems``) is
read when its statement and question hold three figures and no other, a half-life, an amount with its unit and the time
asked about in the half-life's unit (or a number of half-lives, "after three half-lives"), the time a whole number of
half-lives, and when the solution writes the amount left that halving gives (else the problem is misread, and not asked).
It is re-posed with the half-life kept (the isotope's own), another number of half-lives and an amount near the lesson's
that halves to a figure written as the lesson writes its amounts, the key computed exactly.  Its wrong options are the
mistakes a learner makes: halving once too often or once too few, giving the amount that decayed for the amount left,
and dividing the amount by the number of half-lives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import Decimal

from .applyitems import apply_item, fmt, mistake_options
from .candidate import Candidate
from .course import LessonView
from .rubric import MAX_STEM_WORDS
from .text import word_count
from .worded import FIGURE, places, problems, replaced, writes

_TIME = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
_HALF_LIFE = re.compile(rf"\bhalf-life of (?:about |around |roughly |approximately |just over |just under )?"
                        rf"(?P<h>{FIGURE.pattern}) (?P<unit>{_TIME})\b", re.I)
_COUNTS = ("one", "two", "three", "four", "five", "six")
_AFTER_TIME = re.compile(rf"\bafter (?P<t>{FIGURE.pattern}) (?P<unit>{_TIME})\b", re.I)
_AFTER_COUNT = re.compile(rf"\bafter (?P<n>{FIGURE.pattern}|{'|'.join(_COUNTS)}) half-lives\b", re.I)
_AMOUNT = re.compile(rf"(?P<a>{FIGURE.pattern})\s*(?P<unit>(?!(?:{_TIME}|half-lives)\b)[A-Za-zµμ]{{1,8}})\b")
_ASKED_LEFT = re.compile(r"\b(?:how much|how many|what)\b", re.I)
COUNTS = (2, 3, 4)
SCALES = ("0.5", "0.75", "1.2", "1.25", "1.5", "1.6", "2", "0.8")
MAX_HALF_LIVES = 6


def _unit(word: str) -> str:
    return word.lower().removesuffix("s")


def _read(statement: str, question: str, solution: str) -> dict | None:
    """The half-life problem the statement and question pose, when it reads one way and the solution writes its answer:
    a time asked about needs the half-life in its unit, a number of half-lives asked about needs none."""
    text = f"{statement} {question}"
    life = list(_HALF_LIFE.finditer(text))
    asked_from = len(statement) + 1  # the time is the question's
    after_time, after_count = list(_AFTER_TIME.finditer(text, asked_from)), list(_AFTER_COUNT.finditer(text, asked_from))
    if len(after_time) + len(after_count) != 1 or len(life) > 1 or (after_time and not life):
        return None
    h = Decimal(life[0]["h"].replace(",", "")) if life else None
    if h is not None and h <= 0:
        return None
    if after_time:
        at = after_time[0]
        if _unit(at["unit"]) != _unit(life[0]["unit"]):
            return None
        count = Decimal(at["t"].replace(",", "")) / h
        where, shown = "t", "figure"
    else:
        at = after_count[0]
        word = at["n"].lower()
        count = Decimal(_COUNTS.index(word) + 1) if word in _COUNTS else Decimal(word)
        where, shown = "n", "word" if word in _COUNTS else "figure"
    if count != count.to_integral_value() or not 1 <= count <= MAX_HALF_LIVES:
        return None
    taken = {at.start(where), *(m.start("h") for m in life)}
    amounts = [m for m in _AMOUNT.finditer(text) if m.start() not in taken]
    figures = len(FIGURE.findall(text))
    if len(amounts) != 1 or figures != len(life) + 1 + (shown == "figure") or not _ASKED_LEFT.search(question):
        return None  # another figure: the problem has more to it than halving
    amount, unit = Decimal(amounts[0]["a"].replace(",", "")), amounts[0]["unit"]
    if not writes(solution, amount / 2 ** int(count), unit):
        return None
    return {"h": h, "count": int(count), "amount": amount, "unit": unit, "at": at, "where": where, "shown": shown,
            "amount_at": amounts[0], "text": text}


def _fresh(problem: dict, rng: random.Random) -> tuple[int, Decimal] | None:
    """Another number of half-lives and an amount near the lesson's whose remainder has no more decimals than the
    lesson's amount."""
    allowed = places(fmt(problem["amount"]))
    choices = [(n, (problem["amount"] * Decimal(s)).normalize()) for n in COUNTS if n != problem["count"] for s in SCALES]
    choices = [(n, a) for n, a in choices
               if places(fmt(a)) <= allowed and places(fmt(a / 2 ** n)) <= allowed and a != problem["amount"]]
    return rng.choice(choices) if choices else None


def half_life_questions(lesson: LessonView) -> Iterator[Candidate]:
    """Each half-life problem the lesson works, one a lesson, with a generator of its own (the family's other draws
    stay as they were)."""
    for problem in problems(lesson):
        statement = problem.statement
        read = _read(statement, problem.question, problem.solution)
        if read is None:
            continue
        fresh = _fresh(read, random.Random(f"half-life:{problem.question}"))
        if fresh is None:
            continue
        count, amount = fresh
        key = amount / 2 ** count
        unit = read["unit"]
        # Halved once too often, once too few, the amount decayed for the amount left, the amount divided by the number
        # of half-lives.
        given = [amount, read["h"]] if read["h"] is not None else [amount]
        options = mistake_options(given, key, [key / 2, key * 2, amount - key, amount / count], unit)
        at = read["at"]
        time = (_COUNTS[count - 1] if read["shown"] == "word" else
                fmt(read["h"] * count) if read["where"] == "t" else str(count))
        spans = [(read["amount_at"].start("a"), read["amount_at"].end("a"), fmt(amount)),
                 (at.start(read["where"]), at.end(read["where"]), time)]
        text = replaced(read["text"], spans)
        stem = text
        if len(options) < 3 or word_count(stem) > MAX_STEM_WORDS:
            continue
        shown = f"{fmt(key)} {unit}"
        yield apply_item(
            section=problem.section, sentence=problem.source, key=shown, distractors=options, stem=stem,
            explanation=f"{count} half-lives pass, so the amount halves {count} times: {fmt(amount)} {unit} ÷ "
                        f"{2 ** count} = {shown}.",
            claim="half-life")
        return
