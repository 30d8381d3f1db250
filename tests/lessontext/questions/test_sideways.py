"""sideways: a comparison table written sideways asked by row, keyed by the column a cell sits in."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import generate_quiz
from lessontext.questions.course import build_course
from lessontext.questions.families.sideways import (
    CELLS,
    COURTS,
    FACTORS,
    VESSELS,
    compared_columns,
    sideways_questions,
)
from lessontext.questions.families.tables import table_questions
from lessontext.questions.rubric import CHECKS
from lessontext.questions.rules import SIDEWAYS_CHOICE, SIDEWAYS_MATCHING, SIDEWAYS_STATEMENT
from lessontext.questions.types import QuestionType


def _course(text):
    return build_course(parse_document(text), glossary=(), others=())


def _made(text):
    course = _course(text)
    return [c for t in course.lesson.tables for c in sideways_questions(t, course, random.Random(0))], course


def _passes(c, course):
    return [name for name, check in CHECKS if not check(c, course)] == []


def test_matching_pairs_each_thing_with_its_own_cell():
    made, course = _made(VESSELS)
    wall = next(c for c in made if c.rule == SIDEWAYS_MATCHING and "its wall" in c.stem)
    assert {(p.prompt, p.answer) for p in wall.pairs} == {
        ("Arteries", "Thick, muscular, elastic"), ("Veins", "Thin, little muscle"), ("Capillaries", "One cell thick")}
    assert wall.level == "understand" and _passes(wall, course)


def test_choice_keys_the_one_thing_on_yes_and_offers_the_others():
    made, _ = _made(VESSELS)
    valves = next(c for c in made if c.rule == SIDEWAYS_CHOICE)
    assert valves.stem == "According to the text, which of these has valves?"
    assert valves.correct == ("Veins",) and set(valves.distractors) == {"Arteries", "Capillaries"}


def test_rows_whose_cells_are_the_same_part_of_another_or_graded_are_refused():
    made, _ = _made(VESSELS)
    asked = " ".join(c.stem for c in made)
    assert "blood pressure" not in asked  # "Low" is a part of "Low, falling"
    assert "exchange with cells" not in asked  # No / No / No


def test_two_things_give_a_true_and_a_false_statement_per_row():
    made, course = _made(COURTS)
    proof = [c for c in made if "standard of proof of a crime" in c.stem]
    assert {(c.statement, c.truth) for c in proof} == {
        ("The standard of proof of a crime is beyond reasonable doubt.", True),
        ("The standard of proof of a crime is balance of probabilities.", False)}
    assert all(c.type is QuestionType.TRUE_FALSE and _passes(c, course) for c in proof)


def test_two_things_with_yes_and_no_say_which_has_the_feature():
    text = """# Two Kinds of Cell

Prokaryotic cells are small. Eukaryotic cells have a nucleus, and a nucleus holds the DNA.

| Feature | Prokaryotic cells | Eukaryotic cells |
|---|---|---|
| Nucleus | No | Yes |
| Ribosomes | Yes | Yes |
| Cell wall | Sometimes | Sometimes |
"""
    made, _ = _made(text)
    assert {(c.statement, c.truth) for c in made} == {
        ("Prokaryotic cells have a nucleus.", False), ("Eukaryotic cells have a nucleus.", True)}


def test_a_both_column_is_no_thing_compared():
    course = _course(CELLS)
    assert [name for _, name in compared_columns(course.lesson.tables[0], course)] == [
        "Prokaryotic cells", "Eukaryotic cells"]


def test_a_cell_that_reads_only_beside_another_is_refused():
    text = """# Microbes

Bacteria are single cells. Viruses are not cells. Fungi include yeasts and moulds.

| Feature | Bacteria | Viruses | Fungi |
|---|---|---|---|
| Size | A few micrometres long | Much smaller than bacteria | From single cells to mushrooms |
| Speed of growth | Fast, by splitting in two | Slower, only inside a host | Spreading by spores |
| Structure | A single cell without a nucleus | Genetic material in a protein coat | Cells with a nucleus and a chitin wall |
"""
    made, _ = _made(text)
    asked = " ".join(c.stem for c in made)
    assert "its size" not in asked and "speed of growth" not in asked
    assert "its structure" in asked


def test_a_table_of_attributes_under_a_property_word_is_not_read():
    made, _ = _made(FACTORS)
    assert made == []


@pytest.mark.parametrize("header", ["Centralised (e.g. Subversion) | Distributed (e.g. Git)"])
def test_things_named_by_an_adjective_make_no_statement(header):
    text = f"""# Version Control

A centralised system keeps one server. A distributed system copies the history to everyone.

| Feature | {header} |
|---|---|---|
| Usual host | a central server | every developer's laptop |
| Speed | network-bound | local and fast |
| Typical tool | an older server product | a newer peer tool |
"""
    made, _ = _made(text)
    assert made == []


def test_a_table_read_the_normal_way_is_not_asked_sideways():
    text = """# Status Codes

Every response carries a status code.

| Code | Class |
|---|---|
| 2xx | Success |
| 3xx | Redirection |
| 4xx | Client error |
"""
    made, course = _made(text)
    assert made == []
    assert list(table_questions(course.lesson.tables[0], course, random.Random(0)))


def test_the_quiz_takes_one_item_per_sideways_table():
    quiz = generate_quiz(parse_document(VESSELS), rng=random.Random(0))
    assert sum(q.rule in (SIDEWAYS_MATCHING, SIDEWAYS_CHOICE, SIDEWAYS_STATEMENT) for q in quiz.questions) <= 1


TAXES = """# Direct and Indirect Taxes

Governments raise money through direct and indirect taxes.

| Direct taxes | Indirect taxes |
|---|---|
| Income tax on wages and salaries | Value Added Tax (VAT) |
| Corporation tax on company profits | Sales tax in many US states |
| Inheritance tax on large estates | Excise duty on alcohol and tobacco |
| Property taxes on homes | Customs duties on imported goods |
"""


def test_a_table_of_column_lists_asks_a_member_by_its_column():
    made, course = _made(TAXES)
    indirect = next(c for c in made if c.stem == "According to the table in the text, which of these is an indirect tax?")
    direct = {"Income tax on wages and salaries", "Corporation tax on company profits",
              "Inheritance tax on large estates", "Property taxes on homes"}
    assert indirect.correct[0] in {"Excise duty on alcohol and tobacco", "Customs duties on imported goods"}
    assert set(indirect.distractors) <= direct and len(indirect.distractors) >= 2
    assert _passes(indirect, course), [n for n, check in CHECKS if not check(indirect, course)]
    # Every direct tax repeats "tax" of "a direct tax?": no key leaks into its stem.
    assert not any("a direct tax" in c.stem for c in made)


def test_column_headers_the_lesson_never_names_together_are_no_column_lists():
    text = TAXES.replace("through direct and indirect taxes", "in many ways").replace(
        "# Direct and Indirect Taxes", "# Taxes")
    made, _ = _made(text)
    assert made == []


def test_a_table_of_values_is_no_column_list():
    text = """# Painting a Room

Compare the tin size and price before you buy.

| Tin size | Price |
|---|---|
| 1 litre | £9 |
| 2.5 litres | £18 |
| 5 litres | £30 |
"""
    made, _ = _made(text)
    assert made == []


def test_a_cell_that_answers_its_feature_is_no_complement():
    text = """# Two Kinds of Cell

Prokaryotic cells are small. Eukaryotic cells keep their DNA in a nucleus.

| Feature | Prokaryotic cells | Eukaryotic cells |
|---|---|---|
| Nucleus | No nucleus | A true nucleus |
| Typical size | tiny and simple | larger and complex |
| Division | binary fission | mitosis |
"""
    made, _ = _made(text)
    asked = " ".join(c.stem for c in made)
    assert "the nucleus of" not in asked
    assert "the division of prokaryotic cells is binary fission." in asked
