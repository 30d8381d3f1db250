"""A worked problem in prose, re-posed with a fresh amount: "A jacket costs £64 and is reduced by 25%. What is the sale price?".

Lessons of everyday arithmetic teach by worked problems written as prose, not as formulas: "Example 1: A jacket
normally costs £60 and is reduced by 25% in a sale. What is the sale price?", then the solution in sentences ("£60
minus £15 leaves £45"), numbers in the words.  No formula line or "×" working is there for the apply family to read,
so such a lesson got no calculation beyond one percentage of an amount (raters on a percentages lesson of test-ai:
"thin for a lesson built on eight worked examples").

A problem is read when its statement reads one way: one or two sentences before its question, in one example (from
an "Example 2:" label, or the start of its section, to the question), giving one amount of money and one percentage
with the change the lesson names ("reduced by", "% off", "a 3.5% pay rise", "including VAT at 20%"), or two amounts
of money, a start and an end ("rises from £16 to £18.40"), for a percentage change. Its question asks one thing: the
new amount, the amount before the change ("before", "original") for a reverse percentage, or the percentage change;
or simple interest, one amount at one rate a year for a whole number of years, the interest or the total asked
(never when the example speaks of compound interest). The lesson's own answer must come out: the amount the
operation gives, written in the example's solution (else the problem is misread, and not asked). The item re-poses
the statement and its question with the amount scaled by a small factor (another number of years for interest; the
lesson's percentage kept, the sizes near its own), the key computed exactly, and the wrong options the mistakes
lessons name: the change alone, the change the other way, the percentage taken as pounds, one year's interest only
or interest on interest, a reverse percentage undone by taking the percentage off the new amount, a percentage
change divided by the new amount instead of the original.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from .applyitems import apply_item, fmt
from .candidate import Candidate
from .conversions import format_amount, shown_as
from .course import LessonView
from .rubric import MAX_STEM_WORDS
from .text import word_count
from .worked import decimal_places

_LABEL = re.compile(r"^\W*(?:worked\s+)?example\s*\d*\s*[:.]\s*", re.I)
_MONEY = re.compile(r"(?<![\w.,])(?P<cur>[£$€])(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?![\d,.]\d)")
_PERCENT = re.compile(r"(?<![\w.,])(?P<p>\d{1,2}(?:\.\d+)?)%")
_FIGURE = re.compile(r"(?<![\w.,])\d")
_SPLIT = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")
# The change a percentage makes, named beside it.
_DOWN = re.compile(r"\b(?:reduced|cut|decreased|lowered|falls|fell|drops|dropped)\s+by\s+\d[\d.]*%|\d[\d.]*%\s+(?:off|"
                   r"discount|reduction|cut|decrease|fall)\b|\bdiscount of\s+\d[\d.]*%", re.I)
_UP = re.compile(r"\b(?:raised|increased|rises|rose|goes up|grows|grew)\s+by\s+\d[\d.]*%|\d[\d.]*%\s+(?:pay\s+)?"
                 r"(?:rise|increase|raise|tip|service charge)\b|\bincluding\s+(?:VAT|tax)\b", re.I)
_FROM_TO = re.compile(r"\b(?:rises|rose|increases|increased|goes up|falls|fell|drops|dropped|decreases|decreased)\s+from\s+"
                      rf"{_MONEY.pattern.replace('?P<cur>', '?P<c1>').replace('?P<amount>', '?P<a1>')}\s+to\s+"
                      rf"{_MONEY.pattern.replace('?P<cur>', '?P<c2>').replace('?P<amount>', '?P<a2>')}")
_QUESTION = re.compile(r"^(?:what|how much)\b[^?]*\?$", re.I)
# A count or part in words is a quantity too ("shared by three people", "half of it"): the problem has more steps than
# its one change ("A bill of £72 is shared by three people with a 10% tip": the total is £79.20, each pays £26.40),
# and a question of one share ("How much does each person pay?") asks another amount than the change gives.
_COUNTED = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|"
                      r"half|halves|twice|double|doubled|triple|trebled|quarter|third|fifth|tenth|dozen|couple|each|"
                      r"every|per|shared|split|divided)\b", re.I)
_BEFORE = re.compile(r"\b(?:before|original|originally|to begin with)\b", re.I)
_PERCENT_ASKED = re.compile(r"\bpercentage\s+(?:increase|decrease|rise|fall|change)\b", re.I)
SCALES = ("1.25", "1.5", "0.75", "2", "0.8", "1.2")
MAX_GIVENS = 2
ANSWER_REACH = 8
MAX_PER_LESSON = 4

# A worked problem in prose, for the apply family's examples: re-posed only when the lesson's answer comes out.
PROBLEM = "# Sales\n\n## Examples\n\nExample 1: A lamp costs £40 and is cut by 20%. What is the sale price? It costs £32.\n"


def examples(lesson: LessonView) -> Iterator[tuple[object, str, list[str]]]:
    """Each example's sentences, in order: from a labelled sentence ("Example 3:") or the start of its section to the
    next label or section, re-split where the lesson's sentences join two ("... to £18.40. What is ...?")."""
    block: list[str] = []
    section = None
    first = ""
    for sec, sentence in [*lesson.sentences, (None, "")]:
        if sec is not section or _LABEL.match(sentence):
            if block:
                yield section, first, block
            block, section, first = [], sec, sentence
        block.extend(s for s in _SPLIT.split(_LABEL.sub("", sentence)) if s)


def _money(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.group("cur"), Decimal(m.group("amount").replace(",", "")), m.group(0)) for m in _MONEY.finditer(text)]


def _shows(text: str, value: Decimal, cur: str) -> bool:
    """``text`` writes ``value`` as money, rounded to the pence it writes ("£45", "£71.40", "£24,840")."""
    return any(c == cur and shown_as(value, shown[1:]) for c, _, shown in _money(text))


# Simple interest over whole years: "Ana saves £500 at 4% simple interest a year. How much interest does she earn in 3
# years?".  "per year", "a year" and "per annum" name the rate's period, not a count.
_SIMPLE = re.compile(r"\bsimple interest\b", re.I)
_YEARS = re.compile(r"(?<![\w.,])(?P<t>\d{1,2}) years\b")
_RATE_PERIOD = re.compile(r"\b(?:per|a|each) (?:year|annum)\b", re.I)
_TOTAL_ASKED = re.compile(r"\b(?:in total|altogether|total|in the account|worth|owe[sd]?|pay back|repay)\b", re.I)


def read_interest(givens: list[str], question: str, solution: str) -> dict | None:
    """Simple interest the statement and question pose: one amount, one rate a year, one whole number of years, the
    interest or the total asked; when the ``solution`` gives principal × rate × time (or the principal with it)."""
    text = _RATE_PERIOD.sub("", f"{' '.join(givens)} {question}")
    money, years = _money(" ".join(givens)), _YEARS.findall(text)
    percents = [Decimal(m.group("p")) for m in _PERCENT.finditer(text)]
    if not _SIMPLE.search(text) or re.search(r"\bcompound", f"{text} {solution}", re.I) or _COUNTED.search(text) \
            or len(money) != 1 or len(_money(question)) or len(percents) != 1 or len(years) != 1 \
            or len(_FIGURE.findall(text)) != 3:
        return None
    kind = "interest" if re.search(r"\binterest\b", question, re.I) and not _TOTAL_ASKED.search(question) else \
        "total" if _TOTAL_ASKED.search(question) else None
    cur, amount = money[0][0], money[0][1]
    interest = amount * percents[0] / 100 * int(years[0])
    if kind is None or not 0 < percents[0] < 100 or not _shows(solution, interest + (amount if kind == "total" else 0), cur):
        return None
    return {"kind": kind, "cur": cur, "amount": amount, "percent": percents[0], "up": True, "end": None,
            "years": int(years[0])}


def read_problem(givens: list[str], question: str, solution: str) -> dict | None:
    """The problem the statement ``givens`` and ``question`` pose, when it reads one way and the ``solution`` gives
    its answer: ``{"kind": "new" | "before" | "change", "cur", "amount", "percent", "up", "end"}``; else None."""
    statement = " ".join(givens)
    money = _money(statement)
    percents = [Decimal(m.group("p")) for m in _PERCENT.finditer(statement)]
    figures = len(_FIGURE.findall(statement))
    if _FIGURE.search(question) or _COUNTED.search(f"{statement} {question}") or not money \
            or len({c for c, _, _ in money}) != 1:
        return None
    cur = money[0][0]
    if _PERCENT_ASKED.search(question):
        m = _FROM_TO.search(statement)
        if m is None or percents or len(money) != 2 or figures != 2:
            return None
        start, end = (Decimal(m.group(g).replace(",", "")) for g in ("a1", "a2"))
        if start == end:
            return None
        change = abs(end - start) / start * 100
        if change != change.to_integral_value() or not re.search(rf"(?<![\d.]){fmt(change)}\s*%", solution):
            return None
        return {"kind": "change", "cur": cur, "amount": start, "percent": change, "up": end > start, "end": end}
    if len(money) != 1 or len(percents) != 1 or figures != 2 or not 0 < percents[0] < 100:
        return None
    down, up = bool(_DOWN.search(statement)), bool(_UP.search(statement))
    if down == up:
        return None  # no change named, or both: what the percentage does, the text does not say one way
    amount, percent = money[0][1], percents[0]
    multiplier = 1 + percent / 100 if up else 1 - percent / 100
    kind = "before" if _BEFORE.search(question) else "new"
    answer = amount / multiplier if kind == "before" else amount * multiplier
    if not _shows(solution, answer, cur):
        return None  # the lesson's own answer is not written: misread
    return {"kind": kind, "cur": cur, "amount": amount, "percent": percent, "up": up, "end": None}


def _key_and_mistakes(problem: dict, fresh: Decimal) -> tuple[Decimal, list[Decimal]]:
    p = problem["percent"]
    rate = p / 100
    if problem["kind"] in ("interest", "total"):
        years = problem["years"]
        interest = fresh * rate * years
        compound = (fresh * (1 + rate) ** years - fresh).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        # One year's interest only, interest on interest (compound), the total for the interest or the interest for the
        # total, the rate read as a tenth too small.
        if problem["kind"] == "interest":
            return interest, [fresh * rate, compound, fresh + interest, interest / 10]
        return fresh + interest, [fresh + fresh * rate, fresh + compound, interest, fresh + interest / 10]
    if problem["kind"] == "change":
        end = fresh * (1 + rate) if problem["up"] else fresh * (1 - rate)
        change = abs(end - fresh)
        # Divided by the new amount, not the original (the mistake percentages lessons name first); the new amount
        # as a percentage of the old; the change in money read as a percentage.
        return p, [(change / end * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), end / fresh * 100, change]
    multiplier = 1 + rate if problem["up"] else 1 - rate
    if problem["kind"] == "before":
        key = fresh / multiplier
        # The percentage taken off (or added to) the amount given, the change the other way, the percentage as money.
        return key, [fresh * (2 - multiplier), fresh * multiplier, fresh - p if problem["up"] else fresh + p]
    # The change alone, the change the other way, a percentage under 10 read as tenths ("3.5%" as 0.35), the
    # percentage as money.
    slipped = [fresh * (1 + rate * 10 if problem["up"] else 1 - rate * 10)] if p < 10 else []
    return fresh * multiplier, [fresh * rate, fresh * (2 - multiplier), *slipped, fresh + p if problem["up"] else fresh - p]


def _fresh(problem: dict, pence: bool, rng: random.Random, avoid: str = "") -> Iterator[Decimal]:
    """Fresh amounts near the lesson's whose key has no more decimals than the lesson writes: whole when the lesson's
    amount is, and none that ``avoid`` (the stems of the lesson's other apply items) already asks about."""
    amount = problem["amount"]
    whole = amount == amount.to_integral_value()
    for scale in rng.sample(SCALES, len(SCALES)):
        fresh = (amount * Decimal(scale)).normalize()
        if decimal_places(fresh) > (2 if pence and not whole else 0):
            continue
        if re.search(rf"[£$€]{re.escape(fmt(fresh))}(?![\d,]|\.\d)", avoid):
            continue
        key, _ = _key_and_mistakes(problem, fresh)
        if decimal_places((_end(problem, fresh) if problem["kind"] == "change" else key).normalize()) > (2 if pence else 0):
            continue
        yield fresh


def _end(problem: dict, fresh: Decimal) -> Decimal:
    """The amount after a percentage change of ``fresh``."""
    return (fresh * (1 + problem["percent"] / 100 if problem["up"] else 1 - problem["percent"] / 100)).normalize()


def _posed(problem: dict, givens: list[str], question: str, fresh: Decimal,
           pence: bool) -> tuple[str, str, list[str], list[str]] | None:
    """The problem re-posed on ``fresh``: its stem, key, wrong options and the figures it gives; None with under three
    options."""
    cur = problem["cur"]
    key, mistakes = _key_and_mistakes(problem, fresh)
    statement = " ".join(givens)
    old = _money(statement)
    if problem["kind"] == "change":
        figures = [_money_as(v, cur, pence, was) for (_, _, was), v in zip(old, (fresh, _end(problem, fresh)))]
        answer, shown = f"{fmt(key)}%", [f"{fmt(m)}%" for m in mistakes]
    else:
        figures = [_money_as(fresh, cur, pence, old[0][2])]
        answer = _money_as(key, cur, pence, old[0][2])
        shown = [_money_as(m, cur, pence, old[0][2]) for m in mistakes if m > 0]
    for (_, _, was), now in zip(old, figures):
        statement = statement.replace(was, now, 1)
    options = [o for o in dict.fromkeys(shown) if o != answer and o not in figures]
    stem = f"{statement} {question}"
    if len(options) < 3 or word_count(stem) > MAX_STEM_WORDS:
        return None
    return stem, answer, options, figures


def problem_questions(lesson: LessonView, rng: random.Random, *, avoid: str = "") -> Iterator[Candidate]:
    """Each worked problem whose statement reads one way and whose answer the lesson works out, on a fresh amount
    that ``avoid`` (the stems of the lesson's other apply items) does not ask about already."""
    made = 0
    for section, first, block in examples(lesson):
        asked = next((i for i, s in enumerate(block) if s.endswith("?")), None)
        if asked is None or not 1 <= asked <= MAX_GIVENS or made >= MAX_PER_LESSON:
            continue
        givens, question = block[:asked], block[asked]
        if ", and " in question:
            question = question.split(",")[0].rstrip() + "?"  # "What is the sale price, and how much do you save?"
        if not _QUESTION.match(question) or " and " in question:
            continue
        solution = " ".join(block[asked + 1:asked + 1 + ANSWER_REACH])
        problem = read_problem(givens, question, solution) or read_interest(givens, question, solution)
        if problem is None:
            continue
        if "years" in problem:
            # Another number of years too: the rule applied again, not the lesson's sum doubled.
            was = problem["years"]
            years = rng.choice([t for t in (was - 1, was + 1, was + 2) if t >= 2])
            problem = {**problem, "years": years}
            givens, question = [_YEARS.sub(f"{years} years", x) for x in givens], _YEARS.sub(f"{years} years", question)
        pence = any("." in shown for _, _, shown in _money(" ".join(block)))
        posed = next((p for f in _fresh(problem, pence, rng, avoid)
                      if (p := _posed(problem, givens, question, f, pence)) is not None), None)
        if posed is None:
            continue
        stem, answer, options, figures = posed
        made += 1
        yield apply_item(section=section, sentence=first, key=answer, distractors=options, stem=stem,
                         explanation=_explain(problem, figures, answer),
                         claim=f"problem:{problem['kind']}:{fmt(problem['percent'])}:{'up' if problem['up'] else 'down'}")


def _money_as(value: Decimal, cur: str, pence: bool, like: str) -> str:
    """Money written as the lesson writes the figure it replaces: whole pounds as "£20", pence as "£13.80"."""
    whole = value == value.to_integral_value()
    return format_amount(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), cur, True, pence and (not whole or "." in like))


def _explain(problem: dict, figures: list[str], answer: str) -> str:
    p = fmt(problem["percent"])
    if problem["kind"] in ("interest", "total"):
        years = problem["years"]
        return f"Simple interest is principal × rate × time: {figures[0]} × {fmt(problem['percent'] / 100)} × {years}" + (
            f" = {answer}." if problem["kind"] == "interest" else f", added to {figures[0]}, gives {answer}.")
    if problem["kind"] == "change":
        return f"The change from {figures[0]} to {figures[1]}, divided by the original {figures[0]}, is {answer}."
    multiplier = fmt(1 + problem["percent"] / 100 if problem["up"] else 1 - problem["percent"] / 100)
    if problem["kind"] == "before":
        return f"{figures[0]} is {fmt(Decimal(multiplier) * 100)}% of the amount before: {figures[0]} ÷ {multiplier} = {answer}."
    return f"A {p}% {'increase' if problem['up'] else 'decrease'} multiplies by {multiplier}: {figures[0]} × {multiplier} = {answer}."
