"""How stems quote the lesson: its sentences lifted, headings quoted, case fitted to the frame."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .course import CourseView
from .kinds import SWAPPABLE_KINDS
from .text import STOPWORDS, lower_first, norm_phrase, strip_discourse_marker, words


def first_sentence(text: str, sentences: Sequence[str]) -> str:
    """The first of ``sentences`` that ``text`` contains (the source sentence of a description)."""
    for s in sentences:
        if s and s in text:
            return s
    return sentences[0] if sentences else text


# A section's number ("2. Stress", "3.1 Loads") is layout, not part of what the heading names.
_SECTION_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*[.):]|\d+\.\d+|[IVX]+[.):])\s+(?=\S)")


def heading_phrase(heading: str | None) -> str:
    """A heading as a stem quotes it ("“Parts of a cell”"), without a section number; "" without one."""
    return f"“{_SECTION_NUMBER.sub('', heading.strip(), count=1)}”" if heading else ""


# A list item's label that the sentence after it repeats, with or without an article ("Proteins: Proteins
# are long chains ...", "Loudness: the loudness of a sound depends ..."; raters on test-d and test-g:
# layout residue).
_REPEATED_LABEL = re.compile(r"^([^:.;]{1,60}):\s+(?=(?:(?:the|an?)\s+)?\1\b)", re.I)
# A box's label run into the sentence under it ("Key idea: The elements of the mix are ...", "Critic's
# view: Some writers argue ..."; raters on test-e, like "Proteins:" on test-d: residue). Only a label that
# frames ("Key idea", "Try it", "Note"), not one that names the topic ("Fats: Triglycerides are ...").
_BOX_LABEL = re.compile(r"^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+(?=[A-Z][a-z])")
_FRAMING_LABEL_WORDS = frozenset("""
    key idea ideas view note notes tip tips try remember reminder summary example point points together
    takeaway takeaways warning caution recap
""".split())


def lift(sentence: str) -> str:
    """A sentence or frame of the lesson as a stem quotes it: without a leading discourse marker or a
    label the sentence repeats."""
    stripped = strip_discourse_marker(sentence).strip()
    repeated = _REPEATED_LABEL.match(stripped)
    if repeated:
        rest = stripped[repeated.end():]
        stripped = rest[:1].upper() + rest[1:]
    label = _BOX_LABEL.match(stripped)
    if label and any(w.lower() in _FRAMING_LABEL_WORDS for w in re.findall(r"[A-Za-z]+", label.group(1))):
        return stripped[label.end():]
    return stripped


def anchor_of(course: CourseView, sentence: str, default: str) -> str:
    """The anchor of the section of the lesson where ``sentence`` is (``default`` if none)."""
    for section, s in course.lesson.sentences:
        if s == sentence:
            return section.anchor
    return default


def lower_first_unless_name(sentence: str, course: CourseView, names: Sequence[str] = ()) -> str:
    """Lower-case the first word after "According to the text," unless it is a name (``names``: names
    put in the sentence, such as a swapped-in "Liberia" the lesson only writes at a sentence's start)."""
    toks = words(sentence)
    if not toks:
        return sentence
    first = toks[0]
    if first.lower() in STOPWORDS:
        return lower_first(sentence)
    if any(n[:1].isupper() and sentence.startswith(n) for n in names):
        return sentence
    bare = first[:-2] if first.endswith(("'s", "’s")) else first
    lex = course.lexicon
    if first in lex.mid_caps and first.lower() not in lex.lower or bare.isupper() and len(bare) > 1:
        return sentence  # "NATO's fleet" keeps its capitals; "Trust" of a heading "Dependence and Trust" does not
    if len(toks) > 1 and toks[1][:1].isupper() and not toks[1].isupper() and toks[1] in course.lexicon.mid_caps:
        return sentence  # "William Caxton ..."
    if course.entity_kinds.get(norm_phrase(bare)) in SWAPPABLE_KINDS:
        return sentence  # "Germany and New Zealand ...": a name the lesson writes only at a sentence's start
    return lower_first(sentence)


# "also" points back to a sentence the item does not show ("Trust can also be damaged ..."; raters: drop
# it); "but also" / "not only ... also" carry the claim and stay.
_POINTING_ALSO = re.compile(r"(?<!\bbut )(?<!\bonly )\balso\s+(?=[a-z])")


def true_false_stem(statement: str, course: CourseView, names: Sequence[str] = ()) -> str:
    """The stem of every true/false item: "True or false? According to the text, <statement>"."""
    if "not only" not in statement:
        statement = _POINTING_ALSO.sub("", statement, count=1)
    return f"True or false? According to the text, {lower_first_unless_name(statement, course, names)}"


def same_case(replacement: str, original: str) -> str:
    """``replacement`` with the case of ``original``'s first letter (acronyms keep theirs)."""
    if original[:1].islower() and not replacement.isupper():
        return replacement[:1].lower() + replacement[1:]
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
