"""Glossary extraction and linking: plain Python, no Django imports.

``extract_glossary(parse_document(markdown))`` finds the terms a lesson
explains; ``merge_course_terms`` makes one entry per concept across a course;
``linking.link_terms`` weaves the terms into a lesson's stored HTML.
"""

from lessontext.glossary import fragments, headwords, judged  # noqa: F401  (they register their publishing gates)
from lessontext.glossary.extract import KINDS, MASK, Term, extract_glossary
from lessontext.glossary.merge import CourseTerm, merge_course_terms
from lessontext.words import term_key

__all__ = ["KINDS", "MASK", "CourseTerm", "Term", "extract_glossary", "merge_course_terms", "term_key"]
