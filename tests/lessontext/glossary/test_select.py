"""lessontext.glossary.select: readable definitions and merging candidates into terms."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import valid_term
from lessontext.glossary.clauses import told_step
from lessontext.glossary.select import make_readable, merge_candidates, undated_name
from tests.lessontext.glossary.support import glossary


def test_readable_keeps_a_noun_phrase():
    section = parse_document("# T\n\n## S\n\nText here.\n").sections[-1]
    candidate = Candidate("contract", "An agreement the law enforces.", "defined", section, "s", 0.8, "pattern")
    assert make_readable(candidate) == candidate


def test_label_keeps_its_number_and_a_proper_kind_needs_a_name():
    text = (
        "# Rivers\n\n- Tributary: a smaller river that joins a larger one.\n\n"
        "Some tributaries are long. Other tributaries are short. Large tributaries flood.\n\n"
        "Blood pressure (BP) is the force that blood exerts on the walls of the arteries.\n"
    )
    found = {t.term: t for t in extract_glossary(parse_document(text))}
    assert "Tributary" in found and found["Tributary"].aliases == ("tributaries",)
    assert found["Blood pressure"].kind == "acronym"


@pytest.mark.parametrize(
    ("definition", "vacuous"),
    [
        ("One of the quieter tools of foreign policy.", True),
        ("A crucial instrument of statecraft.", True),
        ("A tool that cuts sheet metal.", False),
        ("The ability of different armies to work together.", False),
        ("A group of notes sounded together.", False),
        ("The group of sharps or flats written at the start of each line of music.", False),
        ("A group of notes.", True),
        ("A set of guidelines on reporting and watch-keeping for crews.", False),
        ("A set of ideas on trade.", True),
        ("A term covering satellite images and radar.", False),
        ("An important term in diplomacy.", True),
        ("A method for finding a position from speed and time.", False),
        ("A simple framework for dividing income into three parts.", False),
    ],
)
def test_importance_claims_are_not_definitions(definition, vacuous):
    from lessontext.glossary.checks import is_vacuous

    assert is_vacuous(definition) is vacuous


def test_readable_moves_a_bracketed_acronym_out_of_the_term():
    section = parse_document("# T\n\n## S\n\nText here.\n").sections[-1]
    candidate = Candidate("live exercise (LIVEX)", "An exercise that deploys real troops.", "defined", section, "s",
                          0.7, "pattern")
    readable = make_readable(candidate)
    assert readable is not None
    assert (readable.term, readable.aliases) == ("live exercise", {"LIVEX"})


def test_terms_are_whole_names():
    assert not valid_term("other's territory")
    assert not valid_term("Live exercise (LIVEX")
    assert valid_term("Newton's cradle", strict=False)
    assert valid_term("live exercise")


@pytest.mark.parametrize(
    ("term", "definition", "kept"),
    [
        ("ohmic resistor", "Resistors like these.", False),
        ("linear material", "Materials that behave this way.", False),
        ("Smith", "The oldest of the three.", False),
        ("charter", "The most important document.", False),
        ("field hospital", "One of the clearest examples of how armies cooperate.", False),
        ("envelope method", "A habit, not a rule.", False),
        ("Mercury", "The smallest planet in the solar system.", True),
        ("semitone", "The smallest of the twelve equal steps of an octave.", True),
        ("interest", "The interest paid on a loan.", True),
        ("law of demand", "A law that states that demand falls as price rises.", True),
        ("survey", "A study that states that most people agree.", False),
        ("Late Baroque", "A baroque that the years after 1700 are called.", False),
        ("trade blocs", "Blocs that Under the treaty sit groups called or TBs.", False),
        ("quorum", "The smallest number of members who must be present for a vote to count.", True),
        ("tu quoque", "A related move.", False),
        ("mine action", "The broader field.", False),
        ("treaty", "The same year the Ban Convention.", False),
        ("isotope", "A related form of an element that has a different number of neutrons.", True),
        ("dental", "The same place as the teeth but further back in the mouth and throat.", True),
        ("marble bust", "One of the first portraits carved since the fall of Rome.", False),
        ("main obstacle", "One of money.", False),
        ("tithe", "One of several taxes paid to the church.", True),
        ("quartz", "One of the commonest minerals in granite.", False),
        ("second tax", "A tax like the former, paid twice a year.", False),
        ("aid scheme", "A scheme that helps the former Harbour States keep their tugs.", True),
        ("ohmic conductor", "Components that behave like these.", False),
        ("glacial lake", "A lake in a hollow such as those carved by retreating ice.", True),
        ("hydrothermal vent", "An opening in the sea floor, such as those around volcanic ridges.", True),
        ("crotchet rest", "A sign that sits in the middle of the five-line stave.", True),
        ("youngest moon", "The smallest of the four.", False),
    ],
)
def test_readable_drops_definitions_bound_to_their_context_or_only_ranking(term, definition, kept):
    section = parse_document("# T\n\n## S\n\nText here.\n").sections[-1]
    candidate = Candidate(term, definition, "defined", section, "s", 0.8, "pattern")
    assert (make_readable(candidate) is not None) is kept


@pytest.mark.parametrize(
    ("term", "definition", "sentence", "source", "kept"),
    [
        ("Ada Byron", "A mathematician who wrote the first published program.", "s", "pattern", False),
        ("Jan van Eyck", "A painter from Bruges.", "s", "pattern", False),
        ("Fugger", "A merchant who lent money to emperors.", "Loans came from Fugger, a merchant who lent money.",
         "pattern", False),
        # A singular noun with no article opening a sentence is a name.
        ("Fugger", "A merchant who lent money to emperors.", "Fugger, a merchant who lent money.", "pattern", False),
        ("Merchant", "A trader who lent money to emperors.", "Merchant: a trader who lent money.", "pattern", True),
        ("Fuggers", "A merchant family who lent money to emperors.", "Loans came from the Fuggers, a merchant family.",
         "pattern", True),
        ("Prince", "A son of a king.", "The Prince ruled.", "label", True),
        ("court painter", "A painter employed by a royal household.", "s", "pattern", True),
        ("Privy Council", "A body of advisers to the monarch.", "s", "pattern", True),
        ("Royal Society", "A society of natural philosophers and scientists.", "s", "pattern", True),
    ],
)
def test_readable_drops_a_person_described_by_who_they_were(term, definition, sentence, source, kept):
    section = parse_document("# T\n\n## S\n\nText here.\n").sections[-1]
    candidate = Candidate(term, definition, "defined", section, sentence, 0.8, source)
    assert (make_readable(candidate) is not None) is kept


def test_a_label_telling_a_stage_yields_to_the_gloss_of_its_sentence():
    text = ("# Stars\n\n## Stages\n\n- **Red giant**: the outer layers of the star swell and cool.\n"
            "- **White dwarf**: the exposed core remains as a **white dwarf**, an object with about the mass of the "
            "Sun packed into a volume the size of the Earth.\n")
    found = {t.term: t.definition for t in extract_glossary(parse_document(text))}
    assert found["White dwarf"] == ("An object with about the mass of the Sun packed into a volume the size of the "
                                    "Earth.")


def test_a_label_telling_one_step_of_a_case_yields_to_the_gloss_of_a_bold_term():
    text = ("# Reflexes\n\n## Parts\n\nThe response is made by a **responder**, which is either a muscle that "
            "contracts or a gland that releases a hormone.\n\n## A worked case\n\n- Sensor: the skin detects heat\n"
            "- Responder: the muscle contracts and pulls the hand away\n")
    found = {t.term: t.definition for t in extract_glossary(parse_document(text))}
    assert found["Responder"] == "Either a muscle that contracts or a gland that releases a hormone."


@pytest.mark.parametrize(
    ("definition", "step"),
    [
        ("The muscle contracts and pulls the hand away.", True),
        ("The narration stays close to one character's perceptions.", True),
        ("The tangible clues that help customers judge a service.", False),
        ("A muscle contracts.", False),
        ("The rules of the game.", False),
    ],
)
def test_told_step(definition, step):
    assert told_step(definition) is step


def test_a_label_that_names_its_term_stays_when_no_sentence_glosses_it():
    text = ("# Food\n\n## Energy\n\n- **Thermic effect**: digesting food uses energy; this is the thermic effect, "
            "about a tenth of intake.\n")
    found = {t.term: t.definition for t in extract_glossary(parse_document(text))}
    assert found.get("Thermic effect", "").startswith("Digesting food uses energy")


def test_another_name_yields_to_the_gloss_the_sentence_gives():
    text = ("# Learning\n\n## Consequences\n\nSkinner studied rats and pigeons in an operant chamber, often called a "
            "Skinner box, a cage in which an animal could press a lever to receive food.\n")
    found = {t.term: t.definition for t in extract_glossary(parse_document(text))}
    assert found.get("Skinner box") == "A cage in which an animal could press a lever to receive food."
    assert "Box" not in found


def test_another_name_given_with_more_confidence_still_yields_to_what_the_sentence_says():
    # The other name is never published as a definition (publish.NAME_ONLY_RULES): the term must not be lost
    # because that name was surer than the sentence that explains the thing.
    text = ("# Ports\n\nThe result was the Harbour Pilotage Rules, known as HPRs, which were deliberately modelled on "
            "the civil rules of the port authorities.\n")
    found = {t.term: t.definition for t in extract_glossary(parse_document(text))}
    assert found.get("HPRs", "").startswith("Harbour Pilotage Rules, which were deliberately modelled")


def test_a_word_mentioned_as_a_word_is_the_term_without_its_quotes():
    text = ("# Learning\n\n## Words\n\nSkinner studied consequences. The term \"operant\" refers to behaviour that "
            "operates on the environment to produce an effect.\n")
    found = {t.term: t.definition for t in extract_glossary(parse_document(text))}
    assert found.get("Operant") == "Behaviour that operates on the environment to produce an effect."


def test_a_plural_gloss_keeps_the_plural_it_defines():
    """"**enzymes**, which are biological catalysts ..." is not shown as "Enzyme" because the text says "an enzyme"."""
    found = glossary("Digestion relies on **enzymes**, which are biological catalysts made of protein. An enzyme in"
                     " saliva speeds digestion. Each enzyme has a shape.")
    assert found == {"Enzymes": ("defined", "Biological catalysts made of protein.")}


def test_so_called_is_no_part_of_the_headword():
    found = glossary("The hardest case is the so-called rogue wave, a wave more than twice the height of those around"
                     " it. Most of the sailors in the fleet have never seen one of them at all.")
    assert found.get("Rogue wave") == ("defined", "A wave more than twice the height of those around it.")


def test_a_spelled_out_acronym_never_wins_the_merge_over_a_sentence_that_explains_the_name():
    section = parse_document("# Rescue\n\nText.\n").sections[0]
    spelled = Candidate("HRC", "Harbour Rescue Centre.", "organisation", section, "s", 0.7, "acronym",
                        {"Harbour Rescue Centre"})
    named = Candidate("City Harbour Rescue Centre", "A centre that trains lifeboat crews.", "organisation", section,
                      "s", 0.55, "named", {"HRC"})
    terms = merge_candidates([spelled, named], parse_document("# Rescue\n\nThe HRC trains crews.\n"))
    assert [(t.term, t.definition) for t in terms] == [
        ("City Harbour Rescue Centre", "A centre that trains lifeboat crews.")]


def test_an_acronym_group_shows_the_full_name_the_explaining_sentence_gives():
    """The acronym spells a shorter name ("Department of Harbour Works") than the sentence's subject."""
    found = glossary("The City Department of Harbour Works (DHW) inspects the quays and locks every spring. The DHW "
                     "was the first of its kind in the region and it is still one of the best known.")
    assert found.get("City Department of Harbour Works", ("", ""))[1] == (
        "A department that inspects the quays and locks every spring.")
    assert "DHW" not in found


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        # A label naming a body is a proper name and keeps its capitals.
        ("Regional Water Council", "Regional Water Council"),
        ("Harbour Relief Fund", "Harbour Relief Fund"),
        ("Board of Trade Commission", "Board of Trade Commission"),
        # A Title Case label of common words is shown in sentence case.
        ("Crop Rotation", "Crop rotation"),
        ("Flood Plain Zoning", "Flood plain zoning"),
    ],
)
def test_a_title_case_label_keeps_its_capitals_only_when_it_names_a_body(label, shown):
    text = (f"# Bodies\n\n- **{label}**: a group of people who plan the use of water across the region.\n"
            "- **Other Things**: matters that the lesson does not explain here.\n")
    terms = {t.term.lower(): t.term for t in extract_glossary(parse_document(text))}
    assert terms[label.lower()] == shown


@pytest.mark.parametrize(
    ("definition", "readable"),
    [
        # a defining noun phrase, then an instance that uses the (blanked) term: the noun phrase is the definition
        ("A small body that circles a planet; the Moon is the only natural ___ of the Earth.",
         "A small body that circles a planet."),
        ("The share of a loan charged as interest each year; a ___ of 5% means 5 pounds on every 100.",
         "The share of a loan charged as interest each year."),
        # the blank inside the defining part, or no noun phrase before the semicolon: still unreadable
        ("A shortening of \"___ is\"; it keeps its apostrophe.", None),
        ("Used in every kitchen; a ___ cuts bread.", None),
    ],
)
def test_a_clause_that_uses_the_term_is_cut_off(definition, readable):
    section = parse_document("# T\n\n## S\n\nText here.\n").sections[-1]
    candidate = Candidate("moonlet", definition, "defined", section, "s", 0.85, "pattern", mask=True)
    found = make_readable(candidate)
    assert (found.definition if found else None) == readable


def test_a_name_aside_gives_way_to_another_rule_reading_the_same_noun_phrase():
    document = parse_document("# Steppe\n\n## Rule\n\nThe chiefs met in a great council of clan leaders.\n")
    section = document.sections[-1]
    aside = Candidate("moot", "A great council of clan leaders.", "defined", section, "s", 0.8, "pattern",
                      rule="named_aside")
    called = Candidate("moot", "A great council of clan leaders.", "defined", section, "s", 0.8, "pattern",
                       rule="called")
    pointer = Candidate("moot", "The high council.", "defined", section, "s", 0.8, "pattern", rule="called")
    assert merge_candidates([aside, called], document)[0].rule == "called"
    # a short phrase that only points to another name stays behind the aside (which is never published)
    assert merge_candidates([aside, pointer], document)[0].rule == "named_aside"


@pytest.mark.parametrize(("term", "expected"), [
    ("Kyoto Protocol of 1997", "Kyoto Protocol"),
    ("Law of the Sea of 1982", "Law of the Sea"),
    ("Games of 2020", None),  # one word: no name to keep without the year
    ("Rule of 72", None),
    ("Harbour Accord", None),
])
def test_undated_name(term, expected):
    assert undated_name(term) == expected


@pytest.mark.parametrize(
    ("opening", "shown"),
    [
        # Written in capitals only inside longer names ("the Tidal Marsh Trust"): the lesson's own lower case wins.
        ("A tidal marsh is a wetland that the sea floods twice a day.", "Tidal marsh"),
        ("The tidal marsh, a coastal habitat, is a wetland that the sea floods twice a day.", "Tidal marsh"),
    ],
)
def test_capitals_inside_a_longer_name_do_not_decide_how_the_term_is_shown(opening, shown):
    text = (f"# Marshes\n\n{opening} Volunteers from the Tidal Marsh Trust count its birds every spring. "
            "Each year the Tidal Marsh Survey reports the numbers to the council.\n")
    assert [t.term for t in extract_glossary(parse_document(text))] == [shown]


def test_a_name_written_alone_with_its_capitals_keeps_them():
    text = ("# Boards\n\nThe Harbour Board is a body that runs the docks of the town. "
            "Every year the Harbour Board sets the fees for ships, and the Harbour Board Office collects them.\n")
    assert [t.term for t in extract_glossary(parse_document(text))] == ["Harbour Board"]


def test_a_symbol_with_a_prime_keeps_its_prime():
    """test-en, both raters: "R_A: A's new rating" (R_A is the rating before the game; R'_A the new one)."""
    from tests.lessontext.glossary.support import glossary

    assert glossary("R_A and R_B are the ratings before the game. R'_A is A's new rating. Here R_B − R_A = 200, so "
                    "R_A gains.") == {"R'_A": ("defined", "A's new rating.")}
