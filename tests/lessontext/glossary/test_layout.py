"""Layout labels: a label opening several paragraphs is the page's furniture, not a term."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.layout import layout_label
from lessontext.glossary.rule import Context


def _context(text: str) -> Context:
    return Context.for_document(parse_document(text))


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("# Stars\n\n**Myth:** The sun is yellow.\n\n**Fact:** It is white.\n\n**Myth:** Stars are hot.\n", "Myth", True),
        ("# Stars\n\n**Myth:** The sun is yellow.\n\n**Fact:** It is white.\n\n**Myth:** Stars are hot.\n", "Fact", False),
        ("# Loans\n\nExample 1: A loan of 200 pounds costs 10 pounds.\n\nExample 2: A loan of 50 pounds costs 3 pounds.\n",
         "Example 1", True),
        ("# Cells\n\n**Osmosis**: the movement of water across a membrane.\n\n**Diffusion**: the spread of particles.\n",
         "Osmosis", False),
    ],
)
def test_layout_label(text: str, label: str, expected: bool) -> None:
    assert layout_label(label, _context(text)) is expected


def test_myth_fact_page_makes_no_myth_entry() -> None:
    text = ("# Sleep myths\n\n**Myth:** Adults need only five hours of sleep.\n\n**Fact:** Most adults need seven "
            "to nine hours.\n\n**Myth:** Cheese causes nightmares.\n\n**Fact:** No study has shown this.\n")
    keys = {term.key for term in extract_glossary(parse_document(text))}
    assert not keys & {"myth", "fact"}
