"""Apply: "The text gives the formula “<result> = <a> × <b>”. What is <result> when <a> = 3 and <b> = 40?".

Reads a formula the lesson states in words: "<result> = <factor> × <factor> [× <factor>]" or
"<result> = <dividend> ÷ <divisor>" (also with * and /), every quantity named by a short
phrase of letters (no symbols alone, no numbers, no brackets but a percentage's, below: anything else may be
read more than one way).  When the same sentence works the formula through with numbers and
units ("= 0.00200 mol ÷ 0.0250 L = 0.0800 mol/L"), the fresh numbers are of the same size
(the example's, each scaled by a small factor) and carry the example's units, key and options
too: bare "68" and "2" for moles and litres are not a realistic question.  With no working, the units
the lesson gives its quantities ("measured in newtons (N)", a table's unit column, amounts in its one
currency: ``units.py``) and values of the sizes it writes them with.  A working whose values the lesson
works out as another of the formula's quantities is another formula's, and the formula is not asked.
The question gives fresh numbers and asks for the result, computed
exactly with decimals (a quotient's numbers are chosen so it divides exactly).  The wrong
options are the results of common mistakes: a factor left out, the factors added instead of
multiplied or divided instead, the decimal point slipped once (×10, ÷10, ×100: a rate given as a percentage), the
division turned round or replaced by a product.  A quantity named as a rate, fraction or
proportion gets a decimal value below 1.  A formula in one-letter symbols ("V = I × R") is
read too when the lesson names every symbol (a table with a "Symbol" column, "where Q is
charge ..."): the question gives the names, small fresh values (a base of hundreds reads
wrongly for a current) and the units the table gives.  The item asks to use a rule on new
values, so its level is "apply".

A worked example elsewhere in the lesson counts too (``worked.py``): its units reach the stem and the
options (a long one the stem only), the fresh numbers keep its constraints, and a formula that is one
step of a longer working is not asked.  A display line may name its quantities at length, but only
with an example.  A proportion's wrong options: the ratio turned round, read as a percentage, slipped.

A sum or a difference of two named quantities ("<result> = <a> + <b>", "<result> = <a> − <b>", a
display line of its own in a bookkeeping and in a nutrition lesson) reads one way only and is asked
too, on fresh round numbers (a difference's first larger than its second); its wrong options are
the other operation's result and the slip of written column arithmetic (the smaller digit taken from the
larger, a carry forgotten: ``formulas.column_slip``), else a slipped decimal point.  A sum of three, a sum and a difference
mixed, or brackets stay unread.  A sum is read only when its two parts are quantities, that
is, when the lesson treats each as an amount elsewhere: it gives it a figure ("Liabilities 5,000",
"revenue of 1,200"), or it rises, falls, exceeds or equals something ("When intake exceeds
expenditure").  A word equation written with "=" ("Reactants = glucose + oxygen") names
substances, not amounts: read as a sum it would key a wrong answer.

A percentage in its two common shapes reads one way too: a share, "<result> = (<part> ÷ <whole>) × 100"
(a nutrition lesson), and a change, "<result> = (<new> − <old>) ÷ <old> × 100" (a finance lesson): the
brackets and the "× 100" close the formula, so its result may take six words ("percentage of energy
from a nutrient").  Fresh numbers give a whole percentage as the key; the wrong options are the
fraction not multiplied by 100, the rest of the whole (100 − p), the quotient turned round, and for a
change the change divided by the new value.  A share whose worked example follows it ("(54 ÷ 274) × 100 ≈ 19.7%", "Year 2:
(550 ÷ 500) × 100 = 110": a nutrition and a price-index lesson) is asked on the example's sizes, units and rounding,
with "%" only when the example writes it (an index is a bare number); its quantities may then take ten words.

A negative base-10 logarithm, "<result> = −log₁₀[<quantity>]" (``logarithms.py``), is asked on a power of
ten with the unit the lesson gives the quantity.  A formula in symbols may also be named by a "where:"
list or "<Name>, written x," and worked on a later line of its section ("Working: v = 0.5 × 6 = 3" after
"Given: f = 0.5 Hz, λ = 6 m"); one with no unit to read for its answer is not asked.  A working in prose
names its result before "is" ("Its density is 60 ÷ 20 = 3"): read as an example too (``worked.py``).

A rule in words reads as the formula it states (``formulas.formula_in_words``): "Density is mass divided by
volume", "Interest equals principal multiplied by rate multiplied by time", "To find the unit price, divide the
price by the quantity", "Divide the fixed costs by the contribution per unit to find the break-even output",
"Subtract the costs from the takings to find the profit", "... is found by dividing <a> by <b>".  Lessons of
arithmetic state half their rules so, and with no "=" none was asked.  Nothing after the rule may go on with the
arithmetic ("..., multiplied by 100", "expressed per 1,000": the rule would be half read), and a percentage, a
constant or a pronoun is no quantity to give a fresh number.  A rule in words is asked only when no formula of
the lesson with "=" (or in symbols the lesson names) asks its result or its quantities already.  An amount of
money scaled by bare numbers stays money ("£1,200 a unit × 2 units = £2,400", ``units.money_result``).  A unit conversion the lesson states
("1 kg = 1,000 g") is asked on a fresh amount of its sizes, and so is a percentage of an amount the lesson works
out ("15% of £240 = 240 × 0.15 = £36"; ``conversions.py``).

A formula in symbols as schools write it, with a constant, π, a power or no signs ("C = 2 × π × r", "A = ½ × b × h",
"A = πr²", "P = I² × R", ``expressions.py``; under a root, "T = 2π√(L ÷ g)", or of a squared result, "T² = a³"), is asked when its sentence states it and the lesson names every symbol
it is given and gives each a unit: on fresh values of the lesson's sizes, rounded as the stem says, its wrong options
the usual slips (the square left out or taken as "× 2", the constant or π left out, the diameter for the radius).  A
relation asked already in plain symbols ("v = f × λ") is not asked again rearranged ("f = v / λ"), nor a relation
stated both in words and in symbols ("pressure = force ÷ area", "p = F ÷ A") or in a long and a short form twice: the
first given with units stands for both.  The formulas a lesson lists as ones "you already know" are not asked.  A worked
problem in prose ("A jacket costs £60 and is cut by 25%. What is the sale price?") is re-posed too (``problems.py``), and
a formula in symbols that scales and shifts one quantity ("F = C × 9/5 + 32", "C = (F − 32) × 5/9") when the lesson's own
figures bear it out (``linear.py``).  A product in words whose quantities carry their units in brackets ("cost = power (kW)
× time (hours) × price per kWh") is asked when the lesson works it in steps with those units (``stepwise.py``), and a rule for combined events in function notation ("P(A and B) = P(A) ×
P(B)") when the lesson works it in that notation (``notation.py``).  A root of a sum of two squares the lesson works
("√(8² + 6²) = √100 = 10 km", or "c² = 6² + 8² = 100" then "c = √100 = 10") is asked on fresh whole numbers (``roots.py``);
a problem told in words that the lesson works so ("A ladder 5 m long leans against a wall ... How high up the wall does
it reach?") is re-posed on a fresh triangle instead, and so is a half-life worked on a sample ("It has a half-life of
about 8 days ... What will its activity be after 24 days?", ``halflife.py``), each when the lesson writes the answer
its own figures give (``worded.py``).  A linear equation or inequality the lesson solves ("Solve 7 − 2x ≥ 15." ...
"x ≤ −4") is asked on fresh numbers of the same shape, its options the slips of the method (``solving.py``), and so is
a pair of simultaneous equations it solves ("Solve 3x + 2y = 18 and 5x − 2y = 14." ... "x = 4 and y = 3",
``simultaneous.py``), and a side of a right-angled triangle it works out with a ratio it states ("sin θ = opposite ÷
hypotenuse" ... "x = 8 × sin 35° = 4.59 cm") on a fresh angle and side (``trigonometry.py``), and a median, mean, mode,
range or interquartile range it works on a list of values, on a fresh list (``datasets.py``).  A lesson's first worked example
is re-posed on fresh figures when its arithmetic reads back to the problem's figures and gives the lesson's answer
(``reposed.py``).  A discriminant the lesson names and works ("b² − 4ac = 36 − 36 = 0") is asked of a fresh quadratic: how
many different real solutions it has (``discriminant.py``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import chain

from ..apply_examples import (
    ACIDITY,
    AMBIGUOUS,
    AVERAGE,
    BALANCES,
    CHANCES,
    CIRCUITS,
    CYCLING,
    ECHO,
    GROWTH,
    HOSE,
    INTEREST,
    LATER_EXAMPLE,
    MEASURED,
    MEDIAN,
    MOLES,
    ONE_STEP,
    PERCENTAGES,
    PHOTON,
    PLATES,
    PROSE_EXAMPLE,
    ROOTS,
    RULE_IN_WORDS,
    SCALES,
    SEQUENCES,
    SHARE_EXAMPLE,
    TITRATION,
    UNNAMED,
    WORD_EQUATION,
)
from ..applyitems import (
    CONFIDENCE,
    DRAWS,
    MAX_OPTION_UNIT,
    UNIT_WORDS,
    apply_candidate,
    asked_quantity,
    fmt,
    listed,
    lower_first,
    mistake_options,
    percentage_questions,
    symbols_stem,
    with_unit,
)
from ..candidate import Candidate
from ..conversions import chain_questions, conversion_questions, percent_of_questions, share_questions
from ..course import CourseView, LessonView
from ..datasets import dataset_questions
from ..discriminant import discriminant_questions
from ..exercises import only_in_worked_examples, self_check
from ..expressions import Relation, asked_already, term_questions
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..formulas import compute, formula_in_words, parse_formula, product_with_constants, treated_as_quantity
from ..growth import growth_questions
from ..halflife import half_life_questions
from ..linear import linear_questions
from ..logarithms import log_questions
from ..notation import notation_questions
from ..problems import PROBLEM, problem_questions
from ..relations import one_per_relation, recalled, relation_in_words
from ..reposed import reposed_questions
from ..roots import root_questions
from ..rubric import MAX_STEM_WORDS
from ..rules import APPLY_FORMULA
from ..sequences import sequence_questions
from ..simultaneous import simultaneous_questions
from ..solving import solving_questions
from ..stepwise import stepwise_questions
from ..symbols import parse_symbol_formula, symbol_names
from ..text import is_plural, word_count
from ..trigonometry import trig_questions
from ..units import SIZE_DRAWS, LessonMeasures
from ..worked import (
    apply_ops,
    fresh_values,
    named_as_another,
    rounded_values,
    section_example,
    symbol_example,
    typical_mistakes,
)
from . import FAMILIES


def apply_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    yield from percentage_questions(lesson, rng)
    yield from log_questions(lesson, rng)
    yield from solving_questions(lesson)
    yield from simultaneous_questions(lesson)
    seen: set[str] = set()
    named: dict[str, tuple[str, str]] | None = None
    measured: str | None = None  # the lesson's text, where a sum's parts must be given amounts
    measures: LessonMeasures | None = None  # the units the lesson gives its quantities, read once
    # Formulas written with "=" first, then rules in words ("Density is mass divided by volume"), each asked
    # only when no formula of the lesson already asks its result or its quantities.
    in_words = {at: f for at, (_, s) in enumerate(lesson.sentences)
                if "=" not in s and (f := formula_in_words(s)) is not None}
    order = [at for at, (_, s) in enumerate(lesson.sentences) if "=" in s] + list(in_words)
    covered: set[str] = set()
    asked_symbols: set[Relation] = set()  # the formulas in symbols asked: a rearranged one is not asked again
    by_symbols: list[tuple[Relation, int, bool]] = []  # each, where its item is in ``made``, and worked or not
    made: list[tuple[tuple | None, bool, Candidate] | None] = []  # (relation in words, given with units, item)
    for at in order:
        section, sentence = lesson.sentences[at]
        if recalled(lesson.sentences, at):
            continue  # a formula the reader knows already, listed before the lesson's own
        if self_check(section.heading):
            continue  # "(Hint: speed = volume flow rate ÷ cross-sectional area ...)": a task's aid, asked as unitless
            # division (test-ec, both raters: "tests nothing about the Reynolds number")
        words = in_words.get(at)
        parsed = parse_formula(words or sentence)
        # A display line with long names is read only with its worked example (units and sizes).
        needs_example = False
        if parsed is None and words is None:
            parsed = parse_formula(sentence, long=True)
            needs_example = parsed is not None
        legend, units, unit = "", None, ""
        if parsed is None and words is not None:
            continue
        if parsed is None:
            if named is None:
                named = symbol_names(lesson)
            symbolic = parse_symbol_formula(sentence, named)
            if symbolic is None:
                continue
            # A formula in symbols: asked with the lesson's names for them, and their units
            # when the lesson gives every one.
            result_symbol, symbols, ops = symbolic
            legend = listed([f"{x} is the {lower_first(named[x][0])}" for x in (result_symbol, *symbols)])
            if all(named[x][1] for x in (result_symbol, *symbols)):
                units, unit = [named[x][1] for x in symbols], named[result_symbol][1]
            parsed = result_symbol, symbols, ops
        result, names, ops = parsed
        if only_in_worked_examples(result, lesson.sentences, lesson.document.title or ""):
            continue
        if ops in (["+"], ["−"]):
            if measured is None:
                measured = " ".join(s for _, s in lesson.sentences)
            if not all(treated_as_quantity(name, measured) for name in names):
                continue  # a word equation ("Reactants = glucose + oxygen") is no sum of amounts
        formula = f"{result} = " + " ".join(x for pair in zip(names, [*ops, ""]) for x in pair).strip()
        if formula.lower() in seen:
            continue
        seen.add(formula.lower())
        quantities = [result.lower(), " ".join(sorted(n.lower() for n in names))]
        if legend:  # "v = f × λ", named "wave speed", "frequency", "wavelength": that rule in words is asked
            quantities += [named[result][0].lower(), " ".join(sorted(named[x][0].lower() for x in names))]
        if words is not None and covered & set(quantities):
            continue  # the rule in words of a formula asked already ("Unit price = price ÷ quantity")
        covered.update(quantities)
        example = None
        if set(ops) <= {"×", "÷"}:
            example = (symbol_example(lesson.sentences, at, result, names, ops) if legend
                       else section_example(lesson.sentences, at, result, ops))
        if example is None and needs_example:
            continue
        if legend and (not example.unit if example is not None else units is None):
            # Symbols with no unit to give them ("λ = 12 and T = 8"): bare numbers, which raters on test-c and
            # test-g marked down ("no units", "a strain of 33").
            continue
        if example is not None and example.continues:
            continue  # one step of a longer working: asked alone it skips the lesson's point
        if example is not None and not legend and named_as_another(example, names, lesson.sentences):
            continue  # another formula's working: its values are not this formula's quantities
        if example is not None:
            # Units the working leaves out come from where the lesson names its symbols.
            fallback = units or [""] * len(names)
            units, unit = [u or f for u, f in zip(example.units, fallback)], example.unit
        elif units is None:
            # No working to read units from: those the lesson gives its quantities ("Force is measured in
            # newtons (N)", a table's unit column, "Fixed costs = £3,600"; ``units.py``).
            measures = measures or LessonMeasures(lesson)
            units, unit = measures.units(names, ops, result)
        # A long unit ("per person-year") goes in the question, once: on every option it would make
        # the options read alike ("0.03 per person-year", "0.3 per person-year").
        # So does a unit that ends an option as a word would ("1.5 A": an article).
        per = ""
        if " " in unit or len(unit) > MAX_OPTION_UNIT or unit.lower() in UNIT_WORDS:
            per, unit = (f" {unit}" if unit.startswith("per ") else f", in {unit},"), ""
        drawn, rounded = None, False
        for _ in range(DRAWS if example is not None else 1):
            if example is not None:
                fresh = fresh_values(example, ops, rng)
                rounded = fresh is None
                if rounded:  # no exact key: rounded as the example rounds its answer, and the stem says so
                    fresh = rounded_values(example, ops, rng)
                if fresh is None:
                    break  # no fresh numbers keep the example's constraints
                values, key = fresh
                mistakes = typical_mistakes(values, apply_ops(values, ops), ops, proportion=example.result < 1,
                                            like=len(set(example.units)) == 1)
                if rounded:
                    mistakes = [m.quantize(Decimal(1).scaleb(-example.places), rounding=ROUND_HALF_UP) for m in mistakes]
            else:
                # Symbols take small values ("I = 3 A"): a base of hundreds reads wrongly for a current.
                values, key, mistakes = compute(names, ops, rng, [Decimal(2)] * len(names) if legend else None,
                                                result=named[result][0] if legend else result)
                if not legend and any(units) and measures is not None:
                    # Units the lesson gives: values of the sizes it writes them with.
                    for _ in range(SIZE_DRAWS):
                        if all(measures.fits(v, u) for v, u in zip([*values, key], [*units, unit])):
                            break
                        values, key, mistakes = compute(names, ops, rng, result=result)
                if not legend and set(ops) == {"×"} and measures is not None:
                    # A constant the lesson gives ("g is about 9.8 N/kg") keeps the lesson's value.
                    constants = measures.constants(names)
                    if any(c is not None for c in constants):
                        values, key, mistakes = product_with_constants(values, constants)
            distractors = mistake_options(values, key, mistakes, unit)
            if fmt(key) not in {fmt(v) for v in values} and len(distractors) >= 2 and (
                    drawn is None or len(distractors) > len(drawn[2])):
                drawn = values, key, distractors
            if drawn is not None and len(drawn[2]) >= 3:
                break
        if drawn is None:
            continue
        values, key, distractors = drawn
        shown_key = with_unit(fmt(key), unit)
        given = [f"{n} = {with_unit(fmt(v), u)}" for n, v, u in zip(names, values, units)]
        given_text = listed(given)
        rounding = ""
        if rounded and example is not None:
            rounding = (f" Give the answer to {example.places} decimal place{'s' if example.places > 1 else ''}."
                        if example.places else " Give the answer to the nearest whole number.")
        if legend:
            shown = [(n, with_unit(fmt(v), u)) for n, v, u in zip(names, values, units)]
            stem = symbols_stem(formula, result, named, per, shown, rounding)
        elif ops in (["+"], ["−"]) and is_plural(lower_first(result).split()[-1]):
            # "Assets = Liabilities + Equity": amounts added, not things counted ("the number of assets").
            stem = f"The text gives the formula “{formula}”. What are the {lower_first(result)} when {given_text}?"
        else:
            stem = f"The text gives the formula “{formula}”. What is the {asked_quantity(result)}{per} when {given_text}?"
            if word_count(stem) > MAX_STEM_WORDS:
                # Long names: the formula is the lesson's to recall, the question gives the values.
                stem = f"By the text's formula, what is the {asked_quantity(result)}{per} when {given_text}?"
        stem += rounding
        worked = " ".join(x for pair in zip([fmt(v) for v in values], [*ops, ""]) for x in pair).strip()
        if legend:
            powers = [(names[0], 1), *((n, -1 if op == "÷" else 1) for n, op in zip(names[1:], ops))]
            relation = (result, frozenset(powers), Fraction(1), False)
            # "F = p × A" after "p = F ÷ A": one relation, asked once, rearranged as the lesson's worked example
            # works it ("x = F ÷ k = 3.0 ÷ 50 = 0.060 m") rather than on bare small values.
            prior = [(i, worked) for rel, i, worked in by_symbols if asked_already(relation, {rel})]
            if prior and (example is None or any(worked for _, worked in prior)):
                continue
            for i, _ in prior:
                made[i] = None
            by_symbols.append((relation, len(made), example is not None))
            asked_symbols.add(relation)
        made.append((relation_in_words(result, names, ops, named if legend else None),
                     any(units or []) or bool(unit or per),
                     apply_candidate(stem=stem, key=shown_key, distractors=distractors, formula=formula, worked=worked,
                                     section=section, sentence=sentence)))
    yield from one_per_relation([m for m in made if m is not None])
    # With a generator of its own per formula: the draws of the items above and below stay as they were.
    named = named if named is not None else symbol_names(lesson)
    yield from term_questions(lesson, named, asked_symbols)
    yield from linear_questions(lesson, named)
    yield from growth_questions(lesson, named)
    yield from sequence_questions(lesson)
    yield from stepwise_questions(lesson)
    yield from root_questions(lesson)
    yield from half_life_questions(lesson)
    yield from discriminant_questions(lesson)
    yield from trig_questions(lesson)
    yield from dataset_questions(lesson)
    yield from reposed_questions(lesson)
    yield from notation_questions(lesson)
    # Last, so that the formulas' fresh numbers stay those drawn before unit conversions were read.
    earlier: list[str] = []
    for candidate in chain(conversion_questions(lesson, rng), percent_of_questions(lesson, rng),
                           chain_questions(lesson, rng), share_questions(lesson, rng)):
        earlier.append(candidate.stem)
        yield candidate
    # Worked problems in prose, on amounts no item above asks about ("25% of £120" and "£120 reduced by 25%").
    yield from problem_questions(lesson, rng, avoid=" ".join(earlier))


FAMILY = FAMILIES.register(QuestionFamily(
    name="apply",
    priority=43,
    scope=LESSON,
    build=apply_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(INTEREST, APPLY_FORMULA, "The text gives the formula “simple interest = principal × rate × time”."),
        makes(MEASURED, APPLY_FORMULA, "What is the moment, in N m, when force = "),
        makes_no(MEASURED.replace("(N)", "").replace("(m)", "").replace("(N m)", ""), APPLY_FORMULA, " N and "),
        makes(AVERAGE, APPLY_FORMULA, "What is the mean when total = "),
        makes(TITRATION, APPLY_FORMULA, " L?"),
        makes_no(TITRATION, APPLY_FORMULA, "moles = 68"),
        makes(MOLES, APPLY_FORMULA, "What is the number of moles of HCl used when"),
        makes_no(MOLES, APPLY_FORMULA, "What is the moles"),
        makes_no(AMBIGUOUS),
        makes(PERCENTAGES, APPLY_FORMULA, "“Percentage of income saved = (amount saved ÷ total income) × 100”. What is the percentage of income saved when amount saved = "),
        makes(PERCENTAGES, APPLY_FORMULA, "“percentage change = (new value − old value) ÷ old value × 100”. What is the percentage change when new value = "),
        makes_no(PERCENTAGES.replace("÷ old value × 100", "÷ total × 100").replace("÷ total income)", "÷ total income) ÷ 2")),
        makes(BALANCES, APPLY_FORMULA, "The text gives the formula “Assets = Liabilities + Equity”. What are the assets when Liabilities = "),
        makes(BALANCES, APPLY_FORMULA, "The text gives the formula “Profit = revenue − costs”. What is the profit when revenue = "),
        makes_no(BALANCES.replace(" + ", "-").replace(" − ", "-")),  # hyphens join words
        makes_no(WORD_EQUATION),
        makes(CIRCUITS, APPLY_FORMULA, "“V = I × R”, where V is the potential difference, I is the current and R is the resistance."),
        makes(CIRCUITS, APPLY_FORMULA, "What is the current I, in A, when Q = "),
        makes_no(UNNAMED),
        makes(LATER_EXAMPLE, APPLY_FORMULA, "By the text's formula, what is the pass rate when number of students who passed"),
        makes(LATER_EXAMPLE, APPLY_FORMULA, " mg/kg?"),
        makes_no(ONE_STEP),
        makes_no(INTEREST.replace("×", "and")),
        makes(ACIDITY, APPLY_FORMULA, "The text gives the formula “pA = −log₁₀[A⁺]”. What is the pA when [A⁺] = 1 × 10⁻"),
        makes_no(ACIDITY.replace(" (mol/L)", "")),  # no unit to give the quantity
        makes(SHARE_EXAMPLE, APPLY_FORMULA, "By the text's formula, what is the punctuality score when number of trains arriving on time in the month = "),
        makes_no(SHARE_EXAMPLE.split("### Example")[0]),  # long names and no example: not read
        makes(PROSE_EXAMPLE, APPLY_FORMULA, " g and volume = "),
        makes(PROSE_EXAMPLE, APPLY_FORMULA, "What is the germination rate when number of seeds that sprouted = "),
        makes_no(PROSE_EXAMPLE.replace("Its density", "Its weight"), APPLY_FORMULA, " g and volume = "),  # another quantity's working
        makes(RULE_IN_WORDS, APPLY_FORMULA, "“Daily income = price per loaf × number of loaves sold”. What is the daily income when price per loaf = £"),
        makes_no(RULE_IN_WORDS, APPLY_FORMULA, "margin"),  # the rule goes on ("multiplied by 100"): half read
        makes(PLATES, APPLY_FORMULA, "“S = π × r²”, with S the surface area and r the radius, what is S when r = "),
        makes_no(PLATES.replace("is the radius, usually written r", "is the radius"), APPLY_FORMULA, "π"),  # r unnamed
        makes_no(PLATES.replace(" cm", ""), APPLY_FORMULA, "π"),  # no unit
        makes(PROBLEM, APPLY_FORMULA, "and is cut by 20%. What is the sale price?"),
        makes(SCALES, APPLY_FORMULA, "The text gives the formula “R = G × 3/2 + 10”. What is R when G = "),
        makes_no(SCALES.replace("or 40 °R", "or 45 °R").replace("which is 10 °R", "which is 12 °R")),  # not borne out
        makes_no(PROBLEM.replace("£32", "£30")),
        makes(HOSE, APPLY_FORMULA, "“water cost = flow rate (L/min) × time (minutes) × price per litre”. What is the water cost when flow rate = "),
        makes_no(HOSE.replace("= 48p", "= 50p").replace("= 8p", "= 9p"), APPLY_FORMULA, "water cost"),  # the working does not hold
        makes(CHANCES, APPLY_FORMULA, "“P(X and Y) = P(X) × P(Y)”. What is P(X and Y) for two independent events X and Y when P(X) = "),
        makes_no(CHANCES.replace("= 0.08", "= 0.6"), APPLY_FORMULA, "P(X and Y)"),  # the working does not hold
        makes(CYCLING, APPLY_FORMULA, " minutes?"),  # the converted value in the unit it is converted from
        makes_no(CYCLING.replace("16 km/h × 0.75 hours", "16 km/h × 0.75 h"), APPLY_FORMULA, "distance"),  # units not the formula's
        makes(ROOTS, APPLY_FORMULA, "The text works out “√(8² + 6²) = √100 = 10 km”. Worked the same way, what is √("),
        makes_no(ROOTS.replace("= 10 km", "= 11 km"), APPLY_FORMULA, "Worked the same way"),  # the working does not hold
        makes(MEDIAN, APPLY_FORMULA, "Using the method in the text, what is the median of these seven values: "),
        makes_no(MEDIAN.replace("which is 9", "which is 8"), APPLY_FORMULA, "median"),  # the list does not give it
        makes(ECHO, APPLY_FORMULA, " seconds later. What is the distance to the cliff?"),
        makes_no(ECHO.replace("= 205.8 m", "= 210 m"), APPLY_FORMULA, "cliff"),  # the answer does not come out
        makes(PHOTON, APPLY_FORMULA, "What is the energy of a photon of light with a frequency of "),  # standard form
        makes_no(PHOTON.replace("= 3.98 × 10⁻¹⁹ J", "= 3.98 × 10⁻¹⁸ J"), APPLY_FORMULA, "photon"),  # does not hold
        makes(GROWTH, APPLY_FORMULA, "The text gives the formula “V = B(1 − k/100)^t”, where V is the value after t years. What is V when B = €"),
        makes_no(GROWTH.replace("= €29,160", "= €28,000"), APPLY_FORMULA, "What is V"),  # the working does not hold
        makes(SEQUENCES, APPLY_FORMULA, "The text gives the formula “T_n = a + (n − 1)d”. What is the "),
        makes(SEQUENCES, APPLY_FORMULA, "The text gives the formula “S_n = n/2 × (2a + (n − 1)d)”. What is the sum of the first "),
        makes_no(SEQUENCES.replace("3 + 9 × 5", "3 + 10 × 5"), APPLY_FORMULA, "T_n"),  # n steps, not n − 1: not borne out
    ),
))
