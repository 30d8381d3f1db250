"""Each rubric check, table-driven: candidates that pass and candidates that fail."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import rubric
from lessontext.questions.candidate import Candidate
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.leakage import same_stem, symbol_initial_leak
from lessontext.questions.text import BLANK
from lessontext.questions.types import GlossaryEntry, MatchPair, QuestionType

LESSON = """# Military Diplomacy

Military diplomacy is the use of armed forces in peacetime to build trust between countries.

## Partners

Islamic nations work closely with Turkey on drone technology.
In 2019, Pakistan signed a radar agreement with Turkey.
Iran and Russia hold regular naval talks.

## Activities

The main activities are:

- **Joint Military Exercises**: troops from several countries train together in the field.
- **Defense Technology Exchanges**: countries share their advances in equipment and research.
- **Peacekeeping Operations**: soldiers keep the peace under a UN mandate.

## Debate

Arguments used by critics:

- Military diplomacy wastes money that schools need.
- Joint exercises provoke rival states.

> **Did you know?** The first naval attaché was posted to London in 1826.
"""

GLOSSARY = (
    GlossaryEntry("Peacekeeping operations", "Missions that keep the peace after a conflict", "defined",
                  ("peacekeeping missions",)),
)


@pytest.fixture(scope="module")
def course():
    return build_course(parse_document(LESSON), glossary=GLOSSARY, others=())


def make(type_=QuestionType.SINGLE, **kw) -> Candidate:
    """A valid description-to-term candidate unless overridden."""
    quoted = kw.pop("quoted", "troops from several countries train together in the field.")
    defaults = dict(
        type=type_,
        rule="description_to_term",
        stem=f"Which of the following does the text describe here? “{quoted}”",
        quoted=quoted,
        source_anchor="activities",
        source_sentence="troops from several countries train together in the field.",
        explanation="",
        base=0.8,
        key="Joint Military Exercises",
        correct=("Joint Military Exercises",),
        distractors=("Defense Technology Exchanges", "Peacekeeping Operations"),
        kind="label:L2.1",
    )
    defaults.update(kw)
    return Candidate(**defaults)


def fill(stem: str, answer: str, **kw) -> Candidate:
    defaults = dict(
        type=QuestionType.FILL_BLANK, rule="entity_fill_blank", stem=stem, source_anchor="partners",
        source_sentence="Islamic nations work closely with Turkey on drone technology.", explanation="",
        base=0.7, key=answer, answers=(answer,), kind="country",
    )
    defaults.update(kw)
    return Candidate(**defaults)


def tf(statement: str, *, truth: bool, original: str = "", key: str = "", source: str = "", **kw) -> Candidate:
    defaults = dict(
        type=QuestionType.TRUE_FALSE, rule="entity_swap_false" if not truth else "true_statement",
        stem=f"True or false? According to the text, {statement}", statement=statement, truth=truth,
        original=original, key=key, source_anchor="partners",
        source_sentence=source or "In 2019, Pakistan signed a radar agreement with Turkey.", explanation="",
        base=0.7, kind="country",
    )
    defaults.update(kw)
    return Candidate(**defaults)


def matching(pairs, **kw) -> Candidate:
    defaults = dict(
        type=QuestionType.MATCHING, rule="matching", stem="Match each description with the term it describes.",
        pairs=tuple(MatchPair(p, a) for p, a in pairs), source_anchor="activities",
        source_sentence="troops from several countries train together in the field.", explanation="",
        base=0.9, kind="label:L2.1",
    )
    defaults.update(kw)
    return Candidate(**defaults)


SINGLE, MULTIPLE = QuestionType.SINGLE, QuestionType.MULTIPLE


def run(check, candidate, course):
    return getattr(rubric, check)(candidate, course)


CASES = [
    # 1. One defensible key
    ("one_defensible_key", make(), True),
    ("one_defensible_key", make(correct=("Joint Military Exercises", "Peacekeeping Operations")), False),
    ("one_defensible_key", make(distractors=("Joint Military Exercises", "Peacekeeping Operations")), False),
    ("one_defensible_key", make(source_sentence=""), False),
    ("one_defensible_key", fill(f"Islamic nations work closely with {BLANK} on drone {BLANK}.", "Turkey"), False),
    ("one_defensible_key", matching([("a", "X"), ("b", "X"), ("c", "Y")]), False),
    # Provenance
    ("supported_by_source", fill(f"Islamic nations work closely with {BLANK} on drone technology.", "Turkey"), True),
    ("supported_by_source", fill(f"Islamic nations work closely with {BLANK} on drone technology.", "Ukraine"), False),
    ("supported_by_source", make(source_sentence="A sentence the lesson never says."), False),
    # No synonym or paraphrase among the options
    ("no_synonym_distractors", make(), True),
    ("no_synonym_distractors", make(correct=("Military diplomacy",), distractors=("Army diplomacy", "Arms control"), kind="glossary:defined"), False),
    ("no_synonym_distractors", make(correct=("Peacekeeping operations",), distractors=("Peacekeeping missions", "Arms control"), kind="glossary:defined"), False),
    ("no_synonym_distractors", make(correct=("Peacekeeping operations",), distractors=("Peace-keeping operation", "Arms control"), kind="glossary:defined"), False),
    # Siblings the text itself lists apart are not synonyms.
    ("no_synonym_distractors", make(correct=("Prokaryotic cells",), distractors=("Eukaryotic cells", "Nucleus")), True),
    # A distractor must not be true according to the text
    ("distractors_false_per_text", make(), True),
    ("distractors_false_per_text", make(quoted="troops train together before a peacekeeping operation."), False),
    ("distractors_false_per_text", make(type=MULTIPLE, rule="all_listed_under", kind="list item",
                                        stem="Which of the following does the text list under “Activities”? Select all that apply.",
                                        quoted="", correct=("Joint Military Exercises", "Peacekeeping Operations"),
                                        distractors=("Naval Talks", "Drone Technology"),
                                        scope="Iran and Russia hold regular naval talks."), False),
    # 2. No leakage
    ("no_key_leakage", make(), True),
    ("no_key_leakage", make(quoted="joint exercises bring troops from several countries together."), False),
    ("no_key_leakage", make(quoted=f"countries share their technological advances in {BLANK}.",
                            correct=("Defense Technology Exchanges",),
                            distractors=("Joint Military Exercises", "Peacekeeping Operations")), False),
    # A key word that opens like a stem word ("fungi", "Fungal"; "Repetition", "Repeat") gives it away.
    ("no_key_leakage", make(quoted="fungi cause athlete's foot and ringworm in people.", correct=("Fungal diseases",),
                            distractors=("Bacterial diseases", "Plant diseases")), False),
    ("no_key_leakage", make(rule="term_to_description", stem="According to the text, which of these describes “Repetition”?",
                            correct=("Repeat a key word to emphasise an idea.",),
                            distractors=("Open by addressing your audience politely.", "End by summing up your point.")),
     False),
    ("no_key_leakage", make(quoted="germs cause athlete's foot and ringworm in people.", correct=("Fungal diseases",),
                            distractors=("Bacterial diseases", "Plant diseases")), True),
    # A hyphenated key's parts are its words: "fuel" in the stem points to "Oxy-fuel" (test-el).
    ("no_key_leakage", make(quoted="welding burns a fuel gas, almost always acetylene, with pure oxygen.",
                            correct=("Oxy-fuel",), distractors=("Manual metal arc", "Resistance spot")), False),
    ("no_key_leakage", make(quoted="welding melts the joint with a flame held in a hand torch.",
                            correct=("Oxy-fuel",), distractors=("Manual metal arc", "Resistance spot")), True),
    # Words that every option shares give nothing away.
    ("no_key_leakage", make(quoted="a military activity in which troops train together in the field.",
                            correct=("Joint Military Exercises",), distractors=("Military Parades", "Military Exchanges")), True),
    ("no_key_leakage", fill(f"Islamic nations work closely with {BLANK} on drone technology.", "Turkey"), True),
    ("no_key_leakage", fill(f"The {BLANK} (TCP) delivers bytes in order.", "Transmission Control Protocol"), False),
    ("no_key_leakage", fill(f"{BLANK} operations keep the co-operative peace.", "Cooperative security"), False),
    # The key with the unit the stem prints after its gap gives nothing away.
    ("no_key_leakage", fill(f"How many terms are there in the sequence 12, 17, …, 157? Answer: {BLANK} (terms).", "30",
                            answers=("30", "30 terms")), True),
    # Another accepted answer of several words leaks only when all its words are in the stem.
    ("no_key_leakage", fill(f"A {BLANK} is declared after advice from an Emergency Committee.", "PHEIC",
                            answers=("PHEIC", "public health emergency of international concern")), True),
    ("no_key_leakage", fill(f"A {BLANK} is a public health emergency of international concern.", "PHEIC",
                            answers=("PHEIC", "public health emergency of international concern")), False),
    ("no_key_leakage", matching([(f"{BLANK} train together.", "Joint Military Exercises"),
                                 ("troops do military exercises.", "Defense Technology Exchanges"),
                                 ("countries share.", "Peacekeeping Operations")]), True),
    ("no_key_leakage", matching([("troops do joint exercises.", "Joint Military Exercises"),
                                 ("countries share.", "Defense Technology Exchanges"),
                                 ("soldiers keep the peace.", "Peacekeeping Operations")]), False),
    ("key_not_title", make(), True),
    ("key_not_title", make(correct=("Military diplomacy",), distractors=("Arms control", "Trade policy")), False),
    ("key_not_title", fill(f"{BLANK} is the use of armed forces in peacetime to build trust between countries.", "Military diplomacy"), False),
    # 3. Self-contained, grammatical stem of a sensible length
    ("stem_self_contained", make(), True),
    ("stem_self_contained", make(quoted="These exercises help troops from several countries train together."), False),
    ("stem_self_contained", make(quoted="It lets troops from several countries train together."), False),
    ("stem_self_contained", make(quoted="For instance, troops from several countries train together."), False),
    # test-bf, test-av: a speaker's, a list item's or an exercise's label left before the words.
    ("stem_self_contained", tf("Teacher: Britain did not switch until 1918, and Greece until 1923.", truth=True), False),
    ("stem_self_contained", tf("Typical life: kapok trees, harpy eagles, macaws and bats.", truth=True), False),
    ("stem_self_contained", tf("Question 2: Round 0.004518 to 3 significant figures.", truth=True), False),
    ("stem_self_contained", tf("Britain did not switch to the Gregorian calendar until 1752.", truth=True), True),
    # test-d: a quantifier for a noun of the sentence before, a comparison with it, examples of nothing named.
    ("stem_self_contained", make(quoted="Many apply only within a defined geographic area."), False),
    ("stem_self_contained", make(quoted="Many treaties apply only within a defined geographic area."), True),
    # test-e: a quantifier standing for a noun not shown, a possessive before anything is named, a reply.
    ("stem_self_contained", fill(f"Most work by {BLANK}, meaning that every member must agree.", "consensus"), False),
    ("stem_self_contained", fill(f"Most water evaporates from the {BLANK} before it reaches the sea.", "surface"), True),
    ("stem_self_contained", fill(f"Most people in the region rely on {BLANK} for their income.", "fishing"), True),
    ("stem_self_contained", tf("NATO has conducted several, including the Resolute Support Mission in 2015.",
                               truth=False), False),
    ("stem_self_contained", tf("NATO has conducted several training missions, including one in 2015.", truth=False), True),
    ("stem_self_contained", fill(f"At its head stood a(n) {BLANK} who claimed his authority from God.", "absolute monarch"),
     False),
    ("stem_self_contained", fill(f"At the head of the old system stood a(n) {BLANK} who ruled alone.", "absolute monarch"),
     True),
    ("stem_self_contained", tf("In response, a number of countries have pledged not to conduct destructive tests.",
                               truth=True), False),
    ("stem_self_contained", make(quoted="A different proportional approach is the single transferable vote."), False),
    ("stem_self_contained", make(quoted="Germany and New Zealand, which adopted MMP in 1996, are well-known examples."), False),
    ("stem_self_contained", make(quoted="Germany and New Zealand are examples of mixed systems."), True),
    ("stem_self_contained", fill(f"Such partners work closely with {BLANK} on drone technology.", "Turkey"), False),
    ("stem_self_contained", fill(f"These nations work closely with {BLANK} on drone technology.", "Turkey"), False),
    ("stem_self_contained", tf("Pakistan signed a radar agreement with these nations in 2019.", truth=True), False),
    # An illustration of something the sentence does not name (context lost once lifted out).
    ("stem_self_contained", tf("A defence attaché in Nairobi, for example, might also cover several other countries.",
                               truth=True), False),
    ("stem_self_contained", tf("Non-resident accreditation is common: an attaché in Nairobi, for example, covers "
                               "several countries.", truth=True), True),
    ("stem_self_contained", fill(f"A gentler and more famous example is the voyage of the {BLANK} around the world.",
                                 "Great White Fleet"), False),
    ("stem_self_contained", fill(f"A classic example of shared ownership is the {BLANK} fleet of the alliance.",
                                 "AWACS"), True),
    ("stem_self_contained", tf("The clearest case in recent history involves New Zealand.", truth=True), False),
    ("stem_self_contained", tf("The examples come mainly from the law of England and Wales.", truth=True), False),
    ("stem_self_contained", tf("The case is heard in the High Court of England and Wales.", truth=True), True),
    ("stem_grammatical", make(), True),
    # test-f: a sentence cut at an abbreviation.
    ("stem_grammatical", fill(f"The {BLANK} settled the point in the case of Smith v.", "High Court"), False),
    ("stem_grammatical", fill(f"The {BLANK} settled the point in Smith v. Jones in 1920.", "High Court"), True),
    ("stem_grammatical", tf("The treaty was drafted by the lawyer John Q.", truth=True), False),
    # test-e: an aside cut inside a quotation leaves one straight quote.
    ("stem_grammatical", tf('NATO led the mission from 2015 to 2021 advise and assist" Afghan forces.', truth=True), False),
    ("stem_grammatical", tf('NATO led the mission whose task was to "train, advise and assist" Afghan forces.',
                            truth=True), True),
    ("stem_grammatical", make(stem="which of the following does the text describe"), False),
    ("stem_grammatical", fill(f"Islamic nations work closely with {BLANK} on drone technology", "Turkey"), False),
    ("stem_grammatical", fill(f"Nations such as {BLANK}, Iran, and Russia hold naval talks.", "Turkey"), False),
    ("stem_grammatical", fill(f"Talks cover defense sectors, worldwide {BLANK}, military training, and much more.", "peacekeeping"), False),
    ("stem_length", make(), True),
    ("stem_length", make(quoted="troops train."), False),
    ("stem_length", make(quoted=" ".join(["troops from several countries train together"] * 8) + "."), False),
    ("stem_length", fill(f"{BLANK} signed.", "Pakistan"), False),
    # A denial turned round or a direction reversed is a whole claim however short; a short swap is not asked.
    ("stem_length", tf("Glaciers are made of salt water.", truth=False, original="not", key="are",
                       rule="negation_dropped_false"), True),
    ("stem_length", tf("Heat rises at each level.", truth=False, original="falls", key="rises",
                       rule="direction_reversed_false"), True),
    ("stem_length", tf("Moons are planets.", truth=False, original="not", key="are",
                       rule="negation_dropped_false"), False),
    ("stem_length", tf("Turkey signed a radar agreement.", truth=False, original="Pakistan", key="Turkey"), False),
    ("no_markdown_residue", make(), True),
    ("no_markdown_residue", fill(f"Islamic nations work closely with {BLANK} on drone technology.", "Turkey"), True),
    ("no_markdown_residue", make(quoted="**troops** from several countries train together in the field."), False),
    ("no_markdown_residue", make(distractors=("Defense attach√©s", "Peacekeeping Operations")), False),
    # 4. Homogeneous, plausible options
    ("no_all_or_none", make(), True),
    ("no_all_or_none", make(distractors=("All of the above", "Peacekeeping Operations")), False),
    ("no_all_or_none", make(distractors=("None of the above", "Peacekeeping Operations")), False),
    ("options_distinct", make(), True),
    ("options_distinct", make(distractors=("joint military exercises", "Peacekeeping Operations")), False),
    ("options_distinct", make(distractors=("Joint Military Exercise", "Peacekeeping Operations")), False),
    ("options_similar_length", make(), True),
    ("options_similar_length", make(distractors=("Talks", "Humanitarian Assistance and Disaster Relief Work")), False),
    ("options_similar_length", make(correct=("GET",), distractors=("DELETE", "POST"), kind="label:x"), True),
    ("options_same_form", make(), True),
    ("options_same_form", make(correct=("Building Trust",), distractors=("Arms Control", "Trade Policy")), False),
    ("options_same_form", fill(f"The {BLANK} are held every year.", "Exercises"), True),
    ("options_same_form", make(stem=f"Which fits? The {BLANK} is held every year.", quoted="",
                               correct=("Exercise",), distractors=("Talks", "Parade")), False),
    ("no_determiner_artefacts", make(), True),
    ("no_determiner_artefacts", make(distractors=("the Defense Exchanges", "Peacekeeping Operations")), False),
    ("no_determiner_artefacts", make(distractors=("Defense Exchanges and", "Peacekeeping Operations")), False),
    ("no_determiner_artefacts", make(distractors=("Defense (Exchanges", "Peacekeeping Operations")), False),
    ("article_fits_all", make(), True),
    ("article_fits_all", make(stem=f"Troops join an {BLANK} every year?", quoted="",
                              correct=("exercise",), distractors=("operation", "alliance")), True),
    ("article_fits_all", make(stem=f"Troops join an {BLANK} every year?", quoted="",
                              correct=("exercise",), distractors=("parade", "alliance")), False),
    ("article_fits_all", fill(f"Troops join a {BLANK} every year.", "exercise"), False),
    # 5. Worth asking
    ("worth_asking", make(), True),
    ("worth_asking", make(correct=("Aspects",), distractors=("Components", "Roles")), False),
    ("worth_asking", fill(f"The treaty has many {BLANK} that matter.", "aspects"), False),
    ("worth_asking", fill(f"Pakistan signed the agreement in {BLANK}.", "2019", kind="year"), True),
    ("worth_asking", make(kind=""), False),
    # A quantity in its unit asked to apply a method is worth asking; the same unit asked to recall is not.
    ("worth_asking", make(correct=("6 goals",), distractors=("9 goals", "1 goal"), kind="quantity:apply",
                          level="apply"), True),
    ("worth_asking", make(correct=("Goals",), distractors=("Points", "Runs")), False),
    # 6. Format validity
    ("choice_format", make(), True),
    ("choice_format", make(distractors=("Peacekeeping Operations",)), False),
    ("choice_format", make(distractors=("A1", "B1", "C1", "D1")), False),
    ("choice_format", make(type=MULTIPLE, correct=("Joint Military Exercises",), distractors=("A1", "B1")), False),
    ("matching_format", matching([("a b c d", "X"), ("e f g h", "Y"), ("i j k l", "Z")]), True),
    ("matching_format", matching([("a b c d", "X"), ("e f g h", "Y")]), False),
    ("matching_format", matching([(f"p{i} q r s", f"T{i}") for i in range(7)]), False),
    ("false_statement_valid", tf("In 2019, Pakistan signed a radar agreement with Iran.", truth=False,
                                 original="Turkey", key="Iran"), True),
    # The swapped-in entity is already in the sentence.
    ("false_statement_valid", tf("In 2019, Turkey signed a radar agreement with Turkey.", truth=False,
                                 original="Pakistan", key="Turkey"), False),
    # "Not" inserted instead of a swap.
    ("false_statement_valid", tf("In 2019, Pakistan did not sign a radar agreement with Turkey.", truth=False,
                                 original="signed", key="did not sign"), False),
    # True elsewhere in the text: Turkey does work with Islamic nations on drones.
    ("false_statement_valid", tf("Islamic nations work closely with Turkey on drone technology.", truth=False,
                                 original="Pakistan", key="Turkey",
                                 source="Islamic nations work closely with Pakistan on drone technology."), False),
    ("false_statement_valid", tf("Iran and Russia hold regular naval talks.", truth=True,
                                 source="Iran and Russia hold regular naval talks."), True),
    # A statement keyed True commits to a checkable fact
    ("true_statement_checkable", tf("In 2019, Pakistan signed a radar agreement with Turkey.", truth=True), True),
    ("true_statement_checkable", tf("Iran and Russia hold regular naval talks.", truth=True,
                                    source="Iran and Russia hold regular naval talks."), True),
    # No number, no name, no term: nothing to check it against.
    ("true_statement_checkable", tf("Trust between armed forces grows slowly over many years of contact.", truth=True,
                                    source="Trust between armed forces grows slowly over many years of contact."), False),
    # A summing-up sentence, even with a name in it.
    ("true_statement_checkable", tf("In conclusion, Turkey plays a crucial role for its partners.", truth=True,
                                    source="In conclusion, Turkey plays a crucial role for its partners."), False),
    # A vague amount where the fact should be, even with a date: nothing definite to get wrong.
    ("true_statement_checkable", tf("A treaty of 1990 gave certain rights to Turkey.", truth=True,
                                    source="A treaty of 1990 gave certain rights to Turkey."), False),
    # False statements are judged by false_statement_valid.
    ("true_statement_checkable", tf("Trust grows quickly.", truth=False, source="Trust grows slowly."), True),
    # The opening sentence restates the title ("Military Diplomacy"): the title answers it, in either key.
    ("not_opening_line", tf("military diplomacy is the use of armed forces in peacetime to build trust between countries.",
                            truth=True, source="Military diplomacy is the use of armed forces in peacetime to build trust between countries."), False),
    ("not_opening_line", tf("In 2019, Pakistan signed a radar agreement with Turkey.", truth=True), True),
    # An instruction to the reader is no statement ("According to the text, keep ...").
    ("not_an_instruction", tf("Keep your radio switched on and do not leave the shelter.", truth=False,
                              source="Keep your radio switched on and do not leave the shelter."), False),
    ("not_an_instruction", tf("In 2019, Pakistan signed a radar agreement with Turkey.", truth=True), True),
    # A list line's label and description after a dash is no claim ("Name – who they are").
    ("not_a_label_line", tf("William, Duke of Normandy – a cousin of Edward through his mother, Emma.", truth=True), False),
    ("not_a_label_line", tf("July 1917 – A major offensive collapses.", truth=True), False),
    ("not_a_label_line", tf("A direct tax is charged on a transaction – the act of buying something.", truth=True), True),
    ("not_a_label_line", tf("Paris – the capital – hosted the talks.", truth=True), True),  # a dash pair: an aside
    # An item of a list of someone's arguments is their claim, not the text's (test-cb: a wrong key when turned).
    ("from_the_main_text", tf("Military diplomacy wastes money that schools need.", truth=True,
                                source="Military diplomacy wastes money that schools need."), False),
    ("from_the_main_text", tf("Joint exercises do not provoke rival states.", truth=False,
                                source="Joint exercises provoke rival states."), False),
    ("from_the_main_text", tf("Iran and Russia hold regular naval talks.", truth=True,
                                source="Iran and Russia hold regular naval talks."), True),
    # A trivia box is no lesson to test, in any type (test-bo, test-bz, test-cb).
    ("from_the_main_text", make(source_sentence="The first naval attaché was posted to London in 1826."), False),
    # A worked example's labelled line is no fact to recall (more in test_worked_example_lines.py).
    ("not_worked_example", tf("Iran and Russia hold regular naval talks.", truth=True,
                              source="Iran and Russia hold regular naval talks."), True),
    ("not_worked_example", tf("Answer: 40 cm².", truth=True, source="Answer: 40 cm²."), False),
]


@pytest.mark.parametrize(
    "check, candidate, expected",
    CASES,
    ids=[f"{c}-{'pass' if e else 'fail'}-{i}" for i, (c, _, e) in enumerate(CASES)],
)
def test_check(check, candidate, expected, course):
    assert run(check, candidate, course) is expected


def test_every_check_has_passing_and_failing_cases():
    seen = {(check, expected) for check, _, expected in CASES}
    for name in rubric.CHECK_NAMES:
        assert (name, True) in seen and (name, False) in seen, name


def test_evaluate_lists_failed_checks(course):
    bad = make(distractors=("All of the above", "joint military exercises"))
    assert rubric.evaluate(make(), course) == []
    assert {"no_all_or_none", "options_distinct"} <= set(rubric.evaluate(bad, course))


@pytest.mark.parametrize(
    ("a", "b", "siblings", "expected"),
    [
        ("children", "kids", False, True),  # no shared word: only meaning tells them apart
        ("children", "kids", True, False),  # items the text lists apart are not synonyms
        ("Monopoly", "Oligopoly", False, False),  # close in meaning, yet different things
        ("1914", "1915", False, False),  # dates are never near-synonyms
    ],
)
def test_near_synonyms_by_meaning(a, b, siblings, expected):
    assert rubric.synonymous(a, b, siblings=siblings) is expected


# Raters on five documents: an acronym beside the gap, or a gap after the words its letters spell.
@pytest.mark.parametrize("stem, answer", [
    (f"The {BLANK} (ECOWAS), founded in 1975, deployed a monitoring force.", "Economic Community of West African States"),
    (f"Beneath the union sit groupings called {BLANK}, or RECs.", "regional economic communities"),
    (f"The potential difference of a battery is called its {BLANK}, or EMF.", "electromotive force"),
    (f"The Office for the Coordination of Humanitarian Affairs, called {BLANK}, supports the work.", "OCHA"),
    (f"The International Military Education and Training programme, known as {BLANK}, funds courses.", "IMET"),
])
def test_an_acronym_and_its_expansion_give_each_other_away(stem, answer):
    assert not rubric.no_key_leakage(fill(stem, answer), None)


def test_an_unrelated_acronym_is_no_leak():
    assert rubric.no_key_leakage(fill(f"The {BLANK} met the NATO ministers in Brussels.", "defence committee"), None)
    assert rubric.no_key_leakage(fill(f"In the United Kingdom, the {BLANK} sets rates.", "Bank of England"), None)


def test_stem_self_contained_keeps_a_determiner_opener(course):
    assert rubric.stem_self_contained(fill(f"Each possible result of an experiment is called a(n) {BLANK}.", "outcome"), course)
    assert not rubric.stem_self_contained(fill(f"Each has its own {BLANK}.", "strengths"), course)


FEATURES = """# Features of a Formal Speech

## The main features

1. **A formal greeting.** Open by addressing your audience politely and appropriately for the occasion.
2. **The rule of three.** Group ideas, adjectives or phrases in threes so that they stick.
3. **Emotive language.** Choose words that make the audience feel something, such as concern or pride.
4. **A personal anecdote.** Tell a brief true story from your own experience to make the argument feel real.
"""


@pytest.mark.parametrize(("correct", "distractors", "expected"), [
    # The author's own bold labels keep their article: the options are the list's labels.
    (("A formal greeting",), ("The rule of three", "Emotive language"), True),
    (("Emotive language",), ("A personal anecdote", "A formal greeting"), True),
    # An article before anything else is still a stray word ("the formal greeting" is no label here) ...
    (("Emotive language",), ("The formal greeting", "A personal anecdote"), False),
    # ... and a label's article is no licence for another opener.
    (("Emotive language",), ("This rule of three", "A personal anecdote"), False),
])
def test_an_authors_label_may_open_with_its_article(correct, distractors, expected):
    lesson = build_course(parse_document(FEATURES), glossary=(), others=())
    candidate = make(correct=correct, key=correct[0], distractors=distractors,
                     quoted="Open by addressing your audience politely and appropriately for the occasion.")
    assert rubric.no_determiner_artefacts(candidate, lesson) is expected


def test_a_list_of_labels_with_articles_is_asked():
    """The matching and description-to-term items a labelled list makes pass every check."""
    lesson = build_course(parse_document(FEATURES), glossary=(), others=())
    passed = {c.rule for c in generate(lesson, random.Random(0)) if not rubric.evaluate(c, lesson)}
    assert {"matching", "description_to_term"} <= passed


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("fungi", "Fungal", True),
    ("Repetition", "Repeat", True),
    ("exercises", "exercise", True),
    ("consumer", "construction", False),  # "cons": too little of either word
    ("interest", "internal", False),
    ("written", "Write", True),
    ("viruses", "Viral", False),  # three letters: left to ``related``
    ("cell", "cellulose", False),  # a whole word opening another: another word built on it
    ("mine", "mineral", False),
    ("Ultrafiltration", "filtration", True),  # a prefix on the stem's word (test-ck: the key given away)
    ("photosynthesis", "synthesis", True),
    ("research", "search", False),  # two letters before it: "re" makes other words as often
    ("prefix", "fix", False),  # too short a word to be built on
])
def test_same_stem_ties_words_that_open_alike(a, b, alike):
    assert same_stem(a, b) is alike


def test_an_era_in_the_title_is_no_topic_a_true_statement_asks():
    """test-ce: "The Peace of Nicias, 421 BC" refused every dated true statement of the essay as keyed on "BC"."""
    from lessontext.questions.rubric import key_not_title

    nicias = build_course(parse_document(
        "# The Peace of Nicias, 421 BC\n\n## The war\n\nThe decisive change came at the battle of Amphipolis in"
        " 422 BC, in which both Brasidas and Cleon were killed.\n"), glossary=(), others=())
    sentence = "The decisive change came at the battle of Amphipolis in 422 BC, in which both Brasidas and Cleon were killed."
    dated = Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=f"True or false? {sentence}",
                      source_anchor="the-war", source_sentence=sentence, explanation="", base=0.5, truth=True,
                      statement=sentence, key="BC", original="BC", kind="sentence")
    assert key_not_title(dated, nicias)
    titled = Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=f"True or false? {sentence}",
                       source_anchor="the-war", source_sentence=sentence, explanation="", base=0.5, truth=True,
                       statement=sentence, key="Peace of Nicias", original="Peace of Nicias", kind="sentence")
    assert not key_not_title(titled, nicias)


HIVE = """# Frames and Supers in the Hive

Modern beekeeping relies on the movable frame. English beekeeping has kept many of its old words, such as skep and
swarm. A beekeeper lifts the frames to check the brood, the honey and the queen of the colony.
"""

ORIGINS = """# The Origins of Beekeeping

Beekeeping began with wild colonies in hollow trees. Early beekeepers kept their bees in straw skeps, and the
colony was often killed to take the honey. The Langstroth Hive, with its movable frames, let beekeepers take honey
and leave the colony alive.
"""


def test_a_fill_in_keyed_by_a_sister_lessons_topic_is_the_course_topic_anyone_fills():
    """test-dc, both raters: "English _____ has kept many of its words" keyed "heraldry", the course's topic."""
    hive = build_course(parse_document(HIVE), glossary=(), others=[parse_document(ORIGINS)])
    assert hive.others, "the two lessons are sisters"
    topic = fill(f"English {BLANK} has kept many of its old words, such as skep and swarm.", "beekeeping")
    assert rubric.key_not_title(topic, hive) is False
    named = fill(f"Modern hives follow the {BLANK}, with its movable frames.", "Origins of Beekeeping")
    assert rubric.key_not_title(named, hive) is True  # a name another lesson is about links the two


@pytest.mark.parametrize(("key", "stem", "distractors", "leaks"), [
    # test-ed, both raters: "the G in ΔG gives the key away".
    ("ΔG", "According to the text, which of the following is the Gibbs free energy change, in kJ mol⁻¹?",
     ["ΔH", "ΔS", "T"], True),
    ("ΔS", "According to the text, which of the following is the entropy change?", ["ΔH", "ΔG", "T"], False),
    # A distractor whose letter opens a stem word too: the letters point nowhere.
    ("v", "Which of the following is the velocity of the wave?", ["f", "w", "λ"], False),
    ("Tropopause", "Which of the following is the top of the troposphere?", ["Stratosphere"], False),
])
def test_a_symbol_whose_letter_opens_a_word_of_the_stem_gives_itself_away(key, stem, distractors, leaks):
    assert symbol_initial_leak(key, stem, distractors) is leaks
