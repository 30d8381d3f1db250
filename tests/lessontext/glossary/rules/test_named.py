"""The named rule: a capitalised name by what its sentence says was done to or with it."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check, glossary


def test_a_name_created_by_a_list_of_subjects_credits_the_whole_list():
    found = glossary("More recently, the United Kingdom, Italy and Japan launched the Global Combat Air Programme to "
                     "develop a next-generation fighter.")
    assert found["Global Combat Air Programme"][1] == (
        "A programme launched by the United Kingdom, Italy and Japan to develop a next-generation fighter.")


def test_a_name_created_by_a_coordination_the_list_cannot_read_credits_no_one():
    found = glossary("In 1961 those three states and the Netherlands formed the North Sea Pilotage Group to train "
                     "harbour pilots.")
    assert found["North Sea Pilotage Group"][1] == "A group formed to train harbour pilots."


def test_a_name_created_by_one_subject_keeps_it():
    found = glossary("Aldus Manutius founded the Aldine Press in Venice in 1494 to print the Greek classics.")
    assert found["Aldine Press"][1] == "A press founded by Aldus Manutius in Venice in 1494 to print the Greek classics."


def test_a_name_given_only_its_maker_and_date_is_no_entry():
    # "A press founded by Aldus Manutius in 1494." says who and when, not what the press was or did.
    assert "Aldine Press" not in glossary("Aldus Manutius founded the Aldine Press in Venice in 1494.")
    assert "Canal Navigation Act" not in glossary("The merchants of the city passed the Canal Navigation Act of 1793.")


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("In 1990 it established the Harbour Pilots Forum, bringing together port officers to share rules.",
                     "Harbour Pilots Forum", "A forum established in 1990, bringing together port officers to share "
                     "rules.", id="a-year-a-pronoun-maker-and-a-participle-purpose"),
        pytest.param("The treaty banned night sailing, and it set up the Ferry Safety Committee to watch how ports "
                     "complied.", "Ferry Safety Committee", "A committee set up to watch how ports complied.",
                     id="a-pronoun-maker-and-a-to-purpose"),
    ],
)
def test_a_name_made_by_a_body_the_sentence_points_to_is_defined_without_the_maker(body, term, definition):
    assert glossary(body)[term][1] == definition


def test_a_name_a_pronoun_only_visited_is_not_defined_by_the_visit():
    assert "Harbour Pilots Forum" not in glossary("In 1990 it visited the Harbour Pilots Forum, bringing together port "
                                                  "officers to share rules.")


def test_a_creator_that_points_back_does_not_define_the_name():
    found = glossary("The Constitutional Reform Act 2005 changed the courts. The same Act created the Supreme Court of "
                     "the United Kingdom, which began work in 2009.")
    assert "created by Act" not in found.get("Supreme Court", ("", ""))[1]


def test_a_name_with_a_date_before_its_which_clause_keeps_the_date_in_the_definition():
    found = glossary("The basis of river law is the Danube Shipping Treaty of 1921, which opens the river to the ships "
                     "of every state.")
    assert found.get("Danube Shipping Treaty") == (
        "programme", "A treaty of 1921 that opens the river to the ships of every state.")


def test_a_name_with_a_common_plural_head_is_defined_by_a_present_tense_which_clause():
    found = glossary("Broader practice is set out in Harbour Pilot Guides, which give captains from different ports the "
                     "same picture of the approach.")
    assert found.get("Harbour Pilot Guides") == (
        "defined", "Guides that give captains from different ports the same picture of the approach.")


def test_a_past_tense_which_clause_does_not_define_a_name_of_unknown_kind():
    found = glossary("In the assembly, the Lower Benches, which demanded one vote per deputy, walked out.")
    assert "Lower Benches" not in found


def test_a_which_clause_after_a_name_inside_an_of_phrase_does_not_define_it():
    found = glossary("Article 9 of the Harbour Pilot Charter, which recognises the right of safe passage, is often "
                     "quoted.")
    assert "Harbour Pilot Charter" not in found


def test_a_name_closing_its_sentence_with_a_creation_and_its_purpose_is_defined_by_them():
    found = glossary("The oldest arrangement grew from the Harbour Pilot Agreement, signed by Ruritania and Freedonia "
                     "in 1921 to continue the close river partnership of the war.")
    assert found.get("Harbour Pilot Agreement") == (
        "programme", "An agreement signed by Ruritania and Freedonia in 1921 to continue the close river partnership "
                     "of the war.")


def test_a_name_closing_its_sentence_with_a_creation_but_no_purpose_is_not_defined_by_it():
    found = glossary("The oldest arrangement grew from the Harbour Pilot Agreement, signed by Ruritania and Freedonia "
                     "in 1921 in the capital.")
    assert not found.get("Harbour Pilot Agreement", ("", ""))[1].startswith("An agreement signed")


def test_two_names_joined_by_and_give_the_last_its_which_clause():
    found = glossary("Examples include the NATO Science and River Organization and The Lock Cooperation "
                     "Program, which links four river ports.")
    assert found.get("Lock Cooperation Program") == ("programme", "A program that links four river ports.")
    assert not any(" and The " in term for term in found)


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Since 1995 the council has run the Military World Games, in which athletes in uniform compete "
                     "in many events.", "Military World Games",
                     "Games in which athletes in uniform compete in many events.", id="plural-head-in-which"),
        pytest.param("Some schemes, such as the Harbour Repair Fund, through which ports share the cost of repairs, "
                     "last decades.", "Harbour Repair Fund",
                     "A fund through which ports share the cost of repairs.", id="singular-through-which"),
    ],
)
def test_a_name_with_a_prepositional_relative_is_defined_by_its_head_and_the_relative(body, term, definition):
    assert glossary(body).get(term, ("", ""))[1] == definition


@pytest.mark.parametrize(("text", "name", "definition"), [
    ("In 2019 the WMO adopted a Clean Water Action Plan, committing towns to test their wells every year.",
     "Clean Water Action Plan", "A plan adopted by WMO, committing towns to test their wells every year."),
    ("The union later established a Coastal Survey Centre of Research in Bergen to map the seabed along the "
     "northern coast.", "Coastal Survey Centre of Research",
     "A centre established in Bergen to map the seabed along the northern coast."),
    ("The River Treaty of 1990 created a Joint Water Office in Basel, bringing together engineers from the three "
     "states to share flood forecasts.", "Joint Water Office",
     "An office created by the River Treaty of 1990 in Basel, bringing together engineers from the three states to "
     "share flood forecasts."),
])
def test_a_new_thing_created_with_its_purpose_is_defined_by_the_purpose(text, name, definition):
    assert glossary(text).get(name, ("", ""))[1] == definition


def test_a_new_thing_created_without_a_purpose_is_not_defined_by_its_creation():
    assert "Clean Water Action Plan" not in glossary("In 2019 the league adopted a Clean Water Action Plan.")



def _named_candidates(sentence: str, term: str) -> list[str]:
    from lessontext.document import parse_document
    from lessontext.glossary.extract import collect_candidates
    from lessontext.glossary.rules.named import NAMED

    candidates, _context = collect_candidates(parse_document(f"# Lesson\n\n{sentence}\n"), [NAMED])
    return [c.definition for c in candidates if c.term == term]


@pytest.mark.parametrize(
    ("sentence", "term", "definition"),
    [
        ("A Second Harbour Accord, signed at the same time, sets fees for the use of the docks, while the old rules "
         "lapsed.", "Second Harbour Accord", "An accord that sets fees for the use of the docks."),
        ("The Upper Valley Commission, chaired by the mayor, manages the dams on the river.",
         "Upper Valley Commission", "A commission that manages the dams on the river."),
        # A past main verb tells what the body did, not what it is: the participle, headed by the name's kind word.
        ("The Lower Valley Assembly, organised by districts, elected judges and passed laws.",
         "Lower Valley Assembly", "An assembly organised by districts."),
    ],
)
def test_an_interrupting_participle_gives_way_to_a_present_main_verb(sentence, term, definition):
    assert _named_candidates(sentence, term) == [definition]


@pytest.mark.parametrize(
    ("sentence", "term", "definition"),
    [
        # The kind is the word before the name's "of"/"on"/"for", not its last word.
        ("Disputes go to the Commission on River Boundaries in Basel, which settles claims between riparian towns.",
         "Commission on River Boundaries", "A commission in Basel that settles claims between riparian towns."),
        ("Ferries are inspected by the Office for the Safety of Inland Shipping, whose surveyors board vessels at "
         "every lock.", "Office for the Safety of Inland Shipping",
         "An office whose surveyors board vessels at every lock."),
        # A name opened by an acronym goes on through its "of".
        ("Training runs through the EURIV Centre of Excellence for River Pilotage in Linz, which supports courses "
         "and drills.", "EURIV Centre of Excellence for River Pilotage",
         "A centre in Linz that supports courses and drills."),
        # A founding aside that only says when does not hide the relative after it.
        ("Cargo on the canal is cleared by the Lock Inspection Mechanism, created in 2016, which checks manifests "
         "before boats arrive.", "Lock Inspection Mechanism",
         "A mechanism that checks manifests before boats arrive."),
    ],
)
def test_a_name_with_of_or_for_inside_is_defined_by_its_kind_and_what_it_does(sentence, term, definition):
    assert _named_candidates(sentence, term) == [definition]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # A "whose" clause about the name, or about when its text was made, says nothing of what the body does.
        ("Boats are licensed by the Office for Inland Shipping, whose full name is longer still.",
         "Office for Inland Shipping"),
        ("The towns signed the Protocol on Lock Fees, whose text was approved in 1997, and then the quays opened.",
         "Protocol on Lock Fees"),
        # A "whose" clause that leans on a pronoun.
        ("Boats are licensed by the Office for Inland Shipping, whose officers check their papers.",
         "Office for Inland Shipping"),
    ],
)
def test_a_whose_clause_that_does_not_say_what_the_body_does_is_no_definition(sentence, term):
    assert not any(d.startswith(("An office whose", "A protocol whose")) for d in _named_candidates(sentence, term))


@pytest.mark.parametrize(
    ("sentence", "not_a_name"),
    [
        # "and the" joins two names; it is not inside one.
        ("Ruritania and the Freedonian Republic, which share a long river border, run joint ferry patrols.",
         "Ruritania and the Freedonian Republic"),
        ("Reports pass through the River Watch and the Lock Telegraph System, which carries water levels.",
         "River Watch and the Lock Telegraph System"),
    ],
)
def test_and_the_between_capitalised_words_ends_a_name(sentence, not_a_name):
    assert _named_candidates(sentence, not_a_name) == []


@pytest.mark.parametrize(
    ("sentence", "term", "definition"),
    [
        # A code name's kind comes first: an operation, not "a guardian".
        ("The navies took part in Operation River Guardian, which patrols the delta every night.",
         "Operation River Guardian", "An operation that patrols the delta every night."),
        ("Several ports joined Exercise Harbour Falcon, which tests how pilots share radio calls.",
         "Exercise Harbour Falcon", "An exercise that tests how pilots share radio calls."),
        # A plural last word is the head itself: "Project ... Offices" are offices.
        ("Staff were moved into Project Planning Offices, which oversee every contract.",
         "Project Planning Offices", "Offices that oversee every contract."),
    ],
)
def test_a_code_name_after_its_kind_is_defined_by_that_kind(sentence, term, definition):
    assert _named_candidates(sentence, term) == [definition]


def test_a_code_name_whose_relative_only_dates_it_is_not_defined():
    definitions = _named_candidates("The navies later joined Operation River Shield, which ended in 2016.",
                                    "Operation River Shield")
    assert not any(d.startswith(("An operation that", "A shield that")) for d in definitions)


@pytest.mark.parametrize(
    ("sentence", "term", "definitions"),
    [
        # The name opens the sentence: the participle set off after it is its own, headed by its kind word.
        ("The Hill Farmers Council, elected by the villages, met twice a year.",
         "Hill Farmers Council", ["A council elected by the villages."]),
        ("In the old kingdom, the Northern River Assembly, organised by parishes, chose the judges.",
         "Northern River Assembly", ["An assembly organised by parishes."]),
        # The name is a preposition's object inside a longer predicate: the participles list the SUBJECT's
        # properties ("each school is opened by ..., funded by ... and run by ..."), so the name gets none.
        ("Each school is opened by an order of the Board of Rural Education, funded by local taxes and run by "
         "parents.", "Board of Rural Education", []),
        ("The boats were inspected by officers of the Harbour Safety Office, paid by the ferry companies.",
         "Harbour Safety Office", []),
        # How it came about, with no kind of its own: still left out, as the origin gate leaves it out.
        ("The Coastal Walking Trust, founded by two teachers, bought the cliffs.", "Coastal Walking Trust", []),
        # A past form followed by its object is the main verb, not a participle.
        ("RBA, the River Basin Authority, built the dams in the valley, and the towns paid for them.",
         "River Basin Authority", []),
    ],
)
def test_a_bare_participle_gets_the_kind_word_only_where_it_describes_the_name(sentence, term, definitions):
    assert _named_candidates(sentence, term) == definitions


@pytest.mark.parametrize(
    ("before", "attaches"),
    [
        ("", True),
        ("The ", True),
        ("In the old kingdom, the ", True),
        ("Each school is opened by an order of the ", False),
        ("The boats were inspected by officers of the ", False),
        ("Funding comes from the ", False),
    ],
)
def test_a_clause_after_a_name_attaches_to_it_only_when_the_name_is_the_subject(before, attaches):
    from lessontext.glossary.rules.named import clause_attaches_to_name

    assert clause_attaches_to_name(before) is attaches


def test_a_name_opened_by_an_acronym_runs_on_through_and_before_capitalised_words():
    from tests.lessontext.glossary.support import glossary

    found = glossary("In 2004 the member states signed the OECD Convention on Customs Procedures and Trade "
                     "Facilitation in Paris. The treaty is long.")
    assert "OECD Convention on Customs Procedures" not in found
    names = [t for t in found if t.startswith("OECD Convention")]
    assert names in ([], ["OECD Convention on Customs Procedures and Trade Facilitation"]), names


def test_a_relative_after_a_name_inside_another_nouns_phrase_is_not_its_definition():
    # "which links ..." may tell of the road, not the river the road runs along.
    found = glossary('The busiest route is the "Amber Road" along the Vistula River, which links Krakow and Gdansk.')
    assert "Vistula River" not in found
    found = glossary("In 1990 the states signed the Baltic Fisheries Convention, which sets quotas for herring.")
    assert found["Baltic Fisheries Convention"][1] == "A convention that sets quotas for herring."


def test_a_fronted_comparison_is_not_part_of_the_name():
    found = glossary("Unlike the Hague Fisheries Convention, which has its own inspectors, the Baltic pact relies on "
                     "reports.")
    assert not any(term.startswith("Unlike") for term in found)
    assert found["Hague Fisheries Convention"][1] == "A convention that has its own inspectors."


def test_equipment_named_by_its_own_last_word_is_defined_by_that_word():
    # The kind comes from the name ("... Space Telescope"), not from a lower-case word after it: this crashed.
    found = glossary("The Kepler Space Telescope, pointed at one patch of sky, found thousands of planets.")
    assert found["Kepler Space Telescope"][1] == "A telescope pointed at one patch of sky."
    assert "Hubble Space Telescope" not in glossary(
        "Images from the Hubble Space Telescope, orbiting above the atmosphere, show plumes.")


def test_a_verb_and_its_object_after_a_name_are_no_circumstances_of_it():
    # test-do, both raters: "Cornell University: A university that developed large-scale captive breeding."
    check("In 1970 Tom Cade, an ornithologist and falconer at Cornell University, founded The Peregrine Fund, which "
          "developed large-scale captive breeding.", {}, ("Cornell University",))


def test_a_relative_after_the_names_of_an_experiments_authors_is_the_experiments():
    """test-dr, both raters: "Jerome Bruner and Leo Postman: A postman in which people shown trick playing cards ..."."""
    found = glossary("He also drew on a psychological experiment by Jerome Bruner and Leo Postman, in which people shown "
                     "trick playing cards often failed to notice anything odd.")
    assert not any("Postman" in term for term in found)
