"""extract_glossary across document shapes: what a teacher would accept, nothing invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessontext.document import parse_document
from lessontext.glossary import KINDS, extract_glossary

ROOT = Path(__file__).resolve().parents[3]


def glossary(text: str) -> dict[str, tuple[str, str]]:
    """{term: (kind, definition)} for ``text``."""
    return {t.term: (t.kind, t.definition) for t in extract_glossary(parse_document(text))}


SHAPES = [
    pytest.param(
        "# Poems\n\nA stanza of two rhyming lines is a **couplet**; a stanza of four lines is a **quatrain**.\n\n"
        "## Money\n\n**Gross income** is what you earn before any deductions; net income, often called take-home "
        "pay, is what remains after taxes.\n",
        {
            "Couplet": ("defined", "A stanza of two rhyming lines."),
            "Quatrain": ("defined", "A stanza of four lines."),
            "Gross income": ("defined", "What you earn before any deductions."),
        },
        id="semicolon-joins-two-definitions",
    ),
    pytest.param(
        "# Soil\n\nSoil has layers. These include:\n\n"
        "- **Topsoil**: the upper layer of soil, rich in organic matter.\n"
        "- **Subsoil**: the layer beneath the topsoil, with more clay.\n"
        "- **Bedrock**: the solid rock below all soil layers.\n",
        {
            "Topsoil": ("defined", "The upper layer of soil, rich in organic matter."),
            "Subsoil": ("defined", "The layer beneath the topsoil, with more clay."),
            "Bedrock": ("defined", "The solid rock below all soil layers."),
        },
        id="bold-label-colon",
    ),
    pytest.param(
        "# Rights\n\n"
        "- **Habeas corpus** — a court order requiring that a detained person be brought before a judge.\n"
        "- **Due process** — the principle that the state must respect all legal rights owed to a person.\n",
        {
            "Habeas corpus": ("defined", "A court order requiring that a detained person be brought before a judge."),
            "Due process": ("defined", "The principle that the state must respect all legal rights owed to a person."),
        },
        id="bold-label-dash",
    ),
    pytest.param(
        "# Music\n\n"
        "- Tempo: the speed at which a piece of music is played.\n"
        "- Timbre: the quality that makes one instrument sound different from another.\n"
        "- Building Skills: practise daily to improve your technique.\n"
        "- Example: a violin and a flute playing the same note.\n",
        {
            "Tempo": ("defined", "The speed at which a piece of music is played."),
            "Timbre": ("defined", "The quality that makes one instrument sound different from another."),
        },
        id="plain-label-no-bold-skips-actions-and-asides",
    ),
    pytest.param(
        "# Grammar\n\n**Noun.** A word that names a person, place, thing or idea.\n\n"
        "Verb: a word that describes an action or a state.\n",
        {
            "Noun": ("defined", "A word that names a person, place, thing or idea."),
            "Verb": ("defined", "A word that describes an action or a state."),
        },
        id="labelled-paragraphs",
    ),
    pytest.param(
        "# Economics\n\nInflation is a general rise in the prices of goods and services over time. "
        "Opportunity cost refers to the value of the next best alternative that is given up. "
        "A monopoly can be defined as a market with a single seller. Economists study markets.\n",
        {
            "Inflation": ("defined", "A general rise in the prices of goods and services over time."),
            "Opportunity cost": ("defined", "The value of the next best alternative that is given up."),
            "Monopoly": ("defined", "A market with a single seller."),
        },
        id="definitional-sentences",
    ),
    pytest.param(
        "# Cells\n\nInside the nucleus is a dense region called the nucleolus, which makes ribosomes.\n",
        {"Nucleolus": ("defined", "A dense region that makes ribosomes.")},
        id="called-gives-what-is-named",
    ),
    pytest.param(
        "# Physics\n\nIn 1905, Albert Einstein, a clerk at the patent office in Bern, published four papers. "
        "Light travels as photons, the smallest packets of electromagnetic energy that can exist.\n",
        # A person glossed by background alone ("a clerk at the patent office") is no entry (``background_only``).
        {"Photons": ("defined", "The smallest packets of electromagnetic energy that can exist.")},
        id="appositives",
    ),
    pytest.param(
        "# Health\n\nThe World Health Organization (WHO) coordinates international health work. "
        "Body mass index (BMI) is a rough measure of body fat. Many countries are members of the UN. "
        "The EU sets common rules for trade between its members. Doctors often work with the NATO medical corps.\n",
        {
            "Body mass index": ("acronym", "A rough measure of body fat."),
            "World Health Organization": ("organisation", "An organization that coordinates international health work."),
            # A well-known acronym is explained only by a sentence saying what it is for, never by a mention
            # in passing (UN, NATO) or by what it does in the lesson (EU).
        },
        id="acronyms-with-and-without-expansion",
    ),
    pytest.param(
        "# Navy\n\nThe navy took part in Sea Breeze-2021, a multinational exercise held in the Black Sea. "
        "The HORIZON frigate, built in France, entered service in 2008. Several ships joined the exercise.\n",
        {
            "Sea Breeze-2021": ("exercise", "A multinational exercise held in the Black Sea."),
            "HORIZON frigate": ("equipment", "A frigate built in France."),
        },
        id="named-exercise-and-equipment",
    ),
    pytest.param(
        "# Rivers\n\nRivers shape the land around them. Over thousands of years they carve valleys and carry "
        "sediment to the sea. People have always settled near rivers because they provide water, food and "
        "transport.\n\nSome rivers flood every year. The floods bring fertile soil to the plains.\n",
        {},
        id="prose-that-defines-nothing",
    ),
    pytest.param(
        "# Python\n\nA variable is a name that refers to a value.\n\n"
        "```python\n# A comment is text the interpreter ignores.\nx = 1\n```\n\n"
        "    A constant is a value that never changes.\n\n"
        "| Term | Meaning |\n|---|---|\n| Loop | A block that repeats. |\n",
        {"Variable": ("defined", "A name that refers to a value.")},
        id="code-blocks-and-tables-ignored",
    ),
    pytest.param("# Just a title\n", {}, id="title-only"),
    pytest.param(
        "# La photosynthèse\n\nLa photosynthèse est le processus par lequel les plantes vertes produisent de la "
        "matière organique à partir de la lumière du soleil. Elle a lieu dans les chloroplastes des feuilles.\n",
        {},
        id="non-english",
    ),
    pytest.param(
        "# Conclusion\n\n## Conclusion\n\n- **Summary**: this lesson covered many things.\n"
        "- **Examples**: see the list above.\n\n"
        "A major example is the partnership with the city. The main aspect is a component of the role.\n",
        {},
        id="generic-words-are-never-terms",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_document_shapes(text, expected):
    assert glossary(text) == expected


def test_term_fields():
    text = "# T\n\n## Key terms\n\n- **Defense Attachés**: officers who act as a liaison between armed forces.\n"
    (term,) = extract_glossary(parse_document(text))
    assert term.term == "Defense attachés"
    assert term.key == "defense attache"
    assert term.section_anchor == "key-terms"
    assert term.sentence == "Defense Attachés: officers who act as a liaison between armed forces."
    assert term.aliases == ("Defense attaché",)
    assert term.kind in KINDS
    assert 0 < term.confidence <= 1


def test_spelling_variant_and_running_text_form_become_aliases():
    text = (
        "# Security\n\n- Co-operative Security: states often engage in cooperative security with allies.\n"
    )
    (term,) = extract_glossary(parse_document(text))
    assert (term.term, term.key, term.aliases) == (
        "Cooperative security", "cooperative security", ("Co-operative Security",)
    )
    # A label's body is kept as written: a blank would turn it into a cloze.
    assert term.definition == "States often engage in cooperative security with allies."


def test_definitions_never_start_unresolved_or_carry_markdown():
    text = (
        "# T\n\nThis is a pronoun sentence. It is another one. "
        "**Photosynthesis** is *the* process by which plants make `sugar`.\n"
    )
    assert glossary(text) == {"Photosynthesis": ("defined", "The process by which plants make sugar.")}


def test_output_is_deterministic_and_sorted():
    text = SHAPES[4].values[0]
    first = extract_glossary(parse_document(text))
    assert first == extract_glossary(parse_document(text))
    assert list(first) == sorted(first, key=lambda t: (-t.confidence, t.term.lower()))


def test_near_duplicate_terms_with_the_same_head_are_merged():
    from lessontext.glossary import Term
    from lessontext.glossary.extract import merge_near_duplicates

    def term(name: str, confidence: float) -> Term:
        return Term(term=name, key=name.lower(), definition="Something.", kind="defined", section_anchor="",
                    sentence="", aliases=(), confidence=confidence)

    merged = merge_near_duplicates([term("Military diplomacy", 0.8), term("Convergent boundary", 0.7),
                                    term("Army diplomacy", 0.6), term("Divergent boundary", 0.6)])
    assert [t.term for t in merged] == ["Military diplomacy", "Convergent boundary", "Divergent boundary"]
    assert merged[0].aliases == ("Army diplomacy",)


def test_a_definition_leaning_on_a_demonstrative_is_left_out():
    text = ("# Reform\n\nMany states rebuild their courts. Court reform means reshaping these bodies so that judges "
            "are independent.\n\nJudicial review is the power of courts to strike down laws that break the constitution.\n")
    found = {t.term: t for t in extract_glossary(parse_document(text))}
    assert "Court reform" not in found  # "these bodies": which ones, only the sentence before says
    assert "Judicial review" in found


def test_worked_examples_and_self_checks_name_steps_and_set_ups_not_terms():
    text = (
        "# Circuits\n\n## Resistance\n\n**Resistance** is the opposition a component offers to the flow of current.\n\n"
        "## Worked Example\n\nA 9 V cell is connected to two resistors, one of 3 Ω and one of 6 Ω.\n\n"
        "**Total resistance:** 3 Ω + 6 Ω = 9 Ω.\n\n"
        "**Current from the cell:** I = V / R = 9 V ÷ 9 Ω = 1 A.\n\n"
        "## Check Your Understanding\n\n1. A heater draws 2 A from a 12 V supply. What is its resistance?\n"
    )
    found = {t.term for t in extract_glossary(parse_document(text))}
    assert "Resistance" in found
    assert not found & {"Total resistance", "Current from the cell", "9 V cell", "Heater"}


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        ("In plants and animals, the DNA in each nucleus is packaged into long threads known as **chromosomes**.",
         "Chromosomes", "Long threads into which the DNA in each nucleus is packaged."),
        ("Traits controlled by many genes, such as human height, are called **polygenic**.",
         "Polygenic", "Traits controlled by many genes, such as human height."),
        ("The rightmost bit, worth 1, is called the **least significant bit**, and the leftmost bit, worth the most, "
         "is called the **most significant bit**.", "Most significant bit", "The leftmost bit, worth the most."),
    ],
)
def test_naming_sentences_with_asides_and_bare_plurals(body, term, definition):
    found = {t.term: t.definition for t in extract_glossary(parse_document(f"# Lesson\n\n## Part\n\n{body}\n"))}
    assert found.get(term) == definition


def test_a_clause_after_an_opening_phrase_is_no_appositive():
    body = "In the **upper valley**, the glacier often scrapes the rock bare."
    found = {t.term for t in extract_glossary(parse_document(f"# Lesson\n\n## Part\n\n{body}\n"))}
    assert "Upper valley" not in found


@pytest.mark.parametrize(
    ("definition", "penalised"),
    [
        ("A resolution that denies safe haven to those who plan attacks.", False),
        ("A rule that sets those interests against each other.", True),
        ("A resolution that builds on these principles.", True),
    ],
)
def test_those_who_is_anyone_who_does_not_a_reference_back(definition, penalised):
    from lessontext.glossary.candidate import Candidate
    from lessontext.glossary.extract import _penalise_unresolved

    section = parse_document("# Rules\n\nText.\n").sections[0]
    candidate = Candidate("Resolution 9", definition, "defined", section, definition, 0.6, "named")
    assert (_penalise_unresolved(candidate).confidence < 0.6) is penalised


def test_a_key_facts_or_common_mistakes_list_defines_nothing_and_the_lessons_own_definition_wins():
    found = glossary(
        "# Volcanoes\n\n## How eruptions work\n\nEvery volcano sits above **magma**, the molten rock stored in a chamber "
        "under the crust. Pressure builds as gas collects in the chamber.\n\n## Key facts\n\n"
        "- **Calderas** form when a volcano collapses into its emptied chamber.\n- Shield volcanoes erupt gently.\n\n"
        "## Common mistakes\n\n- Mixing up magma and lava. Magma is one of the sources of lava; it is not the same thing.\n"
    )
    assert found["Magma"][1] == "The molten rock stored in a chamber under the crust."
    assert "Calderas" not in found and "Shield volcanoes" not in found


def test_an_authors_label_in_a_key_facts_list_is_still_a_gloss():
    found = glossary("# Volcanoes\n\n## Key facts\n\n- **Caldera**: a large hollow left when a volcano collapses.\n"
                     "- **Vent**: the opening through which lava escapes.\n")
    assert found["Caldera"][1] == "A large hollow left when a volcano collapses."


def test_a_name_given_while_a_state_lasts_is_rebuilt_round_its_noun_phrase():
    found = glossary("# How a council sets its budget\n\nEach year the council plans its spending. While a spending plan "
                     "is being drafted it is called a **budget**; once the council has voted on it, it becomes the "
                     "**annual accounts** baseline. The finance team checks each line.\n")
    assert found["Budget"][1] == "A spending plan while it is being drafted."


def test_a_bare_singular_name_opening_a_sentence_with_who_the_person_was_is_no_term():
    found = glossary("# The steam engine\n\nThe first engines pumped water from mines. Watt, an engineer and instrument "
                     "maker, added a separate condenser in 1769. A **condenser**, a chamber where steam cools back into "
                     "water, saved fuel. The pharaoh, a king of Egypt, ruled.\n")
    assert "Watt" not in found  # no article before a singular noun: a name
    assert found["Pharaoh"][1] == "A king of Egypt."  # "The pharaoh": a common noun, kept
    assert found["Condenser"][1] == "A chamber where steam cools back into water."


def test_a_refused_definition_falls_back_to_the_next_candidate_of_its_term():
    from lessontext.glossary.candidate import Candidate
    from lessontext.glossary.extract import published_terms

    text = ("# Data\n\n## Odd values\n\nIn the list 3, 4, 5 and 40, the anomaly is the value 40. An anomaly, a value "
            "that lies far from the rest of the data, can pull the mean a long way.\n")
    document = parse_document(text)
    section = document.sections[-1]
    example = Candidate("anomaly", "The value 40.", "defined", section, "In the list 3, 4, 5 and 40, the anomaly is "
                        "the value 40.", 0.7, "pattern", rule="bold_inline")
    gloss = Candidate("anomaly", "A value that lies far from the rest of the data.", "defined", section,
                      "An anomaly, a value that lies far from the rest of the data, can pull the mean a long way.",
                      0.65, "pattern", rule="appositive")
    # the surer candidate alone: an identity with a worked figure, refused, and nothing published
    assert published_terms([example], document) == []
    # beside the appositive, the term falls back to it
    [entry] = published_terms([example, gloss], document)
    assert (entry.term, entry.definition, entry.rule) == ("Anomaly", "A value that lies far from the rest of the data.",
                                                          "appositive")


def test_an_essay_titled_with_a_named_body_defines_it_by_what_it_does():
    found = glossary("# The Harbour Accord\n\nPorts on the northern coast had long quarrelled over dredging. "
                     "The Harbour Accord, signed in 1990, commits its members to share the cost of keeping the "
                     "channels open.\n")
    assert found["Harbour Accord"][1] == ("An accord of 1990 that commits its members to share the cost of keeping the"
                                          " channels open.")


def test_an_essay_titled_with_a_name_of_no_body_keeps_no_rebuilt_event_of_it():
    found = glossary("# The Amber Road\n\nTraders carried amber south for centuries. The Amber Road reminds us that "
                     "the north was linked to the south long before modern trade.\n")
    assert "Amber Road" not in found


def test_a_title_concept_is_still_no_entry_of_its_own_lesson_without_a_defining_sentence():
    found = glossary("# Photosynthesis\n\n## Photosynthesis\n\nPlants make sugar from light. Leaves hold chlorophyll.\n")
    assert "Photosynthesis" not in found


def test_an_appositive_runs_past_the_comma_of_a_number():
    found = glossary("# Rockets\n\nRockets came in many sizes. The navy deployed the KT-40, a mobile rocket with a "
                     "range of about 5,000 kilometres.\n")
    assert found["KT-40"][1] == "A mobile rocket with a range of about 5,000 kilometres."


def test_a_name_one_rule_cut_short_gives_way_to_the_whole_name_read_from_the_same_sentence():
    entries = glossary("# Ports\n\nThe Harbour Agency launched the Harbour Forum for Clean Energy in the Coastal and Port"
                       " Sector in 2015, bringing port engineers together on shore power and cleaner fuels.\n")
    assert entries["Harbour Forum for Clean Energy in the Coastal and Port Sector"][1] == (
        "A forum launched by the Harbour Agency in 2015, bringing port engineers together on shore power and cleaner"
        " fuels.")
    assert "Harbour Forum for Clean Energy" not in entries


def test_no_entry_for_the_everyday_sense_or_the_end_of_a_title():
    """test-da, both raters: "Work: Almost any effort ..." is the sense the lesson sets up to replace, and "Society"
    of "Economy and Society, a vast unfinished work" is the end of a book's title."""
    found = {t.term: t.definition for t in extract_glossary(parse_document(
        "# Work\n\n## Meaning\n\nIn everyday speech, work means almost any effort: revising for an exam or holding a "
        "heavy bag. His ideas are set out in *Economy and Society*, a vast unfinished work published after his death. "
        "A joule is the work done when a force of one newton moves an object one metre.\n"))}
    assert "Work" not in found and "Society" not in found
    assert "Joule" in found
    usage = {t.term for t in extract_glossary(parse_document(
        "# Usage\n\n## Pairs\n\nIn everyday use, *affect* is a verb meaning \"to influence\", while *effect* is a "
        "noun meaning \"a result\".\n"))}
    assert "Affect" in usage  # a usage lesson's own definition (test-aq, accepted by both raters)


def test_no_entry_for_an_example_in_a_series_of_clauses():
    """test-da, both raters rejected "Smoke alarm: An alarm that needs years of steady service"."""
    found = {t.term for t in extract_glossary(parse_document(
        "# Batteries\n\n## Jobs\n\nDifferent jobs need different batteries. A smoke alarm needs years of steady "
        "service; a car starter needs a brief, enormous current; a phone needs the most energy in the least mass.\n"))}
    assert not found & {"Smoke alarm", "Car starter"}
