"""States a thing is said to be in: "A table is in **first normal form** when ...", "... are said to be in **series**"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import PRONOUN_START, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind

# "A table is in first normal form when every attribute holds a single value": the condition defines the state.
CONFIDENCE = 0.7


_IN_STATE = re.compile(
    r"^(?P<subject>[^;:]{2,100}?)\s+(?:is|are)\s+(?:said\s+to\s+be\s+)?in\s+"
    r"(?P<term>[^,;:]{2,60}?)(?:\s+(?P<cond>when|if|once)\s+(?P<rest>[^;]{8,220}?))?\.?$"
)


_ALREADY_IN = re.compile(r"^(?:it|they)\s+(?P<be>is|are)\s+(?P<state>in\s+[^,;]{2,40}?)\s+and\s+(?P<rest>.+)$")


def find_states(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A table is in T when C" -> "The state of a table in which C"; "NP are said to be in T" -> "The state of NP".

    Only a phrase the author set in bold is a state's name: "the river is
    in flood when ..." names nothing new.
    """
    match = _IN_STATE.match(sentence.strip())
    if not match:
        return []
    term = match.group("term").strip()
    bold = {b.lower() for b in context.document.emphasis}
    if term.lower() not in bold:
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


STATE = RULES.register(Rule(
    name="state", priority=117, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_states,
    examples=(
        finds("# Data\n\nA list is in **sorted order** when each item is no smaller than the one before it.\n",
              "sorted order"),
        misses("# Data\n\nA list is in sorted order when each item is no smaller than the one before it.\n",
               "sorted order"),
    ),
))
