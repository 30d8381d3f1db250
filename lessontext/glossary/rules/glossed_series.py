"""A series after a colon whose items each name a thing and gloss it: "several principles of economic integration:
reciprocity, the symmetrical giving and returning of goods between groups; redistribution, the collection of goods
by a central authority ...; and householding, production for the use of one's own group."

Prose lessons introduce a set of concepts in one sentence: a colon, then items separated by semicolons, each a
name, a comma and the author's gloss.  Every item must have that shape, so that the semicolons are the author's
way of keeping glosses with commas apart, not a list of clauses; each gloss is a noun phrase, the name's
definition (test-em: "reciprocity", "redistribution" and "householding", must-have terms of both raters, missed).
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import finite_verb, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, word_pos

# The author's gloss of each of a set of concepts: as sure as an appositive.
CONFIDENCE = 0.8

# "reciprocity, the symmetrical giving ...": a lower-case name of up to four words, its comma and the gloss.
_ITEM = re.compile(r"^(?:(?:and|or)\s+)?(?P<name>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}),\s+(?P<gloss>.+?)\.?$")
_MIN_ITEMS = 2
_MIN_GLOSS_WORDS = 3


def _noun_phrase(gloss: str) -> bool:
    """"the collection of goods ...", "production for the use of ...": a noun phrase, not a clause or a pronoun."""
    first = word_list(gloss)[0].lower() if word_list(gloss) else ""
    if first in {"the", "a", "an"}:
        return True
    return first not in STOPWORDS and "NOUN" in word_pos(first) and not finite_verb(first)


def find_glossed_series(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"...: reciprocity, the symmetrical giving ...; redistribution, the collection ...; and householding, ..." ->
    one entry per item, its gloss the definition."""
    if sentence.count(":") != 1:
        return []
    items = [part.strip() for part in sentence.split(":", 1)[1].split(";")]
    matches = [_ITEM.match(item) for item in items]
    if len(items) < _MIN_ITEMS or not all(matches):
        return []
    if not all(len(word_list(m["gloss"])) >= _MIN_GLOSS_WORDS and _noun_phrase(m["gloss"]) for m in matches):
        return []
    out = []
    for match in matches:
        name = match["name"]
        definition = finish_definition(match["gloss"])
        if (definition and valid_term(name) and not is_generic(name) and not has_anaphora(definition)):
            out.append(Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern",
                                 mask=False))
    return out


GLOSSED_SERIES = RULES.register(Rule(
    name="glossed_series", priority=119, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_glossed_series,
    examples=(
        finds("# Economies\n\nHe named three principles: reciprocity, the symmetrical giving and returning of goods "
              "between groups; redistribution, the collection of goods by a central authority; and householding, "
              "production for the use of one's own group.\n", "householding"),
        finds("# Economies\n\nHe named three principles: reciprocity, the symmetrical giving and returning of goods "
              "between groups; redistribution, the collection of goods by a central authority; and householding, "
              "production for the use of one's own group.\n", "reciprocity"),
        # Clauses after the commas: a list of facts, not of glosses.
        misses("# Trips\n\nThe plan was simple: first, we packed the car; then, we drove north for a day.\n", "first"),
        misses("# Farms\n\nThe farm had two fields: wheat, which grew well in the dry years; and barley, grown "
               "for the brewery.\n", "wheat"),
    ),
))
