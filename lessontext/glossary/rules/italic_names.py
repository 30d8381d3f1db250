"""A word the author sets in italics and glosses in apposition: "stiffened by a central rod of buffalo horn, the
*gapit*, and ...", "the *gunungan*, or *kayon*, a leaf-shaped puppet representing the mountain ...", "the
*punakawan*, the clown-servants Semar, Gareng, Petruk and Bagong, who have no Indian counterpart".

Essays on a craft or a culture set their field's words in italics, often words of another language, and say what
each is in the same sentence: a description before the name ("a wooden mallet, the *cempala*"), or one after it,
behind the name's other name or with a relative clause of its own.  The italics mark the word as the term, so the
description needs no other sign (test-em: the essay on wayang kulit had six such words, must-haves of both raters,
and no entry).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import finite_verb, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, word_pos

# The author's italics mark the name and the apposition says what it is; a rule that reads the rest of the sentence
# too ("A decorative figure, which hangs on the screen ...") wins the merge.
CONFIDENCE = 0.65
_MAX_NAME_WORDS = 3
_MIN_DESCRIPTION_WORDS = 2


@lru_cache(maxsize=1024)
def _patterns(name: str) -> tuple[re.Pattern[str], ...]:
    n = re.escape(name)
    return (
        # "a central rod of buffalo horn, the *gapit*, ...": the description, then the name
        re.compile(rf"(?:^|[\s,])(?P<desc>[Aa]n?\s+[a-z][^,;:()]{{2,60}}?),\s+the\s+{n}(?=[,.;]|$)"),
        # "the *gunungan*, or *kayon*, a leaf-shaped puppet representing ...": the name, its other name, the description
        re.compile(rf"\bthe\s+{n},\s+or\s+(?P<alias>[^,;]{{2,30}}),\s+(?P<desc>an?\s+[a-z][^;:()]+?)(?=,\s+and\s|[.;]|$)"),
        # "the *punakawan*, the clown-servants Semar, ..., who have no ...": a description with its relative clause
        re.compile(rf"\bthe\s+{n},\s+(?P<desc>the\s+[a-z][^;:()]+?,\s+(?:who|which)\s+[^,;.]+)"),
    )


# "a dagger and a heavy javelin, the *pilum*": a list, the name for its last item; "a single trade": a count; "the
# decisive text was ..., which": a clause.
_NOT_ONE_THING = re.compile(r"^\S+\s+(?:single|same|other|new|whole|different)\s|\s(?:is|are|was|were)\s")
_LIST = re.compile(r"\s(?:and|or)\s")


def _description(desc: str, before_name: bool) -> bool:
    """"a central rod of buffalo horn", "a leaf-shaped puppet representing ...": a noun phrase, no clause before its
    noun and no pronoun pointing outside it; before the name, no list."""
    if _NOT_ONE_THING.search(desc.split(", who")[0].split(", which")[0]) or before_name and _LIST.search(desc):
        return False
    words = word_list(desc)
    content = [w.lower() for w in words[1:] if w.lower() not in STOPWORDS]
    return (len(content) >= _MIN_DESCRIPTION_WORDS and not has_anaphora(desc)
            and not any(finite_verb(w) and not word_pos(w.lower()) & {"NOUN", "ADJ"} and not w.lower().endswith("ing")
                        for w in words[1:3])
            and (bool(word_pos(content[0]) & {"NOUN", "ADJ"}) or "-" in content[0]))  # ("leaf-shaped")


def find_italic_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... with a wooden mallet, the *cempala*, ..." -> "Cempala: A wooden mallet."."""
    out = []
    for name in context.document.italics:
        if len(name.split()) > _MAX_NAME_WORDS or name not in sentence or not valid_term(name, strict=False):
            continue
        for n, pattern in enumerate(_patterns(name)):
            match = pattern.search(sentence)
            if not match or not _description(match["desc"], before_name=n == 0):
                continue
            definition = finish_definition(match["desc"])
            if definition:
                aliases = {match["alias"].strip()} if "alias" in match.groupdict() else set()
                out.append(Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern",
                                     aliases))
            break
    return out


ITALIC_NAME = RULES.register(Rule(
    name="italic_name", priority=102, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_italic_names,
    examples=(
        finds("# Shadows\n\nEach figure is stiffened by a thin rod of buffalo horn, the *gapit*, and its arms are "
              "worked by thinner rods.\n", "gapit"),
        finds("# Shadows\n\nIt opens with the *gunungan*, or *kayon*, a leaf-shaped puppet representing the mountain "
              "and the tree of life, and it moves through three phases.\n", "gunungan"),
        finds("# Shadows\n\nBeside the heroes stand the *punakawan*, the clown-servants Semar and Petruk, who have no "
              "Indian counterpart.\n", "punakawan"),
        misses("# Shadows\n\nThe dalang raps the chest beside him with a wooden mallet, the cempala, to signal.\n",
               "cempala"),
        misses("# Shadows\n\nHe gave it to them, the *cempala*, at once.\n", "cempala"),
        misses("# Army\n\nEach soldier carried a dagger and a heavy javelin, the *pilum*, into battle.\n", "pilum"),
    ),
))
