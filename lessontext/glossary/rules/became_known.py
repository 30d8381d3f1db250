"""A name an essay gives to what named parties signed or formed: "... signed three agreements in Madrid that together
became known as the Pact of Madrid", "A, B and C formed what became known as the Triple Entente".

Essays on treaties and alliances often introduce their instrument by telling who signed what, and only then give
the name the documents "became known as"; the sentence never says "X is a ...", and the ``called`` rule can only
leave a gap where the name was, which no reader can use.  Two shapes are read:

* signed: "[On <date>, ]<named parties> signed <the agreement | N agreements>[ in <place>] that [together] became
  known as the X." -> "Three agreements signed by representatives of the United States and Spain in Madrid in 1953."
  The parties must be named (capitalised: "the three leaders" points back to a sentence before) and what they
  signed must be a kind of instrument ("agreements", "documents", "treaties");
* formed: "<named members> formed what became known as the X." -> "An entente formed by A, B and C.": the kind is
  the name's own head ("Entente", "Alliance"), the members the sentence lists.

A sentence whose subject points back ("The resulting alignment became known as ...", "the group became known as
...") is left to others: its definition lies in the sentences before.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, first_year
from lessontext.glossary.phrases import has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import singular

# The name is given by the author, but the definition is rebuilt from who signed or formed it: a little less sure
# than a sentence that says what the thing does (``named_subject``'s 0.72), so those win the merge.
CONFIDENCE = 0.62

_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5})"
_KNOWN = r"(?:later\s+)?(?:became|came\s+to\s+be)\s+(?:known\s+as|called)\s+the\s+"
_PARTY = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
_PARTIES = rf"(?:representatives\s+of\s+)?{_PARTY}(?:(?:,\s+|\s+and\s+){_PARTY})+"
_MEMBER = rf"{_PARTY}(?:\s+of\s+\d{{4}})?"  # "the Entente Cordiale of 1904": a member dated by its year
_COUNT = r"(?:two|three|four|five|six|several)"
_SIGNED = re.compile(
    rf"^(?:On\s+(?P<date>[^,]{{3,40}}),\s+)?(?P<parties>{_PARTIES})\s+(?:met\s+in\s+(?P<met>[A-Z][\w'’-]*)\s+to\s+sign|signed)"
    rf"\s+(?P<np>(?:the|an?|{_COUNT})\s+(?P<head>[a-z]+))(?:\s+(?:in|at)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?"
    rf"\s+(?:that|which)\s+(?:together\s+|jointly\s+|collectively\s+)?{_KNOWN}{_NAME}\.?$"
)
_FORMED = re.compile(
    rf"^(?:[^:;]+:\s+)?(?P<members>{_MEMBER}(?:(?:,\s+|\s+and\s+){_MEMBER})+)"
    rf"\s+formed\s+what\s+{_KNOWN}{_NAME}\.?$"
)
# What parties sign: instruments, and the documents that make them.
_SIGNED_HEADS = frozenset({"agreement", "document", "treaty", "accord", "convention", "protocol", "pact", "declaration"})
# What members form: the lexicon's kinds, and the understandings ("Triple Entente") and blocs alliances make.
_FORMED_HEADS = frozenset({"entente", "bloc"})


def _kind_of(name: str) -> str | None:
    """The kind a name's head says ("Triple Entente" -> "entente", "Pact of Madrid" -> "pact"), or None."""
    words = name.split()
    head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    kind = singular(head.lower())
    return kind if kind in lexicon.KIND_HEADS or kind in _FORMED_HEADS else None


def _signed(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    head = singular(match.group("head"))
    if head not in _SIGNED_HEADS:
        return []
    np = match.group("np")
    count, _, noun = np.partition(" ")
    opener = rephrase.article(noun).capitalize() if count.lower() in {"the", "a", "an"} else count.capitalize()
    place = match.group("place") or match.group("met")
    year = first_year(match.group("date") or "")
    where = f" in {place}" if place else ""
    when = f" in {year}" if year else ""
    definition = finish_definition(f"{opener} {noun} signed by {match.group('parties')}{where}{when}")
    if not definition or has_anaphora(definition):
        return []
    name = match.group("name")
    kind = lexicon.KIND_HEADS.get(_kind_of(name) or "") or TermKind.DEFINED
    return [Candidate(name, definition, kind, section, sentence, CONFIDENCE, "pattern", mask=False)]


def _formed(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    name = match.group("name")
    kind = _kind_of(name)
    if kind is None:
        return []
    definition = finish_definition(f"{rephrase.article(kind).capitalize()} {kind} formed by {match.group('members')}")
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(name, definition, lexicon.KIND_HEADS.get(kind) or TermKind.DEFINED, section, sentence, CONFIDENCE,
                      "pattern", mask=False)]


def find_became_known(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"<Parties> signed N agreements that became known as the X" or "<A, B and C> formed what became known as the
    X": the name, defined by what was signed or who formed it."""
    text = sentence.strip()
    if match := _SIGNED.match(text):
        return _signed(section, sentence, match)
    if match := _FORMED.match(text):
        return _formed(section, sentence, match)
    return []


BECAME_KNOWN = RULES.register(Rule(
    name="became_known", priority=73, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_became_known,
    examples=(
        finds("# The Harbour Pact\n\nOn 4 May 1931, representatives of Lindholm and Norrvik signed three agreements "
              "in Bergen that together became known as the Harbour Pact.\n", "Harbour Pact"),
        finds("# Northern Blocs\n\nThe region divided in two: the Lindholm Treaty of 1901, the Norrvik Accord of 1904 "
              "and the Bergen Convention of 1907 formed what became known as the Northern Entente.\n",
              "Northern Entente"),
        # the signers point back to the sentence before
        misses("# The Harbour Pact\n\nThe talks nearly failed, but the three leaders signed two documents that "
               "became known as the Harbour Pact.\n", "Harbour Pact"),
        # a subject that points back
        misses("# Northern Blocs\n\nThe resulting alignment became known as the Northern Entente.\n",
               "Northern Entente"),
        # what was signed is no instrument
        misses("# Ports\n\nOn 4 May 1931, Lindholm and Norrvik signed a letter that became known as the Harbour "
               "Note.\n", "Harbour Note"),
    ),
))
