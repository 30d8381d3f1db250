"""Kinds listed one after another: "The simplest is a pooled purchase, in which ...", "A third form is X, where ...".

A typology may also climb a scale: "NATO describes three levels of ambition. The lowest is compatibility, where
... Next comes interchangeability, where ... The highest is commonality, where ...".  Any superlative ranks the
kinds ("The lowest", "The loosest"), "Next comes X" continues the walk, and the plural the sentence before counts
("three levels") is the genus when the ranking subject names none: "A level where ..." rather than "Something where".
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import PRONOUN_START, genus_of, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import fold, singular, word_pos

# The author walks through a typology and says what each kind is: as sure as a rebuilt naming sentence.
CONFIDENCE = 0.75
# "The simplest", "A third form", "A more ambitious form", "The most common type", "The lowest": a subject that
# counts or ranks (a word in "-est" must be an adjective: "The interest is ..." ranks nothing).
_RANKED_SUBJECT = re.compile(
    r"^(?P<subj>(?:The|A|An|Another)\s+(?:(?:first|second|third|fourth|fifth|last|final|next|[a-z]{3,}est|"
    r"most\s+[a-z]+|more\s+[a-z]+|other|further)\s+)*?(?:first|second|third|fourth|fifth|last|final|next|"
    r"[a-z]{3,}est|most\s+[a-z]+|more\s+[a-z]+|other|further)(?:\s+(?P<noun>[a-z]+)(?P<of>\s+of\s+[a-z]+(?:\s+[a-z]+)?)?)?)"
    r"\s+(?:is|was)\s+"
    r"(?:(?:an?|the)\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+"
    r"(?P<rel>in\s+which|under\s+which|by\s+which|where|whereby|which|that)\s+(?P<clause>[^;:]{8,240}?)\.?$"
)
# "Next comes interchangeability, where ...", "Then comes X, in which ...": the walk through the kinds goes on.
_NEXT_COMES = re.compile(
    r"^(?:Next|Then|After\s+(?:that|this)),?\s+comes?\s+(?:(?:an?|the)\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+"
    r"(?P<rel>in\s+which|under\s+which|by\s+which|where|whereby)\s+(?P<clause>[^;:]{8,240}?)\.?$"
)
# "NATO describes three levels of ambition.": the plural a sentence counts, the genus of the kinds that follow.
_COUNTED_PLURAL = re.compile(r"\b(?:two|three|four|five|six|several)\s+(?:(?:main|broad|distinct|basic)\s+)?"
                             r"(?P<noun>[a-z]+s)\b")
_COUNTED_MEMO = "ranked_kind_counted"
# "A more ambitious form": the counted noun is the genus when it names a kind.
_KIND_NOUNS = frozenset("form type kind sort variety approach model category class method arrangement level stage tier "
                        "degree step phase".split())


def find_ranked_kinds(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The simplest is a pooled purchase, in which allies ..." -> "A purchase in which allies ...".

    The subject only counts or ranks ("The simplest", "A third form", "The
    lowest"), or the walk goes on ("Next comes X, where ..."); the complement
    names the kind, and the relative clause after its comma says what it is.
    The genus is the counted noun when it names a kind ("A form where ..."),
    or the kind noun an earlier sentence of the section counted ("three
    levels of ambition": "A level where ..."), else the term's own head ("A
    purchase in which ...").
    """
    counted = _COUNTED_PLURAL.search(sentence)
    if counted and singular(fold(counted.group("noun"))) in _KIND_NOUNS:
        context.memo[_COUNTED_MEMO] = (id(section), singular(fold(counted.group("noun"))))
    stripped = sentence.strip()
    match = _RANKED_SUBJECT.match(stripped) or _NEXT_COMES.match(stripped)
    if not match:
        return []
    subject = match.groupdict().get("subj") or ""
    if any(w.endswith("est") and "ADJ" not in word_pos(w) for w in word_list(subject.lower())):
        return []  # "The interest is ...": no superlative
    term = match.group("term")
    clause = match.group("clause").strip()
    if not valid_term(term) or is_generic(term) or PRONOUN_START.match(clause) or has_anaphora(clause):
        return []
    noun = match.groupdict().get("noun")
    remembered = context.memo.get(_COUNTED_MEMO)
    if noun is None and isinstance(remembered, tuple) and remembered[0] == id(section):
        noun = remembered[1]  # "three levels of ambition. The lowest is ...": a level
    of = (match.groupdict().get("of") or "").strip()
    if of and (fold(noun or "") not in _KIND_NOUNS or any(fold(w) in {"the", "a", "an", "this", "its", "their"}
                                                        for w in of.split()[1:])):
        return []  # "The first country of the region is ...": an instance; "of the ..." points back
    if noun and fold(noun) in _KIND_NOUNS:
        # "The simplest form of cooperation is the user group, in which ...": "A form of cooperation in which ...".
        genus = f"{rephrase.article(noun)} {noun}" + (f" {of}" if of else "")
    elif noun and "NOUN" in word_pos(noun):
        return []  # "The first country is Ghana, where ...": an instance, not a kind
    else:
        genus, _plural = genus_of(term)
    relative = " ".join(match.group("rel").split())
    if relative == "which" and not word_list(clause)[0].endswith("s"):
        return []  # "..., which we meet later": no verb saying what the kind does
    definition = finish_definition(f"{genus} {relative} {clause}")
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


RANKED_KIND = RULES.register(Rule(
    name="ranked_kind", priority=119, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_ranked_kinds,
    examples=(
        finds("# Buying\n\nThe simplest is a pooled purchase, in which allies buy the same product in one order.\n",
              "pooled purchase"),
        finds("# Buying\n\nA third form is shared ownership, where allies jointly buy and operate a capability.\n",
              "shared ownership"),
        misses("# Buying\n\nThe first country is Ghana, where allies buy the same product in one order.\n", "Ghana"),
        misses("# Buying\n\nThe pooled purchase is common, and allies buy the same product in one order.\n",
               "pooled purchase"),
        finds("# Reading\n\nSchools describe three levels of reading. The lowest is phonics, where pupils turn letters"
              " into sounds.\n", "phonics"),
        finds("# Clubs\n\nThe simplest form of cooperation is the reading circle, in which members meet to discuss"
              " one book.\n", "reading circle"),
        misses("# Clubs\n\nThe largest town of the region is the old port, where members meet to discuss one book.\n",
               "old port"),
        finds("# Reading\n\nNext comes fluency, where pupils read whole lines without stopping.\n", "fluency"),
        misses("# Money\n\nThe interest is compounding, where each year's gain earns a gain of its own.\n",
               "compounding"),
    ),
))
