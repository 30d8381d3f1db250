"""Incidental positions: where a name, date or number is only mentioned in passing."""

from lessontext.questions.incidental import framing_sentence, illustrative, in_aside, splits_a_name


def _span(sentence, part):
    i = sentence.index(part)
    return sentence, i, i + len(part)


def test_a_date_or_place_in_a_participial_or_relative_aside():
    assert in_aside(*_span("Under the New START Treaty, signed in Prague in 2010, the parties shared data.", "Prague"))
    assert in_aside(*_span("The Protocol, whose model text was approved in 1997, gives broader access.", "1997"))
    assert not in_aside(*_span("Modern law is traced to a case decided by the House of Lords in 1932.", "1932"))


def test_examples_and_worked_example_givens_are_illustrative():
    assert illustrative("A defence attaché in Nairobi, for example, might cover other countries.")
    assert illustrative("Suppose 25.0 mL of solution is neutralised by 20.0 mL of acid.")
    assert illustrative("Amira deposits £2,000 for 3 years.", anchor="worked-example-simple-interest")
    assert not illustrative("Git was created by Linus Torvalds to manage the Linux kernel.")


def test_part_of_a_longer_name_or_a_glued_symbol():
    assert splits_a_name(*_span("The Incidents at Sea Agreement (INCSEA) set rules.", "Sea Agreement"))
    assert splits_a_name(*_span("She drank ginger beer in Paisley, Scotland.", "Scotland"))
    assert splits_a_name(*_span("Ions combine: H⁺ + OH⁻ → H₂O.", "OH"))
    assert not splits_a_name(*_span("Git was created by Linus Torvalds to manage the kernel.", "Linus Torvalds"))
    assert not splits_a_name(*_span("The case was decided by the House of Lords in 1932.", "1932"))


def test_sentences_about_the_lesson_itself_are_framing():
    assert framing_sentence("The examples come mainly from the law of England and Wales.")
    assert not framing_sentence("Duties in tort are imposed by law on everyone.")


def test_no_item_leans_on_an_opening_that_points_back():
    import random

    from lessontext.document import parse_document
    from lessontext.questions import generate_quiz

    lesson = """# Logistics

## Support

A **host nation** is a country that supports foreign forces on its territory.
For that reason, NATO doctrine speaks of collective responsibility among the members of the Alliance.
The term appeared in the Treaty of Rome in 1957 and in the Treaty of Paris in 1951.
The Alliance was founded in Washington in 1949 by twelve countries of Europe and North America.
"""
    draft = generate_quiz(parse_document(lesson), rng=random.Random(0))
    assert draft.questions
    stems = [q.stem.lower() for q in draft.questions]
    assert not any("for that reason" in s or "the term appeared" in s for s in stems)
