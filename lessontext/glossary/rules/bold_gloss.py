"""A bold term glossed in brackets right after it: "the **glottis** (the space between the vocal folds)"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import ANY_DIGIT, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import word_pos

# The author marks the term and says what it is in the same breath: a short gloss, a little less than "X is a ...".
CONFIDENCE = 0.75
# "(the bony bump just behind the upper front teeth)": an article and at least two more words.
_MIN_NOUN_PHRASE_WORDS = 3
# "(getting information in)": a gerund and at least one more word.
_MIN_GERUND_WORDS = 2
_MAX_GLOSS_WORDS = 16
_ARTICLE = frozenset({"the", "a", "an"})
# "(including ...)", "(according to ...)": prepositions in -ing form, not what the term is.
_NOT_GERUNDS = frozenset({"including", "excluding", "according", "concerning", "regarding", "following", "during"})
# "(getting it out again)", "(keeping them)": a gloss leaning on words it cannot show.
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|she|his|her|him)\b", re.I)


def _bold_terms(context: Context) -> list[str]:
    terms = context.memo.get("gloss_bold_terms")
    if terms is None:
        terms = context.memo["gloss_bold_terms"] = sorted(
            {b for b in context.document.emphasis if valid_term(b, strict=False)}, key=lambda b: (-len(b), b))
    return terms  # type: ignore[return-value]


def _reads_as_gloss(gloss: str) -> bool:
    """A noun phrase with its article ("the space between ...") or a gerund phrase ("getting information in")."""
    words = word_list(gloss)
    if not words or len(words) > _MAX_GLOSS_WORDS or ANY_DIGIT.search(gloss) or _PRONOUN.search(gloss):
        return False
    if has_anaphora(gloss) or any(mark in gloss for mark in ";:="):
        return False
    first = words[0].lower()
    if first in _ARTICLE:
        return len(words) >= _MIN_NOUN_PHRASE_WORDS
    return (len(words) >= _MIN_GERUND_WORDS and first.endswith("ing") and first not in _NOT_GERUNDS
            and "VERB" in word_pos(first))


def find_bold_gloss(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"**encoding** (getting information in)", "the **glottis** (the space between the vocal folds)": the gloss.

    Only a phrase the author set in bold, and only a bracket that reads as
    what the term is: a noun phrase with its article or a gerund phrase.
    A category ("(visual)"), another name ("(often called vocal cords)"),
    an acronym, a unit or a figure is no gloss.
    """
    out = []
    for term in _bold_terms(context):
        for match in re.finditer(rf"(?<![\w-]){re.escape(term)}\s+\((?P<gloss>[^()]+)\)", sentence, re.I):
            gloss = match.group("gloss").strip()
            if not _reads_as_gloss(gloss):
                continue
            definition = finish_definition(gloss)
            if definition:
                out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
                break
    return out


BOLD_GLOSS = RULES.register(Rule(
    name="bold_gloss", priority=115, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_bold_gloss,
    examples=(
        finds("# Speech\n\nThe articulators include the **glottis** (the space between the vocal folds).\n",
              "glottis"),
        finds("# Memory\n\nMemory works in three stages: **encoding** (getting information in) and more.\n",
              "encoding"),
        misses("# Speech\n\nThe articulators include the glottis (the space between the vocal folds).\n", "glottis"),
        misses("# Memory\n\n**Iconic memory** (visual) lasts well under a second.\n", "Iconic memory"),
        misses("# Memory\n\nThere is **storage** (keeping it) too.\n", "storage"),
        misses("# Speech\n\nAir passes the **vocal folds** (often called vocal cords).\n", "vocal folds"),
    ),
))
