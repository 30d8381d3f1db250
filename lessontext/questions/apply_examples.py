"""The example lessons of the apply family (``families/apply.py``): each a short lesson on which the family must make,
or must not make, a given item; ``tests/lessontext/questions/test_registry_families.py`` runs them all."""

INTEREST = """# Saving

## Interest

Interest is what a bank pays on savings.

The formula is:

simple interest = principal × rate × time

A longer saving earns more.
"""

AVERAGE = """# Data

## Averages

The mean summarises a set of numbers.

Mean = total ÷ count, which gives one typical value.
"""

# A worked example after the formula: fresh numbers of its size, with its units.
TITRATION = """# Titration

## Working

A titration finds an unknown concentration.

Concentration of NaOH = moles ÷ volume = 0.00200 mol ÷ 0.0250 L = 0.0800 mol/L.
"""

# A plural quantity is asked as a number ("the number of moles", never "the moles ... is").
MOLES = """# Titration

## Working

A titration finds an unknown amount of acid.

Moles of HCl used = concentration × volume = 0.100 mol/L × 0.0200 L = 0.00200 mol.
"""

# Brackets, mixed sums and symbols alone may be read more than one way: no question.
AMBIGUOUS = """# Saving

## Interest

A = P × (1 + r) when compounded once.

Change = (new value − old value) ÷ total × 100.

Net worth = savings + property − debts.
"""

# A percentage as a share of a whole and as a change.
PERCENTAGES = """# Percentages

## Shares

Percentage of income saved = (amount saved ÷ total income) × 100

## Changes

- **Percentage change**: percentage change = (new value − old value) ÷ old value × 100.
"""

# A sum and a difference of two named quantities, each a display line.
BALANCES = """# Accounts

## The equation

Every business keeps its books in balance:

Assets = Liabilities + Equity

A loan of 500 raises Liabilities 500 and cash by as much; Equity grows with each year's profit.

## Profit

Profit is what remains of the takings:

Profit = revenue − costs

When revenue exceeds costs, the business makes a profit.
"""

# A word equation written with "=": its parts are substances, never given an amount, and no sum.
WORD_EQUATION = """# Respiration

## The reaction

Cells release energy from food:

Reactants = glucose + oxygen

Glucose comes from digested food, and oxygen comes from the air we breathe.
"""

# A formula in one-letter symbols that the lesson names (a table's "Symbol" column, "where X is ..."):
# asked with the names, and with the units the table gives.
CIRCUITS = """# Circuits

## Quantities

| Quantity | Symbol | Unit |
|---|---|---|
| Current | I | ampere (A) |
| Potential difference | V | volt (V) |
| Resistance | R | ohm (Ω) |

## Ohm's law

The current through a wire is proportional to the potential difference across it:

V = I × R

## Charge

Current is a rate of flow of charge:

I = Q / t

where Q is charge in coulombs (C) and t is time in seconds (s).
"""

# A symbol the lesson never names ("E"): no question on that formula.
UNNAMED = """# Circuits

## Energy

One volt means one joule for every coulomb:

V = E / Q

where Q is charge in coulombs.
"""

# A worked example on a later line of the formula's section: its units and sizes; a proportion's
# fresh numbers stay a part of their whole.
LATER_EXAMPLE = """# Exams

## Pass rates

Pass rate = number of students who passed the exam / number of students who sat the exam

In one school, 45 of the 60 students who sat the exam passed.

Pass rate = 45 / 60 = 0.75

## Doses

Dose = body mass × dose per kilogram

For a child: Dose = 20 kg × 15 mg/kg = 300 mg
"""

# The example goes on with the formula's answer: the formula is one step of the working, not asked alone.
ONE_STEP = """# Trips

## Walking

Distance walked = walking speed × time

Working: total distance = 4 × 1.5 = 6 km, so the distance each way = 6 / 2 = 3 km
"""

# A negative base-10 logarithm of a bracketed quantity whose unit the lesson gives: asked on a fresh power of ten.
ACIDITY = """# Acidity

## The scale

The acidity of a solution is given by

pA = −log₁₀[A⁺]

where [A⁺] is the concentration of the ion in moles per litre (mol/L).
"""

# A worked example in prose on a later line ("Its density is 60 ÷ 20 = 3"): the sizes, and the short units
# the line before gives its figures; a counted noun ("300 seeds") is no unit.
PROSE_EXAMPLE = """# Materials

## Density

Density = mass ÷ volume

A pebble of 60 g fills 20 cm³ of water. Its density is 60 ÷ 20 = 3, which is typical of rock.

## Seeds

germination rate = number of seeds that sprouted ÷ number of seeds sown

Of 300 seeds sown in spring, 240 sprouted, so the germination rate of the batch was 240 ÷ 300 = 0.8.
"""

# A percentage share with long names and its worked example a few lines on: the example's sizes and rounding.
SHARE_EXAMPLE = """# Rail

## Punctuality

The punctuality score of a line is:

Punctuality score = (number of trains arriving on time in the month ÷ number of trains run in the month) × 100

### Example

In March the line ran 640 trains, and 544 of them arrived on time.

(544 ÷ 640) × 100 = 85%
"""

# No working, but the units the lesson says its quantities are measured in (``units.py``): the stem gives them.
MEASURED = """# Turning

## Moments

moment = force × distance from the hinge

Force is measured in newtons (N) and distance in metres (m), so moments are measured in newton metres (N m).
"""

# A rule in words, no "=": read as its formula and asked with the currency the lesson gives the price.
RULE_IN_WORDS = """# Bakery

## Takings

The price per loaf is £2 on weekdays.

Daily income is the price per loaf multiplied by the number of loaves sold.

## Percentages

The margin is the profit divided by the price, multiplied by 100.
"""

# A formula in symbols with π and a power, each symbol named, a unit given by a value of the lesson: asked on a
# fresh radius, rounded as the stem says (``expressions.py``).
PLATES = """# Plates

## Size

The distance from the centre of a plate to its rim is the radius, usually written r.

The space a plate covers is:

S = π × r²

where S is the surface area.

A side plate has a radius of 9 cm.
"""

SCALES = """# Two scales

## The Grade scale and the Rank scale

Ice melts at 0 °G, which is 10 °R. A warm day is 20 °G, or 40 °R.

To change Grade into Rank, multiply by 3/2 and then add 10:

R = G × 3/2 + 10
"""

# A product in words with each factor's unit in brackets, worked in two chained steps after a conversion: asked on
# fresh values, the converted one given in the unit the working converts from (``stepwise.py``).
HOSE = """# Watering a garden

## The formula

water cost = flow rate (L/min) × time (minutes) × price per litre

## Converting

To change hours into minutes, multiply by 60. A sprinkler's flow is given per minute.

## Worked examples

Example 1: a sprinkler runs for 20 minutes at 12 L/min.

12 L/min × 20 minutes = 240 L

240 L × 0.2p = 48p

Example 2: a hose runs for 5 minutes at 8 L/min.

8 L/min × 5 minutes = 40 L

40 L × 0.2p = 8p
"""

# Two factors with units in brackets; the lesson converts minutes into hours just before its working.
CYCLING = """# Cycling trips

## The formula

distance (km) = speed (km/h) × time (hours)

## Example

A rider keeps to 16 km/h for 45 minutes.

45 minutes ÷ 60 = 0.75 hours

16 km/h × 0.75 hours = 12 km
"""

# A rule for combined events in function notation, worked in decimals with its answer on the next line (``notation.py``).
CHANCES = """# Chances on the way to school

## Both at once

P(X and Y) = P(X) × P(Y)

This rule holds only when X and Y are independent, such as rain and a late bus on different days.

P(rain and late) = 0.4 × 0.2

= 0.08
"""

# A root of a sum of two squares worked on one line (``roots.py``): asked on fresh whole numbers.
ROOTS = """# Journeys

## A boat trip

A boat sails 8 km due north, then 6 km due east. The direct distance is √(8² + 6²) = √100 = 10 km.
"""

# A median worked on a list (``datasets.py``): asked on a fresh list of the same count.
MEDIAN = """# Averages

## Worked example

Seven pupils scored these marks: 12, 5, 18, 3, 9, 15, 6

In order: 3, 5, 6, 9, 12, 15, 18. The median is the 4th value, which is 9.
"""

# A worked example whose working runs over two lines (``reposed.py``): re-posed on fresh figures.
ECHO = """# Echoes

## Worked example: the cliff

A student claps in front of a cliff and hears the echo 1.2 seconds later. What is the distance to the cliff?

Speed of sound: v = 343 m/s.

The sound travels 343 × 1.2 = 411.6 m. This is there and back, so the cliff is 411.6 ÷ 2 = 205.8 m away.
"""

# An exercise in standard form, answered in a numbered list (``reposed.py``, ``standard_form.py``).
PHOTON = """# Photons

## Practice

Use h = 6.63 × 10⁻³⁴ J s.

1. Calculate the energy of a photon of light with a frequency of 6.00 × 10¹⁴ Hz.
2. Explain why ultraviolet light burns.

## Answers

1. E = hf = (6.63 × 10⁻³⁴) × (6.00 × 10¹⁴) = 3.98 × 10⁻¹⁹ J.
2. Its photons carry more energy.
"""

# A formula with a bracket and a power, worked with its multiplier (growth.py).
GROWTH = """# Boats

## Losing value

A fishing boat loses the same share of its value every year. The value after t years is

V = B(1 − k/100)^t

where V is the value after t years, B is the price paid and k is the yearly loss per cent.

A boat bought for €40,000 that loses 10% a year is worth 40000 × 0.9^3 = 40000 × 0.729 = €29,160 after three years.
"""

# An arithmetic sequence's nth term and sum in subscripts, each worked once (sequences.py).
SEQUENCES = """# Sequences

## The nth term

The term in position n of an arithmetic sequence is

T_n = a + (n − 1)d

where a is the first term and d is the common difference. For 3, 8, 13, …, a = 3 and d = 5, so T_10 = 3 + 9 × 5 = 48.

## Adding terms

The sum of the first n terms is

S_n = n/2 × (2a + (n − 1)d)

For the same sequence, S_10 = 10/2 × (2 × 3 + 9 × 5) = 5 × 51 = 255.
"""
