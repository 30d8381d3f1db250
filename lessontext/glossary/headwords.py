"""Headwords that name no term: publishing gates.

* ``worked_value``: a quantity with one value from a worked example is not a term: "MA of 4: The lever
  multiplies your effort four times.", "Acceleration of 3 m/s²: An acceleration that means ...", "50 mm lens:
  A lens that has an aperture 12.5 mm wide.", "Three: A saving of one-third." (raters: not_a_term in four
  folders).  A named rule keeps its number ("Rule of 72"), a year dates a name ("Conscription law of 1873"),
  and a number that labels a kind stays ("Role 1 facility", "Trophic level 2").
* ``country_headword``: a country is an example or an actor in a lesson, not a term it explains:
  "Indonesia: The world's largest archipelagic state.", "United States: A capitalist democracy." (raters:
  not_a_term or trivial every time, three folders).  Rules that read names already refuse countries; this
  holds for every rule.
* ``reader_address``: a headword that speaks to the reader is a heading or a task, not a term: "Check your
  understanding: Explain why ..." (two folders).
* ``place_adverb``: a word that only says where, in a one-word headword ("Nearby: The kitchens, ..., a chapel.",
  "Outside: A taut skin that ..."), opened an inverted sentence ("Nearby are the kitchens") or stood for a part
  the sentence named; it is no term (raters: not_a_term, two folders).  A closed class of English place words;
  "Inside" or "Outside" as a name in more words ("Outside broadcast") is kept.
* ``example_label``: a noun that counts the steps, the years or the alternatives of one worked example, and its
  number or letter, labels a case, not a term: "Deal A: A handset contract.", "Year 1: The base year.", "Stage 3:
  Adjusting and concentrating." (raters: not_a_term every time, four folders); so does a numbered list's label
  with its number spelled out ("Rule five: Only transitive verbs ...", test-al: the term is in the body).  Only nouns of order in time
  or of a choice between cases; a number that ranks a kind of thing stays ("Role 2", "Level 3", "Vitamin B").
* ``date_headword``: a date or a source and its year is a timeline's or a reading list's entry, not a term:
  "12 March: The council votes to close the mill.", "1848: Revolutions across Europe.", "Ruth Clay, 1998, "Mills
  and Men": ..." (raters: not_a_term every time).  A name dated by "of" stays ("Treaty of 1713").
* ``time_unit_headword``: a bare unit of time or order ("Day", "Days", "Second") heads a sentence piece or a
  count ("Days: Half of it decays in that time ...", "Day: A diurnal tide.", "Second: Detection, neutralisation
  and protection."; raters: not_a_term every time, three folders) unless the definition says what span it is
  ("Year: The time the Earth takes to orbit the Sun.").
* ``body_possession``: an organisation's initials and "'s" make a description of one body's own thing, not a
  term: "NATO's official languages: English and French ...", "CISM's flagship event: The Military World
  Games ..." (raters: not_a_term, two folders).  A person's name before "'s" names a law or a part ("Hooke's
  law", "Bowman's capsule"), kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.glossary.gate import register
from lessontext.glossary.lexicon import COUNTRIES, NUMBER_WORDS
from lessontext.glossary.publish import Gate  # publish's gates (entry_gates) register first
from lessontext.words import fold

__all__ = ["BODY_POSSESSION", "COUNTRY_HEADWORD", "DATE_HEADWORD", "EXAMPLE_LABEL", "PLACE_ADVERB", "RANKED_ROLE", "READER_ADDRESS", "TIME_UNIT_HEADWORD",
           "WORKED_VALUE", "date_headword", "time_unit_headword"]

# "Rule of 72", "Law of 10": a named rule keeps its number.
_RULE_HEADS = frozenset("rule law theorem principle".split())
# "MA of 4", "Probability of 0", "Acceleration of 3 m/s²": a quantity and its value (not a year: "law of 1873").
_OF_VALUE = re.compile(r"^(?P<head>[\w'-]+(?:\s+[\w'-]+){0,2})\s+of\s+[~≈<>−-]?\d[\d.,]*(?:\s*[^\s\d]{1,5})?$")
_YEAR = re.compile(r"\bof\s+\d{4}$")
# "50 mm lens", "12 V battery": a size from the example before the noun.
_VALUE_UNIT_NOUN = re.compile(r"^\d[\d.,]*\s*[A-Za-zµΩ°%/²³]{1,4}\s+[a-z][\w-]*$")
_READER = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)
# "Deal A", "Year 1", "Stage 3", "Option IV": a noun of order in time, of a step, or of a choice between cases, then the
# case's number or letter.
_CASE_NOUNS = ("step|stage|year|day|week|month|round|trip|visit|attempt|turn|option|deal|offer|plan|choice|case"
               "|scenario|example|version|route|box|bag|jar|sample|person|student|player|shop|firm|company|country|town"
               "|rule|tip|point|reason|part|lesson|question|task|activity|exercise|phase")
# ("Rule five", "Tip three": a numbered list's own label, its number spelled out.)
_ORDINALS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
CASE_LABEL = re.compile(rf"^(?:{_CASE_NOUNS})\s+(?:[A-H]|\d{{1,2}}|[IVX]{{1,4}}|{_ORDINALS})$", re.I)
# "NATO's official languages", "CISM’s flagship event": initials (two capitals or more) own the rest.
INITIALS_POSSESSIVE = re.compile(r"^[A-Z][A-Z0-9&-]+[’']s\s+\S")


def worked_value(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A quantity with one value ("MA of 4"), a size and a noun ("50 mm lens") or a bare number is no term."""
    term = term.strip()
    match = _OF_VALUE.match(term)
    if match and not _YEAR.search(term) and match.group("head").split()[-1].lower() not in _RULE_HEADS:
        return None
    if _VALUE_UNIT_NOUN.match(term) or term.lower() in NUMBER_WORDS or re.fullmatch(r"[\d.,]+", term):
        return None
    return definition


def example_label(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A worked example's case ("Deal A", "Year 1", "Stage 3") is no term."""
    return None if CASE_LABEL.match(term.strip()) else definition


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "12 March", "March 12", "June 1914", "1848", "the 1890s", "early 1900s", "Summer 1914": a date, the whole headword.
_DATE = re.compile(
    rf"^(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+\d{{4}})?|(?:(?:early|late|mid|spring|summer|autumn|winter)[- ])?(?:(?:{_MONTHS})\s+)?\d{{4}}s?)$", re.I)
# "Ruth Clay, 1998, "Mills and Men": an author, a year and a title.
_CITATION = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+\d{4}\b")


def date_headword(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A date ("12 March", "1848") or an author and year ("Ruth Clay, 1998, ...") is no term."""
    term = term.strip()
    return None if _DATE.match(term) or _CITATION.match(term) else definition


_TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years decade "
                        "decades century centuries".split())
# "The time the Earth takes ...", "A period of ...", "The unit of ...": what span the word names.
_SPAN = re.compile(r"^(?:The|A|An)\s+(?:\w+\s+)?(?:time|period|unit|length|interval|span)\b")


def time_unit_headword(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A bare unit of time ("Days", "Second") is no term unless the definition says what span it is."""
    return None if term.strip().lower() in _TIME_UNITS and not _SPAN.match(definition) else definition


def body_possession(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """One organisation's own thing ("NATO's official languages") is no term."""
    return None if INITIALS_POSSESSIVE.match(term.strip()) else definition


def country_headword(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A country's name ("Indonesia", "United States", singularised "United State") is no term."""
    name = fold(term.strip())
    return None if name in COUNTRIES or f"{name}s" in COUNTRIES else definition


# Words that say where and nothing else ("Nearby are the stables", "Outside, the crust hardens").
_PLACE_WORDS = frozenset("nearby beyond below above inside outside opposite beside behind underneath beneath "
                         "alongside elsewhere here there downstairs upstairs indoors outdoors ahead".split())


def place_adverb(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A one-word headword that only says where ("Nearby", "Outside") is no term."""
    return None if term.strip().lower() in _PLACE_WORDS else definition


# "Chartists' main method", "the league's chief aim", "Chief strategist": a rank said of an owner's means or of a
# person's role, not a term (both raters rejected each, test-cb and test-cc).
_RANKED = re.compile(r"^(?:\S+['’]s?\s+(?:main|chief|principal|key|first|greatest|biggest)\s+\w+"
                     r"|(?:chief|main|principal|lead)\s+\w+(?:ist|er|or)s?)$", re.I)


def ranked_role(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """An owner's main means ("Chartists' main method") or a chief role ("Chief strategist") is no term."""
    return None if _RANKED.match(term.strip()) else definition


def reader_address(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A headword that speaks to the reader ("Check your understanding") is a heading or a task."""
    return None if _READER.search(term) else definition


WORKED_VALUE = register(Gate(
    name="worked_value",
    check=worked_value,
    examples=(
        ("MA of 4", "The lever multiplies your effort four times.", None),
        ("Acceleration of 3 m/s²", "An acceleration that means that the velocity increases by 3 m/s every second.",
         None),
        ("50 mm lens", "A lens that has an aperture 12.5 mm wide.", None),
        ("Three", "A saving of one-third.", None),
        ("Rule of 72", "A shortcut for estimating how long money takes to double.",
         "A shortcut for estimating how long money takes to double."),
        ("Conscription law of 1873", "A law that created a national army drawn from all classes.",
         "A law that created a national army drawn from all classes."),
        ("Role 1 facility", "A facility that provides primary care close to the point of injury.",
         "A facility that provides primary care close to the point of injury."),
    ),
))


COUNTRY_HEADWORD = register(Gate(
    name="country_headword",
    check=country_headword,
    examples=(
        ("Indonesia", "The world's largest archipelagic state.", None),
        ("United State", "A capitalist democracy.", None),
        ("Indonesian throughflow", "A current that carries water from the Pacific to the Indian Ocean.",
         "A current that carries water from the Pacific to the Indian Ocean."),
    ),
))


PLACE_ADVERB = register(Gate(
    name="place_adverb",
    check=place_adverb,
    examples=(
        ("Nearby", "The stables, kept apart because of the smell, a forge.", None),
        ("Outside", "A thin crust that keeps the moisture in.", None),
        ("Outside broadcast", "A programme made away from the studio.", "A programme made away from the studio."),
        ("Crust", "A thin hard outer layer.", "A thin hard outer layer."),
    ),
))


READER_ADDRESS = register(Gate(
    name="reader_address",
    check=reader_address,
    examples=(
        ("Check your understanding", "Explain why a burned forest usually recovers faster than a new lava flow.", None),
        ("Test yourself", "Choose one country and decide which stage it fits.", None),
        ("Youth unemployment", "Unemployment among people aged 16 to 24.", "Unemployment among people aged 16 to 24."),
    ),
))


EXAMPLE_LABEL = register(Gate(
    name="example_label",
    check=example_label,
    examples=(
        ("Deal A", "A handset contract.", None),
        ("Year 1", "The base year.", None),
        ("Stage 3", "Adjusting and concentrating.", None),
        ("Tip four", "Only liquids with a low boiling point can be distilled this way.", None),
        ("Role 2", "Initial hospital care, including damage control surgery.",
         "Initial hospital care, including damage control surgery."),
        ("Vitamin C", "A vitamin found in citrus fruit.", "A vitamin found in citrus fruit."),
    ),
))


DATE_HEADWORD = register(Gate(
    name="date_headword",
    check=date_headword,
    examples=(
        ("12 March", "The council votes to close the mill.", None),
        ("1848", "Revolutions across Europe.", None),
        ("Ruth Clay, 1998, \"Mills and Men", "Blame shared among the owners.", None),
        ("Treaty of 1713", "A treaty that ended the war of succession.", "A treaty that ended the war of succession."),
        ("May Day", "A spring holiday on the first of May.", "A spring holiday on the first of May."),
    ),
))


TIME_UNIT_HEADWORD = register(Gate(
    name="time_unit_headword",
    check=time_unit_headword,
    examples=(
        ("Weeks", "Most of it is gone in that time, washed into the river.", None),
        ("Hour", "A long wait at the gate.", None),
        ("Year", "The time the Earth takes to orbit the Sun once.", "The time the Earth takes to orbit the Sun once."),
        ("Lunar month", "A month that runs from one new moon to the next.",
         "A month that runs from one new moon to the next."),
    ),
))


RANKED_ROLE = register(Gate(
    name="ranked_role",
    check=ranked_role,
    examples=(
        ("Chartists' main method", "The petition, a formal written request to Parliament.", None),
        ("Chief strategist", "A strategist who pushed for more militant tactics.", None),
        ("Main sequence", "The band of stars that fuse hydrogen in their cores.",
         "The band of stars that fuse hydrogen in their cores."),
        ("Chief Justice", "The most senior judge of the court.", "The most senior judge of the court."),
    ),
))


BODY_POSSESSION = register(Gate(
    name="body_possession",
    check=body_possession,
    examples=(
        ("NATO's official languages", "English and French.", None),
        ("UNESCO's flagship programme", "The World Heritage List.", None),
        ("Hooke's law", "The law that extension is proportional to force.",
         "The law that extension is proportional to force."),
    ),
))
