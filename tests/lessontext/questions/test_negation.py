"""negation: a denial in the main clause turned round, keyed False; the text's sentence keyed True."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.negation import (
    _NOT,
    denial_before_instead,
    negated_clause,
    negation_dropped,
    turned_clause,
)
from lessontext.questions.rubric import evaluate
from lessontext.questions.rules import NEGATION_DROPPED_FALSE, NEGATION_STATEMENT


@pytest.mark.parametrize(("sentence", "turned"), [
    ("A SOFA is not a defence alliance and does not commit either party to fight.",
     "A SOFA is a defence alliance and commits either party to fight."),
    ("The rock cycle is not a single fixed loop.", "The rock cycle is a single fixed loop."),
    ("Duverger's law cannot explain every party system.", "Duverger's law can explain every party system."),
    ("Standards did not require identical equipment.", "Standards required identical equipment."),
    ("Export regimes do not create binding law.", "Export regimes create binding law."),
    # "never" dropped (test-f, test-g, test-n): the claim the text exists to deny.
    ("The transfer of weapons is never a purely commercial matter.", "The transfer of weapons is a purely commercial matter."),
    ("India, Pakistan and Israel never joined.", "India, Pakistan and Israel joined."),
    # "is never" before a participle: the opposite is a possibility, as a teacher writes it (raters on test-z).
    ("Heat is never lost in a closed flask.", "Heat can be lost in a closed flask."),
    ("Such licences are never granted to private buyers.", "Such licences can be granted to private buyers."),
    ("The old charter was never signed by the king.", "The old charter was signed by the king."),  # past: dropped
    ("Light never escapes from the well.", "Light escapes from the well."),  # no passive: dropped
    ("The lake is never warm in spring.", "The lake is warm in spring."),  # an adjective, no participle
    # "either party", "any state", "does not need oxygen or light": no word here needs the "not".
    ("The pact does not commit either party to fight.", "The pact commits either party to fight."),
    ("The rule does not apply to any state.", "The rule applies to any state."),
    ("Seeds do not need oxygen or light.", "Seeds need oxygen or light."),
    ("Early ships did not stay at sea for long periods.", "Early ships stayed at sea for long periods."),  # reads
    # A bare verb joined after "or" / "and" shares the denied "does" / "did" and takes its form (raters on test-cj).
    ("The IPCC does not carry out its own research or run its own climate models.",
     "The IPCC carries out its own research or runs its own climate models."),
    ("The treaty did not end the war and bring peace to the region.", "The treaty ended the war and brought peace to the region."),
    ("The council does not own land and work it.", "The council owns land and works it."),
    ("The council does not own land and work.", "The council owns land and work."),  # "work" read as a noun
])
def test_a_main_clause_denial_is_turned_round(sentence, turned):
    assert negation_dropped(sentence) == turned


@pytest.mark.parametrize("sentence", [
    "States that do not ratify the treaty are bound by custom.",  # the negation is in a relative clause
    "A careful mission records what it saw and what it could not confirm.",
    "The clause is not only a legal text but also a political signal.",
    "A clause is not an automatic trigger but a political obligation.",  # "not X but Y"
    "Collective defence should not be confused with collective security.",
    "CBMs do not limit weapons; instead, they change how forces are used.",
    "Neutral states never again joined an alliance.",  # "never again", "never before": no plain denial
    "Neutral states don't join military alliances.",
    "The treaty is signed by all members.",  # nothing denied
    # "may match" and "might reach" are no opposites of a possibility denied: both can hold.
    "Projects chosen to suit the donor's timetable may not match the priorities of the community.",
    "Aid delivered late might not reach the villages that need it most.",
    # A word that needs the negation (test-w: "she would reach school until 09:15"): no English without it.
    "The ferry would not leave the harbour until noon.",
    "The old bridge is not used any longer.",
    "The rebels did not surrender at all.",
    "The council has not met yet.",
    "The truce did not hold for long.",
    # A denial inside one side of "or": neither side is the text's claim (test-w: still true as turned).
    "Crops fail when rain comes late, or the soil does not hold enough water.",
    "Either the valve is stuck or the pump does not start.",
    "The engine does not start, or it stalls at once.",
    # After "does not" an adverb, not the verb: inflected it is no word (test-ay: "usuallies kill").
    "A lichen does not usually grow on polished stone.",
    "The tide did not normally reach the upper wall.",
    # A concession after the denial names where the denied thing happens: turned, partly true (test-an).
    "The mill has not ground flour since 1950, although in 2019 it ground some for a fair.",
    "Herons are not seen on the lake, except after a long frost.",
    "The gate was not opened though the guards had the key.",
    # A later clause about some members only: "several were built" is true too (test-bb).
    "Costs often differ, and several planned canals were not built.",
    "The river rose in March, and a few villages were not warned.",
    # Denials listed with a claim: turned, the claim stays and the list reads as nonsense (test-co).
    "In reality, hills are not flat, towns are not spread evenly, and rivers distort the neat pattern.",
    # A denial with its "unless": turned, "can change ... unless" says nothing (test-cz, both raters: nonsense).
    "A triangle cannot change its shape unless one of its sides changes length.",
    # A negation in a title or a mnemonic is no claim (test-dn, both raters: "Please Throw Sausage Pizza Away").
    'Students remember the layers with the phrase "Please Do Not Throw Sausage Pizza Away": Physical, Data link.',
    # A word only a denial takes (test-dr, both raters: "are trying to overturn anything" is ungrammatical).
    "Most scientists, most of the time, are not trying to overturn anything.",
    "A hypothesis test does not prove anyone right.",
])
def test_no_turn_where_dropping_the_negation_is_not_the_opposite(sentence):
    assert negation_dropped(sentence) is None


ROCKS = """# The Rock Cycle

## Many paths

The rock cycle is not a single fixed loop, and any rock can become any other type of rock.
The conclusion does not follow from the evidence of one outcrop.
"""


def test_the_false_turn_and_the_true_sentence_pass_the_rubric():
    course = build_course(parse_document(ROCKS), glossary=[], others=[])
    made = [c for c in generate(course, random.Random(0)) if c.rule in (NEGATION_DROPPED_FALSE, NEGATION_STATEMENT)]
    by_rule = {c.rule: c for c in made if not evaluate(c, course)}
    assert by_rule[NEGATION_DROPPED_FALSE].statement.startswith("The rock cycle is a single fixed loop")
    assert by_rule[NEGATION_DROPPED_FALSE].truth is False and by_rule[NEGATION_DROPPED_FALSE].level == "understand"
    assert by_rule[NEGATION_STATEMENT].truth is True
    assert not any("conclusion" in c.statement for c in made)  # "The conclusion does not ...": of what?


DODO = """# The Ark

## The collection

The Tradescants kept a stuffed dodo, shells, coins and carvings in their house at Lambeth.
The dodo was displayed in the upper room for nearly a century. Time was not kind to everything.
Moths did not spare the feathers of the stuffed birds in the cabinets.
"""


def test_a_short_denial_in_everyday_words_is_a_figure_of_speech_not_turned():
    course = build_course(parse_document(DODO), glossary=[], others=[])
    turned = [c.statement for c in generate(course, random.Random(0)) if c.rule == NEGATION_DROPPED_FALSE]
    assert not any(s.startswith("Time was kind") for s in turned)  # both raters on test-dy: trivial
    assert any(s.startswith("Moths spared") for s in turned)  # a denial with content is turned


def test_an_opening_sentence_adverb_is_dropped():
    from lessontext.questions.families.negation import without_opening_adverb

    assert without_opening_adverb("Crucially, the regimes are not treaties.") == "The regimes are not treaties."
    assert without_opening_adverb("The regimes are not treaties.") == "The regimes are not treaties."


def test_a_bare_subject_reads_alone_only_when_it_names_the_topic():
    from lessontext.questions.families.negation import readable

    assert readable("The regimes are not treaties.", "Export Control Regimes")
    assert not readable("The conclusion does not follow.", "Arguments")


def test_a_list_items_noun_phrase_states_nothing_to_call_true_or_false():
    from lessontext.questions.families.negation import readable

    assert not readable("a substance that increases the rate of a reaction and is not used up.", "Enzymes")
    assert not readable("the Harbour Protocol, signed in Vardby in 1991, which designates the bay a reserve.", "Seas")
    assert readable("A catalyst increases the rate of a reaction and is not used up.", "Enzymes")
    assert readable("The Harbour Protocol, signed in Vardby in 1991, designates the bay a reserve.", "Seas")


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # The side with the negation, alone: the other explains or introduces it (raters on test-f).
        ("Most bids are not accepted: the sellers simply walk away.", "Most bids are not accepted."),
        ("The rule extends to staff: judges may not sit in the assembly.", "Judges may not sit in the assembly."),
        ("A lease is not a sale.", "A lease is not a sale."),
        ("Two things are not allowed: smoking and running.", "Two things are not allowed."),
        ("A grant is not a loan: it is not repaid.", "A grant is not a loan: it is not repaid."),  # both sides deny
    ],
)
def test_negated_clause(statement, expected):
    assert negated_clause(statement) == expected


@pytest.mark.parametrize(("sentence", "false_form"), [
    # A second predicate of the subject, or a "not" the turn left, would refute the turned clause: cut.
    ("Consumers cannot make their own food and must eat other organisms.", "Consumers can make their own food."),
    ('The complement of an event A is the event "A does not happen", written as A′ or "not A".',
     'The complement of an event A is the event "A happens".'),
    # Kept whole: two denials turned together, an aside, the clause's own object.
    ("A SOFA is not a defence alliance and does not commit either party to fight.",
     "A SOFA is a defence alliance and commits either party to fight."),
    ("A white dwarf cannot be more massive than about 1.4 solar masses, a limit known as the Chandrasekhar limit.",
     "A white dwarf can be more massive than about 1.4 solar masses, a limit known as the Chandrasekhar limit."),
    ("A budget is not something you write once and forget.", "A budget is something you write once and forget."),
    # A clause linked by a comma: a reason or a consequence refutes the turned claim, a second claim is filler.
    ("The old maps cannot be trusted exactly, because few surveyors checked them.",
     "The old maps can be trusted exactly."),
    ("The truce did not end the raids on the border, and skirmishes continued for years.",
     "The truce ended the raids on the border."),
    ("Landmines do not tell a soldier from a child, and they can stay dangerous for decades.",
     "Landmines tell a soldier from a child."),
    ("A hotline cannot settle every quarrel between two capitals, yet it can buy time in a crisis.",
     "A hotline can settle every quarrel between two capitals."),
    ("Lenders are not charities, and bankers generally expect the risk to be priced in.",
     "Lenders are charities."),
    # Kept whole: a comma before "and" that joins the last of a list, not a clause.
    ("The treaty does not cover tanks, aircraft, and ships of the coast guard.",
     "The treaty covers tanks, aircraft, and ships of the coast guard."),
])
def test_the_false_form_keeps_only_what_it_denies(sentence, false_form):
    turned = negation_dropped(sentence)
    if len(_NOT.findall(sentence)) == 1:
        turned = turned_clause(turned, _NOT.search(sentence).start())
    assert turned == false_form


@pytest.mark.parametrize(("sentence", "turned"), [
    ("The safety of a city is not threatened by floods alone.", None),  # turned: "floods alone", common sense denies
    ("A harbour is not kept open by dredging solely.", None),
    ("The old ferry routes did not vanish overnight.", None),  # turned: "vanished overnight", an absolute
    ("The guilds did not lose their rights at once.", None),
    ("The formula is not magic: it comes from completing the square.", None),  # a figure of speech (test-cs)
    ("A harbour is not kept open by one dredger.", "A harbour is kept open by one dredger."),
])
def test_a_denial_of_alone_is_not_turned(sentence, turned):
    assert negation_dropped(sentence) == turned


def test_a_denial_about_some_cases_only_is_not_turned():
    """ "Some states do not ratify ..." turned is "some states ratify": the text does not deny it."""
    md = """# Treaties

## Ratification

Some states do not ratify the treaties their governments have signed in Geneva.
Treaties do not bind states that have never agreed to them in any form at all.
"""
    course = build_course(parse_document(md), glossary=(), others=())
    falses = [c.statement for c in generate(course, random.Random(0)) if c.rule == NEGATION_DROPPED_FALSE]
    assert not any(s.startswith("Some states") for s in falses)


@pytest.mark.parametrize(("sentence", "turned"), [
    # A list inside the denial stays whole: the words before its comma are too few to stand alone.
    ("The treaty does not cover tanks, aircraft or ships.", "The treaty covers tanks, aircraft or ships."),
    ("The rock cycle is not a single fixed loop, and any rock can change.", "The rock cycle is a single fixed loop."),
    # A reason with no comma goes too: beside the turned claim it refutes it (both raters on test-br).
    ("The warning is not delivered because the rider is held at the gate.", "The warning is delivered."),
])
def test_the_turned_claim_ends_with_the_clause_it_denied(sentence, turned):
    dropped = negation_dropped(sentence)
    assert turned_clause(dropped, _NOT.search(sentence).start()) == turned


@pytest.mark.parametrize(("statement", "expected"), [
    # A denial, then a clause of its own that says what holds instead: the denial alone.
    ("Lighthouses do not guide ships into port, but they warn them off the rocks.",
     "Lighthouses do not guide ships into port."),
    ("Guild fees were not a tax; instead, members paid them to fund their own hall.", "Guild fees were not a tax."),
    ("Ferry tickets are not sold on board; Harbour Office staff sell them at the pier.",
     "Ferry tickets are not sold on board."),
    ("A pilot licence is not a guarantee of safety, however.", "A pilot licence is not a guarantee of safety."),
    # Left whole: "but" before a noun phrase, a denial after the "but", a denial in the second clause, or a true
    # clause bundled before the denial.
    ("A lease is not a sale, but a promise to let a house.", "A lease is not a sale, but a promise to let a house."),
    ("Ferries run by day, but they do not run at night.", "Ferries run by day, but they do not run at night."),
    ("Tolls are not charged on Sundays, but they are not waived on holidays.",
     "Tolls are not charged on Sundays, but they are not waived on holidays."),
    ("The quay was rebuilt in stone, and the cranes do not reach the outer berths; Dock Board staff use barges.",
     "The quay was rebuilt in stone, and the cranes do not reach the outer berths; Dock Board staff use barges."),
    ("Lighthouses warn ships off the rocks, but they need keepers.",
     "Lighthouses warn ships off the rocks, but they need keepers."),
])
def test_denial_before_instead(statement, expected):
    assert denial_before_instead(statement) == expected


def test_a_denial_before_what_holds_instead_is_turned_without_the_second_clause():
    lesson = """# Lighthouses

## Purpose

Lighthouses do not guide ships into port, but they warn them off the rocks.
"""
    course = build_course(parse_document(lesson), glossary=(), others=())
    made = [c.statement for c in generate(course, random.Random(1))
            if c.rule == NEGATION_DROPPED_FALSE and not evaluate(c, course)]
    assert made == ["Lighthouses guide ships into port."]


@pytest.mark.parametrize("sentence", [
    # A denied condition: both turned, the converse the text implies ("can grow where farmers can irrigate").
    "Rice cannot grow where farmers cannot irrigate the fields.",
    "The ferry does not sail when the harbour is not open.",
])
def test_a_denial_inside_a_clause_that_restricts_the_first_is_not_turned(sentence):
    assert negation_dropped(sentence) is None


def test_a_denied_reason_turns_with_its_claim():
    assert negation_dropped("The thermometer does not move, because the ice is not melting.") \
        == "The thermometer moves, because the ice is melting."


@pytest.mark.parametrize("sentence", [
    "A private firm could not make a profit, so the market fails to provide it.",
    "The Crown was deeply in debt and would not reward its nobles.",
])
def test_an_inability_or_a_hypothetical_is_not_turned(sentence):
    """"a private firm could make a profit" (both raters on test-ce: context lost, true in general)."""
    assert negation_dropped(sentence) is None


def test_a_bare_definite_subject_with_itself_is_not_readable_alone():
    """test-dg, both raters: "the technology disappeared" (which technology?)."""
    from lessontext.questions.families.negation import readable

    assert not readable("The technology itself did not disappear.")
    assert readable("Pneumatic post itself did not disappear.")


@pytest.mark.parametrize("sentence", [
    # test-dv, both raters: "... the sizes of stars they can see as discs" is no opposite, a wrong key.
    "For stars, the law links luminosity, radius and temperature, allowing astronomers to calculate the sizes of "
    "stars they cannot see as discs.",
    "Astronomers measure the sizes of stars they cannot see as discs.",
    # (these were once turned, cut before the list they open: "Visitors gain access to archives they can easily reach
    # themselves", no opposite of the text either)
    "Visitors gain access to archives they cannot easily reach themselves, contact with other scholars, and a library "
    "card.",
    "Members gain tools they cannot easily build themselves, advice from experts and a shared budget.",
])
def test_a_denial_inside_a_participle_or_a_relative_without_that_is_not_turned(sentence):
    assert negation_dropped(sentence) is None


@pytest.mark.parametrize(("sentence", "turned"), [
    # an opening phrase, or a pronoun subject after "and", keeps a main clause
    ("In winter they do not migrate far.", "In winter they migrate far."),
    ("Most rivers do not flow north, and they cannot reach the sea.", "Most rivers flow north, and they can reach the sea."),
    # a gerund that opens the sentence is its subject, no participle's clause
    ("Counting languages is not straightforward.", "Counting languages is straightforward."),
])
def test_a_pronoun_subject_after_an_opening_phrase_is_still_the_main_clause(sentence, turned):
    assert negation_dropped(sentence) == turned
