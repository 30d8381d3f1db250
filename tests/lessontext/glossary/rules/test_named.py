"""The named rule: a capitalised name by what its sentence says was done to or with it."""

from __future__ import annotations

from tests.lessontext.glossary.support import glossary


def test_a_name_created_by_a_list_of_subjects_credits_the_whole_list():
    found = glossary("More recently, the United Kingdom, Italy and Japan launched the Global Combat Air Programme to "
                     "develop a next-generation fighter.")
    assert found["Global Combat Air Programme"][1] == (
        "A programme launched by the United Kingdom, Italy and Japan to develop a next-generation fighter.")


def test_a_name_created_by_one_subject_keeps_it():
    found = glossary("Aldus Manutius founded the Aldine Press in Venice in 1494.")
    assert found["Aldine Press"][1].startswith("A press founded by Aldus Manutius")


def test_a_creator_that_points_back_does_not_define_the_name():
    found = glossary("The Constitutional Reform Act 2005 changed the courts. The same Act created the Supreme Court of "
                     "the United Kingdom, which began work in 2009.")
    assert "created by Act" not in found.get("Supreme Court", ("", ""))[1]
