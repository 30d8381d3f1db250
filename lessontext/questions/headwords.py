"""Glossary headwords that read as no term where the lesson writes them, and the count a gap leaves out.

A glossary cut from running prose sometimes takes a piece of the sentence for a term. Asked as "what is
meant by ...", offered as an option or blanked, such a piece is nonsense to a reader (raters on test-ag: "a
verb phrase treated as a term", "a word lifted from 'the shock is given'"). Four shapes, general to English
prose, none tied to a subject:

- a participle after its auxiliary ("the valve is *opened*", "the sample was *heated*"): a verb, not a name;
- a verb and its object coordinated after a pronoun subject ("they sort the mail and *stamp letters*"): what
  somebody does, not a thing;
- another term and the verb that follows it ("*Solar power uses*" beside the term "Solar power");
- a counted term ("*Twelve survey ships*"): the count belongs to the sentence, not the term; a gap keeps it
  in the stem ("Twelve _____ map the seabed"), since a reader who writes the term alone is right;
- a common noun's possessive ("Pilot's licence fee"): whose thing it is, not a kind (a name's, "Newton's law", is one);
- a noun and a letter the lesson also writes alone as a symbol ("constant E"): the natural answer is the letter.

A metric unit named by its prefix ("Micrometre", "millilitre", "kilojoule") is no term either: the prefix
says what it means ("a thousandth of a millimetre"), and a lesson that gives its size only uses it.

And a key that is the source of a finding, not a concept ("A _____ published in 2016 found that ..."): any
word for a study or report fills it, and the finding it introduces stays in the stem.
"""

from __future__ import annotations

import re

from lessontext.words import CARDINALS, UNITS, getAllLemmas

from .answerforms import glossary_terms
from .course import CourseView
from .text import BLANK, norm, words

# Words before a participle that make it one: "is given", "was heated", "been opened", "gets paid".
_AUXILIARIES = frozenset("is are was were be been being get gets got has have had".split())
# Words before a base-form verb: "to collect", "can open", "they stamp".
_BEFORE_A_VERB = frozenset("to can could may might must should will would shall do does did".split())
_SUBJECT_PRONOUNS = frozenset("they we you i he she it".split())
_PRONOUN_THEN_VERB = re.compile(r"\b(?:they|we|you|I)\s+([a-z]+)\b")

NUMBER_WORDS = CARDINALS | {"hundred", "thousand", "dozen"}
_COUNT = re.compile(r"^(?:\d[\d,.]*|(?:[A-Za-z]+-)?[A-Za-z]+)\s+", re.I)


def _base_verb(word: str) -> bool:
    return word.lower() in getAllLemmas(word.lower()).get("VERB", ())


def _participle(word: str) -> bool:
    low = word.lower()
    verbs = getAllLemmas(low).get("VERB", ())
    return bool(verbs) and low not in verbs and not low.endswith("s")


def verbal_use(sentence: str, start: int, end: int) -> bool:
    """The mention ``sentence[start:end]`` reads as a verb there, not a noun phrase: a participle after its
    auxiliary ("the shock is given"), or a base-form verb after "to", a modal or a pronoun subject, or joined by
    "and" to the verb of a pronoun subject ("they drink nectar and collect pollen")."""
    text = sentence[start:end]
    toks = words(text)
    if not toks or not toks[0][:1].islower():
        return False
    before = [t.lower() for t in words(sentence[:start])]
    if not before:
        return False
    first, previous = toks[0], before[-1]
    if len(toks) == 1 and previous in _AUXILIARIES and _participle(first):
        return True
    if not _base_verb(first) or len(toks) < 2:
        return False
    if previous in _BEFORE_A_VERB or previous in _SUBJECT_PRONOUNS:
        return True
    if previous in ("and", "or"):
        return any(_base_verb(m.group(1)) for m in _PRONOUN_THEN_VERB.finditer(sentence[:start]))
    return False


def term_and_its_verb(term: str, terms: frozenset[str]) -> bool:
    """Another term followed by its verb in -s ("Solar power uses" beside "Solar power")."""
    toks = term.split()
    return len(toks) >= 2 and toks[-1].lower().endswith("s") and bool(getAllLemmas(toks[-1].lower()).get("VERB")) \
        and norm(" ".join(toks[:-1])) in terms


def counted(term: str) -> str:
    """The count that opens ``term`` with its space ("Twelve " of "Twelve survey ships"), or ""."""
    found = _COUNT.match(term)
    if not found or len(term.split()) < 2 or not term[found.end():].islower():
        return ""  # "Ninety-five Theses", "Seven Years' War": a count that is part of a name
    word = found.group(0).strip().lower()
    if word[:1].isdigit() or word in NUMBER_WORDS or "-" in word and word.split("-")[-1] in NUMBER_WORDS | set(UNITS):
        return found.group(0)
    return ""


# A study or report as the subject of what it found: "A _____ published in 2016 found that ...",
# "The _____ concluded that ...". Up to a short participle phrase between the gap and the verb.
_FINDING = re.compile(
    rf"^\s*(?:(?:an?|the|a\(n\))\s+)?{re.escape(BLANK)}\s+(?:(?:published|released|carried\s+out|conducted|made|run)\b[^,;]{{0,40}}?\s+)?"
    r"(?:found|finds|showed|shows|concluded|concludes|estimated|estimates|reported|reports|suggested|suggests|"
    r"revealed|reveals)\s+that\b", re.I)


def source_of_a_finding(blanked: str) -> bool:
    """The gap is the study or report that found what the sentence says: no concept to ask."""
    return _FINDING.search(blanked) is not None


def uncounted(term: str) -> str:
    """``term`` without the count that opens it ("survey ships" of "Twelve survey ships")."""
    return term[len(counted(term)):]


def common_possessive(term: str) -> bool:
    """A common noun's possessive inside the term ("Honeybee worker's sting", "Pilot's licence fee"): a description
    of whose thing it is, not the name of a kind (a name's possessive, "Newton's law", is one)."""
    return any(re.fullmatch(r"[a-z][\w-]*['’]s", t) for t in term.split()[1:])


def read_as_verb(term: str, mentions, terms: frozenset[str]) -> bool:
    """``term`` is a verb wherever this lesson writes it (``verbal_use`` on each of ``mentions``, the lesson's
    mentions of the term: ``CourseView.mentions_of``), or another term and its verb (``term_and_its_verb``), or
    no kind's name at all (``common_possessive``)."""
    if term_and_its_verb(term, terms) or common_possessive(term):
        return True
    own = [m for m in mentions if m.glossary is not None and m.glossary.term == term]
    return bool(own) and all(verbal_use(m.sentence, m.start, m.end) for m in own)


def no_headword(term: str, course: CourseView) -> bool:
    """``term`` is no headword to ask, offer or blank in this lesson: a verb where the lesson writes it, or a
    count before its noun (memoised per course)."""
    return course.remembered(("no_headword", term), lambda: bool(counted(term)) or read_as_verb(
        term, course.mentions_of(term), glossary_terms(course)))


# A relative clause whose subject is then defined: "A condition in which <X>, or <Y>, is an emergency
# procedure ..." (from "<X> is an emergency procedure for ..., a condition called <term>").
_DEFINED_SUBJECT = re.compile(
    r"\b(?:in\s+which|where|whereby|which|that)\s+(?:the\s+)?([^,;]+?)(?:,[^,;]*,)?\s+(?:is|are)\s+(?:an?|the)\s", re.I)


def defines_another_term(term: str, definition: str, course: CourseView) -> bool:
    """A description whose clause defines another term of the course, not ``term``: it reads as the other
    term's definition hung on this one's genus (raters on test-ag: "it defines CPR, not cardiac arrest")."""
    found = _DEFINED_SUBJECT.search(definition)
    if not found:
        return False
    subject = norm(found.group(1))
    return subject != norm(term) and subject in glossary_terms(course)


def symbol_term(term: str, lesson_text: str) -> bool:
    """A noun and a letter the lesson also writes alone, as a symbol ("constant E" beside "E = stress ÷
    strain"): the gap asks for a symbol's label, and the natural answer ("E") is marked wrong (raters
    on test-c: not worth asking). "Vitamin C" is no symbol."""
    toks = term.split()
    if len(toks) != 2 or len(toks[1]) != 1 or not toks[1].isalpha():
        return False
    alone = re.findall(rf"(?<![\w-]){re.escape(toks[1])}(?![\w-])", lesson_text)
    return len(alone) > lesson_text.count(term) + lesson_text.count(term.lower())


_LONE_SYMBOL = re.compile(r"[A-Za-z\u0370-\u03ff](?:[₀-₉]+|_?\w)?")


def lone_symbol(term: str) -> bool:
    """"H₀", "v", "V_e": a formula's symbol.  Asked as a term, the lesson's words offered beside it are no symbols,
    and its name in the stem gives it away (both raters on test-dr: "the Hubble constant" -> "H₀" among "Parsec",
    "Galaxy")."""
    return _LONE_SYMBOL.fullmatch(term.strip()) is not None and not term.strip().isalpha() or len(term.strip()) == 1


# A metric prefix on a unit of measure: the word says its own meaning.
_PREFIXED_UNIT = re.compile(
    r"(?:pico|nano|micro|milli|centi|deci|deca|hecto|kilo|mega|giga|tera)"
    r"(?:metre|meter|gram|gramme|litre|liter|second|joule|watt|volt|amp|ampere|newton|pascal|hertz|mole|byte|calorie)s?")


def prefixed_unit(term: str) -> bool:
    """``term`` is a metric unit named by its prefix ("Micrometre", "kilojoules"): asked as "what is meant by",
    any reader who knows "micro-" answers it, and the lesson's other terms offered beside it are no units
    (raters on test-ag and test-aj: not worth asking, heterogeneous options)."""
    return _PREFIXED_UNIT.fullmatch(term.strip().lower()) is not None
