"""Shapes of structured lessons that hid must-have terms or made rejected entries (made-up sentences)."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary


def _terms(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


def test_a_label_saying_how_a_thing_forms_is_its_definition():
    found = _terms("# Landforms\n\n## Types of Lake\n\nOxbow lake: formed when a meander is cut off from the river "
                   "during a flood. It is shown as a curved blue patch on maps.\n")
    assert found.get("Oxbow lake", "").endswith("formed when a meander is cut off from the river during a flood.")


def test_a_label_of_origin_is_still_no_definition():
    found = _terms("# Clubs\n\n## Local Clubs\n\nRiver Club: founded by a group of local merchants in the spring.\n")
    assert "River Club" not in found


def test_a_bold_name_given_to_a_subject_after_a_fronted_setting():
    found = _terms("# Ponds\n\n## Life in a Pond\n\nIn shallow ponds, small animals called **water fleas** graze "
                   "on green algae all summer.\n")
    assert found.get("Water fleas") == "Small animals that graze on green algae all summer."


def test_the_subject_of_the_last_clause_is_what_a_naming_verb_names():
    found = _terms("# Gases\n\n## Cooling\n\nThe same rule holds when a gas is cooled; the drop in volume is then "
                   "called contraction.\n")
    assert found.get("Contraction") == "The drop in volume when a gas is cooled."


def test_a_naming_verb_after_a_clause_with_a_pronoun_setting_takes_no_setting():
    found = _terms("# Gases\n\n## Cooling\n\nThe same rule holds when it is cooled; the drop in volume is then "
                   "called contraction.\n")
    assert found.get("Contraction") == "The drop in volume."


def test_an_everyday_word_the_lesson_is_titled_after_is_defined():
    found = _terms("# Writing a Good Summary\n\n## What It Is\n\nA summary is a short account of the main points "
                   "of a longer text, written in your own words.\n")
    assert found.get("Summary", "").startswith("A short account of the main points")


def test_an_everyday_word_outside_the_title_stays_out():
    found = _terms("# Reading Long Texts\n\n## What It Is\n\nA summary is a short account of the main points "
                   "of a longer text, written in your own words.\n")
    assert "Summary" not in found


def test_fields_beside_a_recurring_field_in_nested_lists_are_not_terms():
    found = _terms("# Seasons\n\n## Through the Year\n\n"
                   "- In spring\n  - Light: longer days\n  - Rain: frequent showers\n  - Frost: late frosts at night\n"
                   "- In summer\n  - Light: the longest days\n  - Rain: occasional thunderstorms\n"
                   "- In autumn\n  - Light: shorter days\n  - Frost: early frosts in hollows\n")
    assert not {"Rain", "Frost", "Light"} & set(found)


def test_a_bold_limit_by_what_happens_beyond_it():
    found = _terms("# Materials\n\n## Bending\n\nNext comes the **yield strength**, beyond which the bar stays bent "
                   "when the load is removed.\n")
    assert found.get("Yield strength") == "A strength beyond which the bar stays bent when the load is removed."


def test_the_tail_of_a_longer_name_gets_no_appositive():
    found = _terms("# Poems\n\n## Sources\n\nMost of what we know comes from the Song of Roland, an oral poem passed "
                   "down for centuries by minstrels, the travelling singers of the royal courts. Roland fought "
                   "at the pass. Roland blew his horn. Charlemagne mourned Roland.\n")
    assert found.get("Song of Roland") == "An oral poem passed down for centuries by minstrels."
    assert "Roland" not in found


def test_sibling_list_items_naming_kinds_of_one_noun_are_entries():
    found = _terms("# Rocks\n\n## Kinds of Rock\n\nRocks are sorted by how they form:\n\n"
                   "- igneous rock forms when molten magma cools down\n"
                   "- sedimentary rock forms from layers of sediment pressed together\n")
    assert found.get("Igneous rock") == "Rock that forms when molten magma cools down."
    assert found.get("Sedimentary rock") == "Rock that forms from layers of sediment pressed together."


def test_list_items_of_what_changes_at_a_stage_are_not_kinds():
    found = _terms("# Population\n\n## Stage Three\n\nIn stage three:\n\n- birth rates begin to fall quite steadily\n"
                   "- death rates continue to fall more slowly\n")
    assert not {"Birth rates", "Death rates"} & set(found)
