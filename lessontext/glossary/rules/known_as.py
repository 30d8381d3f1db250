"""A subject named in an aside, then what it does: "A related move, known as tu quoque, rejects criticism by ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import has_anaphora, predicate_of, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import fold, word_pos

# The name in the aside, defined by the subject's noun and the verb phrase: rebuilt, as sure as a bold subject.
CONFIDENCE = 0.7
_NAMED_SUBJECT = re.compile(
    r"^(?:An?|The)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+(?:(?:also|often|sometimes|usually)\s+)?"
    r"(?:known\s+as|called|termed)\s+(?P<term>[a-z][^,\"“”]{1,40}?)"
    r"(?:\s+or\s+(?P<alias>\"[^\"]{2,30}\"|“[^”]{2,30}”|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}))?,\s+(?P<rest>[a-z].+)$"
)


def find_named_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A related move, known as tu quoque or "you too", rejects criticism by ..." -> "A move that rejects criticism ...".

    The subject's own noun is the genus ("move"), its adjectives ("related")
    only place it beside the sentence before; the verb after the aside says
    what the named thing does.  "or Y" inside the aside is an alias.
    """
    match = _NAMED_SUBJECT.match(sentence.strip())
    if not match:
        return []
    term = match.group("term").strip()
    noun = word_list(match.group("np"))[-1].lower()
    predicate = predicate_of(match.group("rest"), plural=False)
    if (not predicate or "NOUN" not in word_pos(noun) or not valid_term(term, strict=False) or is_generic(term)
            or has_anaphora(predicate) or fold(noun) in fold(term)):
        return []
    definition = finish_definition(f"{rephrase.article(noun)} {noun} that {predicate}")
    if not definition:
        return []
    alias = match.group("alias")
    aliases = {alias.strip("\"“”")} if alias else set()
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", aliases)]


NAMED_SUBJECT_ASIDE = RULES.register(Rule(
    name="named_subject_aside", priority=128, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_named_subjects,
    examples=(
        finds("# Logic\n\nA related move, known as tu quoque, rejects criticism by pointing out that the critic"
              " behaves the same way.\n", "tu quoque"),
        misses("# Logic\n\nA related move, known as tu quoque, was discussed in the last lesson by the class.\n",
               "tu quoque"),
    ),
))
