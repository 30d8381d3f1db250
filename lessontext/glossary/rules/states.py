"""States a thing is said to be in: "A table is in **first normal form** when ...", "... are said to be in **series**"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.owned import recurring_term
from lessontext.glossary.phrases import PRONOUN_START, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind

# "A table is in first normal form when every attribute holds a single value": the condition defines the state.
CONFIDENCE = 0.7
# A state or possession not in bold: each of its words comes back in the lesson at least this often.
_MIN_MENTIONS = 2


_IN_STATE = re.compile(
    r"^(?P<subject>[^;:]{2,100}?)\s+(?:is|are)\s+(?:said\s+to\s+be\s+)?in\s+"
    r"(?P<term>[^,;:]{2,60}?)(?:\s+(?P<cond>when|if|once)\s+(?P<rest>[^;]{8,220}?))?\.?$"
)


# "A country has an absolute advantage in a good if it can ...": what a thing has when a condition holds.
_HAS_IF = re.compile(
    r"^(?P<subject>(?:An?|Two|Any|Each|Both)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<verb>has|have)\s+(?:an?\s+)?"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?P<scope>\s+(?:in|over|on|at|with)\s+[^,;]{2,40}?)?,?\s+"
    r"(?P<cond>if|when)\s+(?P<rest>[^;]{8,220}?)\.?$"
)
# "A table", "Two quantities": any thing of a kind, so the condition is general; "the river" is one river.
_ANY_OF_A_KIND = re.compile(r"^(?:An?|Two|Any|Each|Both)\s", re.I)


_ALREADY_IN = re.compile(r"^(?:it|they)\s+(?P<be>is|are)\s+(?P<state>in\s+[^,;]{2,40}?)\s+and\s+(?P<rest>.+)$")


def find_states(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A table is in T when C" -> "The state of a table in which C"; "NP are said to be in T" -> "The state of NP".

    Only a phrase the author set in bold is a state's name: "the river is
    in flood when ..." names nothing new.
    """
    match = _IN_STATE.match(sentence.strip())
    if not match:
        return _possessed(section, sentence, context)
    term = match.group("term").strip()
    bold = {b.lower() for b in context.document.emphasis}
    if term.lower() not in bold and not _general_condition(match, term, context):
        return []
    subject = match.group("subject").strip()
    if PRONOUN_START.match(subject) or len(word_list(subject)) > 14:
        return []
    subject = rephrase.lower_first(subject)
    if "," in subject and "said to be" not in sentence:
        return []
    if match.group("cond"):
        rest = match.group("rest")
        earlier = _ALREADY_IN.match(rest)
        if earlier:
            # "... when it is in 1NF and every attribute ..." -> "... that is in 1NF and in which every attribute ...".
            definition = finish_definition(f"The state of {subject} that {earlier.group('be')} {earlier.group('state')}"
                                           f" and in which {earlier.group('rest')}")
        else:
            definition = finish_definition(f"The state of {subject} in which {rest}")
    elif "said to be" in sentence and len(word_list(subject)) >= 3:
        definition = finish_definition(f"The state of {subject}")
    else:
        return []
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


def _general_condition(match: re.Match[str], term: str, context: Context) -> bool:
    """"Two quantities are in direct proportion when ...": any things of a kind, a condition, a term the lesson recurs to."""
    return bool(match.group("cond") and _ANY_OF_A_KIND.match(match.group("subject")) and not PRONOUN_START.match(term)
                and recurring_term(term, context.document_words, _MIN_MENTIONS))


def _possessed(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A country has an absolute advantage in a good if C" -> "The advantage that a country has in a good if C"."""
    match = _HAS_IF.match(sentence.strip())
    if not match or not recurring_term(term := match.group("term"), context.document_words, _MIN_MENTIONS):
        return []
    head = word_list(term)[-1]
    scope = match.group("scope") or ""
    definition = finish_definition(f"The {head} that {rephrase.lower_first(match.group('subject'))} {match.group('verb')}"
                                   f"{scope} {match.group('cond')} {match.group('rest')}")
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


STATE = RULES.register(Rule(
    name="state", priority=117, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_states,
    examples=(
        finds("# Data\n\nA list is in **sorted order** when each item is no smaller than the one before it.\n",
              "sorted order"),
        misses("# Rivers\n\nThe river is in full flood when heavy rain falls on the hills.\n", "full flood"),
        finds("# Maths\n\nTwo quantities are in direct proportion when they increase or decrease at the same rate. "
              "Direct proportion gives a straight line.\n", "direct proportion"),
        finds("# Trade\n\nA country has an absolute advantage in a good if it can produce more of that good. "
              "An absolute advantage is rare.\n", "absolute advantage"),
        misses("# Trade\n\nA country has a good year if the harvest is large.\n", "good year"),
    ),
))
