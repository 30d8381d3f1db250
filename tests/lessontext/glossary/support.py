"""Helpers for the glossary rule tables: a one-section lesson's glossary, and checking it."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import MASK, extract_glossary


def glossary(body: str) -> dict[str, tuple[str, str]]:
    document = parse_document(f"# Lesson\n\n## Part\n\n{body}\n")
    return {t.term: (t.kind, t.definition) for t in extract_glossary(document)}


def check(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    found = glossary(body)
    for term, value in expected.items():
        assert found.get(term) == value, (term, found.get(term))
    for term in absent:
        assert term not in found, (term, found[term])
    for kind, definition in found.values():
        assert MASK not in definition or kind == "defined", definition
