"""The last gate before publishing (lessontext.glossary.publish): what it drops, what it edits, what it keeps."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.candidate import Term
from lessontext.glossary.entry_gates import TOPIC_PAIR
from lessontext.glossary.publish import GATES, passes, publishable


@pytest.mark.parametrize(
    ("gate", "term", "definition", "expected"),
    [(g, t, d, e) for g in GATES for t, d, e in g.examples],
    ids=lambda v: v.name if hasattr(v, "check") else None,
)
def test_gate_examples(gate, term, definition, expected):
    assert gate.check(term, definition, gate.example_headwords) == expected


def test_every_gate_has_a_drop_or_edit_and_a_keep():
    for gate in GATES:
        assert any(e != d for _, d, e in gate.examples), gate.name
        assert any(e == d for _, d, e in gate.examples), gate.name


def test_one_pair_headword_alone_may_be_a_set_phrase():
    definition = "Rules that divide power between the branches of a government."
    assert TOPIC_PAIR.check("Checks and balances", definition, ("Checks and balances", "Veto")) == definition


def _term(term: str, definition: str) -> Term:
    return Term(term=term, key=term.lower(), definition=definition, kind="defined", section_anchor="",
                sentence="", aliases=(), confidence=0.9, rule="label")


def test_publishable_drops_edits_and_keeps():
    got = publishable([_term("Fat", "9 kcal per gram (about 37 kJ)."),
                       _term("Jurisdiction", "Meaning the legal authority to try an offence."),
                       _term("Buffer", "A solution that resists changes in pH.")])
    assert [(t.term, t.definition) for t in got] == [
        ("Jurisdiction", "The legal authority to try an offence."),
        ("Buffer", "A solution that resists changes in pH."),
    ]


def test_a_value_list_gives_no_entries_but_a_real_definition_stays():
    got = {t.term for t in extract_glossary(parse_document(
        "# Energy\n\nA **macronutrient** is a nutrient the body needs in large amounts.\n\n"
        "- Fat: 9 kcal per gram\n- Protein: 4 kcal per gram\n- Alcohol: 7 kcal per gram\n"))}
    assert "Macronutrient" in got
    assert not got & {"Fat", "Protein", "Alcohol"}


def test_checklist_topics_are_not_terms():
    got = {t.term for t in extract_glossary(parse_document(
        "# Status of forces\n\nA typical agreement covers:\n\n"
        "- **Entry and exit**: rules allowing personnel to cross borders with military identification.\n"
        "- **Taxes and customs**: exemptions for equipment brought in for official use.\n"
        "- **Criminal jurisdiction**: the authority to try a service member accused of an offence.\n"))}
    assert "Criminal jurisdiction" in got
    assert not got & {"Entry and exit", "Taxes and customs"}


def test_a_refused_candidate_lets_a_usable_definition_of_the_same_term_win():
    got = {t.term: t.definition for t in extract_glossary(parse_document(
        "# Energy\n\n**Carbohydrates** are compounds of carbon, hydrogen and oxygen, found mainly in plant foods.\n\n"
        "Energy per gram:\n\n- Carbohydrates: 4 kcal per gram\n- Fat: 9 kcal per gram\n"))}
    assert got.get("Carbohydrates", "").startswith("Compounds of carbon")


def test_a_headword_that_is_only_the_genus_of_another_entry_is_left_out():
    got = publishable([_term("Mutual defence clause", "A treaty provision that turns friendship into a commitment."),
                       _term("Treaty provision", "A provision that turns friendship into a commitment."),
                       _term("Treaty", "A written agreement between states.")])
    assert [t.term for t in got] == ["Mutual defence clause", "Treaty"]


def test_an_entry_that_only_gives_another_name_is_left_out():
    def term(name: str, definition: str, rule: str) -> Term:
        return Term(term=name, key=name.lower(), definition=definition, kind="defined", section_anchor="",
                    sentence="s", aliases=(), confidence=0.8, rule=rule)

    kept = publishable([term("Joint border commission", "A standing body.", "named_aside"),
                        term("Rio Treaty", "A treaty in which American states pledge mutual defence.", "copula")])
    assert [t.term for t in kept] == ["Rio Treaty"]


def test_a_bare_genus_and_a_case_gives_way_to_the_real_definition():
    body = ("# Stars\n\nA white dwarf cannot be more massive than about 1.4 solar masses, a limit called the "
            "Chandrasekhar limit.\n")
    assert "chandrasekhar limit" not in {t.key for t in extract_glossary(parse_document(body))}


def test_a_position_whose_definition_names_the_real_term_is_left_out():
    # "The outer coat is a tough layer of fibres called the sclera, which ...": the sclera is the term.
    assert passes("Outer coat", "A tough layer of fibres called the sclera, which protects the eye.") is None
    assert passes("Sclera", "A tough layer of fibres that protects the eye.") == "A tough layer of fibres that protects the eye."
