"""does_in_present: a one-word bold noun glossed by what ", which <verb>" says it does, where it is first named."""

from __future__ import annotations

from collections import Counter

import pytest

from lessontext.document import parse_document
from lessontext.glossary.bold_does import does_in_present
from lessontext.glossary.rule import Context


def _context(markdown: str) -> Context:
    return Context(document=parse_document(markdown), document_words=Counter())


@pytest.mark.parametrize(
    ("term", "rel", "expected"),
    [
        pytest.param("cartilage", "reduces friction between the bones", True, id="singular-present"),
        pytest.param("cones", "need brighter light and detect colour", True, id="plural-present"),
        pytest.param("cones", "needs brighter light", False, id="plural-term-singular-verb"),
        pytest.param("surplus", "can be saved or spent", False, id="modal"),
        pytest.param("truce", "ended the war in 1648", False, id="past-event"),
        pytest.param("valve", "has a rubber flap", False, id="what-it-owns"),
        pytest.param("spleen", "makes it harder to see", False, id="pronoun"),
        pytest.param("Senate", "passes the laws of the state", False, id="a-name-not-a-common-noun"),
    ],
)
def test_what_the_clause_says_the_term_does(term, rel, expected):
    sentence = f"Here is the **{term}**, which {rel}."
    context = _context(f"# Topic\n\n{sentence}\n")
    plain = next(s for _, s in context.document.sentences())
    assert does_in_present(term, rel, plain, context) is expected


def test_only_where_the_term_is_first_named():
    context = _context("# Heat\n\nEverything gives off **radiation** when warm. Sunlight is short-wave radiation,"
                       " which passes easily through the air.\n")
    first, second = (s for _, s in context.document.sentences())
    assert does_in_present("radiation", "passes easily through the air", second, context) is False
    assert does_in_present("radiation", "passes easily through the air", first, context) is True
