"""Round three: everyday subjects, verbs and ordinals are not terms; named things the text explains are."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary


def _terms(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


def test_an_everyday_noun_opening_a_sentence_is_not_a_term():
    found = _terms("# Tort\n\nA restaurant owes contractual duties only to its customers. "
                   "In a crisis, a trusted officer can clarify an intention quickly. "
                   "A sample of rainwater has a hydrogen ion concentration of 0.1 mol/L.\n")
    assert not {"Restaurant", "Crisis", "Sample of rainwater"} & set(found)


def test_a_rarer_noun_opening_a_sentence_still_is():
    found = _terms("# Networks\n\nA firewall filters network traffic between two networks.\n")
    assert "Firewall" in found


def test_an_adjective_in_a_long_subject_is_not_the_term():
    found = _terms("# Logistics\n\n- A multinational integrated logistic unit is formed when two nations "
                   "place assets under one commander.\n")
    assert "Multinational" not in found


def test_an_appositive_term_does_not_start_with_its_subjects_verb_or_an_ordinal():
    found = _terms("# Attachés\n\nFew countries can afford a large section, so many use non-resident accreditation, "
                   "an arrangement in which one attaché based in a single embassy also covers neighbouring states. "
                   "Adding a fourth note, a seventh above the root, produces a richer chord.\n")
    assert "Use non-resident accreditation" not in found
    assert found["Non-resident accreditation"].startswith("An arrangement in which one attaché")
    assert "Fourth note" not in found


def test_an_object_with_a_foreign_complement_is_not_a_term():
    found = _terms("# Diplomacy\n\nThe host state may declare a diplomat persona non grata, a Latin phrase "
                   "meaning an unwelcome person, and the sending state must recall that individual.\n")
    assert "Diplomat persona non grata" not in found


def test_a_named_treaty_explained_by_its_predicate_after_an_aside():
    found = _terms("# Arms\n\nThe Treaty on Open Skies, signed in 1992 and in force from 2002, allowed its members "
                   "to fly unarmed observation aircraft over each other's territory.\n")
    assert found["Treaty on Open Skies"] == ("A treaty that allowed its members to fly unarmed observation aircraft "
                                             "over each other's territory.")


def test_a_named_agreement_with_its_acronym_and_signatories():
    found = _terms("# Seas\n\nThe Incidents at Sea Agreement (INCSEA), signed by the United States and the Soviet "
                   "Union in 1972, set rules to avoid collisions between their warships and established annual "
                   "meetings to review incidents.\n")
    definition = found["Incidents at Sea Agreement"]
    assert definition.startswith("An agreement that set rules to avoid collisions between the parties' warships")


def test_a_ranking_or_a_date_and_place_is_not_what_a_treaty_is():
    found = _terms("# Arms\n\nThe INF Treaty created one of the most intrusive inspection regimes of its time. "
                   "Under the New START Treaty, signed in Prague in 2010, the two sides shared a database.\n")
    assert "INF Treaty" not in found
    assert "New START Treaty" not in found


def test_a_two_column_table_of_commands_gives_one_entry_per_row():
    found = _terms("# Git\n\nThe table below lists the commands you will use most often in this course.\n\n"
                   "| Command | What it does |\n|---|---|\n"
                   "| `git clone ADDRESS` | copies an existing repository, with its history |\n"
                   "| `git commit -m \"message\"` | records the staged changes as a new commit |\n"
                   "| `git push` | sends local commits to the remote repository |\n")
    assert found["git clone"] == "A command that copies an existing repository, with its history."
    assert found["git commit"] == "A command that records the staged changes as a new commit."
    assert found["git push"] == "A command that sends local commits to the remote repository."


def test_a_table_of_figures_or_of_three_columns_gives_no_entries():
    figures = _terms("# Money\n\n| Year | Balance |\n|---|---|\n| 1 | £2,000.00 |\n| 2 | £2,100.00 |\n")
    compared = _terms("# Law\n\n| Aspect | Tort | Crime |\n|---|---|---|\n"
                      "| Purpose | to compensate the victim | to punish the offender |\n"
                      "| Standard of proof | balance of probabilities | beyond reasonable doubt |\n")
    assert not figures
    assert "Purpose" not in compared and "Standard of proof" not in compared
