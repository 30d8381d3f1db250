"""Tools a lesson introduces in order: "Two ideas help. The first is the payback period: the time an investment
takes to repay its cost."

A comparison or a method lesson often announces the measures it will use ("Two ideas help with the comparison")
and then sets each out as "The first is X: <definition>", "The second is Y: <definition>".  The name sits between
the ordinal's copula and a colon, and what follows the colon is a noun phrase that says what it is.  A clause
after the colon ("The first is speed: the car wins easily") states a finding, not a definition.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import has_anaphora, strip_article, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, getAllLemmas, getInflection, word_pos

# The author names the tool and defines it at once, as a label does.
CONFIDENCE = 0.8
_ORDINAL = r"(?:first|second|third|fourth|fifth|next|last|final|other|another|one)"
ORDINAL_IS_NAME_COLON = re.compile(
    rf"^(?:The\s+|A\s+)?{_ORDINAL}(?:\s+(?:idea|concept|tool|measure|term|one|method|test|principle))?\s+"
    r"(?:is|are)\s+(?P<name>[^:;,()]{2,60}?):\s+(?P<definition>\S.+)$", re.I)
_ARTICLES = frozenset({"a", "an", "the"})


def _noun_phrase(definition: str) -> bool:
    """"the electricity a station produces ...", "money set aside ...": an article or a noun, then no early verb."""
    words = [w.lower() for w in word_list(definition)]
    if not words or not (words[0] in _ARTICLES or "NOUN" in word_pos(words[0]) and words[0] not in STOPWORDS):
        return False
    for word in words[1:8]:
        if word in _ARTICLES or word in {"that", "which", "who", "where"}:
            return True  # "the time an investment takes": a clause inside the noun phrase
        if _finite_only(word):
            return False  # "the red car overtook the others": a clause
    return True


def _finite_only(word: str) -> bool:
    """"overtook", "wins" is ambiguous: a verb form that is no noun, adjective or past participle."""
    pos = word_pos(word)
    if "VERB" not in pos or pos & {"NOUN", "ADJ"} or word.endswith("ing"):
        return False
    return not any(word in (getInflection(lemma, "VBN") or ()) for lemma in getAllLemmas(word).get("VERB", ()))


def find_ordinal_colon(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The first is the payback period: the time an investment takes to repay its cost." -> payback period."""
    match = ORDINAL_IS_NAME_COLON.match(sentence.strip())
    if not match:
        return []
    name = strip_article(match.group("name").strip())
    body = match.group("definition").strip()
    if not valid_term(name, strict=False) or len(word_list(name)) > 4 or not _noun_phrase(body):
        return []
    definition = finish_definition(body)
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


ORDINAL_COLON = RULES.register(Rule(
    name="ordinal_colon", priority=138, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_ordinal_colon,
    examples=(
        finds("# Investments\n\nTwo ideas help us compare projects. The first is the payback period: the time an"
              " investment takes to repay its cost.\n", "payback period"),
        finds("# Lenses\n\nTwo measures matter. The second is focal length: the distance between a lens and the point"
              " where parallel rays meet.\n", "focal length"),
        misses("# Cars\n\nTwo tests were run. The first is speed: the red car overtook the others.\n", "speed"),
        misses("# Cars\n\nThe first car is fast and the second is slow.\n", "second"),
    ),
))
