"""A name set off by commas after a pointing subject: "These gatherings, usually called X, ...".

"... a number of regions have created regular meetings where defence ministers sit down together. These gatherings,
usually called defence ministers' forums, have become ...": the thing named is the plural noun phrase the sentence
before restricts with a relative ("regular meetings where defence ministers sit down together"), and that phrase is
the definition.  With no such phrase, the sentence's own verb in the present tense says what every one of them does
("These warnings, often called conjunction assessments, allow operators to decide ..." -> "Warnings that allow
operators to decide ...").  A predicate in another tense ("have become a familiar part of ...") or one that points
outside the entry makes nothing.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import AUXILIARIES, clear_verb_form, finite_verb, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, singular, word_pos

# The sentence before names the thing: a plural noun phrase restricted at once by a relative.
ANTECEDENT_CONFIDENCE = 0.8
# Only the sentence's own present-tense verb says what the thing does.
PREDICATE_CONFIDENCE = 0.75

# "illegal, unreported and unregulated fishing": a name that is itself a list of modifiers, then its noun.
_LISTED_NAME = r"[a-z][\w-]*(?:,\s+[a-z][\w-]*)+,?\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
_CALLED_ASIDE = re.compile(
    r"^(?:(?:These|Those|Such)\s+(?P<noun>[a-z][a-z-]*s)|This\s+(?P<one>[a-z][a-z-]*))"
    r",\s+(?:(?:often|usually|sometimes|commonly|also)\s+)?"
    rf"(?:called|known\s+as|referred\s+to\s+as)\s+(?:the\s+)?(?P<term>{_LISTED_NAME}|[^,;()]{{3,60}}?),\s+"
    r"(?P<rest>[a-z][^;]+?)\.?$")
# "regular meetings where defence ministers sit down together": a plural head, then a relative clause.
_RESTRICTED_PLURAL = re.compile(r"\b(?P<head>[a-z][a-z-]*s)\s+(?P<rel>where|that|which|who|in\s+which)\s+"
                                r"(?P<clause>[^,;.:()]{8,120})")
_MAX_MODIFIERS = 2


def _modifiers(before: str) -> list[str]:
    """The adjectives and nouns right before the head ("... created regular" -> ["regular"])."""
    out: list[str] = []
    for word in reversed(word_list(before)):
        lw = word.lower()
        pos = word_pos(lw)
        if (len(out) == _MAX_MODIFIERS or lw in STOPWORDS or clear_verb_form(lw)
                or not ("ADJ" in pos or "NOUN" in pos and "VERB" not in pos)):
            break
        out.insert(0, lw)
    return out


def _antecedent(previous: str, noun: str) -> str | None:
    """The last plural noun phrase in ``previous`` restricted by a relative, with its clause.

    People ("officials who ...") are no antecedent of things.
    """
    found = list(_RESTRICTED_PLURAL.finditer(previous))
    if not found:
        return None
    match = found[-1]
    head = match.group("head")
    if head in STOPWORDS or "NOUN" not in word_pos(head) or has_anaphora(match.group("clause")):
        return None
    if match.group("rel") == "who" or (singular(head) in lexicon.PERSON_NOUNS) != (singular(noun) in lexicon.PERSON_NOUNS):
        return None
    phrase = " ".join([*_modifiers(previous[: match.start()]), head, match.group("rel"), match.group("clause").strip()])
    return finish_definition(phrase[0].upper() + phrase[1:])


def find_called_aside(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"These N, often called X, VERB ..." -> the restricted N of the sentence before, or "Ns that VERB ...";
    "This N, known as X, VERBS ..." -> "An N that VERBS ..." (one thing: its own present-tense verb)."""
    match = _CALLED_ASIDE.match(sentence.strip())
    if not match or not valid_term(match.group("term")):
        return []
    plural = match.group("noun") is not None
    definition = _antecedent(context.previous or "", match.group("noun")) if plural else None
    confidence = ANTECEDENT_CONFIDENCE
    if definition is None:
        rest = match.group("rest")
        verb = rest.split()[0]
        if (not finite_verb(verb, plural=plural) or verb.endswith("ed") or (plural and verb.endswith("s"))
                or verb in AUXILIARIES or has_anaphora(rest)):
            return []
        if plural:
            noun = match.group("noun")
            genus = f"{noun[0].upper()}{noun[1:]}"
        else:
            noun = match.group("one")
            if "NOUN" not in word_pos(noun) or noun in STOPWORDS or singular(noun) != noun:
                return []
            genus = f"{rephrase.article(noun)} {noun}"
        definition = finish_definition(f"{genus} that {rest}")
        confidence = PREDICATE_CONFIDENCE
    if not definition:
        return []
    return [Candidate(match.group("term"), definition, TermKind.DEFINED, section, sentence, confidence, "pattern")]


CALLED_ASIDE = RULES.register(Rule(
    name="called_aside", priority=123, scope=Scope.SENTENCE, confidence=ANTECEDENT_CONFIDENCE, find=find_called_aside,
    examples=(
        finds("# Talks\n\nSeveral regions hold regular meetings where trade ministers sit down together. These "
              "gatherings, usually called trade councils, have become routine.\n", "trade councils"),
        finds("# Orbits\n\nPartners receive warnings. These warnings, often called collision alerts, allow operators "
              "to decide whether to move.\n", "collision alerts"),
        misses("# Talks\n\nMinisters met. These gatherings, usually called trade councils, have become routine.\n",
               "trade councils"),
        misses("# Orbits\n\nThese warnings, often called collision alerts, allow these operators to act.\n",
               "collision alerts"),
    ),
))
