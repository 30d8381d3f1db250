"""A unit conversion the lesson states ("1 kg = 1,000 g") is asked on a fresh amount with a computed key."""

import random
import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.conversions import (
    chain_questions,
    compact_chain,
    conversion_questions,
    final_asked,
    parse_chain,
    parse_conversion,
    parse_percent_of,
    percent_of_questions,
    plural,
    share_questions,
)
from lessontext.questions.course import analyse
from lessontext.questions.rubric import MAX_STEM_WORDS
from lessontext.questions.text import word_count


@pytest.mark.parametrize("sentence, parsed", [
    ("Since 1 kg = 1,000 g, a 2 kg bag holds 2,000 g.", [("kg", Decimal("1000"), "g")]),
    ("Remember that 1 cup = 16 spoons and 1 hour = 60 minutes.",
     [("cup", Decimal("16"), "spoons"), ("hour", Decimal("60"), "minutes")]),
    ("For gases, 1 bar = 100 kPa.", [("bar", Decimal("100"), "kPa")]),
    ("One square metre: 1 m² = 100 × 100 = 10,000 cm².", []),  # a working, no stated factor
    ("The unit is defined so that 1 J = 1 N m.", []),  # factor 1
    ("A unit of flow: 1 Sv = 1 m/s.", []),  # a compound unit
    ("A small one: 1 mile = 0.6 km would be wrong.", []),  # below 1: not asked this way
    ("We had 21 kg = 21,000 g of sand.", []),  # no "1" alone
])
def test_a_stated_conversion_is_read_only_when_it_reads_one_way(sentence, parsed):
    assert parse_conversion(sentence) == parsed


@pytest.mark.parametrize("unit, text, shown", [
    ("litre", "Pour the milk.", "litres"),
    ("kg", "A 2 kg bag.", "kg"),
    ("kcal", "About 90 kcal.", "kcal"),
    ("cup", "Use 2 cups of rice.", "cups"),
    ("ha", "The site covers 3 ha and it has two drains.", "ha"),  # "has" is a verb (test-dc, both raters)
])
def test_a_word_unit_takes_its_plural_and_a_symbol_none(unit, text, shown):
    assert plural(unit, text) == shown


LESSON = """# Baking bread

## Weighing

Bakers weigh everything. Since 1 kg = 1,000 g, a 1.5 kg bag of flour holds enough for three loaves of 500 g.
Water is measured too: 1 litre = 1,000 ml, and a loaf takes 350 ml.
"""


@pytest.mark.parametrize("seed", range(12))
def test_the_key_is_the_amount_converted_with_the_lessons_factor(seed):
    items = list(conversion_questions(analyse(parse_document(LESSON)), random.Random(seed)))
    assert items
    for item in items:
        assert item.stem.startswith("The text gives the conversion 1 ")
        assert item.level == "apply" and len(item.distractors) == 3 and item.key not in item.distractors
        factor = Decimal(item.stem.split(" = ")[1].split()[0].replace(",", ""))
        amount_text, source = item.stem.split("What is ")[1].rstrip("?").split(" in ")[0].split(" ", 1)
        amount, key = Decimal(amount_text.replace(",", "")), Decimal(item.key.split()[0].replace(",", ""))
        expected = amount / factor if source in {"g", "ml"} else amount * factor
        assert key == expected


def test_a_lesson_without_a_stated_conversion_gets_none():
    text = LESSON.replace("Since 1 kg = 1,000 g, a", "A").replace("1 litre = 1,000 ml, and", "and")
    assert list(conversion_questions(analyse(parse_document(text)), random.Random(0))) == []


@pytest.mark.parametrize("sentence, parsed", [
    ("The fee is 4% of £250 = 0.04 × 250 = £10.", [(Decimal("4"), "£", Decimal("250"), "")]),
    ("About 20% of 500 kJ is 100 kJ.", [(Decimal("20"), "", Decimal("500"), "kJ")]),
    ("The fee is 4% of £250 = 0.04 × 250 = £12.", []),  # the working does not come out: misread
    ("Roughly 30% of voters = the swing group.", []),  # no amount
    ("Only 40% of the class passed.", []),
    # The amount first: "For £80.00, 20% is £16.00" (a list of steps in an everyday-arithmetic lesson).
    ("For £80.00, 20% is £16.00.", [(Decimal("20"), "£", Decimal("80.00"), "")]),
    ("For $30, 15% is $3 + $1.50 = $4.50.", [(Decimal("15"), "$", Decimal("30"), "")]),
    ("For £80.00, 20% is £18.00.", []),  # does not come out
    # As a product, the percentage first: "Wants: 30% × $3,000 = $900" (a budgeting lesson).
    ("Wants: 30% × $3,000 = $900", [(Decimal("30"), "$", Decimal("3000"), "")]),
    ("Wants: 30% × $3,000 = $1,000", []),  # does not come out
    ("Needs: 50% × $3,000 = $1,500", []),  # a half: read by anyone
    ("The fee is 4% of £250 = 0.04 × 250 = £10.", [(Decimal("4"), "£", Decimal("250"), "")]),  # one working, read once
])
def test_a_percentage_of_an_amount_is_read_only_when_its_working_comes_out(sentence, parsed):
    assert parse_percent_of(sentence) == parsed


@pytest.mark.parametrize("sentence, before, parsed", [
    # The amount times the percentage as a decimal, the percentage named just before (a sales tax lesson).
    ("$79.99 × 0.08 = $6.3992", "The sales tax rate is 8%. Multiply the price by the rate as a decimal.",
     [(Decimal("8"), "$", Decimal("79.99"), "")]),
    ("$79.99 × 0.08 = $6.3992", "The sales tax rate is 9%.", []),  # 0.08 is no percentage the text names
    ("$79.99 × 0.08 = $6.3992", "", []),  # no percentage named at all
    ("$79.99 × 0.08 = $6.50", "The sales tax rate is 8%.", []),  # does not come out
    ("90 × 0.80 = £72", "After 20% off, the price is lower.", []),  # 0.80 is the multiplier of 20% off, not 80% of
    # A bare amount the text writes as money just before takes its currency.
    ("Multiply: 84 × 0.85 = 71.40.", "The original price is £84. You will pay 85% of it.",
     [(Decimal("85"), "£", Decimal("84"), "")]),
])
def test_a_decimal_is_read_as_a_percentage_only_when_the_text_names_it(sentence, before, parsed):
    assert parse_percent_of(sentence, before) == parsed


# A sales tax worked as the price times the rate as a decimal, the price in cents.
TAX = """# Sales tax

## Paying at the till

A pair of headphones is priced at $79.99 where the sales tax rate is 8%.

Multiply the price by the tax rate, written as a decimal.

$79.99 × 0.08 = $6.3992
"""


@pytest.mark.parametrize("seed", range(6))
def test_a_percentage_worked_as_a_decimal_product_is_asked_on_a_fresh_amount(seed):
    items = list(percent_of_questions(analyse(parse_document(TAX)), random.Random(seed)))
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text works out 8% of $79.99 = $6.40. What is 8% of $")
    amount = Decimal(item.stem.split("What is 8% of $")[1].rstrip("?").replace(",", ""))
    # Near the lesson's price, whole dollars: the cents of $79.99 scaled would leave fractions of a cent.
    assert amount == amount.to_integral_value() and amount != 80
    assert item.key == f"${amount * Decimal('0.08'):,.2f}" and len(item.distractors) == 3
    assert all(re.fullmatch(r"\$[\d,]+\.\d\d", o) for o in item.distractors)


def test_a_decimal_product_with_no_percentage_named_is_not_asked():
    text = TAX.replace(" where the sales tax rate is 8%", "")
    assert list(percent_of_questions(analyse(parse_document(text)), random.Random(0))) == []


SHOP = """# Commission

## Selling

An agent keeps a commission. On a sale, 4% of £250 = 0.04 × 250 = £10, and the rest goes to the owner.
"""


@pytest.mark.parametrize("seed", range(8))
def test_a_percentage_of_a_fresh_amount_is_keyed_exactly(seed):
    items = list(percent_of_questions(analyse(parse_document(SHOP)), random.Random(seed)))
    assert len(items) == 1
    item = items[0]
    amount = Decimal(item.stem.split("What is 4% of £")[1].rstrip("?").replace(",", ""))
    assert amount != 250 and Decimal(item.key.lstrip("£").replace(",", "")) == amount * 4 / 100
    assert len(item.distractors) == 3 and item.level == "apply"


@pytest.mark.parametrize("sentence, parsed", [
    ("Rice costs £2.40 ÷ 3 = £0.80 per kg, so 2.5 kg costs 2.5 × £0.80 = £2.00.",
     [(Decimal("2.40"), Decimal("3"), Decimal("2.5"), "£")]),
    ("Pens cost $3.00 ÷ 4 = $0.75 each, so 6 pens cost 6 × $0.75 = $4.50.",
     [(Decimal("3.00"), Decimal("4"), Decimal("6"), "$")]),
    ("The factor is 9 ÷ 6 = 1.5, so the butter is multiplied by 1.5: 120 g × 1.5 = 180 g.",
     [(Decimal("9"), Decimal("6"), Decimal("120"), "g")]),
    ("Rice costs £2.40 ÷ 3 = £0.90 per kg, so 2.5 kg costs 2.5 × £0.90 = £2.25.", []),  # 2.40 ÷ 3 is not 0.90
    ("Pens cost $3.00 ÷ 4 = $0.75 each, so 6 pens cost 6 × $0.75 = $5.00.", []),  # the second step is wrong
    ("The factor is 9 ÷ 6 = 1.5, and the ratio 3 × 2 = 6 is another matter.", []),  # not the factor multiplied
    ("Divide 12 ÷ 4 = 3 and multiply 5 × 3 = 15.", []),  # no unit: what the answer is, the text does not say
])
def test_a_factor_found_then_multiplied_is_read_only_when_both_steps_come_out(sentence, parsed):
    assert [(c["a"], c["b"], c["n"], c["unit"]) for c in parse_chain(sentence)] == parsed


MARKET = """# Shopping

## Unit prices

To compare packs, find the price of one unit first. Rice costs £2.40 ÷ 3 = £0.80 per kg, so 2.5 kg costs 2.5 × £0.80 = £2.00.

## Scaling

A recipe for 6 is made for 9 people. The factor is 9 ÷ 6 = 1.5, so the butter is multiplied by 1.5: 120 g × 1.5 = 180 g.
"""


@pytest.mark.parametrize("seed", range(12))
def test_a_chained_working_is_asked_on_fresh_numbers_with_a_computed_key(seed):
    items = list(chain_questions(analyse(parse_document(MARKET)), random.Random(seed)))
    assert len(items) == 2
    for item in items:
        given = item.stem.split("”. With ")[1].split(", what is")[0].split(" in place of ")
        divided = given[0]
        a, b = (Decimal(x.strip().lstrip("£").replace(",", "")) for x in divided.split("÷"))
        n = Decimal(given[1].rsplit(" and ", 1)[1]) if len(given) > 2 else Decimal("2.5" if "£" in item.key else "120")
        key = Decimal(item.key.lstrip("£").split()[0].replace(",", ""))
        assert key == n * a / b and item.key not in item.distractors and len(item.distractors) == 3
        assert item.level == "apply" and key not in {Decimal("2.00"), Decimal("2.40"), Decimal("180"), Decimal("120")}  # no figure of the text's
    money = next(i for i in items if i.key.startswith("£"))
    assert "." not in money.key or len(money.key.split(".")[1]) == 2  # "£3" or "£1.50", never "£1.5"


def test_a_working_that_does_not_come_out_is_not_asked():
    text = MARKET.replace("= £2.00", "= £2.50").replace("= 180 g", "= 190 g")
    assert list(chain_questions(analyse(parse_document(text)), random.Random(0))) == []


@pytest.mark.parametrize("text, found", [
    ("One share: £80 ÷ 4 = £20. Sam gets 3 shares: 3 × £20 = £60.", [(Decimal("80"), Decimal("4"), Decimal("3"), "£")]),
    ("One share: £80 ÷ 4 = £20. Sam gets 3 shares: 3 × £20 = £70.", []),  # the second step does not come out
    ("One share: £80 ÷ 4 = £20. A second example: 3 × £25 = £75.", []),  # another figure: not the rate found
])
def test_a_rate_found_in_one_sentence_and_used_in_the_next_is_read_across(text, found):
    assert [(c["a"], c["b"], c["n"], c["unit"]) for c in parse_chain(text, across=True)] == found


SHARES = """# Sharing

## One part first

Money is shared in a ratio by finding one share. One share: £80 ÷ 4 = £20.
Sam gets 3 shares: 3 × £20 = £60.
"""


@pytest.mark.parametrize("seed", range(8))
def test_a_working_across_two_sentences_is_asked_once_with_a_computed_key(seed):
    items = list(chain_questions(analyse(parse_document(SHARES)), random.Random(seed)))
    assert len(items) == 1
    given = items[0].stem.split("”. With ")[1].split(", what is")[0].split(" in place of ")
    a, b = (Decimal(x.strip().lstrip("£")) for x in given[0].split("÷"))
    n = Decimal(given[1].rsplit(" and ", 1)[1]) if len(given) > 2 else Decimal(3)
    assert n < 4  # a count of the 4 shares stays below 4
    assert Decimal(items[0].key.lstrip("£").replace(",", "")) == n * a / b != 60


@pytest.mark.parametrize("sentence, asked", [
    ("Rice costs £2.40 ÷ 3 = £0.80 per kg, so 2.5 kg costs 2.5 × £0.80 = £2.00.",
     "what is the final amount in place of £2.00?"),  # money with the pence the lesson writes
    ("One share: £80 ÷ 4 = £20. Sam gets 3 shares: 3 × £20 = £60.", "what is the final amount in place of £60?"),
    ("The factor is 9 ÷ 6 = 1.5, so the butter is multiplied by 1.5: 120 g × 1.5 = 180 g.",
     "what is the final amount in place of 180 g?"),  # its unit, not the factor's bare 1.5
    ("Each glass: 600 ml ÷ 4 = 150 ml. One glass: 1 × 150 ml = 150 ml.",
     "what is the final amount in place of 150 ml?"),
])
def test_the_amount_asked_is_named_by_the_workings_last_figure(sentence, asked):
    chains = parse_chain(sentence) or parse_chain(sentence, across=True)
    assert final_asked(chains[0]) == asked


def test_a_chained_stem_says_which_amount_it_asks():
    items = list(chain_questions(analyse(parse_document(SHARES)), random.Random(0)))
    assert items[0].stem.endswith(", what is the final amount in place of £60?")
    assert not items[0].stem.endswith("what is the final amount?")


def test_a_long_chained_stem_asks_in_brief():
    chain = parse_chain("Each glass: 600 ml ÷ 4 = 150 ml. One glass: 1 × 150 ml = 150 ml.", across=True)[0]
    assert final_asked(chain, brief=True) == "what replaces the final 150 ml?"


@pytest.mark.parametrize("seed", range(8))
def test_the_texts_final_figure_named_in_the_stem_is_no_option(seed):
    # £80 ÷ 4 × 3 = £60: a fresh £240 ÷ 4 makes the rate £60, the text's own final figure.
    for item in chain_questions(analyse(parse_document(SHARES)), random.Random(seed)):
        assert "in place of £60?" in item.stem and "£60" not in item.distractors


@pytest.mark.parametrize("sentence, parsed", [
    # the rate written first in the product
    ("There are 240 ÷ 100 = 2.4 hundreds of km, so the petrol used is 2.4 × 5.5 = 13.2 litres.",
     [(Decimal("240"), Decimal("100"), Decimal("5.5"), "litres")]),
    ("A tin covers 12 ÷ 4 = 3 walls, so the paint for a week is 3 × 7 = 21 tins.",
     [(Decimal("12"), Decimal("4"), Decimal("7"), "tins")]),
    ("There are 240 ÷ 100 = 2.4 hundreds of km, so the petrol used is 2.4 × 5.5 = 14.0 litres.", []),  # wrong
    ("There are 240 ÷ 100 = 2.4 hundreds of km, and 2.5 × 5.5 = 13.75 litres is another car.", []),  # not the rate
])
def test_a_rate_written_first_in_its_product_is_read_as_a_chain(sentence, parsed):
    assert [(c["a"], c["b"], c["n"], c["unit"]) for c in parse_chain(sentence)] == parsed


JOURNEY = """# Fuel

## Working it out

A van uses 5.5 litres of fuel for every 100 km it drives, and the trip is 240 km long in total, there and back.

There are 240 ÷ 100 = 2.4 hundreds of km here, so the petrol the van uses is 2.4 × 5.5 = 13.2 litres.
"""


@pytest.mark.parametrize("seed", range(12))
def test_a_rate_first_working_is_asked_on_fresh_numbers_and_keyed_exactly(seed):
    (item,) = chain_questions(analyse(parse_document(JOURNEY)), random.Random(seed))
    # Quoted whole when it fits the rubric's length, else the two steps, named by what they find.
    assert item.stem.startswith(("The text works out “240 ÷ 100 = 2.4 hundreds of km here, so the petrol",
                                 "The text works out the petrol the van uses as “240 ÷ 100 = 2.4, then 2.4 × 5.5 = 13.2 "
                                 "litres”."))
    assert word_count(item.stem) <= MAX_STEM_WORDS
    m = re.search(r"With ([\d,.]+) ÷ 100 in place of 240 ÷ 100(?: and ([\d,.]+) in place of 5\.5)?, what (?:replaces the final|is "
                  r"the final amount in place of) 13\.2 litres\?$", item.stem)
    assert m, item.stem
    distance, rate = Decimal(m.group(1).replace(",", "")), Decimal(m.group(2) or "5.5")
    assert Decimal(item.key.removesuffix(" litres").replace(",", "")) == distance / 100 * rate
    assert item.key not in item.distractors and len(item.distractors) == 3 and item.level == "apply"


@pytest.mark.parametrize("sentence, quoted", [
    ("There are 240 ÷ 100 = 2.4 hundreds of km here, so the petrol the van uses is 2.4 × 5.5 = 13.2 litres.",
     "the petrol the van uses as “240 ÷ 100 = 2.4, then 2.4 × 5.5 = 13.2 litres”"),
    ("A tin covers 12 ÷ 4 = 3 walls, so paint for a week needs 3 × 7 = 21 tins.",
     "“12 ÷ 4 = 3, then 3 × 7 = 21 tins”"),  # no quantity named before the second step
])
def test_a_long_working_is_quoted_as_its_two_steps(sentence, quoted):
    (chain,) = parse_chain(sentence)
    assert compact_chain(chain) == quoted


# A list of steps works several percentages of one amount: one item a section, money in pence as the lesson writes it.
STEPS = """# Discounts

## Quick percentages

1. To find 10%, divide by 10. For £32.00, 10% is £3.20.
2. To find 20%, double the 10% figure. For £32.00, 20% is £6.40.
"""


@pytest.mark.parametrize("seed", range(6))
def test_a_list_of_percentages_of_one_amount_makes_one_item_in_pence(seed):
    items = list(percent_of_questions(analyse(parse_document(STEPS)), random.Random(seed)))
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text works out 10% of £32.00 = £3.20. What is 10% of £")
    amount = Decimal(item.stem.split("What is 10% of £")[1].rstrip("?").replace(",", ""))
    assert item.key == f"£{amount / 10:.2f}" and all(re.fullmatch(r"£[\d,]+\.\d\d", o) for o in item.distractors)


# A percentage added to an amount in one step: the amount times 1 plus the percentage as a decimal.
RAISE = """# Pay

## A rise

To add a percentage in one step, multiply by 1 plus the percentage as a decimal. For a 4% rise on £250.00,
work out £250.00 × 1.04 = £260.00.
"""


@pytest.mark.parametrize("seed", range(6))
def test_a_percentage_added_in_one_step_is_asked_on_a_fresh_amount(seed):
    items = list(percent_of_questions(analyse(parse_document(RAISE)), random.Random(seed)))
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text works out the total with a 4% rise on £250.00 as “£250.00 × 1.04 = £260.00”.")
    amount = Decimal(item.stem.split("What is the total with a 4% rise on £")[1].rstrip("?").replace(",", ""))
    assert amount != 250 and item.key == f"£{amount * Decimal('1.04'):,.2f}"
    # The rise alone, the rise taken off, and the percentage added as pounds.
    assert set(item.distractors) == {f"£{amount * Decimal('0.04'):,.2f}", f"£{amount * Decimal('0.96'):,.2f}",
                                     f"£{amount + 4:,.2f}"}


@pytest.mark.parametrize("text", [
    RAISE.replace("× 1.04 = £260.00", "× 1.04 = £262.00"),  # the working does not come out
    RAISE.replace("× 1.04", "× 1.4").replace("£260.00", "£350.00"),  # 1.4 is no 4% added
    RAISE.replace("For a 4% rise", "After a 4% fall, for a 4% rise"),  # two percentages before it: which one?
    RAISE.replace("4% rise", "50% rise").replace("× 1.04 = £260.00", "× 1.5 = £375.00"),  # 50%: read two ways
])
def test_a_percentage_added_that_does_not_read_one_way_is_not_asked(text):
    items = list(percent_of_questions(analyse(parse_document(text)), random.Random(0)))
    assert not any("total with" in item.stem for item in items)


# A percentage taken off in one step: the amount times 1 minus the percentage as a decimal; whole pounds as written.
SALE = """# Sales

## Discounts

A jacket costs £90. After 20% off, the price is 90 × 0.80 = £72. Later a 10% rise takes a £72 price to £79.20.
"""


@pytest.mark.parametrize("seed", range(6))
def test_a_percentage_taken_off_in_one_step_is_asked_on_a_fresh_amount(seed):
    items = [i for i in percent_of_questions(analyse(parse_document(SALE)), random.Random(seed)) if "taken off" in i.stem]
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text works out 20% taken off £90 as “90 × 0.80 = £72”. What is £")
    amount = Decimal(item.stem.split("What is £")[1].split(" with")[0].replace(",", ""))
    assert item.stem.endswith("with 20% taken off?") and item.key == f"£{amount * Decimal('0.8'):,f}".replace(".0", "")
    assert f"£{amount * Decimal('0.2'):,f}".replace(".0", "") in item.distractors  # the saving, not the price


# The multiplier written first: "0.7 × £80 = £56" after "reduced by 30%".
COAT = """# Percentages

## In the shops

A coat reduced by 30% in a sale costs 70% of its original price, so an £80 coat would cost 0.7 × £80 = £56.
"""


@pytest.mark.parametrize("seed", range(6))
def test_a_multiplier_written_first_is_asked_on_a_fresh_amount(seed):
    items = [i for i in percent_of_questions(analyse(parse_document(COAT)), random.Random(seed)) if "taken off" in i.stem]
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text works out 30% taken off £80 as “0.7 × £80 = £56”. What is £")
    amount = Decimal(item.stem.split("What is £")[1].split(" with")[0].replace(",", ""))
    assert amount != 80 and Decimal(item.key.lstrip("£").replace(",", "")) == amount * Decimal("0.7")
    assert f"£{amount * Decimal('0.3'):,f}".removesuffix(".0") in item.distractors  # the saving, not the price


def test_a_multiplier_written_first_that_does_not_come_out_is_not_asked():
    text = COAT.replace("= £56", "= £58")
    assert not [i for i in percent_of_questions(analyse(parse_document(text)), random.Random(0)) if "taken off" in i.stem]


# A total shared equally, what each pays: asked on a fresh total and count, keyed to the pence.
PICNIC = """# Trips

## Sharing the cost

The picnic cost £37.50 in all. With an equal split, each friend pays £37.50 ÷ 5 = £7.50.
"""


@pytest.mark.parametrize("seed", range(6))
def test_an_equal_share_is_asked_on_a_fresh_total_and_count(seed):
    items = list(share_questions(analyse(parse_document(PICNIC)), random.Random(seed)))
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text works out “each friend pays £37.50 ÷ 5 = £7.50”. When £")
    total, count = re.search(r"When £([\d,.]+) is shared equally among (\d+), what does each friend pay\?$",
                             item.stem).groups()
    total, count = Decimal(total.replace(",", "")), int(count)
    assert count not in (1, 2, 5) and item.key == f"£{total / count:,.2f}"
    assert f"£{total:,.2f}" not in item.distractors and len(item.distractors) == 3


@pytest.mark.parametrize("text", [
    PICNIC.replace("= £7.50", "= £7.00"),  # the share does not come out
    PICNIC.replace("each friend pays", "the friends pay"),  # no "each": not a share
    PICNIC.replace("£37.50 ÷ 5", "£37.50 ÷ 0.5").replace("£7.50.", "£75.00."),  # no count of people
])
def test_a_division_that_is_no_equal_share_is_not_asked(text):
    assert list(share_questions(analyse(parse_document(text)), random.Random(0))) == []


# The product's figures bare, the text's price with its currency just before: the item in pounds and pence.
TRAINERS = """# Discounts

## A sale

The original price is £84 and the discount is 15%. You will pay 85% of the original price. Multiply: 84 × 0.85 = 71.40.
"""


def test_a_bare_product_takes_the_currency_the_text_writes_its_amount_with():
    items = [i for i in percent_of_questions(analyse(parse_document(TRAINERS)), random.Random(0)) if "85%" in i.stem]
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text works out 85% of £84.00 = £71.40. What is 85% of £")
    amount = Decimal(item.stem.split("What is 85% of £")[1].rstrip("?").replace(",", ""))
    assert item.key == f"£{amount * Decimal('0.85'):,.2f}"
