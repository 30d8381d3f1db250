"""An activity named by a verb phrase and explained by another: "Scaling a recipe means changing ...".

Teaching prose names a procedure or an action with a gerund phrase ("Scaling a recipe", "Grafting a branch")
or an infinitive ("To **refract** light") and says what doing it
amounts to with "means" and another gerund or infinitive ("means changing every quantity ...", "means to bend
it ...").  The phrase is the term (for an infinitive, the bold verb alone: "refract"), and the explaining phrase
its definition, with a pronoun that stands for the phrase's own object put back ("to bend it" -> "to bend
light").  A gerund phrase about a thing the lesson pointed at ("Reversing the rule means ...": the rule just
given) is a step of an argument, not a term; neither is a single gerund, which the copula rule reads.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import term_key, word_pos

# The author's own explanation, with "means" as the verb: as sure as a copula with a noun phrase.
CONFIDENCE = 0.85

# "Scaling a recipe means changing ...", "To refract light means to bend it ...": the whole sentence.
_ACTIVITY_MEANS = re.compile(
    r"^(?P<subject>(?:To\s+(?P<verb>[a-z][a-z-]+)|(?P<gerund>[A-Z][a-z-]+ing))(?P<object>(?:\s+[a-z][\w'-]*){0,3}))"
    r"\s+means\s+(?P<rest>(?:to\s+[a-z]+|[a-z]+ing)\b[^;]{8,240}?)\s*(?:[;.:]|$)")
# "Reversing the rule", "Doing this", "Scaling it": an object the reader must find in the sentences before.
_POINTING = frozenset("the this that these those it its their them his her our your".split())
# "to bend it as it passes ...": the first pronoun object of the explaining phrase stands for the phrase's object.
_FIRST_OBJECT_PRONOUN = re.compile(r"\b(?:it|them)\b")


def _is_verb(word: str) -> bool:
    return "VERB" in word_pos(word.lower())


def _activity(match: re.Match[str], context: Context) -> tuple[str, str] | None:
    """The term and the object its pronoun stands for, or None when the subject names no activity."""
    subject = match.group("subject").strip()
    obj = match.group("object").strip() if match.group("object") else ""
    if match.group("verb"):
        verb = match.group("verb")
        # "To refract light": the verb is the term when the author set it in bold.
        if not _is_verb(verb) or term_key(verb) not in context.bold_keys:
            return None
        return verb, obj
    if match.group("gerund"):
        words = word_list(obj)
        if not words or words[0].lower() in _POINTING or not _is_verb(match.group("gerund")):
            return None
        return subject, obj
    return None


def find_activity_means(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Scaling a recipe means changing every quantity in it ..." -> "Changing every quantity in a recipe ..."."""
    match = _ACTIVITY_MEANS.match(sentence.strip())
    if not match:
        return []
    found = _activity(match, context)
    if found is None:
        return []
    term, obj = found
    rest = match.group("rest")
    if obj:
        rest = _FIRST_OBJECT_PRONOUN.sub(obj, rest, count=1)
    if has_anaphora(rest) or not obj and re.search(r"\b(?:it|they|them)\b", rest.split(",")[0]):
        return []
    definition = finish_definition(rest)
    if not definition or len(word_list(definition)) < 4:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


ACTIVITY_MEANS = RULES.register(Rule(
    name="activity_means", priority=141, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_activity_means,
    examples=(
        finds("# Gardens\n\nGrafting a branch means joining it to the stem of another plant so that the two grow"
              " as one.\n", "Grafting a branch"),
        finds("# Sound\n\nTo **amplify** a signal means to make it stronger without changing its shape.\n", "amplify"),
        misses("# Gardens\n\nRepeating the method means grafting a second branch below the first.\n",
               "Repeating the method"),
        misses("# Sound\n\nTo amplify a signal means to make it stronger without changing its shape.\n", "amplify"),
        misses("# Gardens\n\nGrafting a branch means that the two plants share their sap.\n", "Grafting a branch"),
        misses("# Money\n\n**Pay in cash** means it is harder to overspend.\n", "Pay in cash"),
    ),
))
