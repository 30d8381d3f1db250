"""Definitions that judge the term instead of saying what it is: two publishing gates.

Blind raters rejected, in essays and lessons of several folders, entries whose
definition only weighs or ranks the term.  Two shapes recur:

* ``judged_genus``: a vague genus ("a subject", "a measure", "a tool", "a matter")
  whose only modifier is a judgement or a comparison, and nothing that says what
  the thing is: "A technical subject with a wider significance.", "A modest
  measure compared with joint exercises or arms agreements.", "First of all a
  matter of safety.", "A widely used planning tool.", "A habit worth building.",
  "A demanding task when technology changes so quickly." (a habit, a task or a
  step judged worth doing or hard to do);
* ``judged_clause``: the genus is the headword's own noun (or a vague one) and
  the clause after it only judges, compares or says the thing varies:
  "Patrols that take several forms.", "Involvement that brings clear
  advantages.", "Exercises that tend to leave a deeper mark than classroom
  lectures alone.".  A clause that says what the thing does is kept
  ("Satellites that observe the Earth.", "A measure of how much disease exists
  ...").

The judgement words are a closed class (:data:`JUDGING_WORDS`): the lexicon's
evaluative adjectives without those of size, age or strength, which classify
("large intestine", "strong acid"), and words of importance, degree and
advantage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.glossary import lexicon
from lessontext.glossary.gate import register
from lessontext.glossary.publish import Gate  # its gates register first: these judge what they leave
from lessontext.words import singular

__all__ = ["JUDGED_CLAUSE", "JUDGED_GENUS", "JUDGING_WORDS"]

# Size, age and strength classify as often as they judge ("large intestine", "new moon", "strong acid"); "good"
# is as often the noun ("the ultimate good").
_CLASSIFYING = frozenset("big small large long short high low old new strong weak hard modern good bad".split())
JUDGING_WORDS = (lexicon.EVALUATIVE - _CLASSIFYING) | frozenset(
    "significance importance advantage advantages benefit benefits modest wider widely clear deeper worth demanding".split()
)
# "compared with joint exercises", "a deeper mark than lectures", "First of all a matter of safety".
# Not an amount ("for no more than six months", "fewer than ten") nor a preference ("rather than").
_COMPARISON = re.compile(r"(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )\bthan\b"
                         r"|\b(?:compared (?:with|to)|first of all|above all)\b", re.I)
# "Patrols that take several forms": that it varies, not what it is.
_VARIETY = re.compile(r"\b(?:several|many|various|different)\s+(?:forms|kinds|types|ways|shapes)\b", re.I)
# Nouns that name no kind of their own: "a subject", "a measure", "a tool", "a matter".
VAGUE_GENERA = lexicon.GENERIC_NOUNS | frozenset(
    "measure measures subject subjects mission missions matter tool guide judgement occasion something thing"
    " habit task step choice".split()
)
# "good" classifies or is a noun elsewhere; before a vague genus ("A good choice.") it only judges.
_JUDGING_BEFORE_GENUS = frozenset("good bad poor wise sensible obvious natural".split())
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_MAX_GENUS_WORDS = 10
_MAX_CLAUSE_WORDS = 10
# "A technical subject with ...", "First of all a matter of ...": an opener, up to three modifiers, the genus.
_GENUS = re.compile(
    r"^(?:(?:First of all|Above all),?\s+)?(?:One of the|[Aa]n?|[Tt]he)\s+(?P<mods>(?:[\w'-]+\s+){0,3}?)(?P<head>[\w'-]+)"
    r"(?=\s+(?:with|of|for|compared|on|to|in|by|worth|when)\b|[.,;]|$)"
)
# "Patrols that take several forms.": a genus of at most three words and its relative clause.
_GENUS_CLAUSE = re.compile(
    r"^(?:(?:An?|The)\s+)?(?:[\w'-]+\s+){0,2}?(?P<head>[\w'-]+)\s+(?:that|which|who|where|in which)\s+(?P<clause>.+)$"
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|whereby)\b")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _judges(text: str) -> bool:
    return bool(set(_words(text)) & JUDGING_WORDS or _COMPARISON.search(text) or _VARIETY.search(text))


def _vague(head: str) -> bool:
    return head in VAGUE_GENERA or singular(head) in VAGUE_GENERA


def judged_genus(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A short vague genus with only a judgement or comparison ("A modest measure compared with ...") is dropped."""
    body = definition.split(":")[0]
    match = _GENUS.match(body)
    if not match or len(_words(body)) > _MAX_GENUS_WORDS or _RELATIVE.search(body):
        return definition
    head = match.group("head").lower()
    if not _vague(head) or head in _words(term):
        return definition
    if not (_judges(body) or _JUDGING_BEFORE_GENUS & set(_words(match.group("mods")))):
        return definition
    return None


# "turns raw materials into more useful products": after a verb and its object, "into" opens the result.
_RESULT = "into"


def _before_result(clause: str) -> str:
    """The clause up to an "into" that follows its verb and object: a judged result says what the thing does."""
    words = clause.split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and w.lower() == _RESULT), len(words))
    return " ".join(words[:cut]) if cut < len(words) and not _COMPARISON.search(clause) else clause


def judged_clause(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """The headword's own noun (or a vague one) and a short clause that only judges it is dropped."""
    match = _GENUS_CLAUSE.match(definition)
    if not match:
        return definition
    head = match.group("head").lower()
    term_words = _words(term)
    own = bool(term_words) and singular(head) == singular(term_words[-1])
    clause = match.group("clause")
    if not (own or _vague(head)) or len(_words(clause)) > _MAX_CLAUSE_WORDS or not _judges(_before_result(clause) if own else clause):
        return definition
    return None


JUDGED_GENUS = register(Gate(
    name="judged_genus",
    check=judged_genus,
    examples=(
        ("Mutual recognition", "A technical subject with a wider significance.", None),
        ("Exchange of officers", "A modest measure compared with joint exercises or arms agreements.", None),
        ("Accurate charts", "First of all a matter of safety.", None),
        ("Break-even analysis", "A widely used planning tool.", None),
        ("Proofreading aloud", "A habit worth keeping.", None),
        ("Peas", "A good choice.", None),
        ("Updating the register", "A demanding task when staff change so often.", None),
        ("Warm-up", "A step in which the muscles are slowly stretched.", "A step in which the muscles are slowly stretched."),
        ("Chore", "A small task done regularly around the house.", "A small task done regularly around the house."),
        ("Incidence", "A measure of the occurrence of new cases of disease during a defined period.",
         "A measure of the occurrence of new cases of disease during a defined period."),
        ("Foot", "A small group of syllables with a fixed pattern of stress.",
         "A small group of syllables with a fixed pattern of stress."),
        ("Zero-based budgeting", "A more detailed method in which every unit of income is given a specific job.",
         "A more detailed method in which every unit of income is given a specific job."),
    ),
))


JUDGED_CLAUSE = register(Gate(
    name="judged_clause",
    check=judged_clause,
    examples=(
        ("Joint patrols", "Patrols that take several forms.", None),
        # test-cp: the judgement is of the result the thing makes, not of the thing
        ("Secondary sector", "A sector that turns raw materials into more useful and valuable products.",
         "A sector that turns raw materials into more useful and valuable products."),
        ("Military involvement", "Involvement that brings clear advantages.", None),
        ("Scenario-based exercises", "Exercises that tend to leave a deeper mark than classroom lectures alone.", None),
        ("Reconnaissance satellites", "Satellites that observe the Earth.", "Satellites that observe the Earth."),
        ("Lateral erosion", "Erosion that widens the channel and becomes more important in the middle and lower courses.",
         "Erosion that widens the channel and becomes more important in the middle and lower courses."),
        ("Plasma cells", "Cells that release large amounts of antibodies.", "Cells that release large amounts of antibodies."),
        ("Dictator", "A person who held supreme power for no more than six months.",
         "A person who held supreme power for no more than six months."),
        ("Utilitarians", "People who take happiness to be the ultimate good.",
         "People who take happiness to be the ultimate good."),
    ),
))
