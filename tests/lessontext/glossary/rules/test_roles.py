"""The role rule: roles, listed glosses and appositive glosses in running prose."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "The chief judges were the three archons, who were chosen by lot and served for a year. "
            "Each of the archons had a seat in the council.",
            {"Archons": ("defined", "The chief judges, who were chosen by lot and served for a year.")},
            (),
            id="role-subject-were-the-n-x-who",
        ),
        pytest.param(
            "The guilds elected their own officers, the wardens of the craft, who could fine dishonest members.",
            {"Wardens of the craft": ("defined", "Officers who could fine dishonest members.")},
            (),
            id="role-appositive-with-genus",
        ),
        pytest.param(
            "In wartime the council named a steward, who ruled until the heir came of age. "
            "The steward lived in the palace.",
            {"Steward": ("defined", "A person who ruled until the heir came of age.")},
            (),
            id="role-indefinite-who-recurring",
        ),
        pytest.param(
            "On the road we met a farmer, who gave us bread.",
            {},
            ("Farmer",),
            id="role-indefinite-who-mentioned-once",
        ),
        pytest.param(
            "The best players were the twins, who trained every day.",
            {},
            ("Twins",),
            id="role-subject-mentioned-once",
        ),
    ],
)
def test_role_rules(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "A violin has several openings: two f-holes, which let the sound out, and one endpin, which holds it up.",
            {"F-holes": ("defined", "Openings that let the sound out.")},
            (),
            id="listed-gloss-with-genus-before-colon",
        ),
        pytest.param(
            "The cell has two organelles: two plastids, which store starch, and two vacuoles, which hold it.",
            {"Plastids": ("defined", "Organelles that store starch."),
             "Vacuoles": ("defined", "Organelles that hold starch.")},
            (),
            id="listed-gloss-resolves-it",
        ),
        pytest.param(
            "Soil temperature is given as two readings: the surface temperature, taken when the sun rises, "
            "and the root temperature, taken while the sun sets.",
            {"Surface temperature": ("defined", "The temperature taken when the sun rises."),
             "Root temperature": ("defined", "The temperature taken while the sun sets.")},
            (),
            id="participle-gloss",
        ),
        pytest.param(
            "Navigators compare two tracks: the direct line, measured at the port, and the coastal route, "
            "supported by local pilots.",
            {},
            ("Direct line", "Coastal route"),
            id="participle-gloss-agent-or-place-restates-the-head",
        ),
        pytest.param(
            "Two numbers are recorded: the resting rate, measured while the muscles relax, "
            "over the working rate, measured while they contract.",
            {"Working rate": ("defined", "The rate measured while the muscles contract.")},
            (),
            id="participle-gloss-resolves-they",
        ),
        pytest.param(
            "We walked past the old house, painted in red.",
            {},
            ("Old house",),
            id="participle-gloss-without-the-determiner-shape",
        ),
    ],
)
def test_gloss_rules(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Sailors find their latitude with celestial navigation, the use of star angles to fix a position. "
            "Celestial navigation needs a clear sky.",
            {"Celestial navigation": ("defined", "The use of star angles to fix a position.")},
            (),
            id="sentence-final-the-gloss",
        ),
        pytest.param(
            "We visited the museum, the pride of the town.",
            {},
            ("Museum",),
            id="sentence-final-the-gloss-mentioned-once",
        ),
        pytest.param(
            "Guests were sorted into nobles, members of old landed houses, and commoners, who paid to enter.",
            {"Nobles": ("defined", "Members of old landed houses.")},
            (),
            id="pair-gloss-members-of",
        ),
        pytest.param(
            "Most lakes, including the largest, lie in a shallow basin called the lowland, where it rains often.",
            {"Lowland": ("defined", "A shallow basin in which most lakes lie.")},
            (),
            id="called-after-preposition-with-example-aside",
        ),
        pytest.param(
            "Every page is identified by a Digital Object Identifier (DOI), which links to the record.",
            {"Digital Object Identifier": ("acronym", "An identifier that identifies every page and links to the record.")},
            (),
            id="acronym-passive-subject-and-relative",
        ),
        pytest.param(
            "Mail moves over SMTP, a protocol built on the Transmission Control Protocol (TCP), which is reliable.",
            {},
            (),
            id="acronym-inside-an-appositive-keeps-the-sentence",
        ),
    ],
)
def test_gloss_and_acronym_rules(body, expected, absent):
    check(body, expected, absent)
    if "SMTP" in body:
        found = glossary(body).get("Transmission Control Protocol")
        assert found is None or not found[1].startswith("A protocol that")


def test_a_clause_with_a_modal_after_for_every_x_is_not_a_gloss_of_x():
    from lessontext.glossary.extract import collect_candidates

    doc = parse_document("# Bookkeeping\n\nThe central rule is that for every transaction, the total of the debits "
                         "must equal the total of the credits. Each transaction is recorded.\n")
    candidates, _ = collect_candidates(doc)
    assert not [c for c in candidates if c.rule == "role" and c.term == "transaction"]


def test_a_gerunds_object_in_an_opening_phrase_is_glossed_by_nothing_after_it():
    """test-dc, both raters: "Gifts: The guests act as witnesses to the host's claim."."""
    found = glossary("The feast lasts a week. By accepting the gifts, the guests act as witnesses to the host's claim. "
                     "The gifts are blankets.")
    assert "Gifts" not in found
