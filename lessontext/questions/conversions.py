"""A unit conversion the lesson states ("1 kg = 1,000 g") or a percentage of an amount it works out ("2% of £450 =
0.02 × 450 = £9"), asked on a fresh amount: a factor the lesson gives, applied to a new amount.

Lessons that measure (a recipe, unit pricing, kinematics, pressure, density, geometry, nutrition: eight
lessons of eight open corpora) state their conversions as "1 <unit> = <factor> <unit>" and then convert with
them ("Since 1 kg = 1000 g, 500 g is 0.5 kg"); no family read them, and a lesson full of such working got one
apply item.  Converting a new amount with the lesson's own factor is an apply item whose key is computed
exactly: "The text gives the conversion 1 kg = 1,000 g. What is 2,500 g in kg?".

Read only when it reads one way: the "1" alone before the first unit, one number then one unit after the
"=" (no working goes on: "1 m² = 100 × 100 = 10,000 cm²" is a working, not a stated factor), no compound
unit ("1 Pa = 1 N/m²" defines a unit, it converts no amount), a factor other than 1 and above it ("1 litre =
0.001 m³" is asked the other way round by no one).  The fresh amount keeps the sizes the lesson writes in
the unit converted from (one of its amounts scaled by a small factor, never one of its own), else a small
multiple of the factor; the key has at most two decimals.  The wrong options are the usual slips: the
factor used the wrong way (multiplied for divided), the decimal point moved once or twice.

A percentage of an amount (a finance, a currency, a discounts and a food-web lesson of four open corpora work one
out: "10% of 20,000 kJ = 0.10 × 20,000 = 2,000 kJ", "25% of £48 is £12") is asked with the same percentage on the
amount scaled by a small factor, in the example's currency or unit, only when the lesson's own working comes out
(else it is misread); the wrong options are the decimal point slipped, the rest of the amount (100 − p%), and the
percentage not divided by 100.  "For £46.00, 10% is £4.60" (a list of steps) is read too, one item a section.  A
percentage added or taken off in one step ("£46.00 × 1.125 = £51.75" for a 12.5% tip, "200 × 0.70 = £140" after 30%
off: the multiplier 1 ± p/100 of the one percentage before it) and an equal share ("each person pays £102.60 ÷ 4 =
£25.65") are asked on fresh amounts when the lesson's working comes out (a bill-splitting lesson of test-ab).

A rate or factor found by a division and multiplied through in the same sentence ("£1.20 ÷ 1.5 = £0.80 per kg, so
0.5 kg costs 0.5 × £0.80 = £0.40") is asked with both steps on fresh numbers (the divisor kept), only when both
of the lesson's steps come out; the wrong options are the division left out, the rate alone, the factor turned
round and the decimal point slipped.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from .applyitems import apply_item, fmt, mistake_options, with_unit
from .candidate import Candidate
from .course import LessonView
from .rubric import MAX_STEM_WORDS
from .text import word_count
from .worked import decimal_places

_UNIT = r"[A-Za-z]{1,12}[²³]?"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "1 kg = 1,000 g", "1 tablespoon = 3 teaspoons", "1 litre = 1,000 cm³"; not "1 Pa = 1 N/m²", not a working.
CONVERSION = re.compile(
    rf"(?<![\d.,])1 (?P<big>{_UNIT}) = (?P<factor>{_NUMBER}) (?P<small>{_UNIT})(?![\w/²³^])(?!\s*[×÷*/=+−])")
SCALES = ("1.5", "2", "2.5", "3", "4")
MULTIPLES = ("1.5", "2.5", "3", "4", "6", "7.5")
MAX_PLACES = 2
MAX_PER_LESSON = 2


def parse_conversion(sentence: str) -> list[tuple[str, Decimal, str]]:
    """(larger unit, factor, smaller unit) of each conversion the sentence states that reads one way."""
    found = []
    for m in CONVERSION.finditer(sentence):
        big, small = m.group("big"), m.group("small")
        factor = Decimal(m.group("factor").replace(",", ""))
        if factor <= 1 or big.lower() == small.lower() or big.lower() in {"in", "of", "to", "is", "and"}:
            continue
        found.append((big, factor, small))
    return found


def plural(unit: str, text: str) -> str:
    """A unit written as a word takes the plural the lesson writes it with ("2.5 tablespoons", "2 litres"); a
    symbol has none ("2.5 kg", "450 kcal"): a word is five letters or more, or the lesson writes its plural after a
    figure ("3 cups"; never "has" for the hectare's "ha" because the lesson says "it has": both raters on test-dc)."""
    if unit.isalpha() and unit.islower() and not unit.endswith("s") \
            and (len(unit) >= 5 or re.search(rf"\d\s?{re.escape(unit)}s\b", text)):
        return unit + "s"
    return unit


def _amounts(text: str, unit: str) -> list[Decimal]:
    """The amounts the lesson writes in ``unit`` ("500 g", "2 litres"), the conversion's own "1" apart ("0.5 kg" counts)."""
    pattern = rf"(?<![\d.,])({_NUMBER}) {re.escape(unit)}s?(?![\w/²³])"
    values = {Decimal(v.replace(",", "")) for v in re.findall(pattern, text)}
    return sorted(v for v in values if v != 1)


def fresh_amounts(factor: Decimal, divide: bool, own: list[Decimal], rng: random.Random) -> Iterator[Decimal]:
    """Amounts to convert, near the lesson's own amounts in that unit, whose results have few decimals."""
    choices = [a * Decimal(s) for a in own for s in SCALES] or \
        [(factor if divide else Decimal(1)) * Decimal(m) for m in MULTIPLES]
    rng.shuffle(choices)
    for amount in dict.fromkeys(c.normalize() for c in choices):
        key = amount / factor if divide else amount * factor
        if amount not in own and decimal_places(key) <= MAX_PLACES and decimal_places(amount) <= 2:
            yield amount


def _options(amount: Decimal, key: Decimal, factor: Decimal, divide: bool, unit: str) -> list[str]:
    """The factor used the wrong way round, the decimal point slipped: options that read apart ("2.5 kg" and
    "0.25 kg" read alike to the rubric, so such an amount gives too few)."""
    wrong_way = amount * factor if divide else amount / factor
    if wrong_way >= 1 and decimal_places(wrong_way) > MAX_PLACES:
        wrong_way = wrong_way.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # "107.55 kJ" for 450 kcal divided by 4.184
    slips = [key * 10, key / 10, key * 100, key / 100]
    mistakes = [wrong_way, *slips] if decimal_places(wrong_way) <= MAX_PLACES + 1 else slips  # no "0.01 cm"
    return mistake_options([amount], key, mistakes, unit)


def conversion_questions(lesson: LessonView, rng: random.Random) -> Iterator[Candidate]:
    """"The text gives the conversion 1 kg = 1,000 g. What is 2,500 g in kg?": the lesson's factor on a new amount."""
    seen: set[tuple[str, str]] = set()
    text: str | None = None
    for section, sentence in lesson.sentences:
        if "= " not in sentence or len(seen) >= MAX_PER_LESSON:
            continue
        for big, factor, small in parse_conversion(sentence):
            if (big.lower(), small.lower()) in seen or len(seen) >= MAX_PER_LESSON:
                continue
            seen.add((big.lower(), small.lower()))
            text = text or " ".join(s for _, s in lesson.sentences)
            # Smaller to larger unit when the factor is whole ("What is 2,500 g in kg?"), else larger to smaller.
            divide = factor == factor.to_integral_value() and rng.random() < 0.5
            source, target = (small, big) if divide else (big, small)
            found = next(((a, k, o) for a in fresh_amounts(factor, divide, _amounts(text, source), rng)
                          if len(o := _options(a, k := (a / factor if divide else a * factor).normalize(), factor,
                                               divide, plural(target, text))) >= 3), None)
            if found is None:
                continue
            amount, key, options = found
            stated = f"1 {big} = {fmt(factor)} {small}"
            answer = f"{fmt(key)} {plural(target, text)}"
            yield apply_item(
                section=section, sentence=sentence, key=answer, distractors=options,
                stem=f"The text gives the conversion {stated}. What is {fmt(amount)} {plural(source, text)} in "
                     f"{plural(target, text)}?",
                explanation=f"By the conversion “{stated}”: {fmt(amount)} {'÷' if divide else '×'} {fmt(factor)} = {answer}.",
                claim="conversion",  # one per quiz: two conversions in one quiz are arithmetic twice (test-dc, both raters)
            )


# "15% of £240 = 240 × 0.15 = £36", "10% of 20,000 kJ = 0.10 × 20,000 = 2,000 kJ", "25% of £48 is £12": a
# percentage of an amount the lesson works out, its last figure the result (checked: a working whose sum does not
# come out is misread, and not asked).
_PERCENT_OF = re.compile(
    rf"(?<![\d.,])(?P<percent>\d{{1,2}}(?:\.\d+)?)% of (?P<currency>[£$€]?)(?P<amount>{_NUMBER})(?: (?P<unit>{_UNIT}))?"
    rf"\s+(?:=|is)\s+(?P<tail>[^;]*)")
# "For £46.00, 10% is £4.60": the amount first, then the percentage of it the lesson works out (a list of
# steps in an everyday-arithmetic lesson: "To find 10%, divide the amount by 10. For £46.00, 10% is £4.60.").
_PERCENT_FOR = re.compile(
    rf"\b[Ff]or (?P<currency>[£$€]?)(?P<amount>{_NUMBER})(?: (?P<unit>{_UNIT}))?, (?P<percent>\d{{1,2}}(?:\.\d+)?)% "
    rf"(?:is|=)\s+(?P<tail>[^;]*)")
_GIVES = re.compile(rf"(?:^|=|\bis\b)\s*\**[£$€]?(?P<figure>{_NUMBER})")
# "Needs: 30% × $3,000 = $900", "$79.99 × 0.08 = $6.3992" after "a sales tax rate of 8%": a percentage of an amount
# written as a product, the percentage before the amount or as a decimal after it (a budgeting lesson of test-b and a
# tax lesson of test-bm; a percentages lesson of test-ao writes the change "0.7 × £80 = £56" so, ``_percent_added``).
# The decimal is read as a percentage only when the lesson names that one percentage in the sentence or just before.
_PERCENT_TIMES = re.compile(
    rf"(?<![\d.,])(?P<percent>\d{{1,2}}(?:\.\d+)?)% × (?P<currency>[£$€]?)(?P<amount>{_NUMBER})(?: (?P<unit>{_UNIT}))?"
    rf"\s*=\s*(?P<tail>[^;]*)")
_TIMES_RATE = re.compile(
    rf"(?<![\d.,])(?P<currency>[£$€]?)(?P<amount>{_NUMBER})(?: (?P<unit>{_UNIT}))? × (?P<rate>0\.\d{{1,4}})(?![\d,])"
    rf"\s*=\s*(?P<tail>[^;]*)")
_NAMED_PERCENT = re.compile(r"(?<![\d.,])(?P<percent>\d{1,2}(?:\.\d+)?)\s*%")
# How many sentences before a product its percentage may be named ("... a sales tax rate of 8%." then "Step 1: ...
# Multiply the price by the tax rate, written as a decimal." then the working).
NAMED_BEFORE = 3


def parse_percent_of(sentence: str, before: str = "") -> list[tuple[Decimal, str, Decimal, str]]:
    """(percentage, currency, amount, unit) of each percentage of an amount the sentence works out correctly.

    ``before``: the sentences just before it, where a product's decimal ("$79.99 × 0.08") may be named as a
    percentage ("a sales tax rate of 8%"); the decimal is read so only when the text names that one percentage."""
    found: list[tuple[Decimal, str, Decimal, str]] = []
    named = {Decimal(m.group("percent")) for m in _NAMED_PERCENT.finditer(f"{before} {sentence}")}
    matches = [*_PERCENT_OF.finditer(sentence), *_PERCENT_FOR.finditer(sentence)]
    # A half is read by anyone ("50% × $3,000"): not worth asking as a product.
    matches += [m for m in _PERCENT_TIMES.finditer(sentence) if Decimal(m.group("percent")) != HALF]
    matches += [m for m in _TIMES_RATE.finditer(sentence)
                if Decimal(m.group("rate")) * 100 in named - {HALF}]
    for m in matches:
        groups = m.groupdict()
        percent = Decimal(groups["percent"]) if groups.get("percent") else (Decimal(groups["rate"]) * 100).normalize()
        amount = Decimal(m.group("amount").replace(",", ""))
        tail = m.group("tail").split("% of")[0]
        figures = {Decimal(g.group("figure").replace(",", "")) for g in _GIVES.finditer(tail)}
        if not 0 < percent < 100 or not any(abs(amount * percent / 100 - f) <= Decimal("0.01") for f in figures):
            continue  # a working that does not come out: misread
        if any(p == percent and a == amount for p, _, a, _ in found):
            continue  # "15% of £240 = 240 × 0.15 = £36": one working read twice
        currency = m.group("currency")
        if not currency and not m.group("unit") and groups.get("rate"):
            # "the original price is £84 ... 84 × 0.85 = 71.40": the bare amount the text writes as money just before.
            written = re.search(rf"([£$€]){re.escape(m.group('amount'))}(?![\d,]|\.\d)", f"{before} {sentence}")
            currency = written.group(1) if written else ""
        found.append((percent, currency, amount, m.group("unit") or ""))
    return found


def _shown(unit: str, value: Decimal) -> str:
    return with_unit(fmt(value), unit)


def percent_of_questions(lesson: LessonView, rng: random.Random) -> Iterator[Candidate]:
    """"The text works out 2% of £450 as £9. What is 2% of £600?": the lesson's percentage of a new amount."""
    seen: set[Decimal] = set()
    sections: set[int] = set()  # one a section: a list of steps works 10%, 5% and 15% of one amount, one skill
    changed: list[Candidate] = []
    for at, (section, sentence) in enumerate(lesson.sentences):
        if "%" not in sentence and "×" not in sentence:
            continue
        if not changed and "%" in sentence:  # one a lesson: "30% off", "then 10% off", "a straight 40% off" are one skill
            changed = list(_percent_added(section, sentence, rng))
            yield from changed
        before = " ".join(s for sec, s in lesson.sentences[max(0, at - NAMED_BEFORE):at] if sec is section)
        for percent, currency, amount, unit in parse_percent_of(sentence, before):
            if percent in seen or id(section) in sections:
                continue
            seen.add(percent)
            sections.add(id(section))
            # An amount in pence ("$79.99") scaled stays in fractions of a penny: its whole amount is scaled too.
            bases = [amount] if amount == amount.to_integral_value() else [amount, amount.to_integral_value()]
            for fresh in (b * Decimal(s) for b in bases for s in rng.sample(SCALES, len(SCALES))):
                fresh = fresh.normalize()
                key = (fresh * percent / 100).normalize()
                if fresh == amount or decimal_places(key) > 2 or decimal_places(fresh) > 2:
                    continue
                mistakes = [key * 10, key / 10, fresh - key, key * 100]
                options = mistake_options([fresh], key, mistakes, currency or unit)
                if len(options) >= 3:
                    break
            else:
                continue
            # Money in pence as the lesson writes it ("£4.60", never "£4.6").
            pence = bool(currency) and bool(re.search(rf"[{currency}]\d[\d,]*\.\d\d\b", sentence) or (
                currency not in sentence and re.search(r"=\s*\d[\d,]*\.\d\d\b", sentence)))  # "= 71.40": its currency read before
            if pence:
                options = [format_amount(Decimal(o[1:].replace(",", "")), currency, True) for o in options]
            old, part, new, answer = (format_amount(v, currency, True) if pence else _shown(currency or unit, v)
                                      for v in (amount, amount * percent / 100, fresh, key))
            stated = f"{fmt(percent)}% of {old} = {part}"
            yield apply_item(
                section=section, sentence=sentence, key=answer, distractors=options,
                stem=f"The text works out {stated}. What is {fmt(percent)}% of {new}?",
                explanation=f"{fmt(percent)}% of {new} = {fmt(fresh)} × {fmt(percent / 100)} = {answer}.",
                claim=f"percent-of:{fmt(percent)}",
            )


# "For a 12.5% tip on £46.00, calculate £46.00 × 1.125 = £51.75", "After 30% off, the price is 200 × 0.70 = £140": a
# percentage added to or taken off an amount in one step, the amount multiplied by 1 plus or minus the percentage as a
# decimal (a tip, a service charge, a rise, a discount: everyday arithmetic).  The product names its money; the
# percentage comes before it in the sentence, and the multiplier must be 1 ± p/100 for exactly one of them.
_PERCENT = re.compile(r"(?<![\d.,])(?P<percent>\d{1,2}(?:\.\d+)?)%(?! of\b)(?: (?P<what>[a-z]+(?: [a-z]+)?) (?:on|to)\b)?")
_PERCENT_PRODUCT = re.compile(
    rf"(?<![\d.,])(?P<cur>[£$€]?)(?P<amount>{_NUMBER}) × (?P<mult>[01]\.\d+) = (?P<tcur>[£$€])(?P<total>{_NUMBER})(?![\d,])")
# "a coat reduced by 30% costs 70% of its original price, so an £80 coat would cost 0.7 × £80 = £56": the multiplier
# written first (a percentages lesson of test-ao).
_MULTIPLIER_FIRST = re.compile(
    rf"(?<![\d.,])(?P<mult>[01]\.\d+) × (?P<cur>[£$€]?)(?P<amount>{_NUMBER}) = (?P<tcur>[£$€])(?P<total>{_NUMBER})(?![\d,])")
HALF = Decimal(50)  # 50% off is also 50% of: read two ways


def _percent_added(section, sentence: str, rng: random.Random) -> Iterator[Candidate]:
    """"The text works out the total with a 12.5% tip on £46.00 as “£46.00 × 1.125 = £51.75”. What is the total with
    a 12.5% tip on £80.00?", "The text works out 30% off £200 as “200 × 0.70 = £140”. What is £60.00 with 30% taken
    off?": the lesson's one-step change on a fresh amount.  The wrong options are the usual slips: the percentage
    alone (the tip or the saving, not the total), the change the other way, and the percentage as pounds."""
    for m in (*_PERCENT_PRODUCT.finditer(sentence), *_MULTIPLIER_FIRST.finditer(sentence)):
        mult, cur = Decimal(m.group("mult")), m.group("tcur")
        amount, total = (Decimal(m.group(g).replace(",", "")) for g in ("amount", "total"))
        if (m.group("cur") and m.group("cur") != cur) or not shown_as(amount * mult, m.group("total")):
            continue  # another currency, or a working that does not come out: misread
        before = [p for p in _PERCENT.finditer(sentence[:m.start()])
                  if Decimal(p.group("percent")) not in (0, HALF) and abs(mult - 1) * 100 == Decimal(p.group("percent"))]
        if len(before) != 1:
            continue  # no percentage of this change, or two: what the multiplier does, the text does not say
        percent, up = Decimal(before[0].group("percent")), mult > 1
        for scale in rng.sample(SCALES, len(SCALES)):
            fresh = (amount * Decimal(scale)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            key = fresh * mult
            if decimal_places(key.normalize()) > 2:
                continue
            mistakes = [fresh * percent / 100, fresh * (2 - mult), fresh + percent if up else fresh - percent]
            shown = [format_amount(x, cur, True) for x in mistakes if x > 0]
            options = [o for o in dict.fromkeys(shown) if o != format_amount(key, cur, True)]
            if len(options) >= 3:
                break
        else:
            continue
        # Money in pence only when the lesson's working writes them ("£46.00"; "£140" stays whole).
        pence = "." in m.group("amount") + m.group("total")
        options = [format_amount(Decimal(o[1:].replace(",", "")), cur, True, pence) for o in options]
        answer, old, new = (format_amount(v, cur, True, pence) for v in (key, amount, fresh))
        working = m.group(0)
        what = before[0].group("what") if up else None
        if what:
            stem = (f"The text works out the total with a {fmt(percent)}% {what} on {old} as “{working}”. What is "
                    f"the total with a {fmt(percent)}% {what} on {new}?")
        else:
            done = "added to" if up else "taken off"
            stem = (f"The text works out {fmt(percent)}% {done} {old} as “{working}”. What is {new} with "
                    f"{fmt(percent)}% {'added' if up else 'taken off'}?")
        yield apply_item(section=section, sentence=sentence, key=answer, distractors=options, stem=stem,
                         explanation=f"{new} × {fmt(mult)} = {answer}.",
                         claim=f"percent-change:{fmt(percent)}:{'up' if up else 'down'}")
        return


# "With an equal split, each person pays £102.60 ÷ 4 = £25.65", "There are four people, so each pays 71.24 ÷ 4 =
# €17.81": a total of money shared equally, what each pays or gets (a bill, a journey's cost, a prize: everyday
# arithmetic).  Read only when the share comes out to the pence the lesson writes.
_SHARE = re.compile(
    rf"\beach (?P<who>(?:[a-z]+ )?)(?P<verb>[a-z]+)s (?P<cur>[£$€]?)(?P<total>{_NUMBER}) ÷ (?P<n>\d{{1,2}}) = "
    rf"(?P<scur>[£$€])(?P<share>{_NUMBER})(?![\d,])")
SHARE_COUNTS = (3, 5, 6, 8)  # never 2: one too few sharing would be the total itself


def share_questions(lesson: LessonView, rng: random.Random) -> Iterator[Candidate]:
    """"The text works out “each person pays £102.60 ÷ 4 = £25.65”. When £84.00 is shared equally among 6, what
    does each person pay?": the lesson's equal share on a fresh total and count.  The wrong options are the usual
    slips: one too few or too many sharing, and the lesson's own count kept."""
    for section, sentence in lesson.sentences:
        for m in _SHARE.finditer(sentence):
            cur, n, total = m.group("scur"), int(m.group("n")), Decimal(m.group("total").replace(",", ""))
            if (m.group("cur") and m.group("cur") != cur) or not 2 <= n <= 20 or not shown_as(total / n, m.group("share")):
                continue  # another currency, no count of people, or a share that does not come out: misread
            pence = "." in m.group("total") + m.group("share")
            draws = [(c, (total * Decimal(s)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) for c in SHARE_COUNTS if c != n for s in SCALES]
            rng.shuffle(draws)
            for count, fresh in draws:
                key = fresh / count
                if decimal_places(key.normalize()) > 2 or (not pence and decimal_places(key.normalize()) > 0):
                    continue
                mistakes = [fresh / (count - 1), fresh / (count + 1), fresh / n]
                shown = [format_amount(x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), cur, True, pence) for x in mistakes]
                options = [o for o in dict.fromkeys(shown) if o != format_amount(key, cur, True, pence)]
                if len(options) >= 3:
                    break
            else:
                continue
            who, verb = m.group("who"), m.group("verb")
            answer, new = format_amount(key, cur, True, pence), format_amount(fresh, cur, True, pence)
            yield apply_item(
                section=section, sentence=sentence, key=answer, distractors=options,
                stem=f"The text works out “{m.group(0)}”. When {new} is shared equally among {count}, what does "
                     f"each {who}{verb}?",
                explanation=f"{new} ÷ {count} = {answer}.", claim=f"share:{fmt(total)}÷{n}")
            return


# "Flour costs £1.20 ÷ 1.5 = £0.80 per kg, so 0.5 kg costs 0.5 × £0.80 = £0.40", "multiplies the number of people
# by 10 ÷ 4 = 2.5, so the flour must also be multiplied by 2.5: 300 g × 2.5 = 750 g": a rate or factor found by a
# division, then multiplied through in the same sentence (a recipe scaled, a unit price, one part of a ratio: 19
# lessons of 14 open corpora chain such steps, the price and factor shape in a ratio and a recipe lesson).
_CHAIN = re.compile(
    rf"(?<![\d.,])(?P<cur>[£$€]?)(?P<a>{_NUMBER})(?: (?P<ua>{_UNIT}))? ÷ (?P<b>{_NUMBER})(?: (?P<ub>{_UNIT}))? = "
    rf"(?P=cur)(?P<r>{_NUMBER})(?P<between>(?:[^=×÷.;]|(?<=\d)\.(?=\d)){{1,60}}?)(?<![\d.,])(?P<n>{_NUMBER})(?: (?P<un>{_UNIT}))? × "
    rf"(?P<rcur>[£$€]?)(?P=r)(?: (?P<ur>{_UNIT}))? = (?P<dcur>[£$€]?)(?P<d>{_NUMBER})(?: (?P<ud>{_UNIT}))?(?!\d|,\d)")
# The rate found at the end of one sentence and multiplied in the next ("One part: £60 ÷ 5 = £12." then "Amira: 3 ×
# £12 = £36."; "60 ÷ 100 = 0.6." then "Energy: 375 kcal × 0.6 = 225 kcal."): a ratio and a nutrition lesson.
_CHAIN_ACROSS = re.compile(_CHAIN.pattern.replace(r"(?:[^=×÷.;]|(?<=\d)\.(?=\d)){1,60}?", r"[^=×÷;]{1,80}?"))
# The rate found, then written first in the product: "There are 320 ÷ 100 = 3.2 lots of 100 km in the journey, so the
# fuel used is 3.2 × 6.5 = 20.8 litres" (a fuel lesson; a currency lesson writes "100 ÷ 1.16 = £86.21 ... 86.21 ×
# 1.27" too, its currencies apart).  Raters on test-z: the lesson's real skill, this working, was untested while a
# one-step division was asked.
_CHAIN_RATE_FIRST = re.compile(
    rf"(?<![\d.,])(?P<cur>[£$€]?)(?P<a>{_NUMBER})(?: (?P<ua>{_UNIT}))? ÷ (?P<b>{_NUMBER})(?: (?P<ub>{_UNIT}))? = "
    rf"(?P=cur)(?P<r>{_NUMBER})(?P<between>(?:[^=×÷.;]|(?<=\d)\.(?=\d)){{1,60}}?)(?<![\d.,])(?P<rcur>[£$€]?)(?P=r)"
    rf"(?: (?P<ur>{_UNIT}))? × (?P<n>{_NUMBER})(?: (?P<un>{_UNIT}))? = (?P<dcur>[£$€]?)(?P<d>{_NUMBER})"
    rf"(?: (?P<ud>{_UNIT}))?(?!\d|,\d)")
CHAIN_SCALES = ("0.5", "1.5", "2", "2.5", "3")


def shown_as(value: Decimal, shown: str) -> bool:
    """``shown`` is ``value`` as the lesson writes it, rounded to the decimals it writes at most ("£5.00": to 0.005)."""
    places = len(shown.split(".")[1]) if "." in shown else 0
    return abs(value - Decimal(shown.replace(",", ""))) <= Decimal(1).scaleb(-places) / 2


def parse_chain(sentence: str, *, across: bool = False) -> list[dict]:
    """Each division-then-multiplication the sentence (``across``: two sentences) works out whose steps come out."""
    found = []
    taken: set[int] = set()  # where a working starts: read once, in whichever order it multiplies
    matches = [*(_CHAIN_ACROSS if across else _CHAIN).finditer(sentence),
               *([] if across else _CHAIN_RATE_FIRST.finditer(sentence))]
    for m in matches:
        if m.start() in taken:
            continue
        a, b, r, n, d = (Decimal(m.group(g).replace(",", "")) for g in "abrnd")
        currency = m.group("dcur") or m.group("rcur") or m.group("cur")
        unit = currency or m.group("ud") or m.group("ur") or ""
        if b == 0 or r == 0 or not shown_as(a / b, m.group("r")) or not shown_as(n * r, m.group("d")) or not unit:
            continue  # a working that does not come out, or an answer with no unit: misread, not asked
        taken.add(m.start())
        found.append({"a": a, "b": b, "n": n, "d": d, "unit": unit, "money": bool(currency),
                      "rate_first": m.re is _CHAIN_RATE_FIRST, "between": m.group("between"),
                      "ua": m.group("ua") or "", "un": m.group("un") or "", "text": m.group(0),
                      "pence": "." in m.group("a") + m.group("d")})
    return found


def format_amount(value: Decimal, unit: str, money: bool, pence: bool = True) -> str:
    """Money with its pence when the lesson writes them ("£3.00" beside "£1.80"), else whole when it is ("£36")."""
    if money and unit in "£$€":
        whole = value == value.to_integral_value() and not pence
        return f"{unit}{value.quantize(Decimal(1 if whole else '0.01'), rounding=ROUND_HALF_UP):,}"
    return with_unit(fmt(value), unit)


def final_asked(chain: dict, *, brief: bool = False) -> str:
    """"what is the final amount in place of £36?": which amount is asked, the working's last, as the lesson writes
    it (its unit with it).  "What is the final amount?" alone leaves a reader to guess which of the working's figures
    is meant, and in what unit.  ``brief``: "what replaces the final £36?", for a stem near its length."""
    final = format_amount(chain["d"], chain["unit"], chain["money"], chain["pence"])
    return f"what replaces the final {final}?" if brief else f"what is the final amount in place of {final}?"


# "..., so the fuel used is " before the second step: the quantity the working finds.
_FOUND_AS = re.compile(r"\b(?P<name>the [a-z][a-z ]{2,40}?) (?:is|are|comes? to)\s*$")


def compact_chain(chain: dict) -> str:
    """The working's two steps quoted without the words between, named by the quantity it finds when the lesson
    names it: "the fuel used as “320 ÷ 100 = 3.2, then 3.2 × 6.5 = 20.8 litres”".  A working told at length
    ("320 ÷ 100 = 3.2 lots of 100 km in the journey, so the fuel used is 3.2 × 6.5 = ...") quoted whole, with its
    fresh numbers, runs past the rubric's length."""
    text, between = chain["text"], chain["between"]
    head, tail = text.split(between, 1)
    name = _FOUND_AS.search(between)
    quoted = f"“{head}, then {tail}”"
    return f"{name.group('name')} as {quoted}" if name else quoted


def chain_questions(lesson: LessonView, rng: random.Random) -> Iterator[Candidate]:
    """"The text works out: “… £1.20 ÷ 1.5 = £0.80 per kg, so 0.5 kg costs 0.5 × £0.80 = £0.40.” With £1.80 ÷ 1.5
    in place of £1.20 ÷ 1.5 and 2 in place of 0.5, what is the final amount in place of £0.40?": the lesson's two steps on fresh
    numbers near its own (the divisor kept: the pack size, the servings the recipe makes).  The wrong options
    are the usual slips: the division left out, the second step left out, the factor turned round, the decimal
    point moved."""
    made = 0
    lines = lesson.sentences
    for at, (section, sentence) in enumerate(lines):
        chains = parse_chain(sentence) if "×" in sentence else []
        following = lines[at + 1][1] if at + 1 < len(lines) and lines[at + 1][0] is section else ""
        if not chains and "×" in following:
            # Only a working that spans the two: one inside the next sentence is read there.
            chains = [c for c in parse_chain(f"{sentence} {following}", across=True)
                      if c["text"] not in sentence and c["text"] not in following]
            # The stored source stays the lesson's sentence that finds the rate; the stem quotes both steps.
        if "÷" not in sentence or not chains or made >= MAX_PER_LESSON:
            continue
        for chain in chains:
            a, b, n, d, unit, money = (chain[k] for k in ("a", "b", "n", "d", "unit", "money"))
            # A count of parts of the whole divided ("3 × £12" of "£60 ÷ 5") stays a part of it: 6 of 5 parts is nonsense.
            part = n < b and n == n.to_integral_value() and b == b.to_integral_value()
            draws = [(a * Decimal(s), n * Decimal(t)) for s in CHAIN_SCALES for t in ("1", *CHAIN_SCALES)]
            rng.shuffle(draws)
            for fresh_a, fresh_n in draws:
                fresh_a, fresh_n = fresh_a.normalize(), fresh_n.normalize()
                rate = fresh_a / b
                key = (fresh_n * rate).normalize()
                if fresh_a == a or fresh_n in {b, 1} or (part and fresh_n >= b) or decimal_places(rate) > 4 or decimal_places(key) > MAX_PLACES \
                        or decimal_places(fresh_a) > 2 or decimal_places(fresh_n) > 2 or abs(key - d) < d / 10 \
                        or not d / 4 <= key <= d * 4 or key in {a, b, n, d, fresh_a, fresh_n} \
                        or (n == n.to_integral_value() and fresh_n != fresh_n.to_integral_value()):
                    continue  # a figure of the lesson's again, far from its size, or a count (eggs) no longer whole
                wrong_way = fresh_n * b / fresh_a  # the factor turned round: a slip only when it lands near the key
                # The second step left out: a rate in the answer's unit (money) only; a bare factor has none ("5 g").
                mistakes = [fresh_n * fresh_a, *([rate] if money else []),
                            *([wrong_way] if key / 10 <= wrong_way <= key * 10 else []),
                            # A rate written first: added to the factor it multiplies ("4.8 + 6.5"), or the amount
                            # divided by that factor ("480 ÷ 6.5", rounded as the key is).
                            *([rate + fresh_n, (fresh_a / fresh_n).quantize(Decimal(1).scaleb(-max(decimal_places(key), 1)), rounding=ROUND_HALF_UP)]
                              if chain["rate_first"] else []), key * 10, key / 10]
                # Never the text's own final figure: the stem names it as the amount replaced ("in place of £36").
                mistakes = [m for m in mistakes if m != d]
                options = _chain_options([fresh_a, b, fresh_n], key, mistakes, unit, money, chain["pence"])
                if len(options) >= 3:
                    break
            else:
                continue
            given = f" {chain['ua']} ÷ {fmt(b)}" if chain["ua"] else f" ÷ {fmt(b)}"
            old, new = (f"{format_amount(v, unit, True, chain['pence']) if money else fmt(v)}{given}" for v in (a, fresh_a))
            answer = format_amount(key, unit, money, chain["pence"])
            counted = f" and {fmt(fresh_n)} in place of {fmt(n)}" if fresh_n != n else ""
            stem = f"The text works out “{chain['text']}”. With {new} in place of {old}{counted}, {final_asked(chain)}"
            if word_count(stem) > MAX_STEM_WORDS:
                stem = f"The text works out “{chain['text']}”. With {new} in place of {old}{counted}, " \
                       f"{final_asked(chain, brief=True)}"
            if word_count(stem) > MAX_STEM_WORDS:
                stem = f"The text works out {compact_chain(chain)}. With {new} in place of {old}{counted}, " \
                       f"{final_asked(chain, brief=True)}"
            if word_count(stem) > MAX_STEM_WORDS:
                continue
            made += 1
            yield apply_item(section=section, sentence=sentence, key=answer, distractors=options, stem=stem,
                             explanation=f"{new} = {fmt(rate)}; {fmt(fresh_n)} × {fmt(rate)} = {answer}.",
                             claim=f"chain:{fmt(a)}÷{fmt(b)}")
            break


def _chain_options(values: list[Decimal], key: Decimal, mistakes: list[Decimal], unit: str, money: bool,
                   pence: bool) -> list[str]:
    """The mistakes as options, money shown in pence as the lesson shows it ("£0.40", never "£0.4")."""
    if not money:
        return mistake_options(values, key, mistakes, unit)
    shown = [format_amount(m, unit, True, pence) for m in mistakes if m >= Decimal("0.01")]
    options = list(dict.fromkeys(o for o in shown if o != format_amount(key, unit, True, pence)
                                 and o not in {format_amount(v, unit, True, pence) for v in values}))
    return options
