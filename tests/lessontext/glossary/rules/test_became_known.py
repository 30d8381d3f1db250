"""The became_known rule: "<parties> signed N agreements that became known as the X", "A, B and C formed what
became known as the X"."""

from __future__ import annotations

from tests.lessontext.glossary.support import glossary


def test_signed_documents_named_after_are_defined_by_who_signed_them():
    body = ("On 26 September 1953, representatives of the United States and Spain signed three agreements in Madrid "
            "that together became known as the Pact of Madrid. Under them, bases were built.")
    entries = glossary(body)
    assert entries["Pact of Madrid"][1] == (
        "Three agreements signed by representatives of the United States and Spain in Madrid in 1953.")


def test_members_that_formed_a_named_bloc_define_it():
    body = ("Meanwhile Europe had divided into two blocs: the Franco-Russian Alliance of 1894, the Entente Cordiale "
            "of 1904 and the Anglo-Russian Convention of 1907 formed what became known as the Triple Entente.")
    assert glossary(body)["Triple Entente"][1] == (
        "An entente formed by the Franco-Russian Alliance of 1894, the Entente Cordiale of 1904 and the "
        "Anglo-Russian Convention of 1907.")


def test_signers_or_subject_pointing_back_make_no_entry():
    body = ("The talks nearly failed, but the three leaders signed two documents at the White House that became "
            "known as the Harbour Accords. The resulting alignment became known as the Northern Entente.")
    entries = glossary(body)
    assert "Harbour Accords" not in entries
    assert "Northern Entente" not in entries
