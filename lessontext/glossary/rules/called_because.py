"""A name given with its reason: "Goods of this kind are called dual-use items because they serve both ...".

The reason says what makes the thing the named thing, so it is the definition: "Goods that serve both peaceful and
military ends".  The subject gives the genus when it is a noun ("Goods of this kind" -> "Goods"); a subject that only
points back ("These are called X because they ...") leaves the term's own plural head ("accessory organs" ->
"Organs that support the gut ..."); a reason that is itself "it is the amount ..." is the definition as it stands.
A reason that points outside the sentence, or a singular pointing subject with a reason that is no noun phrase
("It is called crude because it does not adjust ..."), makes nothing.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, word_pos

CONFIDENCE = 0.85

_CALLED_BECAUSE = re.compile(
    r"^(?P<subj>[A-Z][^,;]*?)\s+(?P<verb>is|are)\s+(?:(?:often|sometimes|usually|also|commonly)\s+)?called\s+"
    r"(?:an?\s+|the\s+)?(?P<term>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+because\s+(?P<pronoun>it|they)\s+"
    r"(?P<reason>[a-z][^;]+?)\.?$")
# "it is the amount each sale contributes ...": the reason is a noun phrase.
_COPULA_NP = re.compile(r"^(?:is|are)\s+(?P<np>(?:an?|the)\s+\S.*)$")
# "Goods of this kind", "These goods", "Such goods": the noun that the pointing word only restricts.
_POINTING = re.compile(r"^(?:(?:these|those|such|this)\s+)?(?P<head>[A-Za-z][a-z-]*)(?:\s+of\s+this\s+kind)?$",
                       re.I)
_PRONOUN_SUBJECTS = frozenset("it they these those this".split())
_AUXILIARY = re.compile(r"^(?:is|are|was|were|has|have|had|can|could|may|might|will|would|do|does|did)\b")


def _genus(subject: str, term: str, plural: bool) -> str | None:
    """The noun the definition is headed by: the subject's own, or the term's plural head after "These are"."""
    if subject.lower() in _PRONOUN_SUBJECTS:
        head = word_list(term)[-1]
        return head if plural and head.lower().endswith("s") and "NOUN" in word_pos(head.lower()) else None
    match = _POINTING.match(subject)
    if not match:
        return None
    head = match.group("head")
    pos = word_pos(head.lower())
    return head if "NOUN" in pos and head.lower() not in STOPWORDS else None


def find_called_because(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"N are called X because they VERB ..." -> "Ns that VERB ..."; "It is called X because it is the ..." -> "The ..."."""
    match = _CALLED_BECAUSE.match(sentence.strip())
    if not match:
        return []
    term, reason = match.group("term"), match.group("reason").strip()
    plural = match.group("pronoun") == "they"
    if not valid_term(term) or has_anaphora(reason) or plural != (match.group("verb") == "are"):
        return []
    copula = _COPULA_NP.match(reason)
    if copula:
        definition = finish_definition(copula.group("np"))
    else:
        genus = _genus(match.group("subj"), term, plural)
        if genus is None or _AUXILIARY.match(reason) and not reason.startswith(("can ", "may ")):
            return []
        definition = finish_definition(f"{genus[0].upper()}{genus[1:]} that {reason}")
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


CALLED_BECAUSE = RULES.register(Rule(
    name="called_because", priority=124, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_called_because,
    examples=(
        finds("# Trade\n\nGoods of this kind are called dual-purpose goods because they serve both farm and factory.\n",
              "dual-purpose goods"),
        finds("# Body\n\nSome organs lie outside the gut. These are called helper organs because they store juices.\n",
              "helper organs"),
        finds("# Costs\n\nIt is called the margin because it is the amount each sale adds to profit.\n", "margin"),
        misses("# Rates\n\nIt is called crude because it does not adjust for age.\n", "crude"),
        misses("# Trade\n\nThese are called swing goods because they answer these needs.\n", "swing goods"),
    ),
))
