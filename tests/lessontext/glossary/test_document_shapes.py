"""Glossaries of lessons in three shapes: an author's key-terms list, a dated chronology, a reference lesson whose
sub-sections are the members of a kind its headings name."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.authored import in_authored_glossary
from lessontext.glossary.candidate import Term
from lessontext.glossary.checks import is_date, valid_term
from lessontext.glossary.genus import headed_by_stated_kind
from lessontext.glossary.twins import name_head_only
from lessontext.words import term_key


def _glossary(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


KEY_TERMS_LESSON = """# Borrowing and Lending

Banks lend money and charge for it. This lesson sets out the words you need before the worked example.

## {heading}

- **Principal** — the sum a borrower would owe before any interest is added.
- **Interest** — the price of borrowing money, paid as a share of the principal each year.
- **Default** — a situation in which, after several missed payments, the borrower is unable to repay the loan.
- **Collateral** — property that a lender may take if the loan is not repaid.

## A worked example

Collateral means owning something and being able to give it up. A family borrows to buy a flat.
"""


@pytest.mark.parametrize("heading", ["Key terms", "Glossary", "Key vocabulary", "Definitions", "Terms to know"])
def test_an_authors_key_terms_list_is_published_as_written(heading):
    found = _glossary(KEY_TERMS_LESSON.format(heading=heading))
    # A reduced relative after the head noun ("the sum a borrower would owe") is a noun phrase, not a clause about
    # something else; an aside after "in which," is good English.
    assert found["Principal"] == "The sum a borrower would owe before any interest is added."
    assert found["Default"] == ("A situation in which, after several missed payments, the borrower is unable to repay "
                                "the loan.")
    # The author's own line wins over a later sentence that leans on "it".
    assert found["Collateral"] == "Property that a lender may take if the loan is not repaid."


def test_labelled_paragraphs_and_unbolded_items_under_a_glossary_heading_are_trusted_too():
    found = _glossary("""# Borrowing

Banks lend money. Collateral means owning something and being able to give it up.

## Glossary

- Principal — the sum a borrower would owe before any interest is added.

**Collateral**: property that a lender may take if the loan is not repaid.
""")
    assert found["Principal"] == "The sum a borrower would owe before any interest is added."
    assert found["Collateral"] == "Property that a lender may take if the loan is not repaid."


def test_the_same_list_under_another_heading_gets_no_special_trust():
    found = _glossary(KEY_TERMS_LESSON.format(heading="Money in a small town"))
    assert "Principal" not in found  # demoted as a clause about the borrower, as before


@pytest.mark.parametrize(
    ("heading", "authored"),
    [("Key terms", True), ("Key Words", True), ("Glossary of terms", True), ("Vocabulary", True),
     ("Important terms and definitions", True), ("Key ideas in the debate", False), ("Defining the problem", False),
     ("Terms of the treaty", False), (None, False)],
)
def test_glossary_headings(heading, authored):
    document = parse_document(f"# Lesson\n\n## {heading}\n\nText.\n" if heading else "# Lesson\n\nText.\n")
    section = next(s for s in document.sections if s.heading == heading)
    assert in_authored_glossary(section) is authored


@pytest.mark.parametrize("label", ["1780s", "c. 1620", "Late 1300s", "Mid-1500s", "1914–1918", "1642-1651", "AD 410",
                                   "300 BC", "June 1815", "14 July 1789", "12th century", "The ninth century"])
def test_a_date_is_never_a_term(label):
    assert is_date(label)
    assert not valid_term(label, strict=False)


@pytest.mark.parametrize("name", ["Route 66", "Class of 1999", "Boeing 747", "Fifth Amendment", "Year 9", "G20",
                                  "Twentieth Century Fox", "Tenth century Rome"])
def test_a_name_with_a_number_is_no_date(name):
    assert not is_date(name)


CHRONOLOGY = """# Steam Power: A Chronology

Steam engines changed mining, mills and transport in a little over a century.

## Early engines

- 1698: Thomas Savery patents a steam pump for draining mines.
- 1710s: Thomas Newcomen builds the **atmospheric engine**, a machine that pumps water using the pressure of the air.
- c. 1765: James Watt adds a separate condenser, which saves fuel.
- 1769: The Cugnot Wagon, a steam carriage, is built in Paris for hauling heavy guns.
- 1781–1788: Watt's rotary engines begin to drive the machines of cotton mills.
"""


def test_a_chronologys_dated_labels_are_not_terms():
    found = _glossary(CHRONOLOGY)
    assert not any(is_date(term) for term in found), found
    assert found.get("Atmospheric engine") == "A machine that pumps water using the pressure of the air."
    # The dated label before the sentence does not stop its appositive being completed by what the sentence says.
    assert found.get("Cugnot Wagon") == "A steam carriage that is built in Paris for hauling heavy guns."


REFERENCE_LESSON = """# Zones of the Ocean

The ocean is divided into zones by depth and by how much light reaches them.

## The lit zones

### Sunlight zone

The sunlight zone reaches from the surface to about 200 metres. Most marine life lives here.

### Twilight zone

Below the sunlight zone lies the twilight zone, which extends to about 1,000 metres. Little light reaches it.

## The dark zones

### Midnight zone

The midnight zone starts at about 1,000 metres and goes down to 4,000 metres. No sunlight reaches it at all.

### Trench zone

The trench zone is the deepest zone. It is found only in narrow trenches in the sea floor.
"""


def test_a_member_subsection_is_defined_by_the_kind_its_headings_name():
    found = _glossary(REFERENCE_LESSON)
    assert found["Sunlight zone"] == "A zone of the ocean that reaches from the surface to about 200 metres."
    assert found["Midnight zone"] == "A zone of the ocean that starts at about 1,000 metres and goes down to 4,000 metres."
    # "Below the sunlight zone lies the twilight zone, ...": inverted, the heading's concept is the subject.
    assert not found.get("Twilight zone", "").endswith("lies.")


SOIL_LESSON = """# Layers of Soil

Soil builds up in layers over thousands of years.

### Topsoil

Topsoil starts at the surface and holds most of the roots and living things.

### Subsoil

Subsoil lies under the topsoil and holds minerals washed down from above.

### Bedrock

Bedrock is the deepest layer. Soil above it forms as it slowly breaks apart.
"""


def test_a_members_predicate_or_rank_is_given_its_kind_and_whole():
    found = _glossary(SOIL_LESSON)
    assert found["Topsoil"] == "A layer of soil that starts at the surface and holds most of the roots and living things."
    bedrock = Term(term="Bedrock", key="bedrock", definition="The deepest layer.", kind="defined", section_anchor="",
                   sentence="Bedrock is the deepest layer.", aliases=(), confidence=0.8)
    assert headed_by_stated_kind(bedrock, parse_document(SOIL_LESSON)).definition == "The deepest layer of soil."


def test_no_genus_when_no_heading_names_the_members_kind():
    found = _glossary(REFERENCE_LESSON.replace("# Zones of the Ocean", "# The Ocean"))
    assert not any(d.startswith("A zone of the ocean") for d in found.values()), found


@pytest.mark.parametrize(
    ("sentence", "term", "definition"),
    [
        ("Plants in the marsh make **rhizomes**, U-shaped stems that grow sideways under the mud.", "Rhizomes",
         "U-shaped stems that grow sideways under the mud."),
        # The appositive ends where the sentence's own verb goes on ("glow mostly ...").
        ("The **fireflies**, the winged beetles of the meadow, glow mostly between dusk and midnight in summer.",
         "Fireflies", "The winged beetles of the meadow."),
    ],
)
def test_a_bold_appositive(sentence, term, definition):
    found = _glossary(f"# Lesson\n\nIntro sentence for the lesson.\n\n## Part\n\n{sentence}\n")
    assert found.get(term) == definition, found


def test_a_prepositional_phrase_after_a_bold_term_is_no_appositive():
    found = _glossary("# Lesson\n\nIntro sentence for the lesson.\n\n## Part\n\nFew towns ever built the **storm drains**,"
                      " despite deadlines in 1990 and later.\n")
    assert "Storm drains" not in found, found


@pytest.mark.parametrize("term", ["lawsuit of 1439", "flood of 1953", "famine of the 1840s", "dozen island states",
                                  "hundreds of delegates"])
def test_a_dated_mention_or_a_count_is_no_term(term):
    assert not valid_term(term, strict=False)


@pytest.mark.parametrize("term", ["Reform Act of 1832", "rule of 72", "law of demand", "conscription law of 1873"])
def test_a_name_or_a_rule_with_a_number_stays_a_term(term):
    assert valid_term(term, strict=False)


def _entry(term: str) -> Term:
    return Term(term=term, key=term_key(term), definition="A definition.", kind="defined", section_anchor="",
                sentence="", aliases=(), confidence=0.8)


def test_a_one_word_back_reference_to_a_named_entry_is_left_out():
    terms = [_entry(t) for t in ("Standards", "Geneva Food Standards", "Inspection", "Spot check", "FAO",
                                 "Food and Agriculture Organization", "League", "Baltic League")]
    text = "The standards contain no penalties. Each inspection is logged. The League met at Lubeck every summer."
    assert [t.term for t in name_head_only(terms, text)] == [
        "Geneva Food Standards", "Inspection", "Spot check", "FAO", "Food and Agriculture Organization", "League",
        "Baltic League"]


def test_the_lessons_own_subject_stays_beside_a_name_that_ends_on_it():
    terms = [_entry(t) for t in ("Geyser", "Steamboat Geyser", "Standards", "Geneva Food Standards")]
    text = "A geyser erupts when water boils. Steamboat Geyser is the tallest. The standards contain no penalties."
    assert [t.term for t in name_head_only(terms, text, "How a Geyser Erupts")] == [
        "Geyser", "Steamboat Geyser", "Geneva Food Standards"]


def test_items_of_a_such_as_list_are_no_term_and_appositive():
    found = _glossary("# Lesson\n\nIntro sentence for the lesson.\n\n## Part\n\nSide effects, such as a sore knee, a mild "
                      "rash or tiredness for a day, are signs of healing. Fruits such as the mango, a tropical fruit "
                      "that grows on tall trees, ripen quickly.\n")
    assert "Sore knee" not in found, found
    assert found.get("Mango") == "A tropical fruit that grows on tall trees."


QUESTIONS_LESSON = """# Volcanoes: Questions and Answers

This lesson answers the questions people most often ask about volcanoes.

## What is magma?

It is molten rock stored in chambers beneath the surface. When it erupts it is called lava.

## What are pyroclastic flows?

They are fast-moving clouds of hot gas and rock that race down the slopes of a volcano.

## Why do volcanoes erupt?

It is the pressure of gas in the magma that drives an eruption.
"""


def test_a_what_is_heading_answered_by_it_is_defines_its_term():
    found = _glossary(QUESTIONS_LESSON)
    assert found["Magma"] == "Molten rock stored in chambers beneath the surface."
    assert found["Pyroclastic flows"] == "Fast-moving clouds of hot gas and rock that race down the slopes of a volcano."
    assert not any("pressure of gas" in d for d in found.values()), found  # "Why ...?" names no term
    assert "Lava" not in found, found  # "When it erupts it is called lava": a condition on "it", no definition

