"""A rare word glossed in brackets in running prose: "... fire, jettison (cargo thrown overboard to save a ship in a
storm) and seizure by pirates".

Essays explain their field's words in passing this way, without bold or italics, and no rule read the shape: on
test-eh both raters listed *jettison* as a must-have term of an essay whose glossary had no entry.  The word must be
rare in English (an everyday word before a bracket is glossed by an aside, an example or a figure: "fire (the
commonest peril)"), and the bracket must hold a noun phrase that says what it is: a noun first, then a participle
or a relative clause that restricts it ("cargo thrown overboard ...", "a tax that ..."), no figure, no date, and
none of the words that open an aside ("see", "also", "or", "e.g.").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import zipf
from lessontext.vocabulary import TermKind
from lessontext.words import word_pos

# A gloss in brackets, with no bold or italics to mark the term: less sure than an author's own emphasis.
CONFIDENCE = 0.6

# "jettison (cargo thrown overboard ...)": a lower-case word and a bracket of lower-case words with no figure.
_WORD_THEN_BRACKET = re.compile(r"(?<![\w'’-])(?P<term>[a-z][a-z-]{3,})\s+\((?P<gloss>[a-z][a-z ,'’-]{10,120})\)")
# The bracket's second word or later: a participle or a relative word restricts the noun ("cargo thrown ...").
_RESTRICTS = re.compile(r"^(?:an?\s+|the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:[a-z]+(?:ed|en|wn|ing)|that|which|who|whose|"
                        r"where|of|for|used|made|paid|held|kept|sent|built|set)\s")
_ASIDE_START = frozenset("see also or and e.g i.e for such like as including especially usually often sometimes "
                         "mostly mainly about roughly nearly".split())
# Rarer than this (Zipf frequency per billion words, wordfreq): a word of the field, not an everyday one.
_RARE_ZIPF = 3.0
_MAX_GLOSS_WORDS = 16


# "turning the stern through it": what "it" is, the bracket does not say.
_POINTS_BACK = re.compile(r"\b(?:it|its|them|they|this|these|that|those)\b")


def _gerund(word: str) -> bool:
    return word.endswith("ing") and "VERB" in word_pos(word)


def find_bracket_glosses(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... jettison (cargo thrown overboard to save a ship in a storm) ..." -> "Cargo thrown overboard to save ..."."""
    out = []
    for match in _WORD_THEN_BRACKET.finditer(sentence):
        term, gloss = match["term"], match["gloss"].strip()
        words = gloss.split()
        first = words[1] if words[0] in {"a", "an", "the"} and len(words) > 1 else words[0]
        if _gerund(term) and _gerund(words[0]) and len(words) <= _MAX_GLOSS_WORDS and not _POINTS_BACK.search(gloss):
            # "either tacking (turning the bow through the wind) or wearing (...)": an activity glossed by what is
            # done, however everyday its word (test-em: "tacking", a must-have of both raters)
            if definition := finish_definition(gloss):
                out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
            continue
        if (words[0] in _ASIDE_START or len(words) > _MAX_GLOSS_WORDS or not _RESTRICTS.match(gloss + " ")
                or "NOUN" not in word_pos(first) or zipf(term) >= _RARE_ZIPF or not valid_term(term, strict=False)):
            continue
        definition = finish_definition(gloss)
        if definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


BRACKET_GLOSS = RULES.register(Rule(
    name="bracket_gloss", priority=97, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_bracket_glosses,
    examples=(
        finds("# Ships\n\nThe perils covered included fire, jettison (cargo thrown overboard to save a ship in a storm) "
              "and seizure by pirates.\n", "jettison"),
        misses("# Ships\n\nThe perils covered included fire (the commonest of them, which burned whole fleets) and "
               "storms.\n", "fire"),
        misses("# Ships\n\nThe perils covered included jettison (see the chapter on storms below) and fire.\n",
               "jettison"),
        finds("# Sails\n\nTo go upwind it must zigzag, either tacking (turning the bow through the wind) or wearing "
              "(turning the stern through it).\n", "tacking"),
        misses("# Sails\n\nTo go upwind it must zigzag, either tacking (turning the bow through the wind) or wearing "
               "(turning the stern through it).\n", "wearing"),
    ),
))
