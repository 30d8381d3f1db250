"""Two phrasings of a named idea that no other rule read (both from test-ei, where both raters listed the terms):

* a bold adjective inside the subject it describes, and what such a thing does: "A **bactericidal** drug kills
  bacteria outright; a **bacteriostatic** drug stops them from multiplying" -> "Bactericidal: Said of a drug that
  kills bacteria outright." (a dictionary's shape for an adjective, as ``other_patterns.find_adjective`` writes it);
* a thinker's term and what it is used for: "He used the term **species-being** (*Gattungswesen*) for the essential
  nature of humanity" -> "Species-being: The essential nature of humanity."
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import finite_verb, has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, word_pos

# The author's bold marks the adjective as the term; the clause says what such a thing does.
CONFIDENCE = 0.7

# "A bactericidal drug kills bacteria outright": an article, the adjective, one noun, a present verb and the rest.
_ADJECTIVE_SUBJECT = re.compile(r"^(?:an?)\s+(?P<term>[a-z][\w-]+)\s+(?P<noun>[a-z]+)\s+(?P<verb>[a-z]+)\s+"
                                r"(?P<rest>[^;:]{6,160}?)\s*[.;]?$", re.I)
_NAMING_VERBS = frozenset("means refers stands denotes".split())
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b")
# "He used the term T (aside) for NP": the term a thinker gave to what the noun phrase names.
_USED_THE_TERM = re.compile(r"\bused\s+the\s+(?:term|word|name|expression)\s+[\"“]?(?P<term>[^\"”(),;:]{2,40}?)[\"”]?"
                            r"(?:\s+\([^()]{1,40}\))?\s+for\s+(?P<gloss>(?:the|a|an)\s+[^,;:]{6,120}?)\s*[.;]?$")


def _said_of(section: DocumentSection, clause: str, bold: set[str], sentence: str) -> Candidate | None:
    match = _ADJECTIVE_SUBJECT.match(clause.strip())
    if not match or match["term"].lower() not in bold:
        return None
    term, noun, verb = match["term"], match["noun"].lower(), match["verb"].lower()
    if ("ADJ" not in word_pos(term.lower()) and not term.lower().endswith(("al", "ic", "ive", "ous"))
            or "NOUN" not in word_pos(noun) or noun in STOPWORDS or not finite_verb(verb, plural=False)
            or not verb.endswith("s") or verb in _NAMING_VERBS or _PRONOUN.search(match["rest"])):
        return None  # ("A negative power means dividing": the phrase's meaning; "stops them": which?)
    definition = finish_definition(f"Said of {'an' if noun[0] in 'aeiou' else 'a'} {noun} that {verb} {match['rest']}")
    if not definition or has_anaphora(definition) or not valid_term(term, allow_adjective=True):
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")


def find_bold_adjectives(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A **bactericidal** drug kills bacteria outright" -> "Said of a drug that kills bacteria outright"; "He used the
    term **species-being** for the essential nature of humanity" -> "The essential nature of humanity"."""
    bold = {b.lower() for b in context.document.emphasis}
    out = [c for clause in sentence.split("; ") if (c := _said_of(section, clause, bold, sentence))]
    used = _USED_THE_TERM.search(sentence.strip())
    if used and valid_term(used["term"].strip(), strict=False) and (definition := finish_definition(used["gloss"])) \
            and not has_anaphora(definition):
        out.append(Candidate(used["term"].strip(), definition, TermKind.DEFINED, section, sentence, CONFIDENCE,
                             "pattern"))
    return out


BOLD_ADJECTIVE = RULES.register(Rule(
    name="bold_adjective", priority=96, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_bold_adjectives,
    examples=(
        misses("# Drugs\n\nA **bactericidal** drug kills bacteria outright; a **bacteriostatic** drug stops them from "
               "multiplying.\n", "bacteriostatic"),  # "them": which? the clause before says
        misses("# Powers\n\nA **negative** power means dividing instead.\n", "negative"),  # the phrase's meaning
        finds("# Drugs\n\nA **bactericidal** drug kills bacteria outright; a **bacteriostatic** drug stops them from "
              "multiplying.\n", "bactericidal"),
        misses("# Drugs\n\nA bactericidal drug kills bacteria outright.\n", "bactericidal"),  # no bold
        finds("# Work\n\nHe used the term **species-being** (*Gattungswesen*) for the essential nature of humanity.\n",
              "species-being"),
        misses("# Work\n\nHe used the term loosely for many things.\n", "loosely"),
    ),
))
