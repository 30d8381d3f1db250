"""A bold term named by a condition: "If an organism has two identical alleles, it is described as **homozygous**",
"When spending exceeds income, the result is a **deficit**".

Read by the bold-inline rule (``rules/bold_inline.py``): the definition is the condition, said of the subject
("Said of an organism that has ...") or of the outcome it names ("The result when spending exceeds income").  A
condition that leans on the sentence before ("When it falls", "When this system fails") or speaks of one named
case gives no definition.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition
from lessontext.glossary.phrases import AUXILIARIES, finite_verb, word_list
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, word_pos

__all__ = ["CONDITION_CONFIDENCE", "UNRESOLVED_IN_CLAUSE", "condition_then_state"]

# A pronoun or a demonstrative: the clause leans on the sentence before.
UNRESOLVED_IN_CLAUSE = re.compile(r"\b(?:it|its|they|them|their|this|these|those)\b", re.I)

# "If an organism has two identical alleles for a gene, it is described as **homozygous** for that gene."
CONDITION_CONFIDENCE = 0.7
_CONDITION_THEN_STATE = re.compile(
    r"^(?:If|When)\s+(?P<np>an?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<verb>[a-z]+)\s+(?P<rest>[^,;:]{4,160}),\s+"
    r"(?:it|they)\s+(?:is|are)\s+(?:(?:described\s+as|said\s+to\s+be|called|termed)\s+)?(?:an?\s+)?"
    r"(?P<term>[^,;:]+?)(?:\s+for\s+[^,;:]+)?[.!?]?$", re.I)


# "When spending exceeds income, the result is a **deficit**", "If the vocal folds vibrate ..., the sound is
# **voiced**": a condition, then a main clause that names what holds under it.
_CONDITION_THEN_NAMED = re.compile(
    r"^(?:If|When|Whenever|Once)\s+(?P<cond>[^,;:]{6,160}),\s+(?:the\s+(?P<np>[a-z]+(?:\s+[a-z]+){0,2}?)|(?P<bare>[a-z]+))"
    r"\s+(?:is|are|becomes)\s+(?:(?:described\s+as|said\s+to\s+be|called|known\s+as|termed)\s+)?"
    r"(?:(?:an?|the)\s+)?(?P<term>[^,;:]+?)(?:[,;:]\s.*)?[.!?]?$")
# "the result is a **deficit**": the outcome of the condition, whatever it is called.
_OUTCOME_NOUNS = frozenset("result effect outcome situation state condition".split())
# "When Robert Browning writes ..., the duke is a **persona**": a condition about one named case is an example.
_NAME_INSIDE = re.compile(r"(?<!^)\b[A-Z][a-z]")


def _condition_then_named(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"When spending exceeds income, the result is a **deficit**" -> "The result when spending exceeds income"."""
    match = _CONDITION_THEN_NAMED.match(DISCOURSE_OPENER.sub("", sentence.strip()))
    if not match or match.group("term").lower() != term.lower() or sentence.lower().find(f"{term.lower()}:") >= 0:
        return None  # "..., demand is **elastic**: quantity responds ...": the colon's gloss says more
    condition = match.group("cond").strip()
    words = word_list(condition)
    if (UNRESOLVED_IN_CLAUSE.search(condition) or _NAME_INSIDE.search(condition) or len(words) < 3
            or not any(finite_verb(w) or w.lower() in AUXILIARIES for w in words[1:])):
        return None  # "When it falls", "When this system fails": the condition leans on the sentence before
    said_of = match.group("np") or match.group("bare")
    if match.group("bare") and fold(said_of) in STOPWORDS:
        return None  # "When rhymes occur within a line, they are **internal rhymes**": a pronoun, not a subject
    head = word_list(said_of)[-1].lower()
    if "NOUN" not in word_pos(head) or head in {fold(w) for w in word_list(term)}:
        return None  # "the data are ...": the subject must be a noun, and not the term's own head
    term_pos = word_pos(fold(word_list(term)[-1]))
    if match.group("np") and head in _OUTCOME_NOUNS:
        definition = f"The {said_of} when {condition}"  # "The result when spending exceeds income"
    elif "NOUN" in term_pos and not {"ADJ", "VERB"} & term_pos:
        return None  # "When oxygen is available, the process is known as **X**": which process, the text before says
    elif "ADJ" in term_pos or "VERB" in term_pos:
        subject = f"{rephrase.article(said_of).lower()} {said_of}" if match.group("np") else said_of
        definition = f"Said of {subject} when {condition}"  # "Said of a sound when the vocal folds vibrate ..."
    else:
        return None
    definition = finish_definition(definition)
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, CONDITION_CONFIDENCE, "pattern")


def condition_then_state(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"If an organism has two identical alleles, it is described as **homozygous**" -> "Said of an organism that has ..."."""
    match = _CONDITION_THEN_STATE.match(sentence)
    if not match or match.group("term").lower() != term.lower() or not finite_verb(match.group("verb")):
        return _condition_then_named(term, sentence, section)
    clause = f"{match.group('verb')} {match.group('rest')}"
    if UNRESOLVED_IN_CLAUSE.search(clause):
        return None
    definition = finish_definition(f"Said of {match.group('np').lower()} that {clause}")
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, CONDITION_CONFIDENCE, "pattern")
