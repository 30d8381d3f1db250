"""A long title with an "including ..." aside, then "usually called T": T names the whole title (g-context6)."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary

_TITLE = ("The Agreement on the Conservation of Wild Animals in the Alpine Valleys, including the Lakes and Other Wetland"
          " Habitats, usually called the Alpine Agreement, opened for signature in Bern on 3 June 1979 and entered into"
          " force on 1 November 1983.")


def test_the_tail_of_a_title_is_neither_the_name_s_definition_nor_a_term() -> None:
    found = {t.term: t.definition for t in extract_glossary(parse_document(f"# Law\n\n## Treaties\n\n{_TITLE}\n"))}
    assert not found.get("Alpine Agreement", "").startswith("The Lakes")
    assert "Lakes and Other Wetland Habitats" not in found


def test_the_short_name_is_given_its_full_title() -> None:
    found = {t.term: t.definition for t in extract_glossary(parse_document(f"# Law\n\n## Treaties\n\n{_TITLE}\n"))}
    assert found["Alpine Agreement"] == (
        "The agreement whose full title is the Agreement on the Conservation of Wild Animals in the Alpine Valleys,"
        " including the Lakes and Other Wetland Habitats.")
