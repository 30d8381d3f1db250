"""Formulas in words: "<result> = <a> × <b>", "<result> = <a> + <b>", and whether a sum's parts are amounts.

Also the two shapes of a percentage formula, and the fresh numbers of a formula with no worked example
(``compute``).  Read by the apply family (``families/apply.py``); kept apart so that it stays short.
"""

from __future__ import annotations

import random
import re
from decimal import ROUND_HALF_UP, Decimal

from .worked import product_mistakes

NAME = r"[A-Za-z][A-Za-z'’ -]{0,40}?"
# A display line that is nothing but its formula may name a quantity at length ("number of people at
# risk at the start of the period"): no prose around it to be misread as a name.
LONG_NAME = r"[A-Za-z][A-Za-z'’ -]{0,80}?"
OP = r"\s*[×÷*/]\s*"
FORMULA = re.compile(
    rf"(?:^|:\s*)(?P<result>{NAME})\s*=\s*(?P<expr>{NAME}(?:{OP}{NAME}){{1,2}})\s*(?=$|=|[.,;])"
)
SPLIT = re.compile(r"\s*([×÷*/])\s*")
# "Assets = Liabilities + Equity", "Energy balance = energy intake − energy expenditure": one + or −
# between two names (a hyphen is no minus: "by-product", "self-employed" are names).
SUM_FORMULA = re.compile(
    rf"(?:^|:\s*)(?P<result>{NAME})\s*=\s*(?P<a>{NAME})\s+(?P<op>[+−])\s+(?P<b>{NAME})\s*(?=$|[.,;])"
)
STARTS = frozenset("it they this these that he she its their".split())
# A sentence that explains or uses a formula opens with a connective, and "Because volume = area × length, you
# can rearrange the rule" names no quantity "because volume" (raters on test-x: the stem reads "What is the
# because volume"): a formula's result is named only on a formula line or a "name = expression" working.
EXPLAINING = frozenset("because since so which as thus hence therefore if when whenever while although whereas "
                       "then and but or remember recall note".split())
# A letter alone is a symbol, not a word of a name ("Using n = sin i ÷ sin r": a lead-in and the sines of two
# angles, asked as "the using n when sin i = 38"; raters on test-m: ungrammatical, a sine above 1); the
# article "a" is a word ("number of existing cases at a given time").
_LONE_SYMBOL = re.compile(r"[^\W\d_aA]")
MAX_NAME_WORDS = 5
# A display line's result may be a two-letter abbreviation ("Rf = distance travelled by the substance ÷ ..."):
# its quantities are named at length, so it reads one way.
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]")
MAX_LONG_NAME_WORDS = 12
LONG_FORMULA = re.compile(
    rf"^(?P<result>{NAME})\s*=\s*(?P<expr>{LONG_NAME}(?:{OP}{LONG_NAME}){{1,2}})\s*$"
)
# A fraction or multiple in words is a constant, not a quantity ("Area of a triangle = half × base × height" asked
# "when half = 240": raters on test-bb, a wrong key): such a formula is not asked.
_NUMBER_WORD = re.compile(r"^(?:(?:a|an|one|two|three)[\s-]+)?(?:half|halves|thirds?|quarters?|fifths?|tenths?|twice|double|"
                          r"triple|treble|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)$", re.I)
_QUANTITY_VERB = r"(?:increase|decrease|exceed|equal|rise|fall|grow|shrink|double|halve)[sd]?"
_FIGURE = r"[£$€]?\d"


def treated_as_quantity(name: str, text: str) -> bool:
    """True when ``text`` treats the quantity ``name`` (or its head noun) as an amount: with a figure
    ("Equity 10,000", "costs of 300", "Assets (cash) increase by"), or as what rises, falls, exceeds
    or equals ("intake exceeds expenditure").  "glucose" in "glucose + oxygen" is named, not measured."""
    heads = {re.escape(name.lower()), re.escape(name.lower().split()[-1])}
    for head in heads:
        word = rf"\b{head}\b(?:\s*\([^)]*\))?"
        if re.search(rf"{word}\s+(?:(?:of|is|are|was|were|at)\s+)?{_FIGURE}", text, re.I) \
                or re.search(rf"{word}\s+{_QUANTITY_VERB}\b", text, re.I) \
                or re.search(rf"\b(?:exceed|equal)s?\s+(?:the\s+)?{head}\b", text, re.I):
            return True
    return False


def parse_formula(sentence: str, *, long: bool = False) -> tuple[str, list[str], list[str]] | None:
    """(result, quantities, operators) of a formula in words, or None when it may be read two ways.

    ``long``: the sentence is a display line of the formula alone, whose quantities may take up to
    MAX_LONG_NAME_WORDS words."""
    m = (LONG_FORMULA if long else FORMULA).search(sentence.strip())
    if m:
        parts = SPLIT.split(m.group("expr").strip())
        names = [p.strip() for p in parts[0::2]]
        ops = ["×" if o == "*" else "÷" if o == "/" else o for o in parts[1::2]]
    else:
        m = SUM_FORMULA.search(sentence.strip())
        if not m:
            return None
        names, ops = [m.group("a").strip(), m.group("b").strip()], [m.group("op")]
    result = m.group("result").strip()
    for name in [result, *names]:
        toks = name.split()
        if not toks or len(toks) > (MAX_LONG_NAME_WORDS if long else MAX_NAME_WORDS) \
                or len(name) < 3 and not (long and name is result and _ABBREVIATION.fullmatch(name)) \
                or toks[0].lower() in STARTS or any(_LONE_SYMBOL.fullmatch(t) for t in toks) \
                or _NUMBER_WORD.fullmatch(name):
            return None
    if result.split()[0].lower() in EXPLAINING:
        return None  # "Because volume = area × length, ...": an explaining sentence, no name of a quantity
    if len({n.lower() for n in names}) != len(names) or result.lower() in {n.lower() for n in names}:
        return None
    if "÷" in ops and (len(ops) != 1):
        return None  # mixed or chained division: the order of operations is easy to misread
    return result, names, ops


# A sum's or a difference's two parts are at most this many times apart.
ONE_SIZE = 3
BASES = (120, 150, 240, 250, 320, 400, 450, 600, 750, 800, 1200, 1500, 2400, 2500)
# A quotient named as a part of its whole: below 1 ("a probability of 33" is none; raters on test-c, test-g:
# a strain of 33, more new cases than people at risk).
_PART_OF_WHOLE = re.compile(r"\b(?:proportion|probability|fraction|efficiency)\b", re.I)  # "efficiency of 38": none
_FRACTIONAL = re.compile(r"\b(?:rate|fraction|proportion|probability|share|ratio)\b", re.I)
SCALES = ("1.5", "2", "3", "4", "5")
RATES = ("0.02", "0.03", "0.04", "0.05", "0.06", "0.08", "0.15", "0.25")


def _value(name: str, first: bool, rng: random.Random) -> Decimal:
    if _FRACTIONAL.search(name):
        return Decimal(rng.choice(RATES))
    return Decimal(rng.choice(BASES)) if first else Decimal(rng.randint(2, 9))


def like_quantities(a: str, b: str) -> bool:
    """Two quantities of one kind: their names end in one noun ("change in length", "original length")."""
    ta, tb = _head(a.lower().split()), _head(b.lower().split())
    return bool(ta and tb) and ta[-1] == tb[-1] and ta != tb


def _head(toks: list[str]) -> list[str]:
    """The words up to a name's head noun: "sum of the values" -> "sum", a count and a total of one thing
    being no two quantities of one kind."""
    return toks[:toks.index("of")] if "of" in toks[1:] else toks


def compute(names: list[str], ops: list[str], rng: random.Random,
            sizes: list[Decimal] | None = None, *, result: str = "") -> tuple[list[Decimal], Decimal, list[Decimal]]:
    """Fresh values, the exact result and the results of common mistakes (in order of plausibility).

    ``sizes``: a worked example's values; the fresh values are those, each scaled by a small factor.
    ``result``: the quantity computed; a proportion, probability or fraction is a part of a whole, below 1.
    """
    if sizes is not None:
        scaled = [v * Decimal(rng.choice(SCALES)) for v in sizes]
    if ops in (["+"], ["−"]):
        # Round figures of one size: a sum's parts, or a difference's larger first and smaller second.
        # Of one size: "energy intake = 2,400 and energy expenditure = 320" is no day anyone lives.
        first = rng.choice(BASES)
        # Never one twice the other: the other operation's result would be one of the values given.
        second = rng.choice([b for b in BASES if b != first and first / ONE_SIZE <= b <= first * ONE_SIZE
                             and b != 2 * first and first != 2 * b])
        first, second = sorted((first, second), reverse=ops == ["−"])
        key = first + second if ops == ["+"] else first - second
        other = abs(first - second) if ops == ["+"] else first + second
        # The other operation, then the column slip of written arithmetic, else one slip of the decimal point:
        # "155" and "15,500" for 750 + 800 are no error anyone makes (raters on test-n and test-n-mid: two powers
        # of ten of the key, estimation finds it; on test-t, "£900" for £240 − £150 "matches no mistake").
        slip = column_slip(first, second, ops[0])
        if slip in (key, other, first, second) or slip <= 0:
            slip = key * 10
        return [Decimal(first), Decimal(second)], Decimal(key), [Decimal(other), Decimal(slip)]
    if ops == ["÷"] and sizes is None and (like_quantities(names[0], names[1]) or _PART_OF_WHOLE.search(result)):
        # "change in length ÷ original length": a ratio of one kind of quantity, a fraction (test-c raters:
        # a strain of 33 contradicts "strain is usually very small").
        divisor, quotient = Decimal(rng.choice(BASES)), Decimal(rng.choice(RATES))
        dividend = quotient * divisor
        # The ratio turned round before any slipped decimal point: "0.8, 8, 0.008" for 0.08 are guessed by
        # estimation (raters on test-s-r3: "replace it with the inverted 0.125").
        return [dividend, divisor], quotient, [divisor / dividend, dividend * divisor, quotient * 100, quotient * 10,
                                               quotient / 10]
    if ops == ["÷"]:
        divisor = scaled[1] if sizes is not None else _value(names[1], False, rng)
        quotient = (sizes[0] / sizes[1] * Decimal(rng.choice(SCALES))) if sizes is not None else Decimal(rng.randint(3, 60))
        dividend = quotient * divisor
        mistakes = [dividend * divisor, dividend - divisor, divisor / dividend, quotient * 10, quotient / 10,
                    quotient * 1000, quotient / 1000]
        return [dividend, divisor], quotient, mistakes
    values = scaled if sizes is not None else [_value(n, i == 0, rng) for i, n in enumerate(names)]
    key = Decimal(1)
    for v in values:
        key *= v
    mistakes = [m.quantize(Decimal(1).scaleb(m.adjusted() - 2), rounding=ROUND_HALF_UP) if -m.normalize().as_tuple().exponent > 8 else m
                for m in product_mistakes(values, key)]
    return values, key, mistakes


def column_slip(first: int, second: int, op: str) -> int:
    """The result of the best-known slip of written column arithmetic on two whole numbers: in a difference, the
    smaller digit taken from the larger in every column, with no borrowing (240 − 150 written as 110); in a
    sum, each column's carry forgotten but the last column's written whole (450 + 750 written as 1,100).
    Equal to the right result when no column borrows or carries."""
    a, b = str(first), str(second).rjust(len(str(first)), "0")
    if op == "−":
        return int("".join(str(abs(int(x) - int(y))) for x, y in zip(a, b, strict=True)))
    a, b = a.rjust(max(len(a), len(b)), "0"), b.rjust(max(len(a), len(b)), "0")
    columns = [int(x) + int(y) for x, y in zip(a, b, strict=True)]
    return int(str(columns[0]) + "".join(str(c % 10) for c in columns[1:]))


def product_with_constants(values: list[Decimal], constants: list[Decimal | None]
                           ) -> tuple[list[Decimal], Decimal, list[Decimal]]:
    """A product's fresh values with each constant the lesson gives in its place ("g = 9.8 N/kg"), the key
    and the typical mistakes computed again (``units.lesson_constant``)."""
    values = [c if c is not None else v for v, c in zip(values, constants)]
    key = Decimal(1)
    for v in values:
        key *= v
    return values, key, product_mistakes(values, key)


# "Percentage of energy from a nutrient = (energy from that nutrient ÷ total energy) × 100",
# "percentage change = (new value − old value) ÷ old value × 100".
_PERCENT_FORMULA = re.compile(
    rf"(?:^|:\s*)(?P<result>{NAME})\s*=\s*\(\s*(?P<a>{NAME})\s+(?P<op>[÷/−])\s+(?P<b>{NAME})\s*\)"
    rf"\s*(?:[÷/]\s*(?P<c>{NAME})\s*)?[×*]\s*100\s*%?\s*(?=$|[.,;=≈])"
)
_LONG_PERCENT_FORMULA = re.compile(_PERCENT_FORMULA.pattern.replace(f"(?P<a>{NAME})", f"(?P<a>{LONG_NAME})")
                                   .replace(f"(?P<b>{NAME})", f"(?P<b>{LONG_NAME})"))
MAX_PERCENTNAME_WORDS = 6
PERCENTS = (5, 10, 15, 20, 25, 30, 40, 60, 75)


# A display line that is nothing but its formula may name its quantities at length ("cost of the basket in
# the base year"), as a quotient's may (``LONG_NAME``): read only with a worked example.
MAX_LONG_PERCENTNAME_WORDS = 10


def parse_percentage(sentence: str, *, long: bool = False) -> tuple[str, list[str], str] | None:
    """(result, [part, whole] or [new, old], "share" or "change") of a percentage formula, or None.

    ``long``: the sentence is a display line of the formula alone, whose quantities may take up to
    MAX_LONG_PERCENTNAME_WORDS words."""
    if long and not re.fullmatch(rf"{NAME}\s*=\s*\([^=]*\)\s*[×*]\s*100\s*%?", sentence.strip()):
        return None
    m = (_LONG_PERCENT_FORMULA if long else _PERCENT_FORMULA).search(sentence.strip())
    if not m:
        return None
    result, a, b, c = (m.group(g).strip() if m.group(g) else "" for g in ("result", "a", "b", "c"))
    if m.group("op") in "÷/" and not c:
        shape = "share"
    elif m.group("op") == "−" and c.lower() == b.lower():
        shape = "change"
    else:
        return None  # "(a − b) ÷ c × 100", "(a ÷ b) ÷ c × 100": not one of the two shapes
    for name in (result, a, b):
        toks = name.split()
        if not toks or len(toks) > (MAX_LONG_PERCENTNAME_WORDS if long else MAX_PERCENTNAME_WORDS) or len(name) < 3 \
                or toks[0].lower() in STARTS:
            return None
    if result.split()[0].lower() in EXPLAINING:
        return None
    if len({result.lower(), a.lower(), b.lower()}) != 3:
        return None
    return result, [a, b], shape


def compute_percentage(shape: str, rng: random.Random) -> tuple[list[Decimal], Decimal, list[Decimal]]:
    """Fresh values (exact, whole or with one decimal), the percentage and the percentages of common mistakes."""
    percent = Decimal(rng.choice(PERCENTS))
    base = Decimal(rng.choice([b for b in BASES if b * percent % 100 == 0]))  # whole numbers given
    if shape == "share":
        part = base * percent / 100
        inverse = base / part * 100
        mistakes = [100 - percent, percent / 100, percent / 10]
        if inverse == inverse.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP):
            mistakes.insert(2, inverse)  # "666.67%" reads as a trap of its own: only an exact one
        return [part, base], percent, mistakes
    new = base * (100 + percent) / 100
    change = new - base
    return [new, base], percent, [(change / new * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), percent / 100, 100 + percent,
                                  percent * 10]


# A formula stated as a rule in words, read as the "=" formula it states:
#   "Density is mass divided by volume", "Interest equals principal multiplied by rate multiplied by time"
#   "To find the unit price, divide the price by the quantity", "Divide the cost by the count to find the mean"
#   "The break-even point is found by dividing fixed costs by contribution per unit"
#   "Subtract the costs from the takings to find the profit"
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|each|every|all(?: the)?|any)\s+", re.I)
_TIMES = r"(?:multiplied by|times)"
_BY = r"(?:divided by|multiplied by|times)"
_LEAD = r"(?:^|[:;]\s*|,\s+and\s+|^in words,\s*)"
_FIND = r"(?:find|work out|calculate|get)"
_IS_RULE = re.compile(
    rf"{_LEAD}(?P<result>{NAME})\s+(?:is|equals|is equal to)\s+(?P<a>{NAME})\s+(?P<op>{_BY})\s+(?P<b>{NAME})"
    rf"(?:\s+(?P<op2>{_TIMES})\s+(?P<c>{NAME}))?\s*(?=$|[.,;:])", re.I)
# A step's opener before the imperative: "If needed, multiply ...", "Then, divide ...".
_STEP_OPENER = r"(?:(?:if needed|if necessary|then|next|finally|lastly|now),?\s+)?"
_TO_FIND_RULE = re.compile(
    rf"(?:^|[:;]\s*){_STEP_OPENER}to {_FIND} (?P<result>{NAME}),\s*(?P<verb>divide|multiply) (?P<a>{NAME}) by (?P<b>{NAME})"
    rf"\s*(?=$|[.;:])", re.I)
_THEN_FIND_RULE = re.compile(
    rf"(?:^|[:;]\s*){_STEP_OPENER}(?P<verb>divide|multiply|subtract) (?P<a>{NAME}) (?:by|from) (?P<b>{NAME}) to {_FIND} "
    rf"(?P<result>{NAME})\s*(?=$|[.;:])", re.I)
_FOUND_BY_RULE = re.compile(
    rf"{_LEAD}(?P<result>{NAME})\s+is (?:found|calculated|worked out) by (?P<verb>dividing|multiplying) "
    rf"(?P<a>{NAME}) by (?P<b>{NAME})\s*(?=$|[.,;:])", re.I)
# Words after the rule that change it ("..., multiplied by 100", "and multiply by 100", "expressed per 1,000"):
# the rule as matched would key a wrong answer.
_MORE_ARITHMETIC = re.compile(
    r"multipl|divid|subtract|\btimes\b|\bplus\b|\bminus\b|[×÷%+−]|\bper\b|percent|squared|cubed|power|\bhalf\b"
    r"|\bthen\b|expressed|\d", re.I)
# A quantity no fresh small number stands for: a percentage (a decimal in the sum, "multiply by the percentage
# you still pay"), a constant (the Avogadro constant is one number), a pronoun, a manner ("is frequently
# divided by": a passive, not a quotient).
_NO_FRESH_VALUE = re.compile(r"\b(?:percent|percentage|constant)\b|%|"
                             r"^(?:one|two|three|four|five|ten|hundred|thousand|half|twice|double)\b", re.I)
_PRONOUN = frozenset("it them this that these those one they".split())
_PRONOUN_IN = frozenset("it its they them this that these those he she we you".split())  # "For a lever it"
# A first word that makes the name no quantity: a clause's opener ("Since speed is distance divided by time"),
# or what follows "is" in a verb phrase ("is worth ten times", "is usually divided by").
_NOT_A_NAME_START = frozenset(
    "since because if when as although while so thus hence therefore remember note worth about roughly "
    "for in on at with by from to of "
    "approximately almost nearly usually often always sometimes also not then still only just".split())
_ADVERB = re.compile(r"^[a-z]+ly$", re.I)
# A name that is only the result of an earlier step ("Divide the total by the number of people sharing", step 7
# of a method): the total of what, the text says steps before.  Asked alone it is a bare division of a unit-less
# "total = 32" by a head count, a formula the text never writes (raters on test-z: trivial, no units, "the
# quoted formula is not in the text"), and it skips the working the steps before it teach.
_EARLIER_RESULT = frozenset("total sum result answer difference product amount figure value quotient".split())
_VERB_OP = {"divide": "÷", "dividing": "÷", "multiply": "×", "multiplying": "×", "subtract": "−",
            "divided by": "÷", "multiplied by": "×", "times": "×"}


def _rule_name(name: str) -> str | None:
    name = _DETERMINER.sub("", name.strip()).strip()
    if not name or _NO_FRESH_VALUE.search(name) or name.lower() in _PRONOUN \
            or _PRONOUN_IN.intersection(name.lower().split()) \
            or name.split()[0].lower() in _NOT_A_NAME_START \
            or (" " not in name and (_ADVERB.match(name) or name.lower() in _EARLIER_RESULT)):
        return None
    return name


def formula_in_words(sentence: str) -> str | None:
    """The "=" formula a rule in words states ("Density is mass divided by volume" -> "Density = mass ÷ volume"),
    or None: a formula ``parse_formula`` then reads as any other.  Nothing after the rule may go on with the
    arithmetic ("..., multiplied by 100"): the rule would be half read."""
    text = sentence.strip()
    for pattern in (_IS_RULE, _TO_FIND_RULE, _THEN_FIND_RULE, _FOUND_BY_RULE):
        m = pattern.search(text)
        if m is None or _MORE_ARITHMETIC.search(text[m.end():]):
            continue
        groups = m.groupdict()
        op = _VERB_OP[(groups.get("op") or groups.get("verb")).lower()]
        names = [_rule_name(groups["a"]), _rule_name(groups["b"])]
        ops = [op]
        if groups.get("c"):
            if op != "×":
                return None  # "a divided by b multiplied by c": the order of operations is easy to misread
            names.append(_rule_name(groups["c"]))
            ops.append("×")
        if op == "−":  # "subtract <a> from <b>": b − a
            names.reverse()
        result = _rule_name(groups["result"])
        if result is None or None in names:
            return None
        formula = f"{result[:1].upper()}{result[1:]} = " + " ".join(
            x for pair in zip(names, [*ops, ""]) for x in pair).strip()
        return formula if parse_formula(formula) is not None else None
    return None
