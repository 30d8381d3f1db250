"""The acronym and named rules: "Expansion (ACR)" pairs, and named programmes, exercises and organisations."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Data travels over a Transmission Control Protocol (TCP) connection, which resends lost bytes.",
            {"Transmission Control Protocol": ("acronym", "A protocol whose connection resends lost bytes.")},
            (),
            id="acronym-before-a-noun-and-a-relative-clause",
        ),
        pytest.param(
            "Between the wards runs **patient transport**, often shortened to PATTRAN, which carries the sick to the"
            " nearest ward.",
            {"Patient transport": ("acronym", "Transport that carries the sick to the nearest ward.")}, (),
            id="expansion-often-shortened-to-acronym",
        ),
        pytest.param(
            "Most web pages are written in HTML, which stands for HyperText Markup Language. It is read by browsers.",
            {}, ("HTML",),  # spelled out only: left out by the expansion_only gate
            id="acronym-which-stands-for-expansion",
        ),
        pytest.param(
            "Inside the city, the Office for the Protection of Historic Buildings, called OPHB, inspects every"
            " repair.",
            {}, ("OPHB", "Office for the Protection"),  # spelled out only: left out
            id="name-comma-called-acronym-keeps-the-whole-name",
        ),
        pytest.param(
            "The next year the International Board for Rail Safety, known as IBRS, was set up to inspect signals."
            " The rules still apply.",
            {"IBRS": ("acronym", "International Board for Rail Safety, which was set up to inspect signals.")}, (),
            id="name-comma-known-as-acronym-is-a-pair-and-the-subject-of-what-follows",
        ),
        pytest.param(
            "The league meets many of these needs through shared rulebooks, or SHRBs, which set common procedures,"
            " and through a training school in Lyon, which trains referees.",
            {"SHRBs": ("acronym", "Shared rulebooks, which set common procedures.")}, (),
            id="or-acronym-which-relative-ends-where-the-main-clause-goes-on",
        ),
        pytest.param(
            "Inside the city, the Office for the Protection of Historic Buildings, called OPHB, was praised for"
            " this work.",
            {}, ("OPHB",),  # the predicate leans on "this"; what is left only spells it out
            id="known-as-acronym-predicate-leaning-on-this-is-left-out",
        ),
        pytest.param(
            "Strong acids ionise almost completely. Examples: hydrochloric acid (HCl), nitric acid (HNO3) and"
            " perchloric acid (HClO4).",
            {}, ("HCl", "Hydrochloric acid", "HNO3"),
            id="pairs-in-a-list-of-examples-are-only-mentioned",
        ),
        pytest.param(
            "Most data travels over Transmission Control Protocol (TCP) links today.",
            {}, ("TCP", "Transmission Control Protocol"),  # only mentioned and spelled out: left out
            id="only-mentioned-the-expansion-defines-the-acronym",
        ),
        pytest.param(
            "The enzyme joins the gas to a small sugar called trilobate phosphate (TLP), which it then splits.",
            {"Trilobate phosphate": ("acronym", "A small sugar to which the enzyme joins the gas.")},
            ("TLP",),
            id="explained-expansion-is-shown-not-the-acronym",
        ),
        pytest.param(
            "Search, rescue and recovery (SRR) teams find survivors after earthquakes and floods.",
            {"Search, rescue and recovery": ("acronym", "Teams that find survivors after earthquakes and floods.")},
            (),
            id="expansion-by-word-initials-and-the-acronym-naming-its-head-noun",
        ),
        pytest.param(
            "Cells make glyceraldehyde 3-phosphate (G3P), a sugar from which glucose is built.",
            {"Glyceraldehyde 3-phosphate": ("acronym", "A sugar from which glucose is built.")}, (),
            id="appositive-after-the-acronym",
        ),
        pytest.param(
            "Berners-Lee wrote the first browser alongside the HyperText Markup Language (HTML) and a server.",
            {}, ("HyperText Markup Language",),
            id="listed-pair-is-not-explained",
        ),
        pytest.param(
            "An echocardiogram (ECHO) shows the heart moving. "
            "The signal reaches the atrioventricular (AV) node, which delays it.",
            {
                "Echocardiogram": ("acronym", "Something that shows the heart moving."),
                "Atrioventricular node": ("acronym", "A node that delays the signal."),
            },
            ("Echocardiogram shows",),
            id="one-word-expansion-and-acronym-inside-a-name",
        ),
        pytest.param(
            "The International Monetary Fund (IMF) estimates that growth will slow.",
            {}, ("International Monetary Fund",),
            id="reported-claim-does-not-explain",
        ),
        pytest.param(
            "Books were sold at fairs such as the Leipzig Book Fair.",
            {},
            ("Leipzig Book Fair",),
            id="named-thing-given-only-as-an-example",
        ),
        pytest.param(
            "Aldus Manutius founded the Aldine Press in 1494 to print the Greek classics.",
            {"Aldine Press": ("organisation", "A press founded by Aldus Manutius in 1494 to print the Greek classics.")}, (),
            id="named-thing-with-its-founder",
        ),
        pytest.param(
            "A large series of naval drills, like the Sea Shield-2023 Exercise, brings in ships from many states.",
            {"Sea Shield-2023 Exercise": ("exercise", "A large series of naval drills that brings in ships from many states.")},
            (),
            id="named-instance-of-the-subject",
        ),
        pytest.param(
            "A multinational integrated logistic unit (MILU) is formed when two or more nations place logistic "
            "assets together under a single commander.",
            {"Multinational integrated logistic unit": (
                "acronym", "A unit formed when two or more nations place logistic assets together under a single "
                           "commander.")},
            (),
            id="acronym-subject-with-a-passive-that-says-how-it-comes-about",
        ),
    ],
)
def test_acronyms_and_names(body, expected, absent):
    check(body, expected, absent)


def test_or_acronym_keeps_the_sentence_as_written():
    from lessontext.document import parse_document
    from lessontext.glossary import extract_glossary

    text = "# Seas\n\nThe Law of the Sea Convention, or LOSC, sets out the rights of coastal states.\n"
    term = next(t for t in extract_glossary(parse_document(text)) if t.key == "law of the sea convention")
    assert "LOSC" in term.aliases
    assert term.sentence == "The Law of the Sea Convention, or LOSC, sets out the rights of coastal states."
    assert term.definition == "A convention that sets out the rights of coastal states."


def test_a_spelled_out_acronym_is_still_paired_with_its_whole_name():
    from lessontext.document import parse_document
    from lessontext.glossary.extract import collect_candidates
    from lessontext.glossary.rules.acronyms import ACRONYM

    document = parse_document("# Lesson\n\nInside the city, the Office for the Protection of Historic Buildings, called "
                              "OPHB, inspects every repair. Most data travels over Transmission Control Protocol "
                              "(TCP) links today.\n")
    _candidates, context = collect_candidates(document, [ACRONYM])
    assert context.acronyms == {"OPHB": "Office for the Protection of Historic Buildings",
                                "TCP": "Transmission Control Protocol"}


def test_a_one_that_appositive_after_an_acronym_takes_the_expansion_head():
    from tests.lessontext.glossary.support import glossary

    found = glossary("Before learning, the tone is a **neutral stimulus** (NS), one that produces no particular response.")
    assert found.get("Neutral stimulus") == ("acronym", "A stimulus that produces no particular response.")


def test_why_a_pair_gets_its_name_says_what_it_does():
    from tests.lessontext.glossary.support import glossary

    found = glossary("The food is the unconditioned stimulus (UCS), because it produces a response without any learning.")
    assert found.get("Unconditioned stimulus") == ("acronym", "A stimulus that produces a response without any learning.")


@pytest.mark.parametrize(
    ("sentence", "term", "definition"),
    [
        pytest.param("Within the league, the Regional Referee Council (RRC) certifies referees for every club.",
                     "Regional Referee Council", "A council that certifies referees for every club.",
                     id="after-a-fronted-scope-phrase"),
        pytest.param("The Coastal Watch Network (CWN), founded in 1990, monitors the shoreline for storms.",
                     "Coastal Watch Network", "A network that monitors the shoreline for storms.",
                     id="after-a-participle-phrase-in-commas"),
        pytest.param("The Northern Water Board (NWB) in Leeds manages reservoirs across the whole region.",
                     "Northern Water Board", "A board that manages reservoirs across the whole region.",
                     id="after-a-place-phrase"),
        pytest.param("The Coastal Watch Network (CWN), founded in 1990, monitors the shoreline for storms, and the "
                     "harbour office issues warnings to ships.",
                     "Coastal Watch Network", "A network that monitors the shoreline for storms.",
                     id="another-subject's-clause-left-out"),
    ],
)
def test_a_pair_that_opens_the_main_clause_is_defined_by_its_predicate(sentence, term, definition):
    assert (definition, PREDICATE_CONFIDENCE) in _acronym_candidates(sentence, term)


def test_a_pair_compared_with_something_before_is_not_defined_by_the_comparison():
    sentence = "The Southern River Trust (SRT), founded in 1990, plays a similar role in the south of the country."
    found = _acronym_candidates(sentence, "Southern River Trust")
    assert found and all("similar" not in definition or confidence < PREDICATE_CONFIDENCE for definition, confidence in found)


PREDICATE_CONFIDENCE = 0.75


def _acronym_candidates(sentence, term):
    """The acronym rule's (definition, confidence) for ``term`` in a one-sentence lesson."""
    from lessontext.document import parse_document
    from lessontext.glossary.extract import collect_candidates
    from lessontext.glossary.rules.acronyms import ACRONYM

    candidates, _context = collect_candidates(parse_document(f"# Lesson\n\n{sentence}\n"), [ACRONYM])
    return [(c.definition, c.confidence) for c in candidates if c.term.lower() == term.lower()]


def test_an_appositive_after_a_pair_may_list_common_nouns():
    found = _acronym_candidates("Early treaties relied on remote sensing means (RSM), a term covering aerial photographs, "
                                "sonar and the tracking of ships.", "Remote sensing means")
    assert ("A term covering aerial photographs, sonar and the tracking of ships.", 0.8) in found


def test_an_appositive_that_goes_on_to_list_names_is_not_a_gloss():
    found = _acronym_candidates("Members include the Harbour Safety Board (HSB), the Port Council and the Coast Office.",
                                "Harbour Safety Board")
    assert all(confidence < 0.8 for _definition, confidence in found)


def test_a_relative_clause_after_the_pair_and_its_place_says_what_it_does():
    found = _acronym_candidates("The league set up the Regional Fixtures Office (RFO) in Leeds, which is responsible for "
                                "every match date.", "Regional Fixtures Office")
    assert ("An office that is responsible for every match date.", 0.8) in found


@pytest.mark.parametrize(
    ("sentence", "term", "definition"),
    [
        pytest.param("The school publishes Basic Rescue Training Modules (BRTM), which cover knots, first aid and "
                     "radio procedure.", "Basic Rescue Training Modules",
                     "Modules that cover knots, first aid and radio procedure.", id="plural-name-plural-verb"),
        pytest.param("Many towns have adopted Local Flood Plans (LFPs) that set out how councils will warn residents.",
                     "Local Flood Plans", "Plans that set out how councils will warn residents.",
                     id="restrictive-that-without-a-comma"),
        pytest.param("One example is the Shared Lifeboat Fleet (SLF), through which three ports jointly bought and run "
                     "boats that none of them could afford alone.", "Shared Lifeboat Fleet",
                     "A fleet through which three ports jointly bought and run boats that none of them could afford "
                     "alone.", id="through-which-with-a-pronoun-resolved-inside"),
    ],
)
def test_a_relative_clause_after_the_pair_explains_the_name(sentence, term, definition):
    from tests.lessontext.glossary.support import glossary

    assert glossary(f"{sentence} {_PLAIN}").get(term, ("", ""))[1] == definition


# A sentence of everyday function words, so that a one-sentence text reads as English.
_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The Harbour Safety Office (HSO), a small agency based in Portalba, inspects every ferry twice a "
                     "year.", "Harbour Safety Office",
                     "A small agency based in Portalba that inspects every ferry twice a year.",
                     id="the-sentence-verb-joins-the-appositive"),
        pytest.param("The Harbour Safety Office (HSO), a small agency, founded in 1990, inspects every ferry twice a "
                     "year.", "Harbour Safety Office",
                     "A small agency, founded in 1990, that inspects every ferry twice a year.",
                     id="a-participle-aside-then-the-verb"),
        pytest.param("The Harbour Safety Office (HSO), a small agency based in Portalba.", "Harbour Safety Office",
                     "A small agency based in Portalba.", id="no-verb-after-the-appositive"),
        pytest.param("The partners sign a Harbour Cost Agreement (HCA), a formal paper setting out how fees, tasks and "
                     "repairs are shared.", "Harbour Cost Agreement",
                     "A formal paper setting out how fees, tasks and repairs are shared.", id="a-list-is-no-verb"),
    ],
)
def test_an_acronym_appositive_takes_the_sentence_verb_as_its_relative_clause(body, term, definition):
    assert glossary(body)[term][1] == definition


def test_a_noun_after_the_acronym_is_no_predicate_of_it():
    # test-dn, both raters: "OSI: Open Systems Interconnection, which protocols themselves never became widely used."
    found = glossary("The best-known model is the Open Systems Interconnection (OSI) reference model. The OSI "
                     "protocols themselves never became widely used, but the OSI numbering survived.")
    assert all("protocols themselves" not in definition for _, definition in found.values()), found
