"""A name and its longer other name: "... known as abduction, or inference to the best explanation."

When an author names a thing and adds ", or G", the other name often says
what the thing is ("inference to the best explanation"), and a colon after
it may give the thing's form ("modus ponens, or affirming the antecedent:
if P then Q; P; therefore Q").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import fold

# The author's own longer name for the thing: a gloss, a little less than a definition sentence.
CONFIDENCE = 0.75
_NAMED_OR = re.compile(
    r"\b(?P<naming>known\s+as|called|termed|is(?!\s+(?:\w+\s+)?(?:known|called|termed)\b))\s+(?:the\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+or\s+"
    r"(?!(?:an?|the)\s)(?P<other>[a-z][\w-]*(?:\s+[a-z][\w-]*){1,6})(?::\s+(?P<form>[^.]{5,160}))?(?:\.\s|\.?$)"
)
# "inference to the best explanation": three words or more say what it is; "originator control" only names it.
_MIN_GLOSS_WORDS = 3


def _variant(term: str, other: str) -> bool:
    """``other`` is the same name with one word changed ("free indirect speech, or free indirect discourse"): another
    name, no gloss (both raters on test-co: "defined only by a synonym")."""
    mine = {fold(w) for w in word_list(term)}
    return sum(fold(w) not in mine for w in word_list(other)) <= 1


def find_other_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... is known as abduction, or inference to the best explanation." -> "Inference to the best explanation.".

    The other name defines when it has three words or more, or when a colon
    after it gives the form ("Affirming the antecedent: if P then Q; ...");
    it is also the term's alias.  After a bare "is" only the colon form
    counts ("Another valid form is modus tollens, or denying the consequent:
    ..."): "X is Y, or Z" is usually a list.
    """
    match = _NAMED_OR.search(sentence.strip())
    if not match:
        return []
    term, other, form = match.group("term"), match.group("other"), match.group("form")
    if match.group("naming") == "is" and not form:
        return []
    if not valid_term(term, strict=False) or is_generic(term) or fold(other) == fold(term):
        return []
    if form:
        if has_anaphora(form):
            return []
        definition = finish_definition(f"{other}: {form.strip()}")
    elif len(word_list(other)) >= _MIN_GLOSS_WORDS and not has_anaphora(other) and not _variant(term, other):
        definition = finish_definition(other)
    else:
        return []
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", {other})]


OTHER_NAME = RULES.register(Rule(
    name="other_name", priority=129, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_other_names,
    examples=(
        finds("# Logic\n\nA related form of reasoning is known as abduction, or inference to the best explanation.\n",
              "abduction"),
        finds("# Logic\n\nAnother valid form is modus tollens, or denying the consequent: if P then Q; not Q; therefore"
              " not P.\n", "modus tollens"),
        misses("# Logic\n\nThe rule is known as the third-party rule, or originator control.\n", "third-party rule"),
        misses("# Food\n\nThe main dish is rice, or bread and butter with cheese.\n", "rice"),
        misses("# Novels\n\nThis technique is called free indirect speech, or free indirect discourse.\n",
               "free indirect speech"),
    ),
))
